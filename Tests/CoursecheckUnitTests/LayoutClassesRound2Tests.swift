import CoursecheckAssignment
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Foundation
import Testing

/// Classes of layout, round 2: what one sentence or one heading says for
/// several answers. Verdicts by hand from the assignment's triplets
/// t_1 = (f_1, f_2, f_5) and t_2 = (f_1, f_3, f_4), each with the hinge
/// active: ∂L/∂f_a = f_n − f_p, ∂L/∂f_p = f_p − f_a, ∂L/∂f_n = f_a − f_n, and
/// 0 for a sample outside the triplet. So 5.1: f_1 → f_5 − f_2, f_2 → f_2 − f_1,
/// f_5 → f_1 − f_5; 5.2: f_1 → f_4 − f_3, f_3 → f_3 − f_1, f_4 → f_1 − f_4.
@Suite("Classes of layout, round 2: the rest are 0 said once for Question 5's parts")
struct LayoutClassesRound2Tests {
    /// Question 5 with `sentence` before its parts 5.1 and 5.2, each listing
    /// only its three non-zero derivatives; `f4` is 5.2's ∂L/∂f_4 line
    /// (empty: left out).
    static func omitted(_ sentence: String, f4: String = "$$\\frac{\\partial L}{\\partial f_4} = f_1 - f_4$$\n\n") -> String {
        "## Part II\n\n### Question 5\n\n\(sentence)\n\n"
            + "#### 5.1\n\n$$\\frac{\\partial L}{\\partial f_1} = f_5 - f_2$$\n\n$$\\frac{\\partial L}{\\partial f_2} = f_2 - f_1$$\n\n"
            + "$$\\frac{\\partial L}{\\partial f_5} = f_1 - f_5$$\n\n"
            + "#### 5.2\n\n$$\\frac{\\partial L}{\\partial f_1} = f_4 - f_3$$\n\n$$\\frac{\\partial L}{\\partial f_3} = f_3 - f_1$$\n\n" + f4
    }

    @Test("\"Every derivative not listed is 0\" said once in Question 5 answers each part's unlisted derivatives", arguments: [
        "Each triplet involves only its own three samples: every derivative not listed below is $0$.",
        "Only the non-zero gradients are listed; all others are 0.",
        "The derivatives with respect to samples outside the triplet are omitted below: they are all zero.",
    ])
    func restAreZero(sentence: String) throws {
        let c = try SheetClassesTests.checks(Self.omitted(sentence))
        SheetClassesTests.expectRead(c, ["part2.q5.1.f_1", "part2.q5.1.f_2", "part2.q5.1.f_5", "part2.q5.2.f_1", "part2.q5.2.f_3", "part2.q5.2.f_4"], .correct)
        SheetClassesTests.expectRead(c, ["part2.q5.1.f_3", "part2.q5.1.f_4", "part2.q5.1.f_6", "part2.q5.2.f_2", "part2.q5.2.f_5", "part2.q5.2.f_6"], .correct)
        // Planted: 5.2's ∂L/∂f_4 (non-zero) left out, so the sentence says it is 0.
        let wrong = try SheetClassesTests.checks(Self.omitted(sentence, f4: ""))
        SheetClassesTests.expectRead(wrong, ["part2.q5.2.f_4"], .incorrect)
        SheetClassesTests.expectRead(wrong, ["part2.q5.2.f_2", "part2.q5.1.f_3"], .correct)
    }

    @Test("Without such a sentence an unlisted derivative stays missing")
    func withoutSentence() throws {
        let c = try SheetClassesTests.checks(Self.omitted("The triplets are read from the table above."))
        SheetClassesTests.expectRead(c, ["part2.q5.1.f_3", "part2.q5.2.f_4"].prefix(1).map { $0 }, .missing)
        SheetClassesTests.expectRead(c, ["part2.q5.1.f_1"], .correct)
        let wrong = try SheetClassesTests.checks(Self.omitted("The triplets are read from the table above.", f4: ""))
        SheetClassesTests.expectRead(wrong, ["part2.q5.2.f_4"], .missing)
    }

