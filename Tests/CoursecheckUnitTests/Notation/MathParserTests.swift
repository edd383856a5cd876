import CoursecheckNotation
import Testing

/// A compact picture of a tree, for comparing shapes.
func shape(_ nodes: [MathNode]) -> String { nodes.map(shape).joined(separator: " ") }

func shape(_ node: MathNode) -> String {
    switch node.kind {
    case .atom(let t, _):
        switch t.kind {
        case .command(let n): return "\\" + n
        case .letter(let c), .other(let c): return String(c)
        case .number(let n): return n
        default: return "·"
        }
    case .group(let inner): return "{" + shape(inner) + "}"
    case let .scripts(base, sub, sup, primes):
        return shape(base) + String(repeating: "'", count: primes) + (sub.map { "_(" + shape($0) + ")" } ?? "") + (sup.map { "^(" + shape($0) + ")" } ?? "")
    case let .fraction(role, n, d): return (role == .binomial ? "binom(" : "frac(") + shape(n) + ", " + shape(d) + ")"
    case let .command(name, _, args, _): return name + "(" + args.map(shape).joined(separator: ", ") + ")"
    case let .fenced(open, body, _): return open.family.rawValue.prefix(1) + shape(body) + open.family.rawValue.suffix(1)
    case .text(let s): return "text(\(s))"
    case .intertext(let s): return "intertext(\(s))"
    case let .environment(name, _, rows): return name + "[" + rows.map { $0.map(shape).joined(separator: " & ") }.joined(separator: " // ") + "]"
    case .error(let e): return "error(\(e.message))"
    }
}

private func parsed(_ text: String, table: CommandTable = .standard) -> String { shape(MathParser.parse(text, table: table).nodes) }

@Suite("Parser: TeX's grammar into a small tree, total on any input")
struct MathParserTests {
    @Test("An argument is a group or a single token", arguments: [
        (#"\frac12"#, "frac(1, 2)"),
        (#"\frac{\partial L}{\partial f_1}"#, #"frac({\partial L}, {\partial f_(1)})"#),
        (#"\vec f_1"#, "vec(f)_(1)"),
        (#"\mathbf f_1"#, "mathbf(f)_(1)"),
        ("L^t", "L^(t)"),
        (#"\mathbf{f_1}"#, "mathbf({f_(1)})"),
        ("f1", "f_(1)"),
        ("6P3", "6 P_(3)"),
        ("{}^6P_3", "{}^(6) P_(3)"),
        ("L'(f_1)", "L' (f_(1))"),
        (#"{a \over b}"#, "{frac({a}, {b})}"),
        (#"{6 \choose 3}"#, "{binom({6}, {3})}"),
        (#"\pdv{L}{f_1}"#, "pdv({L}, {f_(1)})"),
    ])
    func arguments(text: String, tree: String) {
        #expect(parsed(text) == tree)
    }

    @Test("Delimiters pair up: plain, \\left…\\right, \\big, physics' \\qty")
    func delimiters() {
        #expect(parsed(#"\left( f_1 \right)"#) == "(f_(1))")
        #expect(parsed(#"\bigl( f_1 \bigr)"#) == "(f_(1))")
        #expect(parsed(#"\qty(f_1)"#) == "(f_(1))")
        #expect(parsed(#"\langle 1, 2 \rangle"#) == "⟨1 , 2⟩")
        #expect(parsed(#"\left. x \right|"#) == ".x.")
    }

    @Test("Environments keep their rows and cells; \\intertext is a row; \\tag and \\label are dropped")
    func environments() {
        #expect(parsed(#"\begin{aligned} a &= b \\ &= c \tag{1} \end{aligned}"#) == "aligned[a & = b //  & = c]")
        #expect(parsed(#"\begin{align*} a &= b \intertext{so} &= c \end{align*}"#) == "align*[a & = b // intertext(so) //  & = c]")
        #expect(parsed(#"\begin{array}{rl} a & b \end{array}"#) == "array[a & b]")
        #expect(parsed(#"\begin{cases} 0 & x \end{cases}"#) == "cases[0 & x]")
    }

    @Test("Malformed input gives error nodes with their places", arguments: [
        ("(f_1 + f_2", "expected ')'"),
        ("{f_1", "expected '}'"),
        ("f_1 }", "'}' without its '{'"),
        (#"\left( f_1"#, #"expected '\right'"#),
        (#"\begin{aligned} a"#, #"expected '\end{aligned}'"#),
        (#"\begin{foo} a \end{foo}"#, "unknown environment"),
        ("x_1_2", "double subscript"),
        (#"\frac{1}"#, "missing argument"),
    ])
    func errors(text: String, message: String) {
        let tree = MathParser.parse(text)
        #expect(tree.nodes.firstError?.message.contains(message) == true, "\(shape(tree.nodes))")
    }

    @Test("Nesting is bounded: 100 000 braces end in one error, not a stack overflow")
    func depth() {
        for open in ["{", "(", #"\left("#, #"\frac{"#, "x^{"] {
            let text = String(repeating: open, count: 100_000)
            let tree = MathParser.parse(text)
            #expect(tree.nodes.firstError?.message.contains("nesting deeper than 64") == true)
        }
        #expect(MathParser.parse(String(repeating: "(", count: 30) + "f_1" + String(repeating: ")", count: 30)).nodes.firstError == nil)
    }

    @Test("A student's macro enters the table; one that calls itself stops")
    func macros() {
        let tree = MathParser.parse(#"\newcommand{\pd}[2]{\frac{\partial #1}{\partial #2}} \pd{L}{f_1}"#)
        #expect(shape(tree.nodes) == #"frac({\partial L}, {\partial f_(1)})"#)
        #expect(tree.table.commands["pd"] != nil)
        #expect(parsed(#"\def\g#1{2#1} \g{f_1}"#) == "2 f_(1)")
        #expect(parsed(#"\DeclareMathOperator{\Grad}{grad} \Grad"#) == #"operatorname({\nabla})"#)
        #expect(parsed(#"\def\a{\a\a} \a"#).contains("macros expand to more than"))
        let table = CommandTable.standard.defining("dL", parameters: 1, body: #"\frac{d L}{d #1}"#)
        #expect(parsed(#"\dL{f_2}"#, table: table) == "frac({d L}, {d f_(2)})")
    }

    @Test("The parser knows no command by name: without its table entry a command is an unknown atom")
    func tableIsAValue() {
        let table = CommandTable.standard.removing(.command("frac"))
        #expect(parsed(#"\frac{1}{2}"#, table: table) == #"\frac {1} {2}"#)
        #expect(parsed("a = b", table: CommandTable.standard.removing(.character("="))) == "a = b")
        #expect(MathParser.parse("a = b", table: CommandTable.standard.removing(.character("="))).nodes[1].atomRole == nil)
    }
}
