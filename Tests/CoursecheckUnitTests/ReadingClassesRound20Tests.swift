import CoursecheckAssignment
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Testing

/// Classes of notation and layout, round 20 (found by four outsiders' sets,
/// /work/notes/unseen20..23 at the time; each class written here in other
/// words). Verdicts by hand from the assignment: input 100, hidden 200, two
/// biases: RNN 200·(100 + 200) + 2·200 = 60,400, LSTM 4·60,400 = 241,600,
/// bi-RNN 120,800; 6·5·4 = 120 ordered triplets, 36 valid; with the hinge
/// inactive every gradient is 0.
@Suite("Classes of notation, round 20: Part I counts named by their model in maths, an ordered pair of roles, conditions and rules in words")
struct ReadingClassesRound20Tests {
    typealias C = SheetClassesTests
    static let q4ids = ["part2.q4.all", "part2.q4.all.reasoning", "part2.q4.valid", "part2.q4.valid.reasoning"]
    static let tail = "\n\n# Part II\n\n## Question 2\n\n$\\frac{\\partial L}{\\partial f_a} = 0$\n"

    @Test("A count named by its model in a script or argument (`N_{\\text{LSTM}} = 4 \\cdot 60{,}400 = 241{,}600`) is that model's, in a display's rows or inline", arguments: [
        "$$\n\\begin{aligned}\nN_{\\text{RNN}} &= 200(100 + 200) + 2 \\cdot 200 = 60{,}400 \\\\\nN_{\\text{LSTM}} &= 4 \\cdot 60{,}400 = 241{,}600 \\\\\nN_{\\text{bi-RNN}} &= 2 \\cdot 60{,}400 = 120{,}800\n\\end{aligned}\n$$",
        "$N_{\\mathrm{RNN}} = 60\\,400$, and so $N_{\\mathrm{LSTM}} = 4 \\times 60\\,400 = 241\\,600$.\n\n$N_{\\mathrm{bi\\text{-}RNN}} = 120\\,800$",
        "\\begin{align*}\n\\#\\theta(\\text{RNN}) &= 60400\\\\\n\\#\\theta(\\text{LSTM}) &= 241600\\\\\n\\#\\theta(\\text{bi-RNN}) &= 2 \\cdot 60400 = 120800\n\\end{align*}",
    ])
    func countNamedInMaths(_ part1: String) throws {
        let sheet = "# Part I\n\n" + part1 + Self.tail
        let c = try C.checks(sheet)
        C.expectRead(c, ["part1.params.rnn", "part1.params.lstm", "part1.params.bi-rnn"])
        let wrong = sheet.replacingOccurrences(of: "241{,}600", with: "240{,}800").replacingOccurrences(of: "241\\,600", with: "240\\,800")
            .replacingOccurrences(of: "241600", with: "240800")
        C.expectRead(try C.checks(wrong), ["part1.params.lstm"], .incorrect)
    }

    @Test("A count named by its model whose working gives no result (`N_{\\text{LSTM}} = 4 \\cdot 60{,}400`) is not read as a count")
    func namedWorkingWithoutResult() throws {
        let c = try C.checks("# Part I\n\n$$N_{\\text{LSTM}} = 4 \\cdot 60{,}400 \\cdot 2$$" + Self.tail)
        #expect(c["part1.params.lstm"]?.status != .correct)
        #expect(c["part1.params.lstm"]?.status != .incorrect)
    }

    @Test("A symbol's script that names no model, or names two, gives no count (`N_{\\text{total}} = 60{,}400`, `N_{\\text{RNN, LSTM}}`)")
    func scriptNamesNoModel() throws {
        let c = try C.checks("# Part I\n\n$$N_{\\text{total}} = 60{,}400$$\n\n$$N_{\\text{RNN, LSTM}} = 301{,}000$$" + Self.tail)
        #expect(c["part1.params.rnn"]?.status != .correct)
        #expect(c["part1.params.lstm"]?.status != .correct)
    }

    @Test("An ordered pair of two roles (`P(3,2) = 6` ways for anchor and positive) is a factor of the valid count, not the count of all triplets")
    func orderedPairOfRoles() throws {
        let sheet = "## Question 4\n\nOrdered triplets of distinct samples: the falling factorial $6^{\\underline{3}} = 6 \\cdot 5 \\cdot 4 = 120$.\n\nValid ones: pick the anchor's class (2 ways); anchor and positive are then an ordered pair from it, $P(3,2) = 6$ ways, and the negative is one of the 3 others. So there are $2 \\cdot 6 \\cdot 3 = 36$ valid triplets.\n"
        let c = try C.checks(sheet)
        C.expectRead(c, Self.q4ids)
        let w = try C.checks(sheet.replacingOccurrences(of: "= 120$", with: "= 210$").replacingOccurrences(of: "6 \\cdot 5 \\cdot 4", with: "7 \\cdot 6 \\cdot 5"))
        #expect(w["part2.q4.all"]?.status == .incorrect)
    }

