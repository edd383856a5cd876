import CoursecheckNumerics

/// The band a claimed accuracy p (a fraction) is judged against, from K
/// test accuracies of one model trained under one recipe on K seeds, with
/// mean m, standard deviation s (K − 1 in the denominator; floored at
/// 0.005, so that K lucky seeds that agree do not make the band a point)
/// and n test examples:
/// ```
/// σ² = s²·(1 + 1/K) + m(1 − m)/n
/// correct     |p − m| ≤ t(0.995,  K − 1)·σ
/// incorrect   |p − m| > t(0.9995, K − 1)·σ
/// ```
/// and between the two, neither (z = (p − m)/σ is reported). s²(1 + 1/K) is
/// the spread of one more seed's run around the mean of K; m(1 − m)/n the
/// binomial noise of a test set of n. t is Student's, from GSL
/// (`gsl_cdf_tdist_Pinv`): at K = 3 it is 9.92, so the band is wide.
public struct AccuracyBand: Equatable, Sendable {
    public var mean: Double
    public var standardDeviation: Double
    public var seeds: Int
    public var nTest: Int

    public static let deviationFloor = 0.005
    public static let inner = 0.995
    public static let outer = 0.9995

    public init(mean: Double, standardDeviation: Double, seeds: Int, nTest: Int) {
        precondition(seeds >= 2 && nTest >= 1, "a band needs at least 2 seeds and a test example, got \(seeds) and \(nTest)")
        self.mean = mean
        self.standardDeviation = standardDeviation
        self.seeds = seeds
        self.nTest = nTest
    }

    /// The band of a list of accuracies.
    public init(accuracies: [Double], nTest: Int) {
        let k = Double(accuracies.count)
        let mean = accuracies.reduce(0, +) / k
        let variance = accuracies.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (k - 1)
        self.init(mean: mean, standardDeviation: variance.squareRoot(), seeds: accuracies.count, nTest: nTest)
    }

    /// σ of the formula above.
    public var sigma: Double {
        let s = max(standardDeviation, Self.deviationFloor)
        return (s * s * (1 + 1 / Double(seeds)) + mean * (1 - mean) / Double(nTest)).squareRoot()
    }

    /// t(q, K − 1)·σ.
    public func halfWidth(_ q: Double) -> Double {
        StudentT.quantile(q, degreesOfFreedom: Double(seeds - 1)) * sigma
    }

    public enum Verdict: Equatable, Sendable {
        /// Within the inner band.
        case inside
        /// Outside the outer band.
        case outside(z: Double)
        /// Between the two bands.
        case between(z: Double)
    }

    public func judge(_ p: Double) -> Verdict {
        let z = (p - mean) / sigma
        if abs(p - mean) <= halfWidth(Self.inner) { return .inside }
        if abs(p - mean) > halfWidth(Self.outer) { return .outside(z: z) }
        return .between(z: z)
    }
}
