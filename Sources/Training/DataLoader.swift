import Foundation

/// Reads a data set in one of the formats `train` accepts:
/// - the aclImdb layout: a folder with `{train,test}/{pos,neg}/<id>_<rating>.txt`
///   (the rating from 1 to 10; the folder names are the labels; `<br />` is
///   white space, as the tokenizer says);
/// - CSV (`.csv`) and TSV (`.tsv`) with a header row, read with CSV.swift
///   (quoted fields, embedded newlines); the text and label columns named by
///   `textColumn` and `labelColumn`;
/// - JSON Lines (`.jsonl`, `.ndjson`): one object per line, the text and
///   label under those keys (a label may be a string or a number).
public struct DataLoader: Sendable {
    public var textColumn = "text"
    public var labelColumn = "label"

    public init(textColumn: String = "text", labelColumn: String = "label") {
        self.textColumn = textColumn
        self.labelColumn = labelColumn
    }

    /// The training split (and the aclImdb test split) at `path`.
    public func load(_ path: String) throws -> RawDataSet {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { throw DataError.missing(path: path) }
        if isFolder.boolValue { return try IMDBFolder(root: path).load() }
        return RawDataSet(train: try loadFile(path), test: nil)
    }

    /// The examples of one CSV, TSV or JSON Lines file.
    public func loadFile(_ path: String) throws -> [LabelledText] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { throw DataError.missing(path: path) }
        let lower = path.lowercased()
        let examples: [LabelledText]
        if lower.hasSuffix(".csv") {
            examples = try TabularFile(path: path, delimiter: ",").read(text: textColumn, label: labelColumn)
        } else if lower.hasSuffix(".tsv") || lower.hasSuffix(".tab") {
            examples = try TabularFile(path: path, delimiter: "\t").read(text: textColumn, label: labelColumn)
        } else if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") {
            examples = try JSONLinesFile(path: path).read(text: textColumn, label: labelColumn)
        } else {
            throw DataError.unknownFormat(path: path)
        }
        guard !examples.isEmpty else { throw DataError.noExamples(path: path) }
        return examples
    }

    /// The file's bytes as UTF-8 text (a byte-order mark dropped).
    static func text(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DataError.unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        guard var text = String(validatingUTF8: data) else { throw DataError.invalidText(path: path) }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }
}

private extension String {
    init?(validatingUTF8 data: Data) {
        guard let s = String(bytes: data, encoding: .utf8) else { return nil }
        self = s
    }
}
