

extension ExpressionParser {
    mutating func expression() throws(ExpressionError) -> LinearExpression {
        var value = try term()
        while true {
            let token = current
            switch token.kind {
            case .plus:
                index += 1
                let right = try term()
                value = try exact(at: token.offset) { try value.adding(right) }
            case .minus:
                index += 1
                let right = try term()
                value = try exact(at: token.offset) { try value.subtracting(right) }
            default:
                return value
            }
        }
    }

    mutating func term() throws(ExpressionError) -> LinearExpression {
        var value = try factor()
        while true {
            let token = current
            switch token.kind {
            case .times:
                index += 1
                value = try multiply(value, try factor(), at: token.offset)
            case .slash:
                index += 1
                let divisor = try factor()
                guard divisor.isConstant, !divisor.constant.isZero else {
                    throw ExpressionError(offset: token.offset, divisor.isConstant ? "division by zero" : "division by a symbol is not linear")
                }
                value = try exact(at: token.offset) { try value.scaled(by: Rational.one.divided(by: divisor.constant)) }
            case .word("P"), .word("C"), .word("\\choose"):
                index += 1
                let k = try factor()
                value = try counting(value, k, permutations: token.kind == .word("P"), at: token.offset)
            case .number, .symbol, .leftParen, .leftBrace, .frac, .binom:
                value = try multiply(value, try factor(), at: token.offset)
            default:
                return value
            }
        }
    }

    mutating func factor() throws(ExpressionError) -> LinearExpression {
        try nested { (parser: inout ExpressionParser) throws(ExpressionError) -> LinearExpression in
            let token = parser.current
            switch token.kind {
            case .minus:
                parser.index += 1
                let inner = try parser.factor()
                return try parser.exact(at: token.offset) { try inner.scaled(by: Rational(-1)) }
            case .plus:
                parser.index += 1
                return try parser.factor()
            default:
                var value = try parser.primary()
                while true {
                    if parser.current.kind == .bang {
                        value = try parser.factorial(value, at: parser.current.offset)
                        parser.index += 1
                    } else if case .word(let w) = parser.current.kind, w.hasPrefix("^") {
                        value = try parser.power(value, w, at: parser.current.offset)
                        parser.index += 1
                    } else {
                        return value
                    }
                }
            }
        }
    }

    mutating func primary() throws(ExpressionError) -> LinearExpression {
        let token = current
        switch token.kind {
        case .number(let value):
            index += 1
            return LinearExpression(constant: value)
        case .symbol(let symbol):
            if let allowed, !allowed.contains(symbol) {
                throw ExpressionError(offset: token.offset, "unknown symbol \(symbol)")
            }
            index += 1
            return LinearExpression(symbol)
        case .leftBrace where index + 2 < tokens.count && tokens[index + 1].kind == .rightBrace:
            // `{}^6P_3`: the empty group that carries the left superscript.
            guard case .word(let w) = tokens[index + 2].kind, Self.prefixCounting(w) != nil else {
                throw ExpressionError(offset: token.offset, "empty braces")
            }
            index += 2
            return try primary()
        case .leftParen, .leftBrace:
            index += 1
            let inner = try nested { (p: inout ExpressionParser) throws(ExpressionError) in try p.expression() }
            try expect(token.kind == .leftParen ? .rightParen : .rightBrace, token.kind == .leftParen ? "')'" : "'}'")
            return inner
        case .frac, .binom:
            index += 1
            let top = try group()
            let bottom = try group()
            if token.kind == .binom {
                return try counting(top, bottom, permutations: false, at: token.offset)
            }
            guard bottom.isConstant, !bottom.constant.isZero else {
                throw ExpressionError(offset: token.offset, bottom.isConstant ? "division by zero" : "division by a symbol is not linear")
            }
            return try exact(at: token.offset) { try top.scaled(by: Rational.one.divided(by: bottom.constant)) }
        case .end:
            throw ExpressionError(offset: token.offset, "expected a term, found the end")
        case .word("P"), .word("C"):
            // P(6, 3), C(6, 3).
            guard index + 5 < tokens.count, tokens[index + 1].kind == .leftParen, tokens[index + 3].kind == .comma,
                  tokens[index + 5].kind == .rightParen, case .number(let n) = tokens[index + 2].kind,
                  case .number(let k) = tokens[index + 4].kind else {
                throw ExpressionError(offset: token.offset, "unknown symbol '\(token.text)'")
            }
            index += 6
            return try counting(LinearExpression(constant: n), LinearExpression(constant: k), permutations: token.kind == .word("P"), at: token.offset)
        case .word(let word) where Self.prefixCounting(word) != nil:
            // ^6P_3, after an empty `{}` or none.
            let (n, k, permutations) = Self.prefixCounting(word)!
            index += 1
            return try counting(LinearExpression(constant: Rational(Int64(n))), LinearExpression(constant: Rational(Int64(k))),
                                permutations: permutations, at: token.offset)
        case .word(let word):
            throw ExpressionError(offset: token.offset, "unknown symbol '\(word)'")
        case .invalid(let message):
            throw ExpressionError(offset: token.offset, message)
        default:
            throw ExpressionError(offset: token.offset, "expected a term, found '\(token.text)'")
        }
    }

    /// `{ expression }`, the argument of `\frac` or `\binom`.
    mutating func group() throws(ExpressionError) -> LinearExpression {
        try expect(.leftBrace, "'{'")
        let inner = try nested { (p: inout ExpressionParser) throws(ExpressionError) in try p.expression() }
        try expect(.rightBrace, "'}'")
        return inner
    }
}
