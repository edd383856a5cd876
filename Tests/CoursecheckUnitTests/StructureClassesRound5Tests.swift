import CoursecheckAssignment
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Foundation
import Testing

/// Classes of document structure, round 5: answer headings (`Answer n`,
/// `Ans. n`, `A2`, `Answers — Part II`), the exam document class
/// (`\question`, `\part`, implicit numbers), Question 5's parts headed by
/// their triplet (a description item's label, a bold `t_k = (…)` line, the
/// roles named under a part), `L^{[k]}` labels, and the triplet list when a
/// sheet does not restate it. Verdicts by hand from the assignment: triplets
/// t_1..t_8 = (1,2,5), (1,3,4), (2,1,6), (2,3,4), (3,1,5), (5,6,2), (6,4,3),
/// (6,4,2) (anchor, positive, negative); every hinge active, ∂/∂f_a = f_n −
/// f_p, ∂/∂f_p = f_p − f_a, ∂/∂f_n = f_a − f_n, 0 for the other samples.
/// Question 2 (inactive): all 0; Question 3 (active): the rule in roles.
@Suite("Classes of document structure, round 5: answer headings, the exam class, parts headed by their triplet, L^{[k]}, an unstated triplet list")
struct StructureClassesRound5Tests {
    typealias R4 = LayoutClassesRound4Tests
    typealias Case = LayoutClassesRound4Tests.Case
    typealias C = SheetClassesTests

    static let q2 = C.q2, q3 = C.q3, q51 = C.q51
    static let roles2 = R4.roles2, roles3 = R4.roles3, ids51 = R4.ids51
    static let q3Plant = R4.q3Plant, q51Plant = R4.q51Plant

    /// The handout's triplets (anchor, positive, negative), as the suite's comment gives them.
    static let triplets = [[1, 2, 5], [1, 3, 4], [2, 1, 6], [2, 3, 4], [3, 1, 5], [5, 6, 2], [6, 4, 3], [6, 4, 2]]

    /// Part 5.k's three non-zero derivatives, worked out by the hinge's rule
    /// from t_k, with the loss labelled as `label(k)` writes it.
    static func part(_ k: Int, label: (Int) -> String = { "L_{\($0)}" }) -> String {
        let t = triplets[k - 1], (a, p, n) = (t[0], t[1], t[2])
        let l = label(k)
        return "$\\frac{\\partial \(l)}{\\partial f_\(a)} = f_\(n) - f_\(p)$, $\\frac{\\partial \(l)}{\\partial f_\(p)} = f_\(p) - f_\(a)$, "
            + "$\\frac{\\partial \(l)}{\\partial f_\(n)} = f_\(a) - f_\(n)$"
    }

    /// The ids part 5.k answers (its triplet's three samples).
    static func ids(_ k: Int) -> [String] { triplets[k - 1].map { "part2.q5.\(k).f_\($0)" } }
    static let allParts = (1...8).flatMap { ids($0) }
    /// The triplets written as `(f_a, f_p, f_n)`, and with Unicode subscripts.
    static func members(_ k: Int) -> String { "(" + triplets[k - 1].map { "f_\($0)" }.joined(separator: ", ") + ")" }
    static func unicodeMembers(_ k: Int) -> String {
        let sub = ["₀", "₁", "₂", "₃", "₄", "₅", "₆", "₇", "₈", "₉"]
        return "(" + triplets[k - 1].map { "f" + sub[$0] }.joined(separator: ", ") + ")"
    }

    // MARK: 1. Answer headings

    @Test("Answer headings: '## Answer n' with '### (b)' parts, 'Ans. n', '**A2.**', 'Answers — Part II'", arguments: [
        Case(label: "## Answer n, ### (a)",
             sheet: "## Answers — Part II\n\n## Answer 2\n\n\(q2)\n\n## Answer 3\n\n\(q3)\n\n## Answer 5\n\n### (a)\n\n\(q51)\n",
             ids: roles2 + roles3 + ids51, from: q51Plant.0, to: q51Plant.1, wrong: "part2.q5.1.f_5"),
        Case(label: "Ans. 2 / Ans. 3",
             sheet: "Ans. 2\n\n\(q2)\n\nAns. 3\n\n\(q3)\n",
             ids: roles2 + roles3, from: q3Plant.0, to: q3Plant.1, wrong: "part2.q3.f_a"),
        Case(label: "**A2.** / **A3.**",
             sheet: "**A2.** \(q2)\n\n**A3.** \(q3)\n",
             ids: roles2 + roles3, from: q3Plant.0, to: q3Plant.1, wrong: "part2.q3.f_a"),
        Case(label: "## A5.1 — t_1",
             sheet: "## A3\n\n\(q3)\n\n## A5.1 — $t_1$\n\n\(q51)\n",
             ids: roles3 + ids51, from: q51Plant.0, to: q51Plant.1, wrong: "part2.q5.1.f_5"),
        Case(label: "Answer to Question 3",
             sheet: "### Answer to Question 2\n\n\(q2)\n\n### Answer to Question 3\n\n\(q3)\n",
             ids: roles2 + roles3, from: q3Plant.0, to: q3Plant.1, wrong: "part2.q3.f_a"),
    ])
    func answerHeadings(_ k: Case) throws { try R4.run(k) }

