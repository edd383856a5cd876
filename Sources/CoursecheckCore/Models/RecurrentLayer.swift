@preconcurrency import CGSL

/// One direction of one level of a recurrent encoder: its parameters in GSL
/// matrices and vectors, the activations its forward pass keeps for the
/// backward pass, and the gradients the backward pass writes.
///
/// Parameters start as PyTorch's: independent draws from U(−1/√H, 1/√H).
public final class RecurrentLayer {
    public let cell: Cell
    public let inputSize: Int
    public let hiddenSize: Int
    public let bias: BiasConvention
    /// Whether the layer reads its sequence from the last step to the first.
    public let reverse: Bool

    public let weightIH: Matrix
    public let weightHH: Matrix
    public let biasIH: Vector
    /// nil under the one-bias convention.
    public let biasHH: Vector?

    public let gradWeightIH: Matrix
    public let gradWeightHH: Matrix
    public let gradBiasIH: Vector
    public let gradBiasHH: Vector?

    /// Buffers of the last forward pass, reused while the shape stays.
    var workspace: Workspace?

    /// For tests only: corrupts the backward pass so that a gradient check
    /// must fail.
    var fault: Fault?

    enum Fault {
        /// Flips the sign of the forget gate's gradient.
        case forgetGateSign
    }

    public init(cell: Cell, inputSize: Int, hiddenSize: Int, bias: BiasConvention, reverse: Bool, rng: RandomSource?) throws {
        self.cell = cell
        self.inputSize = inputSize
        self.hiddenSize = hiddenSize
        self.bias = bias
        self.reverse = reverse
        let rows = cell.gates * hiddenSize
        weightIH = try Matrix(rows: rows, columns: inputSize)
        weightHH = try Matrix(rows: rows, columns: hiddenSize)
        biasIH = try Vector(count: rows)
        biasHH = bias == .two ? try Vector(count: rows) : nil
        gradWeightIH = try Matrix(rows: rows, columns: inputSize)
        gradWeightHH = try Matrix(rows: rows, columns: hiddenSize)
        gradBiasIH = try Vector(count: rows)
        gradBiasHH = bias == .two ? try Vector(count: rows) : nil

        // Without a generator the parameters stay zero: enough to take an
        // inventory of the allocated tensors.
        guard let rng else { return }
        let bound = 1 / Double(hiddenSize).squareRoot()
        weightIH.fillUniform(rng, bound: bound)
        weightHH.fillUniform(rng, bound: bound)
        biasIH.fillUniform(rng, bound: bound)
        biasHH?.fillUniform(rng, bound: bound)
    }

    /// Parameters and their gradients, by name, in a fixed order.
    public var tensors: [(name: String, shape: [Int], value: UnsafeMutableBufferPointer<Double>, gradient: UnsafeMutableBufferPointer<Double>)] {
        var list = [
            ("W_ih", [weightIH.rows, weightIH.columns], weightIH.buffer, gradWeightIH.buffer),
            ("W_hh", [weightHH.rows, weightHH.columns], weightHH.buffer, gradWeightHH.buffer),
            (bias == .two ? "b_ih" : "b", [biasIH.count], biasIH.buffer, gradBiasIH.buffer),
        ]
        if let biasHH, let gradBiasHH {
            list.append(("b_hh", [biasHH.count], biasHH.buffer, gradBiasHH.buffer))
        }
        return list
    }
}

extension RecurrentLayer {
    /// Activations kept from the forward pass: the gate activations
    /// (T·B × G·H), and for the LSTM the cell states and tanh(cₜ) (T·B × H).
    final class Workspace {
        let steps: Int
        let batch: Int
        let gates: Matrix
        let cells: Matrix?
        let cellTanh: Matrix?
        /// dcₜ₊₁ carried between steps, and dhₜ₊₁ from the recurrence (B × H).
        let carryCell: Matrix
        let carryHidden: Matrix
        /// b_ih + b_hh (or b), added by the forward gate loops.
        let bias: Vector
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
        /// The views of the last forward pass.
        var input: gsl_matrix?
        var output: gsl_matrix?

        init(steps: Int, batch: Int, layer: RecurrentLayer) throws {
            self.steps = steps
            self.batch = batch
            let rows = steps * batch
            gates = try Matrix(rows: rows, columns: layer.cell.gates * layer.hiddenSize)
            cells = layer.cell == .lstm ? try Matrix(rows: rows, columns: layer.hiddenSize) : nil
            cellTanh = layer.cell == .lstm ? try Matrix(rows: rows, columns: layer.hiddenSize) : nil
            carryCell = try Matrix(rows: batch, columns: layer.hiddenSize)
            carryHidden = try Matrix(rows: batch, columns: layer.hiddenSize)
            weightHHTransposed = try Matrix(rows: layer.hiddenSize, columns: layer.cell.gates * layer.hiddenSize)
            bias = try Vector(count: layer.cell.gates * layer.hiddenSize)
            laneBiasGradients = try Matrix(rows: Lanes.available, columns: layer.cell.gates * layer.hiddenSize)
            stacked = try Matrix(rows: rows, columns: layer.inputSize + layer.hiddenSize)
            stackedGradient = try Matrix(rows: layer.cell.gates * layer.hiddenSize, columns: layer.inputSize + layer.hiddenSize)
        }
    }

    func workspace(steps: Int, batch: Int) throws -> Workspace {
        if let w = workspace, w.steps == steps, w.batch == batch { return w }
        let w = try Workspace(steps: steps, batch: batch, layer: self)
        workspace = w
        return w
    }
}
