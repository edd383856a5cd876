import CoursecheckMaths
import CoursecheckNotation
import Testing

/// The head of a span's first item.
private func head(_ text: String, naming: SampleNaming = .standard) -> Result<DerivativeHead, NotationError>? {
    let span = MathSpan(text)
    guard let item = span.items.first else { return nil }
    return DerivativeShape.match(item.sides[0].nodes, naming: naming)
}

private func value(_ text: String, allowed: Set<Symbol>? = nil, naming: SampleNaming = .standard) throws(NotationError) -> LinearExpression {
    let span = MathSpan(text)
    return try Statements.linearForm(span.tree.nodes, in: span.tree, naming: naming, allowed: allowed)
}

private func counts(_ text: String) throws(NotationError) -> [Rational] {
    let span = MathSpan(text)
    return try Statements.count(span.items[0], in: span.tree)
}

@Suite("Shapes read off the tree")
struct ShapeTests {
    @Test("Derivative heads in every form read the variable", arguments: [
        #"\frac{\partial L}{\partial f_1}"#, #"\dfrac{dL}{df_1}"#, #"\tfrac{\mathrm{d}L}{\mathrm{d}f_1}"#, #"{\partial L \over \partial f_1}"#,
        #"\cfrac{\operatorname{d} L}{\operatorname{d} \mathbf{f}_1}"#, #"\frac{\partial}{\partial f_1} L"#, #"\partial L / \partial f_1"#,
        "dL/df1", "d/df1 L", "∂L/∂f₁", #"\nabla_{f_1} L"#, #"\partial_{\mathbf f_1} L"#, "grad_f1 L", #"\pdv{L}{f_1}"#,
        #"\pdv{f_1} L"#, #"\dv{L}{f_1}"#, "L'(f_1)", #"\frac{\dd L}{\dd f_1}"#, #"\frac{\partial \mathcal{L}}{\partial \vec f_1}"#,
        #"\frac{\partial \ell}{\partial \bm{f}_{1}}"#, #"\frac{\partial J}{\partial \boldsymbol{f_1}}"#, #"\frac{\partial L}{\partial f(x_1)}"#,
        "L'_{f_1}", #"\mathcal{L}'_{\mathbf f_1}"#, #"\sum_{t=1}^{8} \nabla_{\mathbf{f}_1} L^{(t)}"#, #"\sum_k \frac{\partial L_k}{\partial f_1}"#,
    ])
    func heads(text: String) throws {
        let h = try #require(head(text)).get()
        #expect(h.variable == .sample(1))
        // A sum in front of the head is Question 6's sum over the triplets.
        #expect(h.loss.summed == text.hasPrefix(#"\sum"#))
    }

    @Test("A sum over the triplets of one triplet's derivative is not read", arguments: [
        #"\sum_{t=1}^{8} \nabla_{f_1} L_{t_2}"#, #"\sum_t \frac{\partial L_{\text{total}}}{\partial f_1}"#,
    ])
    func sumOfOne(text: String) throws {
        guard case .failure? = head(text) else { Issue.record("read \(text)"); return }
    }

