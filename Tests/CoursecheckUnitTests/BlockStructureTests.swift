import CoursecheckAssignment
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Foundation
import Testing

/// Structure the line reader did not know, read through the document model.
/// Verdicts worked out by hand: t_1 = (f_1, f_2, f_5), t_2 = (f_1, f_3, f_4),
/// t_3 = (f_2, f_1, f_6); ∂L/∂f_a = f_n − f_p, ∂L/∂f_p = f_p − f_a,
/// ∂L/∂f_n = f_a − f_n with the hinge active, 0 when it is not (Question 2).
@Suite("Block structure: quotes, callouts, details, HTML, fenced maths, lists, prose, cells")
struct BlockStructureTests {
    private func checks(_ text: String, name: String = "sheet.md") throws -> [String: Check] {
        let assignment = try Assignment.load(from: PackagePaths.assignment.path)
        let document = try SheetDocument.read(data: Data(text.utf8), name: name)
        let report = try Verifier.verify(document: document, assignment: assignment)
        return Dictionary(uniqueKeysWithValues: report.checks.map { ($0.id.description, $0) })
    }

    private func status(_ text: String, _ id: String, name: String = "sheet.md") throws -> Status? {
        try checks(text, name: name)[id]?.status
    }

    // MARK: The model itself

    @Test("Blocks in two phases: containers, then leaves, with places in the student's file")
    func model() throws {
        let text = """
            # Question 3

            > **Answer:** $x_1$
            > $$y$$

            - a
              1. b
            ```python
            code
            ```
            | a | b |
            |---|---|
            | 1 | 2 |
            """
        let document = SheetDocument.markdown(text, path: "s.md")
        let kinds = document.blocks.map { block -> String in
            switch block.kind {
            case .heading(let level, _): "h\(level)"
            case .quote(_, let inner): "quote(\(inner.count))"
            case .listItem(let marker, let inner): "item(\(marker.text),\(inner.count))"
            case .code(let language, _): "code(\(language ?? "-"))"
            case .table(let t): "table(\(t.rows.count)x\(t.rows[0].count))"
            default: "other"
            }
        }
        #expect(kinds == ["h1", "quote(1)", "item(-,2)", "code(python)", "table(2x2)"])
        // The inline maths inside the quote keeps its own line and column.
        guard case .quote(_, let inner) = document.blocks[1].kind, case .paragraph(let inlines) = inner[0].kind else {
            Issue.record("no paragraph in the quote"); return
        }
        let maths = inlines.compactMap { if case .math(let m) = $0 { m } else { nil } }
        #expect(maths.map(\.location) == [SourceLocation(line: 3, column: 15), SourceLocation(line: 4, column: 3)])
        #expect(maths.map(\.tex.start) == [SourceLocation(line: 3, column: 16), SourceLocation(line: 4, column: 5)])
        // The nested list's marker and depth.
        guard case .listItem(_, let children) = document.blocks[2].kind, case .listItem(let marker, _) = children[1].kind else {
            Issue.record("no nested item"); return
        }
        #expect(marker == ListMarker(text: "1.", ordinal: 1, depth: 1))
    }

    // MARK: Containers

    @Test("Maths inside a block quote and a callout is read, places in the file", arguments: [
        "> $$\\frac{\\partial L}{\\partial f_a} = f_n - f_p$$",
        "> [!NOTE]\n> $$\\frac{\\partial L}{\\partial f_a} = f_n - f_p$$",
        "> **Answer.** The derivative is\n> $$\n> \\frac{\\partial L}{\\partial f_a} = f_n - f_p\n> $$",
        ">> $\\frac{\\partial L}{\\partial f_a} = f_n - f_p$",
    ])
    func quotes(_ body: String) throws {
        #expect(try status("## Question 3\n\n\(body)\n", "part2.q3.f_a") == .correct)
        #expect(try status("## Question 3\n\n\(body.replacingOccurrences(of: "f_n - f_p", with: "f_p - f_n"))\n", "part2.q3.f_a") == .incorrect)
    }

    @Test("A problem inside a quote names the line and column in the file")
    func quotePlace() throws {
        let check = try #require(try checks("## Question 3\n\n> intro\n> $\\frac{\\partial L}{\\partial f_a} = g_n$\n")["part2.q3.f_a"])
        #expect(check.status == .unparsable)
        #expect(check.evidence.contains("sheet.md:4:"))
    }

    @Test("<details> is read (it is shown on a click); its <summary> may be the heading")
    func details() throws {
        let sheet = "<details>\n<summary>Question 3</summary>\n\n$$\\frac{\\partial L}{\\partial f_a} = f_n - f_p$$\n\n</details>\n"
        #expect(try status(sheet, "part2.q3.f_a") == .correct)
        let inside = "## Question 3\n\n<details><summary>Show</summary>\n$$\\frac{\\partial L}{\\partial f_a} = f_n + f_p$$\n</details>\n"
        #expect(try status(inside, "part2.q3.f_a") == .incorrect)
    }

    @Test("HTML <sub> and <sup> are subscripts: f<sub>1</sub> is f_1")
    func htmlSubscripts() throws {
        let sheet = "## Question 5.1\n\ndL/df<sub>1</sub> = f<sub>5</sub> - f<sub>2</sub>\n\ndL/df<sub>5</sub> = f<sub>5</sub> - f<sub>1</sub>\n"
        let c = try checks(sheet)
        #expect(c["part2.q5.1.f_1"]?.status == .correct)
        #expect(c["part2.q5.1.f_5"]?.status == .incorrect)
    }

    // MARK: Leaves

