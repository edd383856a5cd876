import CoursecheckAssignment
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Foundation
import Testing

/// Classes of notation, round 39: the loss written `l` (ℓ typed in plain
/// letters), the samples renamed after the handout's family written as
/// the embedding of inputs (`I write x_i for f(x_i)`), and maths that
/// states only a given (a constant, the margin's value, the hinge's). Found
/// on unseen69; written here in other words than the sheets'. Verdicts by
/// hand from the assignment: with the hinge active ∂L/∂f_a = f_n − f_p,
/// ∂L/∂f_p = f_p − f_a, ∂L/∂f_n = f_a − f_n; inactive, all three 0.
@Suite("Classes of notation, round 39: the loss as l, renamings through f(x_i), givens in the prose")
struct ReadingClassesRound39NotationTests {
    typealias C = SheetClassesTests

    static func unread(_ c: [String: Check]) -> [String] { c.keys.filter { $0.contains("@") }.sorted() }

    static func question3(_ lines: [String], before: String = "") -> String {
        "\(before)Question 3\n----------\n\n" + lines.joined(separator: "\n\n") + "\n"
    }

    @Test("The loss written l: slash, fraction and subscript heads", arguments: [
        (["dl/df_a = f_n - f_p", "dl/df_p = f_p - f_a", "dl/df_n = f_a - f_n"], "dl/df_n = f_n - f_a", "sheet.txt"),
        (["$\\frac{\\partial l}{\\partial f_a} = f_n - f_p$", "$\\frac{\\partial l}{\\partial f_p} = f_p - f_a$",
          "$\\frac{\\partial l}{\\partial f_n} = f_a - f_n$"], "$\\frac{\\partial l}{\\partial f_n} = f_n - f_a$", "sheet.md"),
        (["$\\nabla_{f_a} l = f_n - f_p$", "$\\nabla_{f_p} l = f_p - f_a$", "$\\nabla_{f_n} l = f_a - f_n$"],
         "$\\nabla_{f_n} l = f_a + f_n$", "sheet.md"),
    ])
    func lossAsLowercaseL(_ lines: [String], _ wrongLast: String, _ name: String) throws {
        let c = try C.checks(Self.question3(lines), name: name)
        C.expectRead(c, ["part2.q3.f_a", "part2.q3.f_p", "part2.q3.f_n"])
        #expect(Self.unread(c).isEmpty, "\(Self.unread(c))")
        // Planted slip: a wrong last derivative reads incorrect.
        let wrong = try C.checks(Self.question3(Array(lines.dropLast()) + [wrongLast]), name: name)
        C.expectRead(wrong, ["part2.q3.f_n"], .incorrect)
    }

    @Test("Samples renamed after the handout's family written f(x_i)", arguments: [
        ("Shorthand: I write z_i for the embedding f(x_i) of the i-th input.\n\n", "z"),
        ("Below, $y_i$ denotes $f(x_i)$, the embedding of input $i$.\n\n", "y"),
        ("To keep it short I use x_i for f(x_i) throughout.\n\n", "x"),
    ])
    func renamedThroughEmbeddingOfInputs(_ before: String, _ v: String) throws {
        let lines = ["dL/d(\(v)_a) = \(v)_n - \(v)_p", "dL/d(\(v)_p) = \(v)_p - \(v)_a", "dL/d(\(v)_n) = \(v)_a - \(v)_n"]
        let c = try C.checks(Self.question3(lines, before: before), name: "sheet.md")
        C.expectRead(c, ["part2.q3.f_a", "part2.q3.f_p", "part2.q3.f_n"])
        let wrong = try C.checks(Self.question3(["dL/d(\(v)_a) = \(v)_p - \(v)_n"] + lines.dropFirst(), before: before), name: "sheet.md")
        C.expectRead(wrong, ["part2.q3.f_a"], .incorrect)
        // Without the renaming the letter names no sample: for a person, never a verdict.
        let bare = try C.checks(Self.question3(lines), name: "sheet.md")
        #expect(bare["part2.q3.f_a"]?.status != .correct)
    }

    @Test("A given in the prose is no answer: a constant, the margin's value, the hinge's", arguments: [
        "With $\\alpha = 1$ as the margin, differentiating gives",
        "The loss: L = max(0, ½‖f_a − f_p‖² − ½‖f_a − f_n‖² + α), alpha = 1.",
        "The $\\dfrac{1}{2}$ in front cancels against the square's 2:",
        "In the case $\\max = 0.5$ we are still active:",
    ])
    func givenInProse(_ words: String) throws {
        let lines = ["dL/df_a = f_n - f_p", "dL/df_p = f_p - f_a", "dL/df_n = f_a - f_n"]
        let c = try C.checks(Self.question3([words] + lines), name: "sheet.md")
        C.expectRead(c, ["part2.q3.f_a", "part2.q3.f_p", "part2.q3.f_n"])
        #expect(Self.unread(c).isEmpty, "\(Self.unread(c))")
        let wrong = try C.checks(Self.question3([words] + lines.dropLast() + ["dL/df_n = f_n - f_a"]), name: "sheet.md")
        C.expectRead(wrong, ["part2.q3.f_n"], .incorrect)
    }

    @Test("Maths that may be an answer is still for a person: a zero alone, a sample, a term", arguments: [
        "The anchor's derivative, I think, is $0$ here.",
        "Something like $f_a - f_p$ appears twice.",
    ])
    func notAGiven(_ words: String) throws {
        let c = try C.checks("Question 2\n----------\n\n\(words)\n", name: "sheet.md")
        #expect(c["part2.q2.f_a"]?.status != .correct)
    }

    /// Review 21: `B. Valid triplets: …` inside Question 4 is the count's
    /// line, never Part II's heading (6·5·4 = 120 in all, 6·2·3 = 36 valid).
    @Test("A part's letter before a title naming a count is the count's line", arguments: [
        ("A. All triplets: $6 \\cdot 5 \\cdot 4 = 120$.\n\nB. Valid triplets: $6 \\cdot 2 \\cdot 3 = 36$.", "36"),
        ("II. Valid triplets: 6 * 2 * 3 = 36.\n\nAll of them: 6 * 5 * 4 = 120.", "36"),
    ])
    func partLetterBeforeCount(_ body: String, _ valid: String) throws {
        let sheet = { (b: String) in "## Question 4\n\n\(b)\n\n## Question 5\n\nSee above.\n" }
        let c = try C.checks(sheet(body), name: "sheet.md")
        C.expectRead(c, ["part2.q4.valid", "part2.q4.all"])
        // Planted slip: 3·2·3 = 18 valid reads incorrect.
        let wrong = try C.checks(sheet(body.replacingOccurrences(of: "6 \\cdot 2 \\cdot 3 = 36", with: "3 \\cdot 2 \\cdot 3 = 18")
                                          .replacingOccurrences(of: "6 * 2 * 3 = 36", with: "3 * 2 * 3 = 18")), name: "sheet.md")
        C.expectRead(wrong, ["part2.q4.valid"], .incorrect)
    }
}
