import Foundation
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Testing

/// Classes of notation, round 36: Question 4's counts stated in running
/// prose rather than on a line of their own (found beside unseen59; written
/// here in other words than the sheets'). Verdicts by hand from the
/// assignment: six samples, two classes of three, so 6 · 5 · 4 = 120
/// ordered triplets and 6 · 2 · 3 = 36 valid ones, 3 · 2 · 3 = 18 with the
/// anchor in a given class.
@Suite("Classes of notation, round 36: counts in sentences")
struct ReadingClassesRound36CountsTests {
    typealias C = SheetClassesTests

    static func question4(_ text: String) -> String { "## Question 4\n\n\(text)\n" }
    static let rightAll = "Ordered triplets: 6 * 5 * 4 = 120."

    @Test("A count before a colon whose reasoning ends on a calculation a word concludes, without its result", arguments: [
        ("Counting every ordered choice there are 120 triplets. Among those, 36 are valid: the two classes each allow 3 anchors with 2 positives, and each such pair takes 3 negatives, so 2 × (3 × 2 × 3).",
         Status.correct),
        ("Counting every ordered choice there are 120 triplets. Among those, 36 are valid: any anchor has 2 positives and 3 negatives, which makes 6 * (2 * 3).",
         Status.correct),
        // Planted slip: a wrong count, with reasoning to it, reads incorrect.
        ("Counting every ordered choice there are 120 triplets. Among those, 72 are valid: any anchor has 2 positives and 6 negatives, which makes 6 * (2 * 6).",
         Status.incorrect),
    ])
    func countBeforeColonReasonedByCalculation(_ text: String, _ status: Status) throws {
        let c = try C.checks(Self.question4(text))
        C.expectRead(c, ["part2.q4.all"])
        C.expectRead(c, ["part2.q4.valid", "part2.q4.valid.reasoning"], status)
    }

    @Test("A count said of both classes after a figure per class is the valid count, never the figure per class", arguments: [
        ("Valid triplets: inside a class an anchor and a positive form 3 · 2 = 6 ordered pairs, each with 3 negatives, hence 18 in every class and 36 across both classes.", Status.correct),
        ("For the valid triplets, each class gives 18 and so 36 over the two classes together.", Status.correct),
        // Planted slips: the classes summed wrongly, or counted twice.
        ("Valid triplets: inside a class an anchor and a positive form 3 · 2 = 6 ordered pairs, each with 3 negatives, hence 18 in every class and 54 across both classes.", Status.incorrect),
        ("For the valid triplets, each class gives 36 and so 72 over the two classes together.", Status.incorrect),
    ])
    func countOverBothClasses(_ text: String, _ status: Status) throws {
        let c = try C.checks(Self.question4(Self.rightAll + "\n\n" + text))
        C.expectRead(c, ["part2.q4.valid"], status)
    }

    @Test("A count concluded at the end of a later sentence, and a count after 'is' whose subject names it", arguments: [
        ("The count of ordered triplets is 120: six samples may anchor, five remain for the positive and four for the negative.\nA valid triplet keeps the anchor's class for the positive. Anchor: 6 choices; positive: 2; negative: 3. All together this makes 36.",
         Status.correct, Status.correct),
        ("How many ordered triplets? The anchor has six choices, the positive five, the negative four, so we get 120.\nFor valid ones the anchor has 6 choices, the positive 2 and the negative 3; we get 36.",
         Status.correct, Status.correct),
        // Planted slips: each wrong count reads incorrect, not missing.
        ("The count of ordered triplets is 150: six samples may anchor, five remain for the positive and five for the negative.\nA valid triplet keeps the anchor's class for the positive. Anchor: 6 choices; positive: 3; negative: 3. All together this makes 54.",
         Status.incorrect, Status.incorrect),
    ])
    func countConcludedInSentence(_ text: String, _ all: Status, _ valid: Status) throws {
        let c = try C.checks(Self.question4(text))
        C.expectRead(c, ["part2.q4.all"], all)
        C.expectRead(c, ["part2.q4.valid"], valid)
    }

    @Test("A figure of one class, or of a role, concluded in a sentence is never taken for the valid count", arguments: [
        // The figure of one class, in its own sentence or the one it concludes.
        "For the valid ones, in one class there are 3 anchors, 2 positives and 3 negatives. This gives 18.",
        "For the valid ones, looking at a single class we get 18.",
        "For the valid ones: 3 anchors, 2 positives, 3 negatives for each class, i.e. 18.",
        // A role's choices: the clause before speaks of the anchor.
        "For the valid ones, the anchor may be any of the samples, so 6.",
    ])
    func partNotTakenForCount(_ valid: String) throws {
        // (One paragraph that names both kinds: no label's figure rule applies.)
        let c = try C.checks(Self.question4("There are 120 ordered triplets, as 6 * 5 * 4 = 120. " + valid))
        C.expectRead(c, ["part2.q4.all"])
        let status = c["part2.q4.valid"]?.status
        #expect(status != .correct && status != .incorrect, "part2.q4.valid: \(status?.rawValue ?? "absent") — \(c["part2.q4.valid"]?.evidence ?? "")")
    }

    @Test("A calculation without its result that a word concludes is read only where it ends its sentence", arguments: [
        ("Valid ones, giving 2 * (3 * 2 * 3).", Status.correct),
        ("Valid ones: the anchor's class gives 3 * 2, and the other class 3; that is 2 * (3 * 2 * 3). Nothing else counts.", Status.correct),
        // Planted slip: the classes counted on top of the six anchors.
        ("Valid ones, giving 2 * (6 * 2 * 3).", Status.incorrect),
    ])
    func concludedCalculation(_ text: String, _ status: Status) throws {
        let c = try C.checks(Self.question4(Self.rightAll + "\n\n" + text))
        C.expectRead(c, ["part2.q4.valid"], status)
    }
}
