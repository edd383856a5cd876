import CoursecheckNumerics

extension ExpressionParser {
    /// The product of two factors, at least one of them constant.
    func multiply(_ a: LinearExpression, _ b: LinearExpression, at offset: Int) throws(ExpressionError) -> LinearExpression {
        if a.isConstant {
            return try exact(at: offset) { try b.scaled(by: a.constant) }
        }
        if b.isConstant {
            return try exact(at: offset) { try a.scaled(by: b.constant) }
        }
        throw ExpressionError(offset: offset, "product of \(a) and \(b) is not linear")
    }

    /// n! of a non-negative integer constant, by `gsl_sf_fact`; GSL reports
    /// the overflow past 170!, and results beyond 2⁵³ are not exact.
    func factorial(_ value: LinearExpression, at offset: Int) throws(ExpressionError) -> LinearExpression {
        let n = try smallInteger(value, at: offset, "'!'")
        return try exact(at: offset) { LinearExpression(constant: Rational(Int64(try Combinatorics.factorial(n)))) }
    }

    /// n P k = n!/(n−k)! or n C k = C(n, k), by GSL's special functions.
    func counting(_ nValue: LinearExpression, _ kValue: LinearExpression, permutations: Bool, at offset: Int) throws(ExpressionError) -> LinearExpression {
        let n = try smallInteger(nValue, at: offset, permutations ? "'P'" : "'C'")
        let k = try smallInteger(kValue, at: offset, permutations ? "'P'" : "'C'")
        guard k <= n else { return .zero }
        return try exact(at: offset) {
            let count = permutations ? try Combinatorics.permutations(n, k) : try Combinatorics.choose(n, k)
            return LinearExpression(constant: Rational(Int64(count)))
        }
    }

    private func smallInteger(_ value: LinearExpression, at offset: Int, _ operation: String) throws(ExpressionError) -> Int {
        guard value.isConstant, value.constant.isInteger, (0...100_000).contains(value.constant.numerator) else {
            throw ExpressionError(offset: offset, "\(operation) takes whole numbers from 0 to 100000, found \(value)")
        }
        return Int(value.constant.numerator)
    }
}
