import CoursecheckMaths
import Testing

@Suite("Exact rationals")
struct RationalTests {
    @Test("Reduced form with a positive denominator")
    func normalisation() throws {
        let r = try Rational(6, -4)
        #expect(r.numerator == -3 && r.denominator == 2)
        #expect(try Rational(0, -7) == .zero)
    }

    @Test("Field operations")
    func arithmetic() throws {
        let a = try Rational(1, 2), b = try Rational(1, 3)
        #expect(try a.adding(b) == Rational(5, 6))
        #expect(try a.subtracting(b) == Rational(1, 6))
        #expect(try a.multiplied(by: b) == Rational(1, 6))
        #expect(try a.divided(by: b) == Rational(3, 2))
        #expect(b < a)
    }

    @Test("Overflow throws instead of trapping")
    func overflow() {
        let big = Rational(Int64.max)
        #expect(throws: Rational.Overflow.self) { try big.adding(.one) }
        #expect(throws: Rational.Overflow.self) { try big.multiplied(by: Rational(2)) }
        #expect(throws: Rational.Overflow.self) { try Rational(Int64.min).negated() }
        #expect(throws: Rational.Overflow.self) { try Rational(1, 0) }
    }

    @Test("Comparison never overflows")
    func comparison() throws {
        let a = try Rational(Int64.max, Int64.max - 1)
        let b = try Rational(Int64.max - 1, Int64.max - 2)
        #expect(a < b)
    }
}
