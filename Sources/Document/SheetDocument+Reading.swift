import Foundation

extension SheetDocument {
    /// Reads the sheet at `path`: its format from its name (`SheetFormat`),
    /// at most that format's limit of bytes, then `read(data:name:path:)`.
    public static func read(path: String) throws -> SheetDocument {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw SheetError.unreadable(path: path, reason: "no such file")
        }
        if isDirectory.boolValue { throw SheetError.unreadable(path: path, reason: "it is a directory") }
        let format: SheetFormat
        switch SheetFormat.verdict(forName: path) {
        case .refused(let reason): throw SheetError.unreadable(path: path, reason: reason)
        case .format(let f): format = f
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw SheetError.unreadable(path: path, reason: "permission denied")
        }
        defer { try? handle.close() }
        // One byte past the limit: enough to know it is too large without
        // loading a file of any size.
        let data: Data
        do {
            data = try handle.read(upToCount: readLimit(name: path)) ?? Data()
        } catch {
            throw SheetError.unreadable(path: path, reason: error.localizedDescription)
        }
        let size = data.count > format.maximumFileBytes
            ? (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? data.count : data.count
        return try read(data: data, name: path, size: size, path: path)
    }

    /// How many bytes of a file called `name` a reader needs: one past its
    /// format's limit, enough to know it is too large without loading all of it.
    public static func readLimit(name: String) -> Int {
        if case .format(let format) = SheetFormat.verdict(forName: name) { return format.maximumFileBytes + 1 }
        return SheetBytes.maximumBytes + 1
    }

    /// The sheet in `data`, already read: its format from the file `name`
    /// (the registry that `verify` and `grade` share), `path` naming it in
    /// messages (the name when not given); `size` is the file's size when
    /// known (`data` may hold only its first `readLimit(name:)` bytes).
    /// Never opens a file: pandoc, for HTML, is fed on standard input.
    public static func read(data: Data, name: String, size: Int? = nil, path: String? = nil) throws -> SheetDocument {
        let path = path ?? name
        switch SheetFormat.verdict(forName: name) {
        case .refused(let reason):
            throw SheetError.unreadable(path: path, reason: reason)
        case .format(let format):
            let bytes = max(size ?? data.count, data.count)
            if bytes > format.maximumFileBytes {
                throw SheetError.tooLarge(path: path, bytes: bytes, limit: format.maximumFileBytes)
            }
            switch format {
            case .markdown:
                let text = try SheetBytes.text(data, path: path)
                // A LaTeX document saved without .tex reads as LaTeX.
                if Self.looksLikeLaTeX(text) { return latex(text, path: path) }
                return markdown(text, path: path)
            case .latex:
                return latex(try SheetBytes.text(data, path: path), path: path)
            case .notebook:
                return try NotebookReader.document(data, path: path)
            case .word:
                return try WordReader.document(data, path: path)
            case .html:
                return try PandocHTML.document(data, path: path)
            }
        }
    }

    /// A Markdown or plain-text sheet.
    public static func markdown(_ text: String, path: String) -> SheetDocument {
        var reader = MarkdownReader()
        var omitted: [Omission] = []
        let blocks = NotebookPrompts.removing(reader.blocks(SourceLine.lines(of: text[...])), omitted: &omitted)
        var document = SheetDocument(path: path, format: .markdown, blocks: blocks)
        document.omitted = reader.omitted + omitted
        document.problems = reader.problems
        return document.withDefinitionDisplays()
    }

    /// A LaTeX document.
    public static func latex(_ text: String, path: String) -> SheetDocument {
        var reader = LaTeXReader()
        let typeset = reader.typeset(text)
        let blocks = reader.blocks(typeset)
        var document = SheetDocument(path: path, format: .latex, blocks: blocks)
        document.omitted = reader.omitted
        document.problems = reader.problems
        document.macros = reader.macros
        return document
    }

    static func looksLikeLaTeX(_ text: String) -> Bool {
        // Asked of every text sheet: line starts found as bytes, no line array built.
        let marks = [Array("\\documentclass".utf8), Array("\\begin{document}".utf8)]
        let bytes = text.utf8
        var lineStart = bytes.startIndex
        while lineStart < bytes.endIndex {
            let rest = bytes[lineStart...]
            if rest.first == UInt8(ascii: "\\"), marks.contains(where: { rest.starts(with: $0) }) { return true }
            guard let newline = rest.firstIndex(of: UInt8(ascii: "\n")) else { break }
            lineStart = bytes.index(after: newline)
        }
        return false
    }
}
