import Foundation
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Testing

/// Classes of notation and layout, round 31 (found by the outsiders' sets
/// unseen41–43 and a probe of my own; each class written here in other words
/// than the sheets'). Verdicts by hand from the assignment: with the hinge
/// inactive every gradient is 0; active, the anchor's is f_n − f_p, the
/// positive's f_p − f_a, the negative's f_a − f_n; for t_1 = (f_1, f_2, f_5)
/// that is f_5 − f_2, f_2 − f_1, f_1 − f_5, and f_3, f_4, f_6 get 0.
@Suite("Classes of notation, round 31: questions labelled (2), a table of accuracies alone, samples outside named in brackets, a table indexed by i")
struct ReadingClassesRound31Tests {
    typealias C = SheetClassesTests

    static let q2 = C.q2, q3 = C.q3, q51 = C.q51
    static let twoAndThree = ["part2.q2.f_a", "part2.q2.f_p", "part2.q2.f_n", "part2.q3.f_a", "part2.q3.f_p", "part2.q3.f_n"]

    @Test("Questions labelled by a number in brackets, plain or in emphasis, opening its line after Part II's heading", arguments: [
        "## Part II\n\n**(2)** \(q2)\n\n**(3)** \(q3)\n",
        "## Part II\n\n**(2)**\n\n\(q2)\n\n**(3)**\n\n\(q3)\n",
        "Part II\n\n(2) \(q2)\n\n(3) \(q3)\n",
        "# Part 2\n\n__(2).__ hinge inactive: \(q2)\n\n__(3).__ hinge active: \(q3)\n",
    ])
    func bracketQuestions(_ sheet: String) throws {
        let c = try C.checks(sheet)
        C.expectRead(c, Self.twoAndThree)
        // A wrong answer under a label is read under its question, and wrong.
        let wrong = try C.checks(sheet.replacingOccurrences(of: "= f_p - f_a", with: "= f_a - f_p"))
        C.expectRead(wrong, ["part2.q3.f_p"], .incorrect)
    }

    @Test("Numbers in brackets that count on from Question 5's parts are parts; after the eighth, (6) is Question 6")
    func bracketPartsThenSix() throws {
        let sheet = "## Part II\n\n**(2)** \(Self.q2)\n\n**(5)**\n\n**(1)**\n\n\(Self.q51)\n\n**(2)**\n\n$\\frac{\\partial L}{\\partial f_1} = f_4 - f_3$\n\n"
            + "**(6)**\n\n$\\frac{\\partial L}{\\partial f_4} = f_1 + f_2 - 2f_6$\n"
        let c = try C.checks(sheet)
        C.expectRead(c, ["part2.q5.1.f_1", "part2.q5.1.f_2", "part2.q5.1.f_5", "part2.q5.2.f_1", "part2.q6.f_4"])
        let wrong = try C.checks(sheet.replacingOccurrences(of: "f_1 + f_2 - 2f_6", with: "f_1 + f_2 + 2f_6"))
        C.expectRead(wrong, ["part2.q6.f_4"], .incorrect)
    }

    @Test("A number in brackets that is an answer's own list ((1), (2), (3) in Question 2) heads nothing")
    func bracketItemsUnderAQuestion() throws {
        let sheet = "## Part II\n\n### Question 2\n\n(1) The hinge is inactive, so the loss is constant.\n\n(2) Hence \(Self.q2)\n\n"
            + "(3) Nothing else changes.\n\n### Question 3\n\n\(Self.q3)\n"
        let c = try C.checks(sheet)
        C.expectRead(c, Self.twoAndThree)
    }

    static let accuracies = "| Model | Test accuracy |\n|---|---|\n| RNN | 64.1% |\n| LSTM | 86.0% |\n| bi-RNN | 68.7% |\n"

    @Test("A table headed by the accuracy alone beside the counts in a list gives accuracies, no second count")
    func accuracyTableAlone() throws {
        let counts = "- RNN: $200 \\cdot 100 + 200 \\cdot 200 + 400 = 60{,}400$\n- LSTM: $4 \\cdot 60{,}400 = 241{,}600$\n"
            + "- bi-RNN: $2 \\cdot 60{,}400 = 120{,}800$\n"
        let c = try C.checks("## Part I\n\n" + counts + "\n" + Self.accuracies)
        C.expectRead(c, ["part1.params.rnn", "part1.params.lstm", "part1.params.bi-rnn"])
        C.expectRead(c, ["part1.accuracy.rnn", "part1.accuracy.lstm", "part1.accuracy.bi-rnn"], .unverifiable)
        let wrong = try C.checks("## Part I\n\n" + counts.replacingOccurrences(of: "2 \\cdot 60{,}400 = 120{,}800", with: "2 \\cdot 60{,}200 = 120{,}400") + "\n" + Self.accuracies)
        C.expectRead(wrong, ["part1.params.bi-rnn"], .incorrect)
        C.expectRead(wrong, ["part1.params.rnn"])
    }

