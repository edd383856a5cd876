import CoursecheckNumerics

extension RecurrentLayer {
    /// Backpropagation through time of the forward pass that filled `a`.
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
    /// every step's dâ in one matrix, the weight gradients from one product
    /// ```
    /// [dW_ih | dW_hh] = dâᵀ · [X | H₋₁]
    /// ```
    /// where row t·B + b of H₋₁ holds h of the step before t (zero for the
    /// first): one GEMM with N = I + H columns runs faster than two. The gate
    /// activations are overwritten by dâ, which is why a `Tape` can be
    /// backpropagated once.
    func backward(_ a: LayerActivations, gradOutput: MatrixView, gradInput: MatrixView?, accumulate: Bool,
                  lanes limit: Int) throws {
        try backpropagate(a, gradOutput: gradOutput, gradInput: gradInput, accumulate: accumulate, lanes: limit)
        try accumulateWeightGradients(a, lanes: limit)
    }

    /// The recurrence of `backward`, from the last processed step to the
    /// first, the batch split into lanes: leaves every step's dâ in place of
    /// the gate activations, writes (or adds) each step's dxₜ = dâₜ·W_ih while
    /// dâₜ is still in cache, and sums db in the gate loops. Each lane also
    /// stacks [X | H₋₁] for its own sequences.
    ///
    /// A packed batch: a sequence's carries start at zero where its pass
    /// ended (a forward layer's last step, a reverse layer's step 0), and the
    /// rows of padding get dâ = 0 and, in dL/dX, zeros.
    private func backpropagate(_ a: LayerActivations, gradOutput: MatrixView, gradInput: MatrixView?, accumulate: Bool,
                               lanes limit: Int) throws {
        let (steps, batch) = (a.steps, a.batch)
        let packed = !a.lengths.isFull
        let lanes = Lanes.count(rows: batch, limit: min(limit, a.laneBiasGradients.rows))
        try Lanes.run(lanes, threads: a.threads) { lane in
            let sequences = Lanes.range(lane, of: lanes, rows: batch)
            let biasSum = a.laneBiasGradients.rows(lane..<lane + 1)
            biasSum.zero()
            stack(a, sequences: sequences)
            if packed {
                // Sequences that end before the others have no later step
                // to carry from: their carries must read as zero.
                a.carryHidden.rows(sequences).zero()
                a.carryCellState.rows(sequences).zero()
            }
            for s in 0..<steps {
                let t = step(at: steps - 1 - s, of: steps)
                let earlier = step(before: t, of: steps)
                let live = a.live(t, sequences)
                if live.count < sequences.count {
                    let padding = a.rows(step: t, live.upperBound..<sequences.upperBound)
                    a.gates.zeroRows(padding)
                    if let gradInput, !accumulate { gradInput.zeroRows(padding) }
                }
                guard !live.isEmpty else { continue }
                let going = continuing(t, live, a)
                switch recurrence {
                case .rnn: rnnGateGradients(t, live, hasLater: s > 0, a, gradOutput, biasSum)
                case .lstm: lstmGateGradients(t, live, hasLater: s > 0, earlier: earlier, continuing: going.upperBound,
                                              a, gradOutput, biasSum)
                }
                let rows = a.rows(step: t, live)
                if let gradInput {
                    try BLAS.gemmInTiles(a.gates.rows(rows), weightIH.view, into: gradInput.rows(rows), beta: accumulate ? 1 : 0)
                }
                if earlier != nil, !going.isEmpty {
                    try BLAS.gemmInTiles(a.gates.rows(a.rows(step: t, going)), weightHH.view, into: a.carryHidden.rows(going))
                }
            }
        }
        for k in 0..<gradBiasIH.count {
            var total = 0.0
            for lane in 0..<lanes { total += a.laneBiasGradients[lane, k] }
            gradBiasIH[k] = total
        }
        gradBiasHH?.assign(from: gradBiasIH)
    }

    /// dâ = (dL/dhₜ + dhₜ₊₁) ⊙ (1 − hₜ²), four units at a time.
    private func rnnGateGradients(_ t: Int, _ sequences: Range<Int>, hasLater: Bool, _ a: LayerActivations,
                                  _ gradOutput: MatrixView, _ biasSum: MatrixView) {
        let (gates, carry) = (a.gates, a.carryHidden.view)
        for b in sequences {
            let r = t * a.batch + b
            for j in stride(from: 0, to: hiddenSize, by: 4) {
                let y = gates.load(r, j)
                let dh = gradOutput.load(r, j) + (hasLater ? carry.load(b, j) : SIMD4())
                let da = dh * (1 - y * y)
                gates.store(da, r, j)
                biasSum.store(biasSum.load(0, j) + da, 0, j)
            }
        }
    }

