import CoursecheckNumerics

/// One forward pass of a `RecurrentModel`, kept for its backward pass.
///
/// A tape owns the pass's activations, so nothing its backward pass reads can
/// change or disappear meanwhile: another forward pass gets activations of
/// its own. It is not copyable and `backward` consumes it, because the
/// backward pass overwrites the activations: backpropagating twice, or
/// without a forward pass, does not compile. When the tape ends, its
/// activations go back to the model for the next pass that fits in them.
public struct Tape: ~Copyable {
    let model: RecurrentModel
    let activations: ModelActivations

    init(model: RecurrentModel, activations: ModelActivations) {
        self.model = model
        self.activations = activations
    }

    deinit { model.spare = activations }

    /// The lengths of the pass's sequences.
    public var lengths: SequenceLengths { activations.lengths }

    /// A copy of the top level's output (T·B × D·H).
    public func copyOutput() throws -> Matrix {
        let top = activations.top
        let copy = try Matrix(rows: top.rows, columns: top.columns)
        copy.view.copy(from: top)
        return copy
    }

    /// Σ R ⊙ output, the readout L of a gradient check, without a copy.
    public func outputDot(_ weights: Matrix) throws -> Double {
        try activations.top.dot(weights.view)
    }

    /// Writes the final states of the top level into `states` (B × D·H): row
    /// b holds the forward direction's hidden state at sequence b's last
    /// step, then (bidirectional) the backward direction's at step 0, where
    /// its pass over the sequence ends.
    ///
    /// ```
    /// states[b] = [ h→(lengths[b] − 1) | h←(0) ]
    /// ```
    public func finalStates(into states: MatrixView) {
        let (h, lengths) = (model.hiddenSize, activations.lengths)
        precondition(states.rows == lengths.batch && states.columns == model.outputSize,
                     "final states are \(lengths.batch)×\(model.outputSize), got \(states.rows)×\(states.columns)")
        let top = activations.top
        for (d, row) in Tape.finalRows(lengths, directions: model.spec.directions.count).enumerated() {
            let columns = d * h..<(d + 1) * h
            for b in 0..<lengths.batch { states.columns(columns).copyRow(b, from: top.columns(columns), row: row[b]) }
        }
    }

    /// Per direction, the row of the top output that holds each sequence's
    /// final state: (lengths[b] − 1)·B + b forward, b backward.
    static func finalRows(_ lengths: SequenceLengths, directions: Int) -> [[Int]] {
        let forward = lengths.lengths.enumerated().map { b, n in (n - 1) * lengths.batch + b }
        return directions == 1 ? [forward] : [forward, Array(0..<lengths.batch)]
    }

    /// Backpropagation through time of this pass: given dL/d(output) (the
    /// output's shape), writes every parameter's gradient (see
    /// `RecurrentModel.parameters`) and, when `inputGradient` is given (the
    /// input's shape), dL/d(input) into it.
    public consuming func backward(_ gradOutput: Matrix, inputGradient: Matrix? = nil) throws {
        let a = activations
        precondition(gradOutput.rows == a.steps * a.batch && gradOutput.columns == model.outputSize,
                     "dL/d(output) must be \(a.steps * a.batch)×\(model.outputSize), got \(gradOutput.rows)×\(gradOutput.columns)")
        if let inputGradient {
            precondition(inputGradient.rows == a.steps * a.batch && inputGradient.columns == model.inputSize,
                         "dL/d(input) must be \(a.steps * a.batch)×\(model.inputSize), got \(inputGradient.rows)×\(inputGradient.columns)")
        }
        let model = self.model
        try Lanes.exclusive { try model.backwardLevels(a, gradOutput: gradOutput.view, inputGradient: inputGradient?.view) }
    }

    /// Backpropagation through time from dL/d(final states) (B × D·H, as
    /// `finalStates` lays them out): the gradient of a loss that reads only
    /// the final states. Writes every parameter's gradient and, when
    /// `inputGradient` is given (T·B × I), dL/d(input), zero on padding rows.
    public consuming func backward(finalStateGradient g: MatrixView, inputGradient: MatrixView? = nil) throws {
        let (a, h, lengths) = (activations, model.hiddenSize, activations.lengths)
        precondition(g.rows == lengths.batch && g.columns == model.outputSize,
                     "dL/d(final states) must be \(lengths.batch)×\(model.outputSize), got \(g.rows)×\(g.columns)")
        if let inputGradient {
            precondition(inputGradient.rows == a.steps * a.batch && inputGradient.columns == model.inputSize,
                         "dL/d(input) must be \(a.steps * a.batch)×\(model.inputSize), got \(inputGradient.rows)×\(inputGradient.columns)")
        }
        // The store is zero between passes: set the final states' rows, and
        // zero them again afterwards.
        let full = a.finalGradient
        let rows = Tape.finalRows(lengths, directions: model.spec.directions.count)
        for (d, row) in rows.enumerated() {
            let columns = d * h..<(d + 1) * h
            for b in 0..<lengths.batch { full.columns(columns).copyRow(row[b], from: g.columns(columns), row: b) }
        }
        defer { for row in rows { for r in row { full.zeroRow(r, columns: 0..<full.columns) } } }
        let model = self.model
        try Lanes.exclusive { try model.backwardLevels(a, gradOutput: full, inputGradient: inputGradient) }
    }
}