    static let part51 = "### 5.1\n\nThe anchor is $f_1$, the positive $f_2$ and the negative $f_5$: "
        + "$\\frac{\\partial L}{\\partial f_1} = f_5 - f_2$, $\\frac{\\partial L}{\\partial f_2} = f_2 - f_1$ and $\\frac{\\partial L}{\\partial f_5} = f_1 - f_5$. "
    static let rest51 = ["part2.q5.1.f_3", "part2.q5.1.f_4", "part2.q5.1.f_6"]

    @Test("A zero for samples named in brackets after words saying they are outside the triplet is theirs", arguments: [
        "Again the three samples outside the triplet ($f_3$, $f_4$, $f_6$) have derivative $0$.",
        "Likewise $f_3$, $f_4$ and $f_6$, which do not appear in it, get $0$.",
    ])
    func outsideInBrackets(_ tail: String) throws {
        let c = try C.checks("## Question 5\n\n" + Self.part51 + tail + "\n")
        C.expectRead(c, ["part2.q5.1.f_1", "part2.q5.1.f_2", "part2.q5.1.f_5"] + Self.rest51)
        let wrong = try C.checks("## Question 5\n\n" + Self.part51.replacingOccurrences(of: "= f_1 - f_5", with: "= f_5 - f_1") + tail + "\n")
        C.expectRead(wrong, ["part2.q5.1.f_5"], .incorrect)
        C.expectRead(wrong, Self.rest51)
    }

    @Test("A table of Question 6 whose first column, headed i, numbers the samples of the header's ∂L/∂f_i")
    func tableIndexedByI() throws {
        let table = "## Question 6\n\n| $i$ | sum over the triplets with $f_i$ | $\\partial L/\\partial f_i$ |\n|---|---|---|\n"
            + "| 4 | $(f_1 - f_4) + (f_2 - f_4) + (f_4 - f_6) + (f_4 - f_6)$ | $f_1 + f_2 - 2f_6$ |\n"
            + "| 5 | $(f_1 - f_5) + (f_3 - f_5) + (f_2 - f_6)$ | $f_1 + f_2 + f_3 - 2f_5 - f_6$ |\n"
        let c = try C.checks(table)
        C.expectRead(c, ["part2.q6.f_4", "part2.q6.f_5"])
        let wrong = try C.checks(table.replacingOccurrences(of: "| $f_1 + f_2 - 2f_6$ |", with: "| $f_1 + f_2 + 2f_6$ |"))
        C.expectRead(wrong, ["part2.q6.f_4"], .incorrect)
        C.expectRead(wrong, ["part2.q6.f_4.steps"], .inconsistent)
        // So with the samples written out, under a derivative the grammar reads as no head.
        let named = try C.checks("## Question 6\n\n| sample | sum of its terms | $\\partial L/\\partial f$ |\n|---|---|---|\n"
            + "| $f_4$ | $(f_1 - f_4) + (f_2 - f_4) + (f_4 - f_6) + (f_4 - f_6)$ | $f_1 + f_2 + 2f_6$ |\n")
        C.expectRead(named, ["part2.q6.f_4"], .incorrect)
        C.expectRead(named, ["part2.q6.f_4.steps"], .inconsistent)
        // A column headed i over a header that writes no f_i is not the samples'.
        let other = try C.checks(table.replacingOccurrences(of: "$\\partial L/\\partial f_i$", with: "$\\partial L/\\partial f$")
            .replacingOccurrences(of: "with $f_i$", with: "with it"))
        #expect(other["part2.q6.f_4"]?.status != .correct)
    }

    static let eight = "(f1, f2, f5), (f1, f3, f4), (f2, f1, f6), (f2, f3, f4), (f3, f1, f5), (f5, f6, f2), (f6, f4, f3), (f6, f4, f2)"

