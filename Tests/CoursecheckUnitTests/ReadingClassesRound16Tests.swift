import CoursecheckAssignment
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Foundation
import Testing

/// Classes of notation and layout, round 16 (found by two outsiders' sets,
/// each class written here in other words). Verdicts by hand from the
/// assignment: classes {f_1, f_2, f_3} and {f_4, f_5, f_6}; 6·5·4 = 120
/// ordered triplets of distinct samples, 6·2·3 = 36 valid ones; hinge active,
/// ∂/∂f_a = f_n − f_p, ∂/∂f_p = f_p − f_a, ∂/∂f_n = f_a − f_n.
@Suite("Classes of notation, round 16: the labels' words in Question 4, sets of indices, general facts in any derivative form")
struct ReadingClassesRound16Tests {
    typealias C = SheetClassesTests
    typealias R4 = LayoutClassesRound4Tests
    typealias Case = LayoutClassesRound4Tests.Case
    static let q4ids = ["part2.q4.all", "part2.q4.all.reasoning", "part2.q4.valid", "part2.q4.valid.reasoning"]

    @Test("A class written as a set of indices (`\\{1, 2, 3\\}`) describes; it is no calculation", arguments: [
        "The two classes are $\\{1,2,3\\}$ and $\\{4,5,6\\}$.",
        "With $C_1 = \\{1, 2, 3\\}$ and $C_2 = \\{4, 5, 6\\}$ as the classes,",
    ])
    func setOfIndices(_ classes: String) throws {
        let sheet = "## Question 4\n\nOrdered triplets of distinct samples: $6 \\cdot 5 \\cdot 4 = 120$.\n\nValid triplets. \(classes) Anchor: 6 choices, positive: 2, negative: 3, so $6 \\cdot 2 \\cdot 3 = 36$ valid triplets.\n"
        let c = try C.checks(sheet)
        C.expectRead(c, Self.q4ids)
        let w = try C.checks(sheet.replacingOccurrences(of: "= 36$", with: "= 18$"))
        #expect(w["part2.q4.valid"]?.status == .incorrect, "\(w["part2.q4.valid"]?.status.rawValue ?? "absent")")
    }

    @Test("A block that names no count but restricts a role to a class ('from the other class') counts the valid triplets", arguments: [
        "Each class gives 3 anchors, 2 positives and 3 negatives from the other class, so 18 per class; both classes: $2 \\cdot 18 = 36$.",
        "Anchor and positive share the same class (3 and then 2 ways), the negative comes from a different class (3 ways): $2 \\cdot 3 \\cdot 2 \\cdot 3 = 36$.",
    ])
    func classWords(_ block: String) throws {
        let sheet = "## Question 4\n\nIgnoring the labels, anchor, positive and negative are 3 distinct samples in order: $6 \\cdot 5 \\cdot 4 = 120$.\n\n\(block)\n"
        let c = try C.checks(sheet)
        C.expectRead(c, Self.q4ids)
        let w = try C.checks(sheet.replacingOccurrences(of: "= 36$", with: "= 30$"))
        #expect(w["part2.q4.valid"]?.status == .incorrect, "\(w["part2.q4.valid"]?.status.rawValue ?? "absent")")
        #expect(w["part2.q4.all"]?.status == .correct)
    }

    @Test("A class word that is negated ('need not be from the same class') gives no kind")
    func classWordNegated() throws {
        let c = try C.checks("## Question 4\n\nThe positive need not be from the same class here: $6 \\cdot 5 \\cdot 4 = 120$.\n")
        #expect(c["part2.q4.valid"]?.status != .correct)
        #expect(c["part2.q4.valid"]?.status != .incorrect, "\(c["part2.q4.valid"]?.status.rawValue ?? "absent")")
    }

    @Test("A restated question, or a line naming both counts, passes no kind on; 'order matters' says all", arguments: [
        "*How many triplets are there, and how many of them are valid?*",
        "*Number of triplets (all / valid).*",
    ])
    func restatedQuestion(_ restated: String) throws {
        let sheet = "## Question 4\n\n\(restated)\n\nAnchor, positive and negative are different samples and the order matters: $6 \\times 5 \\times 4 = 120$ triplets.\n\nValid ones: anchor 6 ways, positive 2, negative 3: $6 \\times 2 \\times 3 = 36$ valid triplets.\n"
        let c = try C.checks(sheet)
        C.expectRead(c, Self.q4ids)
        let w = try C.checks(sheet.replacingOccurrences(of: "= 120$", with: "= 216$"))
        #expect(w["part2.q4.all"]?.status == .incorrect, "\(w["part2.q4.all"]?.status.rawValue ?? "absent")")
    }

