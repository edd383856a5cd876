/// One of Part I's recurrent encoders: its cell, how many levels, and whether
/// each level runs in both directions. A level above the first reads the
/// concatenated outputs of both directions of the level below.
public struct ModelSpec: Codable, Equatable, Sendable {
    public var name: String
    public var cell: Cell
    public var levels: Int
    public var bidirectional: Bool

    public init(name: String, cell: Cell, levels: Int, bidirectional: Bool) {
        self.name = name
        self.cell = cell
        self.levels = levels
        self.bidirectional = bidirectional
    }

    /// The name lowercased with spaces as dashes: `2-level-bi-lstm`.
    public var slug: String {
        ModelSpec.slug(name)
    }

    public static func slug(_ name: String) -> String {
        name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: "-")
    }

    public var directions: [String] { bidirectional ? ["forward", "backward"] : ["forward"] }

    /// Features into `level`: the input size, or the hidden size times the
    /// number of directions above the first level.
    public func inputSize(level: Int, input: Int, hidden: Int) -> Int {
        level == 0 ? input : hidden * directions.count
    }
}
