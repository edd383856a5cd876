import Foundation
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Testing

/// Classes of notation, round 35: Question 4's reasoning held to what its
/// words say its figures count, short labels, a factor's remark in brackets,
/// and a hypothetical line after a calculation (found by review 16 and
/// unseen52; written here in other words than the sheets'). Verdicts by
/// hand from the assignment: six samples, two classes of three, so 6 · 5 ·
/// 4 = 120 ordered triplets and 6 · 2 · 3 = 36 valid ones, 3 · 2 · 3 = 18
/// with the anchor in each class.
@Suite("Classes of notation, round 35: Question 4's figures per class and classes, short labels, remarks after a factor, hypothetical lines")
struct ReadingClassesRound35CountsTests {
    typealias C = SheetClassesTests

    static func question4(_ all: String, _ valid: String) -> String {
        "## Question 4\n\n\(all)\n\n\(valid)\n"
    }
    static let rightAll = "All triplets: 6 * 5 * 4 = 120."

    @Test("What the words say a figure counts (per class, the number of classes) is held to the assignment's classes", arguments: [
        // Right chains, in several wordings.
        ("Valid ones: 3 · 2 · 3 = 18 for each class, times 2 classes = 36.", Status.correct),
        ("Valid ones: 3 · 2 · 3 = 18 valid triplets within each class, and 18 × 2 = 36 over the two classes.", Status.correct),
        ("Valid ones: for one class, 3 * 2 * 3 = 18; over both classes 2 * 18 = 36.", Status.correct),
        ("Valid ones: in every class 3 anchors × 2 positives × 3 negatives = 18, times 2 classes = 36.", Status.correct),
        ("Valid ones: each class gives 18, so 18 * 2 = 36.", Status.correct),
        ("Valid ones: per class there are 3 · 2 = 6 ordered pairs and 3 negatives, i.e. 18; 2 · 18 = 36.", Status.correct),
        // Planted slips: the arithmetic holds and the total is right, but a
        // figure is not what its words say (a class holds 18; there are 2 classes).
        ("Valid ones: for each class 2 · 2 · 3 = 12, times 3 classes = 36.", Status.incorrect),
        ("Valid ones: 3 · 2 · 2 = 12 valid triplets per class, and 12 × 3 = 36.", Status.incorrect),
        ("Valid ones: each class gives 12, so 12 * 3 = 36.", Status.incorrect),
        ("Valid ones: 3 * 2 * 2 (per class) * 3 = 36", Status.incorrect),
        ("Valid ones: 12 valid ones for each of the classes, and 12 * 3 = 36.", Status.incorrect),
    ])
    func figuresNamedByTheirWords(_ valid: String, _ status: Status) throws {
        let c = try C.checks(Self.question4(Self.rightAll, valid))
        C.expectRead(c, ["part2.q4.valid"])
        C.expectRead(c, ["part2.q4.valid.reasoning"], status)
    }

    @Test("A number of samples per class, or a per-class figure in a hypothetical sentence, claims no count")
    func samplesPerClassClaimNothing() throws {
        let c = try C.checks(Self.question4(Self.rightAll,
            "Valid ones: there are 3 per class. If there were 3 classes it would be different. 6 * 2 * 3 = 36."))
        C.expectRead(c, ["part2.q4.valid", "part2.q4.valid.reasoning"])
    }

    @Test("A short label without the word triplets names the count an arrow concludes on its own line", arguments: [
        ("all: 6 options for a, 5 for p, 4 for n -> 120", "only valid: a: 6 options, p: 2 in its class, n: 3 -> 36", Status.correct, Status.correct),
        ("Total. 6 options for a, 5 for p, 4 for n → 120", "valid ones: a 6 options, p 2, n 3 → 36", Status.correct, Status.correct),
        ("In total: 6 options for a, 5 for p, 4 for n → 120", "valid only: a 6 options, p 2, n 3 → 36", Status.correct, Status.correct),
        // Planted slips: the wrong counts read incorrect, not missing.
        ("Total. 6 options for a, 5 for p, 5 for n -> 150", "valid only: a: 6 options, p: 3 in its class, n: 3 -> 54", Status.incorrect, Status.incorrect),
    ])
    func shortLabels(_ all: String, _ valid: String, _ allStatus: Status, _ validStatus: Status) throws {
        // One paragraph, the two lines kept apart by a hard break.
        let c = try C.checks("## Question 4\n\n\(all)  \n\(valid)\n")
        C.expectRead(c, ["part2.q4.all"], allStatus)
        C.expectRead(c, ["part2.q4.valid"], validStatus)
    }

    @Test("A remark of words in brackets after a factor is passed over: the product goes on through it", arguments: [
        ("Valid ones: 3 * 2 * 3 (per class) * 2 = 36", Status.correct),
        // Planted slip: the classes counted on top of six anchors.
        ("Valid ones: 6 anchors * 2 positives * 3 negatives * 2 (two classes) = 72", Status.incorrect),
    ])
    func remarkAfterFactor(_ valid: String, _ status: Status) throws {
        let c = try C.checks(Self.question4(Self.rightAll, valid))
        C.expectRead(c, ["part2.q4.valid", "part2.q4.valid.reasoning"], status)
    }

    @Test("A line of a case that is not the sheet's is not joined to the calculation before it", arguments: [
        ("Valid ones: 6 · 2 · 3 = 36\n× 2 could give 72 if the roles were swappable, which they are not.", Status.correct),
        // Planted slip: the wrong count stays incorrect.
        ("Valid ones: 6 · 3 · 3 = 54\n× 2 could give 108 if the roles were swappable, which they are not.", Status.incorrect),
    ])
    func hypotheticalLineNotJoined(_ valid: String, _ status: Status) throws {
        let c = try C.checks(Self.question4(Self.rightAll, valid))
        C.expectRead(c, ["part2.q4.valid"], status)
    }
}
