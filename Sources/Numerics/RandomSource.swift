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

    func gslUniformInt(_ n: UInt) -> UInt {
        gsl_rng_uniform_int(rng, n)
    }

    /// `count` draws from N(0, σ²).
    public func gaussianVector(_ count: Int, sigma: Double) -> [Double] {
        (0..<count).map { _ in gaussian(sigma: sigma) }
    }
}

extension RandomSource {
    /// A draw from {0, 1, …, n − 1}, each equally likely (`gsl_rng_uniform_int`).
    public func integer(below n: Int) -> Int {
        precondition(n > 0 && n <= Int(UInt32.max), "integer(below:) needs 0 < n ≤ 2³², got \(n)")
        return Int(gslUniformInt(UInt(n)))
    }

    /// The indices 0..<n in a uniformly random order (Fisher–Yates, drawing
    /// from the end).
    public func permutation(_ n: Int) -> [Int] {
        var order = Array(0..<n)
        guard n > 1 else { return order }
        for i in stride(from: n - 1, to: 0, by: -1) {
            order.swapAt(i, integer(below: i + 1))
        }
        return order
    }
}
