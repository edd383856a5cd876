@preconcurrency import CGSL

extension RecurrentLayer {
    /// hₜ = tanh(aₜ + b), kept both as the gate activation and as the output.
    func rnnForwardStep(_ t: Int, _ rows: Range<Int>, _ w: Workspace, _ output: gsl_matrix) {
        let h = hiddenSize
        let bias = w.bias.data
        for b in rows {
            let r = t * w.batch + b
            let a = w.gates.data + r * h
            let out = output.row(r)
            for j in stride(from: 0, to: h, by: 4) {
                let y = VectorMath.tanh(VectorMath.load(a, j, h) + VectorMath.load(bias, j, h))
                VectorMath.store(y, a, j, h)
                VectorMath.store(y, out, j, h)
            }
        }
    }

    /// The LSTM gates (of the pre-activations plus b), cell and hidden state
    /// of step t, four units at a time.
    func lstmForwardStep(_ t: Int, _ previous: Int?, _ rows: Range<Int>, _ w: Workspace, _ output: gsl_matrix) {
        let h = hiddenSize
        let cellTanh = w.cellTanh!.data
        let bias = w.bias.data
        let (bi, bf, bg, bo) = (bias, bias + h, bias + 2 * h, bias + 3 * h)
        for b in rows {
            let r = t * w.batch + b
            let (gi, gf, gg, go) = w.gateBlocks(row: r)
            let c = w.cell(step: t, sequence: b)!
            let tc = cellTanh + r * h
            let out = output.row(r)
            let cPrev = w.cell(step: previous, sequence: b)
            for j in stride(from: 0, to: h, by: 4) {
                let i = VectorMath.sigmoid(VectorMath.load(gi, j, h) + VectorMath.load(bi, j, h))
                let f = VectorMath.sigmoid(VectorMath.load(gf, j, h) + VectorMath.load(bf, j, h))
                let z = VectorMath.tanh(VectorMath.load(gg, j, h) + VectorMath.load(bg, j, h))
                let o = VectorMath.sigmoid(VectorMath.load(go, j, h) + VectorMath.load(bo, j, h))
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
