

/// One golden file: where it lives (relative to the project root), its
/// freshly computed text, and how an old text is compared with it.
public struct GoldenFile: Sendable {
    public var path: String
    public var text: String
    public var diffing: Diffing<String>

    public init(path: String, text: String, diffing: Diffing<String>) {
        self.path = path
        self.text = text
        self.diffing = diffing
    }

    /// A golden made with a snapshotting strategy.
    public init<Value>(path: String, value: Value, as strategy: Snapshotting<Value, String>) throws {
        self.init(path: path, text: try strategy.snapshot(value), diffing: strategy.diffing)
    }
}

/// How a stored golden compares with its fresh computation.
public struct GoldenDifference: Sendable, CustomStringConvertible {
    public var path: String
    /// nil when the golden file does not exist.
    public var message: String?

    public var description: String {
        guard let message else { return "\(path): missing" }
        return "\(path): differs\n" + message.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n")
    }
}
