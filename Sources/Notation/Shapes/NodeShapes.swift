/// Small readings of nodes that every shape uses: what a node is once its
/// transparent decorations and braces are taken off.
public enum NodeShapes {
    /// Every node of `nodes` and of the trees under them, depth first, each
    /// before its children (a group's or fence's nodes, a fraction's two
    /// sides, a command's arguments, a script's base, subscript and
    /// superscript, an environment's cells). `visit` says whether to go
    /// into the node's children. Trees deeper than the parser's limit are
    /// not gone into past it.
    public static func walk(_ nodes: [MathNode], _ visit: (MathNode) -> Bool) {
        func go(_ nodes: [MathNode], _ depth: Int) {
            guard depth < MathParser.maximumDepth else { return }
            for node in nodes where visit(node) {
                switch node.kind {
                case .group(let inner), .fenced(_, let inner, _): go(inner, depth + 1)
                case let .scripts(base, sub, sup, _): go([base] + [sub, sup].compactMap { $0 }, depth + 1)
                case let .fraction(_, n, d): go([n, d], depth + 1)
                case let .command(_, _, arguments, optional): go(arguments + optional, depth + 1)
                case let .environment(_, _, rows): rows.forEach { $0.forEach { go($0, depth + 1) } }
                case .atom, .text, .intertext, .error: continue
                }
            }
        }
        go(nodes, 0)
    }

    /// The node inside decorations (`\mathbf{…}`, `\vec …`, `\boxed{…}`)
    /// and single-node braces.
    public static func core(_ node: MathNode) -> MathNode {
        var node = node
        for _ in 0..<MathParser.maximumDepth {
            switch node.kind {
            case .command(_, .decoration, let arguments, _):
                guard let last = arguments.last else { return node }
                node = last
            case .group(let inner) where inner.count == 1:
                node = inner[0]
            default:
                return node
            }
        }
        return node
    }

    /// Nodes with decorations and braces spliced in: what they wrap is what
    /// they mean (`{\partial L}`, `\mathrm{d}L`, `\boxed{f_n - f_p}`).
    public static func flatten(_ nodes: [MathNode]) -> [MathNode] {
        // Most lists have nothing to splice: keep them as they are.
        guard nodes.contains(where: {
            switch $0.kind {
            case .group, .command(_, .decoration, _, _): true
            default: false
            }
        }) else { return nodes }
        var result: [MathNode] = []
        result.reserveCapacity(nodes.count)
        func add(_ node: MathNode, _ depth: Int) {
            guard depth < MathParser.maximumDepth else { result.append(node); return }
            switch node.kind {
            case .command(_, .decoration, let arguments, _) where arguments.last != nil:
                add(arguments.last!, depth + 1)
            case .group(let inner):
                for n in inner { add(n, depth + 1) }
            default:
                result.append(node)
            }
        }
        for node in nodes { add(node, 0) }
        return result
    }

    /// The letter of a triplet's label: `t` in `t_1`, or `T` (`T_1`, as
    /// sheets that name the triplets T_1 … T_8 write it).
    public static func isTripletLetter(_ node: MathNode) -> Bool {
        letter(node) == "t" || letter(node) == "T"
    }

    /// The letter a node is: `f`, `\mathbf{f}`, `\vec f`, `{f}`, `\text{f}`.
    public static func letter(_ node: MathNode) -> Unicode.Scalar? {
        let core = core(node)
        switch core.kind {
        case .atom(let t, _):
            if case .letter(let c) = t.kind { return c }
            return nil
        case .text(let s):
            let trimmed = s.unicodeScalars.filter { !$0.properties.isWhitespace }
            return trimmed.count == 1 && Tokenizer.isLetter(trimmed.first!) ? trimmed.first : nil
        default:
            return nil
        }
    }

    /// The word a node spells: a run of letters in braces (`{anchor}`) or text.
    public static func word(_ node: MathNode) -> String? {
        let core = core(node)
        switch core.kind {
        case .text(let s):
            let w = s.filter { !$0.isWhitespace }
            return w.isEmpty ? nil : w
        case .group(let inner):
            var w = ""
            for n in inner {
                guard let c = letter(n) else { return nil }
                w.unicodeScalars.append(c)
            }
            return w.isEmpty ? nil : w
        default:
            if let c = letter(core) { return String(c) }
            return nil
        }
    }

    /// The whole number a node is: `3`, `{3}`, `\mathbf 3`.
    public static func integer(_ node: MathNode) -> Int? {
        let core = core(node)
        guard case .atom(let t, _) = core.kind, case .number(let digits) = t.kind, digits.utf8.count <= 9,
              !digits.utf8.contains(0x2E) else { return nil }
        return Int(digits)
    }

    /// Whether a node is an atom with this role.
    public static func isAtom(_ node: MathNode, _ role: Role) -> Bool {
        node.atomRole == role
    }

    /// The relation an atom is, if any.
    public static func relation(_ node: MathNode) -> Role.Relation? {
        if case .relation(let r)? = node.atomRole { return r }
        return nil
    }

    /// The operation an atom is, if any.
    public static func operation(_ node: MathNode) -> Role.Operation? {
        if case .operation(let o)? = node.atomRole { return o }
        return nil
    }
}
