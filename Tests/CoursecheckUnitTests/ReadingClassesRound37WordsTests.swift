import Foundation
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Testing

/// Classes of notation, round 37: Question 4's counts named by other
/// nouns than "triplets", stated after `=` anywhere in a block, after
/// "Number of triplets:", with their reasoning in words, and with a remark on a part
/// after them (found beside unseen63/64; written here in other words than
/// the sheets'). Verdicts by hand from the assignment: six samples, two
/// classes of three, so 6 · 5 · 4 = 120 ordered triplets and 6 · 2 · 3 = 36
/// valid ones.
@Suite("Classes of notation, round 37: counts and their reasoning in words")
struct ReadingClassesRound37WordsTests {
    typealias C = SheetClassesTests

    static func question4(_ text: String) -> String { "## Question 4\n\n\(text)\n" }
    static let rightValid = "Valid triplets: 6 * 2 * 3 = 36."
    static let rightAll = "Ordered triplets: 6 * 5 * 4 = 120."

    @Test("All the triplets counted as permutations, arrangements or ordered selections; the sizes in the noun's phrase are no count", arguments: [
        ("We may form 120 arrangements of three samples taken from the six.", Status.correct),
        ("One gets 120 permutations when three of the 6 samples are put in order.", Status.correct),
        ("Count of permutations of 3 among 6: 120.", Status.correct),
        ("Number of ordered selections of 3 from 6 samples: 120.", Status.correct),
        // Planted slips: a wrong count named the same way reads incorrect.
        ("We may form 216 arrangements of three samples taken from the six.", Status.incorrect),
        ("Count of permutations of 3 among 6: 20.", Status.incorrect),
    ])
    func countsNamedByOrderNouns(_ text: String, _ status: Status) throws {
        let c = try C.checks(Self.question4(text + "\n\n" + Self.rightValid))
        C.expectRead(c, ["part2.q4.all"], status)
        C.expectRead(c, ["part2.q4.valid"])
    }

    @Test("A number of orderings of a part is no count of all triplets")
    func orderingsOfPartNoCount() throws {
        let c = try C.checks(Self.question4("Each set of three samples can be put in 6 orderings.\n\n" + Self.rightValid))
        #expect(c["part2.q4.all"]?.status != .incorrect, "\(c["part2.q4.all"]?.evidence ?? "")")
    }

    @Test("A count after '=' behind a word of its kind, wherever it stands in its block", arguments: [
        ("Every sample can anchor, so there are 6 anchors. Valid = 36.", Status.correct),
        // Planted slip.
        ("Every sample can anchor, so there are 6 anchors. Valid = 30.", Status.incorrect),
    ])
    func equatedCountAfterOtherFigures(_ text: String, _ status: Status) throws {
        let c = try C.checks(Self.question4(Self.rightAll + "\n\n" + text))
        C.expectRead(c, ["part2.q4.all"])
        C.expectRead(c, ["part2.q4.valid"], status)
    }

    @Test("'not valid = …' is no count of the valid ones")
    func negatedEquatedLabel() throws {
        let c = try C.checks(Self.question4(Self.rightAll + "\n\nThere are 6 anchors. Not valid = 84."))
        #expect(c["part2.q4.valid"]?.status != .correct && c["part2.q4.valid"]?.status != .incorrect)
    }

    @Test("A count after a label that names triplets and no kind, its reasoning in words after it", arguments: [
        ("Number of triplets: 120, since there are 6 options to choose the anchor, 5 for the positive and 4 for the negative.", Status.correct),
        ("Number of triplets: 150, since there are 6 options to choose the anchor, 5 for the positive and 5 for the negative.", Status.incorrect),
    ])
    func answerLabel(_ text: String, _ status: Status) throws {
        let c = try C.checks(Self.question4(text + "\n\n" + Self.rightValid))
        C.expectRead(c, ["part2.q4.all", "part2.q4.all.reasoning"], status)
    }

    @Test("A role's choices said in words: 'any of 6', 'any of the remaining 5', a role's label with its choices later in its sentence", arguments: [
        ("All triplets: the anchor is any of 6, the positive any of the remaining 5 and the negative any of the other 4. That is 120.", "part2.q4.all", Status.correct),
        ("All triplets: the anchor is any of 6, the positive any of the remaining 5 and the negative any of the other 5. That is 150.", "part2.q4.all", Status.incorrect),
        ("Valid triplets. Anchor: 6 options. Positive: a sample of its class other than itself, 2 options. Negative: from the other class, 3 options. Valid = 36.", "part2.q4.valid", Status.correct),
        ("Valid triplets. Anchor: 6 options. Positive: a sample of its class other than itself, 3 options. Negative: from the other class, 3 options. Valid = 54.", "part2.q4.valid", Status.incorrect),
    ])
    func choicesInWords(_ text: String, _ id: String, _ status: Status) throws {
        let other = id == "part2.q4.all" ? Self.rightValid : Self.rightAll
        let c = try C.checks(Self.question4(id == "part2.q4.all" ? text + "\n\n" + other : other + "\n\n" + text))
        C.expectRead(c, [id, id + ".reasoning"], status)
    }

    @Test("A count for a part inside a remark after a stated count is reasoning, never the count", arguments: [
        ("Valid triplets\n\n36 valid ones (per anchor there are 2·3 = 6 valid triplets, with 6 anchors).", Status.correct),
        ("Valid triplets: 36 (the first class as anchor class gives 3*2*3 = 18, the second another 18).", Status.correct),
        // Planted slip: the count before the remark is wrong.
        ("Valid triplets\n\n30 valid ones (per anchor there are 2·3 = 6 valid triplets, with 6 anchors).", Status.incorrect),
    ])
    func partInRemarkIsReasoning(_ text: String, _ status: Status) throws {
        let c = try C.checks(Self.question4(Self.rightAll + "\n\n" + text))
        C.expectRead(c, ["part2.q4.valid"], status)
    }
}
