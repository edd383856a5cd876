import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Foundation
import Testing

/// Round 49 (lead): Question 5 grouped by sample in plain text (a sample's
/// name alone heading its rows, several losses before one value); a
/// correction after a comma or with what was wrong said; a gradient as a
/// vector whose order a tuple of derivatives states; Part I's models on one
/// line between marks; an operator over a sample standing for the loss's
/// derivative. Verdicts by hand: with the halves, ∂L/∂f_a = f_n − f_p,
/// ∂L/∂f_p = f_p − f_a, ∂L/∂f_n = f_a − f_n when the hinge is active; the
/// triplets t_1 = (1,2,5), t_2 = (1,3,4), t_3 = (2,1,6), t_5 = (3,1,5) hold
/// f_1 (anchor, anchor, positive, positive), the others not.
@Suite("Classes of notation, round 49: the lead's")
struct ReadingClassesRound49LeadTests {
    typealias C = SheetClassesTests
    static let ofF1 = (1...8).map { "part2.q5.\($0).f_1" }

    /// Question 5's answers for f_1 grouped under `heading`, in plain
    /// Unicode text; `zeros` gives L_4, L_6, L_7, L_8 their 0 in one line;
    /// `t5` is 5.5's value.
    static func groupOfF1(heading: String, zeros: String, t5: String = "f₁ − f₃") -> String {
        "Part II\n\nQuestion 5\n\n\(heading)\n- L₂: f₄ − f₃\n- L₃: f₁ − f₂\n- L₅: \(t5)\n- \(zeros)\n- L₁: f₅ − f₂\n"
    }

    @Test("A sample's name alone heads its rows; several losses before one value read as a chain", arguments: [
        ("*f₁:*", "∂/∂f₁ of L₄, L₆, L₇, L₈: 0"), ("**f₁:**", "L₄, L₆, L₇ and L₈: 0"), ("f1:", "d/df1 (L4, L6, L7, L8) = 0"),
        ("Gradients w.r.t. f₁:", "∂/∂f₁ of L₄, L₆, L₇ and L₈ are all 0"),
    ])
    func groupBySample(_ heading: String, _ zeros: String) throws {
        let right = try C.checks(Self.groupOfF1(heading: heading, zeros: zeros))
        C.expectRead(right, Self.ofF1)
        let wrong = try C.checks(Self.groupOfF1(heading: heading, zeros: zeros, t5: "f₃ − f₁"))
        C.expectRead(wrong, ["part2.q5.5.f_1"], .incorrect)
        C.expectRead(wrong, Self.ofF1.filter { $0 != "part2.q5.5.f_1" })
    }

    /// Question 3 in plain text, its last value `fn`.
    static func q3(_ fn: String) -> String {
        "Part II\n\nQuestion 3\n\ndL/dfa = fn - fp, dL/dfp = fp - fa, dL/dfn = \(fn)\n\nQuestion 4\n\n6*5*4 = 120\n"
    }

    @Test("A correction after the comma that ends a statement, or saying what was wrong, is the answer", arguments: [
        ("fn - fa, I mean fa - fn", Status.correct), ("fa - fn, I mean fn - fa", .incorrect), ("fn - fa, sorry, fa - fn", .correct),
        ("fn - fa (wait, that's the wrong sign: it's fa - fn)", .correct), ("fa - fn (wait, that's the wrong sign: it's fn - fa)", .incorrect),
    ])
    func correctionAfterComma(_ fn: String, _ status: Status) throws {
        let c = try C.checks(Self.q3(fn))
        C.expectRead(c, ["part2.q3.f_n"], status)
        C.expectRead(c, ["part2.q3.f_a", "part2.q3.f_p"])
    }

    /// Question 5.1 as a vector after a sentence stating its order.
    static func vector(order: String, value: String) -> String {
        "Part II\n\nQuestion 5\n\n\(order)\n\n**5.1** $t_1 = (f_1, f_2, f_5)$: $\\nabla L_1 = \(value)$\n"
    }
    static let ofT1 = (1...6).map { "part2.q5.1.f_\($0)" }

