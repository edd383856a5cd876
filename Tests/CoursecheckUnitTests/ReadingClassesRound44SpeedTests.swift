import CoursecheckDocument
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Foundation
import Testing

/// Round 44, speed: the reader's hot paths answer ASCII text from its bytes
/// (a replacement without bridging to `NSString`, white space without the
/// property table, a heading's line measured before its text is built) and
/// keep Foundation's answer for everything else. These tests read the same
/// meaning written in ASCII and not, and assert one verdict; each has a
/// planted wrong answer that must read incorrect. Verdicts by hand: t_1 =
/// (f_1, f_2, f_5), so in Question 5.1 ∂L/∂f_1 = f_5 − f_2, ∂L/∂f_2 = f_2 −
/// f_1, ∂L/∂f_5 = f_1 − f_5; the RNN has 60,400 parameters.
@Suite("Round 44, speed: ASCII fast paths read as Foundation does")
struct ReadingClassesRound44SpeedTests {
    typealias C = SheetClassesTests

    static let ids51 = ["part2.q5.1.f_1", "part2.q5.1.f_2", "part2.q5.1.f_5"]

    /// Question 5.1 under a triplet's line `label`, its f_5 answer `last`.
    static func part51(_ label: String, last: String = "f_1 - f_5") -> String {
        """
        ## Question 5

        \(label)

        $\\frac{\\partial L}{\\partial f_1} = f_5 - f_2$, $\\frac{\\partial L}{\\partial f_2} = f_2 - f_1$, $\\frac{\\partial L}{\\partial f_5} = \(last)$

        """
    }

    @Test("A triplet's line heads its part in ASCII, in TeX commands and with subscript digits", arguments: [
        "t_1 = (1, 2, 5):",
        "\\textbf{t\\_1 = (1, 2, 5)}",
        "**t1 = (f_1, f_2, f_5)**",
        "t₁ = (f₁, f₂, f₅):",
        "Triplet 1 (a=1, p=2, n=5):",
        "\\textbf{Triplet 1} \\(a = 1, p = 2, n = 5\\)",
    ])
    func tripletLines(_ label: String) throws {
        C.expectRead(try C.checks(Self.part51(label)), Self.ids51)
        // Planted slip: the sign of ∂L/∂f_5 reversed.
        let wrong = try C.checks(Self.part51(label, last: "f_5 - f_1"))
        C.expectRead(wrong, Self.ids51.dropLast().map { $0 }, .correct)
        C.expectRead(wrong, ["part2.q5.1.f_5"], .incorrect)
    }

    @Test("Part I's figures read the same in ASCII and with non-ASCII spaces", arguments: [
        ("60,400", 60_400.0), ("60{,}400", 60_400.0), ("$60\\,400$", 60_400.0), ("60\u{202F}400", 60_400.0),
        ("\\num{60400}", 60_400.0), ("60.4k", 60_400.0),
    ])
    func counts(_ text: String, _ value: Double) {
        #expect(TableRow.count(text) == value, "\(text): \(String(describing: TableRow.count(text)))")
        // A wrong figure is read as written, never as the right one.
        let wrong = text.replacingOccurrences(of: "4", with: "2")
        #expect(TableRow.count(wrong) != value, "\(wrong)")
    }

    @Test("Percentages read the same in ASCII and with non-ASCII spaces", arguments: [
        ("64.64%", 64.64), ("64.64 \\%", 64.64), ("$64.64\\,\\%$", 64.64), ("64.64\u{A0}%", 64.64), ("64,64 %", 64.64),
        ("\\SI{64.64}{\\percent}", 64.64),
    ])
    func percentages(_ text: String, _ value: Double) {
        #expect(TableRow.percentage(text) == value, "\(text): \(String(describing: TableRow.percentage(text)))")
        // A wrong share is read as written, never as the right one.
        let wrong = text.replacingOccurrences(of: "64", with: "46")
        #expect(TableRow.percentage(wrong) == 46.46, "\(wrong): \(String(describing: TableRow.percentage(wrong)))")
    }

    @Test("A question's number alone on its line heads it, with spaces or tabs around it", arguments: [
        "3)", "  3)  ", " 3.", "(3)", "**3.**", "3) ",
    ])
    func bareNumbers(_ heading: String) throws {
        let q3 = "$\\frac{\\partial L}{\\partial f_a} = f_n - f_p$, $\\frac{\\partial L}{\\partial f_p} = f_p - f_a$, $\\frac{\\partial L}{\\partial f_n} = "
        let c = try C.checks("## Part II\n\n\(heading)\n\n\(q3)f_a - f_n$\n")
        C.expectRead(c, ["part2.q3.f_a", "part2.q3.f_p", "part2.q3.f_n"])
        // Planted slip: ∂L/∂f_n's sign reversed.
        let wrong = try C.checks("## Part II\n\n\(heading)\n\n\(q3)f_n - f_a$\n")
        C.expectRead(wrong, ["part2.q3.f_n"], .incorrect)
    }

    @Test("A sheet's text: ASCII as it is; carriage returns and maths letters made plain")
    func sheetText() throws {
        #expect(try SheetBytes.text(Data("## Question 4\n\n120\n".utf8), path: "s.md") == "## Question 4\n\n120\n")
        #expect(try SheetBytes.text(Data("## Question 4\r\n\r\n120\r".utf8), path: "s.md") == "## Question 4\n\n120\n")
        #expect(try SheetBytes.text(Data("\u{1D453}_1 \u{2212} \u{210E}".utf8), path: "s.md") == "f_1 \u{2212} h")
        #expect(SheetBytes.plainLetter("f") == "f")
        #expect(SheetBytes.plainLetter("\u{2212}") == "\u{2212}")
    }
}
