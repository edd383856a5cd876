import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Foundation
import Testing

/// Round 51 (lead). Verdicts by hand: 6·5·4 = 120 ordered triplets of
/// distinct samples, 6·2·3 = 36 valid ones; with the halves the summed
/// gradient of the assignment's eight triplets at f₁ is 2f₁ − 2f₂ − 2f₃ +
/// f₄ + f₅ (worked out from t₁ = (1,2,5), t₂ = (1,3,4), t₃ = (2,1,6),
/// t₅ = (3,1,5), the only triplets naming f₁).
@Suite("Classes of notation, round 51: the lead's")
struct ReadingClassesRound51LeadTests {
    typealias C = SheetClassesTests

    static func q4(_ all: String, valid: String = "Valid: 36.") -> String {
        "# Part II\n\n## Question 4\n\n\(all)\n\n\(valid)\n"
    }

    @Test("A count given to someone else or doubted in its sentence is for a person, never the answer", arguments: [
        "All triplets: 100, my friend says it is 120.",
        "All triplets: 100. Maybe it is 120.",
        "All triplets: $6 \\cdot 5 \\cdot 4 = 100$, my friend says it should be 120, but I disagree.",
        "There are 100 triplets; the TA said it is 120.",
    ])
    func disputedCount(_ all: String) throws {
        let c = try C.checks(Self.q4(all))
        // (The student's own 100 is wrong; the 120 someone else gives is right.)
        C.expectRead(c, ["part2.q4.all"], .unparsable)
    }

    @Test("Figures in working that merely sound like someone else's are the student's", arguments: [
        ("Valid triplets: take the same-class (anchor, positive) couples (2 per anchor, 12 all told) and multiply by the negatives (3): 36.", Status.correct),
        ("Valid ones: every one of the 6 anchors has 2 partners in its class, and each partner pairing meets 3 negatives → 36.", .correct),
        ("Valid ones: every one of the 6 anchors has 2 partners in its class, and each partner pairing meets 4 negatives → 48.", .incorrect),
        ("The key point: all 6 anchors have 2 positives and 3 negatives, so valid = 36.", .correct),
    ])
    func ownWorking(_ valid: String, _ status: Status) throws {
        let c = try C.checks(Self.q4("All: $6 \\cdot 5 \\cdot 4 = 120$.", valid: valid))
        C.expectRead(c, ["part2.q4.valid"], status)
        C.expectRead(c, ["part2.q4.all"])
    }

    @Test("Two counts on one plain-text line apart by wide spaces, each after its kind and '='", arguments: [
        ("Q4)  all = 6*5*4 = 120   valid = 6*2*3 = 36", Status.correct, Status.correct),
        ("Q4)  all = 120   valid = 36", .correct, .correct),
        ("Q4)  all = 6*5*4 = 120\tvalid = 6*2*2 = 24", .correct, .incorrect),
        ("Q4)  all = 216   valid = 36", .incorrect, .correct),
    ])
    func wideSpacedCounts(_ line: String, _ all: Status, _ valid: Status) throws {
        let c = try C.checks("Part II\n\n\(line)\n")
        C.expectRead(c, ["part2.q4.all"], all)
        C.expectRead(c, ["part2.q4.valid"], valid)
    }

    /// Question 6 as a table of each triplet's contribution (rows t₁…t₈,
    /// columns f₁…f₆), its last row of totals labelled `label`; f₁'s total `total`.
    static func contributions(label: String, total: String) -> String {
        let rows = [
            ("t₁", ["f₅ − f₂", "f₂ − f₁", "0", "0", "f₁ − f₅", "0"]), ("t₂", ["f₄ − f₃", "0", "f₃ − f₁", "f₁ − f₄", "0", "0"]),
            ("t₃", ["f₁ − f₂", "f₆ − f₁", "0", "0", "0", "f₂ − f₆"]), ("t₄", ["0", "f₄ − f₃", "f₃ − f₂", "f₂ − f₄", "0", "0"]),
            ("t₅", ["f₁ − f₃", "0", "f₅ − f₁", "0", "f₃ − f₅", "0"]), ("t₆", ["0", "f₅ − f₂", "0", "0", "f₂ − f₆", "f₆ − f₅"]),
            ("t₇", ["0", "0", "f₆ − f₃", "f₄ − f₆", "0", "f₃ − f₄"]), ("t₈", ["0", "f₆ − f₂", "0", "f₄ − f₆", "0", "f₂ − f₄"]),
        ]
        let totals = [total, "−2f₁ − f₂ − f₃ + f₄ + f₅ + 2f₆", "−2f₁ − f₂ + f₃ + f₅ + f₆", "f₁ + f₂ − 2f₆", "f₁ + f₂ + f₃ − 2f₅ − f₆",
                      "2f₂ + f₃ − 2f₄ − f₅"]
        var t = "# Part II\n\n## Question 6\n\n|  | f₁ | f₂ | f₃ | f₄ | f₅ | f₆ |\n|---|---|---|---|---|---|---|\n"
        for (name, cells) in rows { t += "| \(name) | " + cells.joined(separator: " | ") + " |\n" }
        return t + "| \(label) | " + totals.map { "**\($0)**" }.joined(separator: " | ") + " |\n"
    }

