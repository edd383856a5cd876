import CoursecheckReporting
import CoursecheckVerification

/// How to take a golden of a `Value`: turn it into a `Format` that a
/// `Diffing` knows how to write and compare. New strategies come from old
/// ones by `pullback`, as in swift-snapshot-testing.
public struct Snapshotting<Value, Format>: Sendable {
    public var diffing: Diffing<Format>
    public var snapshot: @Sendable (Value) throws -> Format

    public init(diffing: Diffing<Format>, snapshot: @escaping @Sendable (Value) throws -> Format) {
        self.diffing = diffing
        self.snapshot = snapshot
    }

    public func pullback<New>(_ transform: @escaping @Sendable (New) throws -> Value) -> Snapshotting<New, Format> {
        let snapshot = self.snapshot
        return Snapshotting<New, Format>(diffing: diffing) { try snapshot(transform($0)) }
    }
}

extension Snapshotting where Value == Report, Format == String {
    /// A report as the Markdown `make report` writes, compared line by line.
    public static let markdown = Snapshotting(diffing: .lines) { $0.markdown() }
    /// A report as the JSON `make report` writes, compared line by line.
    public static let json = Snapshotting(diffing: .lines) { try $0.json() }
}

extension Snapshotting where Value == JSONValue, Format == String {
    /// A canonical JSON golden, compared entry by entry with tolerances.
    public static func json(absolute: Double, relative: Double) -> Snapshotting {
        Snapshotting(diffing: .jsonText(absolute: absolute, relative: relative)) { $0.text }
    }
}

extension Diffing where Value == String {
    /// JSON text compared as JSON (`Diffing.json`), so that a difference is
    /// reported by entry rather than by line.
    public static func jsonText(absolute: Double, relative: Double) -> Diffing<String> {
        let inner = Diffing<JSONValue>.json(absolute: absolute, relative: relative)
        return Diffing(toText: { $0 }, fromText: { $0 }, diff: { expected, actual in
            guard expected != actual else { return nil }
            guard let e = try? JSONValue(parsing: expected) else { return "the golden is not valid JSON" }
            guard let a = try? JSONValue(parsing: actual) else { return "the new value is not valid JSON" }
            return inner.diff(e, a) ?? nil
        })
    }
}
