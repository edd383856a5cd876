import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Testing

/// Classes of notation and layout of short write-ups, round 30 (found by the
/// outsiders' set unseen39; each class written here in other words than the
/// sheets'). Verdicts by hand from the assignment: Part I's counts are
/// 60,400 (RNN), 241,600 (LSTM), 120,800 (bi-RNN), 483,200 (bi-LSTM),
/// 361,600 and 1,446,400 (2-level); t_1 = (f_1, f_2, f_5), t_2 = (f_1, f_3,
/// f_4); in Question 6 ∂L/∂f_1 = (f_5 − f_2) + (f_4 − f_3) + (f_1 − f_2) +
/// (f_1 − f_3) = 2f_1 − 2f_2 − 2f_3 + f_4 + f_5.
@Suite("Classes of notation, round 30 (write-ups): Part I working in sentences and labelled rows, plain-text labels and sample numbers, a sum before its derivative, a table indexed by k, the hinge's placeholder")
struct Prose39Round30Tests {
    typealias C = SheetClassesTests

    static func partOne(_ text: String, name: String = "sheet.md") throws -> [String: Check] {
        try C.checks("# Part I\n\n" + text + "\n\n# Part II\n\n## Question 2\n\n" + C.q2 + "\n", name: name)
    }

    @Test("Part I in sentences: working that ends in the count (`has $… = 241{,}600$ parameters`) gives the count; `and achieved …` goes on with its model", arguments: [
        ("For the unidirectional networks, the LSTM has $4 \\cdot (200 \\cdot 100 + 200 \\cdot 200 + 2 \\cdot 200) = 241{,}600$ parameters "
            + "and achieved 85.1 % test accuracy, while the RNN has $200 \\cdot 100 + 200 \\cdot 200 + 400 = 60{,}400$ parameters and got 66.0 %.", "sheet.md"),
        ("For the unidirectional networks, the LSTM has 4 * (200 * 100 + 200 * 200 + 2 * 200) = 241,600 parameters "
            + "and achieved 85.1 % test accuracy, while the RNN has 200 * 100 + 200 * 200 + 400 = 60,400 parameters and got 66.0 %.", "sheet.txt"),
    ])
    func workingInSentences(_ text: String, _ name: String) throws {
        let c = try Self.partOne(text, name: name)
        C.expectRead(c, ["part1.params.lstm", "part1.params.rnn"])
        C.expectRead(c, ["part1.accuracy.lstm", "part1.accuracy.rnn"], .unverifiable)
        let wrong = try Self.partOne(text.replacingOccurrences(of: "60{,}400", with: "60{,}200").replacingOccurrences(of: "60,400", with: "60,200"), name: name)
        C.expectRead(wrong, ["part1.params.rnn"], .incorrect)
        C.expectRead(wrong, ["part1.params.lstm"])
    }