    @Test("A capital sigma labels the totals' row of a contribution table", arguments: [
        ("**Σ**", "2f₁ − 2f₂ − 2f₃ + f₄ + f₅", Status.correct),
        ("**Σ (= ∂L/∂fᵢ)**", "2f₁ − 2f₂ − 2f₃ + f₄ + f₅", .correct),
        ("Σ", "2f₁ − 2f₂ − f₃ + f₄ + f₅", .incorrect),
    ])
    func sigmaTotals(_ label: String, _ total: String, _ status: Status) throws {
        let c = try C.checks(Self.contributions(label: label, total: total))
        C.expectRead(c, ["part2.q6.f_1"], status)
        C.expectRead(c, ["part2.q6.f_4", "part2.q6.f_6"])
    }
}

/// Round 51 (lead): Questions 2 and 3 under one heading. Verdicts by hand:
/// with the halves the hinge is active where d = ½‖f_a − f_p‖² − ½‖f_a −
/// f_n‖² + α > 0, and there ∂L/∂f_a = f_n − f_p, ∂L/∂f_p = f_p − f_a,
/// ∂L/∂f_n = f_a − f_n; where it is not, all three are 0.
@Suite("Classes of notation, round 51: Questions 2 and 3 under one heading")
struct ReadingClassesRound51CombinedTests {
    typealias C = SheetClassesTests
    static let q2 = ["part2.q2.f_a", "part2.q2.f_p", "part2.q2.f_n"]
    static let q3 = ["part2.q3.f_a", "part2.q3.f_p", "part2.q3.f_n"]

    /// The three derivatives by cases under `condition`, the active values
    /// (`active`, f_a's, f_p's, f_n's) in the first branch when `activeFirst`.
    static func cases(_ condition: String, activeFirst: Bool = true, active: [String] = ["f_n - f_p", "f_p - f_a", "f_a - f_n"],
                      after: String = "") -> String {
        var t = "# Part II\n\n## Questions 2 and 3\n\n"
        for (role, value) in zip(["a", "p", "n"], active) {
            let (first, second) = activeFirst ? (value, "0") : ("0", value)
            t += "$$\\frac{\\partial L}{\\partial f_\(role)} = \\begin{cases} \(first) & \\text{if } \(condition) \\\\ \(second) & \\text{otherwise} \\end{cases}$$\n\n"
        }
        return t + after + "\n\n## Question 4\n\nall = 120\n"
    }

    @Test("A condition on the loss's argument written out names the hinge", arguments: [
        ("\\tfrac12\\|f_a - f_p\\|^2 - \\tfrac12\\|f_a - f_n\\|^2 + \\alpha > 0", true),
        ("\\|f_a - f_p\\|^2 - \\|f_a - f_n\\|^2 + 2m > 0", true),
        ("\\frac{1}{2}\\lVert f_a - f_p\\rVert_2^2 - \\frac{1}{2}\\lVert f_a - f_n\\rVert_2^2 + \\alpha \\le 0", false),
        ("0 < \\alpha + \\tfrac12\\|f_a - f_p\\|^2 - \\tfrac12\\|f_a - f_n\\|^2", true),
        ("\\tfrac12\\|f_a - f_n\\|^2 - \\tfrac12\\|f_a - f_p\\|^2 - \\alpha < 0", true),
        ("\\frac{\\|f_a - f_p\\|^2}{2} - \\frac{\\|f_a - f_n\\|^2}{2} + \\alpha > 0", true),
        ("0.5\\left\\| f_a - f_p \\right\\|^2 - 0.5\\left\\| f_a - f_n \\right\\|^2 + m > 0", true),
    ])
    func argumentCondition(_ condition: String, _ saysActive: Bool) throws {
        // The active values in the branch the condition names active: right.
        let c = try C.checks(Self.cases(condition, activeFirst: saysActive))
        C.expectRead(c, Self.q2 + Self.q3)
        // In the other branch: every answer wrong, never right.
        let swapped = try C.checks(Self.cases(condition, activeFirst: !saysActive))
        C.expectRead(swapped, Self.q2 + Self.q3, .incorrect)
    }

