import Foundation
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Testing

/// Classes of notation and layout, round 35, zeros and rows (unseen54's
/// leftovers and review 16's contradiction; each written here in other
/// words than the sheets'). Verdicts by hand from the assignment's
/// triplets: t₂ = (1, 3, 4), t₃ = (2, 1, 6), t₈ = (6, 4, 2); for (a, p, n)
/// the anchor's derivative is f_n − f_p, the positive's f_p − f_a, the
/// negative's f_a − f_n, every other sample's 0.
@Suite("Classes of notation, round 35 (zeros and rows): zeros in words after a sentence of answers, parts headed `(k)` at Question 5's level, a heading by sample over rows, samples added after a value in words")
struct ReadingClassesRound35ZerosTests {
    typealias C = SheetClassesTests

    /// Part 5.3 in plain text: its three answers in one sentence, then
    /// `zeros`, a sentence of its own on the same line.
    static func plainPart(anchor: String = "f6 - f1", zeros: String) -> String {
        "Part II\n\nQuestion 5\n\n5.3\nWe get dL/df2 = \(anchor), dL/df1 = f1 - f2 and dL/df6 = f2 - f6. \(zeros)\n"
    }

    @Test("Plain text: zeros in words in the sentence after the answers are the samples' they name or leave", arguments: [
        "The others (f3, f4, f5) are zero.",
        "The remaining ones (f_3, f_4 and f_5) vanish.",
        "The gradients w.r.t. f₃, f₄, f₅ are zero (none of them is in this triplet).",
        "Every other derivative is zero.",
    ])
    func zerosAfterSentenceOfAnswers(_ zeros: String) throws {
        let c = try C.checks(Self.plainPart(zeros: zeros), name: "sheet.txt")
        C.expectRead(c, ["part2.q5.3.f_1", "part2.q5.3.f_2", "part2.q5.3.f_6", "part2.q5.3.f_3", "part2.q5.3.f_4", "part2.q5.3.f_5"])
    }

    @Test("Plain text: a wrong answer before the zeros' sentence stays wrong; a zero given to an answered sample is answered twice")
    func zerosAfterSentencePlanted() throws {
        let wrong = try C.checks(Self.plainPart(anchor: "f1 - f6", zeros: "The others (f3, f4, f5) are zero."), name: "sheet.txt")
        C.expectRead(wrong, ["part2.q5.3.f_2"], .incorrect)
        C.expectRead(wrong, ["part2.q5.3.f_3", "part2.q5.3.f_4", "part2.q5.3.f_5"])
        let twice = try C.checks(Self.plainPart(zeros: "The gradients w.r.t. f3, f4, f6 are zero."), name: "sheet.txt")
        #expect(twice["part2.q5.3.f_6"]?.status != .correct)
        #expect(twice["part2.q5.3.f_5"]?.status != .correct)
    }

    /// Question 5 headed in words, its parts headed `### (k)` at the same
    /// level; `second` is part 5.2's derivative with respect to f_4.
    static func bracketParts(second: String = "f_1 - f_4") -> String {
        """
        ## Part II

        ### Question 5

        ### (1)
        - $\\partial L_1/\\partial f_1 = f_5 - f_2$
        - $\\partial L_1/\\partial f_2 = f_2 - f_1$
        - $\\partial L_1/\\partial f_5 = f_1 - f_5$

        ### (2)
        - $\\partial L_2/\\partial f_1 = f_4 - f_3$
        - $\\partial L_2/\\partial f_3 = f_3 - f_1$
        - $\\partial L_2/\\partial f_4 = \(second)$

        ### Question 6

        Nothing yet.
        """
    }

    @Test("`### (k)` at the level of `### Question 5`, counting on from the part before, heads part 5.k, not Question k")
    func bracketPartsAtQuestionFiveLevel() throws {
        let c = try C.checks(Self.bracketParts())
        C.expectRead(c, ["part2.q5.1.f_1", "part2.q5.1.f_2", "part2.q5.1.f_5", "part2.q5.2.f_1", "part2.q5.2.f_3", "part2.q5.2.f_4"])
        #expect(!c.keys.contains { $0.hasPrefix("part2.q2@") || $0.hasPrefix("part2.q1@") })
        let wrong = try C.checks(Self.bracketParts(second: "f_4 - f_1"))
        C.expectRead(wrong, ["part2.q5.2.f_4"], .incorrect)
    }

    @Test("Questions headed `### (k)` stay questions: `### (6)` after `### (5)` is Question 6")
    func bracketQuestionsStayQuestions() throws {
        let sheet = """
        ## Part II

        ### (5)

        ### (6)

        $\\frac{\\partial L}{\\partial f_4} = f_1 + f_2 - 2f_6$
        """
        let c = try C.checks(sheet)
        C.expectRead(c, ["part2.q6.f_4"])
    }