    @Test("A derivative over a bare letter (`x`, `y`, `u`) in any form states a general fact, no answer", arguments: [
        Case(label: "fraction operator", sheet: "## Question 3\n\nUsing $\\frac{\\partial}{\\partial x}\\tfrac12\\|x-y\\|^2 = x-y$:\n\n\(C.q3)\n",
             ids: R4.roles3, from: R4.q3Plant.0, to: R4.q3Plant.1, wrong: "part2.q3.f_a"),
        Case(label: "upright d over d x", sheet: "## Question 3\n\nRecall $\\frac{\\mathrm{d}}{\\mathrm{d}\\mathbf{u}} \\frac{1}{2}\\|\\mathbf{u} - \\mathbf{v}\\|^2 = \\mathbf{u} - \\mathbf{v}$.\n\n\(C.q3)\n",
             ids: R4.roles3, from: R4.q3Plant.0, to: R4.q3Plant.1, wrong: "part2.q3.f_a"),
        Case(label: "partial with a subscript", sheet: "## Question 3\n\nSince $\\partial_{y} \\tfrac12 \\|y - z\\|^2 = y - z$, we get\n\n\(C.q3)\n",
             ids: R4.roles3, from: R4.q3Plant.0, to: R4.q3Plant.1, wrong: "part2.q3.f_a"),
        Case(label: "plain text slash", file: "sheet.txt",
             sheet: "Question 3\n\nWe use d/dx (1/2 ||x - y||^2) = x - y.\n\ndL/dfa = fn - fp\ndL/dfp = fp - fa\ndL/dfn = fa - fn\n",
             ids: R4.roles3, from: "dL/dfa = fn - fp", to: "dL/dfa = fp - fn", wrong: "part2.q3.f_a"),
    ])
    func generalFact(_ k: Case) throws {
        try R4.run(k)
    }

    @Test("A derivative over a sample's letter with an index is no general fact: a wrong one stays wrong")
    func sampleIsNoGeneralLetter() throws {
        let c = try C.checks("## Question 3\n\n$\\frac{\\partial L}{\\partial f_a} = f_p - f_n$, $\\frac{\\partial L}{\\partial f_p} = f_p - f_a$, $\\frac{\\partial L}{\\partial f_n} = f_a - f_n$\n")
        #expect(c["part2.q3.f_a"]?.status == .incorrect)
    }
}

extension ReadingClassesRound16Tests {
    /// Part I counts by hand (two biases): RNN 200·100 + 200·200 + 2·200 = 60,400;
    /// LSTM 4 × that = 241,600; bi-RNN 2 × 60,400 = 120,800.
    static let partOneQ2 = "\n# Part II\n\n## Question 2\n\n\(SheetClassesTests.q2)\n"

    @Test("Part I as working: `RNN: $… = 60\\,400$, test accuracy …` reads the working's result; a wrong result is wrong")
    func partOneWorking() throws {
        let sheet = "# Part I\n\nRNN: $200\\cdot100 + 200\\cdot200 + 2\\cdot200 = 60\\,400$, test accuracy 64.64%.\n\nLSTM: $4\\cdot(200\\cdot100 + 200\\cdot200 + 2\\cdot200) = 241\\,600$, test accuracy 86.03%.\n" + Self.partOneQ2
        let c = try C.checks(sheet)
        C.expectRead(c, ["part1.params.rnn", "part1.params.lstm"])
        C.expectRead(c, ["part1.accuracy.rnn", "part1.accuracy.lstm"], .unverifiable)
        let w = try C.checks(sheet.replacingOccurrences(of: "= 241\\,600$", with: "= 240\\,800$"))
        C.expectRead(w, ["part1.params.lstm"], .incorrect)
    }

    @Test("An accuracy with a decimal comma in a sentence (`test accuracy was 64,64 %`) is read")
    func decimalCommaInProse() throws {
        let c = try C.checks("# Part I\n\nFor the RNN I count 60,400 parameters; test accuracy was 64,64 %. The bi-RNN has 120,800 parameters and reaches 68,72 % on the test set.\n" + Self.partOneQ2)
        C.expectRead(c, ["part1.params.rnn", "part1.params.bi-rnn"])
        C.expectRead(c, ["part1.accuracy.rnn", "part1.accuracy.bi-rnn"], .unverifiable)
        #expect(c["part1.accuracy.rnn"]?.claimed.hasPrefix("64,64") == true, "\(c["part1.accuracy.rnn"]?.claimed ?? "absent")")
    }

