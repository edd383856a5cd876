import Foundation
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Testing

/// Classes of notation, round 38: Question 6's sums announced in words
/// before the derivative they come to (found beside unseen67; written here
/// in other words than the sheets'). Each sample's paragraph names it, adds
/// its terms from Question 5, then says the sum comes to the derivative;
/// the next paragraph's sum is that sample's working, never the last one's.
/// Verdicts by hand from the triplets t_1 … t_8 of the assignment.
@Suite("Classes of notation, round 38: Question 6 sums announced before their result")
struct ReadingClassesRound38SumsTests {
    typealias C = SheetClassesTests

    static func question6(_ paragraphs: [String]) -> String { "## Question 6\n\n" + paragraphs.joined(separator: "\n\n") + "\n" }

    static let terms1 = "(f_5 - f_2) + (f_4 - f_3) + (f_1 - f_2) + (f_1 - f_3)"
    static let terms4 = "(f_1 - f_4) + (f_2 - f_4) + (f_4 - f_6) + (f_4 - f_6)"
    static let terms5 = "(f_1 - f_5) + (f_3 - f_5) + (f_2 - f_6)"
    static let right1 = "2f_1 - 2f_2 - 2f_3 + f_4 + f_5"
    static let right4 = "f_1 + f_2 - 2f_6"
    static let right5 = "f_1 + f_2 + f_3 - 2f_5 - f_6"

    @Test("A sum a cue announces ('adding these up gives'), then words saying it comes to the derivative, is that derivative's working", arguments: [
        // The words between the sum and the derivative: a comma and "which", "i.e.", "and this is", "giving", "so".
        (", which comes to", ", i.e."),
        (", i.e.", ", and this is"),
        (", giving", ", so"),
        (" which simplifies to", ", that is"),
    ])
    func sumAnnouncedByCue(_ first: String, _ second: String) throws {
        func sheet(_ result4: String) -> String {
            Self.question6([
                "$f_1$ occurs in t1, t2, t3 and t5; adding these up gives $\(Self.terms1)$\(first) $\\nabla_{f_1} L = \(Self.right1)$",
                "$f_4$ occurs in t2, t4, t7 and t8; adding these up gives $\(Self.terms4)$\(second) $\\nabla_{f_4} L = \(result4)$",
                "$f_5$ occurs in t1, t5 and t6; summing the three terms gives $\(Self.terms5)$\(first) $\\nabla_{f_5} L = \(Self.right5)$",
            ])
        }
        let c = try C.checks(sheet(Self.right4))
        C.expectRead(c, ["part2.q6.f_1", "part2.q6.f_1.steps", "part2.q6.f_4", "part2.q6.f_4.steps", "part2.q6.f_5", "part2.q6.f_5.steps"])
        // Planted slip: a wrong last line after right working is wrong, and
        // the answers before and after it keep their own working.
        let wrong = try C.checks(sheet("f_1 + f_2 - f_6"))
        C.expectRead(wrong, ["part2.q6.f_4"], .incorrect)
        C.expectRead(wrong, ["part2.q6.f_4.steps"], .inconsistent)
        C.expectRead(wrong, ["part2.q6.f_1", "part2.q6.f_1.steps", "part2.q6.f_5", "part2.q6.f_5.steps"])
    }

    @Test("Terms listed after a colon, then a short sentence that concludes ('Total:', 'Altogether,', 'Simplified:'), are the next derivative's working", arguments: [
        "Total:", "Altogether,", "Simplified:", "In total,",
    ])
    func termsListedThenConcluded(_ lead: String) throws {
        func sheet(_ result1: String) -> String {
            Self.question6([
                "The terms reaching $f_1$ (from t1, t2, t3, t5): $\(Self.terms1)$. \(lead) $\\frac{\\partial L}{\\partial f_1} = \(result1)$",
                "Contributions feeding $f_5$, from t1, t5 and t6: $\(Self.terms5)$. \(lead) $\\frac{\\partial L}{\\partial f_5} = \(Self.right5)$",
            ])
        }
        let c = try C.checks(sheet(Self.right1))
        C.expectRead(c, ["part2.q6.f_1", "part2.q6.f_1.steps", "part2.q6.f_5", "part2.q6.f_5.steps"])
        #expect(!c.keys.contains { $0.hasPrefix("part2.q6@") }, "\(c.keys.filter { $0.hasPrefix("part2.q6@") })")
        // Planted slip: a sign flipped in the last line.
        let wrong = try C.checks(sheet("2f_1 - 2f_2 - 2f_3 + f_4 - f_5"))
        C.expectRead(wrong, ["part2.q6.f_1"], .incorrect)
        C.expectRead(wrong, ["part2.q6.f_5", "part2.q6.f_5.steps"])
    }

    @Test("A sum gathered from the triplets, the sample it is for named after it, then 'hence' the derivative: that derivative's working")
    func sumForSampleNamedAfter() throws {
        func sheet(_ result4: String) -> String {
            Self.question6([
                "Out of t2, t4, t7 and t8 we gather $\(Self.terms4)$ for $f_4$, hence $\\nabla_{f_4} L = \(result4)$",
                "Out of t1, t5 and t6 we gather $\(Self.terms5)$ for $f_5$, hence $\\nabla_{f_5} L = \(Self.right5)$",
            ])
        }
        let c = try C.checks(sheet(Self.right4))
        C.expectRead(c, ["part2.q6.f_4", "part2.q6.f_4.steps", "part2.q6.f_5", "part2.q6.f_5.steps"])
        // Planted slip: a term dropped in the last line.
        let wrong = try C.checks(sheet("f_1 + f_2 - f_4 - f_6"))
        C.expectRead(wrong, ["part2.q6.f_4"], .incorrect)
        C.expectRead(wrong, ["part2.q6.f_5", "part2.q6.f_5.steps"])
    }

