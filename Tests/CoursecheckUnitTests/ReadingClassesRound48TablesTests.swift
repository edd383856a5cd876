import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Foundation
import Testing

/// Round 48 (tables): Question 5 written as tables whose rows (or columns)
/// name their triplet in ways the reader did not know: a part's number with
/// the triplet's letter in Unicode subscripts (`5.1 (t₁)`), the derivative
/// of the triplet's loss with the part's number (`$\partial L_1$ (5.1)`),
/// and a small table per triplet with a role, a sample and a column of the
/// loss's derivatives (`| role | sample | gradient of L_1 |`). Verdicts by
/// hand: t_1 = (1, 2, 5): ∂L₁/∂f₁ = f_5 − f_2, ∂L₁/∂f₂ = f_2 − f_1,
/// ∂L₁/∂f₅ = f_1 − f_5; t_2 = (1, 3, 4): ∂L₂/∂f₁ = f_4 − f_3, ∂L₂/∂f₃ =
/// f_3 − f_1, ∂L₂/∂f₄ = f_1 − f_4; the other samples 0.
@Suite("Classes of notation, round 48: tables")
struct ReadingClassesRound48TablesTests {
    typealias C = SheetClassesTests
    static let q51 = (1...6).map { "part2.q5.1.f_\($0)" }
    static let q52 = (1...6).map { "part2.q5.2.f_\($0)" }
    static let triplets = "$t_1 = (f_1, f_2, f_5)$, $t_2 = (f_1, f_3, f_4)$, all active."

    /// Question 5's table in Unicode maths, a row per triplet labelled
    /// `label1` and `label2`, a column per sample; t_1's ∂/∂f₁ written `f1`.
    static func unicodeTable(_ label1: String, _ label2: String, f1: String = "f₅ − f₂") -> String {
        "Question 5\n\nt₁ = (f₁, f₂, f₅), t₂ = (f₁, f₃, f₄). All are active:\n\n"
            + "| | ∂L/∂f₁ | ∂L/∂f₂ | ∂L/∂f₃ | ∂L/∂f₄ | ∂L/∂f₅ | ∂L/∂f₆ |\n|---|---|---|---|---|---|---|\n"
            + "| \(label1) | \(f1) | f₂ − f₁ | 0 | 0 | f₁ − f₅ | 0 |\n"
            + "| \(label2) | f₄ − f₃ | 0 | f₃ − f₁ | f₁ − f₄ | 0 | 0 |\n"
    }

    @Test("A row named by its part and its triplet in Unicode subscripts, `5.1 (t₁)`, `t₁ (5.1)`", arguments: [
        ("5.1 (t₁)", "5.2 (t₂)"), ("t₁ (5.1)", "t₂ (5.2)"), ("Q5.1 (t₁)", "Q5.2 (t₂)"),
    ])
    func subscriptLabels(_ label1: String, _ label2: String) throws {
        let right = try C.checks(Self.unicodeTable(label1, label2))
        C.expectRead(right, Self.q51 + Self.q52)
        // A wrong value planted in t_1's row: incorrect, the rest still read.
        let wrong = try C.checks(Self.unicodeTable(label1, label2, f1: "f₂ − f₅"))
        C.expectRead(wrong, ["part2.q5.1.f_1"], .incorrect)
        C.expectRead(wrong, Array(Self.q51.dropFirst()) + Self.q52)
    }

    @Test("A row whose two names disagree (`5.1 (t₂)`) is for a person")
    func disagreeingLabel() throws {
        let c = try C.checks(Self.unicodeTable("5.1 (t₂)", "5.2 (t₂)"))
        C.expectRead(c, ["part2.q5.1.f_1", "part2.q5.1.f_2"], .unparsable)
        C.expectRead(c, Self.q52)
    }

    /// Question 5's table with a row per triplet labelled by the derivative
    /// of its loss and its part (`$\partial L_1$ (5.1)`), a column per sample.
    static func lossTable(_ label1: String, _ label2: String, f5: String = "$f_1 - f_5$") -> String {
        "### Question 5\n\n\(triplets)\n\n| | $f_1$ | $f_2$ | $f_3$ | $f_4$ | $f_5$ | $f_6$ |\n|---|---|---|---|---|---|---|\n"
            + "| \(label1) | $f_5 - f_2$ | $f_2 - f_1$ | $0$ | $0$ | \(f5) | $0$ |\n"
            + "| \(label2) | $f_4 - f_3$ | $0$ | $f_3 - f_1$ | $f_1 - f_4$ | $0$ | $0$ |\n"
            + "\n(each cell is the gradient of $L_k$ with respect to the sample of the column)\n"
    }

