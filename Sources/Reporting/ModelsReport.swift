import CoursecheckModels
import CoursecheckNumerics

/// The inventories of every model of Part I at one choice of sizes: what
/// `coursecheck models` prints.
public struct ModelsReport: Codable, Equatable, Sendable {
    public var schema = "coursecheck.models/1"
    public var inputSize: Int
    public var hiddenSize: Int
    public var bias: BiasConvention
    public var models: [ParameterInventory]

    enum CodingKeys: String, CodingKey {
        case schema, bias, models
        case inputSize = "input_size"
        case hiddenSize = "hidden_size"
    }

    /// Instantiates each model (parameters left at zero) and reads its tensors.
    public init(specs: [ModelSpec], inputSize: Int, hiddenSize: Int, bias: BiasConvention) throws {
        self.inputSize = inputSize
        self.hiddenSize = hiddenSize
        self.bias = bias
        models = try specs.map { try ParameterInventory.of($0, inputSize: inputSize, hiddenSize: hiddenSize, bias: bias) }
    }

    /// A torchinfo-like table per model, then the totals.
    public func markdown() -> String {
        var out = "# Recurrent encoders: parameters\n\n"
        out += "Input size \(inputSize), hidden size \(hiddenSize) per direction, \(bias.label).\n"
        for model in models {
            out += "\n## \(model.name) (`\(model.slug)`)\n\n"
            out += "| Level | Direction | Tensor | Shape | Parameters |\n|---:|---|---|---|---:|\n"
            for t in model.tensors {
                out += "| \(t.level) | \(t.direction) | \(t.name) | \(t.shape.map(String.init).joined(separator: " × ")) | \(Grouping.thousands(t.count)) |\n"
            }
            out += "| | | **total** | | **\(Grouping.thousands(model.parameters))** |\n"
        }
        out += "\n## Totals\n\n| Model | Parameters |\n|---|---:|\n"
        for model in models { out += "| \(model.name) | \(Grouping.thousands(model.parameters)) |\n" }
        return out
    }
}
