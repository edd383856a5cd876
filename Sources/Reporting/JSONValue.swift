

/// A JSON document as a value, written canonically: sorted keys, two-space
/// indentation, integers without a fraction, other numbers in Swift's
/// shortest round-trip form. The same value always gives the same bytes.
public enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public static func int(_ n: Int) -> JSONValue { .number(Double(n)) }

    /// The canonical text, ending with a newline.
    public var text: String {
        var out = ""
        write(to: &out, indent: "")
        return out + "\n"
    }

    private func write(to out: inout String, indent: String) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let x): out += JSONValue.format(x)
        case .string(let s): out += JSONValue.quote(s)
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            // Arrays of scalars stay on one line: shapes, factors, triplets.
            if items.allSatisfy({ if case .array = $0 { return false }; if case .object = $0 { return false }; return true }) {
                out += "[" + items.map(\.text).map { String($0.dropLast()) }.joined(separator: ", ") + "]"
                return
            }
            out += "[\n"
            for (k, item) in items.enumerated() {
                out += indent + "  "
                item.write(to: &out, indent: indent + "  ")
                out += k + 1 < items.count ? ",\n" : "\n"
            }
            out += indent + "]"
        case .object(let members):
            guard !members.isEmpty else { out += "{}"; return }
            out += "{\n"
            let keys = members.keys.sorted()
            for (k, key) in keys.enumerated() {
                out += indent + "  " + JSONValue.quote(key) + ": "
                members[key]!.write(to: &out, indent: indent + "  ")
                out += k + 1 < keys.count ? ",\n" : "\n"
            }
            out += indent + "}"
        }
    }

    /// A number as canonical JSON writes it.
    public static func format(_ x: Double) -> String {
        if x.isFinite, x == x.rounded(), abs(x) < 9_007_199_254_740_992 { return String(Int64(x)) }
        return x.isFinite ? "\(x)" : "null"
    }

    static func quote(_ s: String) -> String {
        // Most strings need no escape: copied whole.
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) { return "\"" + s + "\"" }
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
