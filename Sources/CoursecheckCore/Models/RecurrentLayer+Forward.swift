@preconcurrency import CGSL

extension RecurrentLayer {
    /// Runs the layer over a sequence.
    ///
    /// `input` is (T·B × I) and `output` (T·B × H), both time-major (row
    /// t·B + b holds step t of sequence b); `output` may be a strided view,
    /// such as one direction's half of a bidirectional level's output. Both
    /// must stay alive until `backward` has run. `lanes` bounds how many cores
    /// the layer may use.
    ///
    /// One GEMM computes every step's input projection X·W_ihᵀ; each step then
    /// adds hₜ₋₁·W_hhᵀ with one more GEMM and applies the gates in a tight
    /// loop over contiguous rows, the batch split into `Lanes`.
    public func forward(input: gsl_matrix, output: gsl_matrix, steps: Int, batch: Int, lanes limit: Int = Lanes.available) throws {
        precondition(input.size1 == steps * batch && input.size2 == inputSize,
                     "input must be \(steps * batch)×\(inputSize), got \(input.size1)×\(input.size2)")
        precondition(output.size1 == steps * batch && output.size2 == hiddenSize,
                     "output must be \(steps * batch)×\(hiddenSize), got \(output.size1)×\(output.size2)")
        let w = try workspace(steps: steps, batch: batch)
        w.input = input
        w.output = output
        // The input projection of every step, its rows split between lanes.
        let all = steps * batch
        let projectionLanes = Lanes.count(rows: all, limit: limit)
        try Lanes.run(projectionLanes) { lane in
            let rows = Lanes.range(lane, of: projectionLanes, rows: all)
            try BLAS.gemm(input.rows(rows), .none, weightIH.whole, .transpose, into: w.gates.rows(rows))
            addBiases(to: w.gates, rows: rows)
        }

        // Sequences are independent: each lane carries its own rows of the
        // batch through every step.
        let lanes = Lanes.count(rows: batch, limit: limit)
        try Lanes.run(lanes) { lane in
            let rows = Lanes.range(lane, of: lanes, rows: batch)
            for s in 0..<steps {
                let t = reverse ? steps - 1 - s : s
                let previous = s == 0 ? nil : (reverse ? t + 1 : t - 1)
                if let p = previous {
                    try BLAS.gemm(output.rows(p * batch + rows.lowerBound..<p * batch + rows.upperBound), .none,
                                  weightHH.whole, .transpose,
                                  into: w.gates.rows(t * batch + rows.lowerBound..<t * batch + rows.upperBound), beta: 1)
                }
                switch cell {
                case .rnn: rnnStep(t, rows, w, output)
                case .lstm: lstmStep(t, previous, rows, w, output)
                }
            }
        }
    }

    /// Adds b_ih (+ b_hh) to rows of the gate pre-activations.
    private func addBiases(to gates: Matrix, rows: Range<Int>) {
        let width = gates.columns
        var total = [Double](repeating: 0, count: width)
        for k in 0..<width { total[k] = biasIH[k] + (biasHH?[k] ?? 0) }
        total.withUnsafeBufferPointer { b in
            for r in rows {
                let row = gates.data + r * width
                for k in 0..<width { row[k] += b[k] }
            }
        }
    }

    /// hₜ = tanh(aₜ), kept both as the gate activation and as the output.
    private func rnnStep(_ t: Int, _ rows: Range<Int>, _ w: Workspace, _ output: gsl_matrix) {
        let h = hiddenSize
        for b in rows {
            let r = t * w.batch + b
            let a = w.gates.data + r * h
            let out = output.row(r)
            for j in stride(from: 0, to: h, by: 4) {
                let y = VectorMath.tanh(VectorMath.load(a, j, h))
                VectorMath.store(y, a, j, h)
                VectorMath.store(y, out, j, h)
            }
        }
    }

    /// The LSTM gates, cell and hidden state of step t, four units at a time.
    private func lstmStep(_ t: Int, _ previous: Int?, _ rows: Range<Int>, _ w: Workspace, _ output: gsl_matrix) {
        let h = hiddenSize
        let cells = w.cells!.data, cellTanh = w.cellTanh!.data
        for b in rows {
            let r = t * w.batch + b
            let g = w.gates.data + r * 4 * h
            let (gi, gf, gg, go) = (g, g + h, g + 2 * h, g + 3 * h)
            let c = cells + r * h
            let tc = cellTanh + r * h
            let out = output.row(r)
            let cPrev = previous.map { cells + ($0 * w.batch + b) * h }
            for j in stride(from: 0, to: h, by: 4) {
                let i = VectorMath.sigmoid(VectorMath.load(gi, j, h))
                let f = VectorMath.sigmoid(VectorMath.load(gf, j, h))
                let z = VectorMath.tanh(VectorMath.load(gg, j, h))
                let o = VectorMath.sigmoid(VectorMath.load(go, j, h))
                var cell = i * z
                if let cPrev { cell += f * VectorMath.load(cPrev, j, h) }
                let y = VectorMath.tanh(cell)
                VectorMath.store(i, gi, j, h)
                VectorMath.store(f, gf, j, h)
                VectorMath.store(z, gg, j, h)
                VectorMath.store(o, go, j, h)
                VectorMath.store(cell, c, j, h)
                VectorMath.store(y, tc, j, h)
                VectorMath.store(o * y, out, j, h)
            }
        }
    }
}
