

/// The triplet loss of a list of triplets,
/// ```
/// L = Σₜ max(0, w·‖f_a − f_p‖² − w·‖f_a − f_n‖² + α)
/// ```
/// with w = ½ in the assignment. The unscaled variant (w = 1) is the common
/// slip of dropping the ½; its gradients are exactly twice the assignment's.
public struct TripletLoss: Sendable {
    public var triplets: [Triplet]
    public var margin: Double
    public var weight: Rational

    public init(triplets: [Triplet], margin: Double, weight: Rational = try! Rational(1, 2)) {
        self.triplets = triplets
        self.margin = margin
        self.weight = weight
    }

    /// The same loss without the ½.
    public var unscaled: TripletLoss {
        TripletLoss(triplets: triplets, margin: margin, weight: .one)
    }

    /// The hinge argument of one triplet as a quadratic form:
    /// w·‖a − p‖² − w·‖a − n‖² + α.
    public func hingeArgument(_ t: Triplet) throws -> QuadraticForm {
        let ap = try LinearExpression(t.anchor).subtracting(LinearExpression(t.positive))
        let an = try LinearExpression(t.anchor).subtracting(LinearExpression(t.negative))
        return QuadraticForm(terms: [(weight, ap), (try weight.negated(), an)], constant: margin)
    }

    /// The exact gradient with respect to `symbol` where every hinge is
    /// active (argument > 0): the sum of the hinge arguments' gradients.
    /// Where a hinge is inactive, max(0, ·) is 0 near the point and its
    /// triplet contributes nothing.
    public func symbolicGradient(with symbol: Symbol, active: Bool) throws -> LinearExpression {
        guard active else { return .zero }
        return try LinearExpression.sum(triplets.map { try hingeArgument($0).gradient(with: symbol) })
    }
}
