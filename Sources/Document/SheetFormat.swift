import Foundation

/// The formats a sheet may come in, and the one registry that says, from a
/// file's name, which it is, or why it is not read. `verify` and `grade` ask
/// the same registry, so that a file reads the same way in both.
public enum SheetFormat: String, Sendable, CaseIterable {
    /// Markdown or plain text (a plain-text sheet is Markdown without markup).
    case markdown
    /// A LaTeX document, read by coursecheck's own front end.
    case latex
    /// A Jupyter notebook: each Markdown cell its own blocks.
    case notebook
    /// Word (.docx), read directly: its zip with zlib, its XML with XMLParser.
    case word
    /// HTML, read through pandoc's JSON AST.
    case html

    /// What a file name says about a sheet.
    public enum Verdict: Equatable, Sendable {
        case format(SheetFormat)
        /// Not read, with the reason (`PDF is not read`).
        case refused(String)
    }

    /// Extensions (lower case, no dot; "" for none) and what they are.
    public static let registry: [String: Verdict] = {
        var table: [String: Verdict] = [:]
        for e in ["md", "markdown", "mdown", "mkd", "rmd", "qmd", "txt", "text", ""] { table[e] = .format(.markdown) }
        for e in ["tex", "latex", "ltx"] { table[e] = .format(.latex) }
        table["ipynb"] = .format(.notebook)
        table["docx"] = .format(.word)
        for e in ["html", "htm", "xhtml"] { table[e] = .format(.html) }
        table["odt"] = .refused("formulas in .odt cannot be read; export the file as .docx")
        table["doc"] = .refused("Word 97–2003 .doc is not read; save it as .docx")
        table["rtf"] = .refused("RTF is not read; save it as .docx or .md")
        table["pages"] = .refused("Pages documents are not read; export the file as .docx")
        table["pdf"] = .refused("PDF is not read")
        for e in ["png", "jpg", "jpeg", "gif", "heic", "webp", "bmp", "tif", "tiff", "svg"] {
            table[e] = .refused("an image is not read")
        }
        return table
    }()

    /// The extensions of the formats that are read.
    public static var sheetExtensions: Set<String> {
        Set(registry.compactMap { if case .format = $0.value { $0.key } else { nil } })
    }

    /// What the file `name` is. An unknown extension is refused, naming the
    /// formats that are read.
    public static func verdict(forName name: String) -> Verdict {
        let ext = (name as NSString).pathExtension.lowercased()
        if let verdict = registry[ext] { return verdict }
        return .refused("not a sheet (.\(ext)); coursecheck reads .md, .txt, .tex, .ipynb, .docx and .html")
    }

    /// Largest file read for a format: a text sheet's limit, more for Word
    /// (whose size is mostly its pictures) and HTML (inline images).
    public var maximumFileBytes: Int {
        switch self {
        case .markdown, .latex: SheetBytes.maximumBytes
        case .notebook: 16 * 1024 * 1024
        case .word: 64 * 1024 * 1024
        case .html: 16 * 1024 * 1024
        }
    }
}