    /// The LSTM step of `backward`'s formulas, four units at a time;
    /// sequences b < `continuing` had a cell state cₜ₋₁ at step `earlier`.
    private func lstmGateGradients(_ t: Int, _ sequences: Range<Int>, hasLater: Bool, earlier: Int?, continuing: Int,
                                   _ a: LayerActivations, _ gradOutput: MatrixView, _ biasSum: MatrixView) {
        let h = hiddenSize
        let (gi, gf, gg, go) = Self.blocks(a.gates, h)
        let (si, sf, sg, so) = Self.blocks(biasSum, h)
        let (c, tc) = (a.cellStates!, a.cellStatesTanh!)
        let (carryH, carryC) = (a.carryHidden.view, a.carryCellState.view)
        for b in sequences {
            let r = t * a.batch + b
            let before = b < continuing ? earlier.map { $0 * a.batch + b } : nil
            for j in stride(from: 0, to: h, by: 4) {
                let (i, f) = (gi.load(r, j), gf.load(r, j))
                let (z, o) = (gg.load(r, j), go.load(r, j))
                let dh = gradOutput.load(r, j) + (hasLater ? carryH.load(b, j) : SIMD4())
                let y = tc.load(r, j)
                let dc = (hasLater ? carryC.load(b, j) : SIMD4()) + dh * o * (1 - y * y)
                let previous = before.map { c.load($0, j) } ?? SIMD4()
                carryC.store(dc * f, b, j)
                let (di, df) = (dc * z * i * (1 - i), dc * previous * f * (1 - f))
                let (dz, dO) = (dc * i * (1 - z * z), dh * y * o * (1 - o))
                gi.store(di, r, j)
                gf.store(df, r, j)
                gg.store(dz, r, j)
                go.store(dO, r, j)
                si.store(si.load(0, j) + di, 0, j)
                sf.store(sf.load(0, j) + df, 0, j)
                sg.store(sg.load(0, j) + dz, 0, j)
                so.store(so.load(0, j) + dO, 0, j)
            }
        }
    }

    /// Fills the rows of [X | H₋₁] of some sequences: each backward lane its
    /// own. Rows of padding are zero, and so is H₋₁ where a sequence starts.
    private func stack(_ a: LayerActivations, sequences: Range<Int>) {
        let stacked = a.stacked
        for t in 0..<a.steps {
            let previous = step(before: t, of: a.steps)
            let live = a.live(t, sequences)
            let going = continuing(t, live, a)
            for b in sequences {
                let r = t * a.batch + b
                guard b < live.upperBound else {
                    stacked.zeroRow(r, columns: 0..<inputSize + hiddenSize)
                    continue
                }
                stacked.copyRow(r, from: a.input, row: r)
                if let previous, b < going.upperBound {
                    stacked.copyRow(r, at: inputSize, from: a.output, row: previous * a.batch + b)
                } else {
                    stacked.zeroRow(r, columns: inputSize..<inputSize + hiddenSize)
                }
            }
        }
    }

    /// [dW_ih | dW_hh] = dâᵀ·[X | H₋₁] once every dâ and the stacked operand
    /// are in place, the product's gate rows split between lanes, each lane
    /// copying its rows into the two gradient tensors.
    private func accumulateWeightGradients(_ a: LayerActivations, lanes limit: Int) throws {
        let gateRows = weightIH.rows
        let productLanes = Lanes.count(rows: min(gateRows, a.steps * a.batch), limit: limit)
        let product = a.stackedGradient.view
        let (forInput, forHidden) = (product.columns(0..<inputSize), product.columns(inputSize..<inputSize + hiddenSize))
        let (dWih, dWhh) = (gradWeightIH.view, gradWeightHH.view)
        try Lanes.run(productLanes, threads: a.threads) { lane in
            let g = Lanes.range(lane, of: productLanes, rows: gateRows)
            try BLAS.gemm(a.gates.columns(g), .transpose, a.stacked, .none, into: a.stackedGradient.rows(g))
            for k in g {
                dWih.copyRow(k, from: forInput, row: k)
                dWhh.copyRow(k, from: forHidden, row: k)
            }
        }
    }
}
