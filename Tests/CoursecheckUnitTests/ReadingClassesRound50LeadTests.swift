import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Foundation
import Testing

/// Round 50 (lead): a value after an answer that the words give to someone
/// else or doubt is neither the answer's next line nor its correction.
/// Verdicts by hand: with the halves, ∂L/∂f_p = f_p − f_a when the hinge
/// is active, so `fa - fp` is wrong and `fp - fa` right.
@Suite("Classes of notation, round 50: the lead's")
struct ReadingClassesRound50LeadTests {
    typealias C = SheetClassesTests

    /// Question 3 in plain text, f_p's line `fp`, in its own paragraph.
    static func q3(_ fp: String) -> String {
        "Part II\n\nQuestion 3\n\ndL/dfa = fn - fp\n\ndL/dfp = \(fp)\n\ndL/dfn = fa - fn\n\nQuestion 4\n\n6*5*4 = 120\n"
    }

    @Test("A value the words give to someone else or doubt is for a person, never the answer", arguments: [
        "fa - fp, it should be fp - fa according to my friend, but I disagree",
        "fa - fp, the TA said it should be fp - fa, but I disagree",
        "fa - fp, my friend says it should be fp - fa",
        "fa - fp, it is fp - fa, but I disagree",
        "fa - fp, maybe it should be fp - fa",
        "fa - fp, it should be fp - fa (not sure)",
        "fa - fp; the solution gives fp - fa",
    ])
    func disputedValue(_ fp: String) throws {
        // (The student's own value is wrong; the one disputed is right: it
        // must never read correct.)
        let c = try C.checks(Self.q3(fp))
        C.expectRead(c, ["part2.q3.f_p"], .unparsable)
        C.expectRead(c, ["part2.q3.f_a", "part2.q3.f_n"])
        // (The other way round, the student's right value is not graded
        // wrong on a value they reject.)
        let swapped = fp.replacingOccurrences(of: "fa - fp", with: "X").replacingOccurrences(of: "fp - fa", with: "fa - fp")
            .replacingOccurrences(of: "X", with: "fp - fa")
        C.expectRead(try C.checks(Self.q3(swapped)), ["part2.q3.f_p"], .unparsable)
    }

    @Test("A correction of the student's own still reads", arguments: [
        ("fa - fp, it should be fp - fa", Status.correct), ("fp - fa, it should be fa - fp", .incorrect),
    ])
    func ownCorrection(_ fp: String, _ status: Status) throws {
        C.expectRead(try C.checks(Self.q3(fp)), ["part2.q3.f_p"], status)
    }

    @Test("In maths too, and after 'wait': someone else's value corrects nothing", arguments: [
        "$\\partial L/\\partial f_p = f_a - f_p$, the TA said it should be $f_p - f_a$, but I disagree.",
        "$\\partial L/\\partial f_p = f_a - f_p$. Wait, my friend says it should be $f_p - f_a$, but I disagree.",
    ])
    func disputedInMaths(_ line: String) throws {
        let sheet = "Part II\n\nQuestion 3\n\n$\\partial L/\\partial f_a = f_n - f_p$\n\n\(line)\n\n$\\partial L/\\partial f_n = f_a - f_n$\n"
        let c = try C.checks(sheet)
        // (For a person: the value disputed, or the two answers weighed.)
        #expect([Status.unparsable, .inconsistent].contains(c["part2.q3.f_p"]?.status), "\(c["part2.q3.f_p"].map { "\($0.status)" } ?? "absent")")
        C.expectRead(c, ["part2.q3.f_a", "part2.q3.f_n"])
    }

    /// Question 3 by cases, then a remark listing the values; `fn` is
    /// f_n's first case, `restated` the remark's values.
    static func casesWithRemark(fn: String, restated: String) -> String {
        func cases(_ role: String, _ value: String) -> String {
            "$$\\frac{\\partial L}{\\partial f_\(role)} = \\begin{cases} \(value) & \\text{if } L > 0 \\\\ 0 & \\text{otherwise} \\end{cases}$$\n"
        }
        return "Part II\n\n### Question 3\n\n" + cases("a", "f_n - f_p") + cases("p", "f_p - f_a") + cases("n", fn)
            + "\nHere the hinge is active, so the answers are the first cases: \(restated).\n\n### Question 4\n\n$6 \\cdot 5 \\cdot 4 = 120$\n"
    }
    static let q3Roles = ["part2.q3.f_a", "part2.q3.f_p", "part2.q3.f_n"]

