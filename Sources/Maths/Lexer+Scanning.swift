

extension Lexer {
    /// Commands that only set spacing or size, skipped like white space.
    static let spacing: Set<String> = [
        ",", ";", ":", "!", " ", "quad", "qquad", "left", "right", "middle",
        "big", "Big", "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr",
        "biggl", "biggr", "Biggl", "Biggr", "displaystyle", "textstyle",
        // A frame around an answer: its braced content is read as a group.
        "boxed",
    ]
    /// Font commands that may wrap the `f` of a symbol: `\mathbf{f}_1`.
    static let fonts: Set<String> = ["mathbf", "boldsymbol", "bm", "vec", "mathrm", "mathit", "bf"]

    mutating func skipSpace() {
        while let c = peek() {
            if c.properties.isWhitespace || c == "~" || c == "&" {
                position += 1
            } else if c == "\\", let name = commandName(at: position + 1), Lexer.spacing.contains(name) {
                position += 1 + name.unicodeScalars.count
                // `\left.` and `\right.` are invisible delimiters.
                if (name == "left" || name == "right"), peek() == "." { position += 1 }
            } else {
                return
            }
        }
    }

    /// The name of the command whose backslash stands just before `index`.
    func commandName(at index: Int) -> String? {
        guard index < scalars.count else { return nil }
        if !Lexer.isLetter(scalars[index]) { return String(scalars[index]) }
        var end = index
        while end < scalars.count, Lexer.isLetter(scalars[end]) { end += 1 }
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[index..<end])
        return String(s)
    }

    mutating func number() -> Token {
        let start = position
        var digits = ""
        var fractionDigits = 0
        var seenPoint = false
        while let c = peek() {
            if Lexer.isDigit(c) {
                digits.unicodeScalars.append(c)
                if seenPoint { fractionDigits += 1 }
            } else if c == ".", !seenPoint, let d = peek(1), Lexer.isDigit(d) {
                seenPoint = true
            } else {
                break
            }
            position += 1
        }
        if let e = peek(), e == "e" || e == "E", let d = peek(1), Lexer.isDigit(d) || d == "+" || d == "-" {
            position += 2
            while let d = peek(), Lexer.isDigit(d) { position += 1 }
            return invalid(from: start, "scientific notation '\(text(from: start))' is not an exact coefficient")
        }
        let trimmed = digits.drop { $0 == "0" }
        guard trimmed.count <= Lexer.maximumDigits, fractionDigits <= Lexer.maximumDigits,
              let value = Int64(digits)
        else {
            return invalid(from: start, "number '\(text(from: start))' has more than \(Lexer.maximumDigits) digits")
        }
        var scale: Int64 = 1
        for _ in 0..<fractionDigits { scale *= 10 }
        guard let exact = try? Rational(value, scale) else {
            return invalid(from: start, "number '\(text(from: start))' overflows")
        }
        return Token(kind: .number(exact), offset: start, text: text(from: start))
    }

    func invalid(from start: Int, _ message: String) -> Token {
        Token(kind: .invalid(message), offset: start, text: text(from: start))
    }

    mutating func command() -> Token {
        let start = position
        let name = commandName(at: position + 1) ?? ""
        position += 1 + name.unicodeScalars.count
        let kind: Token.Kind
        switch name {
        case "cdot", "times", "ast": kind = .times
        case "div": kind = .slash
        case "frac", "tfrac", "dfrac": kind = .frac
        case "binom", "tbinom", "dbinom": kind = .binom
        case "{": kind = .leftBrace
        case "}": kind = .rightBrace
        case "lbrack": kind = .leftParen
        case "rbrack": kind = .rightParen
        default:
            if Lexer.fonts.contains(name), let symbol = fontSymbol(start: start) { return symbol }
            kind = .word("\\" + name)
        }
        return Token(kind: kind, offset: start, text: text(from: start))
    }

    /// `\mathbf{f}_1` or `\mathbf f_1`: the font command is dropped; so it is
    /// around a zero vector, `\mathbf{0}`.
    mutating func fontSymbol(start: Int) -> Token? {
        skipSpace()
        if peek() == "{", let d = peek(1), Lexer.isDigit(d), peek(2) == "}" {
            position += 3
            return Token(kind: .number(Rational(Int64(d.value - 48))), offset: start, text: text(from: start))
        }
        if peek() == "{", peek(1) == "f", peek(2) == "}" {
            if var token = symbolAfterHead(at: position + 3) {
                token.offset = start
                return token
            }
        } else if peek() == "f", var token = symbolAfterHead(at: position + 1) {
            token.offset = start
            return token
        }
        return nil
    }

    /// Reads `_1`, `_{12}`, `_a` after an `f` that ends just before `index`.
    mutating func symbolAfterHead(at index: Int) -> Token? {
        let start = position
        guard index < scalars.count, scalars[index] == "_" else { return nil }
        var end = index + 1
        var name = ""
        if end < scalars.count, scalars[end] == "{" {
            end += 1
            while end < scalars.count, scalars[end] != "}" {
                if !scalars[end].properties.isWhitespace { name.unicodeScalars.append(scalars[end]) }
                end += 1
            }
            guard end < scalars.count else {
                position = end
                return invalid(from: start, "unclosed '{' in subscript")
            }
            end += 1
        } else if end < scalars.count, Lexer.isDigit(scalars[end]) {
            while end < scalars.count, Lexer.isDigit(scalars[end]) {
                name.unicodeScalars.append(scalars[end])
                end += 1
            }
        } else if end < scalars.count {
            name.unicodeScalars.append(scalars[end])
            end += 1
        }
        position = end
        guard let symbol = Symbol(subscript: name) else {
            return Token(kind: .word(text(from: start)), offset: start, text: text(from: start))
        }
        return Token(kind: .symbol(symbol), offset: start, text: text(from: start))
    }

    /// `f1`, `f12`, `fa`, `fp`, `fn`, `f₁`, `fₐ`: an `f` with its subscript
    /// written without an underscore, as plain-text and pasted maths have it.
    /// Only when nothing but that follows (not `fa` of `factor`).
    mutating func compactSymbol() -> Token? {
        let start = position
        var end = position + 1
        while end < scalars.count, Lexer.isDigit(scalars[end]) || Symbol.subscriptScalars[scalars[end]] != nil { end += 1 }
        if end == position + 1, end < scalars.count, ["a", "p", "n"].contains(scalars[end]) { end += 1 }
        guard end > position + 1, end == scalars.count || !Lexer.isLetter(scalars[end]) else { return nil }
        var word = String.UnicodeScalarView()
        word.append(contentsOf: scalars[start..<end])
        guard let symbol = Symbol(word: String(word)) else { return nil }
        position = end
        return Token(kind: .symbol(symbol), offset: start, text: text(from: start))
    }

    /// A run of letters, digits and subscripts that is not a known symbol.
    mutating func word() -> Token {
        let start = position
        guard let first = peek(), Lexer.isLetter(first) || first == "_" || first == "^" || first == "'" else {
            position += 1
            return Token(kind: .word(text(from: start)), offset: start, text: text(from: start))
        }
        // Letters, primes and sub- or superscripts (`t_1`, `L^t`, `x_{ij}`);
        // digits only inside a script, so that `6P3` reads as 6, P, 3.
        while let c = peek() {
            if Lexer.isLetter(c) || c == "'" {
                position += 1
            } else if c == "_" || c == "^" {
                position += 1
                if peek() == "{" {
                    while let d = peek(), d != "}" { position += 1 }
                    if peek() == "}" { position += 1 }
                } else {
                    while let d = peek(), Lexer.isDigit(d) || Lexer.isLetter(d) { position += 1 }
                }
            } else {
                break
            }
        }
        return Token(kind: .word(text(from: start)), offset: start, text: text(from: start))
    }
}
