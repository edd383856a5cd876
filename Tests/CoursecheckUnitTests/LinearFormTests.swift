import CoursecheckMaths
import CoursecheckNotation
import Testing

/// f_5 − 2f_2 + f_4 − 2f_3 + 2f_1, built term by term.
private func expression(_ terms: [(Symbol, Int64)], constant: Int64 = 0) -> LinearExpression {
    LinearExpression(Dictionary(uniqueKeysWithValues: terms.map { ($0.0, Rational($0.1)) }), constant: Rational(constant))
}

private let samples = Set((1...6).map(Symbol.sample))

/// A whole span read as one linear form by the grammar, as a derivative's side is.
private func linear(_ text: String, allowed: Set<Symbol>? = samples) throws(NotationError) -> LinearExpression {
    let span = MathSpan(text)
    return try Statements.linearForm(span.tree.nodes, in: span.tree, allowed: allowed)
}

/// The sides of a count's chain.
private func count(_ text: String) throws(NotationError) -> [Rational] {
    let span = MathSpan(text)
    return try Statements.count(MathItem(separator: .start, nodes: span.tree.nodes), in: span.tree)
}

@Suite("Linear forms: the notations students use, read by the grammar (the expression parser's tests, on the grammar)")
struct LinearFormTests {
    @Test("Terms in any order give the same expression", arguments: [
        "f_5 - 2f_2 + f_4 - 2f_3 + 2f_1",
        "2f_1 - 2f_2 - 2f_3 + f_4 + f_5",
        "-2f_3 + f_5 + 2f_1 + f_4 - 2f_2",
    ])
    func termOrder(text: String) throws {
        #expect(try linear(text) == expression([(.sample(1), 2), (.sample(2), -2), (.sample(3), -2), (.sample(4), 1), (.sample(5), 1)]))
    }

    @Test("Coefficient notations: 2f_1, 2 f_1, 2\\cdot f_1, 2\\,f_1, 2*f_1, 2 × f_1, 2f_{1}", arguments: [
        "2f_1", "2 f_1", "2\\cdot f_1", "2\\,f_1", "2*f_1", "2 × f_1", "2f_{1}", "2 \\mathbf{f}_1", "f_1 + f_1", "2(f_1)",
    ])
    func coefficients(text: String) throws {
        #expect(try linear(text) == expression([(.sample(1), 2)]))
    }

    @Test("Minus signs: ASCII, unicode minus, en dash, before parentheses", arguments: [
        "f_1 - f_2", "f_1 − f_2", "f_1 – f_2", "-(f_2 - f_1)", "f_1 + -f_2", "-\\left( f_2 - f_1 \\right)",
        "\\left(f_1\\right) - \\bigl(f_2\\bigr)", "-[f_2 - f_1]", "f_1 - (f_2)",
    ])
    func minus(text: String) throws {
        #expect(try linear(text) == expression([(.sample(1), 1), (.sample(2), -1)]))
    }

    @Test("Fractions: \\frac, \\tfrac, a/b, decimals")
    func fractions() throws {
        let half = LinearExpression([.anchor: try Rational(1, 2)])
        for text in ["\\frac{1}{2} f_a", "\\tfrac{1}{2} f_a", "\\frac{f_a}{2}", "f_a/2", "0.5f_a", "1/2 f_a"] {
            #expect(try linear(text, allowed: nil) == half, "\(text)")
        }
    }

    @Test("A bare zero and an expression that cancels are both zero", arguments: ["0", "f_1 - f_1", "0f_3", "  0  "])
    func zero(text: String) throws {
        #expect(try linear(text) == .zero)
    }

    @Test("Role symbols f_a, f_p, f_n")
    func roles() throws {
        #expect(try linear("f_{n} - f_p", allowed: Set(Symbol.roles)) == expression([(.negative, 1), (.positive, -1)]))
    }

    /// The offsets are the grammar's: an unclosed parenthesis is reported
    /// at the parenthesis it leaves open (the expression parser said where
    /// the text ended).
    @Test("Errors carry the offset of the offending text", arguments: [
        ("f_1 + g_1", 6, "unknown symbol"),
        ("f_1 + f_7", 6, "unknown symbol f_7"),
        ("f_1 f_2", 4, "not linear"),
        ("f_1 / f_2", 4, "not linear"),
        ("(f_1 + f_2", 0, "expected ')'"),
        ("f_1 +", 5, "expected a term"),
        ("1e400 f_1", 0, "scientific notation"),
        ("1234567890123456789012 f_1", 0, "more than 18 digits"),
        ("f_1 / 0", 4, "division by zero"),
    ])
    func errors(text: String, offset: Int, message: String) {
        #expect {
            try linear(text)
        } throws: { error in
            guard let error = error as? NotationError else { return false }
            return error.offset == offset && error.message.contains(message)
        }
    }

    @Test("Nesting is bounded: 100 000 parentheses end in an error, not a stack overflow")
    func depth() throws {
        let deep = String(repeating: "(", count: 100_000) + "f_1" + String(repeating: ")", count: 100_000)
        #expect(throws: NotationError.self) { try linear(deep) }
        let fine = String(repeating: "(", count: 20) + "f_1" + String(repeating: ")", count: 20)
        #expect(try linear(fine) == LinearExpression(.sample(1)))
    }

    @Test("Coefficient overflow is an error, not a trap")
    func overflow() {
        #expect(throws: NotationError.self) { try linear("999999999999999999 * 999999999999999999 f_1", allowed: nil) }
    }

    @Test("Integer arithmetic for counts: P, C, !, \\binom, chains")
    func arithmetic() throws {
        let values = try count("(6 P 3) = 6!/3! = \\binom{6}{3} \\cdot 3! = 6 C 3 * 6 = 120")
        #expect(values == Array(repeating: Rational(120), count: 5))
        #expect(try count("6 * 2 * 3 = 2 * (3 * 2 * 3) = 36") == [Rational(36), Rational(36), Rational(36)])
    }

    @Test("A power of an embedding is refused with the reason; a power of a number is read")
    func powers() throws {
        #expect(throws: NotationError.self) { try linear("f_1^2", allowed: nil) }
        #expect(try linear("2^{10}", allowed: nil).constant == Rational(1024))
    }
}