    static func plainSheet(_ four: String, _ five: String, result4: String) -> String {
        let lines = [four, five].map {
            $0.replacingOccurrences(of: "TERMS4", with: Self.terms4).replacingOccurrences(of: "TERMS5", with: Self.terms5)
                .replacingOccurrences(of: "RESULT4", with: result4).replacingOccurrences(of: "RIGHT5", with: Self.right5)
        }
        return "Question 6\n----------\nGathering per embedding:\n" + lines.joined(separator: "\n") + "\n"
    }

    @Test("In plain text: terms listed after a colon, then a short sentence that concludes, are the derivative's working")
    func plainTextTermsListed() throws {
        let four = "Summands of f_4 (from t2, t4, t7, t8): TERMS4. Simplified: ∇_{f_4} L = RESULT4"
        let five = "Summands of f_5 (from t1, t5, t6): TERMS5. Altogether: ∇_{f_5} L = RIGHT5"
        let c = try C.checks(Self.plainSheet(four, five, result4: Self.right4), name: "sheet.txt")
        C.expectRead(c, ["part2.q6.f_4", "part2.q6.f_4.steps", "part2.q6.f_5", "part2.q6.f_5.steps"])
        // Planted slip: a term dropped in f_4's last line.
        let wrong = try C.checks(Self.plainSheet(four, five, result4: "f_1 + f_2 - f_6"), name: "sheet.txt")
        C.expectRead(wrong, ["part2.q6.f_4"], .incorrect)
        C.expectRead(wrong, ["part2.q6.f_5", "part2.q6.f_5.steps"])
    }

    @Test("In plain text: 'and the sum (…) + (…) gives dL/df_k = …' never joins one sample's sum to another's answer")
    func plainTextSumGives() throws {
        let four = "For f_4 we need t2, t4, t7 and t8, and the sum TERMS4 gives dL/df_4 = RESULT4"
        let five = "For f_5 we need t1, t5 and t6, and the sum TERMS5 gives dL/df_5 = RIGHT5"
        let c = try C.checks(Self.plainSheet(four, five, result4: Self.right4), name: "sheet.txt")
        C.expectRead(c, ["part2.q6.f_4", "part2.q6.f_5"])
        for id in ["part2.q6.f_4.steps", "part2.q6.f_5.steps"] {
            #expect(c[id]?.status != .inconsistent && c[id]?.status != .incorrect, "\(id): \(c[id]?.evidence ?? "")")
        }
        // Planted slip: a term dropped in f_4's last line.
        let wrong = try C.checks(Self.plainSheet(four, five, result4: "f_1 + f_2 - f_6"), name: "sheet.txt")
        C.expectRead(wrong, ["part2.q6.f_4"], .incorrect)
        C.expectRead(wrong, ["part2.q6.f_5"])
    }

    @Test("A value a cue announces after a clause naming another sample is never the open answer's next line", arguments: [
        // Its own paragraph, or the same one after a semicolon.
        "\n\n", "; next, ",
    ])
    func cueAfterAnotherSampleNamed(_ between: String) throws {
        func sheet(_ result1: String) -> String {
            "## Question 6\n\n$\\frac{\\partial L}{\\partial f_1} = \(result1)$\(between)$f_2$ shows up in five triplets; collecting them we get $f_4 + f_5 + 2f_6 - 2f_1 - f_2 - f_3$.\n"
        }
        let c = try C.checks(sheet(Self.right1))
        C.expectRead(c, ["part2.q6.f_1"])
        #expect(c["part2.q6.f_1.steps"]?.status != .inconsistent, "\(c["part2.q6.f_1.steps"]?.evidence ?? "")")
        // The value is not read as f_2's either: whose it is, the words do not say for certain.
        #expect(c["part2.q6.f_2"]?.status != .correct)
        // Planted slip: a wrong answer before the words stays wrong.
        C.expectRead(try C.checks(sheet("2f_1 - 2f_2 - 2f_3 + f_4 - f_5")), ["part2.q6.f_1"], .incorrect)
    }

    @Test("A sample after a cue word in a block after the answer's, its clause going on in words, is the clause's subject, not the last answer's next line")
    func sampleOpensClause() throws {
        func sheet(_ result2: String) -> String {
            "## Question 6\n\ndL/df1 = 2f1 - 2f2 - 2f3 + f4 + f5\n\nMoving on to f2 we add its five terms and get dL/df2 = \(result2)\n"
        }
        let c = try C.checks(sheet("-2f1 - f2 - f3 + f4 + f5 + 2f6"))
        C.expectRead(c, ["part2.q6.f_1", "part2.q6.f_2"])
        // Planted slip: a coefficient dropped in f_2's answer.
        let wrong = try C.checks(sheet("-2f1 - f2 - f3 + f4 + f5 + f6"))
        C.expectRead(wrong, ["part2.q6.f_2"], .incorrect)
        C.expectRead(wrong, ["part2.q6.f_1"])
    }
}