    @Test("Values listed after words calling them the answers restate them in order: the same, nothing changes; another, for a person")
    func restatedAnswers() throws {
        let right = try C.checks(Self.casesWithRemark(fn: "f_a - f_n", restated: "$f_n - f_p$, $f_p - f_a$ and $f_a - f_n$"))
        C.expectRead(right, Self.q3Roles)
        let wrong = try C.checks(Self.casesWithRemark(fn: "f_n - f_a", restated: "$f_n - f_p$, $f_p - f_a$ and $f_n - f_a$"))
        C.expectRead(wrong, ["part2.q3.f_n"], .incorrect)
        C.expectRead(wrong, ["part2.q3.f_a", "part2.q3.f_p"])
        // (A remark that differs from the case read: which is meant is for a person.)
        let differs = try C.checks(Self.casesWithRemark(fn: "f_n - f_a", restated: "$f_n - f_p$, $f_p - f_a$ and $f_a - f_n$"))
        C.expectRead(differs, ["part2.q3.f_n"], .unparsable)
        // (As many values as some answers only: for a person.)
        let fewer = try C.checks(Self.casesWithRemark(fn: "f_a - f_n", restated: "$f_n - f_p$ and $f_p - f_a$"))
        C.expectRead(fewer, Self.q3Roles, .unparsable)
    }

    /// Question 5.1 as a Unicode vector after a plain-text line stating its order.
    static func unicodeVector(_ value: String, order: String = "I write ∇Lₖ = (∇_{f₁}Lₖ, …, ∇_{f₆}Lₖ).") -> String {
        "Part II\n\nQ5: t₁ = (f₁, f₂, f₅)\n\n\(order)\n\nQ5.1: ∇L₁ = \(value)\n"
    }
    static let ofT1 = (1...6).map { "part2.q5.1.f_\($0)" }

    @Test("A plain-text tuple of the derivatives states a vector's order, as one in TeX does")
    func plainOrder() throws {
        C.expectRead(try C.checks(Self.unicodeVector("(f₅ − f₂, f₂ − f₁, 0, 0, f₁ − f₅, 0)")), Self.ofT1)
        let wrong = try C.checks(Self.unicodeVector("(f₅ − f₂, f₂ − f₁, 0, 0, f₅ − f₁, 0)"))
        C.expectRead(wrong, ["part2.q5.1.f_5"], .incorrect)
        // (No order stated: for a person.)
        C.expectRead(try C.checks(Self.unicodeVector("(f₅ − f₂, f₂ − f₁, 0, 0, f₁ − f₅, 0)", order: "The gradients:")), Self.ofT1, .unparsable)
    }

    /// Question 5.1 in roles, each line's sample said in a bracket closing it.
    static func rolesWithSamples(anchor: String = "(for f₁)", positive: String = "f₂ − f₁") -> String {
        "Part II\n\nQ5: t₁ = (f₁, f₂, f₅)\n\nQ5.1\n\n- ∇_{fₐ} = fₙ − fₚ = f₅ − f₂  \(anchor)\n- ∇_{fₚ} = fₚ − fₐ = \(positive)  (for f₂)\n- ∇_{fₙ} = fₐ − fₙ = f₁ − f₅  (for f₅)\n- the others are 0\n"
    }

    @Test("A bracket closing a role's line names the sample that plays it: checked against the triplet, never part of the value")
    func roleSaidInBracket() throws {
        C.expectRead(try C.checks(Self.rolesWithSamples()), Self.ofT1)
        let wrong = try C.checks(Self.rolesWithSamples(positive: "f₁ − f₂"))
        C.expectRead(wrong, ["part2.q5.1.f_2"], .incorrect)
        C.expectRead(wrong, ["part2.q5.1.f_1", "part2.q5.1.f_5"])
        // (A bracket naming another sample than the triplet's anchor: the roles contradict it.)
        let contradicts = try C.checks(Self.rolesWithSamples(anchor: "(for f₂)"))
        C.expectRead(contradicts, ["part2.q5.1.f_1"], .unparsable)
        C.expectRead(contradicts, ["part2.q5.1.f_2", "part2.q5.1.f_5"])
    }

    /// Question 6's f_5 line with a first sum that drops a term, then `redone:` and `final`.
    static func redone(_ final: String) -> String {
        "Part II\n\n### Question 6\n\n$\\frac{\\partial L}{\\partial f_5} = (f_1 - f_5) + (f_3 - f_5) + (f_2 - f_6) = f_1 + f_3 - 2f_5 - f_6$ ← dropped the $f_2$ from $t_6$; redone: $\\frac{\\partial L}{\\partial f_5} = \(final)$\n"
    }

    @Test("'redone:' after an answer gives the answer after it, the first withdrawn")
    func redoneLabel() throws {
        C.expectRead(try C.checks(Self.redone("f_1 + f_2 + f_3 - 2f_5 - f_6")), ["part2.q6.f_5"])
        C.expectRead(try C.checks(Self.redone("f_1 + f_2 + f_3 - 2f_5 + f_6")), ["part2.q6.f_5"], .incorrect)
    }

