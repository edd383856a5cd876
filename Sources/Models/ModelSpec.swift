

/// One of Part I's recurrent encoders: its recurrence (RNN or LSTM), how many levels, and whether
/// each level runs in both directions. A level above the first reads the
/// concatenated outputs of both directions of the level below.
public struct ModelSpec: Codable, Equatable, Sendable {
    public var name: String
    public var recurrence: Recurrence
    public var levels: Int
    public var bidirectional: Bool

    enum CodingKeys: String, CodingKey {
        case name, levels, bidirectional
        case recurrence = "cell"
    }

    public init(name: String, recurrence: Recurrence, levels: Int, bidirectional: Bool) {
        self.name = name
        self.recurrence = recurrence
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

    /// The number of parameters, without building a model:
    /// G·H·(I_l + H + b) per level and direction, where G is the number of
    /// gate blocks, I_l the level's input features and b the number of bias
    /// vectors. The tests hold it equal to the inventories of instantiated
    /// models over many sizes.
    public func parameterCount(input: Int, hidden: Int, bias: BiasConvention) -> Int {
        var total = 0
        for level in 0..<levels {
            let features = inputSize(level: level, input: input, hidden: hidden)
            total += directions.count * recurrence.gates * hidden * (features + hidden + bias.vectors)
        }
        return total
    }
}
