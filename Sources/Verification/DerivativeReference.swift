import CoursecheckMaths

/// The computed answer to one "∂L/∂s = ?" question, with the evidence behind
/// it.
///
/// `expected` is derived exactly from the loss (`TripletLoss.symbolicGradient`);
/// `finiteDifferences[d]` is ∂L/∂s by `gsl_deriv_central` at `points[d]`.
/// Construction verifies that the exact gradient, the hand-written analytic
/// gradient and the finite differences agree within the tolerance at every
/// point, and throws `ReferenceError.disagreement` with the values if not.
public struct DerivativeReference: Sendable {
    public var symbol: Symbol
    public var expected: LinearExpression
    /// The gradient under the loss without the ½.
    public var unscaled: LinearExpression
    public var points: [Embeddings]
    public var finiteDifferences: [[Double]]
    public var dimension: Int
}

/// The reference computation contradicts itself: a bug, never a verdict.
public enum ReferenceError: Error, CustomStringConvertible, Sendable {
    case disagreement(question: String, symbol: Symbol, draw: Int, coordinate: Int, exact: Double, analytic: Double, finiteDifference: Double)

    public var description: String {
        switch self {
        case let .disagreement(question, symbol, draw, coordinate, exact, analytic, fd):
            "reference disagreement in \(question), ∂L/∂\(symbol)[\(coordinate)] at draw \(draw): " +
                "exact \(exact), analytic \(analytic), finite difference \(fd)"
        }
    }
}

extension DerivativeReference {
    /// The largest |claimed − finite difference| over every draw and
    /// coordinate, with where it occurs.
    public func deviation(of claim: LinearExpression) -> (magnitude: Double, draw: Int, coordinate: Int) {
        var worst = (magnitude: 0.0, draw: 0, coordinate: 0)
        for (d, point) in points.enumerated() {
            let value = claim.evaluate(at: point, dimension: dimension)
            for j in 0..<dimension {
                let delta = abs(value[j] - finiteDifferences[d][j])
                // NaN compares false: treat it as the worst possible.
                if !(delta <= worst.magnitude) { worst = (delta.isNaN ? .infinity : delta, d, j) }
            }
        }
        return worst
    }
}
