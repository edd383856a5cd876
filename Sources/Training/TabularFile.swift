import CSV
import Foundation

/// A CSV or TSV file with a header row, read with CSV.swift (RFC 4180:
/// quoted fields, doubled quotes, newlines inside quotes).
struct TabularFile {
    let path: String
    let delimiter: Unicode.Scalar

    func read(text textColumn: String, label labelColumn: String) throws -> [LabelledText] {
        let content = try DataLoader.text(path)
        let reader: CSVReader
        do {
            reader = try CSVReader(string: content, hasHeaderRow: true, delimiter: delimiter)
        } catch {
            throw DataError.noExamples(path: path)
        }
        guard let header = reader.headerRow else { throw DataError.noExamples(path: path) }
        guard let textIndex = header.firstIndex(of: textColumn) else {
            throw DataError.missingColumn(path: path, column: textColumn, header: header)
        }
        guard let labelIndex = header.firstIndex(of: labelColumn) else {
            throw DataError.missingColumn(path: path, column: labelColumn, header: header)
        }
        var examples: [LabelledText] = []
        // CSV.swift does not count lines: a record starts on the line after
        // the previous record's last line, which its newlines inside quotes
        // push down.
        var line = 1 + Self.newlines(header)
        while let row = reader.next() {
            line += 1
            let place = "\(path):\(line)"
            defer { line += Self.newlines(row) }
            if row.count == 1, row[0].isEmpty { continue }  // a blank line
            guard row.count == header.count else {
                throw DataError.raggedRow(place: place, found: row.count, expected: header.count)
            }
            examples.append(LabelledText(text: row[textIndex], label: row[labelIndex], place: place))
        }
        if reader.error != nil { throw DataError.invalidText(path: path) }
        return examples
    }

    private static func newlines(_ fields: [String]) -> Int {
        fields.reduce(0) { $0 + $1.utf8.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } }
    }
}
