import CoursecheckMaths

/// The seam between the question readers and the maths notation: the few
/// things the readers ask of a maths span. Today they are answered by the
/// Maths floor's lexer and expression parser; the maths grammar (one
/// tokenizer, one command table, shapes) answers them instead when it lands,
/// and the readers do not change.
enum MathReading {
    /// The items of a maths fragment: tokens between top-level `,`, `;` and
    /// `\\` (rows of an environment, line breaks), with layout commands
    /// (`\begin{aligned}`, `\label`, `\text{…}`, spacing) blanked so that
    /// offsets stay those of the fragment. `bareRoles`: `a`, `p`, `n` alone
    /// are f_a, f_p, f_n.
    static func items(of fragment: Fragment, bareRoles: Bool = false) -> (fragment: Fragment, items: [[Token]]) {
        var blanked = fragment
        blanked.text = Substring(LayoutCommands.blanked(fragment.text))
        var tokens = labels(Lexer.tokenize(blanked.text))
        if bareRoles { tokens = tokens.map(SheetParser.bareRole) }
        return (blanked, TokenItems.split(tokens))
    }

    /// The tokens of plain text (a line that may be a derivative).
    static func tokens(_ text: Substring) -> [Token] {
        labels(Lexer.tokenize(text))
    }

    /// The derivative head an item starts with, if any.
    static func derivativeHead(_ item: [Token]) -> DerivativeHead? {
        DerivativeHead.match(item)
    }

    /// Whether an item is a derivative head and nothing else
    /// (`\frac{\partial L}{\partial f_a}`, `∂L/∂f_1 (t_1)`): a derivative
    /// named in a sentence, whose value may follow ("… is $f_n - f_p$").
    static func isBareHead(_ item: [Token]) -> Bool {
        guard let last = item.last else { return false }
        let equals = Token(kind: .equals, offset: last.offset + last.text.unicodeScalars.count, text: "=")
        guard let head = DerivativeHead.match(item + [equals]) else { return false }
        return head.equals == item.count
    }

    /// A linear form in the allowed symbols.
    static func linearForm(_ tokens: [Token], allowed: Set<Symbol>) throws(ExpressionError) -> LinearExpression {
        try ExpressionParser.parse(tokens: tokens, allowed: allowed)
    }

    /// The sides of a calculation, `6 \cdot 5 \cdot 4 = 120`, each a number.
    static func count(_ text: Substring) throws(ExpressionError) -> [Rational] {
        try ExpressionParser.parseChain(text, allowed: []).map(\.constant)
    }

    /// Whether maths names a sample (`\{f_1, f_4\}`): then it describes, it
    /// does not count.
    static func namesSamples(_ text: Substring) -> Bool {
        Lexer.tokenize(text).contains { if case .symbol = $0.kind { true } else { false } }
    }

    /// A triplet's label written without an underscore, `t1` or `t₁`, is
    /// `t_1`: the letter and the number that touches it become one word.
    static func labels(_ tokens: [Token]) -> [Token] {
        guard tokens.contains(where: { $0.kind == .word("t") }) else { return tokens }
        var result: [Token] = []
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            if token.kind == .word("t"), i + 1 < tokens.count, tokens[i + 1].offset == token.offset + 1 {
                let next = tokens[i + 1]
                var digits: String?
                if case .number(let r) = next.kind, r.isInteger, !next.text.contains(".") { digits = next.text }
                if case .word(let w) = next.kind {
                    let plain = w.unicodeScalars.compactMap { Symbol.subscriptScalars[$0] }
                    if plain.count == w.unicodeScalars.count, plain.allSatisfy(\.isNumber) { digits = String(plain) }
                }
                if let digits {
                    result.append(Token(kind: .word("t_\(digits)"), offset: token.offset, text: token.text + next.text))
                    i += 2
                    continue
                }
            }
            result.append(token)
            i += 1
        }
        return result
    }
}
