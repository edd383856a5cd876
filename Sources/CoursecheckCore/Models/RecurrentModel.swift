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

    /// Per level, its output and dL/d(output), for the last shape used; and
    /// per level and direction, that direction's dL/d(level input), summed
    /// after the two directions ran at once.
    private var buffers: (steps: Int, batch: Int, outputs: [Matrix], gradients: [Matrix], gradInput: Matrix,
                          directionGradients: [[Matrix]])?

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
        let directionGradients = try layers.map { level in
            try level.count > 1 ? level.map { try Matrix(rows: rows, columns: $0.inputSize) } : []
        }
        buffers = (steps, batch, outputs, gradients, gradInput, directionGradients)
        return (outputs, gradients, gradInput)
    }

    /// Whether a level's two directions run at once, one lane each, rather
    /// than one after the other with the batch split into lanes.
    private func concurrentDirections(_ level: Int) -> Bool {
        layers[level].count > 1 && Lanes.available > 1
    }

    /// Runs every level over `input` (T·B × I, time-major) and returns the top
    /// level's output (T·B × D·H).
    @discardableResult
    public func forward(_ input: Matrix, steps: Int, batch: Int) throws -> Matrix {
        try Lanes.exclusive { try forwardLevels(input, steps: steps, batch: batch) }
    }

    private func forwardLevels(_ input: Matrix, steps: Int, batch: Int) throws -> Matrix {
        let (outputs, _, _) = try prepare(steps: steps, batch: batch)
        var levelInput = input.whole
        for (level, directions) in layers.enumerated() {
            let below = levelInput
            let run = { (d: Int, lanes: Int) throws in
                let half = outputs[level].columns(d * self.hiddenSize..<(d + 1) * self.hiddenSize)
                try directions[d].forward(input: below, output: half, steps: steps, batch: batch, lanes: lanes)
            }
            if concurrentDirections(level) {
                try Lanes.run(directions.count) { d in try run(d, 1) }
            } else {
                for d in directions.indices { try run(d, Lanes.available) }
            }
            levelInput = outputs[level].whole
        }
        return outputs[outputs.count - 1]
    }

    /// Backpropagates dL/d(output) through every level, filling every
    /// tensor's gradient, and returns dL/d(input).
    @discardableResult
    public func backward(_ gradOutput: Matrix) throws -> Matrix {
        try Lanes.exclusive { try backwardLevels(gradOutput) }
    }

    private func backwardLevels(_ gradOutput: Matrix) throws -> Matrix {
        guard let b = buffers else { preconditionFailure("backward needs a forward pass first") }
        var above = gradOutput.whole
        for level in layers.indices.reversed() {
            let below = level == 0 ? b.gradInput : b.gradients[level - 1]
            let upper = above
            let half = { (d: Int) in upper.columns(d * self.hiddenSize..<(d + 1) * self.hiddenSize) }
            if concurrentDirections(level) {
                // Each direction writes its own dL/dX; their sum is the level's.
                let own = b.directionGradients[level]
                try Lanes.run(layers[level].count) { d in
                    try self.layers[level][d].backward(gradOutput: half(d), gradInput: own[d].whole, accumulate: false, lanes: 1)
                }
                _ = below.buffer.update(fromContentsOf: own[0].buffer)
                for extra in own.dropFirst() {
                    try BLAS.axpy(1, UnsafeBufferPointer(extra.buffer), below.buffer)
                }
            } else {
                for (d, layer) in layers[level].enumerated() {
                    try layer.backward(gradOutput: half(d), gradInput: below.whole, accumulate: d > 0)
                }
            }
            above = below.whole
        }
        return b.gradInput
    }
}
