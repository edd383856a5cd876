import CoursecheckAssignment
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Foundation
import Testing

/// Classes of notation, round 7 (found by an outsider's sheets). Verdicts by
/// hand from the assignment, as in round 4: t_1 = (1,2,5), t_2 = (1,3,4);
/// hinge active, ∂/∂f_a = f_n − f_p, ∂/∂f_p = f_p − f_a, ∂/∂f_n = f_a − f_n,
/// 0 for the samples outside the triplet; Question 6's rows summed by hand
/// from the eight triplets (∂L/∂f_4 = (f_1 − f_4) + (f_2 − f_4) + 2(f_4 − f_6)).
@Suite("Classes of notation, round 7: δ fractions, d(L)/d(f_a), f^{(i)}, loss labels by members, Roman numerals and ⟨k⟩, [∂L/∂f]_{t_k}, TL as the loss, D_{f} L, coefficient tables, falling factorials")
struct LayoutClassesRound7Tests {
    typealias C = SheetClassesTests
    typealias R4 = LayoutClassesRound4Tests
    typealias Case = LayoutClassesRound4Tests.Case

    static let all51 = R4.ids51 + ["part2.q5.1.f_3", "part2.q5.1.f_4", "part2.q5.1.f_6"]
    static let q6 = (1...6).map { "part2.q6.f_\($0)" }
    /// Question 6 as coefficients: row i holds the coefficients of f_1 … f_6 in ∂L/∂f_i.
    static let coefficientRows = [
        "| 2 | -2 | -2 | 1 | 1 | 0 |", "| -2 | -1 | -1 | 1 | 1 | 2 |", "| -2 | -1 | 1 | 0 | 1 | 1 |",
        "| 1 | 1 | 0 | 0 | 0 | -2 |", "| 1 | 1 | 1 | 0 | -2 | -1 |", "| 0 | 2 | 1 | -2 | -1 | 0 |",
    ]
    static var coefficientTable: String {
        "| | $f_1$ | $f_2$ | $f_3$ | $f_4$ | $f_5$ | $f_6$ |\n|---|---|---|---|---|---|---|\n"
            + coefficientRows.enumerated().map { "| $\\frac{\\partial L}{\\partial f_\($0.offset + 1)}$ " + $0.element }.joined(separator: "\n") + "\n"
    }

