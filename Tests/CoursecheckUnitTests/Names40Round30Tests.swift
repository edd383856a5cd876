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

/// Gradients as rows: over a tuple of roles, or in an order the sheet states once.
@Suite("Classes of notation, round 30 (unseen40): gradients as rows in a stated order")
struct Rows40Round30Tests {
    typealias C = SheetClassesTests
    static let q3ids = ["part2.q3.f_a", "part2.q3.f_p", "part2.q3.f_n"]
    static let ids52 = ["part2.q5.2.f_1", "part2.q5.2.f_2", "part2.q5.2.f_3", "part2.q5.2.f_4", "part2.q5.2.f_5", "part2.q5.2.f_6"]

    @Test("A derivative over a tuple of the roles is one head a role", arguments: [
        "$$\\frac{dL}{d(f_a, f_p, f_n)} = \\left[f_n - f_p,\\ f_p - f_a,\\ f_a - f_n\\right]$$",
        "$\\frac{\\partial L}{\\partial (f_a, f_p, f_n)} = (f_n - f_p, f_p - f_a, f_a - f_n)$",
    ])
    func rolesTuple(_ line: String) throws {
        let c = try C.checks("## Question 3\n\n" + line + "\n")
        C.expectRead(c, Self.q3ids)
        let wrong = try C.checks("## Question 3\n\n" + line.replacingOccurrences(of: "f_p - f_a", with: "f_a - f_p") + "\n")
        C.expectRead(wrong, ["part2.q3.f_p"], .incorrect)
    }

    static let order = "Each gradient below is a row whose entries are (dL/dfa, dL/dfp, dL/dfn) in Question 3 "
        + "and (dL/df1, ..., dL/df6) in Question 5.\n\n"

    @Test("A gradient naming no sample takes the stated order of its row's length", arguments: [
        ("## Question 3\n\n∇L = (fn - fp, fp - fa, fa - fn)\n\n## Question 5.2\n\n∇L(t2) = (f4 - f3, 0, f3 - f1, f1 - f4, 0, 0)\n", "txt"),
        ("## Question 3\n\n$\\nabla L = [f_n - f_p, f_p - f_a, f_a - f_n]$\n\n## Question 5.2\n\n$\\nabla L_2 = [f_4 - f_3, 0, f_3 - f_1, f_1 - f_4, 0, 0]$\n", "md"),
    ])
    func statedOrder(_ body: String, _ ext: String) throws {
        let c = try C.checks("## Part II\n\n" + Self.order + body, name: "sheet." + ext)
        C.expectRead(c, Self.q3ids)
        C.expectRead(c, Self.ids52)
        // f_3's and f_4's entries swapped: read in the stated order, and wrong.
        let swapped = body.replacingOccurrences(of: "f3 - f1, f1 - f4", with: "f1 - f4, f3 - f1")
            .replacingOccurrences(of: "f_3 - f_1, f_1 - f_4", with: "f_1 - f_4, f_3 - f_1")
        let wrong = try C.checks("## Part II\n\n" + Self.order + swapped, name: "sheet." + ext)
        C.expectRead(wrong, ["part2.q5.2.f_3", "part2.q5.2.f_4"], .incorrect)
        // No order stated: the rows are not read.
        let none = try C.checks("## Part II\n\n" + body, name: "sheet." + ext)
        for id in Self.ids52 { #expect(none[id]?.status != .correct, "\(id)") }
    }

    @Test("A triplet stated beside words of order is no order of a gradient's components")
    func tripletIsNoOrder() throws {
        let sheet = "## Part II\n\nTriplets are given in the order (anchor, positive, negative): t2 = (f1, f3, f4).\n\n"
            + "## Question 5.2\n\n∇L(t2) = (f4 - f3, f3 - f1, f1 - f4)\n"
        let c = try C.checks(sheet, name: "sheet.txt")
        for id in ["part2.q5.2.f_1", "part2.q5.2.f_3", "part2.q5.2.f_4"] { #expect(c[id]?.status != .correct, "\(id)") }
    }

    @Test("Two stated orders of one length leave the row unread")
    func twoOrders() throws {
        let sheet = "## Part II\n\nThe components are (dL/df1, ..., dL/df6) for Question 5 and "
            + "(dL/df2, dL/df1, dL/df3, dL/df4, dL/df5, dL/df6) for Question 6.\n\n## Question 5.2\n\n∇L(t2) = (f4 - f3, 0, f3 - f1, f1 - f4, 0, 0)\n"
        let c = try C.checks(sheet, name: "sheet.txt")
        for id in Self.ids52 { #expect(c[id]?.status != .correct, "\(id)") }
    }
}

/// Question 4's counts after a name or a formula the arithmetic does not evaluate.
@Suite("Classes of notation, round 30 (unseen40): counts named by '#', after Pochhammer's symbol or a set's size")
struct Counts40Round30Tests {
    typealias C = SheetClassesTests
    static let ids = ["part2.q4.all", "part2.q4.valid"]

    @Test("A count after a falling factorial, a set written out or '#' with its word", arguments: [
        "Ordered: $(n)_3 = 6 \\cdot 5 \\cdot 4 = 120$. Valid ones: $6 \\cdot 2 \\cdot 3 = 36$.",
        "All of them, Pochhammer: $(6)_{3} = 6 \\times 5 \\times 4 = 120$; valid: $6 \\times 2 \\times 3 = 36$.",
        "$\\#\\mathrm{all} = 6 \\cdot 5 \\cdot 4 = 120$\n\n$\\#\\mathrm{valid} = 6 \\cdot 2 \\cdot 3 = 36$",
        "$\\#\\text{all} = {}^{6}P_{3} = 120$, and $\\# \\text{valid} = 6 \\cdot 2 \\cdot 3 = 36$.",
        "All: $6 \\cdot 5 \\cdot 4 = 120$. Valid: $|\\{(a, p, n) \\text{ valid}\\}| = \\sum_a (\\text{same class})(\\text{other}) = 6 \\cdot 2 \\cdot 3 = 36$.",
    ])
    func counted(_ line: String) throws {
        let c = try C.checks("## Question 4\n\n" + line + "\n")
        C.expectRead(c, Self.ids)
        let wrong = try C.checks("## Question 4\n\n" + line.replacingOccurrences(of: "= 120", with: "= 126") + "\n")
        #expect(wrong["part2.q4.all"]?.status != .correct)
    }
}

/// Part II's heading by its Roman numeral and a title, a remark in brackets after it.
@Suite("Classes of notation, round 30 (unseen40): a part's title with a remark")
struct Parts40Round30Tests {
    typealias C = SheetClassesTests

    @Test("'II. Triplet loss (remark)' heads Part II; its numbered answers are Part II's")
    func remark() throws {
        let sheet = "I. RNN parameters\n\n- RNN: 60,400 ; 64.0%\n\nII. Triplet loss  (∂_x L means dL/dx, margin m = 1)\n\n"
            + "3) dL/dfa = fn - fp ; dL/dfp = fp - fa ; dL/dfn = fa - fn\n"
        let c = try C.checks(sheet, name: "sheet.txt")
        C.expectRead(c, ["part2.q3.f_a", "part2.q3.f_p", "part2.q3.f_n"])
        #expect(!c.keys.contains { $0.hasPrefix("part1.params.ii") })
    }
}