    @Test("Samples named, a colon and the word of their derivative label the value after it (`$f_3$, $f_4$ and $f_6$: gradient $0$`)", arguments: [
        Case(label: "gradient", sheet: "## Question 5\n\n### 5.1\n\n\(C.q51)\n\n$f_3$, $f_4$ and $f_6$: gradient $0$.\n",
             ids: ["part2.q5.1.f_1", "part2.q5.1.f_2", "part2.q5.1.f_3", "part2.q5.1.f_4", "part2.q5.1.f_5", "part2.q5.1.f_6"],
             from: "gradient $0$", to: "gradient $f_3$", wrong: "part2.q5.1.f_3"),
        Case(label: "their derivatives are", sheet: "## Question 5\n\n### 5.1\n\n\(C.q51)\n\n$f_3$, $f_4$, $f_6$: their derivatives are $0$.\n",
             ids: ["part2.q5.1.f_1", "part2.q5.1.f_2", "part2.q5.1.f_3", "part2.q5.1.f_4", "part2.q5.1.f_5", "part2.q5.1.f_6"],
             from: "are $0$", to: "are $f_4 - f_1$", wrong: "part2.q5.1.f_4"),
    ])
    func samplesLabelledByColon(_ k: Case) throws {
        let c = try C.checks(k.sheet)
        C.expectRead(c, k.ids)
        let w = try C.checks(k.sheet.replacingOccurrences(of: k.from, with: k.to))
        #expect(w[k.wrong]?.status != .correct, "FALSE VERDICT: planted \(k.to) read as correct")
        C.expectRead(w, ["part2.q5.1.f_3", "part2.q5.1.f_4", "part2.q5.1.f_6"], .incorrect)
    }

    @Test("A colon then a word that is no derivative's (`$f_3$, $f_4$: both unused`, then a value) labels nothing")
    func colonWithOtherWords() throws {
        let c = try C.checks("## Question 5\n\n### 5.1\n\n\(C.q51)\n\n$f_3$, $f_4$ and $f_6$: unused, $0$.\n")
        #expect(c["part2.q5.1.f_3"]?.status != .correct)
    }

    @Test("`t_1 = (a, p, n) = (1, 2, 5)`: the roles' names between the label and the triplet")
    func rolesBetweenLabelAndTriplet() throws {
        let c = try C.checks("## Question 5\n\n### 5.1\n\nTriplet $t_1 = (a, p, n) = (1, 2, 5)$:\n\n\(C.q51)\n")
        #expect(c["part2.q5.triplets"]?.status != .unparsable, "\(c["part2.q5.triplets"]?.evidence ?? "")")
        // The other triplets are not restated, which is no error.
        #expect(c["part2.q5.triplets"]?.status == .correct, "\(c["part2.q5.triplets"]?.evidence ?? "")")
        #expect(c["part2.q5.triplets"]?.evidence.contains("t_2, t_3") == true, "\(c["part2.q5.triplets"]?.evidence ?? "")")
        let w = try C.checks("## Question 5\n\n### 5.1\n\nTriplet $t_1 = (a, p, n) = (1, 2, 6)$:\n\n\(C.q51)\n")
        #expect(w["part2.q5.triplets"]?.evidence.contains("t_1 is [1, 2, 6]") == true, "\(w["part2.q5.triplets"]?.evidence ?? "")")
    }

    @Test("`:=` written as a colon and `=` is one relation: `L_k := L(t_k)` defines a name, it answers nothing")
    func colonEquals() throws {
        let c = try C.checks("## Question 5\n\nNotation: $L_k := L(t_k)$.\n\n### 5.1\n\n\(C.q51)\n")
        C.expectRead(c, LayoutClassesRound4Tests.ids51)
        #expect(!c.keys.contains { $0.hasPrefix("part2.q5@") }, "\(c.keys.sorted())")
    }
}

extension ReadingClassesRound16Tests {
    static let allTriplets = [(1, 2, 5), (1, 3, 4), (2, 1, 6), (2, 3, 4), (3, 1, 5), (5, 6, 2), (6, 4, 3), (6, 4, 2)]

    @Test("Triplets on one line of text with only space between them, or after a described order and a colon, are each read", arguments: [
        ["sheet.txt", "Question 5\n\n", "tK = (fA, fP, fN)", "  "],
        ["sheet.txt", "Question 5\n\nTriplets (anchor, positive, negative): ", "tK = (fA, fP, fN)", ", "],
        ["sheet.md", "## Question 5\n\n", "(a, p, n): $t_K = (f_A, f_P, f_N)$", "\n\n"],
    ])
    func tripletRuns(_ k: [String]) throws {
        let (file, lead, template, between) = (k[0], k[1], k[2], k[3])
        func sheet(_ triplets: [(Int, Int, Int)]) -> String {
            lead + triplets.enumerated().map { n, t in
                template.replacingOccurrences(of: "K", with: "\(n + 1)").replacingOccurrences(of: "A", with: "\(t.0)")
                    .replacingOccurrences(of: "P", with: "\(t.1)").replacingOccurrences(of: "N", with: "\(t.2)")
            }.joined(separator: between) + "\n"
        }
        let c = try C.checks(sheet(Self.allTriplets), name: file)
        C.expectRead(c, ["part2.q5.triplets"])
        var wrong = Self.allTriplets
        wrong[5] = (5, 6, 3)
        let w = try C.checks(sheet(wrong), name: file)
        C.expectRead(w, ["part2.q5.triplets"], .incorrect)
        #expect(w["part2.q5.triplets"]?.evidence.contains("t_6 is [5, 6, 3]") == true, "\(w["part2.q5.triplets"]?.evidence ?? "")")
    }
}

