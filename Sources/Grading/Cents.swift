import CoursecheckMaths

/// Points as they are printed: a whole number of hundredths. Scores stay
/// exact `Rational`s until this one place, which rounds half up to two
/// decimals (`72.50`, `0.33`, `0.67`).
public struct Cents: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var value: Int64

    public init(_ value: Int64) { self.value = value }

    /// `x` rounded half up to hundredths: ⌊100·x + ½⌋.
    public init(rounding x: Rational) {
        // In 128 bits: 100·p and q are far from overflowing there.
        let p = Int128(x.numerator) * 200 + Int128(x.denominator)
        let q = Int128(x.denominator) * 2
        var cents = p / q
        if p % q != 0, (p < 0) != (q < 0) { cents -= 1 }
        value = Int64(cents)
    }

    /// `⌊100·x⌋` and what is left of `100·x` above it, in [0, 1).
    static func floor(_ x: Rational) -> (cents: Int64, remainder: Rational) {
        let p = Int128(x.numerator) * 100, q = Int128(x.denominator)
        var whole = p / q
        if p % q != 0, p < 0 { whole -= 1 }
        let rest = p - whole * q
        // rest < q ≤ Int64.max: the remainder is exact.
        return (Int64(whole), (try? Rational(Int64(rest), Int64(q))) ?? .zero)
    }

    /// `12.35`, `0.00`, `-1.25`.
    public var description: String {
        let magnitude = value.magnitude
        let fraction = magnitude % 100
        return (value < 0 ? "-" : "") + String(magnitude / 100) + (fraction < 10 ? ".0" : ".") + String(fraction)
    }

    /// The JSON number: the double nearest the decimal, which Swift prints
    /// in its shortest form (`72.5`, `0.33`).
    public var number: Double { Double(value) / 100 }

    public static func < (a: Cents, b: Cents) -> Bool { a.value < b.value }
    public static func + (a: Cents, b: Cents) -> Cents { Cents(a.value + b.value) }
    public static let zero = Cents(0)
}

extension Rational {
    /// Rounded half up to two decimals: `12.35`, `0.00`.
    public var twoDecimals: String { Cents(rounding: self).description }

    /// Σ of exact values; throws `Rational.Overflow`.
    public static func sum(_ values: [Rational]) throws -> Rational {
        try values.reduce(Rational.zero) { try $0.adding($1) }
    }
}
