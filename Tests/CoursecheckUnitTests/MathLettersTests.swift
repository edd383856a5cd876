import CoursecheckAssignment
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Foundation
import Testing

/// Maths letters (Mathematical Alphanumeric Symbols U+1D400–1D7FF, which
/// Word, MathType and many editors paste: 𝑓 U+1D453, 𝐟 U+1D41F, 𝐿 U+1D43F,
/// 𝟏 U+1D7CF) are the plain letters and digits their compatibility form
/// (NFKC) gives, in every format. ∂L/∂f_a = f_n − f_p (Question 3).
@Suite("Maths letters are plain letters in every format")
struct MathLettersTests {
    /// `∂𝐿/∂𝑓_𝑎 = 𝑓_𝑛 − 𝐟_𝑝` with a bold 𝐟 and italic letters.
    static let answer = "∂𝐿/∂𝑓_𝑎 = 𝑓_𝑛 − 𝐟_𝑝"

    private func status(_ text: String, name: String) throws -> Status? {
        let assignment = try Assignment.load(from: PackagePaths.assignment.path)
        let url = try SheetVariant.write(text, name: name)
        let report = try Verifier.verify(sheetPath: url.path, assignment: assignment)
        return report.checks.first { $0.id.description == "part2.q3.f_a" }?.status
    }

    @Test("NFKC maps each maths letter to one plain letter: columns do not move")
    func folding() {
        let folded = String(String.UnicodeScalarView(Self.answer.unicodeScalars.map(SheetBytes.plainLetter)))
        #expect(folded == "∂L/∂f_a = f_n − f_p")
        #expect(SheetBytes.plainLetter("𝟏") == "1")
        #expect(SheetBytes.plainLetter("ℎ") == "h")
        // Other symbols are left as they are.
        #expect(SheetBytes.plainLetter("∂") == "∂" && SheetBytes.plainLetter("−") == "−")
    }

    @Test("Markdown, plain text, LaTeX, a notebook and HTML", arguments: ["md", "txt", "tex", "ipynb", "html"])
    func formats(_ format: String) throws {
        let text: String
        switch format {
        case "tex": text = "\\documentclass{article}\n\\begin{document}\n\\section*{Question 3}\n$\(Self.answer)$\n\\end{document}\n"
        case "ipynb":
            let cells: [[String: Any]] = [["cell_type": "markdown", "source": "## Question 3\n\n$\(Self.answer)$"]]
            text = String(decoding: try JSONSerialization.data(withJSONObject: ["cells": cells]), as: UTF8.self)
        case "html": text = "<html><body><h2>Question 3</h2><p>\\(\(Self.answer)\\)</p></body></html>"
        default: text = "## Question 3\n\n\(Self.answer)\n"
        }
        #expect(try status(text, name: "sheet.\(format)") == .correct)
    }
}