    @Test("A gradient as a vector takes the order a tuple or list of the derivatives states", arguments: [
        ("I write the gradient of $L_k$ as the tuple $\\left(\\frac{\\partial L_k}{\\partial f_1}, \\dots, \\frac{\\partial L_k}{\\partial f_6}\\right)$.",
         "(f_5 - f_2, f_2 - f_1, 0, 0, f_1 - f_5, 0)", "(f_5 - f_2, f_2 - f_1, 0, 0, f_5 - f_1, 0)"),
        ("Rows are $\\partial L_k/\\partial f_1, \\dots, \\partial L_k/\\partial f_6$ from top to bottom.",
         "\\begin{pmatrix} f_5 - f_2 \\\\ f_2 - f_1 \\\\ 0 \\\\ 0 \\\\ f_1 - f_5 \\\\ 0 \\end{pmatrix}",
         "\\begin{pmatrix} f_5 - f_2 \\\\ f_2 - f_1 \\\\ 0 \\\\ 0 \\\\ f_5 - f_1 \\\\ 0 \\end{pmatrix}"),
    ])
    func vectorInStatedOrder(_ order: String, _ right: String, _ wrong: String) throws {
        C.expectRead(try C.checks(Self.vector(order: order, value: right)), Self.ofT1)
        let c = try C.checks(Self.vector(order: order, value: wrong))
        C.expectRead(c, ["part2.q5.1.f_5"], .incorrect)
        // (No order stated: the vector is for a person, never graded.)
        let unstated = try C.checks(Self.vector(order: "The gradients:", value: right))
        C.expectRead(unstated, Self.ofT1, .unparsable)
        // (Nor a tuple of samples after words of rows: it orders a batch, not a gradient.)
        let batch = try C.checks(Self.vector(order: "After shuffling, the rows of the batch are $(f_4, f_5, f_6, f_1, f_2, f_3)$.", value: right))
        C.expectRead(batch, Self.ofT1, .unparsable)
    }

    @Test("Words after a correction's value leave the line to a person", arguments: [
        "fa - fn, I mean fn - fa would be the other sign convention", "fn - fa, sorry, fa - fn was my first guess",
        "fa - fn, actually fn - fa is what the book writes",
    ])
    func wordsAfterCorrection(_ fn: String) throws {
        let c = try C.checks(Self.q3(fn))
        C.expectRead(c, ["part2.q3.f_n"], .unparsable)
        C.expectRead(c, ["part2.q3.f_a", "part2.q3.f_p"])
    }

    @Test("Part I's models on one line between marks", arguments: [" · ", " | ", " • "])
    func modelsBetweenMarks(_ mark: String) throws {
        let line = ["RNN 60,400 (64.5%)", "LSTM 241,600 (85.9%)", "bi-RNN 120,800 (68.0%)", "bi-LSTM 483,200 (86.3%)",
                    "2-level bi-RNN 361,600 (62.1%)", "2-level bi-LSTM 1,446,400 (73.0%)"]
        let c = try C.checks("Part I\n\n" + line.joined(separator: mark) + "\n\nPart II\n")
        C.expectRead(c, ["part1.params.rnn", "part1.params.lstm", "part1.params.bi-rnn", "part1.params.bi-lstm", "part1.params.2-level-bi-rnn",
                         "part1.params.2-level-bi-lstm"])
        let wrong = try C.checks("Part I\n\n" + line.joined(separator: mark).replacingOccurrences(of: "241,600", with: "181,200") + "\n\nPart II\n")
        C.expectRead(wrong, ["part1.params.lstm"], .incorrect)
        // (A spaced product is no mark between models: `LSTM 4 · 60,400 = 241,600 (85.9%)`.)
        let product = try C.checks("Part I\n\n" + line.joined(separator: mark).replacingOccurrences(of: "LSTM 241,600", with: "LSTM 4 · 60,400 = 241,600") + "\n\nPart II\n")
        C.expectRead(product, ["part1.params.rnn", "part1.params.bi-lstm"])
    }

    @Test("An operator over a sample, then a colon or `=`, is the loss's derivative", arguments: ["d/dfa: fn - fp; d/dfp: fp - fa; d/dfn: ", "∂/∂fₐ = fn - fp, ∂/∂fₚ = fp - fa, ∂/∂fₙ = "])
    func bareOperator(_ line: String) throws {
        let right = try C.checks("Part II\n\nQuestion 3\n\n\(line)fa - fn\n\nQuestion 4\n\n6*5*4 = 120\n")
        C.expectRead(right, ["part2.q3.f_a", "part2.q3.f_p", "part2.q3.f_n"])
        let wrong = try C.checks("Part II\n\nQuestion 3\n\n\(line)fn - fa\n\nQuestion 4\n\n6*5*4 = 120\n")
        C.expectRead(wrong, ["part2.q3.f_n"], .incorrect)
    }
}
