import CoursecheckAssignment
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Foundation
import Testing

/// Classes of document structure, round 7: LaTeX lists numbered implicitly
/// (`\setcounter{enumi}{1}`, enumitem's `start=2`, a nested enumerate's
/// `(a)`), amsthm question environments with the answers in
/// `proof[Answer]`, `Part II – Question n` with a dash, `### II.n`,
/// `**5c.**`, `Question 5 --- triplet k`, reStructuredText (titles over and
/// under lines, `:math:` roles, simple tables), Questions 2 and 3 in one
/// table whose header names each question's column, Question 5's triplet
/// restated under a part (`t = (1, 2, 5)`, `Triplets: t1 = (f1, f2, f5), …`
/// in plain text) and a Question 5 table of derivatives by role. Verdicts by
/// hand from the assignment, as in round 5: t_1..t_8 = (1,2,5), (1,3,4),
/// (2,1,6), (2,3,4), (3,1,5), (5,6,2), (6,4,3), (6,4,2); every hinge active.
@Suite("Classes of document structure, round 7: implicit LaTeX numbers, amsthm, dashed and numeral headings, reST, a table for Questions 2 and 3, triplets restated under parts")
struct StructureClassesRound7Tests {
    typealias R4 = LayoutClassesRound4Tests
    typealias R5 = StructureClassesRound5Tests
    typealias Case = LayoutClassesRound4Tests.Case
    typealias C = SheetClassesTests

    static let q2 = C.q2, q3 = C.q3
    static let roles2 = R4.roles2, roles3 = R4.roles3
    static let q3Plant = R4.q3Plant

    /// Part 5.k's three non-zero derivatives as rows of an `align*`.
    static func rows(_ k: Int) -> String { R5.rows(k) }

    // MARK: 1. LaTeX lists numbered implicitly

    static func enumerated(_ start: String, options: String = "") -> String {
        "\\documentclass{article}\n\\begin{document}\n\\section*{Part II}\n\\begin{enumerate}\(options)\n\(start)"
            + "\\item % Question 2\n\(q2)\n\\item % Question 3\n\(q3)\n\\item % Question 4\nAll: $6 \\times 5 \\times 4 = 120$. Valid: $6 \\times 2 \\times 3 = 36$.\n"
            + "\\item % Question 5\n\\begin{enumerate}\n"
            + (1...8).map { "\\item $t_\($0) = \(R5.members($0))$\n\\begin{align*}\n\(rows($0))\\end{align*}\n" }.joined()
            + "\\end{enumerate}\n\\end{enumerate}\n\\end{document}\n"
    }

    @Test("Implicit numbers: \\setcounter{enumi}{1} and [start=2] make the items Questions 2, 3, …; a nested enumerate's items are (a), (b), … — Question 5's parts", arguments: [
        Case(label: "\\setcounter{enumi}{1}", file: "sheet.tex", sheet: enumerated("\\setcounter{enumi}{1}\n"),
             ids: roles2 + roles3 + ["part2.q4.all", "part2.q4.valid"], from: q3Plant.0, to: q3Plant.1, wrong: "part2.q3.f_a"),
        Case(label: "\\setcounter{enumi}{1}, a part planted", file: "sheet.tex", sheet: enumerated("\\setcounter{enumi}{1}\n"),
             ids: R5.allParts + ["part2.q5.triplets"], from: "f_6} &= f_2 - f_6", to: "f_6} &= f_6 - f_2", wrong: "part2.q5.3.f_6"),
        Case(label: "enumitem [start=2]", file: "sheet.tex", sheet: enumerated("", options: "[start=2]"),
             ids: roles2 + roles3 + R5.ids(2), from: "f_1} &= f_4 - f_3", to: "f_1} &= f_3 - f_4", wrong: "part2.q5.2.f_1"),
    ])
    func implicitNumbers(_ k: Case) throws { try R4.run(k) }

