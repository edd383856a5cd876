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

    /// `value^k` for a constant and a whole exponent 0…64 (`6^3`,
    /// `2^{10}`); a power of an embedding is not linear.
    func power(_ value: LinearExpression, _ word: String, at offset: Int) throws(ExpressionError) -> LinearExpression {
        let text = word.dropFirst().filter { $0 != "{" && $0 != "}" }
        guard let k = Int(text), (0...64).contains(k) else {
            throw ExpressionError(offset: offset, "exponent '\(text)' is not a whole number from 0 to 64")
        }
        guard value.isConstant else {
            throw ExpressionError(offset: offset, "'^' is not allowed in a gradient: a power of an embedding is not linear")
        }
        var result = Rational.one
        for _ in 0..<k { result = try exact(at: offset) { try result.multiplied(by: value.constant) } }
        return LinearExpression(constant: result)
    }

    /// n, k and the kind of `^nP_k`, `^nC_k`, `^{n}P_{k}`, if `word` is one.
    static func prefixCounting(_ word: String) -> (Int, Int, Bool)? {
        guard word.hasPrefix("^") else { return nil }
        let body = word.dropFirst().filter { $0 != "{" && $0 != "}" }
        guard let letter = body.firstIndex(where: { $0 == "P" || $0 == "C" }) else { return nil }
        let after = body[body.index(after: letter)...]
        guard after.hasPrefix("_"), let n = Int(body[..<letter]), let k = Int(after.dropFirst()) else { return nil }
        return (n, k, body[letter] == "P")
    }
}
