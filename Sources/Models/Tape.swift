import CoursecheckNumerics

/// One forward pass of a `RecurrentModel`, kept for its backward pass.
///
/// A tape owns the pass's activations, so nothing its backward pass reads can
/// change or disappear meanwhile: another forward pass gets activations of
/// its own. It is not copyable and `backward` consumes it, because the
/// backward pass overwrites the activations: backpropagating twice, or
/// without a forward pass, does not compile. When the tape ends, its
/// activations go back to the model for the next pass of the same shape.
public struct Tape: ~Copyable {
    let model: RecurrentModel
    let activations: ModelActivations

    init(model: RecurrentModel, activations: ModelActivations) {
        self.model = model
        self.activations = activations
    }

    deinit { model.spare = activations }

    /// A copy of the top level's output (T·B × D·H).
    public func copyOutput() throws -> Matrix {
        let top = activations.outputs[activations.outputs.count - 1]
        let copy = try Matrix(rows: top.rows, columns: top.columns)
        copy.assign(from: top)
        return copy
    }

    /// Σ R ⊙ output, the readout L of a gradient check, without a copy.
    public func outputDot(_ weights: Matrix) throws -> Double {
        try activations.outputs[activations.outputs.count - 1].dot(weights)
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
        try Lanes.exclusive { try model.backwardLevels(a, gradOutput: gradOutput, inputGradient: inputGradient) }
    }
}
