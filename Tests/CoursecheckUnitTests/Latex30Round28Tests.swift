import CoursecheckAssignment
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Foundation
import Testing

/// Classes of document structure from LaTeX-minded sheets, round 28 (found by
/// an outsiders' set; each class written here in other words): boxes and
/// unnumbered theorems that print a title of the writer's choosing
/// (amsthm's note, tcolorbox's and mdframed's title options, a
/// `\newtcolorbox` whose argument is its title), the exam class's
/// `\titledquestion`, a Markdown display that only defines macros (Quarto's
/// and MathJax's preamble idiom), and a description list of Part I's models.
/// Verdicts by hand from the assignment, as in round 5: t_1..t_8 = (1,2,5),
/// (1,3,4), (2,1,6), …; every hinge active; RNN 200·(100 + 200) + 2·200 =
/// 60,400, LSTM 4·60,400 = 241,600, bi-RNN 2·60,400 = 120,800.
@Suite("Classes of LaTeX structure, round 28: environment titles, \\titledquestion, Markdown macro displays, description lists in Part I")
struct Latex30Round28Tests {
    typealias R4 = LayoutClassesRound4Tests
    typealias R5 = StructureClassesRound5Tests
    typealias Case = LayoutClassesRound4Tests.Case
    typealias C = SheetClassesTests

    static let q2 = C.q2, q3 = C.q3
    static let roles2 = R4.roles2, roles3 = R4.roles3
    static let q3Plant = R4.q3Plant

    static func latex(_ preamble: String, _ body: String) -> String {
        "\\documentclass{article}\n\\usepackage{amsthm}\n\\usepackage{tcolorbox}\n\(preamble)\n\\begin{document}\n\\section*{Part II}\n\(body)\\end{document}\n"
    }

    // MARK: 1. Environments that print their title

    /// Questions 2 and 3 in environments titled by `open(n)`, part 5.1
    /// under a subsection between them: a title the reader missed would put
    /// Question 3's answers under 5.1.
    static func titled(_ preamble: String, open: (Int) -> String, close: String) -> String {
        latex(preamble, "\(open(2))\n\(q2)\n\(close)\n\n\\subsection*{Question 5.1}\n\(R5.part(1))\n\n\(open(3))\n\(q3)\n\(close)\n")
    }

    @Test("A titled environment is a heading with its title: amsthm's unnumbered theorem with a note, tcolorbox's title option, mdframed's frametitle, a \\newtcolorbox with the title in its argument", arguments: [
        Case(label: "\\newtheorem*{exercise}{Exercise} + [Question n]", file: "sheet.tex",
             sheet: titled("\\newtheorem*{exercise}{Exercise}", open: { "\\begin{exercise}[Question \($0)]\nThe gradients.\n\\end{exercise}\n\\begin{proof}[Answer]" }, close: "\\end{proof}"),
             ids: roles2 + roles3 + R5.ids(1), from: q3Plant.0, to: q3Plant.1, wrong: "part2.q3.f_a"),
        Case(label: "\\begin{tcolorbox}[colback=white, title={Q n}]", file: "sheet.tex",
             sheet: titled("", open: { "\\begin{tcolorbox}[colback=white, title={Q\($0)}]" }, close: "\\end{tcolorbox}"),
             ids: roles2 + roles3 + R5.ids(1), from: q3Plant.0, to: q3Plant.1, wrong: "part2.q3.f_a"),
        Case(label: "\\begin{mdframed}[frametitle=Question n]", file: "sheet.tex",
             sheet: titled("\\usepackage{mdframed}", open: { "\\begin{mdframed}[frametitle=Question \($0), linewidth=1pt]" }, close: "\\end{mdframed}"),
             ids: roles2 + roles3 + R5.ids(1), from: q3Plant.0, to: q3Plant.1, wrong: "part2.q3.f_a"),
        Case(label: "\\newtcolorbox{qbox}[1]{title=Question~#1} + {n}", file: "sheet.tex",
             sheet: titled("\\newtcolorbox{qbox}[1]{colframe=black, title=Question~#1}", open: { "\\begin{qbox}{\($0)}" }, close: "\\end{qbox}"),
             ids: roles2 + roles3 + R5.ids(1), from: q3Plant.0, to: q3Plant.1, wrong: "part2.q3.f_a"),
        Case(label: "\\newtcolorbox{ans}[2][]{#1, title=#2} + {Answer n}", file: "sheet.tex",
             sheet: titled("\\newtcolorbox{ans}[2][]{colback=white, #1, title={#2}}", open: { "\\begin{ans}[colframe=red]{Answer \($0)}" }, close: "\\end{ans}"),
             ids: roles2 + roles3 + R5.ids(1), from: q3Plant.0, to: q3Plant.1, wrong: "part2.q3.f_a"),
    ])
    func environmentTitles(_ k: Case) throws { try R4.run(k) }

