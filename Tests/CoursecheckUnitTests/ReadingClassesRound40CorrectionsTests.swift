import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Foundation
import Testing

/// Classes of notation, round 40: answers a student corrects on the page
/// (found beside unseen74, a set of sheets that revise their answers;
/// written here in other words than the sheets'), and shares of the
/// counts written after Question 4's counts. Verdicts by hand: with the
/// hinge active ∂L/∂f_a = f_n − f_p, ∂L/∂f_p = f_p − f_a, ∂L/∂f_n = f_a −
/// f_n; for t_3 = (2, 1, 6) the gradients are f_1 − f_2 (f_1), f_6 − f_1
/// (f_2), f_2 − f_6 (f_6); 6 · 5 · 4 = 120 triplets, 6 · 2 · 3 = 36 valid.
@Suite("Classes of notation, round 40: corrections on the page, shares of the counts")
struct ReadingClassesRound40CorrectionsTests {
    typealias C = SheetClassesTests

    static func unread(_ c: [String: Check]) -> [String] { c.keys.filter { $0.contains("@") }.sorted() }

    static func question3(_ lines: [String]) -> String {
        "## Question 3\n\n" + lines.joined(separator: "\n\n") + "\n"
    }

    /// Question 5.3 (t_3 = (2, 1, 6)) with its f_6 line written `last`.
    static func question53(_ last: String) -> String {
        """
        ## Question 5

        ### 5.3

        $$\\frac{\\partial L}{\\partial f_1} = f_1 - f_2, \\quad \\frac{\\partial L}{\\partial f_2} = f_6 - f_1, \\quad \(last)$$

        """
    }

    @Test("A struck-out answer followed by what replaces it is withdrawn", arguments: [
        ("\\frac{\\partial L}{\\partial f_6} = \\cancel{f_6 - f_2}\\ f_2 - f_6", Status.correct),
        ("\\frac{\\partial L}{\\partial f_6} = \\bcancel{f_6 - f_2} f_2 - f_6", Status.correct),
        ("\\frac{\\partial L}{\\partial f_6} = \\sout{f_6 - f_2}\\; f_2 - f_6", Status.correct),
        ("\\frac{\\partial L}{\\partial f_6} = \\xcancel{f_2 - f_6}\\ f_2 - f_6", Status.correct),
        // Planted slip: the replacement is the wrong one; it is what is read.
        ("\\frac{\\partial L}{\\partial f_6} = \\cancel{f_2 - f_6}\\ f_6 - f_2", Status.incorrect),
        // A struck 0 before an expression is withdrawn (review 22, c19): a
        // factor 0 cancels nothing.
        ("\\frac{\\partial L}{\\partial f_6} = \\cancel{0}\\ f_2 - f_6", Status.correct),
        ("\\frac{\\partial L}{\\partial f_6} = \\cancel{0} f_2 - f_6", Status.correct),
        ("\\frac{\\partial L}{\\partial f_6} = \\cancel{0}\\ f_6 - f_2", Status.incorrect),
        // With a struck partner in its side: 2 (…) ½ with both 2s struck cancel.
        ("\\frac{\\partial L}{\\partial f_6} = \\cancel{2}(f_2 - f_6)\\frac{1}{\\cancel{2}}", Status.correct),
    ])
    func struckThenReplaced(_ line: String, _ status: Status) throws {
        let c = try C.checks(Self.question53(line))
        C.expectRead(c, ["part2.q5.3.f_1", "part2.q5.3.f_2"])
        C.expectRead(c, ["part2.q5.3.f_6"], status)
    }

    @Test("A struck-out answer with nothing in its place is for a person, never a verdict")
    func struckAlone() throws {
        let c = try C.checks(Self.question53("\\frac{\\partial L}{\\partial f_6} = \\cancel{f_2 - f_6}"))
        C.expectRead(c, ["part2.q5.3.f_1", "part2.q5.3.f_2"])
        #expect(c["part2.q5.3.f_6"]?.status == .unparsable || c["part2.q5.3.f_6"]?.status == .missing)
    }

    @Test("Terms struck to show them cancelling keep their value", arguments: [
        ("$\\frac{\\partial L}{\\partial f_a} = \\frac{1}{\\cancel{2}} \\cdot \\cancel{2}(f_n - f_p) = f_n - f_p$", Status.correct),
        ("$\\frac{\\partial L}{\\partial f_a} = \\cancel{2} \\cdot \\frac{1}{\\cancel{2}}(f_n - f_p) = f_n - f_p$", Status.correct),
        ("$\\frac{\\partial L}{\\partial f_a} = (f_n - \\cancel{f_a}) + (\\cancel{f_a} - f_p)$", Status.correct),
        // Planted slip: a wrong sign after the cancelling is read.
        ("$\\frac{\\partial L}{\\partial f_a} = \\frac{1}{\\cancel{2}} \\cdot \\cancel{2}(f_p - f_n)$", Status.incorrect),
    ])
    func cancellingTerms(_ line: String, _ status: Status) throws {
        let c = try C.checks(Self.question3([line]))
        C.expectRead(c, ["part2.q3.f_a"], status)
    }