    @Test("'A4 paper' and 'A2 = …' are not headings: the question they stand in keeps its answers")
    func answerLetterInProse() throws {
        let sheet = "## Question 3\n\nA4 paper was used for the drafts.\n\nA2 = 4 is a note.\n\n\(Self.q3)\n"
        let c = try C.checks(sheet)
        C.expectRead(c, Self.roles3)
    }

    // MARK: 2. The exam document class

    static let examQuestions = """
        \\documentclass[answers]{exam}
        \\begin{document}
        \\begin{questions}
        \\question Part I is in the notebook.

        \\question \\textbf{Inactive hinge.}

        \(q2)

        \\question[2] \\textbf{Active hinge.}

        \(q3)

        \\question All: 6 × 5 × 4 = 120

        Valid: 6 × 2 × 3 = 36

        \\question \\textbf{Gradients.}

        \\begin{parts}
        \\part
        \(part(1))

        \\part
        \(part(2))

        \\part[1]
        \(part(3))
        \\end{parts}
        \\end{questions}
        \\end{document}

        """

    @Test("Exam class: \\question numbered 1, 2, … (Part I first), \\part (a), (b), … as 5.1, 5.2, …; [points] are not labels; \\setcounter{question}", arguments: [
        Case(label: "questions and parts", file: "sheet.tex", sheet: examQuestions,
             ids: roles2 + roles3 + ["part2.q4.all", "part2.q4.valid"] + ids(1) + ids(2) + ids(3),
             from: "f_6} = f_2 - f_6", to: "f_6} = f_6 - f_2", wrong: "part2.q5.3.f_6"),
        Case(label: "questions and parts, Q3 planted", file: "sheet.tex", sheet: examQuestions,
             ids: roles2 + roles3 + ids(1), from: q3Plant.0, to: q3Plant.1, wrong: "part2.q3.f_a"),
        Case(label: "\\setcounter{question}{1}: the first \\question is Question 2", file: "sheet.tex",
             sheet: "\\documentclass{exam}\n\\begin{document}\n\\begin{questions}\n\\setcounter{question}{1}\n\\question \(q2)\n\n\\question \(q3)\n\\end{questions}\n\\end{document}\n",
             ids: roles2 + roles3, from: q3Plant.0, to: q3Plant.1, wrong: "part2.q3.f_a"),
    ])
    func examClass(_ k: Case) throws { try R4.run(k) }

    @Test("Exam class: the question counter decides the numbers; parts outside Question 5 are not its parts")
    func examNumbers() throws {
        // Without \setcounter the first \question is Question 1 (Part I):
        // the inactive hinge's answers are not read as Question 2's.
        let sheet = "\\documentclass{exam}\n\\begin{document}\n\\begin{questions}\n\\question Part I: see the notebook.\n\n\\question \(Self.q2)\n\n\\question \(Self.q3)\n\n\\question\n\\begin{parts}\n\\part $6 \\cdot 5 \\cdot 4 = 120$ ordered triplets\n\\part $6 \\cdot 2 \\cdot 3 = 36$ valid triplets\n\\end{parts}\n\\end{questions}\n\\end{document}\n"
        let c = try C.checks(sheet, name: "sheet.tex")
        C.expectRead(c, Self.roles2 + Self.roles3 + ["part2.q4.all", "part2.q4.valid"])
    }

    // MARK: 3. Question 5's parts headed by their triplet; the triplet list read from them

    static let descriptionParts = "\\documentclass{article}\n\\begin{document}\n\\section*{Question 5}\n\\begin{description}\n"
        + (1...8).map { "\\item[Triplet \($0), $\(members($0))$]\n\(part($0))\n" }.joined(separator: "\n")
        + "\\end{description}\n\\end{document}\n"
    static let rolesParts = "## Question 5\n\n"
        + (1...8).map { k in
            let t = triplets[k - 1]
            return "*5.\(k)*\n\n$a = \(t[0])$, $p = \(t[1])$, $n = \(t[2])$:\n\n\(part(k))\n"
        }.joined(separator: "\n")
    static let boldParts = "## Q5\n\n" + (1...8).map { "**t\(["₁", "₂", "₃", "₄", "₅", "₆", "₇", "₈"][$0 - 1]) = \(unicodeMembers($0))**\n\n\(part($0))\n" }.joined(separator: "\n")
    static let bracketLabels = "## Question 5\n\n" + (1...8).map { "### Question 5.\($0)\n\n\(part($0, label: { "L^{[\($0)]}" }))\n" }.joined(separator: "\n")