    @Test("The list's labels written as a range before it (t1..t8 = …, t_1, \\dots, t_8 = …) label the triplets in order", arguments: [
        ("Question 5\n\nt1..t8 = \(eight)\n", "sheet.txt"),
        ("Question 5\n\nt1, ..., t8 = \(eight)\n", "sheet.txt"),
        ("## Question 5\n\n$t_1, \\dots, t_8 = " + eight.replacingOccurrences(of: "f1", with: "f_1").replacingOccurrences(of: "f2", with: "f_2")
            .replacingOccurrences(of: "f3", with: "f_3").replacingOccurrences(of: "f4", with: "f_4").replacingOccurrences(of: "f5", with: "f_5")
            .replacingOccurrences(of: "f6", with: "f_6") + "$\n", "sheet.md"),
    ])
    func rangeOfLabels(_ sheet: String, _ name: String) throws {
        let c = try C.checks(sheet, name: name)
        C.expectRead(c, ["part2.q5.triplets"])
        // One triplet copied wrong (t_6's negative): the list is read, and wrong.
        let wrong = try C.checks(sheet.replacingOccurrences(of: "(f5, f6, f2)", with: "(f5, f6, f3)")
            .replacingOccurrences(of: "(f_5, f_6, f_2)", with: "(f_5, f_6, f_3)"), name: name)
        #expect(wrong["part2.q5.triplets"]?.status == .incorrect || wrong["part2.q5.triplets"]?.status == .inconsistent)
        // A range that is not the whole list (t1..t7 before eight) labels nothing.
        let short = try C.checks(sheet.replacingOccurrences(of: "t8", with: "t7").replacingOccurrences(of: "t_8", with: "t_7"), name: name)
        #expect(short["part2.q5.triplets"]?.status != .correct)
    }

    static func partOne(_ line: String) throws -> [String: Check] {
        try C.checks("# Part I\n\n" + line + "\n\n# Part II\n\n## Question 2\n\n\(C.q2)\n")
    }

    @Test("A model's weights and biases counted apart ('60,000 weights plus 400 biases') are no count of its parameters: for a person", arguments: [
        "The RNN has $200 \\cdot 100 + 200 \\cdot 200 = 60{,}000$ weights plus 400 biases and reached 64.6 %.",
        "- RNN: 60,000 weights and 400 bias terms (64.6 %)",
        "For the RNN I count 60,000 weights + 400 biases; accuracy 64.6 %.",
    ])
    func weightsApart(_ line: String) throws {
        let c = try Self.partOne(line)
        #expect(c["part1.params.rnn"]?.status == .unparsable)
    }

    @Test("The count of parameters stated with its weights and biases beside it is read")
    func weightsBesideTheCount() throws {
        C.expectRead(try Self.partOne("- RNN: 60,400 parameters (60,000 weights + 400 biases), 64.6 %"), ["part1.params.rnn"])
        C.expectRead(try Self.partOne("- RNN: 60,200 parameters (60,000 weights + 200 biases), 64.6 %"), ["part1.params.rnn"], .incorrect)
    }

    @Test("Working that does not come to the count it ends in leaves the count for a person", arguments: [
        "The RNN has $200 \\cdot 100 + 200 \\cdot 200 + 200 = 60{,}400$ parameters and reached 64.6 %.",
        "The RNN has 200*100 + 200*200 + 200 = 60,400 parameters and reached 64.6 %.",
        "RNN: 200*100 + 200*200 + 200 = 60,400 params, 64.6 %",
        "- RNN: 200 x 100 + 200 x 200 + 200 = 60,400 parameters (64.6 %)",
    ])
    func workingNotHolding(_ line: String) throws {
        let c = try Self.partOne(line)
        #expect(c["part1.params.rnn"]?.status == .unparsable)
        // The same working, right: read.
        let right = line.replacingOccurrences(of: "+ 200 =", with: "+ 400 =")
        C.expectRead(try Self.partOne(right), ["part1.params.rnn"])
        // Right working to a wrong count: for a person too, never correct.
        let wrongCount = try Self.partOne(right.replacingOccurrences(of: "60{,}400", with: "60{,}200").replacingOccurrences(of: "60,400", with: "60,200"))
        #expect(wrongCount["part1.params.rnn"]?.status != .correct)
    }

    @Test("A number in brackets in the same paragraph as an answer's own items (1), (2) heads nothing: (3) is the list's")
    func bracketItemsInOneParagraph() throws {
        let sheet = "## Part II\n\n(2) With the hinge inactive:\n(1) dL/dfa = 0\n(2) dL/dfp = 0\n(3) dL/dfn = fa - fn\n\n(3) \(Self.q3)\n"
        let c = try C.checks(sheet, name: "sheet.md")
        // The wrong third item is never read as Question 3's right answer.
        #expect(c["part2.q3.f_n"]?.claimed.contains("fa - fn") != true || c["part2.q3.f_n"]?.status != .correct)
        #expect(c["part2.q2.f_n"]?.status != .correct)
    }

