import CoursecheckMaths

/// Printed parts that add up to their printed whole (the largest remainder
/// method): each part is its exact value rounded down to hundredths, and the
/// hundredths still missing from the whole, rounded half up, go one each to
/// the parts with the largest remainders (the earlier part first on a tie).
///
/// ```
/// parts  1/3, 1/3, 1/3 (whole 1)      →  0.34 + 0.33 + 0.33 = 1.00
/// parts  0, 1/3, 1/3   (whole 2/3)    →  0.00 + 0.34 + 0.33 = 0.67
/// ```
///
/// A part that is exactly zero stays zero: the missing hundredths are at most
/// the number of parts with a remainder. With `caps`, a part is not raised
/// past its cap while another part can take the hundredth.
public enum Apportion {
    public static func cents(_ parts: [Rational], caps: [Cents]? = nil) throws -> (parts: [Cents], whole: Cents) {
        let whole = Cents(rounding: try Rational.sum(parts))
        var floors = parts.map { Cents.floor($0) }
        var missing = whole.value - floors.reduce(0) { $0 + $1.cents }
        // By remainder, largest first; earlier parts first on a tie.
        let order = floors.indices.sorted { a, b in
            floors[a].remainder != floors[b].remainder ? floors[a].remainder > floors[b].remainder : a < b
        }
        func room(_ k: Int) -> Bool { caps.map { floors[k].cents < $0[k].value } ?? true }
        // First the parts with a remainder and room under their cap, then
        // (only when caps leave no other way) any part with a remainder.
        for pass in 0..<2 where missing > 0 {
            for k in order where missing > 0 && !floors[k].remainder.isZero && (pass == 1 || room(k)) {
                floors[k].cents += 1
                floors[k].remainder = .zero
                missing -= 1
            }
        }
        return (floors.map { Cents($0.cents) }, whole)
    }

    /// Points and maxima of the same parts, printed so that both add up and
    /// no part reads more points than its maximum: points apportioned as
    /// above, and each part's slack (maximum − points) apportioned to the
    /// printed maximum less the printed points. A part with full points
    /// prints its points as its maximum; a part with none prints 0.
    public static func pairs(points: [Rational], maxima: [Rational]) throws -> (points: [Cents], maxima: [Cents], total: Cents, maximum: Cents) {
        let scored = try cents(points)
        let slack = try zip(maxima, points).map { try $0.subtracting($1) }
        let maximum = Cents(rounding: try Rational.sum(maxima))
        var floors = slack.map { Cents.floor($0) }
        var missing = maximum.value - scored.whole.value - floors.reduce(0) { $0 + $1.cents }
        let order = floors.indices.sorted { a, b in
            floors[a].remainder != floors[b].remainder ? floors[a].remainder > floors[b].remainder : a < b
        }
        for k in order where missing > 0 && !floors[k].remainder.isZero {
            floors[k].cents += 1
            missing -= 1
        }
        let printedMaxima = zip(scored.parts, floors).map { Cents($0.value + $1.cents) }
        return (scored.parts, printedMaxima, scored.whole, maximum)
    }
}
