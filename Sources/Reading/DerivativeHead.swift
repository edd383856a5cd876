import CoursecheckAssignment
import CoursecheckMaths

/// The left-hand side of a claimed derivative: `\frac{\partial L^t}{\partial f_a}`,
/// `\partial L / \partial f_1`, `∂L/∂f_1`, `\frac{dL}{df_1}`, optionally
/// followed by a label such as `t_1` or `(t_1)` before the `=`.
struct DerivativeHead {
    var symbol: Symbol
    /// k of a `t_k` label, if the head carries one.
    var label: Int?
    /// Index of the `=` that ends the head.
    var equals: Int

    static func isPartial(_ token: Token) -> Bool {
        token.kind == .word("\\partial") || token.kind == .word("∂")
    }

    /// The head at the start of `item`, if there is one.
    static func match(_ item: [Token]) -> DerivativeHead? {
        guard let (symbol, end) = fraction(item) ?? slashed(item) ?? subscripted(item) ?? primed(item) else { return nil }
        // A triplet named inside the head: `\\frac{\\partial L(t_2)}{…}`, `L_{t_3}`.
        var label: Int? = item[..<end].lazy.compactMap { token -> Int? in
            guard case .word(let w) = token.kind, let r = w.range(of: "t_") else { return nil }
            return taskLabel(String(w[r.lowerBound...]))
        }.first
        var i = end
        while i < item.count, item[i].kind != .equals {
            switch item[i].kind {
            case .leftParen, .rightParen, .leftBrace, .rightBrace, .word("L"), .word("t"), .word("\\sum"), .word("\\mathcal"):
                break
            case .word(let w) where w.hasPrefix("_") || w.hasPrefix("^"):
                // The limits of a sum, `\\sum_{k}`, `\\sum_{k=1}^{8}`.
                break
            case .word(let w) where w.hasPrefix("t_") && taskLabel(w) == nil:
                // A generic triplet, `L(t_k)`.
                break
            case .word(let w) where w.hasPrefix("L"):
                // `L^t`, `L_t`, or `L_{t_1}` naming the triplet.
                if let r = w.range(of: "t_") {
                    guard let k = taskLabel(String(w[r.lowerBound...])) else { return nil }
                    label = k
                }
            case .word(let w):
                guard let k = taskLabel(w) else { return nil }
                label = k
            default:
                return nil
            }
            i += 1
        }
        guard i < item.count else { return nil }
        return DerivativeHead(symbol: symbol, label: label, equals: i)
    }

    /// `\frac{∂…}{∂ s}` → (s, index after the closing brace).
    private static func fraction(_ t: [Token]) -> (Symbol, Int)? {
        guard t.count > 4, t[0].kind == .frac, t[1].kind == .leftBrace else { return nil }
        var i = 2
        var depth = 1
        while i < t.count {
            if t[i].kind == .leftBrace { depth += 1 }
            if t[i].kind == .rightBrace { depth -= 1; if depth == 0 { break } }
            i += 1
        }
        guard i + 1 < t.count, t[i + 1].kind == .leftBrace else { return nil }
        let numerator = t[2..<i]
        guard numerator.contains(where: isPartial) || numerator.first.map(isDifferential) == true else { return nil }
        i += 2
        guard let (symbol, next) = differential(t, at: i), next < t.count, t[next].kind == .rightBrace else { return nil }
        return (symbol, next + 1)
    }

    /// `∂L/∂s`, `\partial L^t / \partial s`, `dL/ds` → (s, index after s).
    private static func slashed(_ t: [Token]) -> (Symbol, Int)? {
        guard let first = t.first, isPartial(first) || isDifferential(first) else { return nil }
        guard let slash = t.firstIndex(where: { $0.kind == .slash }), slash < 4 else { return nil }
        return differential(t, at: slash + 1)
    }

    /// `\nabla_{f_1} L`, `∇_{f_1}L`, `\partial_{f_1} L`, `∂_{f_1} L` → (s, index
    /// after the operator's subscript; the L that follows is read as a label).
    private static func subscripted(_ t: [Token]) -> (Symbol, Int)? {
        guard t.count > 2 else { return nil }
        let nabla = t[0].kind == .word("\\nabla") || t[0].kind == .word("∇")
        guard nabla || isPartial(t[0]), case .word(let w) = t[1].kind, w.hasPrefix("_{"),
              let close = w.firstIndex(of: "}") else { return nil }
        // `_{f_1}`, or `_{f_1}L` when nothing separates the L.
        let inner = String(w[w.index(w.startIndex, offsetBy: 2)..<close])
        let after = w[w.index(after: close)...]
        guard after.isEmpty || after.hasPrefix("L"), let symbol = Symbol(word: inner) else { return nil }
        return (symbol, 2)
    }

    /// `L'(f_1)`: the derivative of L in the symbol (where the question asks
    /// one derivative per symbol, so that it cannot mean anything else).
    private static func primed(_ t: [Token]) -> (Symbol, Int)? {
        guard t.count > 4, t[0].kind == .word("L'"), t[1].kind == .leftParen, case .symbol(let s) = t[2].kind,
              t[3].kind == .rightParen else { return nil }
        return (s, 4)
    }

