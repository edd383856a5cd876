import CoursecheckMaths

extension CasesShape {
    /// The hinge a condition on the loss's own argument names:
    ///
    ///     \text{if } \tfrac12\|f_a - f_p\|^2 - \tfrac12\|f_a - f_n\|^2 + \alpha > 0     active
    ///     \|f_a - f_p\|^2 - \|f_a - f_n\|^2 + 2m \le 0                                 inactive
    ///     0 < \alpha + \frac{1}{2}\lVert f_a - f_p \rVert_2^2 - \frac{1}{2}\lVert f_a - f_n \rVert_2^2   active
    ///
    /// The hinge is active where its argument d = ½‖f_a − f_p‖² − ½‖f_a −
    /// f_n‖² + α is positive. A side E compared with 0 is read as a sum of
    /// squared norms of linear forms in the roles and one margin symbol
    /// (`\alpha`, `m`, `\mu`, `\delta`, `\epsilon`, `margin`), each with a
    /// number for coefficient; it names a hinge only when E = c·d for a
    /// number c ≠ 0 — the same squared norms with the margin in their
    /// proportion, checked at three seeded points. Then `E > 0` (or `≥`)
    /// is d > 0 when c > 0 and d < 0 when c < 0, and so on for `<`, `≤`.
    /// Anything else (another letter, a norm of anything but the roles, a
    /// number added, `d_{ap}` named distances) names no hinge: which side
    /// is active would be a guess.
    static func hingeOfArgument(_ nodes: [MathNode], in tree: MathTree) -> Hinge? {
        var flat = NodeShapes.flatten(nodes).filter { !isSpacing($0) }
        // Words before the condition ("if", "when", "for"), a mark after it.
        while let first = flat.first, case .text(let words) = NodeShapes.core(first).kind {
            guard words.lowercased().split(whereSeparator: { !$0.isLetter }).allSatisfy(conditionWords.contains) else { return nil }
            flat.removeFirst()
        }
        while let last = flat.last, case .punctuation? = last.atomRole { flat.removeLast() }
        let relations = flat.indices.filter { NodeShapes.relation(flat[$0]) != nil }
        guard relations.count == 1, let at = relations.first, let relation = NodeShapes.relation(flat[at]) else { return nil }
        let left = Array(flat[..<at]), right = Array(flat[(at + 1)...])
        func isZero(_ side: [MathNode]) -> Bool { side.count == 1 && NodeShapes.integer(side[0]) == 0 }
        // `E > 0` or `0 < E`: whether E is said positive (or negative).
        let argument: [MathNode], positive: Bool
        switch relation {
        case .greater, .greaterOrEqual:
            if isZero(right) { (argument, positive) = (left, true) } else if isZero(left) { (argument, positive) = (right, false) } else { return nil }
        case .less, .lessOrEqual:
            if isZero(right) { (argument, positive) = (left, false) } else if isZero(left) { (argument, positive) = (right, true) } else { return nil }
        default:
            return nil
        }
        guard let scale = scaleOfHingeArgument(argument, in: tree) else { return nil }
        return (scale > 0) == positive ? .active : .inactive
    }

    /// Words that may open a condition.
    static let conditionWords: Set<Substring> = ["if", "when", "whenever", "for", "where", "provided"]

    /// Names of the margin.
    static let marginCommands: Set<String> = ["alpha", "mu", "delta", "epsilon", "varepsilon", "gamma"]

