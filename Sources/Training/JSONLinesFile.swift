import Foundation

/// A JSON Lines file: one JSON object per line; blank lines are skipped.
/// Lines end at each LF byte, a CR before it dropped (a file written on
/// Windows): split as bytes, since `"\r\n"` is one Character and a split on
/// `"\n"` would leave the whole file one line.
struct JSONLinesFile {
    let path: String

    func read(text textKey: String, label labelKey: String) throws -> [LabelledText] {
        let content = try DataLoader.text(path)
        var examples: [LabelledText] = []
        var number = 0
        for var line in content.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            number += 1
            let place = "\(path):\(number)"
            if line.last == 0x0D { line = line.dropLast() }
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            let object: [String: Field]
            do {
                object = try JSONDecoder().decode([String: Field].self, from: Data(line))
            } catch {
                throw DataError.badRecord(place: place, reason: "not a JSON object")
            }
            guard case .string(let text)? = object[textKey] else {
                throw DataError.badRecord(place: place, reason: object[textKey] == nil ? "no key '\(textKey)'" : "'\(textKey)' is not a string")
            }
            guard let label = object[labelKey]?.label else {
                throw DataError.badRecord(place: place, reason: object[labelKey] == nil ? "no key '\(labelKey)'" : "'\(labelKey)' is not a string, a number or a boolean")
            }
            examples.append(LabelledText(text: text, label: label, place: place))
        }
        return examples
    }

    /// A member's value, as far as a text or a label needs it.
    enum Field: Decodable {
        case string(String), number(Double), bool(Bool), other

        init(from decoder: any Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let b = try? c.decode(Bool.self) { self = .bool(b) }
            else if let d = try? c.decode(Double.self) { self = .number(d) }
            else if let s = try? c.decode(String.self) { self = .string(s) }
            else { self = .other }
        }

        /// A label as text: strings as they are, whole numbers without a
        /// fraction, booleans as `true`/`false`.
        var label: String? {
            switch self {
            case .string(let s): s
            case .number(let d): d == d.rounded() && abs(d) < 1e15 ? String(Int64(d)) : String(d)
            case .bool(let b): b ? "true" : "false"
            case .other: nil
            }
        }
    }
}
