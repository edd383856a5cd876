@preconcurrency import CGSL

extension RecurrentLayer {
    /// Backpropagation through time for the last `forward`.
    ///
    /// Given dL/dhₜ for every step in `gradOutput` (T·B × H, may be strided),
    /// writes dL/dθ into the gradient tensors and, when `gradInput` is given,
    /// writes dL/dX into it, or adds it when `accumulate` (the two directions
    /// of a bidirectional level read the same input).
    ///
    /// LSTM, per step, from the last processed to the first:
    /// ```
    /// dh = dL/dhₜ + dhₜ₊₁,   dc = dcₜ₊₁ + dh ⊙ o ⊙ (1 − tanh²cₜ)
    /// dâ_i = dc ⊙ g ⊙ i(1−i),   dâ_f = dc ⊙ cₜ₋₁ ⊙ f(1−f)
    /// dâ_g = dc ⊙ i ⊙ (1−g²),   dâ_o = dh ⊙ tanh cₜ ⊙ o(1−o)
    /// dcₜ₋₁ = dc ⊙ f,   dhₜ₋₁ = dâ·W_hh
    /// ```
    /// with dxₜ = dâ·W_ih and db = Σ rows of dâ along the way; then, with
    /// every step's dâ in one matrix, dW_ih = dâᵀ·X and dW_hh = Σₜ dâₜᵀ·hₜ₋₁
    /// (one GEMM over shifted rows). The gate activations are overwritten by
    /// dâ: run `forward` again before another `backward`.
    public func backward(gradOutput: gsl_matrix, gradInput: gsl_matrix?, accumulate: Bool, lanes limit: Int = Lanes.available) throws {
        try backpropagate(gradOutput: gradOutput, gradInput: gradInput, accumulate: accumulate, lanes: limit)
        try accumulateGradients(lanes: limit)
    }

    /// The recurrence of `backward`, from the last processed step to the
    /// first, the batch split into `lanes`: leaves every step's dâ in place
    /// of the gate activations, writes (or adds) each step's dxₜ = dâₜ·W_ih
    /// while dâₜ is still in cache, and sums db = Σ rows of dâ in the gate
    /// loops. Each lane also stacks [X | H₋₁] for its own sequences, for
    /// `accumulateGradients`.
    public func backpropagate(gradOutput: gsl_matrix, gradInput: gsl_matrix?, accumulate: Bool, lanes limit: Int) throws {
        guard let w = workspace, let input = w.input, let output = w.output else {
            preconditionFailure("backward needs a forward pass first")
        }
        let (steps, batch) = (w.steps, w.batch)
        let lanes = Lanes.count(rows: batch, limit: min(limit, w.laneBiasGradients.rows))
        let width = w.laneBiasGradients.columns
        try Lanes.run(lanes) { lane in
            let rows = Lanes.range(lane, of: lanes, rows: batch)
            let biasSum = w.laneBiasGradients.data + lane * width
            biasSum.update(repeating: 0, count: width)
            stack(w, input: input, output: output, sequences: rows)
            for s in 0..<steps {
                let t = step(at: steps - 1 - s, of: steps)
                let hasLater = s > 0
                let earlier = step(before: t, of: steps)
                switch cell {
                case .rnn: rnnBackwardStep(t, rows, hasLater, w, gradOutput, biasSum)
                case .lstm: lstmBackwardStep(t, rows, hasLater, earlier, w, gradOutput, biasSum)
                }
                let stepRows = t * batch + rows.lowerBound..<t * batch + rows.upperBound
                if let gradInput {
                    try BLAS.gemmInTiles(w.gates.rows(stepRows), weightIH.whole, into: gradInput.rows(stepRows), beta: accumulate ? 1 : 0)
                }
                if earlier != nil {
                    try BLAS.gemmInTiles(w.gates.rows(stepRows), weightHH.whole, into: w.carryHidden.rows(rows))
                }
            }
        }
        for k in 0..<width {
            var total = 0.0
            for lane in 0..<lanes { total += w.laneBiasGradients[lane, k] }
            gradBiasIH[k] = total
        }
        if let gradBiasHH {
            gsl_vector_memcpy(gradBiasHH.pointer, gradBiasIH.pointer)
        }
    }

    /// The weight gradients once `backpropagate` has left every dâ and the
    /// stacked [X | H₋₁], the product's gate rows split between `lanes`.
    public func accumulateGradients(lanes limit: Int) throws {
        guard let w = workspace else { preconditionFailure("backward needs a forward pass first") }
        let gateRows = weightIH.rows
        let productLanes = Lanes.count(rows: min(gateRows, w.steps * w.batch), limit: limit)
        try Lanes.run(productLanes) { lane in
            let g = Lanes.range(lane, of: productLanes, rows: gateRows)
            try BLAS.gemm(w.gates.columns(g), .transpose, w.stacked.whole, .none, into: w.stackedGradient.rows(g))
            unstackWeightGradients(w, gateRows: g)
        }
    }
}
