import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Foundation
import Testing

/// Round 49 (tables): Question 6 written as a table of each triplet's
/// contribution with a line of the totals (or as a row per sample with its
/// working and its total), and Question 5's rows numbered `#k` under a
/// `triplet` corner. Verdicts by hand from the assignment's eight
/// triplets: the totals are ∂(ΣL)/∂f₁ = 2f₁ − 2f₂ − 2f₃ + f₄ + f₅, …,
/// ∂(ΣL)/∂f₆ = 2f₂ + f₃ − 2f₄ − f₅.
@Suite("Classes of notation, round 49: tables")
struct ReadingClassesRound49TablesTests {
    typealias C = SheetClassesTests
    static let q6 = (1...6).map { "part2.q6.f_\($0)" }
    static let steps = (1...6).map { "part2.q6.f_\($0).steps" }

    /// Each triplet's contribution to each sample's gradient, by hand (t_1 … t_8).
    static let contributions = [
        ["f5 - f2", "f2 - f1", "0", "0", "f1 - f5", "0"],
        ["f4 - f3", "0", "f3 - f1", "f1 - f4", "0", "0"],
        ["f1 - f2", "f6 - f1", "0", "0", "0", "f2 - f6"],
        ["0", "f4 - f3", "f3 - f2", "f2 - f4", "0", "0"],
        ["f1 - f3", "0", "f5 - f1", "0", "f3 - f5", "0"],
        ["0", "f5 - f2", "0", "0", "f2 - f6", "f6 - f5"],
        ["0", "0", "f6 - f3", "f4 - f6", "0", "f3 - f4"],
        ["0", "f6 - f2", "0", "f4 - f6", "0", "f2 - f4"],
    ]
    static let totals = ["2f1 - 2f2 - 2f3 + f4 + f5", "-2f1 - f2 - f3 + f4 + f5 + 2f6", "-2f1 - f2 + f3 + f5 + f6",
                         "f1 + f2 - 2f6", "f1 + f2 + f3 - 2f5 - f6", "2f2 + f3 - 2f4 - f5"]
    static let members = ["(1,2,5)", "(1,3,4)", "(2,1,6)", "(2,3,4)", "(3,1,5)", "(5,6,2)", "(6,4,3)", "(6,4,2)"]

    /// Question 6 as a row per triplet labelled by `label(k)`, a column per
    /// sample, and a row `total` whose f_4 cell is `f4`.
    static func byTriplet(_ label: (Int) -> String, f4: String = "f1 + f2 - 2f6", corner: String = "contribution of") -> String {
        var rows = "| \(corner) | f1 | f2 | f3 | f4 | f5 | f6 |\n|---|---|---|---|---|---|---|\n"
        for (k, row) in contributions.enumerated() { rows += "| \(label(k + 1)) | " + row.joined(separator: " | ") + " |\n" }
        var sums = totals
        sums[3] = f4
        rows += "| **total** | " + sums.joined(separator: " | ") + " |\n"
        return "Question 6\n\n" + rows
    }

    @Test("Question 6 as each triplet's contribution with a total row: the totals are the answers, the contributions their working", arguments: [
        "t1", "#1", "(1,2,5)", "5.1 (t₁)",
    ])
    func contributionRows(_ first: String) throws {
        func label(_ k: Int) -> String { first == "(1,2,5)" ? Self.members[k - 1] : first.replacingOccurrences(of: "1", with: "\(k)").replacingOccurrences(of: "₁", with: ["₁", "₂", "₃", "₄", "₅", "₆", "₇", "₈"][k - 1]) }
        let right = try C.checks(Self.byTriplet(label))
        C.expectRead(right, Self.q6 + Self.steps)
        // The contributions are Question 6's working, never Question 5's answers.
        C.expectRead(right, ["part2.q5.1.f_1", "part2.q5.4.f_2"], .missing)
        // A wrong total beside right contributions: incorrect, its working inconsistent.
        let wrong = try C.checks(Self.byTriplet(label, f4: "f1 + f2 - f6"))
        C.expectRead(wrong, ["part2.q6.f_4"], .incorrect)
        C.expectRead(wrong, ["part2.q6.f_4.steps"], .inconsistent)
        C.expectRead(wrong, ["part2.q6.f_1", "part2.q6.f_6"])
    }

