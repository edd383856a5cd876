import CoursecheckNumerics

/// A recurrent encoder built from a `ModelSpec`: `levels` levels of one or two
/// directions. Direction d of a level writes columns d·H..<(d+1)·H of the
/// level's output, so the level above reads both directions concatenated
/// without a copy.
///
/// Use: `forward` returns a `Tape`, which owns everything its backward pass
/// needs (a copy of the input, every level's activations); `Tape.backward`
/// consumes it and fills the parameters' gradients. A backward pass without
/// a forward pass, or twice over one, does not compile.
/// ```
/// let tape = try model.forward(x, steps: T, batch: B)
/// let y = try tape.copyOutput()
/// try tape.backward(dLdy, inputGradient: dLdx)
/// let gradients = model.parameters.map(\.gradient)
/// ```
public final class RecurrentModel {
    public let spec: ModelSpec
    public let inputSize: Int
    public let hiddenSize: Int
    public let bias: BiasConvention
    /// How the passes cut their work (`lanes`, which decides the arithmetic)
    /// and how many threads run it.
    public let schedule: Schedule
    /// layers[level][direction]
    let layers: [[RecurrentLayer]]
    /// The activations of the last tape that ended, kept for the next forward
    /// pass that fits in them.
    var spare: ModelActivations?

    /// Builds the model with parameters drawn from a `gsl_rng` seeded with
    /// `seed`, or left at zero when `seed` is nil (for an inventory).
    public init(spec: ModelSpec, inputSize: Int, hiddenSize: Int, bias: BiasConvention, seed: UInt?,
                schedule: Schedule = .machine) throws {
        self.spec = spec
        self.inputSize = inputSize
        self.hiddenSize = hiddenSize
        self.bias = bias
        self.schedule = schedule
        let rng = try seed.map { try RandomSource(seed: $0) }
        layers = try (0..<spec.levels).map { level in
            try spec.directions.indices.map { d in
                try RecurrentLayer(recurrence: spec.recurrence,
                                   inputSize: spec.inputSize(level: level, input: inputSize, hidden: hiddenSize),
                                   hiddenSize: hiddenSize, bias: bias, reverse: d == 1, rng: rng)
            }
        }
    }

    /// Features of the top level's output: H times the number of directions.
    public var outputSize: Int { hiddenSize * spec.directions.count }

    /// Every parameter tensor, level by level, direction by direction, with
    /// the gradient the last backward pass wrote.
    public var parameters: [ParameterTensor] {
        layers.enumerated().flatMap { level, directions in
            directions.enumerated().flatMap { d, layer in
                layer.tensors.map {
                    ParameterTensor(level: level, direction: spec.directions[d], name: $0.name, shape: $0.shape,
                                    value: $0.value, gradient: $0.gradient)
                }
            }
        }
    }

    public var parameterCount: Int { parameters.reduce(0) { $0 + $1.count } }

    /// Runs every level over `input` (T·B × I, time-major: row t·B + b holds
    /// step t of sequence b), every sequence `steps` long. The tape keeps its
    /// own copy of the input.
    public func forward(_ input: Matrix, steps: Int, batch: Int) throws -> Tape {
        precondition(steps > 0 && batch > 0, "steps and batch must be positive, got \(steps) and \(batch)")
        precondition(input.rows == steps * batch && input.columns == inputSize,
                     "input must be \(steps * batch)×\(inputSize), got \(input.rows)×\(input.columns)")
        return try forward(input.view, lengths: .full(steps: steps, batch: batch))
    }

    /// Runs every level over a packed batch: `input` is T·B × I, time-major,
    /// with T = `lengths.steps` and B = `lengths.batch`; sequence b's rows
    /// after its last step are padding, never read. The forward direction
    /// ends at each sequence's last step and the backward direction starts
    /// there; the output's padding rows are zero.
    public func forward(_ input: MatrixView, lengths: SequenceLengths) throws -> Tape {
        let (steps, batch) = (lengths.steps, lengths.batch)
        precondition(input.rows == steps * batch && input.columns == inputSize,
                     "input must be \(steps * batch)×\(inputSize), got \(input.rows)×\(input.columns)")
        let activations = try acquire(lengths)
        activations.input.copy(from: input)
        try Lanes.exclusive { try forwardLevels(activations) }
        return Tape(model: self, activations: activations)
    }

    /// The spare activations when the pass fits in them, else new ones: a
    /// second forward pass while a tape is alive gets its own.
    private func acquire(_ lengths: SequenceLengths) throws -> ModelActivations {
        let rows = lengths.steps * lengths.batch
        let activations: ModelActivations
        if let s = spare, s.rowCapacity >= rows, s.batchCapacity >= lengths.batch {
            activations = s
        } else {
            let old = spare
            activations = try ModelActivations(model: self, rows: max(rows, old?.rowCapacity ?? 0),
                                               batch: max(lengths.batch, old?.batchCapacity ?? 0))
        }
        spare = nil
        activations.bind(lengths, threads: schedule.threads, hiddenSize: hiddenSize)
        return activations
    }

    /// Whether a level's two directions run at once, one lane each, rather
    /// than one after the other with the batch split into lanes.
    func concurrentDirections(_ level: Int) -> Bool {
        layers[level].count > 1 && schedule.lanes > 1
    }

    private func forwardLevels(_ a: ModelActivations) throws {
        for (level, directions) in layers.enumerated() {
            if concurrentDirections(level) {
                try Lanes.run(directions.count, threads: schedule.threads) { d in
                    try directions[d].forward(a.layers[level][d], lanes: 1)
                }
            } else {
                for d in directions.indices { try directions[d].forward(a.layers[level][d], lanes: schedule.lanes) }
            }
        }
    }

    /// Backpropagates dL/d(output) through every level of the tape's pass.
    func backwardLevels(_ a: ModelActivations, gradOutput: MatrixView, inputGradient: MatrixView?) throws {
        var above = gradOutput
        for level in layers.indices.reversed() {
            let below = level == 0 ? inputGradient : a.gradient(level - 1)
            let upper = above
            let half = { (d: Int) in upper.columns(d * self.hiddenSize..<(d + 1) * self.hiddenSize) }
            if concurrentDirections(level) {
                // Each direction writes its own dL/dX; their sum is the level's.
                let own = a.directionGradients(level)
                try Lanes.run(layers[level].count, threads: schedule.threads) { d in
                    try self.layers[level][d].backward(a.layers[level][d], gradOutput: half(d),
                                                       gradInput: below == nil ? nil : own[d], accumulate: false, lanes: 1)
                }
                if let below {
                    below.copy(from: own[0])
                    for extra in own.dropFirst() { try below.add(extra) }
                }
            } else {
                for (d, layer) in layers[level].enumerated() {
                    try layer.backward(a.layers[level][d], gradOutput: half(d), gradInput: below, accumulate: d > 0,
                                       lanes: schedule.lanes)
                }
            }
            if let below { above = below }
        }
    }
}
