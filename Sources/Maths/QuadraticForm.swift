

/// A weighted sum of squared norms of linear expressions plus a constant,
/// ```
/// q = Σⱼ wⱼ·‖uⱼ‖² + c
/// ```
/// the shape of the triplet loss's hinge argument. Its gradient with respect
/// to a symbol s follows from ∂‖u‖²/∂s = 2·(∂u/∂s)·u, where ∂u/∂s is u's
/// scalar coefficient of s:
/// ```
/// ∂q/∂s = Σⱼ 2·wⱼ·coeff_s(uⱼ)·uⱼ
/// ```
public struct QuadraticForm: Sendable {
    public var terms: [(weight: Rational, vector: LinearExpression)]
    public var constant: Double

    public init(terms: [(weight: Rational, vector: LinearExpression)], constant: Double) {
        self.terms = terms
        self.constant = constant
    }

    /// The exact gradient with respect to `symbol`.
    public func gradient(with symbol: Symbol) throws -> LinearExpression {
        try LinearExpression.sum(terms.map { term in
            let scale = try Rational(2).multiplied(by: term.weight).multiplied(by: term.vector.coefficient(of: symbol))
            return try term.vector.scaled(by: scale)
        })
    }

    /// The value at vector values of the symbols.
    public func value(at point: [Symbol: [Double]], dimension: Int) -> Double {
        var total = constant
        for term in terms {
            let u = term.vector.evaluate(at: point, dimension: dimension)
            total += term.weight.doubleValue * u.reduce(0) { $0 + $1 * $1 }
        }
        return total
    }
}
