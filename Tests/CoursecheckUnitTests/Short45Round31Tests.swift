import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Testing

/// A derivative shorthand (`$h_k := \partial L / \partial f_k$`) that the
/// sheet goes on to restate, defines over one triplet's loss, or qualifies
/// in words after it: none may be written out, so that no answer in it
/// reads as right (review12, round 31). Verdicts by hand from the
/// assignment: active, ∂L/∂f_a = f_n − f_p, ∂L/∂f_p = f_p − f_a, ∂L/∂f_n =
/// f_a − f_n; for t_1 = (f_1, f_2, f_5) ∂L/∂f_1 = f_5 − f_2, ∂L/∂f_2 = f_2 −
/// f_1, ∂L/∂f_5 = f_1 − f_5; Question 6's ∂L/∂f_4 = f_1 + f_2 − 2f_6.
@Suite("Derivative shorthand, short45 round 31: restated, over one triplet, qualified in words")
struct Short45Round31Tests {
    typealias C = SheetClassesTests

    /// The letter defined, then Question 3 with `restatement` before the
    /// answers, which are the derivatives ∂L/∂f: wrong under a restatement
    /// that flips the sign.
    static func restated(_ restatement: String) -> String {
        "## Part II\n\nShorthand: $u_k := \\frac{\\partial L}{\\partial f_k}$.\n\n### Question 2\n\n$u_a = 0$, $u_p = 0$, $u_n = 0$\n\n"
            + "### Question 3\n\n\(restatement)\n\n$u_a = f_n - f_p$, $u_p = f_p - f_a$, $u_n = f_a - f_n$\n"
    }

    static let q3 = ["part2.q3.f_a", "part2.q3.f_p", "part2.q3.f_n"]

    @Test("A later statement of the letter with a general index disables the shorthand", arguments: [
        "Switching to the descent direction, I now set $u_k = -\\partial L / \\partial f_k$:",
        "Below, $u_i \\equiv -\\frac{\\partial L}{\\partial f_i}$ instead.",
        "Let $u_k$ be minus the derivative from now on.",
        "From this point u_k = -dL/df_k, the step direction.",
    ])
    func restatedLetter(_ restatement: String) throws {
        let c = try C.checks(Self.restated(restatement))
        for id in Self.q3 { #expect(c[id]?.status != .correct, "\(id): \(c[id]?.status.rawValue ?? "absent")") }
        // Without the restatement the answers, as ∂L/∂f, are right.
        let plain = try C.checks(Self.restated("Active hinge:"))
        C.expectRead(plain, Self.q3)
        C.expectRead(plain, ["part2.q2.f_a", "part2.q2.f_p", "part2.q2.f_n"])
    }

    /// A shorthand over one triplet's loss, Question 6's answer in it.
    static func perTriplet(_ head: String) -> String {
        "## Part II\n\n### Question 5\n\nWrite $v_x := \(head)$.\n\n#### 5.1\n\n$v_1 = f_5 - f_2$, $v_2 = f_2 - f_1$, $v_5 = f_1 - f_5$\n\n"
            + "### Question 6\n\n$v_4 = f_1 + f_2 + 2f_6$\n"
    }

    @Test("A shorthand over one triplet's loss is not written out", arguments: [
        "\\frac{\\partial L^{t_1}}{\\partial f_x}",
        "\\partial L_{t_1} / \\partial f_x",
        "\\frac{\\partial L(t_1)}{\\partial f_x}",
        "\\frac{\\partial L(f_1, f_2, f_5)}{\\partial f_x}",
    ])
    func perTripletLoss(_ head: String) throws {
        let c = try C.checks(Self.perTriplet(head))
        for (id, check) in c where id.hasPrefix("part2.q5") || id.hasPrefix("part2.q6") { #expect(check.status != .correct, "\(id)") }
        // Question 6's answer is not taken into 5.1 (5.1's ∂L/∂f_4 stays unanswered).
        C.expectRead(c, ["part2.q5.1.f_4"], .unparsable)
        // Over the whole loss, the same sheet is read, Question 6's answer in Question 6.
        let whole = try C.checks(Self.perTriplet("\\frac{\\partial L}{\\partial f_x}"))
        C.expectRead(whole, ["part2.q5.1.f_1", "part2.q5.1.f_2", "part2.q5.1.f_5"])
        C.expectRead(whole, ["part2.q6.f_4"], .incorrect)
    }

    @Test("Words after the definition that change what it means leave the letter unread", arguments: [
        "Notation: $h_k := \\frac{\\partial L}{\\partial f_k}$ where $L$ counts only the negative pair.",
        "Notation: $h_k := \\partial L / \\partial f_k$, but what I write below is its negative.",
        "I use $h_i := \\partial L / \\partial f_i$ divided by two.",
    ])
    func qualifiedDefinition(_ definition: String) throws {
        let c = try C.checks(Evening42Round31Tests.shorthandSheet(definition))
        for id in Evening42Round31Tests.shorthandIDs { #expect(c[id]?.status != .correct, "\(id)") }
    }

    @Test("Closing words after the definition keep it", arguments: [
        "Notation: $h_k := \\frac{\\partial L}{\\partial f_k}$ for each sample and each role $k$, throughout.",
        "Shorthand used below: $h_x := \\partial L / \\partial f_x$ for $x \\in \\{a, p, n, 1, \\dots, 6\\}$.",
        "Let $h_k := \\partial L / \\partial f_k$. In Question 2 the hinge is inactive.",
        "Notation: $h_k := \\partial L / \\partial f_k$ for all $k$ (each $h_k$ has the same size as $f_k$).",
    ])
    func closingWords(_ definition: String) throws {
        let c = try C.checks(Evening42Round31Tests.shorthandSheet(definition))
        C.expectRead(c, Evening42Round31Tests.shorthandIDs)
        let wrong = try C.checks(Evening42Round31Tests.shorthandSheet(definition).replacingOccurrences(of: "$h_5 = f_1 - f_5$", with: "$h_5 = f_5 - f_1$"))
        C.expectRead(wrong, ["part2.q5.1.f_5"], .incorrect)
    }
}