    @Test("A condition that is not the loss's argument names no hinge", arguments: [
        "\\tfrac12\\|f_a - f_n\\|^2 - \\tfrac12\\|f_a - f_p\\|^2 + \\alpha > 0",
        "d_{ap} - d_{an} + \\alpha > 0",
        "\\tfrac12\\|f_a - f_p\\|^2 - \\tfrac12\\|f_a - f_n\\|^2 > 0",
        "\\tfrac12\\|f_a - f_p\\|^2 - \\tfrac12\\|f_a - f_n\\|^2 + \\alpha + 1 > 0",
    ])
    func otherCondition(_ condition: String) throws {
        C.expectRead(try C.checks(Self.cases(condition)), Self.q2 + Self.q3, .unparsable)
    }

    static let condition = "\\tfrac12\\|f_a - f_p\\|^2 - \\tfrac12\\|f_a - f_n\\|^2 + \\alpha > 0"

    @Test("Values a sentence gives each question by name after the cases restate them")
    func restatedByQuestion() throws {
        let same = "So for Question 2 (hinge inactive) all three gradients are the lower branch: $0$, $0$, $0$. "
            + "For Question 3 (active) they are the upper branch: $f_n - f_p$, $f_p - f_a$, $f_a - f_n$."
        C.expectRead(try C.checks(Self.cases(Self.condition, after: same)), Self.q2 + Self.q3)
        // A restated value that differs from its case: that answer is for a person.
        let differs = same.replacingOccurrences(of: "$f_p - f_a$, $f_a - f_n$.", with: "$f_a - f_p$, $f_a - f_n$.")
        let c = try C.checks(Self.cases(Self.condition, after: differs))
        C.expectRead(c, ["part2.q3.f_p"], .unparsable)
        C.expectRead(c, Self.q2 + ["part2.q3.f_a", "part2.q3.f_n"])
        // A wrong case stays wrong, restated or not.
        let wrong = try C.checks(Self.cases(Self.condition, active: ["f_n - f_p", "f_p - f_a", "f_n - f_a"],
                                            after: same.replacingOccurrences(of: "$f_a - f_n$.", with: "$f_n - f_a$.")))
        C.expectRead(wrong, ["part2.q3.f_n"], .incorrect)
    }

    /// One table under one heading, its rows labelled `labels`.
    static func rows(_ labels: (String, String), q3: String = "fₐ − fₙ") -> String {
        "# Part II\n\n## Q2 and Q3\n\n|  | ∂L/∂fₐ | ∂L/∂fₚ | ∂L/∂fₙ |\n|---|---|---|---|\n| \(labels.0) | 0 | 0 | 0 |\n"
            + "| \(labels.1) | fₙ − fₚ | fₚ − fₐ | \(q3) |\n\n## Q4\n\nall = 120\n"
    }

    @Test("A table whose two rows each name Question 2 or 3 answers each", arguments: [
        ("Q2 (hinge inactive)", "Q3 (hinge active)"), ("Question 2", "Question 3"), ("Q2: inactive", "Q3: active"),
    ])
    func rowsByQuestion(_ two: String, _ three: String) throws {
        C.expectRead(try C.checks(Self.rows((two, three))), Self.q2 + Self.q3)
        C.expectRead(try C.checks(Self.rows((two, three), q3: "fₙ − fₐ")), ["part2.q3.f_n"], .incorrect)
        // The rows the other way round: each row still its own question's.
        let swapped = "# Part II\n\n## Q2 and Q3\n\n|  | ∂L/∂fₐ | ∂L/∂fₚ | ∂L/∂fₙ |\n|---|---|---|---|\n| \(three) | fₙ − fₚ | fₚ − fₐ | fₐ − fₙ |\n"
            + "| \(two) | 0 | 0 | 0 |\n\n## Q4\n\nall = 120\n"
        C.expectRead(try C.checks(swapped), Self.q2 + Self.q3)
    }

    @Test("A row whose question and hinge disagree leaves the table to a person")
    func rowsDisagree() throws {
        C.expectRead(try C.checks(Self.rows(("Q2 (hinge active)", "Q3 (hinge inactive)"))), Self.q2 + Self.q3, .unparsable)
    }
}
