import Foundation

extension JSONValue {
    /// Reads JSON text, through Foundation's parser.
    public init(parsing text: String) throws {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        self = JSONValue(foundation: object)
    }

    init(foundation object: Any) {
        switch object {
        case let dictionary as [String: Any]:
            self = .object(dictionary.mapValues(JSONValue.init(foundation:)))
        case let array as [Any]:
            self = .array(array.map(JSONValue.init(foundation:)))
        case let string as String:
            self = .string(string)
        case let number as NSNumber:
            // JSONSerialization gives booleans as NSNumber too: tell them apart.
            if String(cString: number.objCType) == "c" {
                self = .bool(number.boolValue)
            } else {
                self = .number(number.doubleValue)
            }
        default:
            self = .null
        }
    }

    /// Any value as every coursecheck JSON file is written: canonical text
    /// (sorted keys, two-space indentation, fixed number formatting).
    public static func canonicalText<T: Encodable>(of value: T) throws -> String {
        try JSONValue(encoding: value).text
    }

    /// Converts any Encodable value through JSONEncoder.
    public init<T: Encodable>(encoding value: T) throws {
        self = try JSONValue(parsing: String(decoding: try JSONEncoder().encode(value), as: UTF8.self))
    }
}