extension ReadingClassesRound16Tests {
    @Test("A label naming one figure, then each model with it (`Test accuracies: RNN 65.08%, LSTM 61.09% and …`, `Parameters: RNN 60,400; …`)")
    func labelledList() throws {
        let sheet = "# Part I\n\nParameters: RNN 60,400; LSTM 241,600 and bi-RNN 120,800.\n\nTest accuracies: RNN 65.08%, LSTM 61.09%, bi-RNN 69.88%.\n" + Self.partOneQ2
        let c = try C.checks(sheet)
        C.expectRead(c, ["part1.params.rnn", "part1.params.lstm", "part1.params.bi-rnn"])
        C.expectRead(c, ["part1.accuracy.rnn", "part1.accuracy.lstm", "part1.accuracy.bi-rnn"], .unverifiable)
        #expect(c["part1.accuracy.lstm"]?.claimed == "61.09%", "\(c["part1.accuracy.lstm"]?.claimed ?? "absent")")
        let w = try C.checks(sheet.replacingOccurrences(of: "LSTM 241,600", with: "LSTM 240,800"))
        C.expectRead(w, ["part1.params.lstm"], .incorrect)
    }

    @Test("Maths without a number in Question 4 states a condition (`$y_a = y_p \\neq y_n$`, `$a \\neq p$`); it counts nothing")
    func conditionWithoutNumber() throws {
        let sheet = "## Question 4\n\nAll ordered triplets of distinct samples: $6 \\cdot 5 \\cdot 4 = 120$.\n\nValid ones need $y_a = y_p \\neq y_n$ with $a \\neq p$: $6 \\times 2 \\times 3 = 36$ valid triplets.\n"
        let c = try C.checks(sheet)
        C.expectRead(c, Self.q4ids)
        let w = try C.checks(sheet.replacingOccurrences(of: "= 36$", with: "= 30$"))
        #expect(w["part2.q4.valid"]?.status == .incorrect)
    }
}

extension ReadingClassesRound16Tests {
    static let listed = "Written with embeddings: $t_1 = (f_1, f_2, f_5)$, $t_2 = (f_1, f_3, f_4)$, $t_3 = (f_2, f_1, f_6)$, $t_4 = (f_2, f_3, f_4)$, $t_5 = (f_3, f_1, f_5)$, $t_6 = (f_5, f_6, f_2)$, $t_7 = (f_6, f_4, f_3)$, $t_8 = (f_6, f_4, f_2)$.\n\n"
    static let ids51all = (1...6).map { "part2.q5.1.f_\($0)" }

    @Test("A triplet stated alone with a colon after it labels the list or display under it", arguments: [
        Case(label: "bulleted nabla heads", sheet: "## Question 5\n\n\(listed)$t_1 = (f_1, f_2, f_5)$:\n\n- $\\nabla_{f_1} L = f_5 - f_2$\n- $\\nabla_{f_2} L = f_2 - f_1$\n- $\\nabla_{f_3} L = 0$\n- $\\nabla_{f_4} L = 0$\n- $\\nabla_{f_5} L = f_1 - f_5$\n- $\\nabla_{f_6} L = 0$\n",
             ids: ids51all, from: "- $\\nabla_{f_5} L = f_1 - f_5$", to: "- $\\nabla_{f_5} L = f_5 - f_1$", wrong: "part2.q5.1.f_5"),
    ])
    func statementLabelsList(_ k: Case) throws {
        try R4.run(k)
    }

    @Test("A triplet's label alone starting a sentence or after 'for' / 'in' labels its paragraph's derivatives", arguments: [
        Case(label: "For $t_1$ …", sheet: "## Question 5\n\n\(listed)For $t_1$ the anchor is $f_1$, the positive $f_2$ and the negative $f_5$, so \(C.q51); the gradients with respect to $f_3$, $f_4$, $f_6$ are zero.\n",
             ids: ids51all, from: "f_5} = f_1 - f_5$", to: "f_5} = f_5 - f_1$", wrong: "part2.q5.1.f_5"),
        Case(label: "$t_1$ has anchor …", sheet: "## Question 5\n\n\(listed)$t_1$ has anchor $f_1$, positive $f_2$ and negative $f_5$; hence \(C.q51); for $f_3$, $f_4$, $f_6$ the gradient is $0$.\n",
             ids: ids51all, from: "f_2} = f_2 - f_1$", to: "f_2} = f_1 - f_2$", wrong: "part2.q5.1.f_2"),
    ])
    func bareLabel(_ k: Case) throws {
        try R4.run(k)
    }

