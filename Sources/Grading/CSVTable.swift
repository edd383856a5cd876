import CSV
import Foundation

/// A CSV file that cannot be used: exit 2, naming the file, the line and why.
public struct CSVFileError: LocalizedError, Sendable {
    public var path: String
    public var line: Int?
    public var message: String

    public init(path: String, line: Int? = nil, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    public var errorDescription: String? { "\(path)\(line.map { ":\($0)" } ?? ""): \(message)" }
}

/// A CSV file as read through CSV.swift: its header and rows, every cell as
/// written (so that an LMS's own file can be written back with only the
/// cells coursecheck fills changed), and the line each row starts on.
public struct CSVTable: Sendable {
    public var path: String
    public var header: [String]
    public var rows: [[String]]
    /// The file line where each row starts (a quoted cell may hold newlines).
    public var lines: [Int]
    /// Whether the file began with a UTF-8 byte-order mark (Excel writes one).
    public var byteOrderMark: Bool

    public static func read(_ path: String) throws -> CSVTable {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CSVFileError(path: path, message: "cannot read the file")
        }
        guard var text = String(data: data, encoding: .utf8) else {
            throw CSVFileError(path: path, message: "not UTF-8 text")
        }
        let mark = text.hasPrefix("\u{FEFF}")
        if mark { text.removeFirst() }
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: true)
        } catch {
            throw CSVFileError(path: path, line: 1, message: "not a CSV file with a header row")
        }
        let header = reader.headerRow ?? []
        var line = 2 + header.reduce(0) { $0 + $1.filter(\.isNewline).count }
        var rows: [[String]] = [], lines: [Int] = []
        while let row = reader.next() {
            lines.append(line)
            rows.append(row)
            line += 1 + row.reduce(0) { $0 + $1.filter(\.isNewline).count }
        }
        if let error = reader.error {
            throw CSVFileError(path: path, line: line, message: "\(error)")
        }
        return CSVTable(path: path, header: header, rows: rows, lines: lines, byteOrderMark: mark)
    }

    /// The index of the column named `name` (trimmed, any case).
    public func column(_ name: String) -> Int? {
        header.firstIndex { $0.trimmingCharacters(in: .whitespaces).caseInsensitiveCompare(name) == .orderedSame }
    }

    /// Row `k`'s trimmed cell in `column`, or "".
    public func cell(_ k: Int, _ column: Int?) -> String {
        guard let column, column < rows[k].count else { return "" }
        return rows[k][column].trimmingCharacters(in: .whitespaces)
    }

    /// Whether row `k` is blank.
    public func isBlank(_ k: Int) -> Bool {
        rows[k].allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    /// Sets a cell, widening a short row.
    public mutating func set(_ row: Int, _ column: Int, _ value: String) {
        while rows[row].count <= column { rows[row].append("") }
        rows[row][column] = value
    }

    /// Adds a row with the given cells (by column), the rest empty.
    public mutating func append(_ cells: [Int: String]) {
        var row = [String](repeating: "", count: header.count)
        for (column, value) in cells where column < row.count { row[column] = value }
        rows.append(row)
        lines.append(0)
    }

    /// The file again, every row, with the cells as they are now.
    public func text() -> String {
        (byteOrderMark ? "\u{FEFF}" : "") + CSVLine.render(header) + rows.map(CSVLine.render).joined()
    }
}

/// One CSV line through CSV.swift's writer (quoting as RFC 4180 asks),
/// ending with a newline.
public enum CSVLine {
    public static func render(_ fields: [String]) -> String {
        let stream = OutputStream.toMemory()
        guard let writer = try? CSVWriter(stream: stream) else { return fields.joined(separator: ",") + "\n" }
        try? writer.write(row: fields)
        writer.stream.close()
        let data = writer.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

/// What goes into a CSV cell a spreadsheet will open. A free-text cell
/// (a name, a reason, feedback, a file name) that starts with `=`, `+`,
/// `-`, `@`, a tab or a carriage return would be run as a formula: it is
/// neutralised as OWASP's CSV-injection guidance says, by a leading `'`
/// (the writer quotes the cell when it needs to). A key the LMS matches on
/// (ID, SIS User ID, SIS Login ID, Identifier, an email) is never altered,
/// or the import would stop matching: such a key is reported instead.
public enum CSVCell {
    static let triggers: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// Whether `text` would start a formula.
    public static func isFormula(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        return triggers.contains(first) || first == "\r\n"
    }

    /// Free text, neutralised.
    public static func text(_ value: String) -> String {
        isFormula(value) ? "'" + value : value
    }

    /// A student id in a CSV: an id from the LMS as it is, an id made from a
    /// plain file name neutralised like free text.
    public static func id(_ key: StudentKey) -> String {
        key.fromLMS ? key.value : text(key.value)
    }
}
