/// Every (input size, hidden size, bias convention) under which a set of
/// claimed parameter counts holds at once.
///
/// Counts follow the closed form `ModelSpec.parameterCount`, which the tests
/// hold equal to the inventories of instantiated models over many sizes. The
/// search covers sizes 1…`limit` in both conventions; a count grows strictly
/// with the input size, so each hidden size stops as soon as the first claim
/// is exceeded.
public struct SizeInference: Sendable {
    public struct Solution: Codable, Equatable, Sendable, CustomStringConvertible {
        public var inputSize: Int
        public var hiddenSize: Int
        public var bias: BiasConvention

        public var description: String { "input \(inputSize), hidden \(hiddenSize), \(bias) bias\(bias == .two ? "es" : "")" }
    }

    public static func solutions(claims: [(ModelSpec, Int)], limit: Int = 1024) -> [Solution] {
        guard !claims.isEmpty else { return [] }
        var found: [Solution] = []
        for bias in BiasConvention.allCases {
            for hidden in 1...limit {
                for input in 1...limit {
                    let first = claims[0].0.parameterCount(input: input, hidden: hidden, bias: bias)
                    if first > claims[0].1 { break }
                    if first == claims[0].1,
                       claims.allSatisfy({ $0.0.parameterCount(input: input, hidden: hidden, bias: bias) == $0.1 }) {
                        found.append(Solution(inputSize: input, hiddenSize: hidden, bias: bias))
                    }
                }
            }
        }
        return found
    }
}

extension ModelSpec {
    /// The sum of `tensorShapes(input:hidden:bias:)`'s counts, without
    /// building the list: G·H·(I_l + H + b) per level and direction, where b
    /// is the number of bias vectors.
    public func parameterCount(input: Int, hidden: Int, bias: BiasConvention) -> Int {
        var total = 0
        for level in 0..<levels {
            let features = inputSize(level: level, input: input, hidden: hidden)
            total += directions.count * cell.gates * hidden * (features + hidden + bias.vectors)
        }
        return total
    }
}
