import Foundation
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Testing

/// Classes of notation and layout, round 35 (the outsiders' sets
/// unseen56–58; each written here in other words than the sheets').
/// Verdicts by hand: t_1 = (1, 2, 5) has ∂/∂f_1 = f_5 − f_2,
/// ∂/∂f_2 = f_2 − f_1, ∂/∂f_5 = f_1 − f_5 and zero for f_3, f_4, f_6.
@Suite("Classes of notation, round 35: the article opening a clause in plain-text maths, a total restated in its next sentence, review 17's exceptions and cases")
struct ReadingClassesRound35Tests {
    typealias C = SheetClassesTests

    /// Question 5 opened by a sentence whose second clause starts with the
    /// article "a", then part 1 in plain text; `f5` is its ∂/∂f_5.
    static func sheet(opening: String, f5: String) -> String {
        "## Question 5\n\n\(opening)\n\n### 5.1\n\ndL/df1 = f5 - f2, dL/df2 = f2 - f1, dL/df3 = 0, dL/df4 = 0, dL/df5 = \(f5), dL/df6 = 0\n"
    }

    @Test("After a clause's stop, `a` before a word that is not a verb is the article, not the anchor", arguments: [
        "Use the formulas from Question 3; a sample outside its triplet gets a zero gradient.",
        "As before: a sample not in t_k has zero gradient.",
        "The rules of Q3 apply, a sample that the triplet leaves out contributes nothing.",
    ])
    func articleOpeningClause(_ opening: String) throws {
        let c = try C.checks(Self.sheet(opening: opening, f5: "f1 - f5"))
        #expect(!c.keys.contains { $0.hasPrefix("part2.q5@") }, "the opening sentence read as maths: \(c.keys.filter { $0.contains("@") })")
        C.expectRead(c, (1...6).map { "part2.q5.1.f_\($0)" })
        let wrong = try C.checks(Self.sheet(opening: opening, f5: "f5 - f1"))
        C.expectRead(wrong, ["part2.q5.1.f_5"], .incorrect)
    }

    /// Question 4 whose total is worked in one sentence and restated, kind
    /// named, in the next; `valid` is the valid paragraph (or none).
    static func restatedTotal(_ valid: String) -> String {
        "## Question 4\n\nPicking the three roles one after another gives $6 \\times 5 \\times 4 = 120$ triplets. That makes 120 triplets in all.\n\n\(valid)"
    }

    @Test("A total worked in one sentence and restated with its kind in the next is that count, not the other one")
    func totalRestatedNextSentence() throws {
        let c = try C.checks(Self.restatedTotal("Valid: $6 \\times 2 \\times 3 = 36$.\n"))
        C.expectRead(c, ["part2.q4.all", "part2.q4.all.reasoning", "part2.q4.valid", "part2.q4.valid.reasoning"])
        // Before, the worked 120 was taken for the valid count: 120, incorrect.
        let alone = try C.checks(Self.restatedTotal(""))
        C.expectRead(alone, ["part2.q4.all", "part2.q4.all.reasoning"])
        C.expectRead(alone, ["part2.q4.valid"], .missing)
        let wrong = try C.checks(Self.restatedTotal("Valid: $6 \\times 2 \\times 2 = 24$.\n"))
        C.expectRead(wrong, ["part2.q4.valid"], .incorrect)
        C.expectRead(wrong, ["part2.q4.all"])
    }

    @Test("A value in words under an exception is no value of the rest: the rest goes to a person, never reads the value", arguments: [
        "Everything else is zero except for f3, whose gradient is f3 - f1.",
        "All other derivatives are 0, but f3 gets f3 - f1.",
        "The rest are zero apart from f3 (f3 - f1).",
    ])
    func restUnderException(_ rest: String) throws {
        // t_1 = (1, 2, 5): the sheet gives f3 a non-zero value, a slip.
        let sheet = "## Question 5\n\n### 5.1\n\ndL/df1 = f5 - f2, dL/df2 = f2 - f1, dL/df5 = f1 - f5. \(rest)\n"
        let c = try C.checks(sheet)
        #expect(c["part2.q5.1.f_3"]?.status != .correct, "f3's slip read correct: \(String(describing: c["part2.q5.1.f_3"]?.status))")
        C.expectRead(c, ["part2.q5.1.f_1", "part2.q5.1.f_2", "part2.q5.1.f_5"])
    }

    @Test("A per-class figure in a sentence opened by 'if' or 'suppose' (the student's own case) is still held to the classes", arguments: [
        ("If we keep only valid triplets, per class there are 3 * 2 * 2 = 12, times 3 classes = 36.", Status.incorrect),
        ("Suppose the anchor's class is fixed: per class 3 * 2 * 2 = 12, times 3 classes = 36.", Status.incorrect),
        ("If we keep only valid triplets, per class there are 3 * 2 * 3 = 18, times 2 classes = 36.", Status.correct),
    ])
    func perClassUnderIf(_ valid: String, _ status: Status) throws {
        let c = try C.checks("## Question 4\n\nAll triplets: 6 * 5 * 4 = 120.\n\n\(valid)\n")
        if status == .correct {
            C.expectRead(c, ["part2.q4.valid", "part2.q4.valid.reasoning"])
        } else {
            // Incorrect, or for a person (the label "Suppose …:"); never correct.
            let read = c["part2.q4.valid.reasoning"]?.status
            #expect(read == .incorrect || read == .unparsable, "the false per-class figure read \(String(describing: read))")
        }
    }

    @Test("A count after its label written as a product with brackets, without its result, is that product's value", arguments: [
        ("Valid: 2 * (3 * 2 * 3).", Status.correct),
        ("Valid: 2·(3·2·3).", Status.correct),
        ("Valid: (3 * 2 * 3) * 2.", Status.correct),
        // Planted slip: two negatives, not three.
        ("Valid: 2 * (3 * 2 * 2).", Status.incorrect),
    ])
    func bracketedProductAfterLabel(_ valid: String, _ status: Status) throws {
        // Before, the count read 2 (the first figure): a right answer graded incorrect.
        let c = try C.checks("## Question 4\n\nAll triplets: 6 * 5 * 4 = 120.\n\n\(valid)\n")
        C.expectRead(c, ["part2.q4.valid", "part2.q4.valid.reasoning"], status)
    }
}
