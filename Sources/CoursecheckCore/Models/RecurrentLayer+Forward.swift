@preconcurrency import CGSL
import Foundation

extension RecurrentLayer {
    /// Runs the layer over a sequence.
    ///
    /// `input` is (T·B × I) and `output` (T·B × H), both time-major (row
    /// t·B + b holds step t of sequence b); `output` may be a strided view,
    /// such as one direction's half of a bidirectional level's output. Both
    /// must stay alive until `backward` has run.
    ///
    /// One GEMM computes every step's input projection X·W_ihᵀ; each step then
    /// adds hₜ₋₁·W_hhᵀ with one more GEMM and applies the gates in a tight
    /// loop over contiguous rows.
    public func forward(input: gsl_matrix, output: gsl_matrix, steps: Int, batch: Int) throws {
        precondition(input.size1 == steps * batch && input.size2 == inputSize,
                     "input must be \(steps * batch)×\(inputSize), got \(input.size1)×\(input.size2)")
        precondition(output.size1 == steps * batch && output.size2 == hiddenSize,
                     "output must be \(steps * batch)×\(hiddenSize), got \(output.size1)×\(output.size2)")
        let w = try workspace(steps: steps, batch: batch)
        w.input = input
        w.output = output
        try BLAS.gemm(input, .none, weightIH.whole, .transpose, into: w.gates.whole)
        addBiases(to: w.gates)

        for s in 0..<steps {
            let t = reverse ? steps - 1 - s : s
            let previous = s == 0 ? nil : (reverse ? t + 1 : t - 1)
            if let p = previous {
                try BLAS.gemm(output.rows(p * batch..<(p + 1) * batch), .none, weightHH.whole, .transpose,
                              into: w.gates.rows(t * batch..<(t + 1) * batch), beta: 1)
            }
            switch cell {
            case .rnn: rnnStep(t, w, output)
            case .lstm: lstmStep(t, previous, w, output)
            }
        }
    }

    /// Adds b_ih (+ b_hh) to every row of the gate pre-activations.
    private func addBiases(to gates: Matrix) {
        let width = gates.columns
        var total = [Double](repeating: 0, count: width)
        for k in 0..<width { total[k] = biasIH[k] + (biasHH?[k] ?? 0) }
        total.withUnsafeBufferPointer { b in
            for r in 0..<gates.rows {
                let row = gates.data + r * width
                for k in 0..<width { row[k] += b[k] }
            }
        }
    }

    /// hₜ = tanh(aₜ), kept both as the gate activation and as the output.
    private func rnnStep(_ t: Int, _ w: Workspace, _ output: gsl_matrix) {
        let h = hiddenSize
        for b in 0..<w.batch {
            let r = t * w.batch + b
            let a = w.gates.data + r * h
            let out = output.row(r)
            for j in 0..<h {
                let y = Activation.tanh(a[j])
                a[j] = y
                out[j] = y
            }
        }
    }

    /// The LSTM gates, cell and hidden state of step t.
    private func lstmStep(_ t: Int, _ previous: Int?, _ w: Workspace, _ output: gsl_matrix) {
        let h = hiddenSize
        let cells = w.cells!.data, cellTanh = w.cellTanh!.data
        for b in 0..<w.batch {
            let r = t * w.batch + b
            let g = w.gates.data + r * 4 * h
            let c = cells + r * h
            let tc = cellTanh + r * h
            let out = output.row(r)
            let cPrev = previous.map { cells + ($0 * w.batch + b) * h }
            for j in 0..<h {
                let i = Activation.sigmoid(g[j])
                let f = Activation.sigmoid(g[h + j])
                let gg = Activation.tanh(g[2 * h + j])
                let o = Activation.sigmoid(g[3 * h + j])
                g[j] = i
                g[h + j] = f
                g[2 * h + j] = gg
                g[3 * h + j] = o
                let cell = i * gg + (cPrev.map { f * $0[j] } ?? 0)
                let y = Activation.tanh(cell)
                c[j] = cell
                tc[j] = y
                out[j] = o * y
            }
        }
    }
}

/// The nonlinearities, written on `exp` alone: glibc's `exp` is several
/// times faster than its `tanh`, and the gates spend most of their time here.
enum Activation {
    /// σ(x) = 1/(1 + e⁻ˣ)
    @inline(__always)
    static func sigmoid(_ x: Double) -> Double { 1 / (1 + Foundation.exp(-x)) }

    /// tanh(x) = 1 − 2/(1 + e²ˣ), exact to a few ulps of 1 (absolute error
    /// ≤ 2⁻⁵²), which is all the gradient check needs; saturates cleanly.
    @inline(__always)
    static func tanh(_ x: Double) -> Double { 1 - 2 / (1 + Foundation.exp(2 * x)) }
}
