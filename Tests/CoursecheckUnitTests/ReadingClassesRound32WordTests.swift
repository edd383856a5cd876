import Foundation
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Testing

/// Classes of notation and layout, round 32, from sheets written in word
/// processors and note apps (unseen48; each written here in other words
/// than the sheets'). t_1 = (f_1, f_2, f_5), t_2 = (f_1, f_3, f_4), t_3 =
/// (f_2, f_1, f_6), t_4 = (f_2, f_3, f_4): the anchor's derivative is f_n −
/// f_p, the positive's f_p − f_a, the negative's f_a − f_n, the others 0.
@Suite("Classes of notation, round 32 (word processors): parts numbered 2. over their triplet, tables of triplets by (a, p, n), zeros under a table of all triplets, Question 4 by letters and arrows")
struct ReadingClassesRound32WordTests {
    typealias C = SheetClassesTests

    @Test("A part's number and full stop or bracket before its own triplet heads the part, its list of answers under it", arguments: [
        ("3) $t_3 = (f_2, f_1, f_6)$", "4) $t_4 = (f_2, f_3, f_4)$"),
        ("**3.** $t_3 = (f_2, f_1, f_6)$", "**4.** $t_4 = (f_2, f_3, f_4)$"),
        ("__3__. t₃ = (f₂, f₁, f₆)", "__4__. t₄ = (f₂, f₃, f₄)"),
    ])
    func numberedParts(_ third: String, _ fourth: String) throws {
        let sheet = """
        ## Question 5

        \(third)

        - $\\partial L^{(3)} / \\partial f_1 = f_1 - f_2$
        - $\\partial L^{(3)} / \\partial f_2 = f_6 - f_1$
        - $\\partial L^{(3)} / \\partial f_3 = 0$

        \(fourth)

        - $\\partial L^{(4)} / \\partial f_2 = f_4 - f_3$
        - $\\partial L^{(4)} / \\partial f_4 = f_4 - f_2$

        """
        let c = try C.checks(sheet)
        C.expectRead(c, ["part2.q5.3.f_1", "part2.q5.3.f_2", "part2.q5.3.f_3", "part2.q5.4.f_2"])
        // The planted slip: t_4's negative is f_2 − f_4.
        C.expectRead(c, ["part2.q5.4.f_4"], .incorrect)
        // No Question 3 or 4 was opened by the parts' numbers.
        #expect(c["part2.q4.all"]?.status == .missing)
    }

    @Test("A number and full stop before another triplet's statement heads no part")
    func numberedOtherTriplet() throws {
        let c = try C.checks("## Question 5\n\n**3.** $t_4 = (f_2, f_3, f_4)$\n\n- $\\partial L^{(4)} / \\partial f_2 = f_4 - f_3$\n")
        #expect(c["part2.q5.3.f_2"]?.status != .correct)
    }

    static func tripletTable(negative: String, after: String) -> String {
        """
        ## Question 5

        | # | (anchor, positive, negative) | anchor | positive | negative |
        |---|---|---|---|---|
        | 1 | (1, 2, 5) | dL1/df1 = f5 - f2 | dL1/df2 = f2 - f1 | dL1/df5 = f1 - f5 |
        | 2 | (1, 3, 4) | dL2/df1 = f4 - f3 | dL2/df3 = f3 - f1 | dL2/df4 = \(negative) |

        \(after)

        """
    }

    @Test("A table of the triplets by (a, p, n) with their derivatives: the label and members are the triplet, no line of the answer before; words under it give every triplet its zeros", arguments: [
        ("f1 - f4", Status.correct),
        ("f4 - f1", Status.incorrect),
    ])
    func tableOfTriplets(_ negative: String, _ status: Status) throws {
        let c = try C.checks(Self.tripletTable(negative: negative, after: "For any embedding outside the triplet, the derivative is zero."))
        C.expectRead(c, ["part2.q5.1.f_1", "part2.q5.1.f_2", "part2.q5.1.f_5", "part2.q5.2.f_1", "part2.q5.2.f_3"])
        C.expectRead(c, ["part2.q5.2.f_4"], status)
        C.expectRead(c, ["part2.q5.1.f_3", "part2.q5.1.f_4", "part2.q5.1.f_6", "part2.q5.2.f_2", "part2.q5.2.f_5", "part2.q5.2.f_6"])
        #expect(c["part2.q5.triplets"]?.evidence.contains("t_1 is missing") == false)
    }

    @Test("Without words of the others, a table's zeros stay missing")
    func tableWithoutZeros() throws {
        let c = try C.checks(Self.tripletTable(negative: "f1 - f4", after: "Each row uses Question 3's rule."))
        #expect(c["part2.q5.1.f_3"]?.status != .correct)
    }

    @Test("Question 4: the roles by their letters, a then p then n, and an arrow to the count", arguments: [
        ("6 options for a, 5 for p, 4 for n ⇒ 120", "a: 6 choices, p: 2 choices, n: 3 choices -> 36", Status.correct),
        ("6 options for a, 5 for p, 4 for n ⇒ 120", "a: 6 choices, p: 3 choices, n: 3 choices → 54", Status.incorrect),
    ])
    func lettersAndArrow(_ all: String, _ valid: String, _ status: Status) throws {
        let c = try C.checks("## Question 4\n\n**All triplets:** ordered (a, p, n), no sample twice: \(all)\n\n**Valid triplets:** \(valid)\n")
        C.expectRead(c, ["part2.q4.all", "part2.q4.all.reasoning"])
        C.expectRead(c, ["part2.q4.valid", "part2.q4.valid.reasoning"], status)
    }

    @Test("A letter a alone as an article is no role: 'for a sample' reads nothing")
    func articleIsNoRole() throws {
        let c = try C.checks("## Question 4\n\n**Valid triplets:** 6 choices for a sample, 2 for p, 3 for n → 36\n")
        #expect(c["part2.q4.valid.reasoning"]?.status != .correct)
    }

    @Test("Question 3's rule in the roles, in brackets after its name, before the parts answers nothing and hides nothing", arguments: [
        "By Q3 (grad for the anchor = f_n - f_p, for the positive = f_p - f_a, for the negative = f_a - f_n) in each triplet:",
        "By Question 3 (derivative for the anchor = f_n - f_p, for the positive = f_p - f_a, for the negative = f_a - f_n) in each triplet:",
    ])
    func ruleInRolesInBrackets(_ line: String) throws {
        let c = try C.checks("## Question 5\n\n\(line)\n\n5.1 t1 = (f1, f2, f5)\ndL/df1 = f5 - f2\ndL/df2 = f2 - f1\ndL/df5 = f5 - f1\nall other gradients are 0\n")
        C.expectRead(c, ["part2.q5.1.f_1", "part2.q5.1.f_2", "part2.q5.1.f_3", "part2.q5.1.f_4", "part2.q5.1.f_6"])
        // The planted slip: the negative's derivative is f_1 − f_5.
        C.expectRead(c, ["part2.q5.1.f_5"], .incorrect)
        #expect(!c.keys.contains { $0.hasPrefix("part2.q5@") })
    }

    @Test("Values of numbered samples in such brackets are no rule in roles: reported")
    func numberedInBrackets() throws {
        let c = try C.checks("## Question 5\n\nBy Q3 (grad for the anchor = f_5 - f_2, for the positive = f_2 - f_1) in each triplet:\n\n5.1 t1 = (f1, f2, f5)\ndL/df1 = f5 - f2\n")
        #expect(c.keys.contains { $0.hasPrefix("part2.q5@") })
    }
}
