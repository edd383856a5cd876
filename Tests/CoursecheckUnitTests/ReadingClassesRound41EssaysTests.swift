import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Foundation
import Testing

/// Classes of notation, round 41: Part I and Questions 2–4 written as essays
/// (found beside unseen75 and unseen76, sheets that put every answer in
/// sentences; written here in other words than the sheets'). Verdicts by
/// hand: with the hinge inactive every gradient is 0; with it active ∂L/∂f_a
/// = f_n − f_p, ∂L/∂f_p = f_p − f_a, ∂L/∂f_n = f_a − f_n; 6 · 5 · 4 = 120
/// ordered triplets, 6 · 2 · 3 = 36 valid; an RNN cell has 200·100 +
/// 200·200 + 2·200 = 60,400 parameters, an LSTM four times that, two
/// directions double them, a second level takes input 2h (2-level bi-RNN
/// 361,600, 2-level bi-LSTM 1,446,400).
@Suite("Classes of notation, round 41: essays — numbers in words, questions named in prose, roles' possessives, Part I largest first")
struct ReadingClassesRound41EssaysTests {
    typealias C = SheetClassesTests

    static func question(_ n: Int, _ text: String) -> String { "## Question \(n)\n\n\(text)\n" }

    static func unread(_ c: [String: Check]) -> [String] { c.keys.filter { $0.contains("@") }.sorted() }

    // MARK: Question 4: whole numbers spelled in words

    static let spelled = "Choosing the anchor, then the positive, then the negative from different samples gives six, five and four choices, "
        + "which comes to one hundred and twenty triplets in total. For the valid ones the positive shares the anchor's class "
        + "and the negative comes from the other class, and there are thirty-six valid triplets."

    @Test("Counts spelled in words are read whole: 'one hundred and twenty', 'a hundred and twenty', 'thirty-six'", arguments: [
        spelled,
        spelled.replacingOccurrences(of: "one hundred and twenty", with: "a hundred and twenty"),
        spelled.replacingOccurrences(of: "one hundred and twenty", with: "one hundred twenty"),
        spelled.replacingOccurrences(of: "thirty-six", with: "thirty six"),
    ])
    func countsInWords(_ text: String) throws {
        let c = try C.checks(Self.question(4, text))
        C.expectRead(c, ["part2.q4.all", "part2.q4.valid"])
    }

    @Test("Planted slips spelled in words read incorrect, never correct", arguments: [
        (spelled.replacingOccurrences(of: "one hundred and twenty", with: "two hundred and sixteen"), "part2.q4.all"),
        (spelled.replacingOccurrences(of: "thirty-six", with: "seventy-two"), "part2.q4.valid"),
        (spelled.replacingOccurrences(of: "thirty-six", with: "eighteen"), "part2.q4.valid"),
    ])
    func countsInWordsWrong(_ text: String, _ id: String) throws {
        let c = try C.checks(Self.question(4, text))
        C.expectRead(c, [id], .incorrect)
    }

    @Test("A number in words not read whole ('one hundred and twenty-odd') is no count: never its last word, 20")
    func partialNumberIsNoCount() throws {
        let c = try C.checks(Self.question(4, "There are one hundred and twenty-odd ordered triplets in all, and thirty-six valid triplets."))
        #expect(c["part2.q4.all"]?.status != .correct)
        #expect(c["part2.q4.all"]?.status != .incorrect)
        C.expectRead(c, ["part2.q4.valid"])
    }

    @Test("A count of triplets in the clause one anchor's 'each' opens is that anchor's, not the valid count")
    func perAnchorCount() throws {
        let text = "Ordered triplets of distinct samples: $6 \\cdot 5 \\cdot 4 = 120$ of them (a hundred and twenty). For the valid ones, "
            + "each of the six anchors gives two times three, six triplets, and there are thirty-six valid triplets."
        let c = try C.checks(Self.question(4, text))
        C.expectRead(c, ["part2.q4.all", "part2.q4.valid"])
        #expect(c["part2.q4.valid.reasoning"]?.status != .inconsistent)
        // Planted slip: the whole is wrong; it is still what is read.
        let wrong = try C.checks(Self.question(4, text.replacingOccurrences(of: "thirty-six valid", with: "eighteen valid")))
        C.expectRead(wrong, ["part2.q4.valid"], .incorrect)
    }

