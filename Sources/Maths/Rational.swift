

/// An exact rational number p/q with q > 0 and gcd(p, q) = 1, on 64-bit
/// integers whose every operation checks for overflow.
///
/// Coefficients of hand-derived gradients are small, but a sheet is untrusted
/// input: an operation that would overflow throws `Rational.Overflow` instead
/// of trapping.
public struct Rational: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let numerator: Int64
    public let denominator: Int64

    /// An arithmetic result does not fit in 64-bit numerator and denominator.
    public struct Overflow: Error, Equatable, Sendable {}

    public static let zero = Rational(0)
    public static let one = Rational(1)

    public init(_ integer: Int64) {
        numerator = integer
        denominator = 1
    }

    /// p/q in lowest terms; throws when q = 0 or the reduction overflows.
    public init(_ p: Int64, _ q: Int64) throws {
        guard q != 0, p != .min, q != .min else { throw Overflow() }
        let g = Rational.gcd(abs(p), abs(q))
        let sign: Int64 = q < 0 ? -1 : 1
        numerator = sign * p / g
        denominator = abs(q) / g
    }

    public var isZero: Bool { numerator == 0 }
    public var isInteger: Bool { denominator == 1 }
    public var doubleValue: Double { Double(numerator) / Double(denominator) }

    public var description: String {
        isInteger ? "\(numerator)" : "\(numerator)/\(denominator)"
    }

    public static func < (a: Rational, b: Rational) -> Bool {
        // Compare a.p·b.q with b.p·a.q in 128 bits: never overflows.
        let left = a.numerator.multipliedFullWidth(by: b.denominator)
        let right = b.numerator.multipliedFullWidth(by: a.denominator)
        return (left.high, left.low) < (right.high, right.low)
    }

    static func gcd(_ a: Int64, _ b: Int64) -> Int64 {
        var (a, b) = (a, b)
        while b != 0 { (a, b) = (b, a % b) }
        return a == 0 ? 1 : a
    }
}

extension Rational {
    public func adding(_ other: Rational) throws -> Rational {
        let g = Rational.gcd(denominator, other.denominator)
        let left = try Rational.multiply(numerator, other.denominator / g)
        let right = try Rational.multiply(other.numerator, denominator / g)
        let (sum, overflow) = left.addingReportingOverflow(right)
        guard !overflow else { throw Overflow() }
        return try Rational(sum, Rational.multiply(denominator / g, other.denominator))
    }

    public func subtracting(_ other: Rational) throws -> Rational {
        try adding(other.negated())
    }

    public func multiplied(by other: Rational) throws -> Rational {
        // Cross-reduce first so that small results never overflow on the way.
        let g1 = Rational.gcd(abs(numerator), other.denominator)
        let g2 = Rational.gcd(abs(other.numerator), denominator)
        return try Rational(
            Rational.multiply(numerator / g1, other.numerator / g2),
            Rational.multiply(denominator / g2, other.denominator / g1)
        )
    }

    public func divided(by other: Rational) throws -> Rational {
        guard !other.isZero else { throw Overflow() }
        return try multiplied(by: Rational(other.denominator, other.numerator))
    }

    public func negated() throws -> Rational {
        guard numerator != .min else { throw Overflow() }
        return try Rational(-numerator, denominator)
    }

    private static func multiply(_ a: Int64, _ b: Int64) throws -> Int64 {
        let (product, overflow) = a.multipliedReportingOverflow(by: b)
        guard !overflow else { throw Overflow() }
        return product
    }
}
