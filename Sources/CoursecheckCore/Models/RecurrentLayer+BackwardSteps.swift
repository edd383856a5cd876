@preconcurrency import CGSL

extension RecurrentLayer {
    /// dâ = (dL/dhₜ + dhₜ₊₁) ⊙ (1 − hₜ²), four units at a time.
    func rnnBackwardStep(_ t: Int, _ rows: Range<Int>, _ hasLater: Bool, _ w: Workspace, _ gradOutput: gsl_matrix,
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
    func lstmBackwardStep(_ t: Int, _ rows: Range<Int>, _ hasLater: Bool, _ earlier: Int?, _ w: Workspace, _ gradOutput: gsl_matrix,
                          _ biasSum: UnsafeMutablePointer<Double>) {
        typealias V = VectorMath.V
        let h = hiddenSize
        let cellTanh = w.cellTanh!.data
        let forgetSign: Double = fault == .forgetGateSign ? -1 : 1
        let (si, sf, sg, so) = (biasSum, biasSum + h, biasSum + 2 * h, biasSum + 3 * h)
        for b in rows {
            let r = t * w.batch + b
            let (gi, gf, gg, go) = w.gateBlocks(row: r)
            let tc = cellTanh + r * h
            let dOut = gradOutput.row(r)
            let carryH = w.carryHidden.data + b * h
            let carryC = w.carryCell.data + b * h
            let cPrev = w.cell(step: earlier, sequence: b)
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