    // MARK: Questions named in the prose

    static let named = """
        Part II.

        For Question 2, with the hinge inactive the loss is flat, so all three gradients, $\\frac{\\partial L}{\\partial f_a}$, $\\frac{\\partial L}{\\partial f_p}$ and $\\frac{\\partial L}{\\partial f_n}$, are $0$.

        For Question 3, with the hinge active, the anchor's gradient is $f_n - f_p$, the positive's is $f_p - f_a$ and the negative's is $f_a - f_n$.

        For Question 4, there are $6 \\cdot 5 \\cdot 4 = 120$ ordered triplets and $6 \\cdot 2 \\cdot 3 = 36$ valid triplets.

        """

    @Test("'For Question 3, …' opening a paragraph is that question, its answer the rest")
    func questionNamedInProse() throws {
        let c = try C.checks(Self.named)
        C.expectRead(c, ["part2.q2.f_a", "part2.q2.f_p", "part2.q2.f_n", "part2.q3.f_a", "part2.q3.f_p", "part2.q3.f_n",
                         "part2.q4.all", "part2.q4.valid"])
        #expect(Self.unread(c).isEmpty, "\(Self.unread(c))")
        // Planted slip under a question named so.
        let wrong = try C.checks(Self.named.replacingOccurrences(of: "the positive's is $f_p - f_a$", with: "the positive's is $f_a - f_p$"))
        C.expectRead(wrong, ["part2.q3.f_p"], .incorrect)
        C.expectRead(wrong, ["part2.q3.f_a", "part2.q3.f_n"])
    }

    // MARK: Questions 2 and 3: the roles' possessives, roles listed, heads listed

    @Test("Question 3: each role's possessive gives its value, in TeX and in plain text", arguments: [
        ("With the hinge active, the anchor's gradient is $f_n - f_p$, the positive's is $f_p - f_a$ and the negative's is $f_a - f_n$.", "sheet.md"),
        ("When it is active, the anchor's derivative equals $f_n - f_p$; the positive's equals $f_p - f_a$; the negative's equals $f_a - f_n$.", "sheet.md"),
        ("In the active case the anchor's derivative is fn - fp, the positive's is fp - fa and the negative's is fa - fn.", "sheet.txt"),
        ("With the hinge active, the anchor's gradient is f_n - f_p, the positive's is f_p - f_a and the negative's is f_a - f_n.", "sheet.txt"),
    ])
    func possessives(_ text: String, _ name: String) throws {
        let sheet = name.hasSuffix(".txt") ? "Question 3\n----------\n\n\(text)\n" : Self.question(3, text)
        let c = try C.checks(sheet, name: name)
        C.expectRead(c, ["part2.q3.f_a", "part2.q3.f_p", "part2.q3.f_n"])
        // Planted slip: the negative's sign turned.
        let wrong = try C.checks(sheet.replacingOccurrences(of: "a - f_n", with: "n - f_a").replacingOccurrences(of: "fa - fn", with: "fn - fa"), name: name)
        C.expectRead(wrong, ["part2.q3.f_n"], .incorrect)
        C.expectRead(wrong, ["part2.q3.f_a", "part2.q3.f_p"])
    }

    @Test("Question 2: roles listed after 'with respect to' share the one value", arguments: [
        ("Once the margin holds, the max returns 0, so the gradient with respect to the anchor, the positive and the negative is $0$ in each case.", "sheet.md"),
        ("Once the margin holds, the max returns 0, so the gradient with respect to the anchor, the positive and the negative is 0.", "sheet.txt"),
    ])
    func rolesListed(_ text: String, _ name: String) throws {
        let sheet = name.hasSuffix(".txt") ? "Question 2\n----------\n\n\(text)\n" : Self.question(2, text)
        let c = try C.checks(sheet, name: name)
        C.expectRead(c, ["part2.q2.f_a", "part2.q2.f_p", "part2.q2.f_n"])
    }