    /// c such that `nodes` are c times the hinge's argument d (c ≠ 0), nil
    /// when they are not so.
    static func scaleOfHingeArgument(_ nodes: [MathNode], in tree: MathTree) -> Double? {
        // Each squared norm and the margin become a sample of their own
        // (`f_{1}` …, the margin `f_{9}`), so the linear reader reads
        // their coefficients as it reads any answer's.
        var text = ""
        var norms: [LinearExpression] = []
        var margins = 0
        let roles = Set(Symbol.roles)
        for node in nodes {
            if let (body, divisor) = normTerm(node) {
                guard norms.count < 8, let u = try? Statements.linearForm(body, in: tree, allowed: roles) else { return nil }
                norms.append(u)
                text += divisor == 1 ? " f_{\(norms.count)} " : " \\frac{1}{\(divisor)} f_{\(norms.count)} "
            } else if isMargin(node) {
                margins += 1
                text += " f_{9} "
            } else {
                // (Any other letter — a sample outside a norm, a distance's
                // name — leaves the linear reader to fail on it below.)
                guard !node.range.isEmpty else { continue }
                text += " " + tree.text(node.range) + " "
            }
        }
        guard !norms.isEmpty, margins == 1 else { return nil }
        let span = MathSpan(text)
        guard span.items.count == 1,
              let form = try? Statements.linearForm(span.tree.nodes, in: span.tree, allowed: Set((1...9).map { Symbol.sample($0) })),
              form.constant == .zero else { return nil }
        let c = form.coefficient(of: .sample(9)).doubleValue
        guard c != 0 else { return nil }
        // E = c·d at three seeded points: Σ cⱼ‖uⱼ‖² = c·(½‖f_a − f_p‖² − ½‖f_a − f_n‖²).
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func draw() -> Double {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Double(seed >> 11) / Double(1 << 53) * 2 - 1
        }
        let dimension = 3
        let anchor = LinearExpression(.anchor)
        guard let ap = try? anchor.subtracting(LinearExpression(.positive)), let an = try? anchor.subtracting(LinearExpression(.negative)) else { return nil }
        for _ in 0..<3 {
            var point: [Symbol: [Double]] = [:]
            for role in Symbol.roles { point[role] = (0..<dimension).map { _ in draw() } }
            func squared(_ u: LinearExpression) -> Double { u.evaluate(at: point, dimension: dimension).reduce(0) { $0 + $1 * $1 } }
            let e = zip(norms.indices, norms).reduce(0.0) { $0 + form.coefficient(of: .sample($1.0 + 1)).doubleValue * squared($1.1) }
            let d = 0.5 * squared(ap) - 0.5 * squared(an)
            guard abs(e - c * d) <= 1e-9 * max(1, abs(e), abs(c * d)) else { return nil }
        }
        return c
    }

    /// A squared norm, perhaps over a whole number: its body and the
    /// divisor (`\|u\|^2`: 1; `\frac{\|u\|^2}{2}`: 2).
    static func normTerm(_ node: MathNode) -> (body: [MathNode], divisor: Int)? {
        if let body = squaredNormBody(node) { return (body, 1) }
        guard case let .fraction(_, numerator, denominator) = NodeShapes.core(node).kind,
              case let inner = NodeShapes.flatten([numerator]), inner.count == 1, let body = squaredNormBody(inner[0]),
              let divisor = NodeShapes.integer(denominator), divisor > 0 else { return nil }
        return (body, divisor)
    }

    /// The body of `\|u\|^2`, `\lVert u \rVert_2^2`, `‖u‖²`, `\norm{u}^2`.
    static func squaredNormBody(_ node: MathNode) -> [MathNode]? {
        guard case let .scripts(base, sub, sup?, 0) = NodeShapes.core(node).kind, NodeShapes.integer(sup) == 2,
              sub.map({ NodeShapes.integer($0) == 2 }) ?? true else { return nil }
        switch NodeShapes.core(base).kind {
        case let .fenced(open, body, close) where open.family == .doubleVert && close.family == .doubleVert: return body
        case let .command(_, .fenced(.doubleVert), arguments, _) where arguments.count == 1:
            if case .group(let inner) = arguments[0].kind { return inner }
            return [arguments[0]]
        default: return nil
        }
    }

    /// Whether a node names the margin: `\alpha`, `α`, `m`, `\mu`, `\delta`,
    /// `\epsilon`, `\text{margin}`.
    static func isMargin(_ node: MathNode) -> Bool {
        let core = NodeShapes.core(node)
        if case .atom(let t, _) = core.kind, case .command(let name) = t.kind { return marginCommands.contains(name) }
        if NodeShapes.letter(core) == "m" { return true }
        return NodeShapes.word(core)?.lowercased() == "margin"
    }

    static func isSpacing(_ node: MathNode) -> Bool {
        switch node.atomRole {
        case .spacing?, .separatingSpace?: true
        default: false
        }
    }
}
