import CoursecheckAssignment
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Foundation
import Testing

/// Classes of notation, round 38: Questions 2 and 3 explained in words
/// around the loss (the hinge written out, `max(0, ·)`, said to give 0; the
/// loss's value in brackets; a role's letter opening a clause; the loss
/// split over many small maths spans with `\tfrac12` alone), and all three
/// given one value in words "as well". Found on unseen62–64; written here
/// in other words than the sheets'. Verdicts by
/// hand from the assignment: with the hinge inactive all three derivatives
/// are 0; active, ∂L/∂f_a = f_n − f_p, ∂L/∂f_p = f_p − f_a, ∂L/∂f_n = f_a −
/// f_n.
@Suite("Classes of notation, round 38: Question 2 and 3 in words and split losses")
struct ReadingClassesRound38LossTests {
    typealias C = SheetClassesTests

    static func unread(_ c: [String: Check]) -> [String] { c.keys.filter { $0.contains("@") }.sorted() }

    static func question2(heading: String = "Question 2\n----------", _ words: String, fn: String = "0") -> String {
        "\(heading)\n\n\(words)\n\n   dL/df_a = 0\n   dL/df_p = 0\n   dL/df_n = \(fn)\n"
    }

    static func question3(_ words: String, fp: String = "f_p - f_a") -> String {
        "Question 3\n----------\n\n\(words)\n\n   dL/df_a = f_n - f_p\n   dL/df_p = \(fp)\n   dL/df_n = f_a - f_n\n"
    }

    @Test("Question 2: the hinge written out, max(0, ·), said to give 0 in its sentence, answers nothing", arguments: [
        ("With the hinge off, max(0, ·) yields 0 and no embedding enters it.", "sheet.txt"),
        ("Because max(0, z) evaluates to 0 here, the gradients are", "sheet.txt"),
        ("Off the margin: max(0, ·) gives 0, a constant.", "sheet.md"),
    ])
    func maxWrittenOutGivesZero(_ words: String, _ name: String) throws {
        let c = try C.checks(Self.question2(words), name: name)
        C.expectRead(c, ["part2.q2.f_a", "part2.q2.f_p", "part2.q2.f_n"])
        #expect(Self.unread(c).isEmpty, "\(Self.unread(c))")
        // Planted slip: a wrong row after the sentence reads incorrect.
        let wrong = try C.checks(Self.question2(words, fn: "f_a - f_n"), name: name)
        C.expectRead(wrong, ["part2.q2.f_n"], .incorrect)
    }

    @Test("The loss's value in brackets after words is a remark on the case", arguments: [
        "No sample enters at all (L ≡ 0):",
        "All flat on this side (L = 0).",
    ])
    func lossValueInBrackets(_ words: String) throws {
        let c = try C.checks(Self.question2(words), name: "sheet.txt")
        C.expectRead(c, ["part2.q2.f_a", "part2.q2.f_p", "part2.q2.f_n"])
        #expect(Self.unread(c).isEmpty, "\(Self.unread(c))")
        let wrong = try C.checks(Self.question2(words, fn: "f_p - f_n"), name: "sheet.txt")
        C.expectRead(wrong, ["part2.q2.f_n"], .incorrect)
    }

    @Test("Question 3: a role's letter opening a clause after a comma or semicolon is its subject, a mention", arguments: [
        ("The anchor sits in both norms, p and n in a single one each:", "sheet.txt"),
        ("Both norms contain the anchor; n and p appear once:", "sheet.txt"),
        ("The anchor shows up twice, f_n and f_p once:", "sheet.md"),
    ])
    func roleLetterOpensClause(_ words: String, _ name: String) throws {
        let c = try C.checks(Self.question3(words), name: name)
        C.expectRead(c, ["part2.q3.f_a", "part2.q3.f_p", "part2.q3.f_n"])
        #expect(Self.unread(c).isEmpty, "\(Self.unread(c))")
        let wrong = try C.checks(Self.question3(words, fp: "f_a - f_p"), name: name)
        C.expectRead(wrong, ["part2.q3.f_p"], .incorrect)
    }

    @Test("A coefficient alone in its maths, glued to the next maths that opens a norm, is the loss's factor", arguments: [
        "Because L > 0 we may write L = $\\tfrac12$$\\|$f\\_a-f\\_p$\\|$$^2$ - $\\tfrac12$$\\|$f\\_a-f\\_n$\\|$$^2$ + $\\alpha$, whence",
        "From $\\partial$/$\\partial$x of $\\frac{1}{2}$$\\|$x - y$\\|$$^2$ being x - y:",
    ])
    func coefficientGluedToNorm(_ words: String) throws {
        func sheet(_ fp: String) -> String {
            "\\documentclass{article}\n\\begin{document}\n\\section*{Question 3}\n\n\(words)\n\n\\begin{align*}\n\\partial L/\\partial \\mathbf{f}_a &= \\mathbf{f}_n - \\mathbf{f}_p \\\\\n"
                + "\\partial L/\\partial \\mathbf{f}_p &= \(fp) \\\\\n\\partial L/\\partial \\mathbf{f}_n &= \\mathbf{f}_a - \\mathbf{f}_n\n\\end{align*}\n\\end{document}\n"
        }
        let c = try C.checks(sheet("\\mathbf{f}_p - \\mathbf{f}_a"), name: "sheet.tex")
        C.expectRead(c, ["part2.q3.f_a", "part2.q3.f_p", "part2.q3.f_n"])
        #expect(Self.unread(c).isEmpty, "\(Self.unread(c))")
        let wrong = try C.checks(sheet("\\mathbf{f}_a - \\mathbf{f}_p"), name: "sheet.tex")
        C.expectRead(wrong, ["part2.q3.f_p"], .incorrect)
    }

    @Test("Question 2: all three derivatives given one value in words with 'as well' or 'too' after it", arguments: [
        "Hence, as the loss is positive, all three gradients are zero too.",
        "So in this case, all three partial derivatives are zero as well.",
    ])
    func allThreeInWordsAsWell(_ words: String) throws {
        let c = try C.checks("Question 2\n----------\n\n\(words)\n", name: "sheet.txt")
        C.expectRead(c, ["part2.q2.f_a", "part2.q2.f_p", "part2.q2.f_n"])
        // Planted slip: a wrong row after the words is never correct.
        let wrong = try C.checks("Question 2\n----------\n\n\(words)\n\ndL/df_n = f_a - f_n\n", name: "sheet.txt")
        #expect(wrong["part2.q2.f_n"]?.status != .correct, "\(wrong["part2.q2.f_n"]?.status.rawValue ?? "absent")")
    }
}