    /// `∂ s`, `\partial s` or `ds` at `i` → (s, index after it).
    private static func differential(_ t: [Token], at i: Int) -> (Symbol, Int)? {
        guard i < t.count else { return nil }
        if isPartial(t[i]), i + 1 < t.count, case .symbol(let s) = t[i + 1].kind { return (s, i + 2) }
        if case .word(let w) = t[i].kind, w.hasPrefix("d"), let s = symbol(inWord: String(w.dropFirst())) { return (s, i + 1) }
        if t[i].kind == .word("d"), i + 1 < t.count, case .symbol(let s) = t[i + 1].kind { return (s, i + 2) }
        // `df1`: the lexer reads the word `df`, then the number 1.
        if t[i].kind == .word("df"), i + 1 < t.count, case .number(let n) = t[i + 1].kind, n.isInteger,
           let k = Int(exactly: n.numerator), k >= 0 { return (.sample(k), i + 2) }
        return nil
    }

    private static func isDifferential(_ token: Token) -> Bool {
        if case .word(let w) = token.kind { return w.hasPrefix("d") && !w.hasPrefix("\\") }
        return false
    }

    /// `f_1`, `f_{a}`, `f1`, `fa`, `f₁` inside a word such as `df_1`.
    private static func symbol(inWord w: String) -> Symbol? {
        Symbol(word: w)
    }

    /// k of `t_k` or `t_{k}`.
    static func taskLabel(_ w: String) -> Int? {
        subscriptText(of: w, base: "t").flatMap { Int($0) }
    }

    /// The subscript of `base_s` or `base_{s}`, braces removed.
    static func subscriptText(of word: String, base: String) -> String? {
        guard word.hasPrefix(base + "_") else { return nil }
        return String(word.dropFirst(base.count + 1).filter { $0 != "{" && $0 != "}" })
    }
}

extension DerivativeHead {
    /// Parses the chain after the head into a claim.
    static func claim(_ item: [Token], head: DerivativeHead, id: AnswerID, fragment: Fragment,
                      allowed: Set<Symbol>) throws(ExpressionError) -> DerivativeClaim {
        let rest = Array(item[(head.equals + 1)...])
        let (values, sides, _) = try chain(rest, fragment: fragment, allowed: allowed)
        // From just after the `=`: commands without a token of their own
        // (`\left(`) stay in the text shown.
        let equals = item[head.equals]
        let text = self.text(of: rest, in: fragment, from: equals.offset + equals.text.unicodeScalars.count)
        let terms = values.count > 1 ? topLevelTerms(sides[0], allowed: allowed) : []
        return DerivativeClaim(id: id, symbol: head.symbol, sides: values, firstSideTerms: terms,
                               text: text, location: fragment.location(at: item[0].offset))
    }

    /// The sides of `e₀ = e₁ = …` (tokens without a head), each parsed, with
    /// their tokens and the text as written, white space folded.
    static func chain(_ rest: [Token], fragment: Fragment,
                      allowed: Set<Symbol>) throws(ExpressionError) -> ([LinearExpression], [[Token]], String) {
        var sides: [[Token]] = [[]]
        for token in rest {
            if token.kind == .equals { sides.append([]) } else { sides[sides.count - 1].append(token) }
        }
        var values: [LinearExpression] = []
        for side in sides {
            let end = Token(kind: .end, offset: side.last.map { $0.offset + $0.text.unicodeScalars.count } ?? rest.last?.offset ?? 0, text: "")
            guard !side.isEmpty else { throw ExpressionError(offset: end.offset, "empty side of '='") }
            values.append(try MathReading.linearForm(side + [end], allowed: allowed))
        }
        return (values, sides, text(of: rest, in: fragment))
    }

    /// The source text of some tokens, white space folded.
    static func text(of tokens: [Token], in fragment: Fragment, from start: Int? = nil) -> String {
        guard let firstToken = tokens.first, let lastToken = tokens.last else { return "" }
        let first = min(start ?? firstToken.offset, firstToken.offset)
        let last = lastToken.offset + lastToken.text.unicodeScalars.count
        let scalars = fragment.text.unicodeScalars
        let lower = scalars.index(scalars.startIndex, offsetBy: first)
        let upper = scalars.index(lower, offsetBy: last - first)
        return String(scalars[lower..<upper]).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The signed top-level terms of a side, or none if one fails to parse.
    static func topLevelTerms(_ side: [Token], allowed: Set<Symbol>) -> [LinearExpression] {
        var chunks: [[Token]] = []
        var depth = 0
        for token in side {
            switch token.kind {
            case .leftParen, .leftBrace: depth += 1
            case .rightParen, .rightBrace: depth -= 1
            case .plus, .minus:
                if depth == 0 && !(chunks.last?.isEmpty ?? true) { chunks.append([]) }
            default: break
            }
            if chunks.isEmpty { chunks.append([]) }
            chunks[chunks.count - 1].append(token)
        }
        var terms: [LinearExpression] = []
        for chunk in chunks {
            let end = Token(kind: .end, offset: 0, text: "")
            guard let value = try? MathReading.linearForm(chunk + [end], allowed: allowed) else { return [] }
            terms.append(value)
        }
        return terms
    }
}