    @Test("Two triplets' labels in one paragraph: its derivatives are about neither")
    func twoBareLabels() throws {
        let c = try C.checks("## Question 5\n\n\(Self.listed)For $t_1$ and for $t_3$ we get \(C.q51).\n")
        #expect(c["part2.q5.1.f_1"]?.status != .correct, "\(c["part2.q5.1.f_1"]?.evidence ?? "")")
        #expect(c["part2.q5.3.f_1"]?.status != .correct)
    }

    @Test("A number glued to the embeddings' declared letter (`2e_1`) is a coefficient, not scientific notation; a general index in `f(x_i)` states a rule")
    func declaredLetterCoefficient() throws {
        let sheet = "Let $e_i$ denote the embedding of sample $i$.\n\n## Question 6\n\n$\\frac{\\partial L}{\\partial e_1} = 2e_1 - 2e_2 - 2e_3 + e_4 + e_5$\n"
        let c = try C.checks(sheet)
        C.expectRead(c, ["part2.q6.f_1"])
        let w = try C.checks(sheet.replacingOccurrences(of: "= 2e_1 -", with: "= 3e_1 -"))
        C.expectRead(w, ["part2.q6.f_1"], .incorrect)
        let rule = try C.checks("## Question 6\n\n$\\frac{\\partial L}{\\partial f(x_i)} = \\sum_{k: a_k = i} (f(x_{n_k}) - f(x_{p_k}))$ and so on.\n\n$\\frac{\\partial L}{\\partial f(x_1)} = 2f(x_1) - 2f(x_2) - 2f(x_3) + f(x_4) + f(x_5)$\n")
        C.expectRead(rule, ["part2.q6.f_1"])
        #expect(!rule.values.contains { $0.status == .unparsable }, "\(rule.filter { $0.value.status == .unparsable }.keys.sorted())")
    }

    @Test("Working in the roles' words before Question 3's answers is passed over; without the answers it is for a person")
    func workingInRoles() throws {
        let working = "## Question 3\n\nBy the chain rule the anchor collects $(f_a - f_p) - (f_a - f_n)$, the positive only $-(f_a - f_p)$ and the negative only $+(f_a - f_n)$."
        let c = try C.checks(working + " Simplifying, \(C.q3).\n")
        C.expectRead(c, R4.roles3)
        #expect(!c.values.contains { $0.status == .unparsable })
        let w = try C.checks(working + " Simplifying, \(C.q3.replacingOccurrences(of: "f_a} = f_n - f_p", with: "f_a} = f_p - f_n")).\n")
        C.expectRead(w, ["part2.q3.f_a"], .incorrect)
        let alone = try C.checks(working + "\n")
        #expect(alone.values.contains { $0.status == .unparsable })
        #expect(!alone.values.contains { $0.status == .correct })
    }
}

extension ReadingClassesRound16Tests {
    @Test("Choices in words after a calculation describe its factors: `$2 \\cdot (3 \\cdot 2 \\cdot 3) = 36$ (two classes, 3 anchors each, 2 positives, 3 negatives)`")
    func choicesDescribeCalculation() throws {
        let sheet = "## Question 4\n\nAll ordered triplets: $6 \\cdot 5 \\cdot 4 = 120$.\n\nValid: $2 \\cdot (3 \\cdot 2 \\cdot 3) = 36$ (two classes, 3 anchors each, 2 positives, 3 negatives).\n"
        let c = try C.checks(sheet)
        C.expectRead(c, Self.q4ids)
        // Words that name another product than the calculation's parts still contradict it.
        let w = try C.checks(sheet.replacingOccurrences(of: "2 positives, 3 negatives", with: "2 positives, 4 negatives"))
        #expect(w["part2.q4.valid.reasoning"]?.status == .inconsistent, "\(w["part2.q4.valid.reasoning"]?.status.rawValue ?? "absent")")
    }
}

extension ReadingClassesRound16Tests {
    @Test("Counts named by a phrase and `=` (`Number of valid triplets = 36 (…)`) or concluded after 'i.e.' under a label; choices 'any of the 6 samples as anchor'", arguments: [
        "Number of all triplets = 120 (6 anchors, 5 positives, 4 negatives).\n\nNumber of valid triplets = 36 (6 anchors, 2 same-class positives each, 3 negatives).\n",
        "All triplets: any of the 6 samples as anchor, then one of the 5 others as positive and one of the 4 left as negative, i.e. 120.\n\nValid triplets: any of the 6 samples as anchor, then one of the 2 others of its class as positive and one of the 3 of the other class as negative, i.e. 36.\n",
    ])
    func countsNamedInWords(_ block: String) throws {
        let sheet = "## Question 4\n\n" + block
        let c = try C.checks(sheet)
        C.expectRead(c, Self.q4ids)
        let w = try C.checks(sheet.replacingOccurrences(of: "36", with: "18"))
        C.expectRead(w, ["part2.q4.valid"], .incorrect)
    }

