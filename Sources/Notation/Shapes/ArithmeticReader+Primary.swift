import CoursecheckMaths

extension ArithmeticReader {
    mutating func primary(_ c: inout Cursor) throws(NotationError) -> LinearExpression {
        let node = c.current!
        if let e = errorOf(node) { throw e }
        if mode == .linear, let (symbol, next) = SampleShape.read(c.nodes, at: c.i, naming: naming) {
            if let allowed, !allowed.contains(symbol) {
                throw NotationError(Range(spanning: node.range.lowerBound, c.nodes[next - 1].range.upperBound), "unknown symbol \(symbol)")
            }
            c.i = next
            return LinearExpression(symbol)
        }
        if mode == .count, let value = try prefixCount(&c) { return value }
        c.i += 1
        switch node.kind {
        case .atom(let token, _):
            if case .number(let digits) = token.kind { return try number(digits, node, &c) }
            if mode == .count, let value = try functionCount(node, &c) { return value }
            if case .letter = token.kind {
                // A word (`NaN`, `inf`): the letters written together are
                // what is unknown.
                var end = c.i
                while end < c.nodes.count, case .atom(let t, nil) = c.nodes[end].kind, case .letter = t.kind, t.glued { end += 1 }
                if end > c.i { throw NotationError(Range(spanning: node.range.lowerBound, c.nodes[end - 1].range.upperBound),
                                                   "unknown symbol '\(tree.text(Range(spanning: node.range.lowerBound, c.nodes[end - 1].range.upperBound)))'") }
            }
            throw unknown(node)
        case .fenced(let open, let body, let close):
            // `( )`, `[ ]` and `\{ \}` group, as the old reader read them.
            guard open.family == close.family, [.parenthesis, .bracket, .brace].contains(open.family) else {
                throw NotationError(node.range, "'\(tree.text(node.range))' is not a sum or product")
            }
            return try nested(body, in: node)
        case .group(let inner):
            guard !inner.isEmpty else { throw NotationError(node.range, "empty braces") }
            return try nested(inner, in: node)
        case .fraction(let role, let numerator, let denominator):
            let top = try nested(content(numerator), in: numerator)
            let bottom = try nested(content(denominator), in: denominator)
            if role == .binomial { return try counting(top, bottom, permutations: false, at: node.range) }
            guard bottom.isConstant, !bottom.constant.isZero else {
                throw NotationError(node.range, bottom.isConstant ? "division by zero" : "division by a symbol is not linear")
            }
            return try exact(node.range) { try top.scaled(by: Rational.one.divided(by: bottom.constant)) }
        case let .scripts(base, sub, sup, primes):
            if mode == .count, let sub, let sup, primes == 0, base.atomToken?.kind == .command("sum"),
               let (low, high) = Self.indexRange(sub, sup), high >= low, high - low < 1_000_000 {
                // `\sum_{a=1}^{6} 5 \cdot 4`: a sum over a range of a term
                // that does not depend on its index is that many times the
                // term (one that does names the index: unknown there).
                let body = try term(&c)
                return try multiply(constant(high - low + 1), body, at: node.range)
            }
            if mode == .count, let sub, let sup, primes == 0, let letter = NodeShapes.letter(base), "PCAV".unicodeScalars.contains(letter),
               let a = NodeShapes.integer(sub), let b = NodeShapes.integer(sup) {
                // A_6^3, C_6^3, P^6_3, V_6^3 (variations, as German and
                // Central European courses write k-permutations): whichever
                // is larger is n.
                return try counting(constant(max(a, b)), constant(min(a, b)), permutations: letter != "C", at: node.range)
            }
            if let sup, sub == nil || !SampleShape.isSampleLetter(base, naming), primes == 0 {
                let value = try nested(content(base), in: base)
                return try power(value, sup, at: node.range)
            }
            if SampleShape.isSampleLetter(base, naming), sup != nil || primes > 0 {
                throw NotationError(node.range, "'\(tree.text(node.range))': a power or derivative of an embedding is not linear")
            }
            throw unknown(node)
        case .environment(let name, _, _):
            throw NotationError(node.range, "a '\(name)' environment is not a linear form")
        case .text(let s):
            throw NotationError(node.range, "text '\(s)' inside an expression")
        default:
            throw unknown(node)
        }
    }

