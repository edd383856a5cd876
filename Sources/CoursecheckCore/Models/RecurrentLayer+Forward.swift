@preconcurrency import CGSL

extension RecurrentLayer {
    /// Runs the layer over a sequence: `project`, then `recur`.
    ///
    /// `input` is (T·B × I) and `output` (T·B × H), both time-major (row
    /// t·B + b holds step t of sequence b); `output` may be a strided view,
    /// such as one direction's half of a bidirectional level's output. Both
    /// must stay alive until `backward` has run. `lanes` bounds how many cores
    /// the layer may use.
    public func forward(input: gsl_matrix, output: gsl_matrix, steps: Int, batch: Int, lanes limit: Int = Lanes.available) throws {
        try project(input: input, output: output, steps: steps, batch: batch, lanes: limit)
        try recur(lanes: limit)
    }

    /// The input projection of every step, X·W_ihᵀ, as one GEMM whose rows
    /// are split between `lanes`; keeps `input` and `output` for `recur` and
    /// `backward`. The biases are added by the gate loops, which read the
    /// pre-activations anyway: no pass over the T·B × G·H matrix of its own.
    public func project(input: gsl_matrix, output: gsl_matrix, steps: Int, batch: Int, lanes limit: Int) throws {
        precondition(input.size1 == steps * batch && input.size2 == inputSize,
                     "input must be \(steps * batch)×\(inputSize), got \(input.size1)×\(input.size2)")
        precondition(output.size1 == steps * batch && output.size2 == hiddenSize,
                     "output must be \(steps * batch)×\(hiddenSize), got \(output.size1)×\(output.size2)")
        let w = try workspace(steps: steps, batch: batch)
        w.input = input
        w.output = output
        w.tiledRecurrence = batch / Lanes.count(rows: batch, limit: limit) <= 16
        for k in 0..<w.bias.count { w.bias[k] = biasIH[k] + (biasHH?[k] ?? 0) }
        let all = steps * batch
        let projectionLanes = Lanes.count(rows: all, limit: limit)
        try Lanes.run(projectionLanes) { lane in
            let rows = Lanes.range(lane, of: projectionLanes, rows: all)
            try BLAS.gemm(input.rows(rows), .none, weightIH.whole, .transpose, into: w.gates.rows(rows))
            // This lane's share of W_hhᵀ, for `recur`.
            if w.tiledRecurrence {
                let units = Lanes.range(lane, of: projectionLanes, rows: hiddenSize)
                var share = w.weightHHTransposed.rows(units), columns = weightHH.columns(units)
                try GSL.check(gsl_matrix_transpose_memcpy(&share, &columns))
            }
        }
    }

    /// The recurrence over the projected sequence: each step adds hₜ₋₁·W_hhᵀ
    /// with one more GEMM and applies the gates in a tight loop over
    /// contiguous rows, the batch split into `lanes`.
    public func recur(lanes limit: Int) throws {
        guard let w = workspace, let output = w.output else {
            preconditionFailure("recur needs project first")
        }
        let (steps, batch) = (w.steps, w.batch)
        // Sequences are independent: each lane carries its own rows of the
        // batch through every step.
        let lanes = Lanes.count(rows: batch, limit: limit)
        try Lanes.run(lanes) { lane in
            let rows = Lanes.range(lane, of: lanes, rows: batch)
            for s in 0..<steps {
                let t = step(at: s, of: steps)
                let previous = step(before: t, of: steps)
                if let p = previous {
                    let (from, to) = (p * batch + rows.lowerBound..<p * batch + rows.upperBound,
                                      t * batch + rows.lowerBound..<t * batch + rows.upperBound)
                    if w.tiledRecurrence {
                        try BLAS.gemmInTiles(output.rows(from), w.weightHHTransposed.whole, into: w.gates.rows(to), beta: 1)
                    } else {
                        try BLAS.gemm(output.rows(from), .none, weightHH.whole, .transpose, into: w.gates.rows(to), beta: 1)
                    }
                }
                switch cell {
                case .rnn: rnnForwardStep(t, rows, w, output)
                case .lstm: lstmForwardStep(t, previous, rows, w, output)
                }
            }
        }
    }
}
