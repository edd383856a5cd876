import CoursecheckAssignment
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Foundation
import Testing

/// Classes of notation, round 4 (commits bb2a8ce..7769fbe). Verdicts by hand
/// from the assignment, L = max(0, ½‖f_a − f_p‖² − ½‖f_a − f_n‖² + 1), classes
/// 1,1,1,2,2,2. Question 4: 6·5·4 = 120 ordered triplets, 6·2·3 = 36 valid
/// (6·6·6 = 216, 3·2·3 = 18 and 6·3·3 = 54 are wrong). Question 5 (hinge
/// active): ∂/∂f_a = f_n − f_p, ∂/∂f_p = f_p − f_a, ∂/∂f_n = f_a − f_n; t_1 =
/// (1,2,5), t_2 = (1,3,4), t_3 = (2,1,6). Question 6, summing the triplets
/// each sample is in: ∂/∂f_1 (anchor of t_1, t_2, positive of t_3, t_5) =
/// (f_5 − f_2) + (f_4 − f_3) + (f_1 − f_2) + (f_1 − f_3) = 2f_1 − 2f_2 − 2f_3 +
/// f_4 + f_5; ∂/∂f_4 (negative of t_2, t_4, positive of t_7, t_8) = f_1 + f_2 −
/// 2f_6. Part I: RNN 60,400, LSTM 241,600 (one bias: 240,800, wrong), bi-RNN
/// 120,800, bi-LSTM 483,200, 2-level bi-RNN 361,600, 2-level bi-LSTM 1,446,400.
@Suite("Classes of notation, round 4: Q4 in prose, triplet sets, Part I headers and rows, chains naming the summed derivatives, headings, plain-text samples, notation, vector equations")
struct LayoutClassesRound4Tests {
    typealias C = SheetClassesTests
    typealias R3 = LayoutClassesRound3Tests

    /// A right sheet, and a planted wrong answer made from it by replacing `from` with `to`.
    struct Case: Sendable, CustomTestStringConvertible {
        var label: String
        var file = "sheet.md"
        var sheet: String
        /// The checks the right sheet answers, all correct.
        var ids: [String]
        var from: String
        var to: String
        /// The check the planted answer makes incorrect; the other `ids` stay correct.
        var wrong: String
        var testDescription: String { label }
    }

    static let bad: Set<Status> = [.incorrect, .inconsistent, .unparsable]

    static func expectNothingFlagged(_ c: [String: Check], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let flagged = c.filter { bad.contains($0.value.status) }.map { "\($0.key): \($0.value.status.rawValue) — \($0.value.evidence)" }
        #expect(flagged.isEmpty, "\(flagged.sorted())", sourceLocation: sourceLocation)
    }

    static func run(_ k: Case, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let c = try C.checks(k.sheet, name: k.file)
        C.expectRead(c, k.ids, sourceLocation: sourceLocation)
        expectNothingFlagged(c, sourceLocation: sourceLocation)
        #expect(k.sheet.contains(k.from), "the planted text is not in the sheet", sourceLocation: sourceLocation)
        let w = try C.checks(k.sheet.replacingOccurrences(of: k.from, with: k.to), name: k.file)
        #expect(w[k.wrong]?.status != .correct, "FALSE VERDICT: planted \(k.to) read as correct", sourceLocation: sourceLocation)
        C.expectRead(w, [k.wrong], .incorrect, sourceLocation: sourceLocation)
        C.expectRead(w, k.ids.filter { $0 != k.wrong }, sourceLocation: sourceLocation)
    }

    static let q2 = C.q2, q3 = C.q3, q51 = C.q51
    static let q52 = SheetNotationClassesTests.q52, q53 = SheetNotationClassesTests.q53
    static let roles2 = ["part2.q2.f_a", "part2.q2.f_p", "part2.q2.f_n"]
    static let roles3 = ["part2.q3.f_a", "part2.q3.f_p", "part2.q3.f_n"]
    static let ids51 = ["part2.q5.1.f_1", "part2.q5.1.f_2", "part2.q5.1.f_5"]
    static let ids52 = ["part2.q5.2.f_1", "part2.q5.2.f_3", "part2.q5.2.f_4"]
    static let ids53 = ["part2.q5.3.f_1", "part2.q5.3.f_2", "part2.q5.3.f_6"]
    /// Planted answers: Question 3's ∂L/∂f_a with its sign turned; 5.1's ∂L/∂f_5 and 5.3's ∂L/∂f_6 likewise.
    static let q3Plant = ("f_a} = f_n - f_p", "f_a} = f_p - f_n")
    static let q51Plant = ("f_5} = f_1 - f_5", "f_5} = f_5 - f_1")
    static let q53Plant = ("f_6} = f_2 - f_6", "f_6} = f_6 - f_2")

