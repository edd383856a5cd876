import CoursecheckReporting

/// How a kind of golden value becomes text, comes back from text, and how two
/// values are compared: `diff` returns nil when they match, or a message
/// naming what differs. Modelled on swift-snapshot-testing's `Diffing`.
public struct Diffing<Value>: Sendable {
    public var toText: @Sendable (Value) -> String
    public var fromText: @Sendable (String) throws -> Value
    public var diff: @Sendable (_ expected: Value, _ actual: Value) -> String?

    public init(toText: @escaping @Sendable (Value) -> String,
                fromText: @escaping @Sendable (String) throws -> Value,
                diff: @escaping @Sendable (Value, Value) -> String?) {
        self.toText = toText
        self.fromText = fromText
        self.diff = diff
    }
}

extension Diffing where Value == String {
    /// Text compared line by line; the message names the first differing line
    /// and column and shows both lines.
    public static let lines = Diffing(
        toText: { $0 },
        fromText: { $0 },
        diff: { expected, actual in
            guard expected != actual else { return nil }
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
            for k in 0..<max(e.count, a.count) {
                let el = k < e.count ? String(e[k]) : "", al = k < a.count ? String(a[k]) : ""
                guard el != al || (k >= e.count) != (k >= a.count) else { continue }
                let column = zip(el, al).prefix { $0 == $1 }.count + 1
                return "line \(k + 1), column \(column):\n  expected: \(el)\n  actual:   \(al)"
            }
            return "the files differ in their line endings"
        })
}

extension Diffing where Value == JSONValue {
    /// JSON with sorted keys, compared entry by entry: strings, booleans and
    /// integers exactly, other numbers within `absolute` or `relative`
    /// tolerance (|a − e| ≤ max(absolute, relative·|e|)). The message names
    /// the path of every differing entry, such as `models[2].parameters`.
    public static func json(absolute: Double = 0, relative: Double = 0) -> Diffing {
        Diffing(
            toText: { $0.text },
            fromText: { try JSONValue(parsing: $0) },
            diff: { expected, actual in
                var found: [String] = []
                JSONDiff.compare(expected, actual, path: "", absolute: absolute, relative: relative, into: &found)
                return found.isEmpty ? nil : found.prefix(20).joined(separator: "\n") + (found.count > 20 ? "\n… \(found.count - 20) more" : "")
            })
    }
}

extension Diffing {
    /// A diffing of `Other` values made from this one by converting them:
    /// swift-snapshot-testing's `pullback`.
    public func pullback<Other>(_ transform: @escaping @Sendable (Other) -> Value,
                                back: @escaping @Sendable (Value) throws -> Other) -> Diffing<Other> {
        let (toText, fromText, diff) = (self.toText, self.fromText, self.diff)
        return Diffing<Other>(
            toText: { toText(transform($0)) },
            fromText: { try back(fromText($0)) },
            diff: { diff(transform($0), transform($1)) })
    }
}
