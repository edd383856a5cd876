import Foundation
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Testing

/// Classes of notation, round 37: Question 4 read by labelled blocks and
/// their last result (found by unseen62; written here in other words than
/// the sheets'). Verdicts by hand from the assignment: six samples, two
/// classes of three, so 6 · 5 · 4 = 120 ordered triplets and 6 · 2 · 3 = 36
/// valid ones, 3 · 2 · 3 = 18 with the anchor in a given class.
@Suite("Classes of notation, round 37: Question 4 by blocks and their last result")
struct ReadingClassesRound37CountsTests {
    typealias C = SheetClassesTests

    static func question4(_ text: String) -> String { "## Question 4\n\n\(text)\n" }
    static let rightAll = "All triplets: 6 * 5 * 4 = 120."

    @Test("A product in words whose factors carry nouns of several words, or a count's function, is read as its product", arguments: [
        ("Valid triplets: 12 ordered same-class pairs × 3 negatives = 36.", Status.correct),
        ("Valid triplets: of these we keep 6 ordered (anchor, positive) couples × 2 labels × 3 negatives = 36.", Status.correct),
        ("Valid ones: 2 labels × P(3,2) anchor/positive choices × 3 negatives = 36.", Status.correct),
        ("Valid ones: 2 labels * P(3,2) ordered couples * 3 = 36.", Status.correct),
        // Planted slips: a wrong factor or a wrong result reads incorrect, never correct.
        ("Valid ones: 2 labels × P(3,2) anchor/positive choices × 6 negatives = 72.", Status.incorrect),
        ("Valid triplets: 12 ordered same-class pairs × 4 negatives = 48.", Status.incorrect),
    ])
    func productWithLongNouns(_ text: String, _ status: Status) throws {
        let c = try C.checks(Self.question4(Self.rightAll + "\n\n" + text))
        C.expectRead(c, ["part2.q4.all", "part2.q4.all.reasoning"])
        C.expectRead(c, ["part2.q4.valid", "part2.q4.valid.reasoning"], status)
    }

    @Test("A figure of one class, then the classes summed by a word opening a later clause: the sum is the count", arguments: [
        ("Valid: anchors from the first class give 3 · 2 · 3 = 18; the second class mirrors it with 18 more; together 36.", Status.correct),
        ("Valid triplets: with the anchor in class A, 3*2*3 = 18, and class B the same, in total 36.", Status.correct),
        // Planted slip: the two classes summed wrongly.
        ("Valid: anchors from the first class give 3 · 2 · 3 = 18; the second class mirrors it with 18 more; together 54.", Status.incorrect),
    ])
    func classesSummedAfterPart(_ text: String, _ status: Status) throws {
        let c = try C.checks(Self.question4(Self.rightAll + "\n\n" + text))
        C.expectRead(c, ["part2.q4.valid"], status)
    }

    // (Round 38: a class's figure, then "together" in a block naming no
    // kind, is not read as the valid count by place yet — two totals of
    // which the later is the larger are for a person. What must hold:
    // never a false verdict.)
    @Test("A block naming no kind after one of all triplets, a class's figure then 'together': never a false verdict", arguments: [
        ("In the first class 3 · 2 · 3 = 18; the same in the second; together 36.", Status.correct),
        ("In the first class 3 · 2 · 3 = 18; the same in the second; together 72.", Status.incorrect),
    ])
    func placeGivesValid(_ text: String, _ status: Status) throws {
        let c = try C.checks(Self.question4(Self.rightAll + "\n\n" + text))
        C.expectRead(c, ["part2.q4.all"])
        let valid = c["part2.q4.valid"]?.status
        #expect(valid != nil && valid != (status == .correct ? .incorrect : .correct), "\(valid?.rawValue ?? "absent")")
    }