    // MARK: 1. Question 4 in prose

    @Test("Q4 in prose: P(6,3)/C(6,3) in plain text, 'All: 120 (= 6 × 5 × 4, ordered)', '(6 anchors, 2 same-class positives, 3 negatives)', 'possible positives', '(6 ways) x … (2 ways)'", arguments: [
        Case(label: "P(6,3) = 6 × 5 × 4 = 120, C(6,3) = 20",
             sheet: "## Question 4\n\nP(6,3) = 6 × 5 × 4 = 120 ordered triplets (C(6,3) = 20 if the order did not matter).\n\nValid: 6 × 2 × 3 = 36.\n",
             ids: ["part2.q4.all", "part2.q4.valid"], from: "Valid: 6 × 2 × 3 = 36.", to: "Valid: 3 × 2 × 3 = 18.", wrong: "part2.q4.valid"),
        Case(label: "All: 120 (= 6 × 5 × 4, ordered)",
             sheet: "## Question 4\n\nAll: 120 (= 6 × 5 × 4, ordered)\n\nValid: 36 (= 6 × 2 × 3)\n",
             ids: ["part2.q4.all", "part2.q4.valid"], from: "All: 120 (= 6 × 5 × 4, ordered)", to: "All: 216 (= 6 × 6 × 6, ordered)", wrong: "part2.q4.all"),
        Case(label: "6 × 2 × 3 = 36 (6 anchors, 2 same-class positives, 3 negatives)",
             sheet: "## Question 4\n\nAll: 6 × 5 × 4 = 120\n\nValid: 6 × 2 × 3 = 36 (6 anchors, 2 same-class positives, 3 negatives)\n",
             ids: ["part2.q4.all", "part2.q4.valid"], from: "6 × 2 × 3 = 36 (6 anchors, 2 same-class", to: "6 × 3 × 3 = 54 (6 anchors, 3 same-class", wrong: "part2.q4.valid"),
        Case(label: "each anchor (6) has 2 possible positives and 3 possible negatives, $6 \\cdot 2 \\cdot 3$",
             sheet: "## Question 4\n\nAll ordered triplets: $6 \\cdot 5 \\cdot 4 = 120$.\n\nValid: each anchor (6) has 2 possible positives and 3 possible negatives, $6 \\cdot 2 \\cdot 3 = 36$.\n",
             ids: ["part2.q4.all", "part2.q4.valid"], from: "has 2 possible positives and 3 possible negatives, $6 \\cdot 2 \\cdot 3 = 36$",
             to: "has 3 possible positives and 3 possible negatives, $6 \\cdot 3 \\cdot 3 = 54$", wrong: "part2.q4.valid"),
        Case(label: "anchor (6 ways) x positive from the same class (2 ways) x negative from the other class (3 ways) = $36$",
             sheet: "## Question 4\n\nAll: $6 \\cdot 5 \\cdot 4 = 120$.\n\nValid: anchor (6 ways) x positive from the same class (2 ways) x negative from the other class (3 ways) = $36$\n",
             ids: ["part2.q4.all", "part2.q4.valid"], from: "(2 ways) x negative from the other class (3 ways) = $36$",
             to: "(3 ways) x negative from the other class (3 ways) = $54$", wrong: "part2.q4.valid"),
    ])
    func countsInProse(k: Case) throws { try Self.run(k) }

    // MARK: 2. Question 5's triplets

    static func set(_ triplets: [[Int]]) -> String {
        "## Question 5\n\n$\\{" + triplets.map { "(f_\($0[0]), f_\($0[1]), f_\($0[2]))" }.joined(separator: ", ") + "\\}$\n"
    }

    static func roleLines(_ triplets: [[Int]], _ line: (Int, [Int]) -> String) -> String {
        "## Question 5\n\n" + triplets.enumerated().map { line($0.offset + 1, $0.element) + "\n\n" }.joined()
    }

