import Foundation
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Testing

/// Classes of notation, round 39: Question 4's counts reasoned in words
/// (found beside unseen63, unseen64 and review 20; written here in other
/// words than the sheets'): a sum of pairs or samples names no kind, the
/// sheet's "Answer:" states the count its block carries, a block's two
/// totals after all triplets were placed are steps of one count, and a
/// figure of one class times the classes in words is a calculation.
/// Verdicts by hand: 6 · 5 · 4 = 120 ordered triplets, 6 · 2 · 3 = 36
/// valid, 3 · 2 · 3 = 18 with the anchor in a given class.
@Suite("Classes of notation, round 39: Question 4 reasoning in words")
struct ReadingClassesRound39CountsTests {
    typealias C = SheetClassesTests

    static func question4(_ text: String) -> String { "## Question 4\n\n\(text)\n" }
    static let rightAll = "All ordered triplets: 6 · 5 · 4 = 120."

    @Test("A sum of pairs or samples ('12 pairs in total') names no kind: the block carries on, and its smaller total is the valid count", arguments: [
        ("Pick the anchor and then the positive from its own class: 3 · 2 = 6 such pairs per class, 12 pairs in total; every pair takes one of 3 negatives, giving 12 · 3 = 36.",
         Status.correct),
        ("Anchor and positive share a class, 3 · 2 = 6 ordered (a, p) pairs per class and 12 pairs altogether; each goes with 3 negatives: 12 · 3 = 36.",
         Status.correct),
        // Planted slip: the negatives miscounted; the count reads incorrect, all stays right.
        ("Pick the anchor and then the positive from its own class: 3 · 2 = 6 such pairs per class, 12 pairs in total; every pair takes one of 4 negatives, giving 12 · 4 = 48.",
         Status.incorrect),
    ])
    func sumOfPartsNamesNoKind(_ text: String, _ valid: Status) throws {
        let c = try C.checks(Self.question4(Self.rightAll + "\n\n" + text))
        C.expectRead(c, ["part2.q4.all"])
        C.expectRead(c, ["part2.q4.valid"], valid)
    }

    @Test("'Answer: N' opening a block states the count the block carries: after a label of its own, or first in the section", arguments: [
        ("All triplets: 6 · 5 · 4 = 120.\n\nValid triplets:\n\nAnswer: 36 (the first class contributes 3 × 2 × 3 = 18, the second one as many).",
         Status.correct, Status.correct),
        ("Answer: 120, since the anchor has 6 choices, the positive 5 and the negative 4.\n\nValid triplets: 6 · 2 · 3 = 36",
         Status.correct, Status.correct),
        // Planted slips: a wrong answer after the label, a wrong first answer.
        ("All triplets: 6 · 5 · 4 = 120.\n\nValid triplets:\n\nAnswer: 30 (the first class contributes 3 × 2 × 3 = 18, the second one as many).",
         Status.correct, Status.incorrect),
        ("Answer: 216, since the anchor has 6 choices, the positive 6 and the negative 6.\n\nValid triplets: 6 · 2 · 3 = 36",
         Status.incorrect, Status.correct),
    ])
    func answerLabelStatesCarriedCount(_ text: String, _ all: Status, _ valid: Status) throws {
        let c = try C.checks(Self.question4(text))
        C.expectRead(c, ["part2.q4.all"], all)
        C.expectRead(c, ["part2.q4.valid"], valid)
    }

    @Test("'Answer: N' after a total of its own block is not read by place: the counts go to a person, never the count of the kind that block named")
    func answerAfterBlockTotalIsNotPlaced() throws {
        let c = try C.checks(Self.question4("All triplets = 6 · 5 · 4 = 120\nAnswer: 36 (the first class contributes 3 × 2 × 3 = 18, the second one as many)."))
        #expect(c["part2.q4.all"]?.status != .incorrect, "\(c["part2.q4.all"]?.status.rawValue ?? "absent")")
        #expect(c["part2.q4.valid"]?.status != .correct, "\(c["part2.q4.valid"]?.status.rawValue ?? "absent")")
    }

