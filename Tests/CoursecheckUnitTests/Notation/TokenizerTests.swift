import CoursecheckNotation
import CoursecheckTestSupport
import Foundation
import Testing

/// The kinds of a span's tokens, offsets aside.
private func kinds(_ text: String, plain: Bool = false) -> [MathToken.Kind] {
    Tokenizer(linesSeparate: plain).tokenize(text).map(\.kind)
}

@Suite("Tokenizer: TeX's rules, Unicode and plain text into the same tokens")
struct TokenizerTests {
    @Test("Control words skip the spaces after them; control symbols do not")
    func controlSequences() {
        #expect(kinds(#"\frac 12"#) == [.command("frac"), .number("12")])
        #expect(kinds(#"\, \\ \{"#) == [.command(","), .command("\\"), .command("{")])
        #expect(kinds(#"\partial L"#) == [.command("partial"), .letter("L")])
    }

    @Test("Every letter is a token; digits with one decimal point are one number")
    func lettersAndNumbers() {
        #expect(kinds("dL") == [.letter("d"), .letter("L")])
        #expect(kinds("0.5f_1") == [.number("0.5"), .letter("f"), .subscript, .number("1")])
        #expect(kinds("1.") == [.number("1"), .other(".")])
    }

    @Test("Unicode maths and plain text give the tokens TeX gives", arguments: [
        ("∂L/∂f₁", #"\partial L/\partial f_{1}"#),
        ("f₁₂ − fₐ", "f_{12} - f_{a}"),
        ("2·f₁ × 3", #"2\cdot f_{1} \times 3"#),
        ("∇_{f_1} L", #"\nabla_{f_1} L"#),
        ("L′", "L'"),
        ("⟨f_1⟩", #"\langle f_1\rangle"#),
        ("grad_f1 L", #"\nabla_f1 L"#),
        ("a ≈ b ⇒ c", #"a \approx b \Rightarrow c"#),
    ])
    func sameTokens(unicode: String, tex: String) {
        #expect(kinds(unicode) == kinds(tex))
    }

    @Test("Maths alphanumerics fold by NFKC; combining accents decorate the letter before")
    func folds() {
        #expect(kinds("𝑓_1") == kinds("f_1"))
        #expect(kinds("𝐟_1") == kinds("f_1"))
        #expect(kinds("ℒ") == kinds("L"))
        #expect(kinds("f\u{20D7}_1") == kinds(#"\vec{f}_1"#))
    }

    @Test("Every token carries its place in the source, in Unicode scalars")
    func offsets() {
        let tokens = Tokenizer().tokenize("∂L/∂f₁ = 𝑓₂")
        #expect(tokens.map(\.offset) == [0, 1, 2, 3, 4, 5, 5, 5, 6, 7, 9, 10, 10, 10, 11])
        #expect(tokens[0].synthetic && tokens[5].synthetic && !tokens[1].synthetic)
        #expect(tokens[9].kind == .other("=") && tokens[9].length == 1)
    }

    @Test("In plain text, line breaks end items; in TeX they are spaces")
    func lines() {
        #expect(kinds("a\nb", plain: true) == [.letter("a"), .newline, .letter("b")])
        #expect(kinds("a\nb") == [.letter("a"), .letter("b")])
    }

    @Test("Unicode scripts glued to the one-letter argument of `_` are that letter's: `∇_fₐ` is `∇_{f_a}`", arguments: [
        ("∇_fₐ L", #"\nabla_{f_{a}} L"#),
        ("∂_f₁ L", #"\partial_{f_{1}} L"#),
        ("x^f₂", "x^{f_{2}}"),
        ("∇_f ₁", #"\nabla_f _{1}"#),
    ])
    func scriptsOfTheArgument(unicode: String, tex: String) {
        #expect(kinds(unicode) == kinds(tex))
    }

    @Test("Fuzz findings (fuzz/regressions/mathtree-*): tokenized and parsed, TeX and plain text, without a trap")
    func fuzzFindings() throws {
        let folder = PackagePaths.root.appendingPathComponent("fuzz/regressions")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("mathtree-") }.sorted()
        #expect(!names.isEmpty)
        for name in names {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            let text = String(decoding: data, as: UTF8.self)
            // The fuzz target's table: a macro whose body brings tokens of its own.
            let table = CommandTable.standard.defining("pd", parameters: 2, body: #"\frac{\partial #1}{\partial #2}"#)
            for plain in [false, true] {
                let span = MathSpan(text, table: table, plainText: plain)
                #expect(span.tree.nodes.range.map { $0.upperBound <= text.unicodeScalars.count } ?? true, "\(name)")
            }
        }
    }

    /// A timeout found by FuzzExpression: a tree whose nodes share subtrees
    /// made the search for its first error exponential. Read as the target
    /// reads it, it must finish (in well under a second) with a clean answer.
    @Test("Fuzz findings (fuzz/regressions/expression-*): read as a chain, as FuzzExpression does, to an answer")
    func expressionFindings() throws {
        let folder = PackagePaths.root.appendingPathComponent("fuzz/regressions")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("expression-") }.sorted()
        #expect(!names.isEmpty)
        for name in names {
            let text = String(decoding: try Data(contentsOf: folder.appendingPathComponent(name)), as: UTF8.self)
            let tree = MathParser.parse(text)
            let item = MathItem(separator: .start, nodes: tree.nodes)
            // The first error found is one of the tree's, found by a walk that stops there.
            if let error = tree.nodes.firstError {
                #expect(error.range.lowerBound <= text.unicodeScalars.count, "\(name)")
            }
            #expect(throws: NotationError.self, "\(name)") { try Statements.chain(item.sides, in: tree, allowed: nil) }
        }
    }

    @Test("A plain-text word of the table is its command only as a whole run of letters")
    func words() {
        #expect(kinds("grad") == [.command("nabla")])
        #expect(kinds("gradient").count == 8)
    }
}
