import CoursecheckNumerics

/// Everything one forward pass of a `RecurrentModel` keeps for its backward
/// pass: a copy of the input, each level's output and dL/d(output), each
/// direction's own dL/d(level input) when the two run at once, and each
/// layer's `LayerActivations`.
final class ModelActivations {
    let steps: Int
    let batch: Int
    let input: Matrix
    let outputs: [Matrix]
    let gradients: [Matrix]
    let directionGradients: [[Matrix]]
    let layers: [[LayerActivations]]

    init(model: RecurrentModel, steps: Int, batch: Int) throws {
        self.steps = steps
        self.batch = batch
        let rows = steps * batch, h = model.hiddenSize
        input = try Matrix(rows: rows, columns: model.inputSize)
        let outputs = try model.layers.map { _ in try Matrix(rows: rows, columns: model.outputSize) }
        gradients = try model.layers.map { _ in try Matrix(rows: rows, columns: model.outputSize) }
        directionGradients = try model.layers.map { level in
            try level.count > 1 ? level.map { try Matrix(rows: rows, columns: $0.inputSize) } : []
        }
        let input = self.input
        layers = try model.layers.enumerated().map { level, directions in
            try directions.enumerated().map { d, layer in
                try LayerActivations(steps: steps, batch: batch, layer: layer,
                                     input: level == 0 ? input.view : outputs[level - 1].view,
                                     output: outputs[level].columns(d * h..<(d + 1) * h))
            }
        }
        self.outputs = outputs
    }
}