    @Test("A row named by the derivative of its triplet's loss and its part, `$\\partial L_1$ (5.1)`", arguments: [
        ("$\\partial L_1$ (5.1)", "$\\partial L_2$ (5.2)"), ("$\\nabla L_1$ (Q5.1)", "$\\nabla L_2$ (Q5.2)"), ("∂L₁ (5.1)", "∂L₂ (5.2)"),
    ])
    func lossLabels(_ label1: String, _ label2: String) throws {
        let right = try C.checks(Self.lossTable(label1, label2))
        C.expectRead(right, Self.q51 + Self.q52)
        let wrong = try C.checks(Self.lossTable(label1, label2, f5: "$f_2 - f_5$"))
        C.expectRead(wrong, ["part2.q5.1.f_5"], .incorrect)
        C.expectRead(wrong, Array(Self.q51.prefix(4)) + Self.q52)
        // The loss of one triplet, the part of another: for a person.
        let crossed = try C.checks(Self.lossTable("$\\partial L_1$ (5.2)", label2))
        C.expectRead(crossed, ["part2.q5.1.f_1"], .unparsable)
    }

    @Test("Rows named by the loss alone (`$L_1$ (5.1)`) under a header of samples say no derivative: unread, for a person")
    func lossWithoutDerivative() throws {
        let c = try C.checks(Self.lossTable("$L_1$ (5.1)", "$L_2$ (5.2)", f5: "$f_2 - f_5$"))
        C.expectRead(c, ["part2.q5.1.f_1", "part2.q5.1.f_5", "part2.q5.2.f_1"], .unparsable)
    }

    /// Question 5.1 as a small table of roles, samples and the derivatives
    /// of L_1, then a line of zeros.
    static func roleTable(_ rows: [(String, String, String)], header: String = "gradient of L_1") -> String {
        "### Question 5\nAll active. For each triplet:\n\n**5.1** $t_1 = (f_1, f_2, f_5)$\n\n| role | sample | \(header) |\n|---|---|---|\n"
            + rows.map { "| \($0.0) | \($0.1) | \($0.2) |\n" }.joined()
            + "\ndL_1/df_3 = dL_1/df_4 = dL_1/df_6 = 0\n"
    }
    static let roleRows = [("anchor", "f_1", "f_5 - f_2"), ("positive", "f_2", "f_2 - f_1"), ("negative", "f_5", "f_1 - f_5")]

    @Test("A table per triplet with a role, a sample and the derivative of its loss", arguments: ["gradient of L_1", "$\\partial L_1$", "derivative of $L_1$"])
    func roleColumns(_ header: String) throws {
        let right = try C.checks(Self.roleTable(Self.roleRows, header: header))
        C.expectRead(right, ["part2.q5.1.f_1", "part2.q5.1.f_2", "part2.q5.1.f_5"])
        var planted = Self.roleRows
        planted[1].2 = "f_1 - f_2"
        let wrong = try C.checks(Self.roleTable(planted, header: header))
        C.expectRead(wrong, ["part2.q5.1.f_2"], .incorrect)
        C.expectRead(wrong, ["part2.q5.1.f_1", "part2.q5.1.f_5"])
    }

    @Test("A role that is not its sample's in the triplet leaves the row for a person")
    func roleDisagrees() throws {
        // f_2 is t_1's positive, not its negative: which derivative the
        // row gives cannot be told.
        var rows = Self.roleRows
        rows[1].0 = "negative"
        let c = try C.checks(Self.roleTable(rows))
        C.expectRead(c, ["part2.q5.1.f_2"], .unparsable)
        C.expectRead(c, ["part2.q5.1.f_1", "part2.q5.1.f_5"])
    }

    /// Question 5.1 and 5.2, each headed by its bold number, a comma and
    /// its triplet; t_2's ∂/∂f_4 written `f4`.
    static func boldCommaParts(f4: String) -> String {
        "### Question 5\n\n**5.1**, t_1 = (f_1, f_2, f_5)\n\ndL/df_1 = f_5 - f_2, dL/df_2 = f_2 - f_1, dL/df_5 = f_1 - f_5, dL/df_3 = dL/df_4 = dL/df_6 = 0\n\n"
            + "**5.2**, t_2 = (f_1, f_3, f_4)\n\ndL/df_1 = f_4 - f_3, dL/df_3 = f_3 - f_1, dL/df_4 = \(f4), dL/df_2 = dL/df_5 = dL/df_6 = 0\n"
    }

    @Test("A part's bold number, a comma, then its triplet (`**5.1**, t_1 = (f_1, f_2, f_5)`) heads the part")
    func boldNumberThenComma() throws {
        let right = try C.checks(Self.boldCommaParts(f4: "f_1 - f_4"))
        C.expectRead(right, Self.q51 + Self.q52)
        let wrong = try C.checks(Self.boldCommaParts(f4: "f_4 - f_1"))
        C.expectRead(wrong, ["part2.q5.2.f_4"], .incorrect)
        C.expectRead(wrong, Self.q51)
    }

