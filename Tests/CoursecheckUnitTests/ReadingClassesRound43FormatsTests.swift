import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Foundation
import Testing

/// Classes of notation, round 43 (document formats and heading styles,
/// found beside unseen83; written here in other words than its sheets'):
/// a Part I sentence whose opening clause, closed by a colon, speaks of
/// directions or levels before the models it names; a LaTeX heading whose
/// size group stands between `\noindent` and the emphasis
/// (`\noindent{\large\textbf{Part I}}`); a question of Part II headed by
/// its number in brackets after the part (`Part II (3)`); and a plain-text
/// line of Question 5 that states its triplet, then gives its gradients
/// after a wide space or an arrow (`t1 = (1, 2, 5)   ∂L/∂f₁ = …`). Verdicts
/// by hand: an RNN layer has 200·100 + 200·200 + 2·200 = 60,400
/// parameters, an LSTM four times that; two levels of a bidirectional RNN
/// 2·60,400 + 2·(200·400 + 200·200 + 2·200) = 361,600, of a bidirectional
/// LSTM four times that, 1,446,400. Question 3: ∂L/∂f_a = f_n − f_p,
/// ∂L/∂f_p = f_p − f_a, ∂L/∂f_n = f_a − f_n; t_1 = (1, 2, 5): f_5 − f_2
/// (f_1), f_2 − f_1 (f_2), f_1 − f_5 (f_5), 0 for the others.
@Suite("Classes of notation, round 43: formats and headings")
struct ReadingClassesRound43FormatsTests {
    typealias C = SheetClassesTests

    // MARK: A clause about directions or levels closed by a colon before the models

    static func partOne(_ sentence: String) -> String {
        "# Part I\n\nThe RNN has 60,400 parameters (61.2%).\n\n\(sentence)\n\n# Part II\n\n## Question 3\n\n\(C.q3)\n"
    }

    @Test("Words of direction or levels closed by a colon do not qualify the model named after them", arguments: [
        "For the stacked models the top level sees both directions: the 2-level bi-RNN has 361,600 parameters (60.5%), and the 2-level bi-LSTM has 1,446,400 parameters (71.0%).",
        "Stacking two bidirectional levels: the 2-level bi-RNN has 361,600 parameters with 60.5% accuracy, and the 2-level bi-LSTM has 1,446,400 parameters with 71.0%.",
        "The second layer reads both directions (input 400): the 2-level bi-RNN has 361,600 parameters (60.5%) and the 2-level bi-LSTM 1,446,400 (71.0%).",
    ])
    func directionsBeforeColon(_ sentence: String) throws {
        let c = try C.checks(Self.partOne(sentence))
        C.expectRead(c, ["part1.params.rnn", "part1.params.2-level-bi-rnn", "part1.params.2-level-bi-lstm"])
        C.expectRead(c, ["part1.accuracy.2-level-bi-rnn", "part1.accuracy.2-level-bi-lstm"], .unverifiable)
        // Planted slip: the 2-level bi-RNN counted as one bidirectional level.
        let wrong = try C.checks(Self.partOne(sentence.replacingOccurrences(of: "361,600", with: "120,800")))
        C.expectRead(wrong, ["part1.params.2-level-bi-rnn"], .incorrect)
        C.expectRead(wrong, ["part1.params.2-level-bi-lstm"])
    }

    @Test("A model that does not say its own direction after such a colon is not read as the plain model")
    func unqualifiedAfterColon() throws {
        // `Bidirectional: the RNN has 120,800 …` speaks of the bi-RNN in
        // words the name does not hold: neither the RNN's figure nor right.
        let c = try C.checks("# Part I\n\nBidirectional: the RNN has 120,800 parameters (66.0%).\n\n# Part II\n\n## Question 3\n\n\(C.q3)\n")
        #expect(c["part1.params.rnn"]?.status != .correct)
        #expect(c["part1.params.rnn"]?.status != .incorrect)
    }

    // MARK: `\noindent{\large\textbf{Part I}}`

    static func texSheet(_ heading: (String) -> String, q3: String = "f_n - f_p") -> String {
        """
        \\documentclass{article}
        \\begin{document}
        \(heading("Part I"))

        \\begin{tabular}{lrr}
        Model & Parameters & Test accuracy (\\%) \\\\
        RNN & 60{,}400 & 64.1 \\\\
        LSTM & 241{,}600 & 80.2 \\\\
        \\end{tabular}

        \(heading("Part II"))

        \(heading("Question 3"))

        \\begin{align*}
        \\frac{\\partial L}{\\partial f_a} &= \(q3) \\\\
        \\frac{\\partial L}{\\partial f_p} &= f_p - f_a \\\\
        \\frac{\\partial L}{\\partial f_n} &= f_a - f_n
        \\end{align*}
        \\end{document}

        """
    }

    @Test("A size in a group of its own between \\noindent and the emphasis", arguments: [
        "\\bigskip\\noindent{\\large\\textbf{%@}}\\par",
        "\\noindent{\\Large\\textbf{%@}}",
        "\\medskip\\noindent {\\large \\textbf{%@}}\\par",
    ])
    func sizedEmphasis(_ pattern: String) throws {
        let heading = { (title: String) in pattern.replacingOccurrences(of: "%@", with: title) }
        let c = try C.checks(Self.texSheet(heading), name: "sheet.tex")
        C.expectRead(c, ["part1.params.rnn", "part1.params.lstm", "part2.q3.f_a", "part2.q3.f_p", "part2.q3.f_n"])
        // Planted slip: the anchor's sign flipped.
        let wrong = try C.checks(Self.texSheet(heading, q3: "f_p - f_n"), name: "sheet.tex")
        C.expectRead(wrong, ["part2.q3.f_a"], .incorrect)
        C.expectRead(wrong, ["part2.q3.f_p", "part1.params.rnn"])
    }

