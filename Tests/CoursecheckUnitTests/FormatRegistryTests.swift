import CoursecheckGrading
import CoursecheckReading
import Foundation
import Testing

/// One format registry for `verify` and `grade`: a file reads the same way
/// in both (before it, verify read an unknown extension as Markdown and grade
/// refused it).
@Suite("The format registry verify and grade share")
struct FormatRegistryTests {
    @Test("grade finds as sheets exactly the extensions the registry reads")
    func gradeUsesTheRegistry() {
        #expect(Discovery.sheetExtensions == SheetFormat.sheetExtensions)
        for ext in ["md", "txt", "tex", "ipynb", "docx", "html", ""] { #expect(SheetFormat.sheetExtensions.contains(ext), "\(ext)") }
        for ext in ["odt", "pdf", "png", "rtf", "py"] { #expect(!SheetFormat.sheetExtensions.contains(ext), "\(ext)") }
    }

    @Test("Refused formats and unknown extensions are refused with their reason", arguments: [
        ("answers.odt", "formulas in .odt cannot be read; export the file as .docx"),
        ("answers.pdf", "PDF is not read"),
        ("answers.PNG", "an image is not read"),
        ("answers.doc", "Word 97–2003 .doc is not read; save it as .docx"),
        ("answers.bin", "not a sheet (.bin)"),
    ])
    func refused(name: String, reason: String) {
        #expect {
            _ = try SheetDocument.read(data: Data("Question 3\n".utf8), name: name)
        } throws: { error in
            (error as? SheetError)?.errorDescription == "\(name): cannot read the sheet: " + (reason.hasPrefix("not a sheet")
                ? "not a sheet (.bin); coursecheck reads .md, .txt, .tex, .ipynb, .docx and .html" : reason)
        }
    }

    @Test("Text formats by name: Markdown aliases, LaTeX by extension or by \\documentclass", arguments: [
        ("a.md", SheetFormat.markdown), ("a.Rmd", .markdown), ("a.qmd", .markdown), ("a.txt", .markdown), ("answers", .markdown),
        ("a.tex", .latex), ("a.latex", .latex),
    ])
    func textFormats(name: String, format: SheetFormat) throws {
        #expect(try SheetDocument.read(data: Data("Question 3\n".utf8), name: name).format == format)
        let tex = try SheetDocument.read(data: Data("\\documentclass{article}\n\\begin{document}\nx\n\\end{document}\n".utf8), name: name)
        #expect(tex.format == .latex)
    }
}
