import CoursecheckMaths

/// The loss a derivative is taken of: `L`, `\mathcal{L}`, `\ell`, `J`, `E`,
/// with a label naming a triplet (`L^t`, `L_{t_2}`, `L(t_2)`, `L_2`) and
/// perhaps summed (`\sum_k L(t_k)`).
public struct Loss: Sendable, Equatable {
    public enum Label: Sendable, Equatable {
        /// No label: `L`.
        case none
        /// A triplet named by a letter: `L^t`, `L_t`, `L(t)`, `L(t_k)`.
        case generic
        /// The k-th triplet: `L_{t_2}`, `L(t_2)`, `L^{(2)}`, `L_2`.
        case triplet(Int)
        /// The triplet given by its samples: `L(f_1, f_2, f_5)`, `L(f_a, f_p, f_n)`.
        case samples([Symbol])

        /// k of a label that names the k-th triplet.
        public var triplet: Int? {
            if case .triplet(let k) = self { return k }
            return nil
        }
    }

    public var label: Label
    /// `\sum_k L(t_k)`: the sum over the triplets.
    public var summed: Bool
    public var range: Range<Int>
}

public enum LossShape {
    /// Letters that name the loss (after decorations: `\mathcal{L}` is `L`).
    /// Not `C`: a sheet's working names its own quantities so (`C = ‖f_a − f_p‖²`).
    /// `l` is `ℓ` typed without the symbol (`dl/df_a`, `\frac{\partial l}{\partial f_1}`).
    public static let letters: Set<Unicode.Scalar> = ["L", "J", "E", "l"]
    /// Names of the loss written as a word (`\operatorname{TL}`, `\mathrm{Loss}`).
    public static let words: Set<String> = ["TL", "Loss", "loss", "LOSS"]

    /// The loss that `nodes` are, whole; nil when they are not one; an
    /// error when the loss is there but its label cannot be read.
    public static func read(_ nodes: [MathNode], naming: SampleNaming) -> Result<Loss, NotationError>? {
        let flat = NodeShapes.flatten(nodes)
        guard let range = flat.range else { return nil }
        // `\Big(\sum_k L^{(k)}\Big)`, `(L)`: the loss in delimiters of its own.
        if flat.count == 1, case .fenced(let open, let body, _) = flat[0].kind, open.family == .parenthesis || open.family == .bracket {
            return read(body, naming: naming)
        }
        var i = 0
        var summed = false
        // `\sum_k`, `\sum_{k=1}^{8}`, `∑`.
        if case .largeOperator? = sumBase(flat[0]) {
            summed = true
            i = 1
        }
        guard i < flat.count else { return nil }
        // `\operatorname{TL}`, `\mathrm{Loss}`: a name of the loss, which
        // flattening spells out letter by letter; nothing after it.
        if flat.count - i > 1 {
            var w = ""
            for node in flat[i...] {
                guard let c = NodeShapes.letter(node) else { w = ""; break }
                w.unicodeScalars.append(c)
            }
            if words.contains(w) { return .success(Loss(label: .none, summed: summed, range: range)) }
        }
        let node = flat[i]
        var label = Loss.Label.none
        var symbolNode = node
        if case let .scripts(base, sub, sup, primes) = node.kind, primes == 0 {
            symbolNode = base
            // A number as a superscript (`L^2`) is a power or a triplet's
            // number: not told apart, it is not read (`L_2`, `L^{(2)}` are labels).
            if let sup, NodeShapes.integer(NodeShapes.core(sup)) != nil {
                return .failure(NotationError(sup.range, "a number as the loss's superscript: a power or a triplet's label? (write L_2 or L^{(2)} for a triplet)"))
            }
            for script in [sub, sup].compactMap({ $0 }) {
                // `L_{\text{total}}`, `\mathcal{L}_{tot}`: the loss summed
                // over the triplets.
                if isTotal(script) {
                    summed = true
                    continue
                }
                // `L_{\text{trip}}`, `L_{triplet}`: the loss's name, no label.
                if isName(script) { continue }
                guard let l = self.label(script, naming: naming) else {
                    return .failure(NotationError(script.range, "cannot read the loss's label"))
                }
                guard let merged = merge(label, l) else { return .failure(NotationError(node.range, "the loss has two different labels")) }
                label = merged
            }
        }
        guard isLossSymbol(symbolNode) else { return nil }
        i += 1
        if i < flat.count, case .fenced(let open, let body, _) = flat[i].kind, open.family == .parenthesis || open.family == .bracket {
            guard let l = argumentLabel(body, naming: naming), let merged = merge(label, l) else {
                return .failure(NotationError(flat[i].range, "cannot read the loss's argument"))
            }
            label = merged
            i += 1
        }
        guard i == flat.count else { return nil }
        return .success(Loss(label: label, summed: summed, range: range))
    }