    // MARK: `Part II (3)`

    @Test("A question of Part II by its number in brackets after the part", arguments: [
        ("\\subsection*{Part II (2)}", "\\subsection*{Part II (3)}", "sheet.tex"),
        ("Part II (2)", "Part II (3)", "sheet.txt"),
        ("### Part 2 (2)", "### Part 2 (3)", "sheet.md"),
    ])
    func partThenNumber(_ two: String, _ three: String, _ name: String) throws {
        func sheet(_ fa: String) -> String {
            "\(two)\n\ndL/dfa = 0, dL/dfp = 0, dL/dfn = 0\n\n\(three)\n\ndL/dfa = \(fa), dL/dfp = fp - fa, dL/dfn = fa - fn\n"
        }
        let c = try C.checks(sheet("fn - fp"), name: name)
        C.expectRead(c, C.roles.map { "part2.q2.\($0)" } + C.roles.map { "part2.q3.\($0)" })
        // Planted slip: Question 3's anchor with the sign flipped.
        let wrong = try C.checks(sheet("fp - fn"), name: name)
        C.expectRead(wrong, ["part2.q3.f_a"], .incorrect)
        C.expectRead(wrong, ["part2.q2.f_a", "part2.q3.f_p"])
    }

    @Test("A part's title in brackets stays the part's heading")
    func partWithTitle() throws {
        let c = try C.checks("Part II (Triplet loss)\n\nQuestion 3\n\ndL/dfa = fn - fp, dL/dfp = fp - fa, dL/dfn = fa - fn\n", name: "sheet.txt")
        C.expectRead(c, C.roles.map { "part2.q3.\($0)" })
    }

    // MARK: `t1 = (1, 2, 5)   ∂L/∂f₁ = …`, `t1 = (1, 2, 5) → ∂L/∂f₁ = …`

    static func tripletLine(_ gap: String, f5: String = "f₁ − f₅") -> String {
        "Question 5\n\nt1 = (1, 2, 5)\(gap)∂L/∂f₁ = f₅ − f₂, ∂L/∂f₂ = f₂ − f₁, ∂L/∂f₃ = 0, ∂L/∂f₄ = 0, ∂L/∂f₅ = \(f5), ∂L/∂f₆ = 0\n"
    }

    @Test("A triplet's statement, then its gradients after a wide space or an arrow", arguments: [
        ("   ", "sheet.txt"), ("\t", "sheet.txt"), (" → ", "sheet.txt"), (" -> ", "sheet.txt"), (" → ", "sheet.md"),
    ])
    func gradientsAfterGap(_ gap: String, _ name: String) throws {
        let ids = (1...6).map { "part2.q5.1.f_\($0)" }
        let c = try C.checks(Self.tripletLine(gap), name: name)
        C.expectRead(c, ids)
        // Planted slip: the negative's sign flipped.
        let wrong = try C.checks(Self.tripletLine(gap, f5: "f₅ − f₁"), name: name)
        C.expectRead(wrong, ["part2.q5.1.f_5"], .incorrect)
        C.expectRead(wrong, ["part2.q5.1.f_1", "part2.q5.1.f_2"])
    }

    @Test("The triplet in bold before the arrow")
    func boldTripletArrow() throws {
        let sheet = "## Question 5\n\n**t1 = (1, 2, 5)** → ∂L/∂f₁ = f₅ − f₂, ∂L/∂f₂ = f₂ − f₁, ∂L/∂f₅ = f₁ − f₅\n"
        C.expectRead(try C.checks(sheet), ["part2.q5.1.f_1", "part2.q5.1.f_2", "part2.q5.1.f_5"])
        let wrong = try C.checks(sheet.replacingOccurrences(of: "f₁ − f₅", with: "f₅ − f₁"))
        C.expectRead(wrong, ["part2.q5.1.f_5"], .incorrect)
    }

    // MARK: `with respect to f₅ (negative) it is …`: a role in brackets after the sample

    static func rolesInBrackets(_ f5: String) -> String {
        "Question 5\n\nt1 = (1, 2, 5): the gradient with respect to f₁ (anchor) is f₅ − f₂, with respect to f₂ (positive) "
            + "it is f₂ − f₁, with respect to f₅ (negative) it is \(f5), and it is 0 with respect to f₃, f₄ and f₆.\n"
    }

    @Test("A role in brackets after the sample is a remark on it: a value in words after it is not that sample's too")
    func roleRemarkInBrackets() throws {
        let c = try C.checks(Self.rolesInBrackets("f₁ − f₅"), name: "sheet.txt")
        C.expectRead(c, (1...6).map { "part2.q5.1.f_\($0)" })
        // Planted slip: the negative's sign flipped.
        let wrong = try C.checks(Self.rolesInBrackets("f₅ − f₁"), name: "sheet.txt")
        C.expectRead(wrong, ["part2.q5.1.f_5"], .incorrect)
        C.expectRead(wrong, ["part2.q5.1.f_1", "part2.q5.1.f_3", "part2.q5.1.f_6"])
    }
}