    @Test("Triplets as a set in one piece and as 't_1: a = f_1, p = f_2, n = f_5' lines (plain text, .txt, maths)", arguments: [0, 1, 2, 3])
    func tripletForms(form: Int) throws {
        func sheet(_ t: [[Int]]) -> (String, String) {
            switch form {
            case 0: (Self.set(t), "sheet.md")
            case 1: (Self.roleLines(t) { "t_\($0): a = f_\($1[0]), p = f_\($1[1]), n = f_\($1[2])" }, "sheet.md")
            case 2: (Self.roleLines(t) { "t_\($0): a = f_\($1[0]), p = f_\($1[1]), n = f_\($1[2])" }.replacingOccurrences(of: "## ", with: ""), "sheet.txt")
            default: (Self.roleLines(t) { "$t_\($0): a = f_\($1[0]), p = f_\($1[1]), n = f_\($1[2])$" }, "sheet.md")
            }
        }
        let (right, name) = sheet(R3.triplets)
        let c = try C.checks(right, name: name)
        C.expectRead(c, ["part2.q5.triplets"])
        Self.expectNothingFlagged(c)
        // Planted: t_7 copied as (f_6, f_4, f_5).
        let (planted, _) = sheet(R3.slipped)
        let w = try C.checks(planted, name: name)["part2.q5.triplets"]
        #expect(w?.status != .correct, "FALSE VERDICT: a wrong t_7 read as correct")
        // A set has no order: one that is not the assignment's cannot say which member is t_7.
        let want = form == 0 ? Status.unparsable : Status.incorrect
        #expect(w?.status == want, "\(w?.status.rawValue ?? "absent"): \(w?.evidence ?? "")")
    }