    @Test("A \\setcounter of another list's counter moves nothing: the items keep 1, 2, … (Question 2's answers in item 1 are not Question 2's)")
    func otherCounter() throws {
        // No question is numbered: no answer is read at all, and the sheet goes to a person.
        #expect(throws: SheetError.noAnswers(path: "sheet.tex")) {
            try C.checks(Self.enumerated("\\setcounter{enumii}{1}\n"), name: "sheet.tex")
        }
        // The same list with its own counter moved is read (the test above).
        let moved = try C.checks(Self.enumerated("\\setcounter{enumi}{1}\n"), name: "sheet.tex")
        C.expectRead(moved, Self.roles2)
    }

    // MARK: 2. amsthm question environments

    static func theorems(_ declaration: String) -> String {
        "\\documentclass{article}\n\\usepackage{amsthm}\n\(declaration)\n\\begin{document}\n\\section*{Part II}\n\\setcounter{question}{1}\n"
            + "\\begin{question}Gradients with the hinge inactive.\\end{question}\n\\begin{proof}[Answer]\n\(q2)\n\\end{proof}\n\n"
            + "\\begin{question}Gradients with the hinge active.\\end{question}\n\\begin{proof}[Answer]\n\(q3)\n\\end{proof}\n\\end{document}\n"
    }

    @Test("amsthm: \\newtheorem{question}{Question} environments are Questions 2, 3 (counter set to 1), answers in proof[Answer]; a shared counter too", arguments: [
        Case(label: "\\newtheorem{question}{Question}", file: "sheet.tex", sheet: theorems("\\newtheorem{question}{Question}"),
             ids: roles2 + roles3, from: q3Plant.0, to: q3Plant.1, wrong: "part2.q3.f_a"),
        Case(label: "\\newtheorem{question}[question]{Question}", file: "sheet.tex", sheet: theorems("\\newtheorem{question}[question]{Question}"),
             ids: roles2 + roles3, from: q3Plant.0, to: q3Plant.1, wrong: "part2.q3.f_a"),
    ])
    func amsthm(_ k: Case) throws { try R4.run(k) }

    @Test("amsthm numbered within a section (printed 1.2) or unnumbered: no question's number is told, nothing read as correct")
    func amsthmDoubtful() throws {
        for declaration in ["\\newtheorem{question}{Question}[section]", "\\newtheorem*{question}{Question}"] {
            // No question is numbered: no answer is read at all, and the sheet goes to a person.
            #expect(throws: SheetError.noAnswers(path: "sheet.tex"), "\(declaration)") {
                try C.checks(Self.theorems(declaration), name: "sheet.tex")
            }
        }
    }

    // MARK: 3. Headings: a dash after Part II, Part II's numeral, a part's letter joined, a triplet's number

    @Test("Headings: 'Part II – Question n', '### II.n' / '#### II.5.k', '**5c.**', '\\subsubsection*{Question 5 --- triplet k: …}'", arguments: [
        Case(label: "Part II – Question n",
             sheet: "# Part II – Question 2\n\n\(q2)\n\n# Part II — Question 3\n\n\(q3)\n",
             ids: roles2 + roles3, from: q3Plant.0, to: q3Plant.1, wrong: "part2.q3.f_a"),
        Case(label: "### II.n",
             sheet: "## II. Triplet loss\n\n### II.2\n\n\(q2)\n\n### II.3\n\n\(q3)\n\n### II.5\n\n#### II.5.1\n\n\(R5.part(1))\n",
             ids: roles2 + roles3 + R5.ids(1), from: q3Plant.0, to: q3Plant.1, wrong: "part2.q3.f_a"),
        Case(label: "### II.n, a part planted",
             sheet: "### II.5\n\n#### II.5.1\n\n\(R5.part(1))\n\n#### II.5.3\n\n\(R5.part(3))\n",
             ids: R5.ids(1) + R5.ids(3), from: "f_6} = f_2 - f_6", to: "f_6} = f_6 - f_2", wrong: "part2.q5.3.f_6"),
        Case(label: "**5c.**",
             sheet: "## Question 5\n\n" + (1...3).map { "**5\(["a", "b", "c"][$0 - 1]).**\n\n\(R5.part($0))\n" }.joined(separator: "\n"),
             ids: R5.ids(1) + R5.ids(2) + R5.ids(3), from: "f_6} = f_2 - f_6", to: "f_6} = f_6 - f_2", wrong: "part2.q5.3.f_6"),
        Case(label: "Question 5 --- triplet k", file: "sheet.tex",
             sheet: "\\documentclass{article}\n\\begin{document}\n\\subsection*{Question 5}\n"
                + (1...8).map { "\\subsubsection*{Question 5 --- triplet \($0): $\(R5.members($0))$}\n\\begin{align*}\n\(rows($0))\\end{align*}\n" }.joined()
                + "\\end{document}\n",
             ids: R5.allParts + ["part2.q5.triplets"], from: "f_1} &= f_4 - f_3", to: "f_1} &= f_3 - f_4", wrong: "part2.q5.2.f_1"),
    ])
    func headings(_ k: Case) throws { try R4.run(k) }

    @Test("Not headings: '### II.2-level' stays a title; '**5z.**' is no part; 'Question 5, triplets 3.1' is no part")
    func notHeadings() throws {
        // Losses without a label: only the heading could place them.
        let c = try C.checks("## Question 5\n\n**5z.**\n\n\(R5.part(3, label: { _ in "L" }))\n")
        // Question 5's text that names no part may hold 5.3's answers: unparsable, where that text is.
        for id in R5.ids(3) {
            #expect(c[id]?.status == .unparsable && c[id]?.evidence.contains("text of Part II · Question 5 could not be read") == true
                        && c[id]?.evidence.contains("sheet.md:5:") == true,
                    "\(id): \(c[id]?.status.rawValue ?? "absent") — \(c[id]?.evidence ?? "")")
        }
        #expect(c.contains { $0.key.hasPrefix("part2.q5@5:") && $0.value.status == .unparsable }, "\(c.keys.sorted())")
        let d = try C.checks("## Question 4\n\n### II.2-level models\n\n\(Self.q2)\n")
        // Question 2 is not answered under its own heading: missing. The maths
        // under Question 4 counts nothing: unparsable there, for a person to read.
        for id in Self.roles2 { #expect(d[id]?.status == .missing, "\(id): \(d[id]?.status.rawValue ?? "absent") — \(d[id]?.evidence ?? "")") }
        #expect(d["part2.q4@5:1"]?.status == .unparsable, "\(d.keys.filter { $0.hasPrefix("part2.q4") }.sorted())")
        for id in ["part2.q4.all", "part2.q4.valid"] {
            #expect(d[id]?.status == .unparsable && d[id]?.evidence.contains("sheet.md:5:1: no count could be read from this text") == true,
                    "\(id): \(d[id]?.status.rawValue ?? "absent") — \(d[id]?.evidence ?? "")")
        }
    }

    // MARK: 4. reStructuredText

    static let rst = """
        Assignment 3
        ============

        Part I
        ------

        ====================  ===========  =============
        Model                 Parameters   Test accuracy
        ====================  ===========  =============
        RNN                   60,400       63.05 %
        LSTM                  241,600      86.30 %
        ====================  ===========  =============

        Part II
        -------

        Question 2
        ~~~~~~~~~~

        * :math:`\\partial L / \\partial f_a = 0`
        * :math:`\\partial L / \\partial f_p = 0`
        * :math:`\\partial L / \\partial f_n = 0`

        Question 3
        ~~~~~~~~~~

        * :math:`\\partial L / \\partial f_a = f_n - f_p`
        * :math:`\\partial L / \\partial f_p = f_p - f_a`
        * :math:`\\partial L / \\partial f_n = f_a - f_n`

        ==========
        Question 5
        ==========

        5.1
        ^^^

        With the hinge active:

        .. math::

           \\partial L_1 / \\partial f_1 = f_5 - f_2 \\\\
           \\partial L_1 / \\partial f_2 = f_2 - f_1 \\\\
           \\partial L_1 / \\partial f_5 = f_1 - f_5

        """

    @Test("reStructuredText: titles under ~~~ and ^^^ and between = lines, :math: roles as maths, a simple table's rules not rows", arguments: [
        Case(label: "reST, Question 3 planted", file: "sheet.txt", sheet: rst,
             ids: roles2 + roles3 + R5.ids(1) + ["part1.params.rnn", "part1.params.lstm"],
             from: "f_a = f_n - f_p`", to: "f_a = f_p - f_n`", wrong: "part2.q3.f_a"),
        Case(label: "reST, Part I planted", file: "sheet.txt", sheet: rst,
             ids: roles2 + roles3 + R5.ids(1) + ["part1.params.lstm"],
             from: "60,400       63.05", to: "64,400       63.05", wrong: "part1.params.rnn"),
    ])
    func restructuredText(_ k: Case) throws {
        try R4.run(k)
        let c = try C.checks(k.sheet, name: k.file)
        #expect(!c.keys.contains { $0.contains("====") }, "\(c.keys.filter { $0.hasPrefix("part1") }.sorted())")
    }

    @Test("Not a reST title: a ~~~ fence under a short line opens code")
    func notRestTitles() throws {
        // The fence's code is read as plain-text maths, under Question 3.
        let c = try C.checks("## Question 3\n\nCode:\n~~~\ndL/dfa = fn - fp\n~~~\n")
        #expect(c["part2.q3.f_a"]?.status == .correct, "\(c["part2.q3.f_a"]?.evidence ?? "")")
    }

    // MARK: 5. Questions 2 and 3 in one table

    static func tableSheet(_ header: String) -> String {
        "\\documentclass{article}\n\\begin{document}\n\\subsection*{Questions 2 and 3}\nBoth cases:\n\n\\begin{tabular}{lcc}\n\\toprule\n\(header) \\\\\n\\midrule\n"
            + "$\\frac{\\partial L}{\\partial f_a}$ & $0$ & $f_n - f_p$ \\\\\n$\\frac{\\partial L}{\\partial f_p}$ & $0$ & $f_p - f_a$ \\\\\n"
            + "$\\frac{\\partial L}{\\partial f_n}$ & $0$ & $f_a - f_n$ \\\\\n\\bottomrule\n\\end{tabular}\n\\end{document}\n"
    }

    @Test("One table for Questions 2 and 3, its header naming each question's column: each column its question's", arguments: [
        Case(label: "& Question 2 & Question 3", file: "sheet.tex", sheet: tableSheet("& Question 2 & Question 3"),
             ids: roles2 + roles3, from: "$f_n - f_p$", to: "$f_p - f_n$", wrong: "part2.q3.f_a"),
        Case(label: "& Q3 & Q2 (columns the other way)", file: "sheet.tex",
             sheet: tableSheet("& Q3 & Q2").replacingOccurrences(of: "$0$ & $f_n - f_p$", with: "$f_n - f_p$ & $0$")
                .replacingOccurrences(of: "$0$ & $f_p - f_a$", with: "$f_p - f_a$ & $0$").replacingOccurrences(of: "$0$ & $f_a - f_n$", with: "$f_a - f_n$ & $0$"),
             ids: roles2 + roles3, from: "$f_p - f_a$ & $0$", to: "$f_a - f_p$ & $0$", wrong: "part2.q3.f_p"),
    ])
    func combinedTable(_ k: Case) throws { try R4.run(k) }

    @Test("A table for Questions 2 and 3 whose header does not name the questions (cases, hinge words, one question twice): which column is which is not told")
    func combinedTableDoubtful() throws {
        for header in ["& Case 1 & Case 2", "& Question 2 & Question 2", "& & "] {
            let c = try C.checks(Self.tableSheet(header), name: "sheet.tex")
            for id in Self.roles2 + Self.roles3 { #expect(c[id]?.status == .unparsable, "\(header) \(id): \(c[id]?.status.rawValue ?? "absent") — \(c[id]?.evidence ?? "")") }
        }
    }

    // MARK: 6. Question 5's triplet restated under its parts

    @Test("'t = (1, 2, 5)' under part 5.k states t_k: the list read from the parts, a wrong member incorrect")
    func unindexedTriplet() throws {
        let sheet = "## Question 5\n\n" + (1...8).map { k in
            let t = R5.triplets[k - 1]
            return "**5\(["a", "b", "c", "d", "e", "f", "g", "h"][k - 1]).** $t = (\(t[0]), \(t[1]), \(t[2]))$\n\n\(R5.part(k))\n"
        }.joined(separator: "\n")
        let c = try C.checks(sheet)
        C.expectRead(c, ["part2.q5.triplets"] + R5.allParts)
        let w = try C.checks(sheet.replacingOccurrences(of: "$t = (5, 6, 2)$", with: "$t = (5, 6, 3)$"))
        C.expectRead(w, ["part2.q5.triplets"], .incorrect)
        // Under Question 5 itself (no part), `t = (…)` names no triplet.
        let none = try C.checks("## Question 5\n\n$t = (1, 2, 5)$\n\n### 5.1\n\n\(R5.part(1))\n")
        #expect(none["part2.q5.triplets"]?.status == .unparsable, "\(none["part2.q5.triplets"]?.status.rawValue ?? "absent") — \(none["part2.q5.triplets"]?.evidence ?? "")")
    }

    @Test("Plain text 'Triplets: t1 = (f1, f2, f5), …': the words before the colon are prose, every triplet read")
    func labelledTripletsLine() throws {
        let list = (1...8).map { k in "t\(k) = (" + R5.triplets[k - 1].map { "f\($0)" }.joined(separator: ", ") + ")" }.joined(separator: ", ")
        let sheet = "Question 5\n\nTriplets: \(list)\n"
        let c = try C.checks(sheet, name: "sheet.txt")
        C.expectRead(c, ["part2.q5.triplets"])
        let w = try C.checks(sheet.replacingOccurrences(of: "t1 = (f1, f2, f5)", with: "t1 = (f1, f2, f6)"), name: "sheet.txt")
        C.expectRead(w, ["part2.q5.triplets"], .incorrect)
        // Words with a number before the colon are no label: the line is not cut.
        let d = try C.checks("Question 5\n\nTriplets 1-8: \(list)\n", name: "sheet.txt")
        #expect(d["part2.q5.triplets"]?.status == .unparsable, "\(d["part2.q5.triplets"]?.status.rawValue ?? "absent") — \(d["part2.q5.triplets"]?.evidence ?? "")")
    }

    @Test("A Question 5 table with a row per part (labels 5.k) and derivatives under anchor/positive/negative: not read as the triplets' members; each derivative read by its loss's label")
    func derivativesByRoleTable() throws {
        func cell(_ k: Int, _ s: Int, _ v: String) -> String { "$\\frac{\\partial L_\(k)}{\\partial f_\(s)} = \(v)$" }
        let rows = (1...3).map { k -> String in
            let t = R5.triplets[k - 1], (a, p, n) = (t[0], t[1], t[2])
            return "| 5.\(k) | (\(a), \(p), \(n)) | \(cell(k, a, "f_\(n) - f_\(p)")) | \(cell(k, p, "f_\(p) - f_\(a)")) | \(cell(k, n, "f_\(a) - f_\(n)")) |"
        }
        let sheet = "## Question 5\n\n| | triplet | anchor | positive | negative |\n|---|---|---|---|---|\n" + rows.joined(separator: "\n") + "\n"
        let c = try C.checks(sheet)
        C.expectRead(c, R5.ids(1) + R5.ids(2) + R5.ids(3))
        #expect(!(c["part2.q5.triplets"]?.evidence.contains("t_51") ?? false))
        let w = try C.checks(sheet.replacingOccurrences(of: "f_6} = f_2 - f_6", with: "f_6} = f_6 - f_2"))
        C.expectRead(w, ["part2.q5.3.f_6"], .incorrect)
    }

    @Test("The same table's 'triplet' column states t_k for the row's label 5.k: the list read, a wrong member incorrect; a row without a label states nothing")
    func tripletColumn() throws {
        func cell(_ k: Int, _ s: Int, _ v: String) -> String { "$\\frac{\\partial L_\(k)}{\\partial f_\(s)} = \(v)$" }
        func table(_ label: (Int) -> String) -> String {
            "## Question 5\n\n| | triplet | anchor | positive | negative |\n|---|---|---|---|---|\n" + (1...8).map { k -> String in
                let t = R5.triplets[k - 1], (a, p, n) = (t[0], t[1], t[2])
                return "| \(label(k)) | (\(a), \(p), \(n)) | \(cell(k, a, "f_\(n) - f_\(p)")) | \(cell(k, p, "f_\(p) - f_\(a)")) | \(cell(k, n, "f_\(a) - f_\(n)")) |"
            }.joined(separator: "\n") + "\n"
        }
        let sheet = table { "5.\($0)" }
        let c = try C.checks(sheet)
        C.expectRead(c, ["part2.q5.triplets"] + R5.allParts.filter { id in (1...8).contains { k in R5.ids(k).contains(id) } })
        let w = try C.checks(sheet.replacingOccurrences(of: "| (5, 6, 2) |", with: "| (5, 6, 3) |"))
        C.expectRead(w, ["part2.q5.triplets"], .incorrect)
        let unlabelled = try C.checks(table { _ in "" })
        // Not read as a list: the parts are checked against the assignment's
        // t_k, and the list is left to a person (unverifiable, on the review list).
        #expect(unlabelled["part2.q5.triplets"]?.status == .unverifiable, "\(unlabelled["part2.q5.triplets"]?.status.rawValue ?? "absent") — \(unlabelled["part2.q5.triplets"]?.evidence ?? "")")
    }
}
