import CoursecheckMaths
import CoursecheckNotation
import Testing

/// Every expression and count that the old ExpressionParser read in its own
/// tests, read by the grammar to the value that parser gave (its canonical
/// form, frozen here when the parser was removed): a regression test of the
/// grammar against the reader it replaced.
@Suite("Parity: the grammar reads what the old ExpressionParser read, to the same value")
struct ExpressionParityTests {
    static let samples = Set((1...6).map(Symbol.sample)).union(Symbol.roles)

    @Test("Linear forms", arguments: [
        ("f_5 - 2f_2 + f_4 - 2f_3 + 2f_1", "2f_1 + f_4 + f_5 - 2f_2 - 2f_3"),
        ("2f_1 - 2f_2 - 2f_3 + f_4 + f_5", "2f_1 + f_4 + f_5 - 2f_2 - 2f_3"),
        ("-2f_3 + f_5 + 2f_1 + f_4 - 2f_2", "2f_1 + f_4 + f_5 - 2f_2 - 2f_3"),
        ("2f_1", "2f_1"),
        ("2 f_1", "2f_1"),
        ("2\\cdot f_1", "2f_1"),
        ("2\\,f_1", "2f_1"),
        ("2*f_1", "2f_1"),
        ("2 × f_1", "2f_1"),
        ("2f_{1}", "2f_1"),
        ("2 \\mathbf{f}_1", "2f_1"),
        ("f_1 + f_1", "2f_1"),
        ("2(f_1)", "2f_1"),
        ("f_1 - f_2", "f_1 - f_2"),
        ("f_1 − f_2", "f_1 - f_2"),
        ("f_1 – f_2", "f_1 - f_2"),
        ("-(f_2 - f_1)", "f_1 - f_2"),
        ("f_1 + -f_2", "f_1 - f_2"),
        ("-\\left( f_2 - f_1 \\right)", "f_1 - f_2"),
        ("\\left(f_1\\right) - \\bigl(f_2\\bigr)", "f_1 - f_2"),
        ("-[f_2 - f_1]", "f_1 - f_2"),
        ("f_1 - (f_2)", "f_1 - f_2"),
        ("\\frac{1}{2} f_a", "\\tfrac{1}{2}f_a"),
        ("\\tfrac{1}{2} f_a", "\\tfrac{1}{2}f_a"),
        ("\\frac{f_a}{2}", "\\tfrac{1}{2}f_a"),
        ("f_a/2", "\\tfrac{1}{2}f_a"),
        ("0.5f_a", "\\tfrac{1}{2}f_a"),
        ("1/2 f_a", "\\tfrac{1}{2}f_a"),
        ("0", "0"),
        ("f_1 - f_1", "0"),
        ("0f_3", "0"),
        ("  0  ", "0"),
        ("f_{n} - f_p", "f_n - f_p"),
        ("\\mathbf{0}", "0"),
        ("2fn - 2fp", "2f_n - 2f_p"),
        ("f1 - f2", "f_1 - f_2"),
        ("f₁ − f₂", "f_1 - f_2"),
        ("\\boxed{f_n - f_p}", "f_n - f_p"),
        ("\\frac{2 f_n - 2 f_p}{2}", "f_n - f_p"),
        ("0.5(2f_n - 2f_p)", "f_n - f_p"),
        ("- f_p - (- f_n)", "f_n - f_p"),
        ("\\,f_n\\; - \\;f_p", "f_n - f_p"),
        ("-1\\cdot f_p + 1 \\cdot f_n", "f_n - f_p"),
        ("f_n + (-f_p)", "f_n - f_p"),
        ("2\\cdot\\frac{1}{2}(f_n - f_p)", "f_n - f_p"),
        ("\\frac{1}{2}\\cdot 2 (f_n - f_p)", "f_n - f_p"),
    ])
    func linear(text: String, old: String) throws {
        let span = MathSpan(text)
        #expect(try Statements.linearForm(span.tree.nodes, in: span.tree, allowed: Self.samples).description == old)
    }

    @Test("Count chains", arguments: [
        ("(6 P 3) = 6!/3! = \\binom{6}{3} \\cdot 3! = 6 C 3 * 6 = 120", [120, 120, 120, 120, 120]),
        ("6 * 2 * 3 = 2 * (3 * 2 * 3) = 36", [36, 36, 36]),
        ("{}^6P_3 = 120", [120, 120]),
        ("^6P_3", [120]),
        ("^{6}P_{3}", [120]),
        ("^6C_3", [20]),
        ("P(6, 3)", [120]),
        ("C(6,3)", [20]),
        ("6^3", [216]),
        ("2^{10}", [1024]),
        ("\\frac{6!}{3!}", [120]),
        ("6 \\times 5 \\times 4", [120]),
    ])
    func counts(text: String, old: [Int64]) throws {
        let span = MathSpan(text)
        #expect(try Statements.count(span.items[0], in: span.tree) == old.map { Rational($0) })
    }
}