    /// Part I as a table, the 2-level bi-LSTM's count cell `cell`.
    static func partOne(_ cell: String) -> String {
        "Part I\n\n| model | parameters | test accuracy |\n|---|---|---|\n| RNN | 60,400 | 64.1% |\n| LSTM | 241,600 | 85.2% |\n| bi-RNN | 120,800 | 68.0% |\n"
            + "| bi-LSTM | 483,200 | 86.3% |\n| 2-level bi-RNN | 361,600 | 61.9% |\n| 2-level bi-LSTM | \(cell) | 73.0% |\n"
    }

    @Test("A figure corrected in its own cell ('A — no: B (remark)') is B", arguments: [
        ("1,366,400 — no: 1,446,400 (I mis-added the two levels)", Status.correct), ("1,446,400 — no: 1,366,400 (I mis-added the two levels)", .incorrect),
        ("1,366,400, sorry, 1,446,400", .correct),
    ])
    func correctedCell(_ cell: String, _ status: Status) throws {
        let c = try C.checks(Self.partOne(cell))
        C.expectRead(c, ["part1.params.2-level-bi-lstm"], status)
        C.expectRead(c, ["part1.params.rnn", "part1.params.bi-lstm"])
        // (Two figures without words of correction: for a person, never either.)
        let two = try C.checks(Self.partOne("1,366,400 1,446,400"))
        #expect(two["part1.params.2-level-bi-lstm"]?.status == .unparsable)
    }

    /// Question 5.1 in TeX, f_1's value `f1` with the bracket `aside` after it.
    static func ruleAside(f1: String = "f_5 - f_2", aside: String = "(anchor: $f_n - f_p$)") -> String {
        func d(_ i: Int) -> String { "\\frac{\\partial L_1}{\\partial f_\(i)}" }
        return "Part II\n\n$t_1=(f_1,f_2,f_5)$\n\n### Question 5.1\n\n$\(d(1)) = \(f1)$ \(aside), $\(d(2)) = f_2 - f_1$, $\(d(3)) = 0$, $\(d(4)) = 0$, $\(d(5)) = f_1 - f_5$, $\(d(6)) = 0$\n"
    }

    @Test("A role and its rule in a bracket beside the answer agree with it, or leave it to a person")
    func roleRuleAside() throws {
        C.expectRead(try C.checks(Self.ruleAside()), Self.ofT1)
        // (The answer wrong, the rule right: they disagree, for a person.)
        C.expectRead(try C.checks(Self.ruleAside(f1: "f_2 - f_5")), ["part2.q5.1.f_1"], .unparsable)
        // (Both wrong alike: the answer reads incorrect.)
        C.expectRead(try C.checks(Self.ruleAside(f1: "f_2 - f_5", aside: "(anchor: $f_p - f_n$)")), ["part2.q5.1.f_1"], .incorrect)
        C.expectRead(try C.checks(Self.ruleAside(aside: "(positive: $f_p - f_a$)")), ["part2.q5.1.f_1"], .unparsable)
        C.expectRead(try C.checks(Self.ruleAside(aside: "(anchor: $f_p - f_n$)")), ["part2.q5.1.f_1"], .unparsable)
    }

    @Test("A plain-text line of 'w.r.t. fₖ: value' entries reads each as that sample's derivative", arguments: [
        ("Q5.1 — w.r.t. f₁: f₅ − f₂; w.r.t. f₂: f₂ − f₁; w.r.t. f₃: 0; w.r.t. f₄: 0; w.r.t. f₅: %@; w.r.t. f₆: 0.", "f₁ − f₅", "f₅ − f₁"),
        ("Q5.1: wrt f1 f5 - f2, wrt f2 f2 - f1, wrt f3 0, wrt f4 0, wrt f5 %@, wrt f6 0", "f1 - f5", "f5 - f1"),
    ])
    func wrtEntries(_ line: String, _ right: String, _ wrong: String) throws {
        func sheet(_ v: String) -> String { "Part II\n\nQ5 — t₁ = (f₁, f₂, f₅)\n\n" + line.replacingOccurrences(of: "%@", with: v) + "\n" }
        C.expectRead(try C.checks(sheet(right)), Self.ofT1)
        let c = try C.checks(sheet(wrong))
        C.expectRead(c, ["part2.q5.1.f_5"], .incorrect)
        C.expectRead(c, Self.ofT1.filter { $0 != "part2.q5.1.f_5" })
    }

