@preconcurrency internal import CGSL

/// A seeded Mersenne Twister (`gsl_rng_mt19937`): the same seed gives the same
/// stream on every machine, which keeps every reference and report
/// reproducible.
public final class RandomSource {
    private let rng: UnsafeMutablePointer<gsl_rng>
    public let seed: UInt

    public init(seed: UInt) throws {
        self.rng = try GSL.allocate { gsl_rng_alloc(gsl_rng_mt19937) }
        self.seed = seed
        gsl_rng_set(rng, seed)
    }

    deinit { gsl_rng_free(rng) }

    /// A draw from the uniform distribution on [a, b) (`gsl_ran_flat`).
    public func uniform(_ a: Double, _ b: Double) -> Double {
        gsl_ran_flat(rng, a, b)
    }

    /// A draw from N(0, σ²) (`gsl_ran_gaussian_ziggurat`).
    public func gaussian(sigma: Double) -> Double {
        gsl_ran_gaussian_ziggurat(rng, sigma)
    }

    /// `count` draws from N(0, σ²).
    public func gaussianVector(_ count: Int, sigma: Double) -> [Double] {
        (0..<count).map { _ in gaussian(sigma: sigma) }
    }
}