    @Test("A struck-out triplet followed by the right one is the triplet listed")
    func struckTriplet() throws {
        let list = (1...8).map { k in
            let t = [(1, 2, 5), (1, 3, 4), (2, 1, 6), (2, 3, 4), (3, 1, 5), (5, 6, 2), (6, 4, 3), (6, 4, 2)][k - 1]
            return k == 7 ? "$t_7 = (\\cancel{f_6, f_4, f_5}\\ f_6, f_4, f_3)$" : "$t_\(k) = (f_\(t.0), f_\(t.1), f_\(t.2))$"
        }.joined(separator: "\n\n")
        let c = try C.checks("## Question 5\n\n\(list)\n")
        C.expectRead(c, ["part2.q5.triplets"])
        let wrong = try C.checks("## Question 5\n\n" + list.replacingOccurrences(of: "\\ f_6, f_4, f_3", with: "\\ f_6, f_4, f_5") + "\n")
        #expect(wrong["part2.q5.triplets"]?.status != .correct)
    }

    @Test("A labelled correction after the answers replaces the one it restates", arguments: [
        ("Edit: ∂L/∂fₐ = fₙ − fₚ", Status.correct),
        ("Correction: dL/df_a = f_n - f_p", Status.correct),
        ("Corrected: $\\frac{\\partial L}{\\partial f_a} = f_n - f_p$", Status.correct),
        // Planted slip: the correction is itself wrong; it is what is read.
        ("Edit: ∂L/∂fₐ = fₚ + fₙ", Status.incorrect),
    ])
    func labelledCorrection(_ correction: String, _ status: Status) throws {
        let c = try C.checks(Self.question3(["∂L/∂fₐ = fₚ − fₙ\n∂L/∂fₚ = fₚ − fₐ\n∂L/∂fₙ = fₐ − fₙ", correction]))
        C.expectRead(c, ["part2.q3.f_p", "part2.q3.f_n"])
        C.expectRead(c, ["part2.q3.f_a"], status)
    }

    @Test("'I first got A, but …, so it is B': B is the answer, A quoted and withdrawn", arguments: [
        ("I first got $\\frac{\\partial L}{\\partial f_6} = f_6 - f_2$, but I had the sign the wrong way round, so it is $f_2 - f_6$.", Status.correct),
        // Planted slip: the corrected value is wrong.
        ("I first got $\\frac{\\partial L}{\\partial f_6} = f_2 - f_6$, but I mixed up the roles, so it is $f_6 - f_2$.", Status.incorrect),
    ])
    func firstGotButSoItIs(_ words: String, _ status: Status) throws {
        let c = try C.checks(Self.question53("\\frac{\\partial L}{\\partial f_6} = f_6 - f_2") + "\n" + words + "\n")
        C.expectRead(c, ["part2.q5.3.f_1", "part2.q5.3.f_2"])
        C.expectRead(c, ["part2.q5.3.f_6"], status)
    }

    @Test("A bare value after 'it should be', no sample named, is for a person: never a verdict on either value")
    func bareCorrection() throws {
        let words = "At first I had $\\frac{\\partial L}{\\partial f_6} = f_6 - f_2$. Wait, that is the wrong way round: it should be $f_2 - f_6$."
        let c = try C.checks(Self.question53("\\frac{\\partial L}{\\partial f_6} = f_6 - f_2") + "\n" + words + "\n")
        #expect(c["part2.q5.3.f_6"]?.status != .correct)
        #expect(c["part2.q5.3.f_6"]?.status != .incorrect)
    }

