import Foundation
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Testing

/// Classes of notation, round 38: Question 5's lines before and between
/// its parts — the range a general index runs over (`for j = 1, …, 6`),
/// the rule in roles closed by a colon or written as rows per role (`a:
/// f_n − f_p`), a triplet's line in emphasis, and a line under Question
/// 5.k stating t_k (found beside unseen62 and unseen64 and by review 19;
/// written here in other words than their sheets'). Verdicts by hand from
/// the assignment's triplets, t_1 = (1, 2, 5), t_2 = (1, 3, 4), t_3 = (2,
/// 1, 6): the anchor gets f_n − f_p, the positive f_p − f_a, the negative
/// f_a − f_n.
@Suite("Classes of notation, round 38: Question 5 triplet lines and role rows")
struct ReadingClassesRound38PartsTests {
    typealias C = SheetClassesTests

    static func stray(_ c: [String: Check]) -> [String] { c.keys.filter { $0.hasPrefix("part2.q5@") }.sorted() }

    /// Question 5 with `intro` before its first two parts, each headed by a
    /// plain triplet line; part 1's f_1 row is `first`.
    static func twoParts(_ intro: String, first: String = "f5 - f2") -> String {
        """
        ## Question 5

        \(intro)

        t1 = (1, 2, 5)

        - dL/df1 = \(first)
        - dL/df2 = f2 - f1
        - dL/df5 = f1 - f5

        t2 = (1, 3, 4)

        - dL/df1 = f4 - f3
        - dL/df3 = f3 - f1
        - dL/df4 = f1 - f4

        """
    }

    static let partIDs = ["part2.q5.1.f_1", "part2.q5.1.f_2", "part2.q5.1.f_5", "part2.q5.2.f_1", "part2.q5.2.f_3", "part2.q5.2.f_4"]

    @Test("The range a general index runs over, in words or maths, answers nothing", arguments: [
        "Below, each loss differentiated by f_j, for j=1,...,6.",
        "Each loss's gradient w.r.t. every embedding f_k (k = 1..6) follows.",
        "Derivatives by f_m where m = 1 to 6, listed per triplet",
        "Gradients per triplet with respect to $f_i$ for $i = 1, \\ldots, 6$:",
        "Gradients per triplet with respect to $f_i$, $i \\in \\{1, \\dots, 6\\}$:",
        "Gradients per triplet, $1 \\le j \\le 6$, written below",
        "For i in 1..6 the gradient of each triplet's loss is:",
    ])
    func indexRangeAnswersNothing(_ intro: String) throws {
        let c = try C.checks(Self.twoParts(intro))
        C.expectRead(c, Self.partIDs)
        #expect(Self.stray(c).isEmpty, "\(Self.stray(c))")
        // Planted slip: a wrong value after the range reads incorrect.
        C.expectRead(try C.checks(Self.twoParts(intro, first: "f2 - f5")), ["part2.q5.1.f_1"], .incorrect)
    }

    @Test("The rule in roles before the parts, closed by a colon or a full stop, or written as a row per role, answers no triplet", arguments: [
        "Using dL/df_a = f_n - f_p, dL/df_p = f_p - f_a, dL/df_n = f_a - f_n:",
        "From Question 3, ∂L/∂f_a = f_n − f_p, ∂L/∂f_p = f_p − f_a and ∂L/∂f_n = f_a − f_n.",
        "With the rule a: f_n - f_p, p: f_p - f_a, n: f_a - f_n for each triplet:",
        "Per role (f_a: f_n - f_p; f_p: f_p - f_a; f_n: f_a - f_n) in every triplet",
        "Rows per role, $a$: $f_n - f_p$, $p$: $f_p - f_a$, $n$: $f_a - f_n$, then each triplet:",
    ])
    func ruleInRolesAnswersNothing(_ intro: String) throws {
        let c = try C.checks(Self.twoParts(intro))
        C.expectRead(c, Self.partIDs)
        #expect(Self.stray(c).isEmpty, "\(Self.stray(c))")
        // Planted slip: a wrong value in a part reads incorrect.
        C.expectRead(try C.checks(Self.twoParts(intro, first: "f2 - f5")), ["part2.q5.1.f_1"], .incorrect)
    }

    @Test("The three roles named together by slashes answer nothing", arguments: [
        "Writing the a/p/n of each triplet as sample numbers:",
        "For every t_k, its roles f_a/f_p/f_n become samples below.",
        "Every anchor / positive / negative is replaced by its sample.",
        "With $(a/n/p)$ read off each triplet:",
    ])
    func rolesBySlashes(_ intro: String) throws {
        let c = try C.checks(Self.twoParts(intro))
        C.expectRead(c, Self.partIDs)
        #expect(Self.stray(c).isEmpty, "\(Self.stray(c))")
        // Planted slip: a wrong value in a part reads incorrect.
        C.expectRead(try C.checks(Self.twoParts(intro, first: "f2 - f5")), ["part2.q5.1.f_1"], .incorrect)
    }

    @Test("A row for a role whose value names samples, not roles, is no row of the rule: for a person")
    func roleRowWithSamplesIsReported() throws {
        let c = try C.checks(Self.twoParts("In the first triplet a: f5 - f2, then the others:"))
        #expect(!Self.stray(c).isEmpty, "\(Self.stray(c))")
    }