    @Test("A display's rows opening with a triplet's label and a colon are that triplet's part", arguments: ["t_1:\\;&", "t_{1} \\colon &", "t_1 : \\quad"])
    func rowLabels(_ label: String) throws {
        let row1 = "\\frac{\\partial L}{\\partial f_1} = f_5 - f_2 ,\\; \\frac{\\partial L}{\\partial f_2} = f_2 - f_1 ,\\; \\frac{\\partial L}{\\partial f_5} = f_1 - f_5"
        let row2 = "\\frac{\\partial L}{\\partial f_1} = f_4 - f_3"
        let sheet = "## Question 5\n\n$$\n\\begin{aligned}\n\(label) \(row1) \\\\\n\(label.replacingOccurrences(of: "1", with: "2")) \(row2)\n\\end{aligned}\n$$\n"
        let c = try C.checks(sheet)
        C.expectRead(c, ["part2.q5.1.f_1", "part2.q5.1.f_2", "part2.q5.1.f_5", "part2.q5.2.f_1"])
        let wrong = try C.checks(sheet.replacingOccurrences(of: "= f_4 - f_3", with: "= f_3 - f_4"))
        C.expectRead(wrong, ["part2.q5.2.f_1"], .incorrect)
        // A row stating the triplet (`t_1 := (1, 2, 5)`) heads nothing.
        let stated = try C.checks("## Question 5\n\n$$\n\\begin{aligned}\nt_1 &:= (1, 2, 5) \\\\\nt_2 &:= (1, 3, 4)\n\\end{aligned}\n$$\n")
        #expect(!stated.keys.contains { $0.hasPrefix("part2.q5.1.") && stated[$0]?.status == .correct })
    }

    @Test("Part I in sentences: 'in its recurrent layers' names the model's own layers, no count of levels")
    func ownLayers() throws {
        let text = "The RNN has 60,400 parameters in its recurrent layers and got 57.1% on the test set. "
            + "The bi-RNN has 120,800 parameters in its layers and got 66.9% on the test set."
        C.expectRead(try Self.partOne(text), ["part1.params.rnn", "part1.params.bi-rnn"])
        C.expectRead(try Self.partOne(text.replacingOccurrences(of: "120,800", with: "120,400")), ["part1.params.bi-rnn"], .incorrect)
        // Layers counted are levels still: not read as the one-level model's.
        #expect(try Self.partOne("The RNN has 120,800 parameters in its two layers and got 57.1%.")["part1.params.rnn"]?.status != .incorrect)
    }

    @Test("Question 4: 'with the label constraint' says the valid count, 'without the label constraint' all of them")
    func labelConstraint() throws {
        let text = "Without labels: $6 \\cdot 5 \\cdot 4 = 120$.\n\nWith the label constraint: per class 3 anchors, 2 positives and 3 negatives, "
            + "and two classes, so $2 \\cdot 3 \\cdot 2 \\cdot 3 = 36$."
        let c = try C.checks("## Question 4\n\n" + text + "\n")
        C.expectRead(c, ["part2.q4.all", "part2.q4.valid"])
        let wrong = try C.checks("## Question 4\n\n" + text.replacingOccurrences(of: "2 \\cdot 3 \\cdot 2 \\cdot 3 = 36", with: "3 \\cdot 2 \\cdot 3 = 18") + "\n")
        C.expectRead(wrong, ["part2.q4.valid"], .incorrect)
    }

    @Test("Question 4 in one line: a kind's label after a figure, or a slash or middle dot set apart, starts the next count's clause", arguments: [
        ("Question 4\n\nall: 6*5*4 = 120   valid: 6*2*3 = 36\n", "sheet.txt"),
        ("## Question 4\n\n$6\\cdot5\\cdot4=120$ (ordered, distinct) / $6\\cdot2\\cdot3=36$ (valid)\n", "sheet.md"),
        ("## Question 4\n\nAll: $6\\cdot 5\\cdot 4 = 120$ · valid: $6\\cdot 2\\cdot 3 = 36$\n", "sheet.md"),
    ])
    func countLabelsInOneLine(_ sheet: String, _ name: String) throws {
        let c = try C.checks(sheet, name: name)
        C.expectRead(c, ["part2.q4.all", "part2.q4.valid"])
        let wrong = try C.checks(sheet.replacingOccurrences(of: "6*2*3 = 36", with: "3*2*3 = 18")
            .replacingOccurrences(of: "6\\cdot2\\cdot3=36", with: "3\\cdot2\\cdot3=18").replacingOccurrences(of: "6\\cdot 2\\cdot 3 = 36", with: "3\\cdot 2\\cdot 3 = 18"), name: name)
        C.expectRead(wrong, ["part2.q4.valid"], .incorrect)
        C.expectRead(wrong, ["part2.q4.all"])
    }