    @Test("Fenced ```math blocks and $`…`$ are maths", arguments: [
        "```math\n\\frac{\\partial L}{\\partial f_a} = f_n - f_p\n```",
        "$`\\frac{\\partial L}{\\partial f_a} = f_n - f_p`$",
        "~~~latex\n\\frac{\\partial L}{\\partial f_a} = f_n - f_p\n~~~",
    ])
    func fencedMaths(_ body: String) throws {
        #expect(try status("## Question 3\n\n\(body)\n", "part2.q3.f_a") == .correct)
    }

    @Test("Numbered lists of answers, and `5.1)` lines carrying their answers")
    func numbered() throws {
        let list = "## Question 5.2\n\n1. $\\frac{\\partial L}{\\partial f_1} = f_4 - f_3$\n2. $\\frac{\\partial L}{\\partial f_3} = f_3 - f_1$\n"
        let c = try checks(list)
        #expect(c["part2.q5.2.f_1"]?.status == .correct)
        #expect(c["part2.q5.2.f_3"]?.status == .correct)
        let headings = "### 5.1\n\n$\\frac{\\partial L}{\\partial f_1} = f_5 - f_2$\n\n### 5.2\n\n$\\frac{\\partial L}{\\partial f_1} = f_4 - f_3$\n"
        let h = try checks(headings)
        #expect(h["part2.q5.1.f_1"]?.status == .correct)
        #expect(h["part2.q5.2.f_1"]?.status == .correct)
        let lines = "Question 5\n\n5.1) dL/df1 = f5 - f2, dL/df5 = f1 - f5\n5.2) dL/df1 = f4 - f3\n(5.3) dL/df6 = f6 - f2\n"
        let d = try checks(lines)
        #expect(d["part2.q5.1.f_1"]?.status == .correct)
        #expect(d["part2.q5.1.f_5"]?.status == .correct)
        #expect(d["part2.q5.2.f_1"]?.status == .correct)
        // t_3's negative is f_6: ∂L/∂f_6 = f_2 − f_6.
        #expect(d["part2.q5.3.f_6"]?.status == .incorrect)
    }

    @Test("An answer in a prose sentence: the derivative named in maths, 'is', then its value")
    func prose() throws {
        let sheet = "## Question 3\n\nThe derivative $\\frac{\\partial L}{\\partial f_a}$ is $f_n - f_p$, and $\\frac{\\partial L}{\\partial f_p} = f_p - f_a$."
            + " Finally $\\partial L/\\partial f_n$ equals $f_a + f_n$.\n"
        let c = try checks(sheet)
        #expect(c["part2.q3.f_a"]?.status == .correct)
        #expect(c["part2.q3.f_p"]?.status == .correct)
        #expect(c["part2.q3.f_n"]?.status == .incorrect)
        // A derivative named with more than a linking word before the maths
        // that follows is not given that maths: it is reported.
        let loose = "## Question 3\n\nWe take $\\frac{\\partial L}{\\partial f_a}$ and, after expanding both norms, it is $f_n - f_p$.\n"
        let d = try checks(loose)
        #expect(d["part2.q3.f_a"]?.status == .unparsable)
    }

    @Test("Several notebook cells per question: a heading cell, then answer cells; a code cell between them is not read")
    func notebookCells() throws {
        let cells: [[String: Any]] = [
            ["cell_type": "markdown", "source": ["## Question 5.1"]],
            ["cell_type": "markdown", "source": ["$$\\frac{\\partial L}{\\partial f_1} = f_5 - f_2$$"]],
            ["cell_type": "code", "source": ["# dL/df2 = f_1 - f_2\n"], "outputs": []],
            ["cell_type": "markdown", "source": ["$$\\frac{\\partial L}{\\partial f_2} = f_2 - f_1$$\n", "\n", "$$\\frac{\\partial L}{\\partial f_5} = f_1 - f_5$$"]],
            // Maths never runs from one cell into the next.
            ["cell_type": "markdown", "source": "$$\\frac{\\partial L}{\\partial f_3} = "],
            ["cell_type": "markdown", "source": "0$$"],
        ]
        let data = try JSONSerialization.data(withJSONObject: ["cells": cells, "nbformat": 4])
        let c = try checks(String(decoding: data, as: UTF8.self), name: "sheet.ipynb")
        #expect(c["part2.q5.1.f_1"]?.status == .correct)
        #expect(c["part2.q5.1.f_2"]?.status == .correct)
        #expect(c["part2.q5.1.f_5"]?.status == .correct)
        #expect(c["part2.q5.1.f_3"]?.status == .unparsable)
        #expect(c["part2.q5.1.f_3"]?.evidence.contains("sheet.ipynb: cell 5, line 1, column 1: unclosed '$$'") == true)
    }

    @Test("Part I as a Markdown pipe table, a list, and tab-separated lines read alike")
    func partOne() throws {
        let table = "# Part I\n\n| Model | Parameters | Accuracy |\n|---|---:|---:|\n| RNN | 60,400 | 64.64% |\n| LSTM | 241,600 | 86.03% |\n"
        let list = "# Part I\n\n- RNN: 60,400 parameters, 64.64 %\n- LSTM: 241,600 parameters, 86.03 %\n"
        let tabs = "Part I\n\n\tParameters\tAccuracy\nRNN\t60,400\t64.64%\nLSTM\t241,600\t86.03%\n"
        for sheet in [table, list, tabs] {
            let c = try checks(sheet)
            #expect(c["part1.params.rnn"]?.status == .correct, "\(sheet)")
            #expect(c["part1.params.lstm"]?.status == .correct, "\(sheet)")
        }
    }
}