    @Test("A condition on a quantity that is no sample and no derivative (`If $h < 0$ then …`) is no answer")
    func conditionIsNoAnswer() throws {
        let sheet = "## Question 2\n\nLet $h = \\tfrac12\\|f_a - f_p\\|^2 - \\tfrac12\\|f_a - f_n\\|^2 + \\alpha$. If $h < 0$ the loss is $0$ near the point, so\n\n$$\\frac{\\partial L}{\\partial f_a} = \\frac{\\partial L}{\\partial f_p} = \\frac{\\partial L}{\\partial f_n} = 0$$\n"
        let c = try C.checks(sheet)
        C.expectRead(c, ["part2.q2.f_a", "part2.q2.f_p", "part2.q2.f_n"])
        #expect(c.keys.filter { $0.hasPrefix("part2.q2@") }.isEmpty, "\(c.keys.sorted())")
        let w = try C.checks(sheet.replacingOccurrences(of: "= \\frac{\\partial L}{\\partial f_n} = 0", with: "= 0, \\quad \\frac{\\partial L}{\\partial f_n} = f_a - f_n"))
        #expect(w["part2.q2.f_n"]?.status == .incorrect)
    }

    @Test("Before any triplet of Question 5, zero for the samples outside a triplet (`a sample outside a triplet gets $\\vec 0$`) is a rule, not an answer")
    func zeroOutsideTripletRule() throws {
        let sheet = "## Question 5\n\nEvery partial below follows from Question 3 (all hinges active); a sample outside a triplet gets $\\vec{0}$.\n\n### Question 5.2\n\n$$\\frac{\\partial L}{\\partial f_1} = f_4 - f_3,\\ \\frac{\\partial L}{\\partial f_3} = f_3 - f_1,\\ \\frac{\\partial L}{\\partial f_4} = f_1 - f_4,\\ \\frac{\\partial L}{\\partial f_2} = \\frac{\\partial L}{\\partial f_5} = \\frac{\\partial L}{\\partial f_6} = 0$$\n"
        let c = try C.checks(sheet)
        C.expectRead(c, LayoutClassesRound4Tests.ids52 + PlainTextClassesTests.zeros52)
        #expect(c.keys.filter { $0.hasPrefix("part2.q5@") }.isEmpty, "\(c.keys.sorted())")
    }

    @Test("A table's row named by the sub-question with its heading's word (`Exercise 5.2`, `Task 5.2`) is that triplet's row", arguments: ["Exercise 5.2", "Task 5.2", "Problem 5.2"])
    func rowNamedBySubQuestion(_ row: String) throws {
        let sheet = "## Question 5\n\n| | $\\partial L/\\partial f_1$ | $\\partial L/\\partial f_2$ | $\\partial L/\\partial f_3$ | $\\partial L/\\partial f_4$ | $\\partial L/\\partial f_5$ | $\\partial L/\\partial f_6$ |\n|---|---|---|---|---|---|---|\n| \(row) | $f_4 - f_3$ | $0$ | $f_3 - f_1$ | $f_1 - f_4$ | $0$ | $0$ |\n"
        let c = try C.checks(sheet)
        C.expectRead(c, LayoutClassesRound4Tests.ids52 + PlainTextClassesTests.zeros52)
        let w = try C.checks(sheet.replacingOccurrences(of: "$f_1 - f_4$", with: "$f_4 - f_1$"))
        C.expectRead(w, ["part2.q5.2.f_4"], .incorrect)
    }

    @Test("A numbered list of models whose name ends at a spaced hyphen (`1. LSTM - number of parameters: 241,600, test accuracy 84.4%`)")
    func modelNameBeforeHyphen() throws {
        let sheet = "# Part I\n\n1. RNN - number of parameters: 60,400, test accuracy 61.9%\n2. LSTM - number of parameters: 241,600, test accuracy 84.4%\n" + Self.tail
        let c = try C.checks(sheet)
        C.expectRead(c, ["part1.params.rnn", "part1.params.lstm"])
        C.expectRead(c, ["part1.accuracy.rnn", "part1.accuracy.lstm"], .unverifiable)
        C.expectRead(try C.checks(sheet.replacingOccurrences(of: "241,600", with: "240,800")), ["part1.params.lstm"], .incorrect)
    }

