import Foundation
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Testing

/// Classes of notation, round 36: Question 5's zeros in a remark in
/// brackets after a part's rows, a letter joined to a word by a hyphen in
/// prose, rows of one sample's derivatives named by their triplet, a
/// `### (6)` heading at Question 5's level that holds Question 6, and a
/// calculation wrapped before a result with its condition (found by
/// unseen59 and review 17; written here in other words than the sheets').
/// Verdicts by hand from the assignment: t1 = (1, 2, 5), t2 = (1, 3, 4),
/// t3 = (2, 1, 6), t4 = (2, 3, 4), t5 = (3, 1, 5), t6 = (5, 6, 2), t7 =
/// (6, 4, 3), t8 = (6, 4, 2); with the hinge active ∂L/∂f_a = f_n − f_p,
/// ∂L/∂f_p = f_p − f_a, ∂L/∂f_n = f_a − f_n, and 0 for a sample outside.
@Suite("Classes of notation, round 36: zeros in brackets, hyphenated words, rows by sample, (6) headings, wrapped results")
struct ReadingClassesRound36PartsTests {
    typealias C = SheetClassesTests

    /// Part 5.1 in a display of aligned rows, then `remark` on the line after it.
    static func part51(rows: String, remark: String) -> String {
        "## Question 5\n\n**Triplet 1, $(f_1, f_2, f_5)$**\n$$\\begin{aligned}\n\(rows)\n\\end{aligned}$$\n\(remark)\n"
    }
    static let threeRows = "\\frac{\\partial L_1}{\\partial f_1} &= f_5 - f_2 \\\\\n\\frac{\\partial L_1}{\\partial f_2} &= f_2 - f_1 \\\\\n\\frac{\\partial L_1}{\\partial f_5} &= f_1 - f_5"
    static let twoRows = "\\frac{\\partial L_1}{\\partial f_1} &= f_5 - f_2 \\\\\n\\frac{\\partial L_1}{\\partial f_2} &= f_2 - f_1"

    @Test("A remark in brackets after a part's rows gives its zero to the samples it names, or to the rest", arguments: [
        "(zero for $f_3$, $f_4$, $f_6$)",
        "(0 for $f_3$, $f_4$ and $f_6$)",
        "($f_3$, $f_4$, $f_6$: 0)",
        "(others zero)",
        "(the rest: 0)",
        "(all others are 0)",
    ])
    func bracketedZeros(_ remark: String) throws {
        let c = try C.checks(Self.part51(rows: Self.threeRows, remark: remark))
        C.expectRead(c, ["part2.q5.1.f_1", "part2.q5.1.f_2", "part2.q5.1.f_5", "part2.q5.1.f_3", "part2.q5.1.f_4", "part2.q5.1.f_6"])
    }

    @Test("A bracketed zero that takes in a member of the triplet reads that member incorrect", arguments: [
        "(zero for $f_3$, $f_4$, $f_5$, $f_6$)",
        "($f_3$, $f_4$, $f_5$, $f_6$: 0)",
        "(others zero)",
    ])
    func bracketedZeroOverAMember(_ remark: String) throws {
        // The negative's row is left out, so the zero reaches f_5 (its derivative is f_1 − f_5).
        let c = try C.checks(Self.part51(rows: Self.twoRows, remark: remark))
        C.expectRead(c, ["part2.q5.1.f_5"], .incorrect)
        C.expectRead(c, ["part2.q5.1.f_3", "part2.q5.1.f_4", "part2.q5.1.f_6"])
    }

    @Test("Plain text: the bracketed zero on its own line after the rows", arguments: [
        ("(zero for f3, f4, f6)", Status.correct),
        // Names and a colon alone in brackets, no word, are not taken for a
        // remark in plain text yet: the zeros read missing (for a person), never correct.
        ("(f3, f4, f6: 0)", Status.missing),
    ])
    func bracketedZerosInPlainText(_ remark: String, _ status: Status) throws {
        let sheet = "Question 5\n\nt1 = (f1, f2, f5)\ndL1/df1 = f5 - f2\ndL1/df2 = f2 - f1\ndL1/df5 = f1 - f5\n\(remark)\n"
        let c = try C.checks(sheet, name: "sheet.txt")
        C.expectRead(c, ["part2.q5.1.f_3", "part2.q5.1.f_4", "part2.q5.1.f_6"], status)
        // Planted: the negative's row wrong stays incorrect beside the remark.
        let wrong = try C.checks(sheet.replacingOccurrences(of: "dL1/df5 = f1 - f5", with: "dL1/df5 = f5 - f1"), name: "sheet.txt")
        C.expectRead(wrong, ["part2.q5.1.f_5"], .incorrect)
    }

