import CoursecheckAssignment
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Testing

/// Classes of notation and layout, round 28, from sheets filled in on a
/// course's answer template (each class written here in other words).
/// Verdicts by hand from the assignment: t_1 = (f_1, f_2, f_5), so with the
/// hinge active ∂L_1/∂f_1 = f_5 − f_2, ∂L_1/∂f_2 = f_2 − f_1, ∂L_1/∂f_5 =
/// f_1 − f_5 and 0 for f_3, f_4, f_6; t_2 = (f_1, f_3, f_4).
@Suite("Classes of notation, round 28 (template sheets): others labelled in a list item, a role's sample in an aside, Question 6 answered in Question 5's table, a restated question in plain text")
struct Tmpl29Round28Tests {
    typealias C = SheetClassesTests

    static let t1 = ["part2.q5.1.f_1", "part2.q5.1.f_2", "part2.q5.1.f_5"]
    static let others1 = ["part2.q5.1.f_3", "part2.q5.1.f_4", "part2.q5.1.f_6"]

    static func rolesThenOthers(_ othersLine: String) -> String {
        "## Question 5\n\n**$t_1 = (f_1, f_2, f_5)$**\n\n"
            + "- anchor: $\\dfrac{\\partial L_1}{\\partial f_1} = f_5 - f_2$\n"
            + "- positive: $\\dfrac{\\partial L_1}{\\partial f_2} = f_2 - f_1$\n"
            + "- negative: $\\dfrac{\\partial L_1}{\\partial f_5} = f_1 - f_5$\n"
            + "- \(othersLine)\n"
    }

    @Test("A list item that names the other samples in words and brackets, then a colon and the value (`all remaining samples ($f_3$, $f_4$, $f_6$): $0$`), answers those samples, never the item before", arguments: [
        "all remaining samples ($f_3$, $f_4$, $f_6$): $0$",
        "any other embedding [$f_3, f_4, f_6$]: $\\mathbf{0}$",
        "the rest ($f_3, f_4, f_6$): $0$",
        "each of the others ($\\boldsymbol{f}_3$, $\\boldsymbol{f}_4$, $\\boldsymbol{f}_6$): $\\boldsymbol{0}$",
    ])
    func othersLabelled(_ line: String) throws {
        let c = try C.checks(Self.rolesThenOthers(line))
        C.expectRead(c, Self.t1 + Self.others1)
        #expect(c.keys.filter { $0.hasPrefix("part2.q5.1@") }.isEmpty, "\(c.keys.filter { $0.hasPrefix("part2.q5.1@") })")
    }

    @Test("A wrong value for the others labelled so is theirs and wrong; the negative's answer before it stays right")
    func othersLabelledWrong() throws {
        let c = try C.checks(Self.rolesThenOthers("every other sample ($f_3, f_4, f_6$): $f_1 - f_5$"))
        C.expectRead(c, Self.t1)
        C.expectRead(c, Self.others1, .incorrect)
    }

    @Test("A value after words naming other samples, in a list item after the answer's, is never that answer's next line (`- positive ($f_2$): $f_2 - f_1$`)")
    func valueAfterOtherSamplesNotChained() throws {
        let sheet = "## Question 5\n\n**$t_1 = (f_1, f_2, f_5)$**\n\n"
            + "- anchor ($f_1$): $\\frac{\\partial L_1}{\\partial f_1} = f_5 - f_2$\n"
            + "- positive ($f_2$): $f_2 - f_1$\n- negative ($f_5$): $f_1 - f_5$\n"
        let c = try C.checks(sheet)
        C.expectRead(c, ["part2.q5.1.f_1"])
        #expect(c.keys.filter { $0.hasPrefix("part2.q5.1@") && c[$0]?.status == .unparsable }.count == 2)
        #expect(c.values.allSatisfy { $0.status != .incorrect && $0.status != .inconsistent })
    }

    @Test("A derivative over a role with its sample in an aside, then its value (`$\\frac{\\partial L}{\\partial f_p}$ (i.e. $f_p = f_2$): …`)", arguments: [
        ("here", "(here $f_a = f_1$)", "(here $f_p = f_2$)", "(here $f_n = f_5$)"),
        ("i.e.", "(i.e. $f_a = f_1$):", "(i.e. $f_p = f_2$):", "(i.e. $f_n = f_5$):"),
        ("where", "[where $f_a = f_1$] is", "[where $f_p = f_2$] is", "[where $f_n = f_5$] is"),
    ])
    func roleAside(_ word: String, _ a: String, _ p: String, _ n: String) throws {
        func line(_ role: String, _ aside: String, _ value: String) -> String {
            let tail = aside.hasSuffix(":") || aside.hasSuffix(" is") ? " " : ": "
            return "- $\\nabla_{f_\(role)} L$ \(aside)\(tail)$\(value)$\n"
        }
        let sheet = "## Question 5\n\n**$t_1 = (f_1, f_2, f_5)$**\n\n"
            + line("a", a, "f_5 - f_2") + line("p", p, "f_2 - f_1") + line("n", n, "f_1 - f_5")
            + "- others: $\\nabla_{f_3} L = \\nabla_{f_4} L = \\nabla_{f_6} L = 0$\n"
        let c = try C.checks(sheet)
        C.expectRead(c, Self.t1 + Self.others1)
        #expect(c.keys.filter { $0.hasPrefix("part2.q5.1@") }.isEmpty, "\(word): \(c.keys.filter { $0.hasPrefix("part2.q5.1@") })")
        // A wrong value is read, and wrong.
        let wrong = try C.checks(sheet.replacingOccurrences(of: "$f_2 - f_1$", with: "$f_1 - f_2$"))
        C.expectRead(wrong, ["part2.q5.1.f_2"], .incorrect)
    }

