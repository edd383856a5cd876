import Foundation

/// Why a sheet cannot be used at all (exit status 2). Each message names the
/// file and, where there is one, the line and column.
public enum SheetError: LocalizedError, Equatable, Sendable {
    case unreadable(path: String, reason: String)
    case tooLarge(path: String, bytes: Int, limit: Int)
    case notText(path: String, at: SourceLocation, reason: String)
    case noAnswers(path: String)

    public var errorDescription: String? {
        switch self {
        case let .unreadable(path, reason):
            "\(path): cannot read the sheet: \(reason)"
        case let .tooLarge(path, bytes, limit):
            "\(path): the sheet has \(bytes) bytes, more than the limit of \(limit)"
        case let .notText(path, at, reason):
            "\(path):\(at): not a text sheet: \(reason)"
        case let .noAnswers(path):
            "\(path): no recognisable answers (expected headings such as 'Part II' and 'Question 2')"
        }
    }
}
