import CoursecheckNumerics

/// What one layer's forward pass keeps for its backward pass, and the
/// backward pass's scratch: the gate activations (T·B × G·H), for the LSTM the
/// cell states and tanh(cₜ) (T·B × H), and views of the layer's input and
/// output, which keep those matrices alive.
///
/// Owned by a `ModelActivations`, which a `Tape` owns between a forward pass
/// and its backward pass: two forward passes never share one.
final class LayerActivations {
    let steps: Int
    let batch: Int
    let input: MatrixView
    let output: MatrixView
    let gates: Matrix
    let cellStates: Matrix?
    let cellStatesTanh: Matrix?
    /// dcₜ₊₁ carried between steps, and dhₜ₊₁ from the recurrence (B × H).
    let carryCellState: Matrix
    let carryHidden: Matrix
    /// b_ih + b_hh (or b), added by the forward gate loops.
    let bias: Matrix
    /// Per lane, the sums of its rows of dâ, which the backward gate loops
    /// accumulate: db without another pass over dâ.
    let laneBiasGradients: Matrix
    /// [X | H₋₁] (T·B × (I + H)) and [dW_ih | dW_hh] (G·H × (I + H)).
    let stacked: Matrix
    let stackedGradient: Matrix
    /// W_hhᵀ (H × G·H), copied by the forward pass when
    /// `tiledRecurrence`: hₜ₋₁·W_hhᵀ then is a product without
    /// transposes, which OpenBLAS computes in tiles with its small-matrix
    /// kernels (`BLAS.gemmInTiles`). Measured here, that is about 20 %
    /// faster for the 16 rows of a lane when the batch of 32 is split in
    /// two, and slower for all 32 rows in one lane (a bidirectional
    /// level's directions each run on one core), where the recurrence
    /// keeps one ordinary call per step.
    let weightHHTransposed: Matrix
    var tiledRecurrence = false

    init(steps: Int, batch: Int, layer: RecurrentLayer, input: MatrixView, output: MatrixView) throws {
        precondition(input.rows == steps * batch && input.columns == layer.inputSize,
                     "input must be \(steps * batch)×\(layer.inputSize), got \(input.rows)×\(input.columns)")
        precondition(output.rows == steps * batch && output.columns == layer.hiddenSize,
                     "output must be \(steps * batch)×\(layer.hiddenSize), got \(output.rows)×\(output.columns)")
        self.steps = steps
        self.batch = batch
        self.input = input
        self.output = output
        let rows = steps * batch, h = layer.hiddenSize, width = layer.recurrence.gates * h
        let lstm = layer.recurrence == .lstm
        gates = try Matrix(rows: rows, columns: width)
        cellStates = lstm ? try Matrix(rows: rows, columns: h) : nil
        cellStatesTanh = lstm ? try Matrix(rows: rows, columns: h) : nil
        carryCellState = try Matrix(rows: batch, columns: h)
        carryHidden = try Matrix(rows: batch, columns: h)
        weightHHTransposed = try Matrix(rows: h, columns: width)
        bias = try Matrix(rows: 1, columns: width)
        laneBiasGradients = try Matrix(rows: Lanes.available, columns: width)
        stacked = try Matrix(rows: rows, columns: layer.inputSize + h)
        stackedGradient = try Matrix(rows: width, columns: layer.inputSize + h)
    }

    /// The rows of step t for the sequences `sequences`.
    func rows(step t: Int, _ sequences: Range<Int>) -> Range<Int> {
        t * batch + sequences.lowerBound..<t * batch + sequences.upperBound
    }
}
