import CoursecheckNumerics

/// What one layer's forward pass keeps for its backward pass, and the
/// backward pass's scratch: the gate activations (T·B × G·H), for the LSTM the
/// cell states and tanh(cₜ) (T·B × H), and views of the layer's input and
/// output, which keep those matrices alive.
///
/// The matrices are allocated for up to `rowCapacity` rows and `batchCapacity`
/// sequences; each pass binds views of the rows it uses (`bind`), so that
/// batches of varying lengths reuse one allocation.
///
/// Owned by a `ModelActivations`, which a `Tape` owns between a forward pass
/// and its backward pass: two forward passes never share one.
final class LayerActivations {
    let rowCapacity: Int
    let batchCapacity: Int
    private(set) var lengths: SequenceLengths
    /// How many lanes run at once (`Schedule.threads`).
    private(set) var threads: Int
    private(set) var input: MatrixView
    private(set) var output: MatrixView
    private(set) var gates: MatrixView
    private(set) var cellStates: MatrixView?
    private(set) var cellStatesTanh: MatrixView?
    /// [X | H₋₁] (T·B × (I + H)).
    private(set) var stacked: MatrixView
    /// dcₜ₊₁ carried between steps, and dhₜ₊₁ from the recurrence (B × H).
    let carryCellState: Matrix
    let carryHidden: Matrix
    /// b_ih + b_hh (or b), added by the forward gate loops.
    let bias: Matrix
    /// Per lane, the sums of its rows of dâ, which the backward gate loops
    /// accumulate: db without another pass over dâ.
    let laneBiasGradients: Matrix
    /// [dW_ih | dW_hh] (G·H × (I + H)).
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

    private let gateStore: Matrix
    private let cellStore: Matrix?
    private let cellTanhStore: Matrix?
    private let stackedStore: Matrix

    init(rows: Int, batch: Int, lanes: Int, layer: RecurrentLayer, input: MatrixView, output: MatrixView) throws {
        rowCapacity = rows
        batchCapacity = batch
        let h = layer.hiddenSize, width = layer.recurrence.gates * h
        let lstm = layer.recurrence == .lstm
        gateStore = try Matrix(rows: rows, columns: width)
        cellStore = lstm ? try Matrix(rows: rows, columns: h) : nil
        cellTanhStore = lstm ? try Matrix(rows: rows, columns: h) : nil
        stackedStore = try Matrix(rows: rows, columns: layer.inputSize + h)
        carryCellState = try Matrix(rows: batch, columns: h)
        carryHidden = try Matrix(rows: batch, columns: h)
        weightHHTransposed = try Matrix(rows: h, columns: width)
        bias = try Matrix(rows: 1, columns: width)
        laneBiasGradients = try Matrix(rows: lanes, columns: width)
        stackedGradient = try Matrix(rows: width, columns: layer.inputSize + h)
        lengths = .full(steps: rows / batch, batch: batch)
        threads = 1
        self.input = input
        self.output = output
        gates = gateStore.view
        cellStates = cellStore?.view
        cellStatesTanh = cellTanhStore?.view
        stacked = stackedStore.view
    }

    /// Binds the views of a pass over `lengths` (T·B rows, at most the
    /// capacity) reading `input` and writing `output`.
    func bind(_ lengths: SequenceLengths, threads: Int, input: MatrixView, output: MatrixView) {
        let rows = lengths.steps * lengths.batch
        precondition(rows <= rowCapacity && lengths.batch <= batchCapacity,
                     "a pass of \(lengths.steps)×\(lengths.batch) in activations for \(rowCapacity) rows and \(batchCapacity) sequences")
        precondition(input.rows == rows && output.rows == rows, "input and output must have \(rows) rows")
        self.lengths = lengths
        self.threads = threads
        self.input = input
        self.output = output
        gates = gateStore.rows(0..<rows)
        cellStates = cellStore?.rows(0..<rows)
        cellStatesTanh = cellTanhStore?.rows(0..<rows)
        stacked = stackedStore.rows(0..<rows)
    }

    var steps: Int { lengths.steps }
    var batch: Int { lengths.batch }

    /// The rows of step t for the sequences `sequences`.
    func rows(step t: Int, _ sequences: Range<Int>) -> Range<Int> {
        t * batch + sequences.lowerBound..<t * batch + sequences.upperBound
    }

    /// Of `sequences`, those that have a step t.
    func live(_ t: Int, _ sequences: Range<Int>) -> Range<Int> {
        sequences.clamped(to: 0..<lengths.active(t))
    }
}