    static let listedZeros = "## Question 5\n\n### 5.2\n\n$\\frac{\\partial L}{\\partial f_1} = f_4 - f_3$, $\\frac{\\partial L}{\\partial f_3} = f_3 - f_1$, $\\frac{\\partial L}{\\partial f_4} = f_1 - f_4$; the others: $\\frac{\\partial L}{\\partial f_2}, \\frac{\\partial L}{\\partial f_5}, \\frac{\\partial L}{\\partial f_6} = 0$.\n"

    @Test("Derivatives listed before one `= 0` (`∂L/∂f_2, ∂L/∂f_5, ∂L/∂f_6 = 0`) each have that zero; a sample of the triplet among them is a wrong zero")
    func listedDerivativesShareZero() throws {
        let c = try C.checks(Self.listedZeros)
        C.expectRead(c, LayoutClassesRound4Tests.ids52 + PlainTextClassesTests.zeros52)
        let w = try C.checks(Self.listedZeros.replacingOccurrences(of: ", $\\frac{\\partial L}{\\partial f_4} = f_1 - f_4$", with: "")
            .replacingOccurrences(of: "\\frac{\\partial L}{\\partial f_5}, ", with: "\\frac{\\partial L}{\\partial f_4}, \\frac{\\partial L}{\\partial f_5}, "))
        C.expectRead(w, ["part2.q5.2.f_4"], .incorrect)
    }

    @Test("Derivatives listed before another value than zero (`∂L/∂f_1, ∂L/∂f_3 = f_4 - f_3`) are not given that value")
    func listedDerivativesOtherValue() throws {
        let c = try C.checks("## Question 5\n\n### 5.2\n\n$$\\frac{\\partial L}{\\partial f_3}, \\frac{\\partial L}{\\partial f_1} = f_4 - f_3$$\n")
        #expect(c["part2.q5.2.f_3"]?.status != .correct)
        #expect(c["part2.q5.2.f_3"]?.status != .incorrect)
        C.expectRead(c, ["part2.q5.2.f_1"])
    }

    @Test("A statement in a box (`\\boxed{\\frac{\\partial L}{\\partial f_4} = f_1 + f_2 - 2f_6}`) states what it wraps")
    func boxedStatement() throws {
        let sheet = "## Question 6\n\n$$\\frac{\\partial L}{\\partial f_4} = (f_1 - f_4) + (f_2 - f_4) + (f_4 - f_6) + (f_4 - f_6)$$\n\n$$\\boxed{\\frac{\\partial L}{\\partial f_4} = f_1 + f_2 - 2f_6}$$\n"
        let c = try C.checks(sheet)
        C.expectRead(c, ["part2.q6.f_4"])
        #expect(c.keys.filter { $0.hasPrefix("part2.q6@") }.isEmpty, "\(c.keys.sorted())")
        let w = try C.checks(sheet.replacingOccurrences(of: "= f_1 + f_2 - 2f_6}", with: "= f_1 + f_2 - f_6}"))
        // The box disagrees with the working above it: answered twice, differently.
        #expect(w["part2.q6.f_4"]?.status == .inconsistent, "\(w["part2.q6.f_4"]?.status.rawValue ?? "absent")")
    }

    @Test("In plain text a word and a number closed by a colon (`Sample 3: in t2 …`) are a label, not maths")
    func plainLabelWithNumber() throws {
        let sheet = "Question 5\n\nSample 3: in t2 it is the positive: dL(t2)/df3 = f3 - f1; in t4 it is the positive: dL(t4)/df3 = f3 - f2.\n"
        let c = try C.checks(sheet, name: "sheet.txt")
        C.expectRead(c, ["part2.q5.2.f_3", "part2.q5.4.f_3"])
        #expect(c.keys.filter { $0.hasPrefix("part2.q5@") }.isEmpty, "\(c.keys.sorted())")
        C.expectRead(try C.checks(sheet.replacingOccurrences(of: "= f3 - f2", with: "= f2 - f3"), name: "sheet.txt"), ["part2.q5.4.f_3"], .incorrect)
    }

