

/// Closeness of floating-point results, reported as a message rather than a
/// bare false, so that a failing test says by how much.
public enum Closeness {
    /// nil when |a − b| ≤ tolerance for every component; otherwise a message
    /// naming the first component that is not close and the error.
    public static func mismatch(_ a: [Double], _ b: [Double], tolerance: Double, context: String = "") -> String? {
        guard a.count == b.count else { return "\(context): lengths \(a.count) and \(b.count) differ" }
        for i in a.indices {
            let error = abs(a[i] - b[i])
            if !(error <= tolerance) {
                return "\(context)[\(i)]: \(a[i]) vs \(b[i]), |Δ| = \(error) > \(tolerance)"
            }
        }
        return nil
    }
}

/// Seeds for tests that loop over many random draws: fixed, so that a
/// failure names a seed that reproduces it.
public enum Seeds {
    public static func sweep(_ count: Int, base: UInt = 1_000) -> [UInt] {
        (0..<UInt(count)).map { base + $0 }
    }
}