    @Test("A part of Question 5 named in Question 6's working ('5a) to 5h) added …', '5c. is the only part …') heads nothing")
    func partNamedInQuestionSix() throws {
        let sheet = "## Question 6\n\n5a) to 5h) added sample by sample:\n\n$\\frac{\\partial L}{\\partial f_4} = f_1 + f_2 - 2f_6$\n\n"
            + "5c. is the only part with $f_6$ as a negative, so\n\n$\\frac{\\partial L}{\\partial f_5} = f_1 + f_2 + f_3 - 2f_5 - f_6$\n"
        let c = try C.checks(sheet)
        C.expectRead(c, ["part2.q6.f_4", "part2.q6.f_5"])
        #expect(!c.contains { ($0.key.hasPrefix("part2.q5.1.") || $0.key.hasPrefix("part2.q5.3.")) && $0.value.status != .missing })
        let wrong = try C.checks(sheet.replacingOccurrences(of: "f_1 + f_2 - 2f_6", with: "0"))
        C.expectRead(wrong, ["part2.q6.f_4"], .incorrect)
    }

    @Test("A triplet's row label opens a part only under Question 5, and the part ends with its display")
    func rowLabelScope() throws {
        let display = "$$\n\\begin{aligned}\nt_1:\\;& \\frac{\\partial L}{\\partial f_5} = f_1 - f_5 \\\\\nt_5:\\;& \\frac{\\partial L}{\\partial f_5} = f_3 - f_5\n\\end{aligned}\n$$\n"
        // Under Question 6: the rows are working, never Question 6's answers one by one.
        let six = try C.checks("## Question 6\n\nThe terms for $f_5$:\n\n" + display + "\nso $\\frac{\\partial L}{\\partial f_5} = f_1 + f_2 + f_3 - 2f_5 - f_6$.\n")
        #expect(six["part2.q6.f_5"]?.status != .incorrect)
        #expect(!six.keys.contains { $0.hasPrefix("part2.q5.") && six[$0]?.status == .correct })
        // Under Question 5: a paragraph after the display is no longer the last row's part.
        let five = try C.checks("## Question 5\n\n" + display + "\nThen $\\frac{\\partial L}{\\partial f_6} = f_2 - f_6$.\n")
        C.expectRead(five, ["part2.q5.1.f_5", "part2.q5.5.f_5"])
        #expect(five["part2.q5.5.f_6"] == nil || five["part2.q5.5.f_6"]?.status != .correct)
    }

    @Test("Fuzz findings (fuzz/regressions/tex-*): each LaTeX sheet ends in a report, without a trap")
    func texRegressions() throws {
        let folder = PackagePaths.root.appendingPathComponent("fuzz/regressions")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("tex-") }.sorted()
        #expect(!files.isEmpty)
        for file in files {
            let text = String(decoding: try Data(contentsOf: folder.appendingPathComponent(file)), as: UTF8.self)
            // A report of every answer, whatever it says: reading never traps.
            #expect(!(try C.checks(text, name: file)).isEmpty, "\(file)")
        }
    }

    @Test("A display row labelled by its model and a colon, after other rows (`\\text{LSTM}: &\\quad … = 241{,}600`), reads at the row's own colon")
    func labelColonInLaterRow() throws {
        let display = "## Part I\n\n$$\n\\begin{aligned}\n\\text{RNN}: &\\quad 200 \\cdot 100 + 200 \\cdot 200 + 400 = 60{,}400 \\\\\n"
            + "\\text{LSTM}: &\\quad 4 \\cdot 60{,}400 = 241{,}600\n\\end{aligned}\n$$\n\n# Part II\n\n## Question 2\n\n\(C.q2)\n"
        C.expectRead(try C.checks(display), ["part1.params.rnn", "part1.params.lstm"])
        C.expectRead(try C.checks(display.replacingOccurrences(of: "4 \\cdot 60{,}400 = 241{,}600", with: "4 \\cdot 60{,}200 = 240{,}800")),
                     ["part1.params.lstm"], .incorrect)
    }
}