    /// Question 5 in plain text by sample: a line `Derivatives w.r.t. f1:`
    /// over each triplet's derivative with respect to it; `last` is t₈'s
    /// with respect to f_1.
    static func bySample(last: String = "0") -> String {
        """
        Part II

        Question 5

        Derivatives w.r.t. f1:
          ∂L₁/∂f1 = f5 - f2
          ∂L₂/∂f1 = f4 - f3
          ∂L₃/∂f1 = f1 - f2
          ∂L₄/∂f1 = 0
          ∂L₅/∂f1 = f1 - f3
          ∂L₆/∂f1 = 0
          ∂L₇/∂f1 = 0
          ∂L₈/∂f1 = \(last)

        wrt f₂:
          ∂L₁/∂f2 = f2 - f1
          ∂L₈/∂f2 = f6 - f2
        """
    }

    @Test("Plain text: a line naming one sample, ending in a colon, heads the rows after it and answers nothing")
    func headingBySample() throws {
        let c = try C.checks(Self.bySample(), name: "sheet.txt")
        C.expectRead(c, (1...8).map { "part2.q5.\($0).f_1" } + ["part2.q5.1.f_2", "part2.q5.8.f_2"])
        #expect(!c.keys.contains { $0.hasPrefix("part2.q5@") })
        let wrong = try C.checks(Self.bySample(last: "f6 - f4"), name: "sheet.txt")
        C.expectRead(wrong, ["part2.q5.8.f_1"], .incorrect)
    }

    /// Part 5.2 in Markdown, its answers in a display, then `zeros` in words.
    static func addedAfterValue(_ zeros: String) -> String {
        """
        ## Part II

        ### Question 5.2

        $$\\frac{\\partial L}{\\partial f_1} = f_4 - f_3, \\quad \\frac{\\partial L}{\\partial f_3} = f_3 - f_1, \\quad \\frac{\\partial L}{\\partial f_4} = f_1 - f_4$$

        \(zeros)
        """
    }

    @Test("Samples added after a value in words (`…, and so is the one wrt f_6`, `…, f_6 as well`) are given it too", arguments: [
        "The derivatives wrt f_2 and f_5 are 0, and so is the one wrt f_6.",
        "The gradients with respect to f_2, f_5 are zero, f_6 as well.",
        "The gradients with respect to $f_2$ and $f_5$ are zero, as is $f_6$.",
    ])
    func samplesAddedAfterValue(_ zeros: String) throws {
        let c = try C.checks(Self.addedAfterValue(zeros))
        C.expectRead(c, ["part2.q5.2.f_1", "part2.q5.2.f_3", "part2.q5.2.f_4", "part2.q5.2.f_2", "part2.q5.2.f_5", "part2.q5.2.f_6"])
    }

    @Test("A sample added after a value in words that was answered otherwise is answered twice, never correct", arguments: [
        ("The derivatives wrt f_2, f_5 and f_6 are 0, and f_4 too.", "sheet.md"),
        ("The gradients with respect to f_2, f_5 and f_6 are zero, as is f_1.", "sheet.md"),
        ("The derivatives wrt $f_2$, $f_5$ and $f_6$ are 0, and $f_4$ too.", "sheet.md"),
        ("The gradient w.r.t. f_2, f_5 and f_6 is 0, and so is the one w.r.t. $f_1$.", "sheet.md"),
    ])
    func sampleAddedAfterValueTwice(_ zeros: String, _ name: String) throws {
        let c = try C.checks(Self.addedAfterValue(zeros), name: name)
        let added = zeros.contains("f_4") && zeros.contains("too") ? "part2.q5.2.f_4" : "part2.q5.2.f_1"
        #expect(c[added]?.status != .correct, "\(added): \(c[added]?.status.rawValue ?? "absent")")
        C.expectRead(c, ["part2.q5.2.f_2", "part2.q5.2.f_5", "part2.q5.2.f_6"])
    }

    @Test("Plain text: a sample added after a value in words that was answered otherwise is answered twice")
    func sampleAddedAfterValuePlain() throws {
        let sheet = "Part II\n\nQuestion 5\n\n5.3\ndL/df2 = f6 - f1; dL/df1 = f1 - f2; dL/df6 = f2 - f6\nThe gradients wrt f3, f4, f5 are zero, and f2 too.\n"
        let c = try C.checks(sheet, name: "sheet.txt")
        #expect(c["part2.q5.3.f_2"]?.status != .correct)
        C.expectRead(c, ["part2.q5.3.f_3", "part2.q5.3.f_4", "part2.q5.3.f_5"])
    }
}