    @Test("A row labelled by members that are no triplet adds to the total but answers nothing of Question 5")
    func mislabelledContribution() throws {
        let c = try C.checks(Self.byTriplet { $0 == 1 ? "(1,2,6)" : Self.members[$0 - 1] })
        C.expectRead(c, Self.q6)
        C.expectRead(c, ["part2.q5.1.f_1"], .missing)
    }

    /// The same turned: a row per sample, a column per triplet, a column `total`.
    static func bySample(f6: String = "2f2 + f3 - 2f4 - f5", t8f6: String = "f2 - f4") -> String {
        var rows = "| | t₁ | t₂ | t₃ | t₄ | t₅ | t₆ | t₇ | t₈ | total |\n|---|---|---|---|---|---|---|---|---|---|\n"
        for i in 0..<6 {
            var cells = contributions.map { $0[i] }
            if i == 5 { cells[7] = t8f6 }
            rows += "| f\(i + 1) | " + cells.joined(separator: " | ") + " | " + (i == 5 ? f6 : totals[i]) + " |\n"
        }
        return "Question 6\n\nAdding along each row:\n\n" + rows
    }

    @Test("Question 6 turned: a row per sample, a column per triplet and a total column")
    func contributionColumns() throws {
        C.expectRead(try C.checks(Self.bySample()), Self.q6 + Self.steps)
        // A slipped contribution carried into its total: the total incorrect, its working consistent.
        let carried = try C.checks(Self.bySample(f6: "f3 - f5", t8f6: "f4 - f2"))
        C.expectRead(carried, ["part2.q6.f_6"], .incorrect)
        C.expectRead(carried, ["part2.q6.f_6.steps"])
        C.expectRead(carried, Array(Self.q6.prefix(5)))
    }

    /// Question 6 as a row per sample, its working (the sum of its
    /// contributions) and its total, in maths.
    static func worked(f1: String = "2f_1 - 2f_2 - 2f_3 + f_4 + f_5") -> String {
        var rows = "| | sum of the Q5 entries | total |\n|---|---|---|\n"
        for i in 0..<6 {
            let terms = contributions.map { $0[i] }.filter { $0 != "0" }.map { "(" + $0.replacingOccurrences(of: "f", with: "f_") + ")" }
            let total = i == 0 ? f1 : totals[i].replacingOccurrences(of: "f", with: "f_")
            rows += "| $f_\(i + 1)$ | $" + terms.joined(separator: " + ") + "$ | $" + total + "$ |\n"
        }
        return "## Question 6\n\n" + rows
    }

    @Test("Question 6 as a row per sample with a column of working and a column `total`")
    func workedTotals() throws {
        C.expectRead(try C.checks(Self.worked()), Self.q6 + Self.steps)
        let wrong = try C.checks(Self.worked(f1: "2f_1 - 2f_2 - f_4 + f_5"))
        C.expectRead(wrong, ["part2.q6.f_1"], .incorrect)
        C.expectRead(wrong, ["part2.q6.f_1.steps"], .inconsistent)
    }

    /// Question 5 as a row per triplet numbered `#k` under a corner `triplet`.
    static func hashRows(t1f1: String = "f5 - f2") -> String {
        var rows = "| triplet | dL/df1 | dL/df2 | dL/df3 | dL/df4 | dL/df5 | dL/df6 |\n|---|---|---|---|---|---|---|\n"
        for (k, row) in contributions.enumerated() {
            var cells = row
            if k == 0 { cells[0] = t1f1 }
            rows += "| #\(k + 1) | " + cells.joined(separator: " | ") + " |\n"
        }
        return "Question 5\n\n" + rows
    }

