@preconcurrency import CGSL

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

extension RecurrentLayer.Workspace {
    /// The i, f, g, o blocks of row r of an LSTM's gate matrix.
    func gateBlocks(row r: Int) -> (i: UnsafeMutablePointer<Double>, f: UnsafeMutablePointer<Double>,
                                    g: UnsafeMutablePointer<Double>, o: UnsafeMutablePointer<Double>) {
        let h = gates.columns / 4, row = gates.data + r * gates.columns
        return (row, row + h, row + 2 * h, row + 3 * h)
    }

    /// The cell state of sequence b at step t, when there is such a step.
    func cell(step t: Int?, sequence b: Int) -> UnsafeMutablePointer<Double>? {
        guard let t, let cells else { return nil }
        return cells.data + (t * batch + b) * cells.columns
    }
}
