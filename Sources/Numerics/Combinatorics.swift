@preconcurrency internal import CGSL

/// Exhaustive enumeration with GSL's combinations and permutations, and the
/// closed forms that cross-check it.
public enum Combinatorics {
    /// Every ordered k-tuple of distinct elements of {0, …, n−1}.
    ///
    /// Walks each k-subset in lexicographic order (`gsl_combination_next`) and
    /// each of its k! orderings (`gsl_permutation_next`), so the result has
    /// C(n, k)·k! = n!/(n−k)! tuples, in a fixed, reproducible order.
    public static func orderedTuples(of n: Int, choose k: Int) throws -> [[Int]] {
        precondition(n >= 0 && k >= 0, "n and k must be non-negative, got n = \(n), k = \(k)")
        guard k <= n else { return [] }
        guard k > 0 else { return [[]] }
        let combination = try GSL.allocate { gsl_combination_calloc(n, k) }
        defer { gsl_combination_free(combination) }
        let permutation = try GSL.allocate { gsl_permutation_calloc(k) }
        defer { gsl_permutation_free(permutation) }

        var tuples: [[Int]] = []
        repeat {
            let subset = (0..<k).map { Int(gsl_combination_get(combination, $0)) }
            gsl_permutation_init(permutation)
            repeat {
                tuples.append((0..<k).map { subset[Int(gsl_permutation_get(permutation, $0))] })
            } while gsl_permutation_next(permutation) == Int32(GSL_SUCCESS)
        } while gsl_combination_next(combination) == Int32(GSL_SUCCESS)
        return tuples
    }

    /// The binomial coefficient C(n, k) by `gsl_sf_choose`, exact while it is
    /// below 2⁵³.
    public static func choose(_ n: Int, _ k: Int) throws -> Int {
        var result = gsl_sf_result()
        try GSL.check(gsl_sf_choose_e(UInt32(n), UInt32(k), &result))
        return try exactInteger(result.val, what: "C(\(n), \(k))")
    }

    /// n! by `gsl_sf_fact`, exact while it is below 2⁵³ (n ≤ 18).
    public static func factorial(_ n: Int) throws -> Int {
        var result = gsl_sf_result()
        try GSL.check(gsl_sf_fact_e(UInt32(n), &result))
        return try exactInteger(result.val, what: "\(n)!")
    }

    /// The number of ordered k-tuples of distinct elements, n!/(n−k)! =
    /// C(n, k)·k!.
    public static func permutations(_ n: Int, _ k: Int) throws -> Int {
        guard k <= n else { return 0 }
        let (product, overflow) = try choose(n, k).multipliedReportingOverflow(by: factorial(k))
        guard !overflow, product < 1 << 53 else {
            throw GSLError(status: Int32(GSL_EOVRFLW), reason: "P(\(n), \(k)) exceeds 2^53")
        }
        return product
    }

    private static func exactInteger(_ value: Double, what: String) throws -> Int {
        guard value.isFinite, value < 9_007_199_254_740_992, value == value.rounded() else {
            throw GSLError(status: Int32(GSL_EOVRFLW), reason: "\(what) is not exactly representable")
        }
        return Int(value)
    }
}
