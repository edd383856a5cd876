import CoursecheckMaths
import CoursecheckNotation

extension NotationGenerator {
    /// A question's derivatives, each statement rendered on the axes.
    mutating func derivatives(_ kind: String) -> Variant {
        let roles = Set(Symbol.roles)
        let samples = Set((1...6).map(Symbol.sample))
        var statements: [(variable: Symbol, working: [SubmittedAnswers.Terms]?, result: SubmittedAnswers.Terms)] = []
        let question: NotationReading.Question
        var triplet: Int?
        switch kind {
        case "q2", "q3":
            let answers = kind == "q2" ? SubmittedAnswers.question2 : SubmittedAnswers.question3
            statements = answers.map { ($0.0, nil, $0.1) }
            question = .init(naming: SampleNaming(bareRoles: true), allowed: roles, triplet: nil, rolesMeanSamples: false,
                             triplets: SubmittedAnswers.triplets)
        case "q5.k":
            let k = Int(random.next() % 8) + 1
            triplet = k
            axes["triplet"] = "t_\(k)"
            statements = SubmittedAnswers.question5[k - 1].enumerated().map { (.sample($0.offset + 1), nil, $0.element) }
            question = .init(naming: SampleNaming(bareRoles: true), allowed: samples.union(roles), triplet: k, rolesMeanSamples: true,
                             triplets: SubmittedAnswers.triplets)
        default:
            statements = SubmittedAnswers.question6.enumerated().map { (.sample($0.offset + 1), $0.element.working, $0.element.result) }
            question = .init(naming: .standard, allowed: samples, triplet: nil, rolesMeanSamples: false, triplets: SubmittedAnswers.triplets)
        }
        let style = pickStyle(kind: kind, triplet: triplet)
        let useRoles = kind == "q5.k" && style.script == "TeX" && pick("symbols", ["samples", "samples", "roles"]) == "roles"
        let slip = pick("planted slip", ["none", "none", "none", "sign", "scale", "substitution", "dropped term"])
        let which = Int(random.next() % UInt64(statements.count))
        var expected: [(triplet: Int?, variable: Symbol, value: LinearExpression, right: LinearExpression?)] = []
        var rendered: [String] = []
        for (index, statement) in statements.enumerated() {
            var result = statement.result
            var working = statement.working
            var right: LinearExpression?
            if slip != "none", index == which {
                right = SubmittedAnswers.value(result)
                working = [result]
                result = Slips.plant(slip, in: result, pool: kind == "q2" || kind == "q3" ? Symbol.roles : (1...6).map(Symbol.sample))
            }
            var symbols: [Symbol: Symbol] = [:]
            if useRoles, let k = triplet {
                let t = SubmittedAnswers.triplets[k - 1]
                symbols = [.sample(t[0]): .anchor, .sample(t[1]): .positive, .sample(t[2]): .negative]
            }
            let variable = symbols[statement.variable] ?? statement.variable
            let head = Renderings.head(variable, style: style, first: index == 0)
            let sides = (working.map { [Renderings.working($0, symbols: symbols, style: style)] } ?? [])
                + [Renderings.expression(result, symbols: symbols, style: style)]
            rendered.append(Renderings.statement(head, sides, style: style))
            expected.append((triplet, statement.variable, SubmittedAnswers.value(result), right))
        }
        let spans = Renderings.display(rendered, style: style)
        return Variant(spans: spans, axes: axes, check: .derivatives(question, expected))
    }