    /// Words that name the loss summed over the triplets when written as
    /// its label.
    static let totals: Set<String> = ["total", "tot", "sum", "all"]

    /// Whether a label is one of `totals` (`\text{total}`, `{tot}`, `\mathrm{sum}`).
    static func isTotal(_ node: MathNode) -> Bool {
        guard let word = NodeShapes.word(node) else { return false }
        return totals.contains(word.lowercased())
    }

    /// Words that name the loss rather than label it: `L_{\text{trip}}`,
    /// `\mathcal{L}_{\mathrm{triplet}}`.
    static let names: Set<String> = ["trip", "triplet", "tri", "tl", "loss", "tripletloss"]

    static func isName(_ node: MathNode) -> Bool {
        guard let word = NodeShapes.word(node) else { return false }
        return names.contains(word.lowercased())
    }

    static func sumBase(_ node: MathNode) -> Role? {
        if case .scripts(let base, _, _, _) = node.kind { return base.atomRole }
        return node.atomRole
    }

    public static func isLossSymbol(_ node: MathNode) -> Bool {
        let core = NodeShapes.core(node)
        if let c = NodeShapes.letter(core) { return letters.contains(c) }
        if case .atom(let t, .symbol?) = core.kind, t.kind == .command("ell") { return true }
        if let w = NodeShapes.word(core), words.contains(w) { return true }
        return false
    }

    /// Two labels of one loss, when they agree.
    static func merge(_ a: Loss.Label, _ b: Loss.Label) -> Loss.Label? {
        switch (a, b) {
        case (.none, _): b
        case (_, .none): a
        case (.generic, _): b
        case (_, .generic): a
        default: a == b ? a : nil
        }
    }

    /// A label: `t`, `k`, `2`, `t_2`, `t_{2}`, `(2)`, `[2]`, `\langle 2\rangle`, `(t)`, `{(t)}`,
    /// `\text{ii}`, `{1,2,5}`.
    public static func label(_ node: MathNode, naming: SampleNaming) -> Loss.Label? {
        let core = NodeShapes.core(node)
        if let k = NodeShapes.integer(core) { return .triplet(k) }
        // `L_{\text{iii}}`, `L_{IV}`: the triplet's number in Roman numerals
        // (of two letters or more: `L_i`, `L_v` name a triplet by a letter).
        if let w = NodeShapes.word(core), w.count >= 2, let k = romanNumerals.firstIndex(of: w.lowercased()) { return .triplet(k + 1) }
        // `L_{1,2,5}`: the triplet by its samples' numbers.
        if case .group(let inner) = core.kind {
            let items = MathItems.split(inner)
            let numbers = items.compactMap { $0.nodes.count == 1 ? NodeShapes.integer($0.nodes[0]) : nil }
            if items.count == 3, numbers.count == 3, items.dropFirst().allSatisfy({ $0.separator == .comma }) {
                return .samples(numbers.map { .sample($0) })
            }
        }
        if let c = NodeShapes.letter(core), c.isASCII, !naming.letters.contains(c) { return .generic }
        switch core.kind {
        case let .scripts(base, sub?, nil, 0) where NodeShapes.isTripletLetter(base):
            if let k = NodeShapes.integer(sub) { return .triplet(k) }
            if NodeShapes.letter(sub) != nil { return .generic }
            return nil
        // `L^{(2)}`, `L^{[2]}` (a layer's or an example's index in brackets).
        case .fenced(let open, let body, _) where (open.family == .parenthesis || open.family == .bracket || open.family == .angle) && body.count == 1:
            return label(body[0], naming: naming)
        case .group(let inner) where inner.count == 1:
            return label(inner[0], naming: naming)
        default:
            return nil
        }
    }

    static let romanNumerals = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]

    /// The argument of `L(…)`: a label, or the triplet's samples.
    static func argumentLabel(_ body: [MathNode], naming: SampleNaming) -> Loss.Label? {
        let items = MathItems.split(body)
        if items.count == 1, items[0].nodes.count == 1, let l = label(items[0].nodes[0], naming: naming) { return l }
        let samples = items.compactMap { SampleShape.read($0.nodes, naming: naming) }
        guard samples.count == items.count, samples.count == 3 else { return nil }
        return .samples(samples)
    }
}