    @Test("Question 5's rows numbered `#k` under a corner `triplet` are t_k's")
    func hashRowsUnderTriplet() throws {
        let ids = (1...8).flatMap { k in (1...6).map { "part2.q5.\(k).f_\($0)" } }
        C.expectRead(try C.checks(Self.hashRows()), ids)
        let wrong = try C.checks(Self.hashRows(t1f1: "f2 - f5"))
        C.expectRead(wrong, ["part2.q5.1.f_1"], .incorrect)
        C.expectRead(wrong, Array(ids.dropFirst()))
    }

    /// Question 5 as a role table for t_1 and t_2, cells `sample: value`
    /// (`math`: in TeX, `$f_1:\ f_5 - f_2$`); t_1's negative written `n1`.
    static func roleTable(math: Bool = false, n1: String = "f1 - f5", drop: Bool = false) -> String {
        func cell(_ sample: Int, _ value: String) -> String {
            math ? "$f_\(sample):\\ " + value.replacingOccurrences(of: "f", with: "f_") + "$" : "f\(sample): \(value)"
        }
        return "Question 5\n\n| # | (a, p, n) | dL/dfa | dL/dfp | dL/dfn |\n|---|---|---|---|---|\n"
            + "| t1 | (1, 2, 5) | \(cell(1, "f5 - f2")) | \(cell(2, "f2 - f1")) | \(drop ? "" : cell(5, n1)) |\n"
            + "| t2 | (1, 3, 4) | \(cell(1, "f4 - f3")) | \(cell(3, "f3 - f1")) | \(cell(4, "f1 - f4")) |\n"
    }

    @Test("A role table's row that gives every role of t_k reads the samples outside t_k as 0", arguments: [false, true])
    func roleTableZeros(math: Bool) throws {
        let q51 = (1...6).map { "part2.q5.1.f_\($0)" }, q52 = (1...6).map { "part2.q5.2.f_\($0)" }
        C.expectRead(try C.checks(Self.roleTable(math: math)), q51 + q52)
        let wrong = try C.checks(Self.roleTable(math: math, n1: "f5 - f1"))
        C.expectRead(wrong, ["part2.q5.1.f_5"], .incorrect)
        C.expectRead(wrong, ["part2.q5.1.f_3", "part2.q5.1.f_4", "part2.q5.1.f_6"] + q52)
    }

    @Test("A role table's row that leaves a role out gives no zero")
    func roleTableIncomplete() throws {
        let c = try C.checks(Self.roleTable(drop: true))
        C.expectRead(c, ["part2.q5.1.f_3", "part2.q5.1.f_5"], .missing)
        C.expectRead(c, ["part2.q5.2.f_6"])
    }

    /// Question 5's rows for t_1 and t_2 in Unicode, then a note under the table.
    static func noted(_ note: String, t2f3: String = "f₃ − f₁") -> String {
        "Question 5\n\n| triplet | ∂L/∂f₁ | ∂L/∂f₂ | ∂L/∂f₃ | ∂L/∂f₄ | ∂L/∂f₅ | ∂L/∂f₆ |\n|---|---|---|---|---|---|---|\n"
            + "| t₁ = (f₁, f₂, f₅) | f₅ − f₂ | f₂ − f₁ | 0 | 0 | f₁ − f₅ | 0 |\n"
            + "| t₂ = (f₁, f₃, f₄) | f₄ − f₃ | 0 | \(t2f3) | f₁ − f₄ | 0 | 0 |\n\n" + note + "\n"
    }

