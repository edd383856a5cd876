

/// The parameters of an instantiated model, tensor by tensor: read off the
/// matrices and vectors the model allocated, not computed from a formula.
public struct ParameterInventory: Codable, Equatable, Sendable {
    public var name: String
    public var slug: String
    public var parameters: Int
    public var tensors: [TensorShape]

    public init(_ model: RecurrentModel) {
        name = model.spec.name
        slug = model.spec.slug
        tensors = model.parameters.map { t in
            TensorShape(level: t.level, direction: t.direction, name: t.name, shape: t.shape, count: t.count)
        }
        parameters = tensors.reduce(0) { $0 + $1.count }
    }

    /// Instantiates `spec` (parameters left at zero) and takes its inventory.
    public static func of(_ spec: ModelSpec, inputSize: Int, hiddenSize: Int, bias: BiasConvention) throws -> ParameterInventory {
        ParameterInventory(try RecurrentModel(spec: spec, inputSize: inputSize, hiddenSize: hiddenSize, bias: bias, seed: nil))
    }

    /// Parameters per level: `[level 0 total, level 1 total, …]`.
    public var perLevel: [Int] {
        let levels = (tensors.map(\.level).max() ?? -1) + 1
        return (0..<levels).map { level in tensors.filter { $0.level == level }.reduce(0) { $0 + $1.count } }
    }
}
