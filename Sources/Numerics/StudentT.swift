@preconcurrency internal import CGSL

/// Student's t distribution.
public enum StudentT {
    /// The quantile t(p, ν): the x with P(T ≤ x) = p for T ~ t with ν degrees
    /// of freedom (`gsl_cdf_tdist_Pinv`). t(0.995, 2) ≈ 9.925, t(0.995, ∞) →
    /// 2.576, the normal's.
    public static func quantile(_ p: Double, degreesOfFreedom nu: Double) -> Double {
        precondition(p > 0 && p < 1, "a quantile needs 0 < p < 1, got \(p)")
        precondition(nu > 0, "t needs ν > 0 degrees of freedom, got \(nu)")
        return gsl_cdf_tdist_Pinv(p, nu)
    }
}