    /// The bounds of a sum's index, `_{a=1}^{6}`: a letter equal to a whole
    /// number below, a whole number above.
    static func indexRange(_ sub: MathNode, _ sup: MathNode) -> (Int, Int)? {
        let below = NodeShapes.flatten([sub])
        guard below.count == 3, NodeShapes.letter(below[0]) != nil, NodeShapes.relation(below[1]) == .equals,
              let low = NodeShapes.integer(below[2]), let high = NodeShapes.integer(sup) else { return nil }
        return (low, high)
    }

    func errorOf(_ node: MathNode) -> NotationError? {
        if case .error(let e) = node.kind { return e }
        return nil
    }

    func unknown(_ node: MathNode) -> NotationError {
        if let e = node.firstError { return e }
        // `\sum_k`: the command is what is unknown here.
        if case .scripts(let base, _, _, _) = node.kind, case .atom(let t, _) = base.kind, case .command = t.kind {
            return NotationError(node.range, "unknown symbol '\(tree.text(base.range))'")
        }
        return NotationError(node.range, "unknown symbol '\(tree.text(node.range))'")
    }

    func constant(_ n: Int) -> LinearExpression { LinearExpression(constant: Rational(Int64(n))) }

    /// A number as written: exact, at most 18 digits, no scientific notation.
    func number(_ digits: String, _ node: MathNode, _ c: inout Cursor) throws(NotationError) -> LinearExpression {
        // (Not `2e_1` where `e` names the embeddings: that is 2 e_1.)
        if let next = c.current, SampleShape.glued(next), let e = NodeShapes.letter(baseOf(next)), e == "e" || e == "E",
           SampleShape.read([next], naming: naming) == nil {
            throw NotationError(Range(spanning: node.range.lowerBound, next.range.upperBound),
                                "scientific notation '\(tree.text(Range(spanning: node.range.lowerBound, next.range.upperBound)))' is not an exact coefficient")
        }
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        let whole = parts[0].drop { $0 == "0" }
        let fraction = parts.count > 1 ? parts[1] : ""
        guard whole.count + fraction.count <= Self.maximumDigits, let n = Int64(parts[0] + fraction) else {
            throw NotationError(node.range, "number '\(digits)' has more than \(Self.maximumDigits) digits")
        }
        var scale: Int64 = 1
        for _ in 0..<fraction.count { scale *= 10 }
        return try exact(node.range) { LinearExpression(constant: try Rational(n, scale)) }
    }

    func baseOf(_ node: MathNode) -> MathNode {
        if case .scripts(let base, _, _, _) = node.kind { return base }
        return node
    }

    func multiply(_ a: LinearExpression, _ b: LinearExpression, at range: Range<Int>) throws(NotationError) -> LinearExpression {
        if a.isConstant { return try exact(range) { try b.scaled(by: a.constant) } }
        if b.isConstant { return try exact(range) { try a.scaled(by: b.constant) } }
        throw NotationError(range, "product of \(a) and \(b) is not linear")
    }

    /// `value^k` for a constant and a whole exponent 0…64; `n^{\underline{k}}`,
    /// the falling factorial n(n−1)…(n−k+1), and `n^{\overline{k}}`, the
    /// rising factorial n(n+1)…(n+k−1) (Knuth's notation, k-permutations).
    mutating func power(_ value: LinearExpression, _ exponent: MathNode, at range: Range<Int>) throws(NotationError) -> LinearExpression {
        var bar = exponent
        while case .group(let inner) = bar.kind, inner.count == 1 { bar = inner[0] }
        if case .command(let name, .decoration, let arguments, _) = bar.kind, ["underline", "underbar", "overline"].contains(name) {
            guard let k = arguments.last.flatMap(NodeShapes.integer), (0...64).contains(k), value.isConstant else {
                throw NotationError(exponent.range, "'\(tree.text(range))': a factorial power needs a number and a whole exponent from 0 to 64")
            }
            var result = Rational.one
            for j in 0..<k {
                let factor = try exact(range) { try value.constant.adding(Rational(Int64(name == "overline" ? j : -j))) }
                result = try exact(range) { try result.multiplied(by: factor) }
            }
            return LinearExpression(constant: result)
        }
        guard let k = NodeShapes.integer(exponent), (0...64).contains(k) else {
            throw NotationError(exponent.range, "exponent '\(tree.text(exponent.range))' is not a whole number from 0 to 64")
        }
        guard value.isConstant else {
            throw NotationError(range, "'^' is not allowed in a gradient: a power of an embedding is not linear")
        }
        var result = Rational.one
        for _ in 0..<k { result = try exact(range) { try result.multiplied(by: value.constant) } }
        return LinearExpression(constant: result)
    }
}