    @Test("Derivative heads: δ for ∂, d(L)/d(f_a), f^{(i)}, L_{1,2,5}, L_{\\text{ii}}, J^{⟨k⟩}, [∂L/∂f_1]_{t_1}, \\operatorname{TL}, D_{f_1} L_2, f\\_1", arguments: [
        Case(label: "δ fractions in Question 3",
             sheet: "## Question 3\n\n$$\\frac{\\delta L}{\\delta f_a} = f_n - f_p, \\quad \\frac{\\delta L}{\\delta f_p} = f_p - f_a, \\quad \\frac{\\delta L}{\\delta f_n} = f_a - f_n$$\n",
             ids: R4.roles3, from: "= f_p - f_a", to: "= f_a - f_p", wrong: "part2.q3.f_p"),
        Case(label: "plain text d(L)/d(f_a)",
             file: "sheet.txt",
             sheet: "Question 3\n\nd(L)/d(f_a) = f_n - f_p\nd(L)/d(f_p) = f_p - f_a\nd(L)/d(f_n) = f_a - f_n\n",
             ids: R4.roles3, from: "d(L)/d(f_n) = f_a - f_n", to: "d(L)/d(f_n) = f_n - f_a", wrong: "part2.q3.f_n"),
        Case(label: "samples as f^{(i)} under 5.1",
             sheet: "## Question 5\n\n### 5.1\n\n$$\\frac{\\partial L_1}{\\partial f^{(1)}} = f^{(5)} - f^{(2)}, \\quad \\frac{\\partial L_1}{\\partial f^{(2)}} = f^{(2)} - f^{(1)}, \\quad \\frac{\\partial L_1}{\\partial f^{(5)}} = f^{(1)} - f^{(5)}$$\n\nThe other derivatives are $0$.\n",
             ids: all51, from: "= f^{(2)} - f^{(1)}", to: "= f^{(1)} - f^{(2)}", wrong: "part2.q5.1.f_2"),
        Case(label: "the loss labelled by its triplet's samples, L_{1,2,5}",
             sheet: "## Question 5\n\n$$\\frac{\\partial L_{1,2,5}}{\\partial f_1} = f_5 - f_2, \\quad \\frac{\\partial L_{1,2,5}}{\\partial f_2} = f_2 - f_1, \\quad \\frac{\\partial L_{1,2,5}}{\\partial f_5} = f_1 - f_5$$\n",
             ids: R4.ids51, from: "= f_1 - f_5", to: "= f_5 - f_1", wrong: "part2.q5.1.f_5"),
        Case(label: "Roman numerals, L_{\\text{ii}}",
             sheet: "## Question 5\n\n$$\\frac{\\partial L_{\\text{ii}}}{\\partial f_1} = f_4 - f_3, \\quad \\frac{\\partial L_{\\text{ii}}}{\\partial f_3} = f_3 - f_1, \\quad \\frac{\\partial L_{\\text{ii}}}{\\partial f_4} = f_1 - f_4$$\n",
             ids: R4.ids52, from: "= f_3 - f_1", to: "= f_1 - f_3", wrong: "part2.q5.2.f_3"),
        Case(label: "angle brackets, J^{\\langle 1 \\rangle}",
             sheet: "## Question 5\n\n$$\\frac{\\partial J^{\\langle 1 \\rangle}}{\\partial f_1} = f_5 - f_2, \\quad \\frac{\\partial J^{\\langle 1 \\rangle}}{\\partial f_2} = f_2 - f_1, \\quad \\frac{\\partial J^{\\langle 1 \\rangle}}{\\partial f_5} = f_1 - f_5$$\n",
             ids: R4.ids51, from: "= f_5 - f_2", to: "= f_2 - f_5", wrong: "part2.q5.1.f_1"),
        Case(label: "brackets labelled by the triplet, \\left[…\\right]_{t_1}",
             sheet: "## Question 5\n\n$$\\begin{aligned} \\left[\\frac{\\partial L}{\\partial f_1}\\right]_{t_1} &= f_5 - f_2 \\\\ \\left[\\frac{\\partial L}{\\partial f_2}\\right]_{t_1} &= f_2 - f_1 \\\\ \\left[\\frac{\\partial L}{\\partial f_5}\\right]_{t_1} &= f_1 - f_5 \\end{aligned}$$\n",
             ids: R4.ids51, from: "&= f_2 - f_1", to: "&= f_1 - f_2", wrong: "part2.q5.1.f_2"),
        Case(label: "the loss as an operator name, \\partial\\,\\operatorname{TL}",
             sheet: "## Question 3\n\n- $\\frac{\\partial\\,\\operatorname{TL}}{\\partial f_a} = f_n - f_p$\n- $\\frac{\\partial\\,\\operatorname{TL}}{\\partial f_p} = f_p - f_a$\n- $\\frac{\\partial\\,\\operatorname{TL}}{\\partial f_n} = f_a - f_n$\n",
             ids: R4.roles3, from: "= f_a - f_n", to: "= f_n - f_a", wrong: "part2.q3.f_n"),
        Case(label: "the operator D_{f_i}",
             sheet: "## Question 5\n\n### 5.2\n\n$D_{f_1} L_2 = f_4 - f_3$  \n$D_{f_3} L_2 = f_3 - f_1$  \n$D_{f_4} L_2 = f_1 - f_4$\n",
             ids: R4.ids52, from: "$D_{f_4} L_2 = f_1 - f_4$", to: "$D_{f_4} L_2 = f_4 - f_1$", wrong: "part2.q5.2.f_4"),
        Case(label: "underscores escaped from Markdown's emphasis, in text and in maths",
             sheet: "## Question 5\n\n### 5.1\n\ndL\\_1/df\\_1 = f\\_5 - f\\_2  \ndL\\_1/df\\_2 = f\\_2 - f\\_1  \n$\\frac{\\partial L\\_1}{\\partial f\\_5} = f\\_1 - f\\_5$\n",
             ids: R4.ids51, from: "f\\_1 - f\\_5$", to: "f\\_5 - f\\_1$", wrong: "part2.q5.1.f_5"),
        Case(label: "Question 6 as a table of coefficients",
             sheet: "## Question 6\n\nCoefficients of each embedding in the total gradient:\n\n" + coefficientTable,
             ids: q6, from: coefficientRows[3], to: "| 1 | 1 | 0 | 0 | 0 | -1 |", wrong: "part2.q6.f_4"),
    ])
    func heads(_ k: Case) throws {
        try R4.run(k)
    }

