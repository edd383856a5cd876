import Foundation
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Testing

/// Classes of notation, round 34: Question 4's counts under a label that
/// ends in a full stop or holds a remark in brackets, calculations carried
/// on in words, in brackets, or wrapped over two lines (found by the
/// outsiders' sets unseen47–50; written here in other words than the
/// sheets'). Verdicts by hand from the assignment: six samples, two classes
/// of three, so 6 · 5 · 4 = 120 ordered triplets, and 6 · 2 · 3 = 36 valid
/// ones (3 · 2 · 3 = 18 per class, times 2 classes).
@Suite("Classes of notation, round 34: Question 4's labels ending in a full stop or a remark, chains in words, calculations in brackets or wrapped")
struct ReadingClassesRound34CountsTests {
    typealias C = SheetClassesTests

    static func question4(_ all: String, _ valid: String) -> String {
        "## Question 4\n\n\(all)\n\n\(valid)\n"
    }
    static let rightAll = "All triplets: 6 * 5 * 4 = 120."

    @Test("A label that ends in a full stop, after an enumerator, names the count an arrow concludes", arguments: [
        ("i. Number of all triplets. Ordered (a, p, n), none repeated: 6 options for a, 5 for p, 4 for n → 120.",
         "ii. Valid triplets. a: 6 options, p: 2 options (its class, not a), n: 3 options (the other class) ⇒ 36.", Status.correct),
        ("(A) All triplets. Ordered (a, p, n), none repeated: 6 options for a, 5 for p, 4 for n -> **120**.",
         "(B) Valid triplets. a: 6 options, p: 2 options (its class, not a), n: 3 options (the other class) => **36**.", Status.correct),
        // Planted slip: three options for the positive.
        ("i. Number of all triplets. Ordered (a, p, n), none repeated: 6 options for a, 5 for p, 4 for n → 120.",
         "ii. Valid triplets. a: 6 options, p: 3 options (its class), n: 3 options (the other class) ⇒ 54.", Status.incorrect),
    ])
    func labelEndingInFullStop(_ all: String, _ valid: String, _ status: Status) throws {
        let c = try C.checks(Self.question4(all, valid))
        C.expectRead(c, ["part2.q4.all", "part2.q4.all.reasoning"])
        C.expectRead(c, ["part2.q4.valid", "part2.q4.valid.reasoning"], status)
    }

    @Test("A label with a long remark in brackets before its colon names the count an arrow concludes", arguments: [
        ("a: 6 options, p: 2 options, n: 3 options → 36", Status.correct),
        ("a: 6 options, p: 2 options, n: 4 options → 48", Status.incorrect),
    ])
    func labelWithRemark(_ valid: String, _ status: Status) throws {
        let c = try C.checks(Self.question4(Self.rightAll, "Valid triplets (a and p share one class, n is taken from the other one): \(valid)"))
        C.expectRead(c, ["part2.q4.valid", "part2.q4.valid.reasoning"], status)
    }

    @Test("A bare > compares; it is no arrow to a count")
    func comparisonIsNoArrow() throws {
        let c = try C.checks(Self.question4(Self.rightAll, "Valid triplets: a: 6 options, p: 2 options, n: 3 options, and 6 > 3"))
        #expect(c["part2.q4.valid"]?.claimed != "3")
        let arrow = try C.checks(Self.question4(Self.rightAll, "Valid triplets: a: 6 options, p: 2 options, n: 3 options, and 6 -> 3"))
        #expect(arrow["part2.q4.valid"]?.claimed == "3")
        C.expectRead(arrow, ["part2.q4.valid"], .incorrect)
    }

    @Test("A calculation carried on in words after its result is a step of its own", arguments: [
        ("For one class 3 · 2 · 3 = 18, times 2 classes = 36 valid triplets.", Status.correct, Status.correct),
        ("For one class 3 * 2 * 3 = 18, multiplied by 2 for the two classes = 36 valid triplets.", Status.correct, Status.correct),
        // Planted slips: a step too many (the swap counted twice), a false product.
        ("For one class 3 · 2 · 3 = 18, times 2 classes = 36, and times 2 once more as a and p trade places: 72 valid triplets.", Status.incorrect, Status.incorrect),
        ("For one class 3 · 2 · 3 = 18, times 2 classes = 38 valid triplets.", Status.incorrect, Status.inconsistent),
        ("For one class 3 × 2 × 3 = 18, times 2 classes makes 36 valid triplets.", Status.correct, Status.correct),
        ("For one class 3 × 2 × 3 = 18, times 2 classes makes 30 valid triplets.", Status.incorrect, Status.inconsistent),
    ])
    func chainInWords(_ valid: String, _ count: Status, _ reasoning: Status) throws {
        let c = try C.checks(Self.question4(Self.rightAll, valid))
        C.expectRead(c, ["part2.q4.valid"], count)
        C.expectRead(c, ["part2.q4.valid.reasoning"], reasoning)
    }

