import CoursecheckMaths

extension ArithmeticReader {
    /// `{}^6P_3`, `^6C_3`, `{}_6P_3`: an empty base with n, then P or C with k.
    mutating func prefixCount(_ c: inout Cursor) throws(NotationError) -> LinearExpression? {
        guard c.i + 1 < c.nodes.count, case let .scripts(base, sub, sup, 0) = c.nodes[c.i].kind,
              case .group(let empty) = base.kind, empty.isEmpty, let n = NodeShapes.integer(sup ?? sub ?? base),
              (sup == nil) != (sub == nil),
              case let .scripts(letterNode, k?, nil, 0) = c.nodes[c.i + 1].kind, let letter = NodeShapes.letter(letterNode),
              letter == "P" || letter == "C", let kValue = NodeShapes.integer(k) else { return nil }
        let range = Range(spanning: c.nodes[c.i].range.lowerBound, c.nodes[c.i + 1].range.upperBound)
        c.i += 2
        return try counting(constant(n), constant(kValue), permutations: letter == "P", at: range)
    }

    /// `P(6, 3)`, `C(6,3)`, `\mathrm{P}(6,3)`.
    mutating func functionCount(_ node: MathNode, _ c: inout Cursor) throws(NotationError) -> LinearExpression? {
        guard let letter = NodeShapes.letter(node), letter == "P" || letter == "C", let next = c.current,
              case .fenced(let open, let body, _) = next.kind, open.family == .parenthesis else { return nil }
        let parts = MathItems.split(body)
        guard parts.count == 2, parts[1].separator == .comma else {
            throw NotationError(next.range, "\(letter)(n, k) takes two whole numbers")
        }
        let n = try nested(parts[0].nodes, in: next), k = try nested(parts[1].nodes, in: next)
        c.i += 1
        return try counting(n, k, permutations: letter == "P", at: Range(spanning: node.range.lowerBound, next.range.upperBound))
    }

    /// `6 P 3`, `6P3`, `6 P_3`, `6 C 3` after a value: whether permutations,
    /// and k.
    mutating func infixCount(_ c: inout Cursor) -> (Bool, () throws(NotationError) -> LinearExpression)? {
        guard let node = c.current else { return nil }
        if case let .scripts(base, k?, nil, 0) = node.kind, let letter = NodeShapes.letter(base), letter == "P" || letter == "C",
           let value = NodeShapes.integer(k) {
            c.i += 1
            let result = constant(value)
            return (letter == "P", { () throws(NotationError) in result })
        }
        guard let letter = NodeShapes.letter(node), letter == "P" || letter == "C", c.i + 1 < c.nodes.count,
              isNumber(c.nodes[c.i + 1]) || NodeShapes.integer(c.nodes[c.i + 1]) != nil else { return nil }
        c.i += 1
        var reader = self
        let k = try? reader.factor(&c)
        let value = k ?? .zero
        let failed = k == nil
        let range = node.range
        return (letter == "P", { () throws(NotationError) in
            if failed { throw NotationError(range, "\(letter) takes a whole number after it") }
            return value
        })
    }

    func wholeNumber(_ value: LinearExpression, at range: Range<Int>, _ what: String) throws(NotationError) -> Int64 {
        guard value.isConstant, value.constant.isInteger, (0...100_000).contains(value.constant.numerator) else {
            throw NotationError(range, "\(what) takes whole numbers from 0 to 100000, found \(value)")
        }
        return value.constant.numerator
    }

    /// n!, exact in 64 bits.
    func factorial(_ value: LinearExpression, at range: Range<Int>) throws(NotationError) -> LinearExpression {
        let n = try wholeNumber(value, at: range, "'!'")
        var result: Int64 = 1
        var i: Int64 = 2
        while i <= n {
            let (p, overflow) = result.multipliedReportingOverflow(by: i)
            guard !overflow else { throw NotationError(range, "coefficient overflows 64-bit exact arithmetic") }
            result = p
            i += 1
        }
        return LinearExpression(constant: Rational(result))
    }

    /// n P k = n!/(n−k)! or C(n, k), exact in 64 bits; 0 when k > n.
    func counting(_ nValue: LinearExpression, _ kValue: LinearExpression, permutations: Bool,
                  at range: Range<Int>) throws(NotationError) -> LinearExpression {
        let what = permutations ? "'P'" : "'C'"
        let n = try wholeNumber(nValue, at: range, what), k = try wholeNumber(kValue, at: range, what)
        guard k <= n else { return .zero }
        var result = Rational.one
        var i: Int64 = 0
        while i < k {
            // C(n, k) = Π (n − i)/(i + 1), each partial product a whole number.
            result = try exact(range) {
                let step = try result.multiplied(by: Rational(n - i))
                return permutations ? step : try step.divided(by: Rational(i + 1))
            }
            i += 1
        }
        return LinearExpression(constant: result)
    }
}
