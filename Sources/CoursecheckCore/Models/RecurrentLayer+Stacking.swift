@preconcurrency import CGSL

extension RecurrentLayer {
    /// dW_ih = dâᵀ·X and dW_hh = Σₜ dâₜᵀ·hₜ₋₁ come from one product,
    /// ```
    /// [dW_ih | dW_hh] = dâᵀ · [X | H₋₁]
    /// ```
    /// where row t·B + b of H₋₁ holds h of the step before t (zero for the
    /// first): one GEMM with N = I + H columns runs faster than two with N = I
    /// and N = H. `stack` fills the rows of [X | H₋₁] of some sequences: each
    /// backward lane its own.
    func stack(_ w: Workspace, input: gsl_matrix, output: gsl_matrix, sequences: Range<Int>) {
        let (steps, batch) = (w.steps, w.batch)
        let stacked = w.stacked, inputs = inputSize, h = hiddenSize
        for t in 0..<steps {
            let previous = step(before: t, of: steps)
            for b in sequences {
                let r = t * batch + b
                let row = stacked.data + r * (inputs + h)
                row.update(from: input.row(r), count: inputs)
                if let previous {
                    (row + inputs).update(from: output.row(previous * batch + b), count: h)
                } else {
                    (row + inputs).update(repeating: 0, count: h)
                }
            }
        }
    }

    /// Copies rows `gateRows` of [dW_ih | dW_hh] into the two gradient
    /// tensors.
    func unstackWeightGradients(_ w: Workspace, gateRows: Range<Int>) {
        let inputs = inputSize, h = hiddenSize
        let g = w.stackedGradient.data
        for k in gateRows {
            (gradWeightIH.data + k * inputs).update(from: g + k * (inputs + h), count: inputs)
            (gradWeightHH.data + k * h).update(from: g + k * (inputs + h) + inputs, count: h)
        }
    }
}
