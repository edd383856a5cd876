import Foundation

extension JSONValue {
    /// Reads JSON text. Numbers are read by `JSONDecoder`, which returns the
    /// double nearest the decimal (correctly rounded), so that every number
    /// `text` writes (Swift's shortest round-trip form) reads back as the
    /// same double. Foundation's `JSONSerialization` does not on Linux: it
    /// read 1,625 of the 2,563 fractions k/2562 one ulp off.
    public init(parsing text: String) throws {
        self = try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
    }

    /// Any value as every coursecheck JSON file is written: canonical text
    /// (sorted keys, two-space indentation, fixed number formatting).
    public static func canonicalText<T: Encodable>(of value: T) throws -> String {
        try JSONValue(encoding: value).text
    }

    /// Converts any Encodable value through JSONEncoder (which writes each
    /// double in its shortest round-trip form) and back: exact.
    public init<T: Encodable>(encoding value: T) throws {
        self = try JSONDecoder().decode(JSONValue.self, from: try JSONEncoder().encode(value))
    }
}

extension JSONValue: Decodable {
    public init(from decoder: any Decoder) throws {
        if var array = try? decoder.unkeyedContainer() {
            var items: [JSONValue] = []
            while !array.isAtEnd { items.append(try array.decode(JSONValue.self)) }
            self = .array(items)
            return
        }
        if let object = try? decoder.container(keyedBy: AnyKey.self) {
            var members: [String: JSONValue] = [:]
            for key in object.allKeys { members[key.stringValue] = try object.decode(JSONValue.self, forKey: key) }
            self = .object(members)
            return
        }
        let value = try decoder.singleValueContainer()
        if value.decodeNil() {
            self = .null
        } else if let b = try? value.decode(Bool.self) {
            self = .bool(b)
        } else if let x = try? value.decode(Double.self) {
            self = .number(x)
        } else {
            self = .string(try value.decode(String.self))
        }
    }

    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