    @Test("Question 2 as 'w.r.t. fₐ 0, w.r.t. fₚ 0, w.r.t. fₙ 0'")
    func wrtRoles() throws {
        let c = try C.checks("Part II\n\nQ2 — all zero: w.r.t. fₐ 0, w.r.t. fₚ 0, w.r.t. fₙ 0.\n\nQ3 — w.r.t. fₐ: fₙ − fₚ; w.r.t. fₚ: fₚ − fₐ; w.r.t. fₙ: fₙ − fₐ.\n")
        C.expectRead(c, ["part2.q2.f_a", "part2.q2.f_p", "part2.q2.f_n", "part2.q3.f_a", "part2.q3.f_p"])
        C.expectRead(c, ["part2.q3.f_n"], .incorrect)
    }

    @Test("A part's label, then its entries apart by wide spaces alone, each with its head")
    func labelThenSpacedHeads() throws {
        func sheet(_ v: String) -> String {
            "Question 5\n\nt_1 = (f_1, f_2, f_5)\n\n5.1:  dL_1/df_1 = f_5 - f_2   dL_1/df_2 = f_2 - f_1   dL_1/df_3 = 0   dL_1/df_4 = 0   dL_1/df_5 = \(v)   dL_1/df_6 = 0\n"
        }
        C.expectRead(try C.checks(sheet("f_1 - f_5"), name: "sheet.txt"), Self.ofT1)
        let c = try C.checks(sheet("f_5 - f_1"), name: "sheet.txt")
        C.expectRead(c, ["part2.q5.1.f_5"], .incorrect)
        C.expectRead(c, Self.ofT1.filter { $0 != "part2.q5.1.f_5" })
    }

    @Test("A remark in words in a bracket closing a plain-text line is prose; one that corrects or changes a value is not", arguments: [
        ("(max(0, ·) is flat when the argument is negative)", Status.correct), ("(wait, it should be fn - fa)", .incorrect),
        ("(all of these are multiplied by 2)", .unparsable),
    ])
    func trailingRemark(_ remark: String, _ fn: Status) throws {
        let c = try C.checks("Part II\n\n### 3\n\n∂L/∂fₐ = fₙ − fₚ, ∂L/∂fₚ = fₚ − fₐ, ∂L/∂fₙ = fₐ − fₙ \(remark).\n\n### 4\n\n6·5·4 = 120\n")
        C.expectRead(c, ["part2.q3.f_n"], fn)
        if fn == .correct { C.expectRead(c, ["part2.q3.f_a", "part2.q3.f_p"]) }
    }

    @Test("Words giving a correction to someone else keep it from taking the answer's place: after 'redone', in a Part I cell")
    func disputedCorrections() throws {
        let redone = "Part II\n\n### Question 6\n\n$\\frac{\\partial L}{\\partial f_5} = f_1 + f_3 - 2f_5 - f_6$ ← the TA redone it as: $\\frac{\\partial L}{\\partial f_5} = f_1 + f_2 + f_3 - 2f_5 - f_6$\n"
        #expect([Status.unparsable, .inconsistent].contains(try C.checks(redone)["part2.q6.f_5"]?.status))
        let cell = try C.checks(Self.partOne("1,366,400 — actually 1,446,400 (according to my friend)"))
        C.expectRead(cell, ["part1.params.2-level-bi-lstm"], .unparsable)
    }

    @Test("A role and its rule beside a Question 3 answer: the answer's own role and value, or a person")
    func ruleAsideInQuestion3() throws {
        func sheet(_ fa: String, _ aside: String) -> String {
            "Part II\n\n### Question 3\n\n$\\frac{\\partial L}{\\partial f_a} = \(fa)$ \(aside), $\\frac{\\partial L}{\\partial f_p} = f_p - f_a$, $\\frac{\\partial L}{\\partial f_n} = f_a - f_n$\n"
        }
        C.expectRead(try C.checks(sheet("f_n - f_p", "(anchor: $f_n - f_p$)")), Self.q3Roles)
        C.expectRead(try C.checks(sheet("f_p - f_n", "(anchor: $f_n - f_p$)")), ["part2.q3.f_a"], .unparsable)
    }

    @Test("An answer the words before it give to someone else is for a person; 'as I said' is the student's own", arguments: [
        ("My friend says dL/dfp = fp - fa.", Status.unparsable), ("The TA wrote dL/dfp = fa - fp on the board.", .unparsable),
        ("As I said, dL/dfp = fp - fa.", .correct), ("As I said, dL/dfp = fa - fp.", .incorrect),
    ])
    func attributedAnswer(_ line: String, _ status: Status) throws {
        let c = try C.checks("Part II\n\nQuestion 3\n\ndL/dfa = fn - fp\n\n\(line)\n\ndL/dfn = fa - fn\n\nQuestion 4\n\n6*5*4 = 120\n")
        C.expectRead(c, ["part2.q3.f_p"], status)
        C.expectRead(c, ["part2.q3.f_a", "part2.q3.f_n"])
    }
}