    @Test("The triplet list from parts headed by their triplet: \\item[Triplet 6, $(f_5, f_6, f_2)$], '$a = 5$, $p = 6$, $n = 2$:' under 5.6, '**t₆ = (f₅, f₆, f₂)**'", arguments: [
        Case(label: "description items", file: "sheet.tex", sheet: descriptionParts,
             ids: allParts + ["part2.q5.triplets"], from: "Triplet 6, $(f_5, f_6, f_2)$", to: "Triplet 6, $(f_5, f_6, f_3)$", wrong: "part2.q5.triplets"),
        Case(label: "description items, a derivative planted", file: "sheet.tex", sheet: descriptionParts,
             ids: allParts + ["part2.q5.triplets"], from: "f_6} = f_6 - f_5", to: "f_6} = f_5 - f_6", wrong: "part2.q5.6.f_6"),
        Case(label: "roles named under 5.k", sheet: rolesParts,
             ids: allParts + ["part2.q5.triplets"], from: "$a = 5$, $p = 6$, $n = 2$", to: "$a = 5$, $p = 6$, $n = 3$", wrong: "part2.q5.triplets"),
        Case(label: "roles named under 5.k, a derivative planted", sheet: rolesParts,
             ids: allParts + ["part2.q5.triplets"], from: "f_1} = f_5 - f_2", to: "f_1} = f_2 - f_5", wrong: "part2.q5.1.f_1"),
        Case(label: "bold t_k = (…) lines", sheet: boldParts,
             ids: allParts + ["part2.q5.triplets"], from: "**t₆ = (f₅, f₆, f₂)**", to: "**t₆ = (f₅, f₆, f₃)**", wrong: "part2.q5.triplets"),
        Case(label: "bold t_k = (…) lines, a derivative planted", sheet: boldParts,
             ids: allParts + ["part2.q5.triplets"], from: "f_2} = f_6 - f_1", to: "f_2} = f_1 - f_6", wrong: "part2.q5.3.f_2"),
        Case(label: "L^{[k]} labels", sheet: bracketLabels,
             ids: allParts, from: "L^{[8]}}{\\partial f_2} = f_6 - f_2", to: "L^{[8]}}{\\partial f_2} = f_2 - f_6", wrong: "part2.q5.8.f_2"),
    ])
    func partsByTriplet(_ k: Case) throws { try R4.run(k) }

    @Test("Roles named twice otherwise under one part state no triplet; two roles only state none")
    func rolesThatStateNothing() throws {
        let clash = Self.rolesParts.replacingOccurrences(of: "$a = 5$, $p = 6$, $n = 2$:", with: "$a = 5$, $p = 6$, $n = 2$, $a = 6$:")
        let c = try C.checks(clash)
        #expect(c["part2.q5.triplets"]?.status != .correct, "\(c["part2.q5.triplets"]?.evidence ?? "")")
        let partial = Self.rolesParts.replacingOccurrences(of: "$a = 5$, $p = 6$, $n = 2$:", with: "$a = 5$, $p = 6$:")
        let d = try C.checks(partial)
        #expect(d["part2.q5.triplets"]?.status != .correct, "\(d["part2.q5.triplets"]?.evidence ?? "")")
    }

    // MARK: 4. A sheet that does not restate the triplets

    @Test("Parts answered, no triplet written anywhere: the list is unverifiable, not missing; each part is still checked")
    func noTripletList() throws {
        let sheet = "## Question 5\n\n" + (1...8).map { "### 5.\($0)\n\n\(Self.part($0))\n" }.joined(separator: "\n")
        let c = try C.checks(sheet)
        #expect(c["part2.q5.triplets"]?.status == .unverifiable, "\(c["part2.q5.triplets"]?.evidence ?? "")")
        C.expectRead(c, Self.allParts)
        let w = try C.checks(sheet.replacingOccurrences(of: "f_4} = f_2 - f_4", with: "f_4} = f_4 - f_2"))
        C.expectRead(w, ["part2.q5.4.f_4"], .incorrect)
        C.expectRead(w, Self.allParts.filter { $0 != "part2.q5.4.f_4" })
        // Nothing answered in Question 5: the list stays missing.
        let none = try C.checks("## Question 3\n\n\(Self.q3)\n")
        #expect(none["part2.q5.triplets"]?.status == .missing)
    }

    // MARK: 5. Part labels inside a display, in plain text and in italics; `\\[2pt]`