    @Test("A title that names no question heads nothing: the answers under it are no question's (the sheet goes to a person)")
    func titleNamingNoQuestion() throws {
        let sheet = Self.latex("\\newtheorem*{exercise}{Exercise}",
                               "\\begin{exercise}[Easy triplet]\nThe gradients.\n\\end{exercise}\n\(Self.q2)\n\n\\begin{exercise}[Hard triplet]\nThe same.\n\\end{exercise}\n\(Self.q3)\n")
        #expect(throws: SheetError.noAnswers(path: "sheet.tex")) { try C.checks(sheet, name: "sheet.tex") }
        // An unnumbered theorem without a note prints no number either.
        let bare = Self.latex("\\newtheorem*{exercise}{Exercise}", "\\begin{exercise}\nThe gradients.\n\\end{exercise}\n\(Self.q2)\n")
        #expect(throws: SheetError.noAnswers(path: "sheet.tex")) { try C.checks(bare, name: "sheet.tex") }
    }

    // MARK: 2. The exam class's \titledquestion

    static func exam(_ first: String, _ second: String) -> String {
        "\\documentclass[answers]{exam}\n\\begin{document}\n\\begin{questions}\n"
            + "\\titledquestion{\(first)}[4]\nInactive hinge.\n\\begin{solution}\n\(q2)\n\\end{solution}\n\n"
            + "\\titledquestion{\(second)}\nActive hinge.\n\\begin{solution}\n\(q3)\n\\end{solution}\n\\end{questions}\n\\end{document}\n"
    }

    @Test("\\titledquestion{Title}: the question printed with its title, the title its heading (points after it are points)", arguments: [
        Case(label: "\\titledquestion{Q2}[4], {Q3}", file: "sheet.tex", sheet: exam("Q2", "Q3"),
             ids: roles2 + roles3, from: q3Plant.0, to: q3Plant.1, wrong: "part2.q3.f_a"),
        Case(label: "\\titledquestion{Problem 2}[4], {Problem 3}", file: "sheet.tex", sheet: exam("Problem 2", "Problem 3"),
             ids: roles2 + roles3, from: q3Plant.0, to: q3Plant.1, wrong: "part2.q3.f_a"),
    ])
    func titledQuestion(_ k: Case) throws { try R4.run(k) }

    @Test("\\titledquestion titles that name no question: its counter's number is not printed, so nothing is read as Question 1 or 2")
    func titledQuestionNamingNone() throws {
        #expect(throws: SheetError.noAnswers(path: "sheet.tex")) { try C.checks(Self.exam("Warm-up", "Main task"), name: "sheet.tex") }
    }

    // MARK: 3. A Markdown display that only defines macros

    static let definitions = "$$\n\\newcommand{\\e}[1]{\\boldsymbol{f}_{#1}}\n\\def\\J{\\mathcal{J}}\n$$\n\n"
    static let macroQ2 = "$\\frac{\\partial \\J}{\\partial \\e{a}} = \\frac{\\partial \\J}{\\partial \\e{p}} = \\frac{\\partial \\J}{\\partial \\e{n}} = 0$"
    static let macroQ3 = "$\\frac{\\partial \\J}{\\partial \\e{a}} = \\e{n} - \\e{p}$, $\\frac{\\partial \\J}{\\partial \\e{p}} = \\e{p} - \\e{a}$, $\\frac{\\partial \\J}{\\partial \\e{n}} = \\e{a} - \\e{n}$"

