import Foundation
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Testing

/// Classes of notation, round 36: Question 6's sum after a line listing a
/// sample's terms by triplet, headings drawn between rules in plain text,
/// the loss restated in a sentence before Question 3's answers, and a
/// number joined to a word by a hyphen (found beside unseen60 and unseen61;
/// written here in other words than the sheets'). Verdicts by hand from the
/// assignment's triplets, t2 = (1, 3, 4), t4 = (2, 3, 4), t7 = (6, 4, 3),
/// t8 = (6, 4, 2), t1 = (1, 2, 5), t5 = (3, 1, 5), t6 = (5, 6, 2): the
/// anchor gets f_n - f_p, the positive f_p - f_a, the negative f_a - f_n,
/// so ∂L/∂f_4 = f_1 + f_2 - 2f_6 and ∂L/∂f_5 = f_1 + f_2 + f_3 - 2f_5 - f_6.
@Suite("Classes of notation, round 36: sums after lists, ruled headings, the loss in prose, hyphenated numbers")
struct ReadingClassesRound36LinesTests {
    typealias C = SheetClassesTests

    static let rightThree = """
        dL/df_a = f_n - f_p
        dL/df_p = f_p - f_a
        dL/df_n = f_a - f_n
        """

    @Test("A line listing a sample's terms by triplet is working: the sum on the line after it is the answer", arguments: [
        // The list in brackets after the labels, then an arrow or a word.
        ("Sample f4 turns up in t2, t4, t7, t8 (t2: f1 - f4, t4: f2 - f4, t7: f4 - f6, t8: f4 - f6)",
         "-> dL/df4 = (f1 - f4) + (f2 - f4) + (f4 - f6) + (f4 - f6) = f1 + f2 - 2*f6", Status.correct),
        ("f4 is in t2, t4, t7 and t8 [t2: f1 - f4; t4: f2 - f4; t7: f4 - f6; t8: f4 - f6]",
         "hence dL/df4 = (f1 - f4) + (f2 - f4) + (f4 - f6) + (f4 - f6) = f1 + f2 - 2*f6", Status.correct),
        ("Terms of f₄: t₂: f₁ − f₄, t₄: f₂ − f₄, t₇: f₄ − f₆, t₈: f₄ − f₆",
         "⇒ ∂L/∂f₄ = (f₁ − f₄) + (f₂ − f₄) + (f₄ − f₆) + (f₄ − f₆) = f₁ + f₂ − 2f₆", Status.correct),
        // Planted slips: a term left out of a consistent sum, and a sum
        // whose last side does not follow.
        ("f4 shows up in t2, t4, t7 (t2: f1 - f4, t4: f2 - f4, t7: f4 - f6)",
         "=> dL/df4 = (f1 - f4) + (f2 - f4) + (f4 - f6) = f1 + f2 - f4 - f6", Status.incorrect),
        ("Sample f4 turns up in t2, t4, t7, t8 (t2: f1 - f4, t4: f2 - f4, t7: f4 - f6, t8: f4 - f6)",
         "-> dL/df4 = (f1 - f4) + (f2 - f4) + (f4 - f6) + (f4 - f6) = f1 + f2 - f6", Status.incorrect),
    ])
    func sumAfterTermList(_ list: String, _ sum: String, _ status: Status) throws {
        let five = """
            f5 turns up in t1, t5, t6 (t1: f1 - f5, t5: f3 - f5, t6: f2 - f6)
            -> dL/df5 = (f1 - f5) + (f3 - f5) + (f2 - f6) = f1 + f2 + f3 - 2*f5 - f6
            """
        let c = try C.checks("Question 6\n\n\(list)\n\(sum)\n\n\(five)\n", name: "sheet.txt")
        C.expectRead(c, ["part2.q6.f_5", "part2.q6.f_5.steps"])
        if status == .correct {
            C.expectRead(c, ["part2.q6.f_4", "part2.q6.f_4.steps"])
        } else {
            #expect(c["part2.q6.f_4"]?.status == .incorrect, "\(c["part2.q6.f_4"]?.evidence ?? "absent")")
        }
        #expect(!c.keys.contains { $0.hasPrefix("part2.q6@") }, "\(c.keys.filter { $0.hasPrefix("part2.q6@") })")
    }

    @Test("A question's heading drawn between rules of dashes or equals signs heads its answers", arguments: [
        ("--- 2) ---", "--- 3) ---"),
        ("== 2. ==", "== 3. =="),
        ("-- [Q2] --", "-- [Q3] --"),
        ("-- Q2: --", "-- Q3: --"),
        ("===== 2 =====", "===== 3 ====="),
        ("-- (2) --", "-- (3) --"),
    ])
    func ruledQuestionHeadings(_ two: String, _ three: String) throws {
        let zeros = "dL/df_a = 0\ndL/df_p = 0\ndL/df_n = 0"
        // (A part's number between rules stays a part's: `=== Part 2 ===`.)
        let sheet = "=== Part 2 ===\n\n\(two)\n\(zeros)\n\n\(three)\n\(Self.rightThree)\n"
        let c = try C.checks(sheet, name: "sheet.txt")
        C.expectRead(c, C.roles.map { "part2.q2.\($0)" } + C.roles.map { "part2.q3.\($0)" })
        // Planted slip: a wrong sign under the second heading stays its own.
        let w = try C.checks(sheet.replacingOccurrences(of: "dL/df_p = f_p - f_a", with: "dL/df_p = f_a - f_p"), name: "sheet.txt")
        C.expectRead(w, ["part2.q3.f_p"], .incorrect)
        C.expectRead(w, ["part2.q2.f_p", "part2.q3.f_a", "part2.q3.f_n"])
    }