    @Test("A letter joined to a word by a hyphen in prose is a word, not maths", arguments: [
        "The p-gradient is short; the a-derivative keeps two terms.",
        "Note that the n-term enters with the opposite sign.",
    ])
    func hyphenatedLetterWords(_ prose: String) throws {
        let sheet = "Question 3\n\(prose)\n\n    dL/df_a = f_n - f_p\n    dL/df_p = f_p - f_a\n    dL/df_n = f_a - f_n\n"
        let c = try C.checks(sheet, name: "sheet.txt")
        C.expectRead(c, ["part2.q3.f_a", "part2.q3.f_p", "part2.q3.f_n"])
        #expect(!c.keys.contains { $0.hasPrefix("part2.q3@") }, "\(c.keys.filter { $0.hasPrefix("part2.q3@") })")
        // Planted: a wrong answer after the same prose reads incorrect.
        let wrong = try C.checks(sheet.replacingOccurrences(of: "dL/df_n = f_a - f_n", with: "dL/df_n = f_n - f_a"), name: "sheet.txt")
        C.expectRead(wrong, ["part2.q3.f_n"], .incorrect)
    }

    static let rowsForF1 = "Derivatives w.r.t. f1:\nt1: f5 - f2\nt2: f4 - f3\nt3: f1 - f2\nt4: 0\nt5: f1 - f3\nt6: 0\nt7: 0\nt8: 0\n"

    @Test("Rows under a line heading one sample are that sample's derivatives, each of the triplet the row names")
    func rowsBySample() throws {
        let c = try C.checks("Question 5\n\n" + Self.rowsForF1, name: "sheet.txt")
        C.expectRead(c, (1...8).map { "part2.q5.\($0).f_1" })
        // Planted: the positive's sign turned in t3's row.
        let wrong = try C.checks("Question 5\n\n" + Self.rowsForF1.replacingOccurrences(of: "t3: f1 - f2", with: "t3: f2 - f1"), name: "sheet.txt")
        C.expectRead(wrong, ["part2.q5.3.f_1"], .incorrect)
        C.expectRead(wrong, ["part2.q5.1.f_1", "part2.q5.5.f_1"])
    }

    static let q5TwoParts = "### Question 5\n\n### (1)\n\n$$\\frac{\\partial L}{\\partial f_1} = f_5 - f_2, \\frac{\\partial L}{\\partial f_2} = f_2 - f_1, \\frac{\\partial L}{\\partial f_5} = f_1 - f_5$$\n\n### (2)\n\n$$\\frac{\\partial L}{\\partial f_1} = f_4 - f_3, \\frac{\\partial L}{\\partial f_3} = f_3 - f_1, \\frac{\\partial L}{\\partial f_4} = f_1 - f_4$$\n\n"

    @Test("`### (6)` at Question 5's level holding sums over triplets is Question 6, not part 5.6")
    func sixHeadingHoldingSums() throws {
        let q6 = "### (6)\n\n$$\\frac{\\partial L}{\\partial f_1} = (f_5 - f_2) + (f_4 - f_3) + (f_1 - f_2) + (f_1 - f_3) = 2f_1 - 2f_2 - 2f_3 + f_4 + f_5$$\n"
        let c = try C.checks(Self.q5TwoParts + q6)
        C.expectRead(c, ["part2.q6.f_1"])
        #expect(c["part2.q5.6.f_1"]?.status != .incorrect, "\(c["part2.q5.6.f_1"]?.evidence ?? "")")
        // Planted: a slip in the total reads incorrect under Question 6.
        let wrong = try C.checks(Self.q5TwoParts + q6.replacingOccurrences(of: "= 2f_1 - 2f_2", with: "= f_1 - 2f_2"))
        C.expectRead(wrong, ["part2.q6.f_1"], .incorrect)
    }

    @Test("`### (6)` holding one triplet's gradients stays part 5.6")
    func sixHeadingHoldingOneTriplet() throws {
        let part = "### (6)\n\n$$\\frac{\\partial L}{\\partial f_5} = f_2 - f_6, \\frac{\\partial L}{\\partial f_6} = f_6 - f_5, \\frac{\\partial L}{\\partial f_2} = f_5 - f_2$$\n"
        let c = try C.checks(Self.q5TwoParts + part)
        C.expectRead(c, ["part2.q5.6.f_5", "part2.q5.6.f_6", "part2.q5.6.f_2"])
        // Planted: the positive's sign turned.
        let wrong = try C.checks(Self.q5TwoParts + part.replacingOccurrences(of: "= f_6 - f_5", with: "= f_5 - f_6"))
        C.expectRead(wrong, ["part2.q5.6.f_6"], .incorrect)
    }

    @Test("A calculation wrapped before its result, the result followed by the condition that makes a triplet count", arguments: [
        ("The valid ones number 6 * 2 * 3\n= 36 if anchor and positive come from one class and the negative from the other.", Status.correct),
        // Planted: a wrong product and result read incorrect.
        ("The valid ones number 6 * 2 * 2\n= 24 if anchor and positive come from one class and the negative from the other.", Status.incorrect),
    ])
    func wrappedResultWithCondition(_ valid: String, _ status: Status) throws {
        let c = try C.checks("## Question 4\n\nAll triplets: 6 * 5 * 4 = 120.\n\n\(valid)\n")
        C.expectRead(c, ["part2.q4.valid"], status)
    }
}