    @Test("A display of definitions before the first heading defines the macros of the whole page (Quarto, MathJax)", arguments: [
        Case(label: "$$ \\newcommand, \\def $$ first",
             sheet: definitions + "# Part II\n\n## Question 2\n\n\(macroQ2)\n\n## Question 3\n\n\(macroQ3)\n",
             ids: roles2 + roles3, from: "\\e{a}} = \\e{n} - \\e{p}", to: "\\e{a}} = \\e{p} - \\e{n}", wrong: "part2.q3.f_a"),
        Case(label: "front matter, then $$ \\newcommand $$",
             sheet: "---\ntitle: HW\n---\n\n" + definitions + "### Q2\n\n\(macroQ2)\n\n### Q3\n\n\(macroQ3)\n",
             ids: roles2 + roles3, from: "\\e{a}} = \\e{n} - \\e{p}", to: "\\e{a}} = \\e{p} - \\e{n}", wrong: "part2.q3.f_a"),
    ])
    func definitionDisplay(_ k: Case) throws { try R4.run(k) }

    @Test("A notebook's first Markdown cell of definitions defines the macros of every cell (Jupyter's MathJax shares them)")
    func definitionCell() throws {
        func notebook(_ q3: String) throws -> String {
            let cells: [[String: Any]] = [
                ["cell_type": "markdown", "source": [Self.definitions]],
                ["cell_type": "markdown", "source": ["## Question 2\n", "\n", Self.macroQ2]],
                ["cell_type": "code", "source": ["import torch\n"], "outputs": []],
                ["cell_type": "markdown", "source": ["## Question 3\n", "\n", q3]],
            ]
            return String(decoding: try JSONSerialization.data(withJSONObject: ["cells": cells, "nbformat": 4]), as: UTF8.self)
        }
        let c = try C.checks(try notebook(Self.macroQ3), name: "sheet.ipynb")
        C.expectRead(c, Self.roles2 + Self.roles3)
        let planted = Self.macroQ3.replacingOccurrences(of: "\\e{a}} = \\e{n} - \\e{p}", with: "\\e{a}} = \\e{p} - \\e{n}")
        #expect(planted != Self.macroQ3)
        C.expectRead(try C.checks(try notebook(planted), name: "sheet.ipynb"), ["part2.q3.f_a"], .incorrect)
    }

    @Test("A display that defines a macro and writes maths of its own is no preamble: its macro is not known before it")
    func definitionsWithMaths() throws {
        let sheet = "## Question 3\n\n\(Self.macroQ3)\n\n$$\n\\newcommand{\\e}[1]{\\boldsymbol{f}_{#1}}\\def\\J{\\mathcal{J}} \\e{1} + \\e{2}\n$$\n"
        let c = try C.checks(sheet)
        for id in Self.roles3 { #expect(c[id]?.status != .correct, "\(id): \(c[id]?.status.rawValue ?? "absent")") }
    }

    // MARK: 4. A description list of Part I's models

    @Test("Part I as a description list: `\\item[LSTM] …` names the model of its figures", arguments: [
        "241,600 parameters and 84.5\\% test accuracy",
        "\\num{241600} parameters, \\SI{84.5}{\\percent} on the test set",
    ])
    func descriptionList(_ figures: String) throws {
        let rows = "\\item[RNN] \(figures.replacingOccurrences(of: "241,600", with: "60,400").replacingOccurrences(of: "241600", with: "60400"))\n"
            + "\\item[\\textbf{LSTM}] \(figures)\n"
        let sheet = "\\documentclass{article}\n\\begin{document}\n\\section*{Part I}\n\\begin{description}\n\(rows)\\end{description}\n\\section*{Part II}\n\\end{document}\n"
        let c = try C.checks(sheet, name: "sheet.tex")
        C.expectRead(c, ["part1.params.rnn", "part1.params.lstm"])
        C.expectRead(c, ["part1.accuracy.rnn", "part1.accuracy.lstm"], .unverifiable)
        let planted = sheet.replacingOccurrences(of: "241,600", with: "240,800").replacingOccurrences(of: "241600", with: "240800")
        #expect(planted != sheet)
        C.expectRead(try C.checks(planted, name: "sheet.tex"), ["part1.params.lstm"], .incorrect)
    }
}
