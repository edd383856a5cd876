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
}
