import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Testing

/// Classes of notation found by the evening section's set (unseen42), round
/// 31, each written here in other words than the sheets'. Verdicts by hand
/// from the assignment: with the hinge inactive every gradient is 0;
/// active, the anchor's is f_n − f_p, the positive's f_p − f_a, the
/// negative's f_a − f_n; for t_1 = (f_1, f_2, f_5) that is f_5 − f_2,
/// f_2 − f_1, f_1 − f_5. Question 6's ∂L/∂f_4 is f_1 + f_2 − 2f_6, summed
/// from t_2, t_4, t_7, t_8. Question 4: 6·5·4 = 120 ordered triplets, 36
/// valid (6·2·3).
@Suite("Classes of notation, evening42 round 31: sums to 0 in plain text, arrows, ticks, per-class asides, count tables, a defined shorthand")
struct Evening42Round31Tests {
    typealias C = SheetClassesTests

    static let six4 = "dL/df4 = (f1 - f4) + (f2 - f4) + (f4 - f6) + (f4 - f6) = f1 + f2 - 2f6"

    @Test("A plain-text remark that the rows add up to 0, after an answer, is a check, never the answer's next side", arguments: [
        "- `\(six4)`\n\nNote: in every row the coefficients sum to 0, as they must.\n",
        "- \(six4)\n\nEach row sums to 0 (translation invariance).\n",
        "\(six4)\n\nResult: all six rows sum to 0.\n",
    ])
    func sumToZeroRemark(_ body: String) throws {
        let c = try C.checks("## Question 6\n\n" + body)
        C.expectRead(c, ["part2.q6.f_4", "part2.q6.f_4.steps"])
        let wrong = try C.checks("## Question 6\n\n" + body.replacingOccurrences(of: "= f1 + f2 - 2f6", with: "= f1 + f2 + 2f6"))
        C.expectRead(wrong, ["part2.q6.f_4"], .incorrect)
    }

    @Test("Arrows leading on to a derivative in plain text separate statements", arguments: [
        "## Question 2\n\nhinge inactive -> loss is flat -> dL/dfa = 0, dL/dfp = 0, dL/dfn = 0\n\n## Question 5\n\n### 5.1\n\n→ dL/df1 = f5 - f2, dL/df2 = f2 - f1, dL/df5 = f1 - f5\n",
        "## Question 2\n\nNo margin violation ⟶ ∂L/∂fa = 0, ∂L/∂fp = 0, ∂L/∂fn = 0\n\n## Question 5\n\n**5.1** -> ∂L/∂f1 = f5 − f2; ∂L/∂f2 = f2 − f1; ∂L/∂f5 = f1 − f5\n",
    ])
    func leadingArrows(_ sheet: String) throws {
        let c = try C.checks(sheet)
        C.expectRead(c, ["part2.q2.f_a", "part2.q2.f_p", "part2.q2.f_n", "part2.q5.1.f_1", "part2.q5.1.f_2", "part2.q5.1.f_5"])
        let wrong = try C.checks(sheet.replacingOccurrences(of: "f1 - f5", with: "f5 - f1").replacingOccurrences(of: "f1 − f5", with: "f5 − f1"))
        C.expectRead(wrong, ["part2.q5.1.f_5"], .incorrect)
    }

    @Test("An arrow from a derivative's working to the working simplified gives its result", arguments: ["->", "→"])
    func workingArrow(_ arrow: String) throws {
        let line = "- dL/df4 = (f1 - f4) + (f2 - f4) + (f4 - f6) + (f4 - f6) \(arrow) f1 + f2 - 2f6\n"
        let c = try C.checks("## Question 6\n\n" + line)
        C.expectRead(c, ["part2.q6.f_4", "part2.q6.f_4.steps"])
        // A wrong result after right working: wrong, its steps not right.
        let wrong = try C.checks("## Question 6\n\n" + line.replacingOccurrences(of: "\(arrow) f1 + f2 - 2f6", with: "\(arrow) f1 + f2 + 2f6"))
        C.expectRead(wrong, ["part2.q6.f_4"], .incorrect)
        #expect(wrong["part2.q6.f_4.steps"]?.status != .correct)
        // An arrow to another statement is no result.
        let statement = try C.checks("## Question 6\n\n- dL/df4 = f1 + f2 - 2f6 \(arrow) dL/df4 = 0\n")
        #expect(statement["part2.q6.f_4"]?.status != .correct)
    }

    static let ticked = "## Part I\n\n| Model | Params | Acc |\n|---|---|---|\n| RNN | 60,400 ✓ | 64.0% ✔️ |\n| LSTM | 241,600 ✅ | 85.0% |\n"
        + "| bi-RNN | $120{,}800$ $\\checkmark$ | 70.1% |\n"

