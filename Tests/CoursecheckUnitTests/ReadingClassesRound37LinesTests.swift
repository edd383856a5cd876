import CoursecheckAssignment
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Foundation
import Testing

/// Classes of notation, round 37: Question 5's zeros of the samples left
/// said in words as a row of a display (`&\text{(every remaining sample
/// has zero gradient)}` between `\\`) and with the samples named by a
/// letter under a running index ("each other f_j gets 0"). Found on
/// unseen62; written here in other words than the sheets'. Verdicts by hand
/// from the assignment: t_1 = (f_1, f_2, f_5), so in Question 5.1 ∂L/∂f_1 =
/// f_5 − f_2, ∂L/∂f_2 = f_2 − f_1, ∂L/∂f_5 = f_1 − f_5 and the derivatives
/// of f_3, f_4, f_6 are 0.
@Suite("Classes of notation, round 37: zeros said inside displays, samples under a running index")
struct ReadingClassesRound37LinesTests {
    typealias C = SheetClassesTests

    static func unread(_ c: [String: Check]) -> [String] { c.keys.filter { $0.contains("@") }.sorted() }

    static let zeros51 = ["part2.q5.1.f_3", "part2.q5.1.f_4", "part2.q5.1.f_6"]
    static let nonZero51 = ["part2.q5.1.f_1", "part2.q5.1.f_2", "part2.q5.1.f_5"]

    /// Question 5.1's rows as an aligned display, a row of words after them.
    static func display(_ words: String, environment: String = "aligned", f5: String = "f_1 - f_5") -> String {
        "\\begin{\(environment)}\n\\frac{\\partial L_1}{\\partial f_1} &= f_5 - f_2 \\\\\n\\frac{\\partial L_1}{\\partial f_2} &= f_2 - f_1 \\\\\n"
            + "\\frac{\\partial L_1}{\\partial f_5} &= \(f5) \\\\\n\(words)\n\\end{\(environment)}"
    }

    static let restRows = [
        "&\\text{(each remaining sample has zero gradient)}",
        "\\text{(nothing for the other embeddings)}",
        "& \\text{all the rest are zero}",
        "\\text{(every other f_j gets 0)}",
        "&\\text{zero for the embeddings outside this triplet}",
    ]

    @Test("A display's row of words giving the samples left their zero reads it, in Markdown", arguments: restRows)
    func restRowInMarkdownDisplay(_ row: String) throws {
        let sheet = "## Question 5\n\n### 5.1\n\n$$\n" + Self.display(row) + "\n$$\n"
        let c = try C.checks(sheet)
        C.expectRead(c, Self.nonZero51 + Self.zeros51)
        #expect(Self.unread(c).isEmpty, "\(Self.unread(c))")
        // Planted slip: a wrong row beside the words stays incorrect.
        let wrong = try C.checks("## Question 5\n\n### 5.1\n\n$$\n" + Self.display(row, f5: "f_5 - f_1") + "\n$$\n")
        C.expectRead(wrong, ["part2.q5.1.f_5"], .incorrect)
        C.expectRead(wrong, Self.zeros51)
    }

    @Test("A row of words in a LaTeX align* gives the samples left their zero", arguments: restRows)
    func restRowInLaTeXAlign(_ row: String) throws {
        let body = "\\section*{Question 5}\n\n\\subsection*{5.1}\n\n" + Self.display(row, environment: "align*") + "\n"
        let sheet = "\\documentclass{article}\n\\begin{document}\n" + body + "\\end{document}\n"
        C.expectRead(try C.checks(sheet, name: "sheet.tex"), Self.nonZero51 + Self.zeros51)
    }

    @Test("A row of words that gives no value is not given to the samples left", arguments: [
        // A remark that gives no value.
        "\\text{(the others follow the same way)}",
    ])
    func rowNamingSamplesIsNotTheRest(_ row: String) throws {
        // f_5's row left out: no words here make it 0 correct by "the rest".
        let rows = "\\begin{aligned}\n\\frac{\\partial L_1}{\\partial f_1} &= f_5 - f_2 \\\\\n\\frac{\\partial L_1}{\\partial f_2} &= f_2 - f_1 \\\\\n\(row)\n\\end{aligned}"
        let c = try C.checks("## Question 5\n\n### 5.1\n\n$$\n" + rows + "\n$$\n")
        C.expectRead(c, ["part2.q5.1.f_1", "part2.q5.1.f_2"])
        // Planted: f_5 is 0 nowhere rightly (its gradient is f_1 − f_5).
        #expect(c["part2.q5.1.f_5"]?.status != .correct, "\(c["part2.q5.1.f_5"]?.status.rawValue ?? "absent")")
    }

    @Test("The samples left by their letter under a running index ('every other f_j', 'all remaining f_k's') after a part's rows", arguments: [
        ("Every other f_i gets 0.", "sheet.md"), ("All remaining f_k's are zero.", "sheet.md"),
        ("Every other f_i gets 0.", "sheet.txt"), ("All remaining f_k's are zero.", "sheet.txt"), ("the other three f_j are 0", "sheet.txt"),
    ])
    func indexedLetterIsTheSamplesLeft(_ words: String, _ name: String) throws {
        let rows = "∂L₁/∂f₁ = f₅ − f₂\n∂L₁/∂f₂ = f₂ − f₁\n∂L₁/∂f₅ = f₁ − f₅\n"
        let sheet = "Question 5\n\nt1 = (1, 2, 5)\n\n" + rows + "\n" + words + "\n\nt2 = (1, 3, 4)\n\n∂L₂/∂f₁ = f₄ − f₃\n"
        let c = try C.checks(sheet, name: name)
        C.expectRead(c, Self.nonZero51 + Self.zeros51)
        #expect(c["part2.q5.2.f_2"]?.status == .missing, "\(c["part2.q5.2.f_2"]?.status.rawValue ?? "absent")")
        // Planted slip: a wrong row of the triplet stays incorrect.
        let wrong = try C.checks(sheet.replacingOccurrences(of: "∂L₁/∂f₂ = f₂ − f₁", with: "∂L₁/∂f₂ = f₁ − f₂"), name: name)
        C.expectRead(wrong, ["part2.q5.1.f_2"], .incorrect)
    }

    @Test("Question 2: a sentence stating the loss's value, then the three derivatives' zero in words with 'partial', answers all three", arguments: [
        ("With L = 0 on this branch, the three partial derivatives are all zero.", "sheet.txt"),
        ("Because L = 0 here; so all partial derivatives are 0.", "sheet.txt"),
        ("With L = 0 on this branch, the three partial derivatives are all zero.", "sheet.md"),
    ])
    func lossThenPartialsInWords(_ words: String, _ name: String) throws {
        let sheet = "Question 2\n----------\n\n" + words + "\n"
        let c = try C.checks(sheet, name: name)
        C.expectRead(c, ["part2.q2.f_a", "part2.q2.f_p", "part2.q2.f_n"])
        #expect(Self.unread(c).isEmpty, "\(Self.unread(c))")
        // Planted slip: a wrong row after the sentence is not correct.
        let wrong = try C.checks(sheet + "\ndL/df_n = f_a - f_n\n", name: name)
        #expect(wrong["part2.q2.f_n"]?.status != .correct, "\(wrong["part2.q2.f_n"]?.status.rawValue ?? "absent")")
    }
}