    /// Question 6 by hand, summing each triplet's derivative: f_1 is t_1's and
    /// t_2's anchor and t_3's and t_5's positive, so ∂L/∂f_1 = (f_5 − f_2) +
    /// (f_4 − f_3) + (f_1 − f_2) + (f_1 − f_3) = 2f_1 − 2f_2 − 2f_3 + f_4 + f_5;
    /// f_2 is t_1's positive, t_3's and t_4's anchor, t_6's and t_8's negative:
    /// (f_2 − f_1) + (f_6 − f_1) + (f_4 − f_3) + (f_5 − f_2) + (f_6 − f_2) =
    /// −2f_1 − f_2 − f_3 + f_4 + f_5 + 2f_6.
    static func childChains(_ last: String) -> String {
        "## Part II\n\n## Question 6\n\n- $\\partial L/\\partial f_1$\n  - $= (f_5 - f_2) + (f_4 - f_3) + (f_1 - f_2) + (f_1 - f_3)$\n"
            + "  - $= 2f_1 - 2f_2 - 2f_3 + f_4 + f_5$\n- $\\partial L/\\partial f_2$\n"
            + "  - $= (f_2 - f_1) + (f_6 - f_1) + (f_4 - f_3) + (f_5 - f_2) + (f_6 - f_2)$\n  - $= \(last)$\n"
    }

    @Test("A derivative alone in a list item, its chain in the items under it, each `= …`")
    func chainInChildItems() throws {
        let c = try SheetClassesTests.checks(Self.childChains("-2f_1 - f_2 - f_3 + f_4 + f_5 + 2f_6"))
        SheetClassesTests.expectRead(c, ["part2.q6.f_1", "part2.q6.f_2"], .correct)
        // Planted: the last line of ∂L/∂f_2 drops one f_6.
        let wrong = try SheetClassesTests.checks(Self.childChains("-2f_1 - f_2 - f_3 + f_4 + f_5 + f_6"))
        SheetClassesTests.expectRead(wrong, ["part2.q6.f_2"], .incorrect)
        SheetClassesTests.expectRead(wrong, ["part2.q6.f_1"], .correct)
    }

    /// Question 5's parts labelled on the line that starts their answer,
    /// `5 (i)`, `5(b)`, `5.ii`, in plain text; t_1's and t_2's derivatives
    /// as above, 0 for the samples outside.
    static func partLabels(_ first: String, _ second: String, f4: String) -> String {
        "Part II\n\n5)\n\(first)  t1 = (f1, f2, f5)\n    dL/df1 = f5 - f2\n    dL/df2 = f2 - f1\n    dL/df3 = 0\n"
            + "    dL/df4 = 0\n    dL/df5 = f1 - f5\n    dL/df6 = 0\n\n"
            + "\(second)  t2 = (f1, f3, f4)\n    dL/df1 = f4 - f3\n    dL/df2 = 0\n    dL/df3 = f3 - f1\n"
            + "    dL/df4 = \(f4)\n    dL/df5 = 0\n    dL/df6 = 0\n"
    }

    @Test("Question 5's part by letter or Roman numeral starting its answer's line in plain text", arguments: [
        ("5 (i)", "5 (ii)"), ("5(a)", "5(b)"), ("5.i", "5.ii"),
    ])
    func partLabelOnItsLine(first: String, second: String) throws {
        let all = (1...6).map { "part2.q5.1.f_\($0)" } + (1...6).map { "part2.q5.2.f_\($0)" }
        SheetClassesTests.expectRead(try SheetClassesTests.checks(Self.partLabels(first, second, f4: "f1 - f4"), name: "sheet.txt"), all, .correct)
        // Planted: 5.2's ∂L/∂f_4 with its sign turned.
        let wrong = try SheetClassesTests.checks(Self.partLabels(first, second, f4: "f4 - f1"), name: "sheet.txt")
        SheetClassesTests.expectRead(wrong, ["part2.q5.2.f_4"], .incorrect)
        SheetClassesTests.expectRead(wrong, ["part2.q5.2.f_3", "part2.q5.1.f_1"], .correct)
    }
}
