import Foundation
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Testing

/// Classes of notation and layout, round 35 (the outsiders' sets
/// unseen56–58; each written here in other words than the sheets').
/// Verdicts by hand: t_1 = (1, 2, 5) has ∂/∂f_1 = f_5 − f_2,
/// ∂/∂f_2 = f_2 − f_1, ∂/∂f_5 = f_1 − f_5 and zero for f_3, f_4, f_6.
@Suite("Classes of notation, round 35: the article opening a clause in plain-text maths")
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
}