    @Test("A share of the counts after them counts nothing: a ratio or a percentage", arguments: [
        "So the valid ones are a fraction $36/120 = 0.3$ of all triplets.",
        "Ratio valid to all: 36/120 = 3/10",
        "That is, $\\frac{36}{120} = 30\\%$ of them.",
    ])
    func shareOfCounts(_ remark: String) throws {
        let text = "## Question 4\n\nAll triplets: $6 \\cdot 5 \\cdot 4 = 120$.\n\nValid: $6 \\cdot 2 \\cdot 3 = 36$. \(remark)\n"
        let c = try C.checks(text)
        C.expectRead(c, ["part2.q4.all", "part2.q4.valid", "part2.q4.valid.reasoning"])
        // Planted slip: a wrong count before the same remark still reads incorrect.
        let wrong = try C.checks(text.replacingOccurrences(of: "6 \\cdot 2 \\cdot 3 = 36", with: "6 \\cdot 3 \\cdot 3 = 54"))
        C.expectRead(wrong, ["part2.q4.valid"], .incorrect)
    }

    @Test("A percentage in words after a count is no count", arguments: [
        ", i.e. 30% of all triplets.",
        ", i.e. 30 percent of the 120.",
        ", so 30 % of them are valid.",
    ])
    func percentageInWords(_ tail: String) throws {
        let text = "## Question 4\n\nAll triplets: $6 \\cdot 5 \\cdot 4 = 120$.\n\nValid: $6 \\cdot 2 \\cdot 3 = 36$\(tail)\n"
        let c = try C.checks(text)
        C.expectRead(c, ["part2.q4.all", "part2.q4.valid", "part2.q4.valid.reasoning"])
        let wrong = try C.checks(text.replacingOccurrences(of: "6 \\cdot 2 \\cdot 3 = 36", with: "6 \\cdot 2 \\cdot 2 = 24"))
        C.expectRead(wrong, ["part2.q4.valid"], .incorrect)
    }
}

/// Corrections whose new value is not read (review of round 40, from the
/// forms "wait, that should be …" takes): the answer they take back goes to
/// a person, never to a verdict on the value withdrawn.
@Suite("Classes of notation, round 40: corrections not read leave the answer to a person")
struct ReadingClassesRound40UnreadCorrectionTests {
    typealias C = SheetClassesTests

    /// Question 5.2 (t_2 = (1, 3, 4)), f_3's answer `f3value` (truth f_3 − f_1), then `after`.
    static func part52(_ f3value: String, _ after: String) -> String {
        "## Question 5\n\n### 5.2\n\n$$\\frac{\\partial L}{\\partial f_1} = f_4 - f_3, \\quad \\frac{\\partial L}{\\partial f_3} = \(f3value), \\quad "
            + "\\frac{\\partial L}{\\partial f_4} = f_1 - f_4$$\n\n\(after)\n"
    }

    @Test("The sample named, its correction unread: its first answer is for a person", arguments: [
        "Wait, the $f_3$ one should be $f_3 - f_1$.",
        "Wait, the f_3 row should be f_3 - f_1.",
        "Oops: for f₃ it should be the other way round.",
    ])
    func namedSample(_ after: String) throws {
        // The first answer wrong, the correction right: never incorrect.
        let c = try C.checks(Self.part52("f_1 - f_3", after))
        C.expectRead(c, ["part2.q5.2.f_1", "part2.q5.2.f_4"])
        #expect(c["part2.q5.2.f_3"]?.status != .incorrect)
        #expect(c["part2.q5.2.f_3"]?.status != .correct)
        // The first answer right, taken back: never graded correct.
        let taken = try C.checks(Self.part52("f_3 - f_1", after))
        #expect(taken["part2.q5.2.f_3"]?.status != .correct)
    }

    @Test("No sample named: the last answer before the words is for a person, the earlier ones stand")
    func lastAnswer() throws {
        let c = try C.checks(Self.part52("f_3 - f_1", "Hmm wait, that should be written the other way round, I think."))
        C.expectRead(c, ["part2.q5.2.f_1", "part2.q5.2.f_3"])
        #expect(c["part2.q5.2.f_4"]?.status != .correct)
        // A correction read with its sample stays the answer.
        let read = try C.checks(Self.part52("f_1 - f_3", "Wait, that should be $f_3 - f_1$ for $f_3$."))
        C.expectRead(read, ["part2.q5.2.f_3"])
    }

    /// Question 5.2 in a sentence per sample, `f3value` corrected in its
    /// own sentence by words whose correction is not read.
    static func clauses52(_ f3value: String, _ correction: String) -> String {
        "## Question 2\n\n$\\frac{\\partial L}{\\partial f_a} = 0$\n\n## Question 5\n\n### 5.2\n\n"
            + "With respect to $f_1$ it is $f_4 - f_3$. With respect to $f_3$ it is $\(f3value)$ \(correction) "
            + "With respect to $f_4$ it is $f_1 - f_4$.\n"
    }

