import Foundation

extension Report {
    /// Pretty-printed JSON with sorted keys and a final newline: the same
    /// report always gives the same bytes.
    public func json() throws -> String {
        try Report.encode(self)
    }

    /// Encodes any value the way every coursecheck JSON file is written.
    public static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}
