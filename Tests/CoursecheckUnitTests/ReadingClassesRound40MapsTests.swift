import Foundation
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Testing

/// Classes of notation, round 40: Question 5 written as maps — each
/// sample of a triplet sent to its gradient by an arrow (`->`, `→`, `↦`,
/// `⟶`, `\to`, `\mapsto`), several on one line after the triplet's
/// statement and its colon, closed by what the other samples get (`rest
/// 0`, `others: 0`, `all other samples get 0`), in plain text, Unicode,
/// LaTeX, list items, table cells and displays (found beside unseen72;
/// written here in other words than its sheets'). Verdicts by hand from
/// the assignment's triplet t_2 = (1, 3, 4): the anchor f_1 gets f_4 −
/// f_3, the positive f_3 gets f_3 − f_1, the negative f_4 gets f_1 − f_4,
/// the others 0.
@Suite("Classes of notation, round 40: Question 5 as maps")
struct ReadingClassesRound40MapsTests {
    typealias C = SheetClassesTests

    static func question5(_ text: String) -> String { "## Question 5\n\n### 5.2\n\n\(text)\n" }
    /// A Question 2 read before the case, so a test sees that the sheet was read.
    static let question2 = "## Question 2\n\n$\\frac{\\partial L}{\\partial f_a} = 0$\n\n"
    static let part2 = (1...6).map { "part2.q5.2.f_\($0)" }
    static let rest2 = ["part2.q5.2.f_2", "part2.q5.2.f_5", "part2.q5.2.f_6"]
    static func stray(_ c: [String: Check]) -> [String] { c.keys.filter { $0.hasPrefix("part2.q5@") || $0.hasPrefix("part2.q5.2@") }.sorted() }

    @Test("A triplet's statement closed by a colon before its maps, in a line of text, is the triplet stated", arguments: [
        ("t2 = (f1, f3, f4):  f1 -> f4 - f3, f3 -> f3 - f1, f4 -> f1 - f4;  all other samples get 0", Status.correct),
        ("t₂ = (f₁, f₃, f₄):  f₁ → f₄ − f₃, f₃ → f₃ − f₁, f₄ → f₁ − f₄;  the rest are 0", Status.correct),
        ("- t2 = (1, 3, 4): f1 ↦ f4 − f3, f3 ↦ f3 − f1, f4 ↦ f1 − f4; every other sample gets 0", Status.correct),
        // Planted slips: the negative mapped to its value with the sign turned.
        ("t2 = (f1, f3, f4):  f1 -> f4 - f3, f3 -> f3 - f1, f4 -> f4 - f1;  all other samples get 0", Status.incorrect),
    ])
    func statementBeforeMaps(_ text: String, _ f4: Status) throws {
        let c = try C.checks(Self.question5(text))
        C.expectRead(c, ["part2.q5.triplets"])
        C.expectRead(c, ["part2.q5.2.f_1", "part2.q5.2.f_3"] + Self.rest2)
        C.expectRead(c, ["part2.q5.2.f_4"], f4)
        #expect(Self.stray(c).isEmpty, "\(Self.stray(c))")
    }