    @Test("A number after `=` that starts more arithmetic is no count named by the phrase before it")
    func equatedFactorIsNoCount() throws {
        let c = try C.checks("## Question 4\n\nNumber of valid triplets = 6 x 2 x 3 and all = 120.\n")
        #expect(c["part2.q4.valid"]?.status != .incorrect, "\(c["part2.q4.valid"]?.claimed ?? "")")
    }

    @Test("A value in words after the word of the derivative (`… does not depend on $f_3$, $f_4$, $f_5$ (gradient 0)`) answers the samples named")
    func gradientZeroInWords() throws {
        let sheet = "## Question 5\n\n\(Self.listed)In $t_3$, $f_2$ is the anchor, $f_1$ the positive and $f_6$ the negative: $\\frac{\\partial L}{\\partial f_2} = f_6 - f_1$, $\\frac{\\partial L}{\\partial f_1} = f_1 - f_2$, $\\frac{\\partial L}{\\partial f_6} = f_2 - f_6$, and it does not depend on $f_3$, $f_4$, $f_5$ (gradient 0).\n"
        let c = try C.checks(sheet)
        C.expectRead(c, (1...6).map { "part2.q5.3.f_\($0)" })
        // Zero said for a sample the loss does depend on is wrong (and here contradicts its own answer).
        let w = try C.checks(sheet.replacingOccurrences(of: "$f_3$, $f_4$, $f_5$ (gradient 0)", with: "$f_3$, $f_6$, $f_5$ (gradient 0)"))
        #expect([.incorrect, .inconsistent].contains(w["part2.q5.3.f_6"]?.status), "\(w["part2.q5.3.f_6"]?.status.rawValue ?? "absent")")
        let only = try C.checks(sheet.replacingOccurrences(of: ", $\\frac{\\partial L}{\\partial f_6} = f_2 - f_6$", with: "").replacingOccurrences(of: "$f_3$, $f_4$, $f_5$ (gradient 0)", with: "$f_3$, $f_4$, $f_5$, $f_6$ (gradient 0)"))
        C.expectRead(only, ["part2.q5.3.f_6"], .incorrect)
    }
}

extension ReadingClassesRound16Tests {
    @Test("Triplets listed in the embeddings' declared letter (`t_1 = (\\mathbf{e}_1, \\mathbf{e}_2, \\mathbf{e}_5)`) are read")
    func tripletsInDeclaredLetter() throws {
        let list = Self.allTriplets.enumerated().map { "t_\($0.offset + 1) = (\\mathbf{e}_\($0.element.0), \\mathbf{e}_\($0.element.1), \\mathbf{e}_\($0.element.2))" }
        let sheet = "Let $\\mathbf{e}_i$ denote the embedding of sample $i$.\n\n## Question 5\n\n$$" + list.joined(separator: ",\\quad ") + "$$\n"
        let c = try C.checks(sheet)
        C.expectRead(c, ["part2.q5.triplets"])
        let w = try C.checks(sheet.replacingOccurrences(of: "t_6 = (\\mathbf{e}_5, \\mathbf{e}_6, \\mathbf{e}_2)", with: "t_6 = (\\mathbf{e}_5, \\mathbf{e}_6, \\mathbf{e}_3)"))
        C.expectRead(w, ["part2.q5.triplets"], .incorrect)
    }

    @Test("A table row labelled by a triplet stated half in maths (`| $t_1$ = (1, 2, 5) | …`) under heads in a general label (`\\partial \\ell_k`)")
    func rowLabelHalfInMaths() throws {
        let head = "| $t_k$ | " + (1...6).map { "$\\frac{\\partial \\ell_k}{\\partial f_\($0)}$" }.joined(separator: " | ") + " |\n|---|---|---|---|---|---|---|\n"
        let sheet = "## Question 5\n\n" + head + "| $t_1$ = (1, 2, 5) | $f_5 - f_2$ | $f_2 - f_1$ | $0$ | $0$ | $f_1 - f_5$ | $0$ |\n"
        let c = try C.checks(sheet)
        C.expectRead(c, Self.ids51all)
        let w = try C.checks(sheet.replacingOccurrences(of: "| $f_1 - f_5$ |", with: "| $f_5 - f_1$ |"))
        C.expectRead(w, ["part2.q5.1.f_5"], .incorrect)
    }
}

/// Findings of a newcomer's review of rounds 16–19 (/work/notes/review3-sheets), each as its class.
extension ReadingClassesRound16Tests {
    static let tripletLine = allTriplets.enumerated().map { "$t_\($0.offset + 1) = (f_\($0.element.0), f_\($0.element.1), f_\($0.element.2))$" }.joined(separator: ", ")

