

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

        public init(inputSize: Int, hiddenSize: Int, bias: BiasConvention) {
            self.inputSize = inputSize
            self.hiddenSize = hiddenSize
            self.bias = bias
        }

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