    /// The notation of one answer (or of a whole sheet): a value on each
    /// maths axis, recorded. `kind` chooses the loss labels that fit.
    mutating func pickStyle(kind: String, triplet: Int?) -> Style {
        var style = Style()
        style.script = pick("script", ["TeX", "TeX", "TeX", "TeX", "Unicode", "ASCII"])
        if style.script == "TeX" {
            style.head = pick("head form", ["fraction", "fraction", "fraction operator", "slash", "slash operator", "nabla subscript",
                                            "partial subscript", "pdv", "pdv operator", "dv", "prime"])
            if ["fraction", "fraction operator"].contains(style.head) {
                style.fraction = pick("fraction command", ["\\frac", "\\dfrac", "\\tfrac", "\\cfrac", "\\over"])
            }
            if ["fraction", "fraction operator", "slash", "slash operator"].contains(style.head) {
                style.differential = pick("∂ form", ["\\partial", "∂", "d", "\\mathrm{d}", "\\operatorname{d}", "\\mathrm d", "\\text{d}", "\\dd"])
            }
            style.decoration = pick("sample decoration", Renderings.decorations.map(\.0))
            style.bracing = pick("subscript bracing", ["f_1", "f_{1}", "f_{ 1 }"])
            style.multiplication = pick("multiplication", ["", " ", "\\cdot ", "\\times ", "*", "·", "\\ast ", "⋅", "\\cdotp "])
            style.minus = pick("minus", ["-", "−", "–"])
            style.spacing = pick("spacing", [" ", "", "\\, ", "~", "\\: ", "\\; ", "\\> ", "\\enspace ", "\\hspace{1em}", "\\thinspace "])
            style.zero = pick("zero", ["0", "\\mathbf{0}", "\\vec{0}", "\\vec 0", "\\boldsymbol{0}", "\\bm 0", "\\vec{\\mathbf{0}}"])
            style.wrap = pick("expression wrap", ["none", "none", "\\left( \\right)", "-( )", "\\boxed{}", "2·½( )", "\\left[ \\right]",
                                                  "\\bigl( \\bigr)", "\\Big( \\Big)", "\\qty( )", "\\pqty{}", "\\bqty{}", "\\displaystyle"])
            style.environment = pick("display environment", ["inline", "inline", "aligned", "align*", "gather*", "array", "matrix", "split",
                                                             "gathered", "alignat*", "multline*", "flalign*", "eqnarray*", "equation*", "align"])
            style.annotation = pick("annotation", ["none", "none", "\\tag{1}", "\\label{eq:1}", "\\nonumber", "\\notag"])
            if style.environment == "inline" || style.environment == "equation*" || style.environment == "multline*" {
                style.separator = pick("separator", [", ", ",\\quad ", "; ", " \\\\ ", "\\qquad ", " \\text{ and } ", ",\\; ", ", \\text{ } ",
                                                     " \\newline ", " \\\\[2pt] ", " \\mbox{ and } ", " \\textrm{ and } "])
            }
        } else if style.script == "Unicode" {
            style.head = pick("head form", ["slash", "nabla subscript"])
            style.multiplication = pick("multiplication", ["", "·", "×"])
            style.minus = pick("minus", ["−", "-"])
            style.separator = pick("separator", [", ", "; "])
        } else {
            style.head = pick("head form", ["slash", "slash operator", "nabla subscript"])
            style.multiplication = pick("multiplication", ["", "*"])
            style.separator = pick("separator", [", ", "; ", "\n"])
        }
        style.loss = pick("loss symbol", style.script == "TeX" ? ["L", "\\mathcal{L}", "\\ell", "J", "\\mathcal L", "\\mathscr{L}"] : ["L"])
        let labels: [String]
        switch kind {
        case "q2", "q3": labels = style.script == "TeX" ? ["none", "^t", "_t", "^{t}", "(t)"] : ["none"]
        case "q5.k": labels = style.script == "TeX" ? ["none", "_{t_k}", "(t_k)", "_k", "^{(k)}", "trailing t_k"] : ["none"]
        default: labels = style.script == "TeX" ? ["none", "\\sum_k (t_k)", "\\sum_{k=1}^{8} _k"] : ["none"]
        }
        style.label = pick("loss label", style.head == "prime" ? labels.filter { !$0.hasPrefix("^") && !$0.hasPrefix("\\sum") && !$0.hasPrefix("(") } : labels)
        style.triplet = triplet
        return style
    }
}

/// Slips from the diagnosis catalogue, planted in a term list.
enum Slips {
    static func plant(_ slip: String, in terms: SubmittedAnswers.Terms, pool: [Symbol]) -> SubmittedAnswers.Terms {
        if terms.isEmpty { return [(1, pool[0])] }
        switch slip {
        case "sign": return terms.map { (-$0.0, $0.1) }
        case "scale": return terms.map { (2 * $0.0, $0.1) }
        case "dropped term" where terms.count > 1: return Array(terms.dropLast())
        default:
            // One sample written in place of another.
            let used = Set(terms.map(\.1))
            let other = pool.first { !used.contains($0) } ?? pool[0]
            return [(terms[0].0, other)] + terms.dropFirst()
        }
    }
}