    @Test("A triplet's line in emphasis heads its part as the plain line does, and states its triplet", arguments: [
        ("*t1 = (1, 2, 5)*", "*t2 = (1, 3, 4)*"),
        ("_t_1 = (f_1, f_2, f_5)_", "_t_2 = (f_1, f_3, f_4)_"),
        ("*$t_1 = (1, 2, 5)$*", "*$t_2 = (1, 3, 4)$*"),
        ("**t₁: a=1, p=2, n=5**", "**t₂: a=1, p=3, n=4**"),
    ])
    func emphasisedTripletLine(_ one: String, _ two: String) throws {
        let sheet = Self.twoParts("Each triplet's gradients:")
            .replacingOccurrences(of: "t1 = (1, 2, 5)", with: one).replacingOccurrences(of: "t2 = (1, 3, 4)", with: two)
        let c = try C.checks(sheet)
        C.expectRead(c, Self.partIDs)
        #expect(Self.stray(c).isEmpty, "\(Self.stray(c))")
        // Planted slip: a wrong member in the emphasised line is not read correct.
        let wrong = try C.checks(sheet.replacingOccurrences(of: two, with: two.replacingOccurrences(of: "3", with: "6")))
        #expect(wrong["part2.q5.triplets"]?.status != .correct, "\(wrong["part2.q5.triplets"]?.status.rawValue ?? "absent")")
    }

    /// Question 5 in LaTeX as pandoc writes it, each heading in an anchor
    /// whose name holds the part's triplet; part 1's f_1 value is `first`.
    static func anchoredParts(_ level: String, first: String = "f_5 - f_2") -> String {
        func anchored(_ id: String, _ title: String) -> String {
            "\\hypertarget{\(id)}{%\n\\\(level){\(title)}\\label{\(id)}}\n\n"
        }
        return "\\documentclass{article}\n\\begin{document}\n\n"
            + anchored("question-5", "Question 5")
            + anchored("question-5.1-t_1-f_1-f_2-f_5", "Question 5.1")
            + "\\(\\frac{\\partial L}{\\partial f_1} = \(first)\\), \\(\\frac{\\partial L}{\\partial f_2} = f_2 - f_1\\), \\(\\frac{\\partial L}{\\partial f_5} = f_1 - f_5\\)\n\n"
            + anchored("question-5.2-t_2-f_1-f_3-f_4", "Question 5.2")
            + "\\(\\frac{\\partial L}{\\partial f_1} = f_4 - f_3\\), \\(\\frac{\\partial L}{\\partial f_3} = f_3 - f_1\\), \\(\\frac{\\partial L}{\\partial f_4} = f_1 - f_4\\)\n\n"
            + "\\end{document}\n"
    }

    @Test("pandoc's anchor around a heading prints nothing, whatever its name holds", arguments: ["paragraph", "subsubsection", "section*"])
    func anchorAroundHeading(_ level: String) throws {
        let c = try C.checks(Self.anchoredParts(level), name: "sheet.tex")
        C.expectRead(c, Self.partIDs)
        #expect(Self.stray(c).isEmpty, "\(Self.stray(c))")
        // Planted slip: a wrong value under an anchored heading reads incorrect.
        C.expectRead(try C.checks(Self.anchoredParts(level, first: "f_2 - f_5"), name: "sheet.tex"), ["part2.q5.1.f_1"], .incorrect)
    }

    /// Question 5's list of triplets, then part 5.2 under its own heading
    /// with `line` before its answers.
    static func ownPart(_ line: String) -> String {
        """
        ## Question 5

        Triplets: $t_1 = (f_1, f_2, f_5)$, $t_2 = (f_1, f_3, f_4)$, $t_3 = (f_2, f_1, f_6)$, $t_4 = (f_2, f_3, f_4)$, $t_5 = (f_3, f_1, f_5)$, $t_6 = (f_5, f_6, f_2)$, $t_7 = (f_6, f_4, f_3)$, $t_8 = (f_6, f_4, f_2)$.

        ### Question 5.2

        \(line)

        $\\frac{\\partial L}{\\partial f_1} = f_4 - f_3$, $\\frac{\\partial L}{\\partial f_3} = f_3 - f_1$, $\\frac{\\partial L}{\\partial f_4} = f_1 - f_4$

        """
    }

    @Test("Under Question 5.k, a line stating t_k is read as the part's triplet", arguments: [
        ("t2: a=1, p=3, n=4", Status.correct),
        ("Triplet 2 (anchor = 1, negative = 4, positive = 3):", .correct),
        ("t_2 = (1, 3, 4)", .correct),
        // Planted slips: positive and negative swapped, a member changed.
        ("t2: a=1, p=4, n=3", .incorrect),
        ("Triplet 2 (anchor = 1, negative = 3, positive = 4):", .incorrect),
        ("t_2 = (1, 3, 5)", .incorrect),
    ])
    func ownTripletUnderItsPart(_ line: String, _ status: Status) throws {
        let c = try C.checks(Self.ownPart(line))
        C.expectRead(c, ["part2.q5.2.f_1", "part2.q5.2.f_3", "part2.q5.2.f_4"])
        if status == .correct {
            C.expectRead(c, ["part2.q5.triplets"])
        } else {
            #expect(c["part2.q5.triplets"]?.status != .correct, "\(c["part2.q5.triplets"]?.status.rawValue ?? "absent") — \(c["part2.q5.triplets"]?.evidence ?? "")")
        }
    }
}