    @Test("Falling factorial 6^{\\underline{3}} is 6·5·4; a planted 216 is not")
    func fallingFactorial() throws {
        let sheet = "## Question 4\n\nAll ordered triplets: $6^{\\underline{3}} = 6 \\cdot 5 \\cdot 4 = 120$.\n\nValid ones: $6 \\cdot 2 \\cdot 3 = 36$.\n"
        let c = try C.checks(sheet)
        C.expectRead(c, ["part2.q4.all", "part2.q4.all.reasoning", "part2.q4.valid"])
        let w = try C.checks(sheet.replacingOccurrences(of: "6 \\cdot 5 \\cdot 4 = 120", with: "216"))
        #expect(w["part2.q4.all"]?.status == .incorrect, "\(w["part2.q4.all"]?.evidence ?? "")")
        #expect(w["part2.q4.all.reasoning"]?.status == .inconsistent, "\(w["part2.q4.all.reasoning"]?.status.rawValue ?? "absent") — \(w["part2.q4.all.reasoning"]?.evidence ?? "")")
    }

    @Test("A labelled line's result after '=': 'Valid triplets: 6 anchors * 2 positives (same label) * 3 negatives = 36.'")
    func labelledResult() throws {
        let sheet = "Question 4\n\n- All triplets: 6 anchors * 5 positives * 4 negatives = 120.\n- Valid triplets: 6 anchors * 2 positives (same label) * 3 negatives (other label) = 36.\n"
        let c = try C.checks(sheet, name: "sheet.txt")
        C.expectRead(c, ["part2.q4.all", "part2.q4.valid"])
        let w = try C.checks(sheet.replacingOccurrences(of: "= 36.", with: "= 30."), name: "sheet.txt")
        #expect(w["part2.q4.valid"]?.status == .incorrect, "\(w["part2.q4.valid"]?.evidence ?? "")")
        #expect(w["part2.q4.all"]?.status == .correct)
    }

    /// A quantity the working defines is no loss: `C = ‖f_a − f_p‖²` and its
    /// derivatives beside the answers leave the answers as they are.
    @Test("Working that names its own quantity C is not a second answer")
    func definedQuantity() throws {
        let c = try C.checks("## Question 3\n\nLet $C = \\|f_a - f_p\\|^2$. Then\n\n$\\frac{\\partial C}{\\partial f_a} = f_a - f_p$, $\\frac{\\partial C}{\\partial f_p} = f_p - f_a$.\n\nSo $\\frac{\\partial L}{\\partial f_a} = f_n - f_p$, $\\frac{\\partial L}{\\partial f_p} = f_p - f_a$, $\\frac{\\partial L}{\\partial f_n} = f_a - f_n$\n")
        for id in R4.roles3 {
            #expect(c[id]?.status == .correct, "\(id): \(c[id]?.status.rawValue ?? "absent") — \(c[id]?.evidence ?? "")")
        }
    }