    @Test("Part I: working with no result, or a count another convention would give, is no count", arguments: [
        "The RNN has $2 \\cdot 30{,}200$ parameters and got 66.0 %.",
        "With one bias the RNN would have $200 \\cdot 100 + 200 \\cdot 200 + 200 = 60{,}200$ parameters.",
    ])
    func workingWithoutCount(_ text: String) throws {
        let c = try Self.partOne(text)
        #expect(c["part1.params.rnn"]?.status != .correct && c["part1.params.rnn"]?.status != .incorrect,
                "\(c["part1.params.rnn"]?.status.rawValue ?? "absent")")
    }

    @Test("Part I in sentences: a count of levels in another language's words (`à deux niveaux`) leaves its sentence unread, never the name's model")
    func foreignLevels() throws {
        let text = "The bi-LSTM has $2 \\times 241{,}600 = 483{,}200$ parameters (83.1 % on the test set).\n\n"
            + "Et pour le bi-LSTM à deux niveaux: $483{,}200 + 963{,}200 = 1{,}446{,}400$ (accuracy 80.1%)."
        let c = try Self.partOne(text)
        C.expectRead(c, ["part1.params.bi-lstm"])
        C.expectRead(c, ["part1.accuracy.bi-lstm"], .unverifiable)
    }

    @Test("Part I in a display: a model's label, its colon and a space (`\\text{LSTM}: &\\quad …`) head their working to the count")
    func labelledDisplayRows() throws {
        let display = "$$\\begin{aligned}\n\\text{LSTM}: &\\quad 4 \\cdot (200 \\cdot 100 + 200 \\cdot 200 + 2 \\cdot 200) = 241{,}600 \\\\\n"
            + "\\text{bi-RNN}: &\\qquad 2 \\cdot 60{,}400 = 120{,}800\n\\end{aligned}$$"
        C.expectRead(try Self.partOne(display), ["part1.params.lstm", "part1.params.bi-rnn"])
        C.expectRead(try Self.partOne(display.replacingOccurrences(of: "= 120{,}800", with: "= 120{,}600")), ["part1.params.bi-rnn"], .incorrect)
    }

    static let plainParts = """
        Question 5

        (1) Here the members are samples 1, 2 and 5; anchor 1, positive 2, negative 5. So

        * dL^(1)/df_1 = f_5 - f_2
        * dL^(1)/df_2 = f_2 - f_1
        * dL^(1)/df_3 = 0
        * dL^(1)/df_4 = 0
        * dL^(1)/df_5 = f_1 - f_5
        * dL^(1)/df_6 = 0

        (2) Again sample 1 anchors; its positive is sample 3 and its negative sample 4:

        * dL^(2)/df_1 = f_4 - f_3
        * dL^(2)/df_2 = 0
        * dL^(2)/df_3 = f_3 - f_1
        * dL^(2)/df_4 = f_1 - f_4
        * dL^(2)/df_5 = 0
        * dL^(2)/df_6 = 0

        In short, 36 of the 120 triplets are valid.

        """

    @Test("Plain text: a paragraph's label `(2)` before words continues no answer; sample numbers and counts in words are no values")
    func plainLabelsAndNumbers() throws {
        let c = try C.checks(Self.plainParts, name: "sheet.txt")
        C.expectRead(c, ["1", "2", "3", "4", "5", "6"].map { "part2.q5.1.f_\($0)" } + ["1", "2", "3", "4", "5", "6"].map { "part2.q5.2.f_\($0)" })
        #expect(!c.keys.contains { $0.hasPrefix("part2.q5@") || $0.hasPrefix("part2.q5.1@") || $0.hasPrefix("part2.q5.2@") }, "\(c.keys.sorted())")
        // The last answer before the label wrong: read as written, and wrong.
        let wrong = try C.checks(Self.plainParts.replacingOccurrences(of: "dL^(1)/df_6 = 0", with: "dL^(1)/df_6 = f_6"), name: "sheet.txt")
        C.expectRead(wrong, ["part2.q5.1.f_6"], .incorrect)
        let last = try C.checks(Self.plainParts.replacingOccurrences(of: "dL^(2)/df_6 = 0", with: "dL^(2)/df_6 = f_1"), name: "sheet.txt")
        C.expectRead(last, ["part2.q5.2.f_6"], .incorrect)
    }

    static let working = "(f_5 - f_2) + (f_4 - f_3) + (f_1 - f_2) + (f_1 - f_3)"

    @Test("Question 6: a sum its words name, then 'reduces to' / 'yields' the derivative with its value, is that derivative's working", arguments: [
        "Collecting the four terms, the sum $\(working)$ reduces to $\\frac{\\partial L}{\\partial f_1} = 2f_1 - 2f_2 - 2f_3 + f_4 + f_5$.",
        "Adding up $\(working)$ and grouping like terms yields $\\nabla_{f_1} L = 2f_1 - 2f_2 - 2f_3 + f_4 + f_5$.",
    ])
    func sumBeforeDerivative(_ sentence: String) throws {
        let c = try C.checks("## Question 6\n\n" + sentence + "\n")
        C.expectRead(c, ["part2.q6.f_1", "part2.q6.f_1.steps"])
        #expect(!c.keys.contains { $0.hasPrefix("part2.q6@") }, "\(c.keys.sorted())")
        // The working wrong, the result right: the steps do not agree.
        let slip = try C.checks("## Question 6\n\n" + sentence.replacingOccurrences(of: "(f_1 - f_3)$", with: "(f_3 - f_1)$") + "\n")
        C.expectRead(slip, ["part2.q6.f_1"])
        C.expectRead(slip, ["part2.q6.f_1.steps"], .inconsistent)
        // The result wrong: wrong.
        let wrong = try C.checks("## Question 6\n\n" + sentence.replacingOccurrences(of: "= 2f_1 - 2f_2 - 2f_3", with: "= 2f_1 - 2f_2 - f_3") + "\n")
        C.expectRead(wrong, ["part2.q6.f_1"], .incorrect)
    }

    @Test("Question 6: a sum whose sentence goes on to no derivative stays for a person at its place")
    func sumWithoutDerivative() throws {
        let c = try C.checks("## Question 6\n\nThe sum $\(Self.working)$ simplifies to something short.\n\n"
                             + "$\\frac{\\partial L}{\\partial f_1} = 2f_1 - 2f_2 - 2f_3 + f_4 + f_5$\n")
        #expect(c.keys.contains { $0.hasPrefix("part2.q6@") }, "\(c.keys.sorted())")
        C.expectRead(c, ["part2.q6.f_1"])
    }

    static let kTable = """
        ## Question 5

        | k | $\\partial L_k/\\partial f_1$ | $\\partial L_k/\\partial f_2$ | $\\partial L_k/\\partial f_3$ | $\\partial L_k/\\partial f_4$ | $\\partial L_k/\\partial f_5$ | $\\partial L_k/\\partial f_6$ |
        |---|---|---|---|---|---|---|
        | 1 | $f_5 - f_2$ | $f_2 - f_1$ | $0$ | $0$ | $f_1 - f_5$ | $0$ |
        | 2 | $f_4 - f_3$ | $0$ | $f_3 - f_1$ | $f_1 - f_4$ | $0$ | $0$ |

        """

    @Test("Question 5 as a table whose first column is headed by the index its losses are written in (`| k | ∂L_k/∂f_1 | …`): row k is t_k")
    func tableIndexedByK() throws {
        let c = try C.checks(Self.kTable)
        C.expectRead(c, ["1", "2", "3", "4", "5", "6"].map { "part2.q5.1.f_\($0)" } + ["1", "2", "3", "4", "5", "6"].map { "part2.q5.2.f_\($0)" })
        let wrong = try C.checks(Self.kTable.replacingOccurrences(of: "$f_3 - f_1$", with: "$f_1 - f_3$"))
        C.expectRead(wrong, ["part2.q5.2.f_3"], .incorrect)
        // Another letter heading the column says nothing of the triplets.
        let other = try C.checks(Self.kTable.replacingOccurrences(of: "| k |", with: "| j |"))
        #expect(other["part2.q5.1.f_1"]?.status != .correct)
    }

    @Test("The hinge written with a placeholder (`$\\max(0, u)$`) beside the answers is no answer", arguments: ["\\max(0, u)", "\\max(z, 0)"])
    func hingePlaceholder(_ hinge: String) throws {
        let sheet = "## Question 2\n\nThe hinge $\(hinge)$ is flat below the margin, so\n\n" + C.q2 + "\n"
        let c = try C.checks(sheet)
        C.expectRead(c, C.roles.map { "part2.q2.\($0)" })
        #expect(!c.keys.contains { $0.hasPrefix("part2.q2@") }, "\(c.keys.sorted())")
        let wrong = try C.checks(sheet.replacingOccurrences(of: "f_n} = 0", with: "f_n} = f_n"))
        C.expectRead(wrong, ["part2.q2.f_n"], .incorrect)
    }
}