    @Test("In Question 6, zero for the triplets that do not contain a sample (`a triplet not containing $f_i$ contributes $\\mathbf 0$`) is a rule beside the answers")
    func zeroRuleInQuestion6() throws {
        let sheet = "## Question 6\n\n$L = \\sum_k L_k$ and differentiation is linear; a triplet not containing $f_i$ contributes $\\mathbf{0}$. Collecting:\n\n$$\\frac{\\partial L}{\\partial f_4} = (f_1 - f_4) + (f_2 - f_4) + (f_4 - f_6) + (f_4 - f_6) = f_1 + f_2 - 2f_6$$\n"
        let c = try C.checks(sheet)
        C.expectRead(c, ["part2.q6.f_4"])
        #expect(c.keys.filter { $0.hasPrefix("part2.q6@") }.isEmpty, "\(c.keys.sorted())")
        // Without any answer of Question 6 the rule is for a person, not passed over.
        let alone = try C.checks("## Question 6\n\n$L = \\sum_k L_k$ and differentiation is linear; a triplet not containing $f_i$ contributes $\\mathbf{0}$.\n")
        #expect(!alone.keys.filter { $0.hasPrefix("part2.q6@") }.isEmpty, "\(alone.keys.sorted())")
    }

    @Test("Under Question 5, a derivative of a general triplet's loss with no value (`Row $k$ lists $\\frac{\\partial L_k}{\\partial f_1}, \\dots, \\frac{\\partial L_k}{\\partial f_6}$:`) names the derivatives; a value given to it is still for a person")
    func generalTripletNamesDerivatives() throws {
        let answers = "\n\n### 5.2\n\n$\\frac{\\partial L}{\\partial f_1} = f_4 - f_3$, $\\frac{\\partial L}{\\partial f_3} = f_3 - f_1$, $\\frac{\\partial L}{\\partial f_4} = f_1 - f_4$; the others are $0$.\n"
        let c = try C.checks("## Question 5\n\nRow $k$ below lists $\\frac{\\partial L_k}{\\partial f_1}, \\dots, \\frac{\\partial L_k}{\\partial f_6}$:" + answers)
        C.expectRead(c, LayoutClassesRound4Tests.ids52)
        #expect(c.keys.filter { $0.hasPrefix("part2.q5@") }.isEmpty, "\(c.keys.sorted())")
        let valued = try C.checks("## Question 5\n\nIn general $\\frac{\\partial L_k}{\\partial f_1} = f_5 - f_2$." + answers)
        #expect(!valued.keys.filter { $0.hasPrefix("part2.q5@") }.isEmpty, "\(valued.keys.sorted())")
    }

    static let answers52 = "## Question 5\n\n### 5.2\n\n$\\frac{\\partial L}{\\partial f_1} = f_4 - f_3$, $\\frac{\\partial L}{\\partial f_3} = f_3 - f_1$, $\\frac{\\partial L}{\\partial f_4} = f_1 - f_4$"

    @Test("A value for the others after the answers, in a clause or sentence of its own or before words that name them, is theirs and never the last answer's next line", arguments: [
        "; the others are $0$.", ". The others are $0$.", ", and $0$ for the others.", ", and $0$ for the remaining samples.",
        ". For $f_2$, $f_5$ and $f_6$: $0$.",
    ])
    func valueForTheOthers(_ tail: String) throws {
        let sheet = Self.answers52 + tail + "\n"
        let c = try C.checks(sheet)
        C.expectRead(c, LayoutClassesRound4Tests.ids52 + PlainTextClassesTests.zeros52)
        // A wrong last answer stays wrong (the value after it is not its line).
        let w = try C.checks(sheet.replacingOccurrences(of: "= f_1 - f_4$", with: "= f_4 - f_1$"))
        C.expectRead(w, ["part2.q5.2.f_4"], .incorrect)
        #expect(w["part2.q5.2.f_4"]?.claimed.contains("f_4 - f_1") == true, "\(w["part2.q5.2.f_4"]?.claimed ?? "absent")")
    }