    /// Question 6's ∂L/∂f_2 as a sum giving `first`, then a correction that
    /// names the slipped term (`words`) and gives `second`; ∂L/∂f_3 after it.
    static func slipped(_ first: String, _ second: String, words: String = " — scratch that, I lost the $f_3$ term: ") -> String {
        "### Question 6\n\nEach gradient of the total is the sum of its row:\n\n"
            + "- $\\partial L/\\partial f_2 = (f_2 - f_1) + (f_6 - f_1) + (f_4 - f_3) + (f_5 - f_2) + (f_6 - f_2) = \(first)$\(words)$\(second)$\n"
            + "- $\\partial L/\\partial f_3 = (f_3 - f_1) + (f_3 - f_2) + (f_5 - f_1) + (f_6 - f_3) = -2f_1 - f_2 + f_3 + f_5 + f_6$\n"
    }
    static let q6f2 = "-2f_1 - f_2 - f_3 + f_4 + f_5 + 2f_6"
    static let q6f2Slipped = "-2f_1 - f_2 + f_4 + f_5 + 2f_6"

    @Test("A correction naming the term it had slipped ('scratch that, I lost the $f_3$ term: B') corrects the answer before it", arguments: [
        " — scratch that, I lost the $f_3$ term: ", ", sorry, I forgot the $f_3$ term: ",
    ])
    func slippedTerm(_ words: String) throws {
        let right = try C.checks(Self.slipped(Self.q6f2Slipped, Self.q6f2, words: words))
        C.expectRead(right, ["part2.q6.f_2", "part2.q6.f_2.steps", "part2.q6.f_3"])
        // A right result "corrected" to a wrong one: the wrong one is the
        // answer, and f_3 keeps its own.
        let wrong = try C.checks(Self.slipped(Self.q6f2, Self.q6f2Slipped, words: words))
        C.expectRead(wrong, ["part2.q6.f_2"], .incorrect)
        C.expectRead(wrong, ["part2.q6.f_3"])
    }

    /// Question 5 as a column per role's derivative, each cell the sample
    /// playing it and its value (`f1: f5 - f2`), rows `label1`, `label2`;
    /// t_1's negative cell written `negative`.
    static func roleColumns(_ label1: String, _ label2: String, members1: String = "(1, 2, 5)", negative: String = "f5: f1 - f5") -> String {
        "Q5\n\n| # | (a, p, n) | dL/dfa | dL/dfp | dL/dfn |\n|---|---|---|---|---|\n"
            + "| \(label1) | \(members1) | f1: f5 - f2 | f2: f2 - f1 | \(negative) |\n"
            + "| \(label2) | (1, 3, 4) | f1: f4 - f3 | f3: f3 - f1 | f4: f1 - f4 |\n"
    }
    static let roleIds1 = ["part2.q5.1.f_1", "part2.q5.1.f_2", "part2.q5.1.f_5"]
    static let roleIds2 = ["part2.q5.2.f_1", "part2.q5.2.f_3", "part2.q5.2.f_4"]

    @Test("A column per role, each cell the sample playing it and its value (`f1: f5 - f2` under `dL/dfa`)", arguments: [
        ("#1", "#2"), ("t₁ = (f₁, f₂, f₅)", "t₂ = (f₁, f₃, f₄)"),
    ])
    func roleColumnCells(_ label1: String, _ label2: String) throws {
        let right = try C.checks(Self.roleColumns(label1, label2))
        C.expectRead(right, Self.roleIds1 + Self.roleIds2)
        let wrong = try C.checks(Self.roleColumns(label1, label2, negative: "f5: f5 - f1"))
        C.expectRead(wrong, ["part2.q5.1.f_5"], .incorrect)
        C.expectRead(wrong, Array(Self.roleIds1.prefix(2)) + Self.roleIds2)
        // A sample that does not play the column's role in t_1: for a person.
        let misplaced = try C.checks(Self.roleColumns(label1, label2, negative: "f6: f1 - f6"))
        C.expectRead(misplaced, ["part2.q5.1.f_5", "part2.q5.1.f_6"], .unparsable)
    }

    @Test("A row of t_k whose members column names another triplet is for a person")
    func membersColumnDisagrees() throws {
        let c = try C.checks(Self.roleColumns("#1", "#2", members1: "(1, 3, 4)"))
        C.expectRead(c, ["part2.q5.1.f_1", "part2.q5.1.f_2"], .unparsable)
        C.expectRead(c, Self.roleIds2)
    }
}
