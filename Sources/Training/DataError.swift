import Foundation

/// Data or embeddings that training cannot use. Each message is one line
/// that names the file (and the line, where there is one), what was expected
/// and what was found; the command line prints it and exits with status 2.
public enum DataError: LocalizedError, Equatable, Sendable {
    case missing(path: String)
    case unknownFormat(path: String)
    case missingFolder(path: String)
    case badFileName(path: String, reason: String)
    case unreadable(path: String, reason: String)
    case invalidText(path: String)
    case emptyText(place: String)
    case missingColumn(path: String, column: String, header: [String])
    case raggedRow(place: String, found: Int, expected: Int)
    case badRecord(place: String, reason: String)
    case labelOutsideMap(place: String, label: String, map: [String])
    case noExamples(path: String)
    case noTestSplit(path: String)
    case tooFewExamples(reason: String)
    case badEmbeddingRow(place: String, reason: String)
    case wrongDimension(path: String, found: Int, expected: Int)
    case badCheckpoint(path: String, reason: String)

    public var errorDescription: String? {
        switch self {
        case .missing(let path): "\(path): no such file or folder"
        case .unknownFormat(let path):
            "\(path): cannot tell the data's format: expected an aclImdb folder ({train,test}/{pos,neg}/<id>_<rating>.txt) or a .csv, .tsv or .jsonl file"
        case .missingFolder(let path): "\(path): folder missing (the aclImdb layout has {train,test}/{pos,neg}/)"
        case .badFileName(let path, let reason): "\(path): \(reason)"
        case .unreadable(let path, let reason): "\(path): cannot read: \(reason)"
        case .invalidText(let path): "\(path): not UTF-8 text"
        case .emptyText(let place): "\(place): empty text (no tokens)"
        case .missingColumn(let path, let column, let header):
            "\(path): no column '\(column)' (the header has \(header.map { "'\($0)'" }.joined(separator: ", ")))"
        case .raggedRow(let place, let found, let expected): "\(place): \(found) fields, the header has \(expected)"
        case .badRecord(let place, let reason): "\(place): \(reason)"
        case .labelOutsideMap(let place, let label, let map):
            "\(place): label '\(label)' is not in the label map (\(map.map { "'\($0)'" }.joined(separator: ", ")))"
        case .noExamples(let path): "\(path): no examples"
        case .noTestSplit(let path): "\(path): no test split: give --test-data FILE (an aclImdb folder has its own test/)"
        case .tooFewExamples(let reason): reason
        case .badEmbeddingRow(let place, let reason): "\(place): \(reason)"
        case .wrongDimension(let path, let found, let expected):
            "\(path): vectors of dimension \(found), but the input size is \(expected) (give --input-size \(found) to train at that size)"
        case .badCheckpoint(let path, let reason): "\(path): \(reason)"
        }
    }
}