    @Test("A count of levels opening the sentence of the one model it names (`With two levels, the bi-RNN has …`) makes it that model with the levels; words of levels without a count before it leave it unread")
    func levelsBeforeTheName() throws {
        let sheet = "# Part I\n\nWith two levels, the bi-RNN has 361,600 parameters and got 63.4%.\n" + Self.tail
        let c = try C.checks(sheet)
        C.expectRead(c, ["part1.params.2-level-bi-rnn"])
        C.expectRead(c, ["part1.accuracy.2-level-bi-rnn"], .unverifiable)
        #expect(c["part1.params.bi-rnn"]?.status != .correct && c["part1.params.bi-rnn"]?.status != .incorrect)
        C.expectRead(try C.checks(sheet.replacingOccurrences(of: "361,600", with: "241,600")), ["part1.params.2-level-bi-rnn"], .incorrect)
        let stacked = try C.checks("# Part I\n\nStacked, the bi-RNN has 361,600 parameters (63.4%).\n" + Self.tail)
        #expect(stacked["part1.params.bi-rnn"]?.status != .correct && stacked["part1.params.bi-rnn"]?.status != .incorrect)
        #expect(stacked["part1.params.2-level-bi-rnn"]?.status != .correct)
    }

    // MARK: A newcomer's review of round 20 (/work/notes/review4-sheets): each class written again here

    @Test("A struck-out statement (`\\cancel{…}`, `\\xcancel{…}`) is never read as stated; only a box states what it wraps")
    func struckOutIsNotStated() throws {
        let q4 = try C.checks("## Question 4\n\n$\\cancel{6 \\cdot 5 \\cdot 4 = 120}$: the order does not matter, so $\\binom{6}{3} = 20$ triplets.\n")
        #expect(q4["part2.q4.all"]?.status != .correct, "\(q4["part2.q4.all"]?.claimed ?? "absent")")
        let p1 = try C.checks("# Part I\n\n$\\cancel{N_{\\text{LSTM}} = 241{,}600}$ (one bias only, so less).\n" + Self.tail)
        #expect(p1["part1.params.lstm"]?.status != .correct)
    }

    @Test("A count named by its model with arithmetic after its one figure and no result (`N_{\\text{bi-RNN}} = 120{,}800 \\times 2`) is not read as that figure", arguments: [
        "$N_{\\text{bi-RNN}} = 120{,}800 \\times 2$", "$N_{\\text{bi-RNN}} = 120{,}800 + 4 \\cdot 200$", "$N_{\\text{bi-RNN}} = 120{,}800 - 200$",
    ])
    func namedCountWithTrailingWorking(_ line: String) throws {
        let c = try C.checks("# Part I\n\n" + line + "\n" + Self.tail)
        #expect(c["part1.params.bi-rnn"]?.status != .correct, "\(c["part1.params.bi-rnn"]?.claimed ?? "absent")")
        #expect(c["part1.params.bi-rnn"]?.status != .incorrect, "\(c["part1.params.bi-rnn"]?.claimed ?? "absent")")
    }

    static let table = "# Part I\n\n| Model | Parameters | Accuracy |\n|---|---|---|\n| RNN | 60,400 | 61.9% |\n| LSTM | 241,600 | 84.4% |\n\n"

    @Test("Other quantities named by a model (an accuracy `a_{\\text{LSTM}}`, gates `n_{\\text{LSTM}} = 4`, `241.6\\text{k}`, a hidden size `d_{\\text{RNN}} = 200`, per-level `N^{(2)}_{\\text{bi-RNN}}`) are no parameter count", arguments: [
        "Also $a_{\\text{LSTM}} = 84.4$.", "Also $n_{\\text{LSTM}} = 4$ gates.", "Also $N_{\\text{LSTM}} = 241.6\\text{k}$.", "Here $d_{\\text{RNN}} = 200$ is the hidden size.",
        "$$N^{(2)}_{\\text{LSTM}} = 2 \\cdot 4 \\cdot 80{,}400 = 643{,}200$$",
    ])
    func otherQuantitiesNamedByModel(_ extra: String) throws {
        let c = try C.checks(Self.table + extra + "\n" + Self.tail)
        C.expectRead(c, ["part1.params.rnn", "part1.params.lstm"])
    }

    @Test("A display's rows that go on with `=` (`N_{\\text{RNN}} &= 200(100 + 200) + 400 \\\\ &= 60{,}400`) are one statement; several statements in one display (`…, \\quad N_{\\text{bi-RNN}} = …`) are each read")
    func displayContinuationsAndStatements() throws {
        let rows = "# Part I\n\n$$\n\\begin{aligned}\nN_{\\text{RNN}} &= 200(100 + 200) + 2 \\cdot 200 \\\\\n&= 60{,}400 \\\\\nN_{\\text{LSTM}} &= 4 \\cdot 60{,}400 \\\\\n&= 241{,}600\n\\end{aligned}\n$$\n" + Self.tail
        let c = try C.checks(rows)
        C.expectRead(c, ["part1.params.rnn", "part1.params.lstm"])
        C.expectRead(try C.checks(rows.replacingOccurrences(of: "&= 241{,}600", with: "&= 240{,}800")), ["part1.params.lstm"], .incorrect)
        let two = try C.checks("# Part I\n\n$$N_{\\text{RNN}} = 60{,}400, \\quad N_{\\text{bi-RNN}} = 120{,}800$$\n" + Self.tail)
        C.expectRead(two, ["part1.params.rnn", "part1.params.bi-rnn"])
    }