    @Test("A wrong member in a triplet stated before its maps is reported, never read correct")
    func statementBeforeMapsWrongMember() throws {
        let c = try C.checks(Self.question5("t2 = (f1, f3, f5):  f1 -> f5 - f3, f3 -> f3 - f1, f5 -> f1 - f5;  all other samples get 0"))
        C.expectRead(c, ["part2.q5.triplets"], .incorrect)
        for id in ["part2.q5.2.f_4", "part2.q5.2.f_5"] { #expect(c[id]?.status != .correct, "\(id): \(c[id]?.status.rawValue ?? "absent")") }
    }

    @Test("Roles not all named after a triplet's colon leave the triplet for a person")
    func statementBeforeSomeRoles() throws {
        let c = try C.checks(Self.question5("t2 = (1, 3, 4): a = 1, p = 4\n\nf1 -> f4 - f3, f3 -> f3 - f1, f4 -> f1 - f4; the rest are 0"))
        #expect(c["part2.q5.triplets"]?.status != .correct, "\(c["part2.q5.triplets"]?.status.rawValue ?? "absent")")
    }

    @Test("The samples left named by one word opening the clause after the maps get the value after it", arguments: [
        ("t2 = (f1, f3, f4):  f1 -> f4 - f3, f3 -> f3 - f1, f4 -> f1 - f4;  rest 0", "sheet.md"),
        ("t2 = (f1, f3, f4): f1 → f4 − f3, f3 → f3 − f1, f4 → f1 − f4, others 0", "sheet.txt"),
        ("t₂ = (f₁, f₃, f₄): f₁ ⟶ f₄ − f₃, f₃ ⟶ f₃ − f₁, f₄ ⟶ f₁ − f₄; others: 0", "sheet.txt"),
        ("$t_2 = (f_1, f_3, f_4)$: $f_1 \\to f_4 - f_3$, $f_3 \\to f_3 - f_1$, $f_4 \\to f_1 - f_4$; rest 0.", "sheet.md"),
        ("$t_2 = (f_1, f_3, f_4)$: $f_1 \\mapsto f_4 - f_3,\\ f_3 \\mapsto f_3 - f_1,\\ f_4 \\mapsto f_1 - f_4$, others 0.", "sheet.md"),
        ("| triplet | gradients |\n|---|---|\n| t2 = (f1, f3, f4) | f1 -> f4 - f3, f3 -> f3 - f1, f4 -> f1 - f4; rest 0 |", "sheet.md"),
    ])
    func restByOneWord(_ text: String, _ name: String) throws {
        let c = try C.checks(Self.question5(text), name: name)
        C.expectRead(c, Self.part2)
        #expect(Self.stray(c).isEmpty, "\(Self.stray(c))")
    }

    @Test("A triplet's sample left out of the maps is given the rest's 0: incorrect, never correct", arguments: [
        "t2 = (f1, f3, f4):  f1 -> f4 - f3, f3 -> f3 - f1;  rest 0",
        "$t_2 = (f_1, f_3, f_4)$: $f_1 \\mapsto f_4 - f_3$, $f_3 \\mapsto f_3 - f_1$; rest 0.",
    ])
    func restWithSampleLeftOut(_ text: String) throws {
        let c = try C.checks(Self.question5(text))
        C.expectRead(c, ["part2.q5.2.f_1", "part2.q5.2.f_3"] + Self.rest2)
        C.expectRead(c, ["part2.q5.2.f_4"], .incorrect)
    }

    @Test("Samples listed before a map, only commas between, share its value", arguments: [
        ("t2 = (f1, f3, f4):  f1 -> f4 - f3, f3 -> f3 - f1, f4 -> f1 - f4;  f2, f5, f6 -> 0", Status.correct),
        ("$t_2 = (f_1, f_3, f_4)$: $f_1 \\mapsto f_4 - f_3$, $f_3 \\mapsto f_3 - f_1$, $f_4 \\mapsto f_1 - f_4$, $f_2, f_5, f_6 \\mapsto 0$.", Status.correct),
        ("$$f_1 \\mapsto f_4 - f_3,\\quad f_3 \\mapsto f_3 - f_1,\\quad f_4 \\mapsto f_1 - f_4,\\quad f_2, f_5, f_6 \\mapsto 0$$", Status.correct),
        // Planted slip: the samples left mapped to another value than 0.
        ("t2 = (f1, f3, f4):  f1 -> f4 - f3, f3 -> f3 - f1, f4 -> f1 - f4;  f2, f5, f6 -> 1", Status.incorrect),
    ])
    func samplesListedBeforeMap(_ text: String, _ rest: Status) throws {
        let c = try C.checks(Self.question5(text))
        C.expectRead(c, ["part2.q5.2.f_1", "part2.q5.2.f_3", "part2.q5.2.f_4"])
        C.expectRead(c, Self.rest2, rest)
        #expect(Self.stray(c).isEmpty, "\(Self.stray(c))")
    }

    @Test("Samples mapped to values in turn are never each given the first value", arguments: [
        "$f_1, f_3, f_4 \\mapsto f_4 - f_3, f_3 - f_1, f_1 - f_4$",
    ])
    func samplesMappedInTurn(_ text: String) throws {
        let c = try C.checks(Self.question2 + Self.question5(text))
        C.expectRead(c, ["part2.q2.f_a"])
        for id in ["part2.q5.2.f_1", "part2.q5.2.f_3", "part2.q5.2.f_4"] {
            #expect([.correct, .missing, .unparsable].contains(c[id]?.status), "\(id): \(c[id]?.status.rawValue ?? "absent")")
        }
    }

    @Test("An arrow naming which sample plays a role, or an arrow in words, is no value", arguments: [
        "t2 = (f1, f3, f4): f_a -> f1, f_p -> f3, f_n -> f4",
        "For t_2 the roles go anchor → positive → negative: f1, f3, f4.",
    ])
    func arrowThatIsNoValue(_ text: String) throws {
        let c = try C.checks(Self.question2 + Self.question5(text))
        C.expectRead(c, ["part2.q2.f_a"])
        for id in Self.part2 { #expect([.missing, .unparsable].contains(c[id]?.status), "\(id): \(c[id]?.status.rawValue ?? "absent")") }
    }
}