    @Test("A note under the table correcting one cell takes its place")
    func noteCorrectsCell() throws {
        // The table's slip, corrected right: correct.
        let right = try C.checks(Self.noted("Correction to the table: in the t₂ row the ∂L/∂f₃ entry should read f₃ − f₁ (I copied it wrong).",
                                            t2f3: "f₁ − f₃"))
        C.expectRead(right, ["part2.q5.2.f_3", "part2.q5.2.f_1", "part2.q5.1.f_1"])
        // A right cell "corrected" to a wrong value: the note's value is graded.
        let wrong = try C.checks(Self.noted("Correction: in the t₂ row the ∂L/∂f₃ entry should be f₁ − f₃, not f₃ − f₁."))
        C.expectRead(wrong, ["part2.q5.2.f_3"], .incorrect)
        // A note that corrects the table without naming a cell: the table for a person.
        let vague = try C.checks(Self.noted("Correction: one entry of the table should be the other way round."))
        C.expectRead(vague, ["part2.q5.2.f_3", "part2.q5.1.f_1"], .unparsable)
    }

    @Test("A note naming its cell by the derivative, the value it had before the one it should read, corrects that cell")
    func noteNamesCellByDerivative() throws {
        let right = try C.checks(Self.noted("Note: the ∂L/∂f₃ entry in the t₂ row is f₁ − f₃ but should read f₃ − f₁.", t2f3: "f₁ − f₃"))
        C.expectRead(right, ["part2.q5.2.f_3", "part2.q5.2.f_1", "part2.q5.2.f_4"])
        let wrong = try C.checks(Self.noted("Note: the ∂L/∂f₃ entry in the t₂ row is f₃ − f₁ but should read f₁ − f₃."))
        C.expectRead(wrong, ["part2.q5.2.f_3"], .incorrect)
        C.expectRead(wrong, ["part2.q5.2.f_1", "part2.q5.2.f_4"])
    }

    @Test("A role table's row holding another triplet's values gives no zeros")
    func roleRowOfOtherTriplet() throws {
        // t2's row holds t1's values (f5 - f2, f2 - f1, f1 - f5): its roles read incorrect, no zero is made up.
        let sheet = Self.roleTable().replacingOccurrences(of: "f1: f4 - f3", with: "f1: f5 - f2")
            .replacingOccurrences(of: "f3: f3 - f1", with: "f3: f2 - f1").replacingOccurrences(of: "f4: f1 - f4", with: "f4: f1 - f5")
        let c = try C.checks(sheet)
        C.expectRead(c, ["part2.q5.2.f_1", "part2.q5.2.f_3", "part2.q5.2.f_4"], .incorrect)
        C.expectRead(c, ["part2.q5.2.f_2", "part2.q5.2.f_5", "part2.q5.2.f_6"], .missing)
        C.expectRead(c, ["part2.q5.1.f_3", "part2.q5.1.f_6"])
    }

    @Test("A note under Question 6's totals correcting one total", arguments: ["so the total is f1 + f2 - 2f6", "so the total is f1 + f2 - f6"])
    func noteCorrectsTotal(_ fix: String) throws {
        let c = try C.checks(Self.byTriplet({ "t\($0)" }, f4: "f1 + f2 - f4") + "\nNote: the total for f4 in the table has a typo, \(fix).\n")
        C.expectRead(c, ["part2.q6.f_4"], fix.hasSuffix("2f6") ? .correct : .incorrect)
        C.expectRead(c, ["part2.q6.f_1", "part2.q6.f_6"])
    }

    @Test("Σ, the Greek capital, is the sum sign: `∂(ΣL)/∂f₄ = …`")
    func greekSigma() throws {
        let right = try C.checks("Question 6\n\n∂(ΣL)/∂f₄ = (f₁ − f₄) + (f₂ − f₄) + (f₄ − f₆) + (f₄ − f₆) = f₁ + f₂ − 2f₆\n")
        C.expectRead(right, ["part2.q6.f_4", "part2.q6.f_4.steps"])
        let wrong = try C.checks("Question 6\n\n∂(ΣL)/∂f₄ = (f₁ − f₄) + (f₂ − f₄) + (f₄ − f₆) + (f₄ − f₆) = f₁ + f₂ − f₆\n")
        C.expectRead(wrong, ["part2.q6.f_4"], .incorrect)
    }
}
