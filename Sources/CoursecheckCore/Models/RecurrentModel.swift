@preconcurrency import CGSL

/// A recurrent encoder built from a `ModelSpec`: `levels` levels of one or two
/// directions. Direction d of a level writes columns d·H..<(d+1)·H of the
/// level's output, so the level above reads both directions concatenated
/// without a copy.
public final class RecurrentModel {
    public let spec: ModelSpec
    public let inputSize: Int
    public let hiddenSize: Int
    public let bias: BiasConvention
    /// layers[level][direction]
    public let layers: [[RecurrentLayer]]

    /// Per level, its output and dL/d(output), for the last shape used.
    private var buffers: (steps: Int, batch: Int, outputs: [Matrix], gradients: [Matrix], gradInput: Matrix)?

    /// Builds the model with parameters drawn from a `gsl_rng` seeded with
    /// `seed`, or left at zero when `seed` is nil (for an inventory).
    public init(spec: ModelSpec, inputSize: Int, hiddenSize: Int, bias: BiasConvention, seed: UInt?) throws {
        self.spec = spec
        self.inputSize = inputSize
        self.hiddenSize = hiddenSize
        self.bias = bias
        let rng = try seed.map { try RandomSource(seed: $0) }
        layers = try (0..<spec.levels).map { level in
            try spec.directions.indices.map { d in
                try RecurrentLayer(cell: spec.cell, inputSize: spec.inputSize(level: level, input: inputSize, hidden: hiddenSize),
                                   hiddenSize: hiddenSize, bias: bias, reverse: d == 1, rng: rng)
            }
        }
    }

    /// Features of the top level's output: H times the number of directions.
    public var outputSize: Int { hiddenSize * spec.directions.count }

    /// Every parameter tensor with its gradient, level by level, direction by
    /// direction.
    public var tensors: [(level: Int, direction: String, name: String, shape: [Int],
                          value: UnsafeMutableBufferPointer<Double>, gradient: UnsafeMutableBufferPointer<Double>)] {
        layers.enumerated().flatMap { level, directions in
            directions.enumerated().flatMap { d, layer in
                layer.tensors.map { (level, spec.directions[d], $0.name, $0.shape, $0.value, $0.gradient) }
            }
        }
    }

    public var parameterCount: Int { tensors.reduce(0) { $0 + $1.value.count } }

    private func prepare(steps: Int, batch: Int) throws -> (outputs: [Matrix], gradients: [Matrix], gradInput: Matrix) {
        if let b = buffers, b.steps == steps, b.batch == batch { return (b.outputs, b.gradients, b.gradInput) }
        let rows = steps * batch
        let outputs = try layers.map { _ in try Matrix(rows: rows, columns: outputSize) }
        let gradients = try layers.map { _ in try Matrix(rows: rows, columns: outputSize) }
        let gradInput = try Matrix(rows: rows, columns: inputSize)
        buffers = (steps, batch, outputs, gradients, gradInput)
        return (outputs, gradients, gradInput)
    }

    /// Runs every level over `input` (T·B × I, time-major) and returns the top
    /// level's output (T·B × D·H).
    @discardableResult
    public func forward(_ input: Matrix, steps: Int, batch: Int) throws -> Matrix {
        let (outputs, _, _) = try prepare(steps: steps, batch: batch)
        var levelInput = input.whole
        for (level, directions) in layers.enumerated() {
            for (d, layer) in directions.enumerated() {
                let half = outputs[level].columns(d * hiddenSize..<(d + 1) * hiddenSize)
                try layer.forward(input: levelInput, output: half, steps: steps, batch: batch)
            }
            levelInput = outputs[level].whole
        }
        return outputs[outputs.count - 1]
    }

    /// Backpropagates dL/d(output) through every level, filling every
    /// tensor's gradient, and returns dL/d(input).
    @discardableResult
    public func backward(_ gradOutput: Matrix) throws -> Matrix {
        guard let b = buffers else { preconditionFailure("backward needs a forward pass first") }
        var above = gradOutput.whole
        for level in layers.indices.reversed() {
            let below = level == 0 ? b.gradInput.whole : b.gradients[level - 1].whole
            for (d, layer) in layers[level].enumerated() {
                var upper = above
                let half = gsl_matrix_submatrix(&upper, 0, d * hiddenSize, upper.size1, hiddenSize).matrix
                try layer.backward(gradOutput: half, gradInput: below, accumulate: d > 0)
            }
            above = below
        }
        return b.gradInput
    }
}
