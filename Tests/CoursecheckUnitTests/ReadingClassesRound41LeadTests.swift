import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Foundation
import Testing

/// Round 41, review 23's findings on the round's first changes: struck
/// numbers, corrections after a mention, keycap sub-headings. Verdicts by
/// hand: t_1 = (1, 2, 5) gives ∂L/∂f_1 = f_5 − f_2, ∂L/∂f_2 = f_2 − f_1,
/// ∂L/∂f_5 = f_1 − f_5, 0 for f_3, f_4, f_6; t_2 = (1, 3, 4) gives
/// f_4 − f_3, f_3 − f_1, f_1 − f_4 for f_1, f_3, f_4.
@Suite("Classes of notation, round 41: struck numbers, corrections after a mention, keycap headings")
struct ReadingClassesRound41LeadTests {
    typealias C = SheetClassesTests

    /// Question 5.1, each derivative on a display of its own, f_3's value
    /// `f3`, f_5's `f5`, then `after` (before f_6's display).
    static func part51(f3: String = "0", f5: String = "f_1 - f_5", after: String = "") -> String {
        let values = [(1, "f_5 - f_2"), (2, "f_2 - f_1"), (3, f3), (4, "0"), (5, f5)]
        return "## Question 5\n\n### 5.1\n\n"
            + values.map { "$$\\frac{\\partial L}{\\partial f_\($0.0)} = \($0.1)$$" }.joined(separator: "\n\n")
            + "\n\n\(after)\n\n$$\\frac{\\partial L}{\\partial f_6} = 0$$\n"
    }

    static let others51 = ["part2.q5.1.f_1", "part2.q5.1.f_2", "part2.q5.1.f_4", "part2.q5.1.f_6"]

    @Test("A struck 0 before an expression is withdrawn: what follows is the answer", arguments: [
        ("\\cancel{0}\\ \\frac{1}{2}(f_3 - f_1)", Status.incorrect),
        ("\\cancel{0}\\ \\tfrac12 (f_3 - f_1)", Status.incorrect),
        ("\\cancel{0} f_3 - f_1", Status.incorrect),
        ("\\cancel{f_3 - f_1}\\ 0", Status.correct),
    ])
    func struckZero(_ value: String, _ status: Status) throws {
        let c = try C.checks(Self.part51(f3: value))
        C.expectRead(c, Self.others51)
        C.expectRead(c, ["part2.q5.1.f_3"], status)
    }

    @Test("A struck coefficient with no struck partner is for a person: withdrawn or cancelling?", arguments: [
        "\\cancel{2}(f_1 - f_5)/2",
        "\\cancel{2}\\left(\\frac{f_1 - f_5}{2}\\right)",
        "\\cancel{2}\\frac{1}{2}(f_1 - f_5)",
        "\\cancel{2} f_1 - f_5",
    ])
    func struckCoefficient(_ value: String) throws {
        let c = try C.checks(Self.part51(f5: value))
        C.expectRead(c, Self.others51)
        #expect(c["part2.q5.1.f_5"]?.status == .unparsable, "\(c["part2.q5.1.f_5"]?.status.rawValue ?? "absent")")
    }

    @Test("A correction after a mere mention of the sample takes back its answer", arguments: [
        "For $f_5$ — wait, that should be the other way round, f5 minus f1.",
        "(f5 = negative) wait, that should be f5 - f1.",
    ])
    func correctionAfterMention(_ words: String) throws {
        // The answer right, then taken back for another: never correct.
        let c = try C.checks(Self.part51(after: words))
        C.expectRead(c, Self.others51)
        #expect([.unparsable, .missing, .inconsistent].contains(c["part2.q5.1.f_5"]?.status), "\(c["part2.q5.1.f_5"]?.status.rawValue ?? "absent")")
        // The answer wrong, the correction right: never incorrect.
        let w = try C.checks(Self.part51(f5: "f_5 - f_1", after: words))
        #expect([.unparsable, .missing, .inconsistent].contains(w["part2.q5.1.f_5"]?.status), "\(w["part2.q5.1.f_5"]?.status.rawValue ?? "absent")")
    }

    @Test("Keycap digits as Question 5's sub-headings number its parts", arguments: [
        ("1\u{FE0F}\u{20E3}", "2\u{FE0F}\u{20E3}"), ("1\u{20E3}", "2\u{20E3}"),
    ])
    func keycapHeadings(_ one: String, _ two: String) throws {
        let sheet = "## Question 5\n\n### \(one)\n\n$\\frac{\\partial L}{\\partial f_1} = f_5 - f_2$\n\n"
            + "### \(two)\n\n$\\frac{\\partial L}{\\partial f_1} = f_4 - f_3$\n\n$\\frac{\\partial L}{\\partial f_3} = f_1 - f_3$\n"
        let c = try C.checks(sheet)
        C.expectRead(c, ["part2.q5.1.f_1", "part2.q5.2.f_1"])
        // Planted slip: t_2's f_3 has its sign turned.
        C.expectRead(c, ["part2.q5.2.f_3"], .incorrect)
    }
}