    /// Part II starts at Question 2: questions numbered from 1 after its
    /// heading are the sheet's own count, and no answer is graded as another
    /// question's (the answers to Question 3 under `II.2` had read as
    /// Question 2's, incorrect).
    @Test("Questions numbered from 1 under Part II ('### II.1', '### Problem 1'): every Part II answer unparsable, none graded", arguments: ["### II.", "### Problem "])
    func localNumbering(_ prefix: String) throws {
        let sheet = "# Part I\n\n| Model | Parameters | Test accuracy |\n|---|---|---|\n| RNN | 60,400 | 64.6% |\n\n# Part II\n\n"
            + "\(prefix)1\n\n$\\frac{\\partial L}{\\partial f_a} = 0$, $\\frac{\\partial L}{\\partial f_p} = 0$, $\\frac{\\partial L}{\\partial f_n} = 0$\n\n"
            + "\(prefix)2\n\n$\\frac{\\partial L}{\\partial f_a} = f_n - f_p$, $\\frac{\\partial L}{\\partial f_p} = f_p - f_a$, $\\frac{\\partial L}{\\partial f_n} = f_a - f_n$\n"
        let c = try C.checks(sheet)
        for id in ["part2.q2.f_a", "part2.q2.f_p", "part2.q2.f_n"] + R4.roles3 {
            #expect(c[id]?.status == .unparsable, "\(id): \(c[id]?.status.rawValue ?? "absent") — \(c[id]?.evidence ?? "")")
        }
        // Numbered as the assignment numbers them, the same answers are read.
        let global = try C.checks(sheet.replacingOccurrences(of: "\(prefix)2", with: "\(prefix)3").replacingOccurrences(of: "\(prefix)1", with: "\(prefix)2"))
        C.expectRead(global, ["part2.q2.f_a", "part2.q2.f_p", "part2.q2.f_n"] + R4.roles3)
    }

    /// Where the reader cannot tell, no verdict.
    @Test("Not read: 'the others are 0' after a derivative it could not read; a count ending one line before the next line's label; a coefficient table with a non-number")
    func precision() throws {
        // The heads name a loss the reader does not know: which samples "the other" are is not known.
        let others = try C.checks("## Question 5\n\n### 5.1\n\n- $\\frac{\\partial Q_1}{\\partial f_1} = f_5 - f_2$\n- $\\frac{\\partial Q_1}{\\partial f_2} = f_2 - f_1$\n- $\\frac{\\partial Q_1}{\\partial f_5} = f_1 - f_5$\n\nAll the other gradients of $Q_1$ are zero.\n")
        for id in Self.all51 {
            #expect(others[id]?.status == .unparsable, "\(id): \(others[id]?.status.rawValue ?? "absent") — \(others[id]?.evidence ?? "")")
        }
        // "… = 120⏎valid triplets = …": 120 is not "120 valid triplets".
        let counts = try C.checks("Question 4\n\nall triplets   = 6 5 4 = 120\nvalid triplets = 6 2 3 = 36\n", name: "sheet.txt")
        // Nothing read of either line, both counts written: each unparsable at the first line, never missing.
        for id in ["part2.q4.all", "part2.q4.valid"] {
            #expect(counts[id]?.status == .unparsable && counts[id]?.evidence.contains("sheet.txt:3:1: no count could be read from this text") == true,
                    "\(id): \(counts[id]?.status.rawValue ?? "absent") — \(counts[id]?.evidence ?? "")")
        }
        // A coefficient that is not a number: the table is not read.
        let table = Self.coefficientTable.replacingOccurrences(of: Self.coefficientRows[0], with: "| 2 | -2 | -2 | 1 | 1 | x |")
        let t = try C.checks("## Question 6\n\n" + table)
        for id in Self.q6 { #expect(t[id]?.status == .unparsable, "\(id): \(t[id]?.status.rawValue ?? "absent")") }
        // Values under columns that name no sample: which is the derivative's? Not read.
        let columns = try C.checks("## Question 3\n\n| | coeff. of $f_a$ | coeff. of $f_p$ | coeff. of $f_n$ |\n|---|---|---|---|\n| $\\partial L/\\partial f_a$ | 0 | -1 | 1 |\n| $\\partial L/\\partial f_p$ | -1 | 1 | 0 |\n| $\\partial L/\\partial f_n$ | 1 | 0 | -1 |\n")
        for id in R4.roles3 { #expect(columns[id]?.status == .unparsable, "\(id): \(columns[id]?.status.rawValue ?? "absent") — \(columns[id]?.evidence ?? "")") }
        // `f^2` stays a power, not sample 2.
        let power = try C.checks("## Question 3\n\n$$\\frac{\\partial L}{\\partial f_a} = f^2 - f_p$$\n")
        #expect(power["part2.q3.f_a"]?.status == .unparsable, "\(power["part2.q3.f_a"]?.evidence ?? "")")
    }
}