    @Test("A tick after a figure in a Part I table is a mark, not part of the number")
    func ticksAfterFigures() throws {
        let c = try C.checks(Self.ticked)
        C.expectRead(c, ["part1.params.rnn", "part1.params.lstm", "part1.params.bi-rnn"])
        C.expectRead(c, ["part1.accuracy.rnn"], .unverifiable)
        let wrong = try C.checks(Self.ticked.replacingOccurrences(of: "241,600 ✅", with: "241,800 ✅"))
        C.expectRead(wrong, ["part1.params.lstm"], .incorrect)
        // Any other mark leaves the figure unread.
        let crossed = try C.checks(Self.ticked.replacingOccurrences(of: "60,400 ✓", with: "60,400 ✗"))
        C.expectRead(crossed, ["part1.params.rnn"], .unparsable)
    }

    static let all4 = "All ordered triplets: $6 \\cdot 5 \\cdot 4 = 120$.\n\n"

    @Test("An aside in brackets after a count that sets out a class's factors and names both classes leaves the count whole")
    func perClassAside() throws {
        let valid = "The valid ones: $2 \\cdot (3 \\cdot 2 \\cdot 3) = 36$ (for each class: 3 anchors, 2 positives and 3 negatives; both classes together).\n"
        let c = try C.checks("## Question 4\n\n" + Self.all4 + valid)
        C.expectRead(c, ["part2.q4.all", "part2.q4.valid", "part2.q4.valid.reasoning"])
        let wrong = try C.checks("## Question 4\n\n" + Self.all4 + valid.replacingOccurrences(of: "= 36", with: "= 38"))
        #expect(wrong["part2.q4.valid"]?.status != .correct)
        // A count of one class alone, the aside naming no two classes, stays for a person.
        let one = try C.checks("## Question 4\n\n" + Self.all4 + "The valid ones: $3 \\cdot 2 \\cdot 3 = 18$ (per class: 3 anchors, 2 positives, 3 negatives).\n")
        C.expectRead(one, ["part2.q4.valid"], .unparsable)
    }

    static let countTable = "## Question 4\n\n| | Count | Why |\n|---|--:|---|\n| All | 120 | $6 \\times 5 \\times 4$ (order matters) |\n"
        + "| Valid | 36 | $6 \\times 2 \\times 3$ (positive from the same class, negative from the other) |\n"

    @Test("A table of the counts, a row each, its reasons in a column: each row's reason is its own count's")
    func countTableRows() throws {
        let c = try C.checks(Self.countTable)
        C.expectRead(c, ["part2.q4.all", "part2.q4.valid"])
        let wrong = try C.checks(Self.countTable.replacingOccurrences(of: "| 36 | $6 \\times 2 \\times 3$", with: "| 18 | $3 \\times 2 \\times 3$"))
        C.expectRead(wrong, ["part2.q4.valid"], .incorrect)
        C.expectRead(wrong, ["part2.q4.all"])
    }

    static func shorthandSheet(_ definition: String) -> String {
        "## Part II\n\n\(definition)\n\n### Question 2\n\n$h_a = 0$, $h_p = 0$, $h_n = 0$\n\n### Question 5\n\n#### 5.1\n\n"
            + "$h_1 = f_5 - f_2$, $h_2 = f_2 - f_1$, $h_5 = f_1 - f_5$\n\n### Question 6\n\n$$h_{4} = (f_1 - f_4) + (f_2 - f_4) + (f_4 - f_6) + (f_4 - f_6) = f_1 + f_2 - 2f_6$$\n"
    }

    static let shorthandIDs = ["part2.q2.f_a", "part2.q2.f_p", "part2.q2.f_n", "part2.q5.1.f_1", "part2.q5.1.f_2", "part2.q5.1.f_5",
                               "part2.q6.f_4", "part2.q6.f_4.steps"]

    @Test("A letter the sheet defines once as the derivative over a sample stands for it", arguments: [
        "Notation: $h_k \\coloneqq \\frac{\\partial L}{\\partial f_k}$ for every sample and role $k$.",
        "I abbreviate $h_i := \\partial L / \\partial f_i$ below.",
    ])
    func shorthand(_ definition: String) throws {
        let c = try C.checks(Self.shorthandSheet(definition))
        C.expectRead(c, Self.shorthandIDs)
        let wrong = try C.checks(Self.shorthandSheet(definition).replacingOccurrences(of: "$h_2 = f_2 - f_1$", with: "$h_2 = f_1 - f_2$"))
        C.expectRead(wrong, ["part2.q5.1.f_2"], .incorrect)
    }

    @Test("Without one definition the letter is no derivative", arguments: [
        "",
        "Here $h_k := \\frac{\\partial L}{\\partial f_k}$, and later $h_k := \\frac{\\partial L}{\\partial f_k} \\cdot 2$.",
        "Let $h_k = \\partial L / \\partial f_k$ be small.",
    ])
    func noShorthand(_ definition: String) throws {
        let c = try C.checks(Self.shorthandSheet(definition))
        for id in Self.shorthandIDs { #expect(c[id]?.status != .correct, "\(id)") }
    }
}
