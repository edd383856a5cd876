import CoursecheckVerification
import Foundation

extension Report {
    /// Pretty-printed JSON with sorted keys and a final newline: the same
    /// report always gives the same bytes.
    public func json() throws -> String {
        try Report.encode(self)
    }

    /// Encodes any value the way every coursecheck JSON file is written: as
    /// canonical `JSONValue` text (sorted keys, two-space indentation, fixed
    /// number formatting).
    public static func encode<T: Encodable>(_ value: T) throws -> String {
        try JSONValue(encoding: value).text
    }
}