    @Test("A correction in the answer's own sentence, not read, takes back that answer even when a later sentence is read", arguments: [
        "— wait, that should be the other way round.",
        "- no wait, that should be reversed.",
    ])
    func correctionInItsSentence(_ words: String) throws {
        // The first value wrong: never incorrect; right: never correct.
        for value in ["f_1 - f_3", "f_3 - f_1"] {
            let c = try C.checks(Self.clauses52(value, words))
            C.expectRead(c, ["part2.q2.f_a"])
            #expect([.missing, .unparsable].contains(c["part2.q5.2.f_3"]?.status), "\(value): \(c["part2.q5.2.f_3"]?.status.rawValue ?? "absent")")
        }
    }

    @Test("A correction after an unread statement takes back that statement, not an answer in an earlier block")
    func correctionAfterUnreadStatement() throws {
        let line = "dL/df4 = f1 + f2 - 2f6, dL/df3 = (f3 - f1) + (f3 - f2) = -2f1 - f2 + f3 + f5 - f6 --> correction: the sign of f6"
        let c = try C.checks("Question 6\n\ndL/df1 = 2f1 - 2f2 - 2f3 + f4 + f5\n\n" + line + "\n", name: "sheet.txt")
        C.expectRead(c, ["part2.q6.f_1"])
    }
}

/// Review 22 (a newcomer's sheets against round 40): each a wrong answer
/// read correct, or a right one read missing, on the first merge.
@Suite("Classes of notation, round 40: review 22's false verdicts")
struct ReadingClassesRound40Review22Tests {
    typealias C = SheetClassesTests

    /// Question 5.1 (t_1 = (1, 2, 5)) with f_5's answer wrong (truth f_1 − f_5), then `after`.
    static func wrongF5(_ after: String, name: String = "sheet.md") throws -> [String: Check] {
        try C.checks("## Question 5\n\n### 5.1\n\n$$\\frac{\\partial L}{\\partial f_1} = f_5 - f_2, \\quad \\frac{\\partial L}{\\partial f_2} = f_2 - f_1, \\quad "
            + "\\frac{\\partial L}{\\partial f_5} = f_1 - f_2$$\n\n\(after)\n", name: name)
    }

    @Test("A label whose words speak of another answer introduces no correction", arguments: [
        "Edit: a classmate got $\\frac{\\partial L}{\\partial f_5} = f_1 - f_5$; I still think mine is right.",
        "Correction: none needed. $\\frac{\\partial L}{\\partial f_5} = f_1 - f_5$ would hold only if the roles were swapped.",
    ])
    func labelWithWords(_ after: String) throws {
        #expect(try Self.wrongF5(after)["part2.q5.1.f_5"]?.status != .correct)
    }

    @Test("A question in brackets after a value is no correction", arguments: [
        "dL/df1 = f5 - f2, dL/df2 = f2 - f1, dL/df5 = f1 - f2 (wait, should it be f1 - f5?)",
        "dL/df1 = f5 - f2, dL/df2 = f2 - f1, dL/df5 = f1 - f2 (wait, should it be f1 - f5)",
    ])
    func questionInBrackets(_ line: String) throws {
        let c = try C.checks("Question 5\n\n5.1\n\n\(line)\n", name: "sheet.txt")
        #expect(c["part2.q5.1.f_5"]?.status != .correct)
    }

    @Test("A Part I cell whose bracket sets the count aside is no count", arguments: [
        "241 600 (initially; I now get 240 800 rather than 241 600)",
        "241 600 (I first had this, but it is 240 800, not 241 600)",
    ])
    func cellSettingAside(_ cell: String) throws {
        let table = "## Part I\n\n| Model | Parameters | Accuracy |\n|---|---|---|\n| RNN | 60,400 | 64.6% |\n| LSTM | \(cell) | 86.0% |\n"
        let c = try C.checks(table)
        C.expectRead(c, ["part1.params.rnn"])
        #expect(c["part1.params.lstm"]?.status != .correct)
    }

    @Test("A letter B alone inside a Part I headed 'Part I' is a sub-part's, not Part II's")
    func letterInsidePartOne() throws {
        let sheet = "# Part I\n\nA)\n\nThe models are trained for 5 epochs.\n\nB)\n\n| Model | Parameters | Accuracy |\n|---|---|---|\n"
            + "| RNN | 60,400 | 64.6% |\n| LSTM | 241,600 | 86.0% |\n"
        let c = try C.checks(sheet)
        C.expectRead(c, ["part1.params.rnn", "part1.params.lstm"])
        let wrong = try C.checks(sheet.replacingOccurrences(of: "241,600", with: "240,800"))
        C.expectRead(wrong, ["part1.params.lstm"], .incorrect)
    }
}
