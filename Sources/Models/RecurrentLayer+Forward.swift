import CoursecheckNumerics

extension RecurrentLayer {
    /// Runs the layer over the sequence that `a` holds views of: the input
    /// projection of every step, then the recurrence.
    ///
    /// `a.input` is (T·B × I) and `a.output` (T·B × H), both time-major (row
    /// t·B + b holds step t of sequence b); the output may be a strided view,
    /// such as one direction's half of a bidirectional level's output.
    /// `lanes` bounds how many lanes the layer cuts its work into.
    ///
    /// A packed batch (`a.lengths`): sequence b runs over steps
    /// 0..<lengths[b] only. A forward layer starts every sequence at step 0
    /// and stops it at its last step; a reverse layer starts sequence b at
    /// its own last step, lengths[b] − 1, from a zero state. Padding rows of
    /// the output are zero.
    func forward(_ a: LayerActivations, lanes limit: Int) throws {
        try project(a, lanes: limit)
        try recur(a, lanes: limit)
    }

    /// The input projection of every step, X·W_ihᵀ, as one GEMM whose rows
    /// are split between `lanes`. The biases are added by the gate loops,
    /// which read the pre-activations anyway: no pass over the T·B × G·H
    /// matrix of its own.
    private func project(_ a: LayerActivations, lanes limit: Int) throws {
        a.tiledRecurrence = a.batch / Lanes.count(rows: a.batch, limit: limit) <= 16
        for k in 0..<a.bias.columns { a.bias[0, k] = biasIH[k] + (biasHH?[k] ?? 0) }
        let all = a.steps * a.batch
        let projectionLanes = Lanes.count(rows: all, limit: limit)
        try Lanes.run(projectionLanes, threads: a.threads) { lane in
            let rows = Lanes.range(lane, of: projectionLanes, rows: all)
            try BLAS.gemm(a.input.rows(rows), .none, weightIH.view, .transpose, into: a.gates.rows(rows))
            // This lane's share of W_hhᵀ, for `recur`.
            let units = Lanes.range(lane, of: projectionLanes, rows: hiddenSize)
            if a.tiledRecurrence, !units.isEmpty {
                try a.weightHHTransposed.rows(units).assignTranspose(of: weightHH.columns(units))
            }
        }
    }

    /// The sequences of `live` that continue from a step before t (the rest
    /// of `live` start at t from a zero state): for a forward layer every
    /// live sequence when t > 0; for a reverse layer those that have a step
    /// t + 1.
    func continuing(_ t: Int, _ live: Range<Int>, _ a: LayerActivations) -> Range<Int> {
        guard let previous = step(before: t, of: a.steps) else { return live.lowerBound..<live.lowerBound }
        return live.clamped(to: 0..<a.lengths.active(previous))
    }

    /// The recurrence over the projected sequence: each step adds hₜ₋₁·W_hhᵀ
    /// with one more GEMM and applies the gates in a tight loop over
    /// contiguous rows. Sequences are independent: each lane carries its own
    /// rows of the batch through every step.
    private func recur(_ a: LayerActivations, lanes limit: Int) throws {
        let (steps, batch) = (a.steps, a.batch)
        let lanes = Lanes.count(rows: batch, limit: limit)
        try Lanes.run(lanes, threads: a.threads) { lane in
            let sequences = Lanes.range(lane, of: lanes, rows: batch)
            for s in 0..<steps {
                let t = step(at: s, of: steps)
                let live = a.live(t, sequences)
                if live.count < sequences.count {
                    a.output.zeroRows(a.rows(step: t, live.upperBound..<sequences.upperBound))
                }
                guard !live.isEmpty else { continue }
                let previous = step(before: t, of: steps)
                let going = continuing(t, live, a)
                if let p = previous, !going.isEmpty {
                    let (from, to) = (a.rows(step: p, going), a.rows(step: t, going))
                    if a.tiledRecurrence {
                        try BLAS.gemmInTiles(a.output.rows(from), a.weightHHTransposed.view, into: a.gates.rows(to), beta: 1)
                    } else {
                        try BLAS.gemm(a.output.rows(from), .none, weightHH.view, .transpose, into: a.gates.rows(to), beta: 1)
                    }
                }
                switch recurrence {
                case .rnn: rnnGates(t, live, a)
                case .lstm: lstmGates(t, previous, live, continuing: going.upperBound, a)
                }
            }
        }
    }

    /// hₜ = tanh(aₜ + b), kept both as the gate activation and as the output,
    /// four units at a time.
    private func rnnGates(_ t: Int, _ sequences: Range<Int>, _ a: LayerActivations) {
        let (gates, output, bias) = (a.gates, a.output, a.bias.view)
        for b in sequences {
            let r = t * a.batch + b
            for j in stride(from: 0, to: hiddenSize, by: 4) {
                let y = VectorMath.tanh(gates.load(r, j) + bias.load(0, j))
                gates.store(y, r, j)
                output.store(y, r, j)
            }
        }
    }

    /// The LSTM gates (of the pre-activations plus b), cell state and hidden
    /// state of step t, four units at a time; each gate's block of columns is
    /// a view of its own. Sequences b < `continuing` carry cₜ₋₁ from step
    /// `previous`; the others start at t with c = 0.
    private func lstmGates(_ t: Int, _ previous: Int?, _ sequences: Range<Int>, continuing: Int, _ a: LayerActivations) {
        let h = hiddenSize
        let (gi, gf, gg, go) = Self.blocks(a.gates, h)
        let (bi, bf, bg, bo) = Self.blocks(a.bias.view, h)
        let (c, tc, output) = (a.cellStates!, a.cellStatesTanh!, a.output)
        for b in sequences {
            let r = t * a.batch + b
            let before = b < continuing ? previous.map { $0 * a.batch + b } : nil
            for j in stride(from: 0, to: h, by: 4) {
                let i = VectorMath.sigmoid(gi.load(r, j) + bi.load(0, j))
                let f = VectorMath.sigmoid(gf.load(r, j) + bf.load(0, j))
                let z = VectorMath.tanh(gg.load(r, j) + bg.load(0, j))
                let o = VectorMath.sigmoid(go.load(r, j) + bo.load(0, j))
                var cell = i * z
                if let before { cell += f * c.load(before, j) }
                let y = VectorMath.tanh(cell)
                gi.store(i, r, j)
                gf.store(f, r, j)
                gg.store(z, r, j)
                go.store(o, r, j)
                c.store(cell, r, j)
                tc.store(y, r, j)
                output.store(o * y, r, j)
            }
        }
    }

    /// The i, f, g, o blocks of columns of an LSTM's gate-wide matrix.
    static func blocks(_ m: MatrixView, _ h: Int) -> (MatrixView, MatrixView, MatrixView, MatrixView) {
        (m.columns(0..<h), m.columns(h..<2 * h), m.columns(2 * h..<3 * h), m.columns(3 * h..<4 * h))
    }
}