    @Test("The loss's labels name a triplet, generic or summed", arguments: [
        ("L", Loss.Label.none, false), ("L^t", .generic, false), ("L_t", .generic, false), ("L_{t_2}", .triplet(2), false),
        ("L(t_2)", .triplet(2), false), ("L_2", .triplet(2), false), ("L^{(2)}", .triplet(2), false), (#"\sum_k L(t_k)"#, .generic, true),
        (#"\sum_{k=1}^{8} L_k"#, .generic, true), ("L(f_1, f_2, f_5)", .samples([.sample(1), .sample(2), .sample(5)]), false),
        (#"L_{\text{total}}"#, .none, true), (#"\mathcal{L}_{tot}"#, .none, true), (#"L_{\mathrm{total}}"#, .none, true),
    ])
    func labels(loss: String, label: Loss.Label, summed: Bool) throws {
        let h = try #require(head(#"\frac{\partial}{\partial f_1} "# + loss)).get()
        #expect(h.loss.label == label)
        #expect(h.loss.summed == summed)
        let trailing = try #require(head(#"\frac{\partial L}{\partial f_1} t_3"#)).get()
        #expect(trailing.loss.label == .triplet(3))
    }

    @Test("Samples under any decoration, role letters and words", arguments: [
        ("f_a", Symbol.anchor), ("fa", .anchor), ("f_{a}", .anchor), (#"\mathbf{f}_p"#, .positive), (#"\vec{f_n}"#, .negative),
        (#"f_{\text{anchor}}"#, .anchor), ("f_{pos}", .positive), ("f_{negative}", .negative), ("f₁", .sample(1)),
        ("𝐟_2", .sample(2)), ("f\u{20D7}_3", .sample(3)), (#"\vb{f}_4"#, .sample(4)), (#"\hat f_5"#, .sample(5)),
    ])
    func samples(text: String, symbol: Symbol) throws {
        #expect(try value(text) == LinearExpression(symbol))
    }

    @Test("Bare a, p, n are the roles only where the question says so, and never inside a word")
    func bareRoles() throws {
        let roles = SampleNaming(bareRoles: true)
        #expect(try value("n - p", naming: roles) == LinearExpression([.negative: .one, .positive: Rational(-1)]))
        #expect(throws: NotationError.self) { try value("n - p") }
        #expect(throws: NotationError.self) { try value("an", naming: roles) }
    }

    @Test("Linear forms with exact rational coefficients", arguments: [
        ("f_1 - f_2", "f_1 - f_2"), ("-(f_2 - f_1)", "f_1 - f_2"), (#"\frac{1}{2} f_1"#, #"\tfrac{1}{2}f_1"#), ("0.5f_1", #"\tfrac{1}{2}f_1"#),
        (#"\mathbf{0}"#, "0"), (#"\vec 0"#, "0"), ("0", "0"), (#"2\cdot\frac12 (f_1 - f_2)"#, "f_1 - f_2"), ("2*f1 − 2×f₂", "2f_1 - 2f_2"),
        (#"\left(f_1\right) - \bigl(f_2\bigr)"#, "f_1 - f_2"), (#"\boxed{f_1}"#, "f_1"), ("[f_2 - f_1]", "f_2 - f_1"),
        (#"\frac{f_1}{2} + \frac{f_1}{2}"#, "f_1"), (#"2\{(f_1 - f_2) + [f_2]\}"#, "2f_1"), ("{f_1 + f_2} - f_1", "f_2"), ("{2}f_1", "2f_1"), ("f_1 / 2 + f_1 \\div 2", "f_1"), (#"\qty(f_1 + f_2)"#, "f_1 + f_2"),
    ])
    func linearForms(text: String, reading: String) throws {
        #expect(try value(text).description == reading)
    }

    @Test("What cannot be read is a located error with a reason, never a guess", arguments: [
        ("f_1 f_2", 4, "not linear"), ("f_1 / f_2", 4, "not linear"), ("f_1 + g_1", 6, "unknown symbol 'g_1'"),
        ("f_1 +", 5, "expected a term"), ("1e400 f_1", 0, "scientific notation"), ("1234567890123456789012 f_1", 0, "more than 18 digits"),
        ("f_1 / 0", 4, "division by zero"), ("2 3 f_1", 2, "two numbers side by side"), ("f_1^2", 0, "not linear"),
        (#"\abs{f_1}"#, 0, "is not a sum"), (#"f_1 \pm f_2"#, 4, "two values"), (#"\begin{pmatrix} 1 \end{pmatrix}"#, 0, "environment"),
        (#"\sum_k f_1"#, 0, #"unknown symbol '\sum'"#), ("f_12", 0, "ambiguous"), ("2{f_1 + f_2}", 1, "braces around a sum"), ("-{f_1 - f_2}", 1, "braces around a sum"), ("(f_1 + f_2", 0, "expected ')'"), (#"\text{hello} f_1"#, 0, "text"),
    ])
    func errors(text: String, offset: Int, message: String) {
        #expect {
            try value(text)
        } throws: { error in
            guard let e = error as? NotationError else { return false }
            return e.offset == offset && e.message.contains(message)
        }
    }

    @Test("Only allowed symbols: an answer with f_7 is an error naming it")
    func allowed() {
        #expect(throws: NotationError(6..<9, "unknown symbol f_7")) {
            try value("f_1 + f_7", allowed: Set((1...6).map(Symbol.sample)))
        }
    }

    @Test("Counts: every notation of 120 and 36 evaluates exactly", arguments: [
        "P(6,3)", "{}^6P_3", "^6P_3", "{}_6P_3", "A_6^3", #"\binom{6}{3}\cdot 3!"#, "6!/3!", #"\frac{6!}{3!}"#,
        #"6 \times 5 \times 4"#, "C(6,3) * 6", "(6 P 3)", "6P3", #"{6 \choose 3} \cdot 3!"#, #"\dbinom{6}{3} 3!"#, "6 · 5 · 4",
        #"\mathrm{P}(6, 3)"#, "C_6^3 3!", "V_6^3", "V^3_6",
        #"\underbrace{6}_{\text{anchor}} \cdot \underbrace{5}_{\text{positive}} \cdot \underbrace{4}_{n}"#,
        #"\overbrace{6 \cdot 5}^{a,\,p} \cdot 4"#, #"\underbracket{6!}_{\text{all orders}}/3!"#,
    ])
    func counts120(text: String) throws {
        #expect(try counts(text) == [Rational(120)])
    }

    @Test("A brace's note is no factor: ⏟6 with 'anchor' under it is 6, not 6·anchor; a wrong product stays wrong")
    func braces() throws {
        #expect(try counts(#"\underbrace{6}_{\text{anchor}} \cdot \underbrace{2}_{\text{positive}} \cdot \underbrace{3}_{\text{negative}} = 36"#)
                == [36, 36].map { Rational($0) })
        // Maths in the note may be a factor or a result: not read.
        for text in [#"\underbrace{6}_{2} \cdot 3"#, #"\underbrace{3 \cdot 2 \cdot 3}_{\times 2}"#, #"\underbrace{6 \cdot 2 \cdot 3}_{= 30}"#] {
            #expect(throws: NotationError.self, "\(text)") { try counts(text) }
        }
        #expect(try counts(#"\underbrace{6 \cdot 2}_{\text{anchor, positive}} \cdot 3 = 30"#) == [36, 30].map { Rational($0) })
    }

    @Test("N choose K in words is the binomial C(N, K), binding its two operands (not TeX's \\choose, which splits its group)")
    func chooseInWords() throws {
        // C(6,3)·3! = 20·6 = 120; read as 6 choose 18 it would be 0.
        #expect(try counts("6 choose 3 * 3!") == [Rational(120)])
        #expect(try counts("(6 choose 3) 3! = 20 * 6") == [120, 120].map { Rational($0) })
        #expect(try counts("3 * 2 choose 1 * 3") == [Rational(18)])
        #expect(try counts("6 choose 2") == [Rational(15)])
        // The count takes the factor just before it: 2·C(6,3), not C(12,3) = 220.
        #expect(try counts("2 * 6 choose 3") == [Rational(40)])
        #expect(try counts("2 * 6 P 3") == [Rational(240)])
        #expect(try counts(#"2 \cdot 6 C 3"#) == [Rational(40)])
        #expect(try counts("6 P 3 / 3!") == [Rational(20)])
        #expect(try counts("2 choose 5") == [Rational(0)])
        // A letter for n is not a whole number: an error, never a guess.
        #expect(throws: NotationError.self) { try counts("n choose 3") }
        // Only the whole word: "chooses" is letters.
        #expect(throws: NotationError.self) { try counts("6 chooses 3") }
    }

    @Test("Count chains keep every side: 6·2·3 = 2·(3·2·3) = 36; 6^3 = 216")
    func chains() throws {
        #expect(try counts("6 * 2 * 3 = 2 * (3 * 2 * 3) = 36") == [36, 36, 36].map { Rational($0) })
        #expect(try counts("= 36") == [Rational(36)])
        #expect(try counts("6^3") == [Rational(216)])
    }

    @Test("Triplets in any brackets, samples or bare numbers")
    func triplets() throws {
        for text in ["t_1 = (f_1, f_2, f_5)", "t_1=(1,2,5)", #"t_{1} = \langle f_1, f_2, f_5 \rangle"#, "t₁ = ⟨f₁, f₂, f₅⟩",
                     "t_1 = [x_1, x_2, x_5]", #"t_1 = \left(\mathbf{f}_1, \mathbf{f}_2, \mathbf{f}_5\right)"#, "t1 = (f1, f2, f5)"] {
            let span = MathSpan(text)
            let t = try #require(TripletShape.read(span.items[0])).get()
            #expect(t.label == 1 && t.members == [1, 2, 5], "\(text)")
        }
        let span = MathSpan("t_2 = (f_1, f_3)")
        #expect(throws: NotationError.self) { try TripletShape.read(span.items[0])?.get() }
    }

    @Test("Items split at top-level separators, rows and text; parentheses keep their commas")
    func items() {
        let span = MathSpan(#"a = 1, b = P(6, 3); c \quad d \\ e \text{ and } f \Rightarrow g"#)
        #expect(span.items.map(\.separator) == [.start, .comma, .semicolon, .space, .lineBreak, .text(" and "), .implication])
        let rows = MathSpan(#"\begin{aligned} h &= x \\ &= y \end{aligned}"#)
        #expect(rows.items.map(\.separator) == [.start, .row])
        #expect(rows.items[1].continuesChain)
    }

    @Test("A chain's last side is the answer only across '='")
    func relations() {
        let span = MathSpan(#"\frac{\partial L}{\partial f_1} = f_1 \approx f_2"#)
        let result = Statements.derivative(span.items[0], in: span.tree, allowed: nil)
        guard case .failure(let e)? = result else { Issue.record("read \(String(describing: result))"); return }
        #expect(e.message.contains("only '=' says what the answer is"))
        let ok = MathSpan(#"\frac{\partial L}{\partial f_1} = (f_1 - f_2) + f_2 = f_1"#)
        let statement = try? Statements.derivative(ok.items[0], in: ok.tree, allowed: nil)?.get()
        #expect(statement?.sides.map(\.description) == ["f_1", "f_1"])
    }

    @Test("Malformed derivatives are errors, not misreadings", arguments: [
        #"\frac{\partial L}{\partial g_1} = 0"#, #"\frac{\partial^2 L}{\partial f_1^2} = 0"#, #"\pdv[2]{L}{f_1} = 0"#, #"\frac{\partial L}{\partial f_1}"#,
    ])
    func malformed(text: String) {
        let span = MathSpan(text)
        let result = Statements.derivative(span.items[0], in: span.tree, allowed: nil)
        if case .success? = result { Issue.record("read \(text)") }
        #expect(result != nil)
    }
}

@Suite("Shapes: relations, columns and decimals")
struct MoreShapeTests {
    @Test("A decorated relation is a relation; a decimal may start with its point")
    func decoratedRelation() throws {
        let span = MathSpan(#"\frac{\partial L}{\partial f_1} \overset{!}{=} .5 f_2"#)
        let s = try #require(Statements.derivative(span.items[0], in: span.tree, allowed: nil)).get()
        #expect(s.answer == LinearExpression([.sample(2): try Rational(1, 2)]))
    }

    @Test("In align, a third column starts a new statement")
    func alignPairs() throws {
        let span = MathSpan(#"\begin{align*} \frac{\partial L}{\partial f_a} &= f_n - f_p & \frac{\partial L}{\partial f_p} &= f_p - f_a \end{align*}"#)
        #expect(span.items.count == 2)
        let second = try #require(Statements.derivative(span.items[1], in: span.tree, allowed: nil)).get()
        #expect(second.head.variable == .positive && second.answer.description == "f_p - f_a")
    }
}