    @Test("The result after the colon that closes working in words is the block's count", arguments: [
        ("Valid triplets: take the same-class (anchor, positive) couples (2 per anchor, 12 all told) and multiply by the negatives (3): 36.", Status.correct),
        ("Pair each anchor with a positive of its class (6 · 2 in all) and then with a negative (3): 36.", Status.correct),
        // Planted slip: the negatives miscounted.
        ("Valid triplets: take the same-class (anchor, positive) couples (2 per anchor, 12 all told) and multiply by the negatives (4): 48.", Status.incorrect),
    ])
    func resultAfterWorkingColon(_ text: String, _ status: Status) throws {
        let c = try C.checks(Self.question4(Self.rightAll + "\n\n" + text))
        C.expectRead(c, ["part2.q4.all"])
        C.expectRead(c, ["part2.q4.valid"], status)
    }

    @Test("A total whose working first counts sets and then orders them: the last result, not the sets", arguments: [
        ("Total: first the 3 samples as a set, C(6,3) = 20, then their roles in 3! orders: 120 (roles are distinct).", Status.correct),
        // Planted slip: the orders counted as 3 instead of 3!.
        ("Total: first the 3 samples as a set, C(6,3) = 20, then their roles in 3 orders: 60 (roles are distinct).", Status.incorrect),
    ])
    func lastResultOfTotal(_ text: String, _ status: Status) throws {
        let c = try C.checks(Self.question4(text + "\n\nValid: 6 * 2 * 3 = 36."))
        C.expectRead(c, ["part2.q4.all"], status)
        C.expectRead(c, ["part2.q4.valid"])
    }
    @Test("A figure named by 'the' or 'these' refers back and states nothing; the block's last result is its count", arguments: [
        ("Valid triplets: from these 120, keep the ones whose anchor and positive share a class: 12 ordered (a,p) couples × 3 = 36.", Status.correct),
        ("Valid triplets: out of the 120, keep the ones whose anchor and positive share a class: 12 ordered (a,p) couples × 3 = 36.", Status.correct),
        // Planted slip: the negatives miscounted.
        ("Valid triplets: out of the 120, keep the ones whose anchor and positive share a class: 12 ordered (a,p) couples × 4 = 48.", Status.incorrect),
    ])
    func figureReferringBack(_ text: String, _ status: Status) throws {
        let c = try C.checks(Self.question4(Self.rightAll + "\n\n" + text))
        C.expectRead(c, ["part2.q4.all"])
        C.expectRead(c, ["part2.q4.valid", "part2.q4.valid.reasoning"], status)
    }

    @Test("A calculation without its result that 'i.e.' or 'so' follows with a figure is that figure's reasoning", arguments: [
        ("All: drawing in order and without putting back, 6*5*4, i.e. 120 triplets.", Status.correct),
        ("All triplets: 6 × 5 × 4, so 120.", Status.correct),
        // Planted slip: the negative drawn from five.
        ("All: drawing in order and without putting back, 6*5*5, i.e. 150 triplets.", Status.incorrect),
    ])
    func calculationThenResult(_ text: String, _ status: Status) throws {
        let c = try C.checks(Self.question4(text + "\n\nValid: 6 * 2 * 3 = 36."))
        C.expectRead(c, ["part2.q4.all", "part2.q4.all.reasoning"], status)
    }

    @Test("Reasoning in words with figures before a count stated is there for a person, never missing; a wrong count still reads incorrect", arguments: [
        ("Valid ones: every one of the 6 anchors has 2 partners in its class, and each partner pairing meets 3 negatives → 36.", Status.correct),
        // Planted slip: four negatives.
        ("Valid ones: every one of the 6 anchors has 2 partners in its class, and each partner pairing meets 4 negatives → 48.", Status.incorrect),
    ])
    func reasoningInWords(_ text: String, _ status: Status) throws {
        let c = try C.checks(Self.question4(Self.rightAll + "\n\n" + text))
        C.expectRead(c, ["part2.q4.valid"], status)
        let reasoning = c["part2.q4.valid.reasoning"]?.status
        #expect(reasoning != .missing && reasoning != nil, "part2.q4.valid.reasoning: \(reasoning?.rawValue ?? "absent")")
        if status == .incorrect { #expect(reasoning != .correct) }
    }
}
