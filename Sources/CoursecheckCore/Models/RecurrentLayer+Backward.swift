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
    /// then, with every step's dâ in one matrix: dW_ih = dâᵀ·X,
    /// dW_hh = Σₜ dâₜᵀ·hₜ₋₁ (one GEMM over shifted rows), db = Σ rows of dâ,
    /// dX = dâ·W_ih. The gate activations are overwritten by dâ: run
    /// `forward` again before another `backward`.
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
        guard let w = workspace else { preconditionFailure("backward needs a forward pass first") }
        let (steps, batch) = (w.steps, w.batch)
        let lanes = Lanes.count(rows: batch, limit: min(limit, w.laneBiasGradients.rows))
        let width = w.laneBiasGradients.columns
        try Lanes.run(lanes) { lane in
            let rows = Lanes.range(lane, of: lanes, rows: batch)
            let biasSum = w.laneBiasGradients.data + lane * width
            biasSum.update(repeating: 0, count: width)
            stack(w, sequences: rows)
            for s in 0..<steps {
                let t = reverse ? s : steps - 1 - s
                let hasLater = s > 0
                let earlier = reverse ? (t + 1 < steps ? t + 1 : nil) : (t > 0 ? t - 1 : nil)
                switch cell {
                case .rnn: rnnStep(t, rows, hasLater, w, gradOutput, biasSum)
                case .lstm: lstmStep(t, rows, hasLater, earlier, w, gradOutput, biasSum)
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
        let (steps, batch) = (w.steps, w.batch)
        let gateRows = weightIH.rows, all = steps * batch
        let productLanes = Lanes.count(rows: min(gateRows, all), limit: limit)
        try Lanes.run(productLanes) { lane in
            let g = Lanes.range(lane, of: productLanes, rows: gateRows)
            let columns = gsl_matrix_submatrix(w.gates.pointer, 0, g.lowerBound, all, g.count).matrix
            try BLAS.gemm(columns, .transpose, w.stacked.whole, .none, into: w.stackedGradient.rows(g))
            unstackWeightGradients(w, gateRows: g)
        }
    }

    /// dâ = (dL/dhₜ + dhₜ₊₁) ⊙ (1 − hₜ²), four units at a time.
    private func rnnStep(_ t: Int, _ rows: Range<Int>, _ hasLater: Bool, _ w: Workspace, _ gradOutput: gsl_matrix,
                         _ biasSum: UnsafeMutablePointer<Double>) {
        typealias V = VectorMath.V
        let h = hiddenSize
        for b in rows {
            let r = t * w.batch + b
            let a = w.gates.data + r * h
            let dOut = gradOutput.row(r)
            let carry = w.carryHidden.data + b * h
            for j in stride(from: 0, to: h, by: 4) {
                let y = VectorMath.load(a, j, h)
                let dh = VectorMath.load(dOut, j, h) + (hasLater ? VectorMath.load(carry, j, h) : V())
                let da = dh * (1 - y * y)
                VectorMath.store(da, a, j, h)
                VectorMath.store(VectorMath.load(biasSum, j, h) + da, biasSum, j, h)
            }
        }
    }

    /// The LSTM step of `backward`'s formulas, four units at a time.
    private func lstmStep(_ t: Int, _ rows: Range<Int>, _ hasLater: Bool, _ earlier: Int?, _ w: Workspace, _ gradOutput: gsl_matrix,
                          _ biasSum: UnsafeMutablePointer<Double>) {
        typealias V = VectorMath.V
        let h = hiddenSize
        let cells = w.cells!.data, cellTanh = w.cellTanh!.data
        let forgetSign: Double = fault == .forgetGateSign ? -1 : 1
        let (si, sf, sg, so) = (biasSum, biasSum + h, biasSum + 2 * h, biasSum + 3 * h)
        for b in rows {
            let r = t * w.batch + b
            let g = w.gates.data + r * 4 * h
            let (gi, gf, gg, go) = (g, g + h, g + 2 * h, g + 3 * h)
            let tc = cellTanh + r * h
            let dOut = gradOutput.row(r)
            let carryH = w.carryHidden.data + b * h
            let carryC = w.carryCell.data + b * h
            let cPrev = earlier.map { cells + ($0 * w.batch + b) * h }
            for j in stride(from: 0, to: h, by: 4) {
                let (i, f) = (VectorMath.load(gi, j, h), VectorMath.load(gf, j, h))
                let (z, o) = (VectorMath.load(gg, j, h), VectorMath.load(go, j, h))
                let dh = VectorMath.load(dOut, j, h) + (hasLater ? VectorMath.load(carryH, j, h) : V())
                let y = VectorMath.load(tc, j, h)
                let dc = (hasLater ? VectorMath.load(carryC, j, h) : V()) + dh * o * (1 - y * y)
                let previous = cPrev.map { VectorMath.load($0, j, h) } ?? V()
                VectorMath.store(dc * f, carryC, j, h)
                let (di, df) = (dc * z * i * (1 - i), forgetSign * dc * previous * f * (1 - f))
                let (dz, dO) = (dc * i * (1 - z * z), dh * y * o * (1 - o))
                VectorMath.store(di, gi, j, h)
                VectorMath.store(df, gf, j, h)
                VectorMath.store(dz, gg, j, h)
                VectorMath.store(dO, go, j, h)
                VectorMath.store(VectorMath.load(si, j, h) + di, si, j, h)
                VectorMath.store(VectorMath.load(sf, j, h) + df, sf, j, h)
                VectorMath.store(VectorMath.load(sg, j, h) + dz, sg, j, h)
                VectorMath.store(VectorMath.load(so, j, h) + dO, so, j, h)
            }
        }
    }
}

extension RecurrentLayer {
    /// dW_ih = dâᵀ·X and dW_hh = Σₜ dâₜᵀ·hₜ₋₁ come from one product,
    /// ```
    /// [dW_ih | dW_hh] = dâᵀ · [X | H₋₁]
    /// ```
    /// where row t·B + b of H₋₁ holds h of the step before t (zero for the
    /// first): one GEMM with N = I + H columns runs faster than two with N = I
    /// and N = H. `stack` fills [X | H₋₁].
    /// Each backward lane stacks the rows of its own sequences.
    func stack(_ w: Workspace, sequences: Range<Int>) {
        guard let input = w.input, let output = w.output else { return }
        let (steps, batch) = (w.steps, w.batch)
        let stacked = w.stacked, inputs = inputSize, h = hiddenSize
        for t in 0..<steps {
            let previous = reverse ? t + 1 : t - 1
            for b in sequences {
                let r = t * batch + b
                let row = stacked.data + r * (inputs + h)
                row.update(from: input.row(r), count: inputs)
                if previous >= 0 && previous < steps {
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