    @Test("The loss restated in a sentence before Question 3's answers answers nothing", arguments: [
        ("Taking the gradient of 1/2 (f_a - f_p)^T (f_a - f_p) - 1/2 (f_a - f_n)^T (f_a - f_n) + alpha we get:", "sheet.txt"),
        ("Taking the gradient of $\\tfrac{1}{2}(f_a - f_p)^\\intercal (f_a - f_p) - \\tfrac{1}{2}(f_a - f_n)^\\intercal (f_a - f_n) + \\alpha$ we get:", "sheet.md"),
        ("From $\\frac12 (f_a-f_p)^2 - \\frac12 (f_a-f_n)^2 + \\alpha$ (one dimension) the derivatives are:", "sheet.md"),
        ("Expanding 0.5 (f_a - f_p) * (f_a - f_p) - 0.5 (f_a - f_n) * (f_a - f_n) + alpha and differentiating:", "sheet.txt"),
    ])
    func lossRestatedInProse(_ sentence: String, _ name: String) throws {
        let answers = name == "sheet.md" ? Self.rightThree.split(separator: "\n").map { "$\($0)$" }.joined(separator: "\n\n") : Self.rightThree
        let sheet = "## Question 3\n\n\(sentence)\n\n\(answers)\n"
        let c = try C.checks(sheet, name: name)
        C.expectRead(c, C.roles.map { "part2.q3.\($0)" })
        #expect(!c.keys.contains { $0.hasPrefix("part2.q3@") }, "\(c.filter { $0.key.hasPrefix("part2.q3@") }.mapValues(\.evidence))")
        // Planted slip: the negative's sign flipped reads incorrect.
        let w = try C.checks(sheet.replacingOccurrences(of: "dL/df_n = f_a - f_n", with: "dL/df_n = f_n - f_a"), name: name)
        C.expectRead(w, ["part2.q3.f_n"], .incorrect)
    }

    @Test("A value that is a term of second order in the samples is no gradient", arguments: [
        "dL/df_a = (f_a - f_p)^T (f_a - f_p)",
        "dL/df_a = (f_n - f_p)^2",
    ])
    func secondOrderValueIsNoGradient(_ line: String) throws {
        let c = try C.checks("## Question 3\n\n\(line)\n", name: "sheet.txt")
        #expect(c["part2.q3.f_a"]?.status != .correct, "\(c["part2.q3.f_a"]?.evidence ?? "absent")")
    }

    @Test("A number joined to a word by a hyphen is words, not maths", arguments: [
        "Confirmed numerically on 4-dim random vectors with the 2-norm:",
        "I ran a 1-D check and a 3-D check (10-fold):",
        "Same in 5-dimensional space:",
    ])
    func hyphenatedNumbersAreWords(_ sentence: String) throws {
        let sheet = "Question 3\n\n\(sentence)\n\(Self.rightThree)\n"
        let c = try C.checks(sheet, name: "sheet.txt")
        C.expectRead(c, C.roles.map { "part2.q3.\($0)" })
        #expect(!c.keys.contains { $0.hasPrefix("part2.q3@") }, "\(c.filter { $0.key.hasPrefix("part2.q3@") }.mapValues(\.evidence))")
        // Planted slip: a wrong positive after the words reads incorrect.
        let w = try C.checks(sheet.replacingOccurrences(of: "dL/df_p = f_p - f_a", with: "dL/df_p = f_a - f_p"), name: "sheet.txt")
        C.expectRead(w, ["part2.q3.f_p"], .incorrect)
    }

    @Test("A remark of words in brackets that speaks of a fraction of numbers is the remark's", arguments: [
        "Chain rule on both distances (the 1/2 in front cancels the 2 of the square):",
        "Differentiating each term (the 1/2 and the exponent 2 cancel):",
    ])
    func remarkWithFraction(_ sentence: String) throws {
        let sheet = "Question 3\n\n\(sentence)\n\(Self.rightThree)\n"
        let c = try C.checks(sheet, name: "sheet.txt")
        C.expectRead(c, C.roles.map { "part2.q3.\($0)" })
        #expect(!c.keys.contains { $0.hasPrefix("part2.q3@") }, "\(c.filter { $0.key.hasPrefix("part2.q3@") }.mapValues(\.evidence))")
        // Planted slip: the anchor's terms swapped reads incorrect.
        let w = try C.checks(sheet.replacingOccurrences(of: "dL/df_a = f_n - f_p", with: "dL/df_a = f_p - f_n"), name: "sheet.txt")
        C.expectRead(w, ["part2.q3.f_a"], .incorrect)
    }
}
