import CoursecheckMaths

/// How samples are named: the letter of an embedding (`f`), the words of
/// the roles, and whether `a`, `p`, `n` alone stand for the roles (in the
/// questions about one generic triplet).
public struct SampleNaming: Sendable {
    /// Letters that name an embedding: `f` in `f_1`, `\mathbf{f}_a`.
    public var letters: Set<Unicode.Scalar>
    /// Subscripts that name a role: `a`, `p`, `n`, and the words `anchor`,
    /// `positive`, `negative`, `pos`, `neg` (in braces or `\text{…}`).
    public var roles: [String: Symbol]
    /// `a`, `p`, `n` alone (not glued to other letters) are the roles.
    public var bareRoles: Bool

    /// Letters a sheet declares for its samples (`I write $x_i$ for the
    /// embedding $f(x_i)$`), bound while that sheet is read.
    @TaskLocal public static var declaredLetters: Set<Unicode.Scalar> = []

    /// `f` names the samples, and any letter the sheet being read declares
    /// (or `F`, when the sheet writes its samples with it alone).
    public init(letters: Set<Unicode.Scalar> = ["f"], bareRoles: Bool = false) {
        self.letters = letters.union(Self.declaredLetters)
        self.bareRoles = bareRoles
        roles = Self.roleWords
    }

    /// The roles' subscripts, built once: a naming is made for every
    /// maths fragment read.
    private static let roleWords: [String: Symbol] = [
        "a": .anchor, "p": .positive, "n": .negative, "anchor": .anchor, "positive": .positive,
        "negative": .negative, "pos": .positive, "neg": .negative, "anc": .anchor, "anch": .anchor,
    ]

    /// `f` alone, whatever sheet is being read.
    public static let standard: SampleNaming = {
        var naming = SampleNaming()
        naming.letters = ["f"]
        return naming
    }()
}

/// A sample written in a node list: `f_1`, `f_{1}`, `\mathbf{f}_1`,
/// `\mathbf{f_1}`, `\vec f_1`, `f1`, `f₁`, `f_a`, `fa` (plain text), `f(x_1)`,
/// `f^a`, `f^+`, `f^-`, `f^{(1)}`, `f_{\text{anc}}`,
/// and with `bareRoles`, `a`, `p`, `n`.
public enum SampleShape {
    /// The symbol written at `nodes[i]`, and the index after it; nil when
    /// no sample starts there.
    public static func read(_ nodes: [MathNode], at i: Int, naming: SampleNaming) -> (symbol: Symbol, next: Int)? {
        guard i < nodes.count else { return nil }
        let node = nodes[i]
        let core = NodeShapes.core(node)
        if case let .scripts(base, sub?, nil, 0) = core.kind, isSampleLetter(base, naming), let s = index(sub, naming) {
            return (s, i + 1)
        }
        // `f^a`, `f^{p}`, `f^+` (positive), `f^-` (negative): the role as a
        // superscript — a role, never a number, so `f^2` stays a power.
        if case let .scripts(base, nil, sup?, 0) = core.kind, isSampleLetter(base, naming), let s = superscriptRole(sup, naming) {
            return (s, i + 1)
        }
        if isSampleLetter(node, naming) {
            // `fa`, `fn` (plain text): the role letter glued to the f.
            if i + 1 < nodes.count, let c = NodeShapes.letter(nodes[i + 1]), glued(nodes[i + 1]), let role = naming.roles[String(c)],
               !(i + 2 < nodes.count && NodeShapes.letter(nodes[i + 2]) != nil && glued(nodes[i + 2])) {
                return (role, i + 2)
            }
            // `f(x_1)`, `f(x^a)`, `f(\mathbf{x}_p)`, `f(x1)`: the embedding of
            // a sample x named as a sample is (an index, or a role in the
            // subscript or superscript), never a bare `x`.
            if i + 1 < nodes.count, case .fenced(let open, let body, _) = nodes[i + 1].kind, open.family == .parenthesis {
                var inner = naming
                inner.letters = ["x"]
                inner.bareRoles = false
                if let s = read(body, naming: inner) { return (s, i + 2) }
            }
            // `f[1]`, `f[a]`: the index in brackets, as arrays are written in code.
            if i + 1 < nodes.count, case .fenced(let open, let body, _) = nodes[i + 1].kind, open.family == .bracket {
                let flat = NodeShapes.flatten(body)
                if flat.count == 1, let s = index(flat[0], naming) { return (s, i + 2) }
            }
        }
        if naming.bareRoles, case .atom(let t, _) = node.kind, case .letter(let c) = t.kind, let role = naming.roles[String(c)],
           !(t.glued && i > 0 && NodeShapes.letter(nodes[i - 1]) != nil),
           !(i + 1 < nodes.count && NodeShapes.letter(nodes[i + 1]) != nil && glued(nodes[i + 1])) {
            return (role, i + 1)
        }
        return nil
    }

    /// The symbol of a whole node list that is one sample.
    public static func read(_ nodes: [MathNode], naming: SampleNaming) -> Symbol? {
        let flat = NodeShapes.flatten(nodes)
        guard let (s, next) = read(flat, at: 0, naming: naming), next == flat.count else { return nil }
        return s
    }

    static func glued(_ node: MathNode) -> Bool {
        if case .atom(let t, _) = node.kind { return t.glued }
        if case .scripts(let base, _, _, _) = node.kind { return glued(base) }
        return false
    }

    static func isSampleLetter(_ node: MathNode, _ naming: SampleNaming) -> Bool {
        guard let c = NodeShapes.letter(node) else { return false }
        return naming.letters.contains(c)
    }

    /// The role a superscript names: a role letter or word, `+` or `−`.
    static func superscriptRole(_ sup: MathNode, _ naming: SampleNaming) -> Symbol? {
        let flat = NodeShapes.flatten([sup])
        guard flat.count == 1 else { return nil }
        switch NodeShapes.operation(flat[0]) {
        case .plus?: return .positive
        case .minus?: return .negative
        default: break
        }
        // `f^{(1)}`, `f^{(a)}`: an index in parentheses, the i-th example's
        // (never a power, which `f^2` may be).
        if case .fenced(let open, let body, _) = flat[0].kind, open.family == .parenthesis, body.count == 1 {
            return index(body[0], naming)
        }
        if NodeShapes.integer(sup) != nil { return nil }
        if let w = NodeShapes.word(sup), let role = naming.roles[w] ?? capitalRoles[w] { return role }
        return nil
    }

    /// The index of a subscript: a number, a role letter or word; a
    /// capital role letter too (`f_A`, `f_P`, `f_N`), which only a
    /// subscript or superscript makes a role.
    static func index(_ sub: MathNode, _ naming: SampleNaming) -> Symbol? {
        if let n = NodeShapes.integer(sub), n >= 0, n <= 999_999 { return .sample(n) }
        if let w = NodeShapes.word(sub), let role = naming.roles[w] ?? capitalRoles[w] { return role }
        return nil
    }

    static let capitalRoles: [String: Symbol] = ["A": .anchor, "P": .positive, "N": .negative]
}
