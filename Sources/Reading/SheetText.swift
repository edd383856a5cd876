import Foundation

/// The text of a sheet, validated and normalised: UTF-8 without a byte-order
/// mark, lines split on LF, CRLF or CR, so that a sheet saved on Windows reads
/// exactly like one saved anywhere else.
public struct SheetText: Sendable {
    /// Largest accepted sheet, in bytes.
    public static let maximumBytes = 4 * 1024 * 1024

    public var path: String
    public var lines: [Substring]
    /// How the sheet was written; locations are in its text as read (for a
    /// notebook, the Markdown cells joined by blank lines).
    public var format: SheetFormat = .markdown

    /// Reads and validates the sheet at `path`.
    public static func read(path: String) throws -> SheetText {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw SheetError.unreadable(path: path, reason: "no such file")
        }
        if isDirectory.boolValue { throw SheetError.unreadable(path: path, reason: "it is a directory") }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw SheetError.unreadable(path: path, reason: "permission denied")
        }
        defer { try? handle.close() }
        // Read one byte past the limit: enough to know it is too large
        // without loading a file of any size.
        let data: Data
        do {
            data = try handle.read(upToCount: readLimit(name: path)) ?? Data()
        } catch {
            throw SheetError.unreadable(path: path, reason: error.localizedDescription)
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? data.count
        return try read(data: data, name: path, size: max(size, data.count))
    }

    /// Validates bytes as a UTF-8 text sheet.
    public init(data: Data, path: String) throws {
        self.path = path
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        try SheetText.validate(bytes, path: path)
        let text = String(decoding: bytes, as: UTF8.self)
        lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
    }

    /// Rejects invalid UTF-8 and NUL bytes, naming the line and column.
    private static func validate(_ bytes: Data.SubSequence, path: String) throws {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var location = SourceLocation(line: 1, column: 1)
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\0" {
                    throw SheetError.notText(path: path, at: location, reason: "it contains a NUL byte (binary data?)")
                }
                if scalar == "\n" {
                    location = SourceLocation(line: location.line + 1, column: 1)
                } else {
                    location.column += 1
                }
            case .emptyInput:
                return
            case .error:
                throw SheetError.notText(path: path, at: location, reason: "invalid UTF-8")
            }
        }
    }
}

/// The formats a sheet may come in.
public enum SheetFormat: String, Sendable {
    case markdown
    case latex
    case notebook
    /// Word (.docx), converted by pandoc.
    case word
    /// HTML, converted by pandoc.
    case html
}

extension SheetText {
    /// A LaTeX document: comments (`%` to the end of the line, `\\%` kept)
    /// removed; its own macros expanded (`LaTeXMacros`); sections, maths environments and `tabular` rows are read by
    /// the same readers as Markdown's.
    public mutating func readAsLaTeX() {
        format = .latex
        lines = lines.map { line in
            var previous: Character = " "
            for index in line.indices {
                if line[index] == "%", previous != "\\" { return line[..<index] }
                previous = line[index]
            }
            return line
        }
        // The document's own macros (`\newcommand`, `\def`), expanded.
        var scalars = Array(lines.joined(separator: "\n").unicodeScalars)
        let macros = LaTeXMacros.collect(&scalars)
        let expanded = String(String.UnicodeScalarView(macros.expand(scalars)))
        lines = expanded.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// A Jupyter notebook: its Markdown cells in order, joined by blank
    /// lines (code cells and outputs are not answers).
    public init(notebook data: Data, path: String) throws {
        struct Notebook: Decodable {
            struct Cell: Decodable {
                var cell_type: String
                var source: Source
            }
            /// A cell's source: one string, or a list of lines.
            enum Source: Decodable {
                case text(String)
                init(from decoder: any Decoder) throws {
                    let container = try decoder.singleValueContainer()
                    if let s = try? container.decode(String.self) { self = .text(s) } else { self = .text(try container.decode([String].self).joined()) }
                }
                var text: String { if case .text(let s) = self { return s }; return "" }
            }
            var cells: [Cell]
        }
        let notebook: Notebook
        do {
            notebook = try JSONDecoder().decode(Notebook.self, from: data)
        } catch {
            throw SheetError.unreadable(path: path, reason: "not a Jupyter notebook (no list of cells with a cell_type and a source)")
        }
        let markdown = notebook.cells.filter { $0.cell_type == "markdown" }.map(\.source.text).joined(separator: "\n\n")
        try self.init(data: Data(markdown.utf8), path: path)
        format = .notebook
    }
}
