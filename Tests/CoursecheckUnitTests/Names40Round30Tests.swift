import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Testing

/// Classes of notation found by the outsiders' set unseen40, round 30, each
/// written here in other words than the sheets'. Verdicts by hand from the
/// assignment: with the hinge active the anchor's gradient is f_n − f_p, the
/// positive's f_p − f_a, the negative's f_a − f_n.
@Suite("Classes of notation, round 30 (unseen40): samples renamed in one sentence")
struct Names40Round30Tests {
    typealias C = SheetClassesTests
    static let q3ids = ["part2.q3.f_a", "part2.q3.f_p", "part2.q3.f_n"]

    static func q3(_ letter: String) -> String {
        "## Question 3\n\n$\\frac{\\partial L}{\\partial \(letter)_a} = \(letter)_n - \(letter)_p$, "
            + "$\\frac{\\partial L}{\\partial \(letter)_p} = \(letter)_p - \(letter)_a$, "
            + "$\\frac{\\partial L}{\\partial \(letter)_n} = \(letter)_a - \(letter)_n$\n"
    }

    @Test("A sentence renaming the handout's family to another letter, either way round, makes that letter the samples'", arguments: [
        ("Below, $u_1, \\ldots, u_6$ (the assignment's $f_1, \\ldots, f_6$) are what I call the embeddings.", "u"),
        ("I denote by $\\mathbf{e}_i$ the vector the handout calls $f_i$.", "nothing"),
        ("Throughout, the handout's $f_i$ is denoted $\\mathbf{h}_i$.", "h"),
        ("I use $v_i$ instead of $f_i$.", "v"),
        ("Notation: I write v1 .. v6 for the handout's f1..f6 here.", "v"),
    ])
    func renamed(_ line: String, _ letter: String) throws {
        let used = letter == "nothing" ? "e" : letter
        let c = try C.checks("## Part II\n\n" + line + "\n\n" + Self.q3(used))
        if letter == "nothing" {
            // `the vector the handout calls $f_i$`: words between that no renaming uses; not read.
            #expect(Self.q3ids.allSatisfy { c[$0]?.status != .correct })
            return
        }
        C.expectRead(c, Self.q3ids)
        // A wrong answer in the new letter is read, and wrong.
        let wrong = try C.checks("## Part II\n\n" + line + "\n\n"
            + Self.q3(letter).replacingOccurrences(of: "= \(letter)_p - \(letter)_a", with: "= \(letter)_a - \(letter)_p"))
        C.expectRead(wrong, ["part2.q3.f_p"], .incorrect)
    }

    @Test("A letter beside the handout's family that does not name it stays unread", arguments: [
        "I write $x_i$ for the input to $f_i$.",
        "I use $w_1, \\dots, w_6$ and $f_1, \\dots, f_6$ elsewhere.",
        "The handout's $f_i$ is not $w_i$.",
        "I write $w_1, \\dots, w_5$ for the handout's $f_1, \\dots, f_6$.",
    ])
    func notRenamed(_ line: String) throws {
        let letter = line.contains("x_i") ? "x" : "w"
        let c = try C.checks("## Part II\n\n" + line + "\n\n" + Self.q3(letter))
        for id in Self.q3ids { #expect(c[id]?.status != .correct, "\(id): \(c[id]?.status.rawValue ?? "absent")") }
    }
}
