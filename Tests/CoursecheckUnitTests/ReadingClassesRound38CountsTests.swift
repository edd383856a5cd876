import Foundation
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Testing

/// Classes of notation, round 38: Question 4's blocks re-landed (round 37's
/// block reading) with what review 19 and the Round 20 test found in it:
/// a block's last word on its count is its count or goes to a person; an
/// ordered pair names no kind; a clause that only sums names no kind.
/// Verdicts by hand: 6 · 5 · 4 = 120 ordered triplets, 6 · 2 · 3 = 36 valid,
/// 3 · 2 · 3 = 18 with the anchor in a given class.
@Suite("Classes of notation, round 38: Question 4's last word, ordered pairs, clauses that sum")
struct ReadingClassesRound38CountsTests {
    typealias C = SheetClassesTests

    static func question4(_ text: String) -> String { "## Question 4\n\n\(text)\n" }
    static let rightAll = "All triplets: 6 * 5 * 4 = 120."

    @Test("A figure that words conclude after the block's count, which no count states, leaves the counts to a person", arguments: [
        "Valid: class A gives 3·2·3 = 18; class B likewise, another 18; together 36. On reflection a triplet and its mirror coincide, hence halving gives 18.",
        "Valid: 6 · 2 · 3 = 36 ordered picks. Swapping anchor and positive repeats each one, so dividing by two leaves 18.",
        "Valid: for label 1: 3·2·3 = 18; label 2 likewise, another 18; together 36. But mirrored triplets coincide, so halving: 18.",
    ])
    func concludedFigureAfterCount(_ text: String) throws {
        let c = try C.checks(Self.question4(Self.rightAll + "\n\n" + text))
        #expect(c["part2.q4.valid"]?.status != .correct, "\(c["part2.q4.valid"]?.status.rawValue ?? "absent")")
        #expect(c["part2.q4.valid"]?.status != .incorrect || c["part2.q4.valid"]?.claimed.contains("18") == true)
    }

    @Test("A figure concluded in a paragraph after the count, or a last answer line, that no count states leaves the counts to a person", arguments: [
        "Valid: 6 · 2 · 3 = 36 ordered picks.\n\nEach one shows up twice with anchor and positive swapped, so that halves to 18.",
        "Valid: 6 · 2 · 3 = 36 ordered picks.\n\nOrder of anchor and positive should not matter, which leaves 18.",
        "Valid: 6 · 2 · 3 = 36.\n\nAnswer: 18",
        "Valid: 6 · 2 · 3 = 36.\n\nFinal answer: 120 and 18.",
    ])
    func concludedFigureInLaterBlock(_ text: String) throws {
        let c = try C.checks(Self.question4(Self.rightAll + "\n\n" + text))
        #expect(c["part2.q4.valid"]?.status != .correct, "\(c["part2.q4.valid"]?.status.rawValue ?? "absent")")
    }

    @Test("A last answer line that restates the counts read, or a part's figure, leaves them read", arguments: [
        "Valid: 6 · 2 · 3 = 36.\n\nAnswer: 120 and 36.",
        "Valid: 6 · 2 · 3 = 36.\n\nSo the answer is 36, that is 18 per class.",
    ])
    func answerLineRestating(_ text: String) throws {
        let c = try C.checks(Self.question4(Self.rightAll + "\n\n" + text))
        C.expectRead(c, ["part2.q4.all", "part2.q4.valid"])
    }

    @Test("A figure of a part after the count ('so 18 per class', '18 in each class') is reasoning: the count still reads", arguments: [
        ("Valid: 6 · 2 · 3 = 36, so 18 per class.", Status.correct),
        ("Valid: 6 · 2 · 3 = 36, hence 18 in each class.", Status.correct),
        // Planted slip: the negatives miscounted.
        ("Valid: 6 · 2 · 4 = 48, so 24 per class.", Status.incorrect),
    ])
    func partFigureAfterCount(_ text: String, _ status: Status) throws {
        let c = try C.checks(Self.question4(Self.rightAll + "\n\n" + text))
        C.expectRead(c, ["part2.q4.valid"], status)
    }

    @Test("A last block of its own stating another figure than the counts read ('Number of triplets: 18.') leaves them to a person")
    func finalLabelOfAnotherFigure() throws {
        let sheet = Self.question4(Self.rightAll + "\n\nValid: 6 choices × 2 × 3 = 36 ordered picks. Each one is counted twice (anchor and positive swap), so we halve.\n\nNumber of triplets: 18.")
        let c = try C.checks(sheet)
        #expect(c["part2.q4.valid"]?.status != .correct, "\(c["part2.q4.valid"]?.status.rawValue ?? "absent")")
        #expect(c["part2.q4.all"]?.status != .correct || c["part2.q4.valid"]?.status != .correct)
    }

    @Test("An ordered pair or couple of two roles names no kind: the clause after a valid one is no count of all triplets", arguments: [
        ("Valid ones: choose the class (2 ways); anchor and positive then form an ordered couple in it, $P(3,2) = 6$ ways, and the negative is one of the 3 others. Altogether $2 \\cdot 6 \\cdot 3 = 36$ valid triplets.", Status.correct),
        // Planted slip: four others.
        ("Valid ones: choose the class (2 ways); anchor and positive then form an ordered couple in it, $P(3,2) = 6$ ways, and the negative is one of the 4 others. Altogether $2 \\cdot 6 \\cdot 4 = 48$ valid triplets.", Status.incorrect),
    ])
    func orderedCouple(_ text: String, _ status: Status) throws {
        let c = try C.checks(Self.question4(Self.rightAll + "\n\n" + text))
        C.expectRead(c, ["part2.q4.all", "part2.q4.all.reasoning"])
        C.expectRead(c, ["part2.q4.valid"], status)
    }

    @Test("A clause after a valid one that names all triplets only by summing ('in total', 'altogether') sums the classes", arguments: [
        ("Valid triplets: with the anchor in class A, 3*2*3 = 18, and class B the same, in total 36.", Status.correct),
        ("Valid: anchor from the first label: 3*2*3 = 18, and as many from the second, altogether 36.", Status.correct),
        // Planted slip: the classes summed wrongly.
        ("Valid triplets: with the anchor in class A, 3*2*3 = 18, and class B the same, in total 54.", Status.incorrect),
    ])
    func summingClause(_ text: String, _ status: Status) throws {
        let c = try C.checks(Self.question4(Self.rightAll + "\n\n" + text))
        C.expectRead(c, ["part2.q4.all", "part2.q4.all.reasoning"])
        C.expectRead(c, ["part2.q4.valid"], status)
    }
}