    @Test("Question 2: a wrong value for the roles listed reads incorrect for all three")
    func rolesListedWrong() throws {
        let c = try C.checks(Self.question(2, "When the hinge is off, the gradient with respect to the anchor, the positive and the negative is $f_a - f_n$."))
        C.expectRead(c, ["part2.q2.f_a", "part2.q2.f_p", "part2.q2.f_n"], .incorrect)
    }

    @Test("Question 2, plain text: derivatives listed after words that say why, then one value", arguments: [
        "With the hinge off nothing depends on the embeddings, so the three derivatives, dL/df_a, dL/df_p and dL/df_n, are all 0.",
        "When the hinge is inactive, dL/df_a, dL/df_p and dL/df_n are 0.",
    ])
    func headsAfterWords(_ text: String) throws {
        let c = try C.checks("Question 2\n----------\n\n\(text)\n", name: "sheet.txt")
        C.expectRead(c, ["part2.q2.f_a", "part2.q2.f_p", "part2.q2.f_n"])
        // A role's letter among the words is no clause of words alone.
        let named = try C.checks("Question 2\n----------\n\nSince fa is fixed, dL/df_p and dL/df_n are 0.\n", name: "sheet.txt")
        #expect(named["part2.q2.f_p"]?.status != .correct)
    }

    // MARK: Part I largest first

    static let largestFirst = "Largest first. The 2-level bi-LSTM has 1,446,400 parameters in its LSTM layers and reached 70.2% test accuracy. "
        + "The 2-level bi-RNN has 361,600 parameters and reached 66.0%. With one level, the bidirectional LSTM has 483,200 parameters "
        + "and got 71.5%, and the bi-RNN has 120,800 parameters and got 64.3%. The single LSTM has 241,600 parameters (accuracy 69.9%) "
        + "and the smallest model, the plain RNN, has 60,400 parameters (accuracy 61.2%)."

    static func partOne(_ text: String) -> String { "## Part I\n\n\(text)\n\n## Part II\n\n### Question 4\n\nAll: $120$. Valid: $36$.\n" }

    @Test("Part I largest first: own layers named by the cell, 'with one level', 'the single LSTM', a name set apart by commas")
    func largestFirst() throws {
        let ids = ["rnn", "lstm", "bi-rnn", "bi-lstm", "2-level-bi-rnn", "2-level-bi-lstm"]
        let c = try C.checks(Self.partOne(Self.largestFirst))
        C.expectRead(c, ids.map { "part1.params.\($0)" })
        C.expectRead(c, ids.map { "part1.accuracy.\($0)" }, .unverifiable)
        // Planted slips in the sentences read so.
        let wrong = try C.checks(Self.partOne(Self.largestFirst
            .replacingOccurrences(of: "the plain RNN, has 60,400", with: "the plain RNN, has 60,200")
            .replacingOccurrences(of: "bi-RNN has 120,800", with: "bi-RNN has 121,200")))
        C.expectRead(wrong, ["part1.params.rnn", "part1.params.bi-rnn"], .incorrect)
        C.expectRead(wrong, ["part1.params.lstm", "part1.params.bi-lstm"])
    }

    @Test("Part I: another cell's layers, or two levels said before one-level names, leave the sentence unread", arguments: [
        ("The bi-RNN has 120,800 parameters in its LSTM layers and reached 64.3%.", "bi-rnn"),
        ("With two levels, the bidirectional LSTM has 483,200 parameters and got 71.5%, and the bi-RNN has 120,800 parameters and got 64.3%.", "bi-lstm"),
    ])
    func doubtfulSentences(_ sentence: String, _ slug: String) throws {
        let c = try C.checks(Self.partOne(sentence))
        #expect(c["part1.params.\(slug)"]?.status != .correct)
    }
}