    @Test("A stated order of the roles other than (anchor, positive, negative) leaves the triplets for a person", arguments: [
        ("sheet.md", "## Question 5\n\nEach triplet is written as (positive, anchor, negative): \(tripletLine).\n"),
        ("sheet.md", "## Question 5\n\n$(a, n, p): t_1 = (f_1, f_2, f_5)$\n"),
        ("sheet.txt", "Question 5\n\nTriplets (anchor, negative, positive): t1 = (f1, f2, f5), t2 = (f1, f3, f4)\n"),
        ("sheet.txt", "Question 5\n\nList of triplets [a / n / p]: t1 = (f1, f2, f5), t2 = (f1, f3, f4)\n"),
    ])
    func otherRoleOrder(_ file: String, _ sheet: String) throws {
        let c = try C.checks(sheet, name: file)
        #expect(c["part2.q5.triplets"]?.status == .unparsable, "\(c["part2.q5.triplets"]?.status.rawValue ?? "absent"): \(c["part2.q5.triplets"]?.evidence ?? "")")
    }

    @Test("The assignment's own order stated before the triplets changes nothing")
    func ownRoleOrder() throws {
        let c = try C.checks("## Question 5\n\nEach triplet is written as (anchor, positive, negative): \(Self.tripletLine).\n")
        C.expectRead(c, ["part2.q5.triplets"])
    }

    @Test("A triplet stated in a table row's label is checked as the triplets")
    func tableRowTripletChecked() throws {
        let head = "| triplet | " + (1...6).map { "$\\partial L/\\partial f_\($0)$" }.joined(separator: " | ") + " |\n|---|---|---|---|---|---|---|\n"
        let c = try C.checks("## Question 5\n\n" + head + "| $t_6$ = (5, 6, 3) | $0$ | $f_5 - f_3$ | $0$ | $0$ | $f_3 - f_6$ | $f_6 - f_5$ |\n")
        C.expectRead(c, ["part2.q5.triplets"], .incorrect)
        #expect(c["part2.q5.triplets"]?.evidence.contains("t_6 is [5, 6, 3]") == true, "\(c["part2.q5.triplets"]?.evidence ?? "")")
    }

    @Test("Weak words of both kinds in one block ('from the other class', 'order matters') place no count after it")
    func weakKindsInDoubt() throws {
        let c = try C.checks("## Question 4\n\nThe anchor and the positive must share a label and the negative must have the other label; the order matters since the roles differ.\n\n$6 \\cdot 5 \\cdot 4 = 120$ triplets.\n")
        #expect(c["part2.q4.all"]?.status != .correct, "\(c["part2.q4.all"]?.status.rawValue ?? "absent")")
        #expect(c["part2.q4.valid"]?.status != .correct)
    }

    @Test("A negation anywhere in the clause takes the labels' words' kind away ('Not requiring … from the other class', 'Not ignoring the labels')")
    func negatedClassWords() throws {
        let c = try C.checks("## Question 4\n\nNot requiring the negative to come from the other class: $6 \\cdot 5 \\cdot 4 = 120$.\n")
        #expect(c["part2.q4.valid"]?.status != .incorrect, "\(c["part2.q4.valid"]?.status.rawValue ?? "absent")")
    }

    @Test("'(gradient 0)' under an exception or a condition is for a person, not the samples' value", arguments: [
        "All samples except $f_1$ and $f_3$ (gradient 0).",
        "$f_5$ is pushed away (gradient 0 only if the hinge is inactive):",
    ])
    func gradientZeroExcepted(_ remark: String) throws {
        let c = try C.checks("## Question 5\n\n### 5.2\n\n$\\frac{\\partial L}{\\partial f_1} = f_4 - f_3$, $\\frac{\\partial L}{\\partial f_3} = f_3 - f_1$\n\n\(remark)\n")
        for id in ["part2.q5.2.f_1", "part2.q5.2.f_3", "part2.q5.2.f_5"] {
            #expect(c[id]?.status != .inconsistent, "\(id): \(c[id]?.evidence ?? "")")
        }
        #expect(c["part2.q5.2.f_5"]?.status != .correct)
    }
}

extension ReadingClassesRound16Tests {
    @Test("A sentence of Part I wrapped onto the next line keeps its figures with its model")
    func wrappedPartOneSentence() throws {
        let c = try C.checks("# Part I\n\nThe RNN has 60,400 parameters and reached 63.03% on the test set. For the bi-RNN I count\n120,800 parameters; test accuracy 63.32%. The bi-LSTM has 483,200\nparameters and reached 84.15% on the test set.\n" + Self.partOneQ2)
        C.expectRead(c, ["part1.params.rnn", "part1.params.bi-rnn", "part1.params.bi-lstm"])
        C.expectRead(c, ["part1.accuracy.bi-rnn"], .unverifiable)
    }