    @Test("Q4: the valid triplets' choices in words leave the total's working alone", arguments: [
        "## Question 4\n\nAll: 6 × 5 × 4 = 120.\n\nEach anchor (6) has 2 possible positives and 3 possible negatives.\n",
        "## Question 4\n\n6 × 5 × 4 = 120\n\n6 × 2 × 3 = 36 (6 anchors, 2 same-class positives, 3 negatives)\n",
    ])
    func choicesWithoutProduct(sheet: String) throws {
        // Reader bug (false verdict): the valid triplets' choices (in words, or the unlabelled
        // `6 × 2 × 3 = 36 (6 anchors, …)`) are joined to the total's working as 6·2·3, so
        // part2.q4.all.reasoning is `inconsistent` ("6 · 2 · 3 gives 36, not 120") though 6 × 5 × 4 = 120 is right.
        let c = try C.checks(sheet)
        C.expectRead(c, ["part2.q4.all"])
        #expect(c["part2.q4.valid"]?.status != .incorrect)
        #expect([.correct, .unverifiable].contains(c["part2.q4.all.reasoning"]?.status),
                "\(c["part2.q4.all.reasoning"]?.status.rawValue ?? "absent"): \(c["part2.q4.all.reasoning"]?.evidence ?? "")")
    }

    @Test("A set of the right triplets in another order is not wrong")
    func setInAnotherOrder() throws {
        // Reader bug (false verdict): `$\{(f_1, f_3, f_4), (f_1, f_2, f_5), (f_2, f_1, f_6), …\}$` (t_1 and
        // t_2 swapped; as a set equal to the assignment's) is `incorrect`: "t_1 is [1, 3, 4], the
        // assignment's is [1, 2, 5]". A set has no order to give it labels: correct, or unparsable.
        var swapped = R3.triplets
        swapped.swapAt(0, 1)
        let check = try C.checks(Self.set(swapped))["part2.q5.triplets"]
        #expect(check?.status == .correct || check?.status == .unparsable, "\(check?.status.rawValue ?? "absent"): \(check?.evidence ?? "")")
    }

    // MARK: 3. Part I

    static let names = ["RNN", "LSTM", "bi-RNN", "bi-LSTM", "2-level bi-RNN", "2-level bi-LSTM"]
    static let plain = ["60400", "241600", "120800", "483200", "361600", "1446400"]

    @Test("Part I: 'Test acc.' header with the accuracy column first (with and without %), rows '1. simple RNN — 60,400 params — 65', a CSV block under 'model, parameters, test_acc'",
          arguments: [0, 1, 2, 3, 4, 5])
    func partOneLayouts(layout: Int) throws {
        func sheet(_ lstm: String) -> (String, String) {
            let counts = R3.counts.enumerated().map { $0.offset == 1 ? lstm : $0.element }
            let plain = Self.plain.enumerated().map { $0.offset == 1 ? lstm.replacingOccurrences(of: ",", with: "") : $0.element }
            let acc = R3.accuracies
            switch layout {
            case 0, 1:
                return ("## Part I\n\n| Model | Test acc. | # parameters |\n|---|---|---|\n"
                        + (0..<6).map { "| \(Self.names[$0]) | \(layout == 0 ? acc[$0] : String(acc[$0].dropLast())) | \(counts[$0]) |\n" }.joined(), "sheet.md")
            case 2:
                let bare = ["65", "86", "66", "86", "61", "85"]
                let named = ["simple RNN"] + Self.names.dropFirst()
                return ("## Part I\n\n" + (0..<6).map { "\($0 + 1). \(named[$0]) — \(counts[$0]) params — \(bare[$0])\n" }.joined(), "sheet.md")
            default:
                let rows = "model, parameters, test_acc\n" + (0..<6).map { "\(Self.names[$0]), \(plain[$0]), \(acc[$0].dropLast())\n" }.joined()
                switch layout {
                case 3: return ("PART I\n\n" + rows, "sheet.txt")
                case 4: return ("## Part I\n\n" + rows, "sheet.md")
                default: return ("## Part I\n\n```\n" + rows + "```\n", "sheet.md")
                }
            }
        }
        let (right, name) = sheet("241,600")
        let c = try C.checks(right, name: name)
        R3.expectPartOne(c)
        Self.expectNothingFlagged(c)
        if layout == 2 { #expect(c["part1.accuracy.rnn"]?.claimed == "65", "\(c["part1.accuracy.rnn"]?.claimed ?? "absent")") }
        // Planted: the LSTM with one bias vector, 240,800.
        let (planted, _) = sheet("240,800")
        let w = try C.checks(planted, name: name)
        #expect(w["part1.params.lstm"]?.status != .correct, "FALSE VERDICT: 240,800 read as correct")
        C.expectRead(w, ["part1.params.lstm"], .incorrect)
        C.expectRead(w, ["part1.params.rnn", "part1.params.bi-lstm", "part1.params.2-level-bi-lstm"])
    }

    @Test("A row with train and test accuracies: nothing traps and the count reads")
    func trainAndTest() throws {
        let c = try C.checks("## Part I\n\nLSTM: 241,600 params, train acc 99.0%, test acc 86.0%\n")
        C.expectRead(c, ["part1.params.lstm"])
        let w = try C.checks("## Part I\n\nLSTM: 240,800 params, train acc 99.0%, test acc 86.0%\n")
        C.expectRead(w, ["part1.params.lstm"], .incorrect)
    }

    @Test("A table with a train accuracy column before the test one: the test column is the accuracy")
    func trainColumnFirst() throws {
        // Reader bug (false verdict under an accuracy reference): every row's train accuracy is read,
        // 99.00 and 99.50 % (the LSTM's reference mean is 86.00 %, so that answer would be `incorrect`
        // though 86.03 % is right). Sheet: `| Model | Train acc. | Test acc. | # parameters |`.
        let c = try C.checks("## Part I\n\n| Model | Train acc. | Test acc. | # parameters |\n|---|---|---|---|\n"
            + "| RNN | 99.00 | 64.64 | 60,400 |\n| LSTM | 99.50% | 86.03% | 241,600 |\n")
        C.expectRead(c, ["part1.params.rnn", "part1.params.lstm"])
        #expect(c["part1.accuracy.rnn"]?.claimed == "64.64", "RNN: \(c["part1.accuracy.rnn"]?.claimed ?? "absent") read")
        #expect(c["part1.accuracy.lstm"]?.claimed == "86.03%", "LSTM: \(c["part1.accuracy.lstm"]?.claimed ?? "absent") read")
    }

    @Test("After a named count, a number that words name as something else (`4 gates`, `2 biases`) is no accuracy")
    func countedWordsAfterCount() throws {
        // Reader bug (false verdict under an accuracy reference): `1. LSTM — 241,600 params — 4 gates`
        // gives the LSTM an accuracy of 4 (and the RNN one of 2); the sheet states no accuracy.
        let c = try C.checks("## Part I\n\n1. LSTM — 241,600 params — 4 gates\n2. RNN — 60,400 params — 2 biases\n")
        C.expectRead(c, ["part1.params.rnn", "part1.params.lstm"])
        for id in ["part1.accuracy.lstm", "part1.accuracy.rnn"] {
            #expect(c[id]?.status == .missing || c[id]?.status == .unparsable, "\(id): \(c[id]?.status.rawValue ?? "absent"), claimed \(c[id]?.claimed ?? "")")
        }
    }

    // MARK: 4–5. Chains naming the summed derivatives, the loss in delimiters or named in its subscript

    static let summed = "\\frac{\\partial L}{\\partial f_1} = \\frac{\\partial L_{t_1}}{\\partial f_1} + \\frac{\\partial L_{t_2}}{\\partial f_1} + \\frac{\\partial L_{t_3}}{\\partial f_1} + \\frac{\\partial L_{t_5}}{\\partial f_1}"
    static let q6f1 = "2f_1 - 2f_2 - 2f_3 + f_4 + f_5"
    static let trip = "\\partial L_{\\text{trip}}}"

    @Test("Q6 and Q5 with the loss written otherwise: a chain naming the summed derivatives, \\nabla_{f_1}\\Big(\\sum_k L^{(k)}\\Big), L_{\\text{trip}}, L_{\\text{trip}}^{(k)}", arguments: [
        // The p-role's sign turned: (f_2 − f_1) + (f_3 − f_1), consistently to −2f_1 + f_4 + f_5.
        Case(label: "chain naming the summed derivatives",
             sheet: "## Question 6\n\n$$\(summed) = (f_5 - f_2) + (f_4 - f_3) + (f_1 - f_2) + (f_1 - f_3) = \(q6f1)$$\n",
             ids: ["part2.q6.f_1"], from: "(f_1 - f_2) + (f_1 - f_3) = \(q6f1)", to: "(f_2 - f_1) + (f_3 - f_1) = -2f_1 + f_4 + f_5", wrong: "part2.q6.f_1"),
        Case(label: "\\nabla_{f_1}\\Big(\\sum_k L^{(k)}\\Big)",
             sheet: "## Question 6\n\n$\\nabla_{f_1}\\Big(\\sum_k L^{(k)}\\Big) = \(q6f1)$\n",
             ids: ["part2.q6.f_1"], from: q6f1, to: "f_4 + f_5 - f_2 - f_3", wrong: "part2.q6.f_1"),
        Case(label: "\\nabla_{f_4}\\Big(\\sum_k L_{\\text{trip}}^{(k)}\\Big)",
             sheet: "## Question 6\n\n$\\nabla_{f_4}\\Big(\\sum_k L_{\\text{trip}}^{(k)}\\Big) = f_1 + f_2 - 2f_6$\n",
             ids: ["part2.q6.f_4"], from: "f_1 + f_2 - 2f_6", to: "f_1 + f_2 - f_6", wrong: "part2.q6.f_4"),
        Case(label: "L_{\\text{trip}} in Question 3",
             sheet: "## Question 3\n\n" + q3.replacingOccurrences(of: "\\partial L}", with: trip) + "\n",
             ids: roles3, from: q3Plant.0, to: q3Plant.1, wrong: "part2.q3.f_a"),
        Case(label: "L_{\\text{trip}}^{(1)} in Question 5",
             sheet: "## Question 5\n\n" + q51.replacingOccurrences(of: "\\partial L}", with: "\\partial L_{\\text{trip}}^{(1)}}") + "\n",
             ids: ids51, from: q51Plant.0, to: q51Plant.1, wrong: "part2.q5.1.f_5"),
    ])
    func lossForms(k: Case) throws { try Self.run(k) }

    @Test("A chain naming the summed derivatives whose working is right and last side wrong is never correct")
    func chainLastSideWrong() throws {
        let c = try C.checks("## Question 6\n\n$$\(Self.summed) = (f_5 - f_2) + (f_4 - f_3) + (f_1 - f_2) + (f_1 - f_3) = 2f_1 - 2f_2 - 2f_3 + f_4 - f_5$$\n")
        #expect(c["part2.q6.f_1"]?.status != .correct, "FALSE VERDICT: a wrong last side read as correct")
        C.expectRead(c, ["part2.q6.f_1"], .incorrect)
    }

    // MARK: 6. Headings

    static let tablePerSample = "| | triplet | $\\partial/\\partial f_1$ | $\\partial/\\partial f_2$ | $\\partial/\\partial f_3$ | $\\partial/\\partial f_4$ | $\\partial/\\partial f_5$ | $\\partial/\\partial f_6$ |\n|---|---|---|---|---|---|---|---|\n"

    @Test("Headings: {\\bf Question 2.}, \\medskip\\noindent (5.1), **Ex. 2**, --- Question 6 ---, Task 2, question 3, [3]/[5.2], II. Triplet loss, ## $t_3$, #### (3), (c), (c) t3, **Triplet $t_1$ (question 5.1)**, rows 5.i/5.ii", arguments: [
        Case(label: "{\\bf Question 2.} (.tex)", file: "sheet.tex",
             sheet: "\\documentclass{article}\n\\begin{document}\n\n{\\bf Question 2.} \(q2)\n\n{\\bf Question 3.} \(q3)\n\n\\end{document}\n",
             ids: roles2 + roles3, from: q3Plant.0, to: q3Plant.1, wrong: "part2.q3.f_a"),
        Case(label: "\\medskip\\noindent (5.1) (.tex)", file: "sheet.tex",
             sheet: "\\documentclass{article}\n\\begin{document}\n\n\\section*{Question 5}\n\n\\medskip\\noindent (5.1)\n\n\(q51)\n\n\\end{document}\n",
             ids: ids51, from: q51Plant.0, to: q51Plant.1, wrong: "part2.q5.1.f_5"),
        Case(label: "**Ex. 2**", sheet: "**Ex. 2**\n\n\(q2)\n\n**Ex. 3**\n\n\(q3)\n",
             ids: roles2 + roles3, from: q3Plant.0, to: q3Plant.1, wrong: "part2.q3.f_a"),
        Case(label: "--- Question 6 ---",
             sheet: "--- Question 3 ---\n\n\(q3)\n\n--- Question 6 ---\n\n$\\frac{\\partial L}{\\partial f_4} = f_1 + f_2 - 2f_6$\n",
             ids: roles3 + ["part2.q6.f_4"], from: "f_1 + f_2 - 2f_6", to: "f_1 + f_2 - f_6", wrong: "part2.q6.f_4"),
        Case(label: "### Task 2, question 3", sheet: "### Task 2, question 2\n\n\(q2)\n\n### Task 2, question 3\n\n\(q3)\n",
             ids: roles2 + roles3, from: q3Plant.0, to: q3Plant.1, wrong: "part2.q3.f_a"),
        Case(label: "[3] and [5.2]", sheet: "[3]\n\n\(q3)\n\n[5.2]\n\n\(q52)\n",
             ids: roles3 + ids52, from: "f_4} = f_1 - f_4", to: "f_4} = f_4 - f_1", wrong: "part2.q5.2.f_4"),
        Case(label: "II. Triplet loss", sheet: "II. Triplet loss\n\nQuestion 3\n\n\(q3)\n",
             ids: roles3, from: q3Plant.0, to: q3Plant.1, wrong: "part2.q3.f_a"),
        Case(label: "## $t_3$ under Question 5", sheet: "## Question 5\n\n## $t_3$\n\n\(q53)\n",
             ids: ids53, from: q53Plant.0, to: q53Plant.1, wrong: "part2.q5.3.f_6"),
        Case(label: "#### (3) under ## 5.", sheet: "## 5.\n\n#### (3)\n\n\(q53)\n",
             ids: ids53, from: q53Plant.0, to: q53Plant.1, wrong: "part2.q5.3.f_6"),
        Case(label: "(c) alone", sheet: "## Question 5\n\n(c)\n\n\(q53)\n",
             ids: ids53, from: q53Plant.0, to: q53Plant.1, wrong: "part2.q5.3.f_6"),
        Case(label: "(c) t3 alone", sheet: "## Question 5\n\n(c) t3\n\n\(q53)\n",
             ids: ids53, from: q53Plant.0, to: q53Plant.1, wrong: "part2.q5.3.f_6"),
        Case(label: "**Triplet $t_1$ (question 5.1)**", sheet: "## Question 5\n\n**Triplet $t_1$ (question 5.1)**\n\n\(q51)\n",
             ids: ids51, from: q51Plant.0, to: q51Plant.1, wrong: "part2.q5.1.f_5"),
        Case(label: "table rows 5.i, 5.ii",
             sheet: "## Question 5\n\n" + tablePerSample
                + SheetTableClassesTests.rows51.replacingOccurrences(of: "| 5.1 |", with: "| 5.i |") + SheetTableClassesTests.rows52.replacingOccurrences(of: "| 5.2 |", with: "| 5.ii |"),
             ids: (1...6).map { "part2.q5.1.f_\($0)" } + (1...6).map { "part2.q5.2.f_\($0)" },
             from: "| $f_1 - f_4$ |", to: "| $f_4 - f_1$ |", wrong: "part2.q5.2.f_4"),
    ])
    func headings(k: Case) throws { try Self.run(k) }

    @Test("Under Question 5.1, an answer's items lettered (a), (b), (c) alone on their lines stay 5.1's")
    func letteredItemsUnderAPart() throws {
        // Reader bug (false verdict): the letters are read as Questions 5.2 and 5.3, so the right
        // ∂L/∂f_2 = f_2 − f_1 and ∂L/∂f_5 = f_1 − f_5 of 5.1 come out `incorrect` as 5.2's and 5.3's.
        let d = ["\\frac{\\partial L}{\\partial f_1} = f_5 - f_2", "\\frac{\\partial L}{\\partial f_2} = f_2 - f_1", "\\frac{\\partial L}{\\partial f_5} = f_1 - f_5"]
        let c = try C.checks("## Question 5.1\n\n(a)\n\n$\(d[0])$\n\n(b)\n\n$\(d[1])$\n\n(c)\n\n$\(d[2])$\n")
        C.expectRead(c, Self.ids51)
        Self.expectNothingFlagged(c)
    }

    // MARK: 7. Samples and layouts in plain text

    static let grid = """
        Question 5

        +----+---------+---------+---------+---------+---------+---------+
        | 5. | dLk/df1 | dLk/df2 | dLk/df3 | dLk/df4 | dLk/df5 | dLk/df6 |
        +----+---------+---------+---------+---------+---------+---------+
        | t1 | f5 - f2 | f2 - f1 | 0       | 0       | f1 - f5 | 0       |
        +----+---------+---------+---------+---------+---------+---------+
        | t2 | f4 - f3 | 0       | f3 - f1 | f1 - f4 | 0       | 0       |
        +----+---------+---------+---------+---------+---------+---------+

        """

    @Test("Plain text: f[1], • bullets, a grid table, ∇_f₁ L, derivatives run on one line", arguments: [
        Case(label: "dL/df[1] = f[5] - f[2]", file: "sheet.txt",
             sheet: "Question 5.1\n\ndL/df[1] = f[5] - f[2], dL/df[2] = f[2] - f[1], dL/df[5] = f[1] - f[5]\n",
             ids: ids51, from: "= f[1] - f[5]", to: "= f[5] - f[1]", wrong: "part2.q5.1.f_5"),
        Case(label: "• ∂L/∂f₁ = f₅ − f₂", file: "sheet.txt",
             sheet: "Question 5.1\n\n• ∂L/∂f₁ = f₅ − f₂\n• ∂L/∂f₂ = f₂ − f₁\n• ∂L/∂f₅ = f₁ − f₅\n",
             ids: ids51, from: "= f₁ − f₅", to: "= f₅ − f₁", wrong: "part2.q5.1.f_5"),
        Case(label: "grid table", file: "sheet.txt", sheet: grid,
             ids: (1...6).map { "part2.q5.1.f_\($0)" } + (1...6).map { "part2.q5.2.f_\($0)" },
             from: "| f1 - f5 |", to: "| f5 - f1 |", wrong: "part2.q5.1.f_5"),
        Case(label: "∇_f₁ L = f₅ − f₂", file: "sheet.txt",
             sheet: "Question 5.1\n\n∇_f₁ L = f₅ − f₂, ∇_f₂ L = f₂ − f₁, ∇_f₅ L = f₁ − f₅\n",
             ids: ids51, from: "= f₁ − f₅", to: "= f₅ − f₁", wrong: "part2.q5.1.f_5"),
        Case(label: "∂L/∂f₁ = f₅ − f₂ ∂L/∂f₂ = … on one line", file: "sheet.txt",
             sheet: "Question 5.1\n\n∂L/∂f₁ = f₅ − f₂ ∂L/∂f₂ = f₂ − f₁ ∂L/∂f₅ = f₁ − f₅\n",
             ids: ids51, from: "∂L/∂f₂ = f₂ − f₁", to: "∂L/∂f₂ = f₁ − f₂", wrong: "part2.q5.1.f_2"),
    ])
    func plainText(k: Case) throws { try Self.run(k) }

    // MARK: 8. Notation that answers nothing

    @Test("'$\\frac{\\partial L}{\\partial f_i}$ is the gradient of …' and '(t1..t8 = 5.1..5.8)' answer nothing and flag nothing", arguments: [
        "## Question 5.1\n\n$\\frac{\\partial L}{\\partial f_i}$ is the gradient of the loss with respect to the sample $f_i$.\n\n\(q51)\n",
        "## Question 5\n\nThe answers are numbered by triplet (t1..t8 = 5.1..5.8).\n\n## Question 5.1\n\n\(q51)\n",
    ])
    func notation(sheet: String) throws {
        let c = try C.checks(sheet)
        C.expectRead(c, Self.ids51)
        Self.expectNothingFlagged(c)
        let w = try C.checks(sheet.replacingOccurrences(of: Self.q51Plant.0, with: Self.q51Plant.1))
        C.expectRead(w, ["part2.q5.1.f_5"], .incorrect)
    }

    @Test("'∂L/∂f_x = 0 for x ∈ {a,p,n}' stays unparsable, never correct", arguments: [
        "## Question 2\n\n∂L/∂f_x = 0 for x ∈ {a,p,n}\n",
        "## Question 2\n\n$\\frac{\\partial L}{\\partial f_x} = 0$ for $x \\in \\{a, p, n\\}$\n",
    ])
    func generalValue(sheet: String) throws {
        let c = try C.checks(sheet)
        for id in Self.roles2 { #expect(c[id]?.status != .correct, "FALSE VERDICT: \(id) read from f_x") }
        #expect(c.values.contains { $0.status == .unparsable }, "nothing reported unparsable: \(c.filter { $0.key.hasPrefix("part2.q2") }.mapValues(\.status.rawValue))")
    }

    // MARK: 9. A vector equation

    static func vector(_ heads: [Int], _ values: [String]) -> String {
        let h = heads.map { "\\frac{\\partial L^{(1)}}{\\partial f_\($0)}" }.joined(separator: " \\\\ ")
        return "## Question 5.1\n\n$$\\begin{bmatrix} \(h) \\end{bmatrix} = \\begin{bmatrix} \(values.joined(separator: " \\\\ ")) \\end{bmatrix}$$\n"
    }

    @Test("A vector equation of one-column matrices reads row by row; rows that differ in count stay unread")
    func vectorEquation() throws {
        let c = try C.checks(Self.vector([1, 2, 5], ["f_5 - f_2", "f_2 - f_1", "f_1 - f_5"]))
        C.expectRead(c, Self.ids51)
        Self.expectNothingFlagged(c)
        // Planted: the row of f_2 with its sign turned.
        let w = try C.checks(Self.vector([1, 2, 5], ["f_5 - f_2", "f_1 - f_2", "f_1 - f_5"]))
        #expect(w["part2.q5.1.f_2"]?.status != .correct, "FALSE VERDICT: a wrong row read as correct")
        C.expectRead(w, ["part2.q5.1.f_2"], .incorrect)
        C.expectRead(w, ["part2.q5.1.f_1", "part2.q5.1.f_5"])
        // Three heads, two values: no row may be read.
        let uneven = try C.checks(Self.vector([1, 2, 5], ["f_5 - f_2", "f_2 - f_1"]))
        for id in Self.ids51 { #expect(uneven[id]?.status != .correct, "FALSE VERDICT: \(id) read from an uneven vector") }
        C.expectRead(uneven, ["part2.q5.1.f_1"], .unparsable)
    }
}