    @Test("A wrong step carried on in words never makes the reasoning correct")
    func wrongStepInWords() throws {
        let c = try C.checks(Self.question4(Self.rightAll, "For one class 3 · 2 · 3 = 18, times 2 classes = 38, so 36 valid triplets."))
        #expect(c["part2.q4.valid.reasoning"]?.status != .correct)
    }

    @Test("A calculation with its result in brackets of its own is read inside them", arguments: [
        ("in one class 3 anchors, 2 positives and 3 negatives (3 × 2 × 3 = 18); the other class the same, so 2 × 18 = 36 valid triplets.", Status.correct, Status.correct),
        // Planted slips: a false last step; a false step in the brackets.
        ("in one class 3 anchors, 2 positives and 3 negatives (3 × 2 × 3 = 18); the other class the same, so 2 × 18 = 32 valid triplets.", Status.incorrect, Status.inconsistent),
        ("in one class 3 anchors, 2 positives and 3 negatives (3 × 2 × 3 = 16); the other class the same, so 2 × 16 = 32 valid triplets.", Status.incorrect, Status.inconsistent),
    ])
    func resultInBrackets(_ valid: String, _ count: Status, _ reasoning: Status) throws {
        let c = try C.checks(Self.question4(Self.rightAll, "Valid triplets: " + valid))
        C.expectRead(c, ["part2.q4.valid"], count)
        C.expectRead(c, ["part2.q4.valid.reasoning"], reasoning)
    }

    @Test("A calculation wrapped over two lines of its paragraph is one", arguments: [
        ("Valid triplets: anchor and positive of one class, negative of the other, so 6 · 2 · 3\n= 36 valid triplets.", Status.correct),
        ("Valid triplets: anchor and positive of one class, negative of the other, so 6 · 2 ·\n3 = 36 valid triplets.", Status.correct),
        // Planted slip: one class only.
        ("Valid triplets: anchor and positive of one class, negative of the other, so 3 · 2 · 3\n= 18 valid triplets.", Status.incorrect),
    ])
    func wrappedCalculation(_ valid: String, _ status: Status) throws {
        for name in ["sheet.md", "sheet.txt"] {
            let c = try C.checks(Self.question4(Self.rightAll, valid), name: name)
            C.expectRead(c, ["part2.q4.valid", "part2.q4.valid.reasoning"], status)
        }
    }

    /// Question 6 as a table of plain text (a word processor's), a column
    /// of the terms summed before the column of the result.
    static func plainTable(_ result: String, html: Bool) -> String {
        let terms = "(f₁ − f₄) + (f₂ − f₄) + (f₄ − f₆) + (f₄ − f₆)"
        if html {
            return "<html><body><h3>Q6</h3><table><tr><td><p>Sample</p></td><td><p>Sum over its triplets</p></td><td><p>Gradient</p></td></tr>"
                + "<tr><td><p>f₄</p></td><td><p>\(terms)</p></td><td><p>\(result)</p></td></tr></table></body></html>"
        }
        return "## Question 6\n\n| Sample | Sum of the terms | Gradient |\n|---|---|---|\n| f₄ | \(terms) | \(result) |\n"
    }

    @Test("A table in plain text whose column of the terms summed stands before the gradient's: the terms are its steps", arguments: [
        ("f₁ + f₂ − 2f₆", Status.correct, Status.correct),
        // Planted slip: the sign of 2f₆ flipped after right terms.
        ("f₁ + f₂ + 2f₆", Status.incorrect, Status.inconsistent),
    ])
    func plainTableWithTerms(_ result: String, _ status: Status, _ steps: Status) throws {
        for (html, name) in [(false, "sheet.md"), (true, "sheet.html")] {
            let c = try C.checks(Self.plainTable(result, html: html), name: name)
            C.expectRead(c, ["part2.q6.f_4"], status)
            C.expectRead(c, ["part2.q6.f_4.steps"], steps)
        }
    }
}