    @Test("A model's name in a list ends at a spaced hyphen only before words of a figure: `RNN - bidirectional: 120,800` is the bi-RNN")
    func hyphenInsideTheName() throws {
        let c = try C.checks("# Part I\n\n1. RNN - bidirectional: 120,800 parameters, 66.1%\n2. LSTM - bidirectional: 483,200 parameters, 86.5%\n" + Self.tail)
        C.expectRead(c, ["part1.params.bi-rnn", "part1.params.bi-lstm"])
        #expect(c["part1.params.rnn"]?.status != .incorrect && c["part1.params.rnn"]?.status != .inconsistent)
    }

    @Test("Zero under a condition is no answer of the other samples: \"$0$ otherwise\", \"with the hinge inactive … are zero\", \"zero for … only when …\", listed derivatives `= 0` after \"If …\"", arguments: [
        ". When the hinge is active these hold, $0$ otherwise.",
        "; with the hinge inactive the gradients with respect to $f_2$, $f_5$ and $f_6$ would be zero.",
        ". The gradient is zero for $f_2$, $f_5$ and $f_6$ only when the margin is met.",
        " (If the hinge were inactive: $\\frac{\\partial L}{\\partial f_2}, \\frac{\\partial L}{\\partial f_5}, \\frac{\\partial L}{\\partial f_6} = 0$.)",
    ])
    func conditionalZeroIsNoAnswer(_ tail: String) throws {
        let c = try C.checks(Self.answers52 + tail + "\n")
        C.expectRead(c, ["part2.q5.2.f_1", "part2.q5.2.f_3"])
        // (The last answer may be for a person: "$0$ otherwise" may be its other branch.)
        #expect(c["part2.q5.2.f_4"]?.status != .incorrect && c["part2.q5.2.f_4"]?.status != .inconsistent)
        // (`∂L/∂f_6 = 0` written last in the list is a statement of its own.)
        for id in ["part2.q5.2.f_2", "part2.q5.2.f_5"] { #expect(c[id]?.status != .correct, "\(id)") }
    }

    @Test("A value in a sentence about another triplet (`in $t_1$, by contrast, the others are $0$` under 5.2; plain `…, whereas for t1 … are zero`) is not this part's")
    func valueAboutAnotherTriplet() throws {
        let c = try C.checks(Self.answers52 + "; in $t_1$, by contrast, the others are $0$.\n")
        C.expectRead(c, LayoutClassesRound4Tests.ids52)
        for id in PlainTextClassesTests.zeros52 { #expect(c[id]?.status != .correct, "\(id)") }
        let plain = try C.checks("Question 5\n\n5.2\ndL/df1 = f4 - f3, dL/df3 = f3 - f1, dL/df4 = f1 - f4, whereas for t1 the gradients with respect to f3, f4 are zero.\n", name: "sheet.txt")
        C.expectRead(plain, ["part2.q5.2.f_3", "part2.q5.2.f_4"])
    }

    @Test("\"trainable parameters\" in a sentence about a model is its count (the sentence is not about training); one about the training or validation set is not read")
    func trainableParameters() throws {
        let sheet = "# Part I\n\nThe RNN has 60,400 trainable parameters in its recurrent layer(s) and got 69.9% on the test set. The bi-LSTM has 483,200 trainable parameters in its recurrent layer(s) and got 87.8% on the test set.\n" + Self.tail
        let c = try C.checks(sheet)
        C.expectRead(c, ["part1.params.rnn", "part1.params.bi-lstm"])
        C.expectRead(c, ["part1.accuracy.rnn", "part1.accuracy.bi-lstm"], .unverifiable)
        C.expectRead(try C.checks(sheet.replacingOccurrences(of: "483,200", with: "481,600")), ["part1.params.bi-lstm"], .incorrect)
        let training = try C.checks("# Part I\n\nThe RNN has 60,400 parameters and got 99.0% on the training set.\n" + Self.tail)
        #expect(training["part1.accuracy.rnn"]?.claimed != "99.0%")
    }
}