    @Test("Part I lines naming a model whose figures cannot be read are for a person, never missing; a TeX product is no count", arguments: [
        "LSTM: $4\\cdot 60\\,400$, test accuracy 86.03%.",
        "The LSTM has $4 \\times 60\\,400$ parameters and 86.03% test accuracy.",
    ])
    func unreadPartOneLine(_ line: String) throws {
        let c = try C.checks("# Part I\n\nRNN: 60,400 parameters, test accuracy 64.64%.\n\n\(line)\n" + Self.partOneQ2)
        #expect(c["part1.params.lstm"]?.status == .unparsable, "\(c["part1.params.lstm"]?.status.rawValue ?? "absent"): \(c["part1.params.lstm"]?.claimed ?? "")")
        C.expectRead(c, ["part1.params.rnn"])
    }

    @Test("Headings `\\subsection*{k}` under Question 5 are its parts; `from 5.1–5.8:` in Question 6 answers nothing")
    func bareSubsectionsAndPartRange() throws {
        let sheet = "\\documentclass{article}\n\\begin{document}\n\\section*{Question 5}\n\\subsection*{1}\n\(C.q51)\n\\section*{Question 6}\nCollecting terms from 5.1–5.8:\n\\[\\frac{\\partial L}{\\partial f_1} = 2f_1 - 2f_2 - 2f_3 + f_4 + f_5\\]\n\\end{document}\n"
        let c = try C.checks(sheet, name: "sheet.tex")
        C.expectRead(c, LayoutClassesRound4Tests.ids51 + ["part2.q6.f_1"])
        #expect(!c.values.contains { $0.status == .unparsable }, "\(c.filter { $0.value.status == .unparsable }.keys.sorted())")
        let w = try C.checks(sheet.replacingOccurrences(of: "f_5} = f_1 - f_5", with: "f_5} = f_5 - f_1"), name: "sheet.tex")
        C.expectRead(w, ["part2.q5.1.f_5"], .incorrect)
    }
}

extension ReadingClassesRound16Tests {
    @Test("A triplet stated alone in its paragraph (in bold) over a list labels the list; statements one a paragraph in a row are a list of the triplets")
    func boldStatementOverList() throws {
        let sheet = "## Question 5\n\n$$t_1 = (f_1, f_2, f_5),\\quad t_2 = (f_1, f_3, f_4)$$\n\n**$t_1 = (f_1, f_2, f_5)$**\n\n- $\\frac{\\partial L}{\\partial f_1} = f_5 - f_2$\n- $\\frac{\\partial L}{\\partial f_2} = f_2 - f_1$\n- $\\frac{\\partial L}{\\partial f_5} = f_1 - f_5$\n"
        let c = try C.checks(sheet)
        C.expectRead(c, LayoutClassesRound4Tests.ids51)
        let w = try C.checks(sheet.replacingOccurrences(of: "f_5} = f_1 - f_5", with: "f_5} = f_5 - f_1"))
        C.expectRead(w, ["part2.q5.1.f_5"], .incorrect)
        // `$t_1 = …$` and `$t_2 = …$` one a paragraph, then derivatives: about neither.
        let list = try C.checks("## Question 5\n\n$t_1 = (f_1, f_2, f_5)$\n\n$t_2 = (f_1, f_3, f_4)$\n\n$\\frac{\\partial L}{\\partial f_1} = f_5 - f_2$\n")
        #expect(list["part2.q5.1.f_1"]?.status != .correct)
        #expect(list["part2.q5.2.f_1"]?.status != .correct)
    }
}

extension ReadingClassesRound16Tests {
    @Test("After a label, the first factor of a product is no count (`Only 36 are valid: 6 * 2 * 3.`)", arguments: [
        "All: 120 (6 * 5 * 4). Only 36 are valid: 6 * 2 * 3.",
        "All: 120 (6 x 5 x 4). Only 36 are valid: 6 x 2 x 3.",
    ])
    func labelledFactorIsNoCount(_ text: String) throws {
        let c = try C.checks("## Question 4\n\n\(text)\n")
        C.expectRead(c, ["part2.q4.all", "part2.q4.valid"])
    }
}

extension ReadingClassesRound16Tests {
    @Test("Arithmetic in prose after a remark in parentheses, and closing a remark after a comma, is read", arguments: [
        "Total number of triplets (ordered, no repeats) = 6 * 5 * 4 = 120.\n\nValid triplets: 6 anchors * 2 positives * 3 negatives = 36.\n",
        "All possible triplets: 120 (permutations of 3 out of 6, 6 × 5 × 4).\n\nValid triplets: 36 (6 × 2 × 3).\n",
    ])
    func proseArithmeticAfterRemarks(_ block: String) throws {
        let sheet = "## Question 4\n\n" + block
        let c = try C.checks(sheet)
        C.expectRead(c, Self.q4ids)
        let w = try C.checks(sheet.replacingOccurrences(of: "5 × 4)", with: "5 × 3)").replacingOccurrences(of: "5 * 4 = 120", with: "5 * 3 = 120"))
        #expect(w["part2.q4.all.reasoning"]?.status == .inconsistent, "\(w["part2.q4.all.reasoning"]?.status.rawValue ?? "absent")")
    }
}
