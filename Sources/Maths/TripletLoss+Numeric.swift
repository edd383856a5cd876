import CoursecheckNumerics

/// Values of the embeddings at one point: a vector per symbol.
public typealias Embeddings = [Symbol: [Double]]

extension TripletLoss {
    /// The hinge argument ½‖a − p‖² − ½‖a − n‖² + α of each triplet, computed
    /// directly in floating point.
    public func hingeArguments(at f: Embeddings) -> [Double] {
        let w = weight.doubleValue
        return triplets.map { t in
            let (a, p, n) = (f[t.anchor]!, f[t.positive]!, f[t.negative]!)
            var ap = 0.0, an = 0.0
            for j in a.indices {
                ap += (a[j] - p[j]) * (a[j] - p[j])
                an += (a[j] - n[j]) * (a[j] - n[j])
            }
            return w * ap - w * an + margin
        }
    }

    /// L at a point.
    public func value(at f: Embeddings) -> Double {
        hingeArguments(at: f).reduce(0) { $0 + max(0, $1) }
    }

    /// The analytic gradient, written out by hand as backpropagation would:
    /// for each active triplet, ∂/∂a += 2w·(n − p), ∂/∂p += 2w·(p − a),
    /// ∂/∂n += 2w·(a − n).
    public func analyticGradient(at f: Embeddings) -> Embeddings {
        let dimension = f.values.first?.count ?? 0
        var g = f.mapValues { _ in [Double](repeating: 0, count: dimension) }
        let w2 = 2 * weight.doubleValue
        for (t, z) in zip(triplets, hingeArguments(at: f)) where z > 0 {
            let (a, p, n) = (f[t.anchor]!, f[t.positive]!, f[t.negative]!)
            for j in 0..<dimension {
                g[t.anchor]![j] += w2 * (n[j] - p[j])
                g[t.positive]![j] += w2 * (p[j] - a[j])
                g[t.negative]![j] += w2 * (a[j] - n[j])
            }
        }
        return g
    }

    /// ∂L/∂symbol by `gsl_deriv_central`, one coordinate at a time.
    public func finiteDifferenceGradient(at f: Embeddings, with symbol: Symbol, method: CentralDifference) throws -> [Double] {
        let base = f[symbol]!
        return try base.indices.map { j in
            var moved = f
            return try method.derivative(at: base[j]) { x in
                moved[symbol]![j] = x
                return value(at: moved)
            }.value
        }
    }
}
