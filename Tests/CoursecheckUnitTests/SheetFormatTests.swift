import CoursecheckAssignment
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Foundation
import Testing

@Suite("Sheet formats: LaTeX documents and Jupyter notebooks read like Markdown")
struct SheetFormatTests {
    private func verdicts(_ path: String) throws -> [String: Status] {
        let assignment = try Assignment.load(from: PackagePaths.assignment.path)
        let report = try Verifier.verify(sheetPath: path, assignment: assignment)
        return Dictionary(uniqueKeysWithValues: report.checks.map { ($0.id.description, $0.status) })
    }

    /// The submitted sheet transcribed: sections, `tabular`, `\[ \]`, `\%`,
    /// comments; and as a notebook with a code cell between its Markdown cells.
    @Test("The submitted sheet as .tex and as .ipynb verifies exactly like the Markdown", arguments: ["submitted.tex", "submitted.ipynb"])
    func wholeSheet(name: String) throws {
        let markdown = try verdicts(PackagePaths.submittedSheet.path)
        let other = try verdicts(PackagePaths.fixtures.appendingPathComponent("answers/\(name)").path)
        #expect(other == markdown)
        #expect(markdown.count == 84)
    }

    @Test("LaTeX comments are not read; an escaped percent is")
    func comments() throws {
        let tex = "\\documentclass{article}\n\\begin{document}\n\\subsection*{Question 3}\n"
            + "\\[\\frac{\\partial L}{\\partial f_a} = f_n - f_p\\] % = f_n + f_p (first attempt)\n\\end{document}\n"
        let url = try SheetVariant.write(tex, name: "sheet.tex")
        #expect(try verdicts(url.path)["part2.q3.f_a"] == .correct)
    }

    @Test("Code cells and their outputs are not answers; a file that is not a notebook exits with the reason")
    func notebook() throws {
        let cells: [[String: Any]] = [
            ["cell_type": "code", "source": ["Question 3\n", "$$\\frac{\\partial L}{\\partial f_a} = f_n + f_p$$"], "outputs": []],
            ["cell_type": "markdown", "source": "Question 3\n\n$$\\frac{\\partial L}{\\partial f_a} = f_n - f_p$$"],
        ]
        let data = try JSONSerialization.data(withJSONObject: ["cells": cells, "nbformat": 4])
        let url = try SheetVariant.write(String(decoding: data, as: UTF8.self), name: "sheet.ipynb")
        #expect(try verdicts(url.path)["part2.q3.f_a"] == .correct)
        let broken = try SheetVariant.write("{\"cells\": 3}", name: "broken.ipynb")
        #expect(throws: SheetError.self) { try verdicts(broken.path) }
    }

    private func tex(_ body: String) throws -> [String: Status] {
        let document = "\\documentclass{article}\n\\usepackage{amsmath}\n\\begin{document}\n\(body)\n\\end{document}\n"
        return try verdicts(try SheetVariant.write(document, name: "sheet.tex").path)
    }

    @Test("A document's own macros are expanded: \\newcommand with arguments, \\def")
    func macros() throws {
        let answers = "\\section*{Question 3}\n\\[\\pd{\\L}{f_a} = f_n - f_p, \\quad \\pd{\\L}{f_p} = \\diff{f_a}{f_p}\\]"
        let verdicts = try tex("\\newcommand{\\pd}[2]{\\frac{\\partial #1}{\\partial #2}}\n\\def\\L{\\mathcal{L}}\n"
            + "\\newcommand*\\diff[2]{#2 - #1}\n" + answers)
        #expect(verdicts["part2.q3.f_a"] == .correct)
        // f_p - f_a is right; the macro's argument order makes the claim f_p - f_a.
        #expect(verdicts["part2.q3.f_p"] == .correct)
        // A wrong answer through a macro stays wrong.
        let wrong = try tex("\\newcommand{\\pd}[2]{\\frac{\\partial #1}{\\partial #2}}\n\\section*{Question 3}\n\\[\\pd{L}{f_a} = f_p - f_n\\]")
        #expect(wrong["part2.q3.f_a"] == .incorrect)
    }

    @Test("A macro that expands to itself stops; its use is reported, never read as an answer")
    func recursiveMacro() throws {
        let verdicts = try tex("\\newcommand{\\x}{\\x\\x}\n\\section*{Question 3}\n\\[\\frac{\\partial L}{\\partial f_a} = \\x\\]")
        #expect(verdicts["part2.q3.f_a"] == .unparsable)
    }

    @Test("Headings in bold, emphasis or a list label", arguments: ["\\textbf{Question 3}", "\\noindent\\textbf{Question 3:}", "\\emph{Q3}", "\\item[Question 3]"])
    func emphasisedHeadings(heading: String) throws {
        let verdicts = try tex("\(heading)\n$\\frac{\\partial L}{\\partial f_a} = f_n - f_p$")
        #expect(verdicts["part2.q3.f_a"] == .correct)
    }

    @Test("An answer not found where text of its question could not be read is unparsable, not missing")
    func unreadIsNotMissing() throws {
        let url = try SheetVariant.write("## Question 3\n\n$$\\pd{L}{f_a} = f_n - f_p$$\n", name: "sheet.md")
        let assignment = try Assignment.load(from: PackagePaths.assignment.path)
        let report = try Verifier.verify(sheetPath: url.path, assignment: assignment)
        let check = try #require(report.checks.first { $0.id.description == "part2.q3.f_a" })
        #expect(check.status == .unparsable)
        #expect(check.evidence.contains("could not be read, which may hold it"))
        #expect(check.evidence.contains(":3:3: maths that answers no derivative"))
        // A question with nothing written stays missing.
        #expect(report.checks.first { $0.id.description == "part2.q2.f_a" }?.status == .missing)
    }
}
