import Foundation

extension SheetText {
    /// A Word or HTML sheet, converted to Markdown by pandoc. Locations are in
    /// the converted text (each problem also names its nearest heading).
    init(convertedFrom data: Data, name path: String, input: Pandoc.Input) throws {
        let markdown = try Pandoc.convert(data: data, name: path, from: input)
        try self.init(data: Data(SheetText.typedText(pandocMarkdown: markdown, matrixIsAligned: input == .docx).utf8), path: path)
        format = input == .docx ? .word : .html
    }

    /// OpenDocument text: pandoc 2.17 drops its formulas, so it is refused.
    static func refuseOpenDocument(path: String) -> SheetError {
        .unreadable(path: path, reason: "formulas in .odt cannot be read; export the file as .docx")
    }

    /// The text as the student typed it: pandoc's Markdown escapes (`\*`,
    /// `\_`, `\\`) undone outside maths, so that maths typed as text in
    /// Word (`$$ … $$` that the equation editor never saw) reads like a
    /// Markdown sheet; a hard line break (`\` at the end of a line) is a line
    /// break; `\|` stays (it separates nothing in a table cell), and so does a
    /// lone `\$` (a literal dollar). Maths
    /// (`$…$`, `$$…$$`) is kept byte for byte, except that Word's `matrix`
    /// (how pandoc writes an aligned equation) is read as `aligned`.
    public static func typedText(pandocMarkdown text: String, matrixIsAligned: Bool) -> String {
        enum Mode { case text, inline, display }
        var mode = Mode.text
        var result = ""
        result.reserveCapacity(text.utf8.count)
        let characters = Array(text)
        var i = 0
        while i < characters.count {
            let c = characters[i]
            let next: Character? = i + 1 < characters.count ? characters[i + 1] : nil
            switch mode {
            case .text:
                // `\$\$` is display maths typed as text; a lone `\$` stays a
                // literal dollar.
                if c == "\\", next == "$", i + 3 < characters.count, characters[i + 2] == "\\", characters[i + 3] == "$" {
                    result.append("$$"); i += 4; continue
                }
                if c == "\\", let next, next != "|", next != "$", next.isASCII, next.isPunctuation || next.isSymbol {
                    result.append(next); i += 2; continue
                }
                if c == "\\", next == "\n" { result.append("\n"); i += 2; continue }
                if c == "$" {
                    mode = next == "$" ? .display : .inline
                    result.append(mode == .display ? "$$" : "$")
                    i += mode == .display ? 2 : 1; continue
                }
            case .inline, .display:
                if c == "\\", let next { result.append(c); result.append(next); i += 2; continue }
                if c == "$" {
                    if mode == .display, next == "$" { result.append("$$"); i += 2 } else { result.append("$"); i += 1 }
                    mode = .text; continue
                }
            }
            result.append(c); i += 1
        }
        result = ungroupRelations(result)
        guard matrixIsAligned else { return result }
        return result.replacingOccurrences(of: "\\begin{matrix}", with: "\\begin{aligned}")
            .replacingOccurrences(of: "\\end{matrix}", with: "\\end{aligned}")
    }

    /// MathML's rows come back from pandoc as TeX groups: an aligned line
    /// `& {= f_1 + f_2}`. A group that begins with `=` is the line itself:
    /// its braces are dropped.
    static func ungroupRelations(_ text: String) -> String {
        guard text.contains("{=") else { return text }
        var scalars = Array(text.unicodeScalars)
        var i = 0
        while i + 1 < scalars.count {
            guard scalars[i] == "{", scalars[i + 1] == "=" else { i += 1; continue }
            var depth = 0, j = i
            while j < scalars.count {
                if scalars[j] == "\\" { j += 2; continue }
                if scalars[j] == "{" { depth += 1 }
                if scalars[j] == "}" { depth -= 1; if depth == 0 { break } }
                j += 1
            }
            guard j < scalars.count else { break }
            scalars.remove(at: j)
            scalars.remove(at: i)
        }
        return String(String.UnicodeScalarView(scalars))
    }
}