    @Test("Two totals in a block after all triplets were placed are steps of the count carried on: the last is its answer", arguments: [
        // Planted slips: the valid count halved after its calculation; all stays right.
        "Any ordered choice of three samples gives $6 \\cdot 5 \\cdot 4 = 120$ distinct triplets.\n\nKeeping only the valid ones, the anchor has 6 ways, the positive 2 and the negative 3.\n\nThat makes $6 \\cdot 2 \\cdot 3 = 36$ distinct triplets. Yet if a and p are interchangeable, we obtain 18.",
        "Any ordered choice of three samples gives $6 \\cdot 5 \\cdot 4 = 120$ distinct triplets.\n\nKeeping only the valid ones, the anchor has 6 ways, the positive 2 and the negative 3.\n\nThat makes $6 \\cdot 2 \\cdot 3 = 36$ distinct triplets. Each is counted twice, hence the count is 18.",
        // (A calculation on the earlier total, a division, is its last word.)
        "Any ordered choice of three samples gives $6 \\cdot 5 \\cdot 4 = 120$ distinct triplets.\n\nKeeping only the valid ones, the anchor has 6 ways, the positive 2 and the negative 3.\n\nThat makes $6 \\cdot 2 \\cdot 3 = 36$ distinct triplets. Every one is there twice, so halving: 36 / 2 = 18.",
        // (A count of a case that is not the sheet's in the block: for a person, never correct.)
        "All: 6·5·4 = 120 ordered triplets.\n\nValid:\n\nIn the first class 3 · 2 · 3 = 18; the second is the same; together 36. Were the anchor and positive unordered it would be 18, and they are not, so 18.",
    ])
    func stepsAfterAllPlaced(_ text: String) throws {
        let c = try C.checks(Self.question4(text))
        C.expectRead(c, ["part2.q4.all"])
        #expect(c["part2.q4.valid"]?.status != .correct, "\(c["part2.q4.valid"]?.status.rawValue ?? "absent")")
    }

    @Test("A figure of one class, then the classes in words ('…, and we have two classes, hence 36') is a calculation: the reasoning is read", arguments: [
        ("Valid ones: for each class 3 × 2 × 3 = 18, and we have two classes, hence 36.", Status.correct, Status.correct),
        ("Valid ones: in one class 3*2*3 = 18, two classes give 36.", Status.correct, Status.correct),
        ("Valid ones: a class has 3 anchors, each with 2 positives and 3 negatives, 18 per class, and the two classes give 36.", Status.correct, Status.correct),
        // (A run of factors that counts pairs claims no figure per class.)
        ("Valid ones: within one class we have 3·2 ordered (anchor, positive) pairs and 3 negatives, 18 per class, and the two classes give 36.", Status.correct, Status.correct),
        ("Valid ones: within one class we have 3·2 ordered (anchor, positive) pairs and 3 negatives, 18 per class, and the two classes give 48.", Status.incorrect, Status.inconsistent),
        // Planted slips: the classes summed wrongly; the count reads incorrect and its working is false.
        ("Valid ones: for each class 3 × 2 × 3 = 18, and we have two classes, hence 32.", Status.incorrect, Status.inconsistent),
        ("Valid ones: a class has 3 anchors, each with 2 positives and 3 negatives, 18 per class, and the two classes give 38.", Status.incorrect, Status.inconsistent),
    ])
    func classesTimesFigureInWords(_ text: String, _ valid: Status, _ reasoning: Status) throws {
        let c = try C.checks(Self.question4(Self.rightAll + "\n\n" + text))
        C.expectRead(c, ["part2.q4.valid"], valid)
        C.expectRead(c, ["part2.q4.valid.reasoning"], reasoning)
    }

    @Test("'(ordered)' as a remark on a role or a pair names no kind: the valid count's words stay the valid count's", arguments: [
        ("All triplets:\nAny sample anchors, then 5 and 4 choices remain: 6 × 5 × 4 = 120.\nValid triplets:\nEvery sample may anchor, with 2 positives each (ordered), and 3 negatives from the other class. That is 6 × 2 × 3.\nSo 36 valid triplets.",
         Status.correct),
        // Planted slip: one class only; all stays right, the valid count reads incorrect.
        ("All triplets:\nAny sample anchors, then 5 and 4 choices remain: 6 × 5 × 4 = 120.\nValid triplets:\nIn the first class 3 anchors, with 2 positives each (ordered), and 3 negatives from the other class. That is 3 × 2 × 3.\nSo 18 valid triplets.",
         Status.incorrect),
    ])
    func orderedRemarkOnPart(_ text: String, _ valid: Status) throws {
        let c = try C.checks(Self.question4(text))
        C.expectRead(c, ["part2.q4.all"])
        C.expectRead(c, ["part2.q4.valid"], valid)
    }

    @Test("A class's total after all triplets were placed with steps: it builds on none of their steps, so the order of the asks makes it valid", arguments: [
        ("All triplets: C(6,3) = 20 sets, each ordered in 3! = 6 ways, so 20·6 = 120.\n\nFor the first class: 3·2·3 = 18; the second mirrors it, another 18; together 36.", Status.correct),
        // Planted slip: the classes summed wrongly; all stays right.
        ("All triplets: C(6,3) = 20 sets, each ordered in 3! = 6 ways, so 20·6 = 120.\n\nFor the first class: 3·2·3 = 18; the second mirrors it, another 18; together 32.", Status.incorrect),
    ])
    func classTotalBuildsOnNoStep(_ text: String, _ valid: Status) throws {
        let c = try C.checks(Self.question4(text))
        C.expectRead(c, ["part2.q4.all"])
        C.expectRead(c, ["part2.q4.valid"], valid)
    }
}
