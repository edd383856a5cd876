import Foundation
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Testing

/// Classes of notation and layout, round 33 (found by the outsiders' sets
/// unseen49–50; written here in other words than the sheets'). Verdicts by
/// hand from the assignment's eight triplets: summed, ∂L/∂f_1 = 2f_1 + f_4 +
/// f_5 − 2f_2 − 2f_3 and ∂L/∂f_3 = f_3 + f_5 + f_6 − 2f_1 − f_2.
@Suite("Classes of notation, round 33: a chain of plain text wrapped over two lines of its paragraph")
struct ReadingClassesRound33Tests {
    typealias C = SheetClassesTests

    static func questionSix(_ body: String) -> String {
        "## Question 6\n\nAll the triplets' terms added up:\n\n\(body)\n"
    }

    @Test("A line of a chain cut after an operator, or whose next line starts with + or −, goes on on the next line", arguments: [
        ("∂L/∂f₁ = f₄ + f₅ + 2 f₁ −\n2 f₂ − 2 f₃", "part2.q6.f_1", Status.correct),
        ("∂L/∂f₁ = (f₁ − f₂) + (f₁ − f₃) + (f₄ − f₃) + (f₅ − f₂) =\nf₄ + f₅ + 2 f₁ − 2 f₂ − 2 f₃", "part2.q6.f_1", Status.correct),
        ("∂L/∂f₃ = (f₃ − f₁) + (f₃ − f₂) + (f₅ − f₁) + (f₆ − f₃) = f₅ + f₆ + f₃\n− 2 f₁ − f₂", "part2.q6.f_3", Status.correct),
        // Planted slips: the wrapped line's coefficient is wrong.
        ("∂L/∂f₁ = f₄ + f₅ + 2 f₁ −\n3 f₂ − 2 f₃", "part2.q6.f_1", Status.incorrect),
        ("∂L/∂f₃ = f₅ + f₆ + f₃\n− 2 f₁ − 2 f₂", "part2.q6.f_3", Status.incorrect),
    ])
    func wrappedChain(_ body: String, _ id: String, _ status: Status) throws {
        for name in ["sheet.txt", "sheet.md"] {
            let c = try C.checks(Self.questionSix(body), name: name)
            C.expectRead(c, [id], status)
        }
    }
}