    /// Part 5.k's three non-zero derivatives as rows of an `align*`.
    static func rows(_ k: Int) -> String {
        let t = triplets[k - 1], (a, p, n) = (t[0], t[1], t[2])
        return "\\frac{\\partial L_{\(k)}}{\\partial f_\(a)} &= f_\(n) - f_\(p) \\\\\n\\frac{\\partial L_{\(k)}}{\\partial f_\(p)} &= f_\(p) - f_\(a) \\\\\n"
            + "\\frac{\\partial L_{\(k)}}{\\partial f_\(n)} &= f_\(a) - f_\(n) \\\\\n"
    }

    static let intertextParts = "\\documentclass{article}\n\\begin{document}\n\\begin{center}{\\Large Assignment 3}\\\\[2pt] A. Student\\end{center}\n\n\\section*{Question 5}\n\n"
        + "\\textbf{5.1} \\ $t_1 = \(members(1))$:\n\\begin{align*}\n\(rows(1))"
        + (2...8).map { "\\intertext{\\textbf{5.\($0)} \\ $t_\($0) = \(members($0))$:}\n\(rows($0))" }.joined()
        + "\\end{align*}\n\\end{document}\n"

    static func plainPart(_ k: Int) -> String {
        let t = triplets[k - 1], (a, p, n) = (t[0], t[1], t[2])
        return "5.\(k)  t\(k)=(\(a),\(p),\(n)):  dL/df\(a) = f\(n) - f\(p), dL/df\(p) = f\(p) - f\(a), dL/df\(n) = f\(a) - f\(n)"
    }

    @Test("Parts inside one align* cut by \\intertext{\\textbf{5.k} …} (after a title's \\\\[2pt]); '*Triplet k.*' in italics", arguments: [
        Case(label: "\\intertext parts", file: "sheet.tex", sheet: intertextParts,
             ids: allParts + ["part2.q5.triplets"], from: "f_1} &= f_4 - f_3", to: "f_1} &= f_3 - f_4", wrong: "part2.q5.2.f_1"),
        Case(label: "\\intertext parts, a triplet planted", file: "sheet.tex", sheet: intertextParts,
             ids: allParts + ["part2.q5.triplets"], from: "t_3 = (f_2, f_1, f_6)", to: "t_3 = (f_2, f_1, f_5)", wrong: "part2.q5.triplets"),
        Case(label: "*Triplet k.* in italics",
             sheet: "## Question 5\n\n" + (1...3).map { "*Triplet \($0).*\n\n\(part($0, label: { _ in "L" }))\n" }.joined(separator: "\n"),
             ids: ids(1) + ids(2) + ids(3), from: "f_6} = f_2 - f_6", to: "f_6} = f_6 - f_2", wrong: "part2.q5.3.f_6"),
    ])
    func labelsInsideAndPlain(_ k: Case) throws { try R4.run(k) }

    @Test("'5.1  t1=(f1,f2,f5):' in plain text heads part 5.1 (the label's triplet must be the part's); '5.1  x = 2' does not")
    func plainTextPartLabels() throws {
        func part(_ k: Int) -> String {
            let t = Self.triplets[k - 1], (a, p, n) = (t[0], t[1], t[2])
            return "5.\(k)  t\(k)=(f\(a),f\(p),f\(n)):\ndL/df\(a) = f\(n) - f\(p)\ndL/df\(p) = f\(p) - f\(a)\ndL/df\(n) = f\(a) - f\(n)\n"
        }
        let sheet = "Q5\n\n" + (1...3).map(part).joined(separator: "\n")
        let c = try C.checks(sheet, name: "sheet.txt")
        C.expectRead(c, Self.ids(1) + Self.ids(2) + Self.ids(3))
        let w = try C.checks(sheet.replacingOccurrences(of: "dL/df6 = f2 - f6", with: "dL/df6 = f6 - f2"), name: "sheet.txt")
        C.expectRead(w, ["part2.q5.3.f_6"], .incorrect)
        // A label naming another triplet than its number is no part's heading.
        let other = try C.checks(sheet.replacingOccurrences(of: "5.2  t2=", with: "5.2  t5="), name: "sheet.txt")
        #expect(other["part2.q5.2.f_3"]?.status != .correct)
    }

    @Test("An \\intertext that is no heading stays in its display: a chain's rows are still one answer")
    func intertextInChain() throws {
        let sheet = "\\documentclass{article}\n\\begin{document}\n\\section*{Question 3}\n\\begin{align*}\n\\frac{\\partial L}{\\partial f_a} &= f_n - f_p \\\\\n\\intertext{and likewise}\n\\frac{\\partial L}{\\partial f_p} &= f_p - f_a \\\\\n\\frac{\\partial L}{\\partial f_n} &= f_a - f_n\n\\end{align*}\n\\end{document}\n"
        let c = try C.checks(sheet, name: "sheet.tex")
        C.expectRead(c, Self.roles3)
    }
}