    @Test("An aside that names another role than the derivative's, or a sample the triplet does not give that role, is not read past")
    func roleAsideDisagrees() throws {
        let other = "## Question 5\n\n**$t_1 = (f_1, f_2, f_5)$**\n\n- $\\nabla_{f_a} L$ (here $f_p = f_2$): $f_5 - f_2$\n"
        let c = try C.checks(other)
        #expect(c["part2.q5.1.f_1"]?.status != .correct, "\(c["part2.q5.1.f_1"]?.status.rawValue ?? "absent")")
        #expect(c.keys.contains { $0.hasPrefix("part2.q5.1@") })
        let contradicts = "## Question 5\n\n**$t_1 = (f_1, f_2, f_5)$**\n\n- $\\nabla_{f_a} L$ (here $f_a = f_2$): $f_5 - f_2$\n"
        let d = try C.checks(contradicts)
        #expect(d.keys.contains { $0.hasPrefix("part2.q5.1@") && d[$0]?.status == .unparsable })
    }

    static let q5Table = "## Question 5\n\n"
        + "| | $\\partial L / \\partial f_1$ | $\\partial L / \\partial f_2$ | $\\partial L / \\partial f_3$ | $\\partial L / \\partial f_4$ | $\\partial L / \\partial f_5$ | $\\partial L / \\partial f_6$ |\n"
        + "|---|---|---|---|---|---|---|\n"
        + "| $t_1$ | $f_5 - f_2$ | $f_2 - f_1$ | $0$ | $0$ | $f_1 - f_5$ | $0$ |\n"
        + "| $t_2$ | $f_4 - f_3$ | $0$ | $f_3 - f_1$ | $f_1 - f_4$ | $0$ | $0$ |\n"
        + "| total over the batch | $2f_1 - 2f_2 - 2f_3 + f_4 + f_5$ | $-2f_1 - f_2 - f_3 + f_4 + f_5 + 2f_6$ | $-2f_1 - f_2 + f_3 + f_5 + f_6$ | $f_1 + f_2 - 2f_6$ | $f_1 + f_2 + f_3 - 2f_5 - f_6$ | $2f_2 + f_3 - 2f_4 - f_5$ |\n"

    @Test("Question 6 answered by a row of Question 5's table, its own section only referring to it in words: the row's answers stand", arguments: [
        "Answer: the batch gradients are the bottom row of the table in Question 5.",
        "**Answer:** see Question 5 (last row).",
    ])
    func sixInFivesTable(_ words: String) throws {
        let sheet = Self.q5Table + "\n## Question 6\n\n\(words)\n"
        let c = try C.checks(sheet)
        C.expectRead(c, (1...6).map { "part2.q6.f_\($0)" })
        // A wrong entry of the row is read, and wrong.
        let wrong = try C.checks(sheet.replacingOccurrences(of: "$f_1 + f_2 - 2f_6$", with: "$f_1 + f_2 - f_6$"))
        C.expectRead(wrong, ["part2.q6.f_4"], .incorrect)
        // Without the row, the words are still for a person to read.
        let bare = try C.checks(sheet.components(separatedBy: "\n").filter { !$0.hasPrefix("| total") }.joined(separator: "\n"))
        #expect(bare["part2.q6.f_1"]?.status == .unparsable, "\(bare["part2.q6.f_1"]?.status.rawValue ?? "absent")")
    }

    @Test("A question restated in plain text ending with a question mark after a sample (`… with respect to f_a, f_p and f_n?`) is words, no answer", arguments: [
        "Q3. The hinge is active. What are the gradients of L with respect to fa, fp and fn?\nAnswer: dL/dfa = fn - fp, dL/dfp = fp - fa, dL/dfn = fa - fn\n",
        "Question 3. With the hinge active, what is the gradient of L_t for f_a, f_p, f_n?\nAnswer: ∂Lₜ/∂fₐ = fₙ − fₚ, ∂Lₜ/∂fₚ = fₚ − fₐ, ∂Lₜ/∂fₙ = fₐ − fₙ\n",
    ])
    func questionMark(_ text: String) throws {
        let c = try C.checks("PART II\n\n" + text, name: "sheet.txt")
        C.expectRead(c, C.roles.map { "part2.q3.\($0)" })
        #expect(c.keys.filter { $0.hasPrefix("part2.q3@") }.isEmpty, "\(c.keys.filter { $0.hasPrefix("part2.q3@") })")
    }

    @Test("A question mark standing for a value is no answer: `dL/dfn = ?` is unparsable at its place")
    func questionMarkPlaceholder() throws {
        let c = try C.checks("PART II\n\nQ3.\nAnswer: dL/dfa = fn - fp, dL/dfp = fp - fa, dL/dfn = ?\n", name: "sheet.txt")
        C.expectRead(c, ["part2.q3.f_a", "part2.q3.f_p"])
        #expect(c["part2.q3.f_n"]?.status != .correct)
        #expect(c.values.contains { $0.status == .unparsable })
    }
}
