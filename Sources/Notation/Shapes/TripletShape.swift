import CoursecheckMaths

/// A triplet as a sheet lists it: `t_k = (f_1, f_2, f_5)`, also `(1, 2, 5)`,
/// `⟨…⟩`, `\langle…\rangle`, `[…]`, `x_i`, `\mathbf{f}_i`, `t_k: (…)`.
public struct TripletStatement: Sendable, Equatable {
    /// k of `t_k`.
    public var label: Int
    /// The sample numbers (anchor, positive, negative).
    public var members: [Int]
    public var range: Range<Int>
}

/// A triplet without its label, and the indices it was written from.
public struct UnlabelledTriplet: Sendable, Equatable {
    public var members: [Int]
    /// `(1, 2, 5)` of `(1, 2, 5) \to (f_1, f_2, f_5)`.
    public var from: [Int]?
    public var range: Range<Int>
}

public enum TripletShape {
    /// The triplet an item states; nil when it states none; an error when it
    /// names one (`t_k = (…)`) that is not three samples.
    public static func read(_ item: MathItem, naming: SampleNaming = .standard) -> Result<TripletStatement, NotationError>? {
        var nodes = NodeShapes.flatten(item.nodes)
        // `[t_1 = (f_1, f_2, f_5)]`: the statement set off in brackets as a
        // whole (an annotation after a heading) is the statement.
        if nodes.count == 1, case .fenced(let open, let body, _) = nodes[0].kind, [.parenthesis, .bracket].contains(open.family) {
            let inner = MathItems.split(body)
            guard inner.count == 1, inner[0].separator == .start else { return nil }
            return read(MathItem(separator: item.separator, nodes: inner[0].nodes), naming: naming)
        }
        // `…: t1 = (…)` (the colon after prose before it), and
        // `(a, p, n): t_1 = (…)`, `(anchor, positive, negative): t1 = (…)`:
        // the order described in parentheses, a colon, then the statement.
        if nodes.count > 3, nodes[0].atomRole == .punctuation(.colon) || nodes[0].atomToken?.kind == .other(":") {
            return read(MathItem(separator: item.separator, nodes: Array(nodes.dropFirst())), naming: naming)
        }
        if nodes.count > 3, case .fenced(let open, _, _) = nodes[0].kind, open.family == .parenthesis,
           nodes[1].atomRole == .punctuation(.colon) {
            // Only the assignment's own order: any other (`(a, n, p): …`)
            // changes which sample has which role, for a person to read.
            guard let order = roleOrder(nodes[0]) else { return nil }
            guard order == ["a", "p", "n"] else {
                return .failure(NotationError(nodes[0].range, "the triplets are written in another order than (anchor, positive, negative)"))
            }
            return read(MathItem(separator: item.separator, nodes: Array(nodes.dropFirst(2))), naming: naming)
        }
        guard nodes.count >= 3, let first = nodes.first, case let .scripts(base, sub?, nil, 0) = NodeShapes.core(first).kind,
              NodeShapes.isTripletLetter(base), let k = NodeShapes.integer(sub) else { return nil }
        let separator = nodes[1]
        guard NodeShapes.relation(separator) == .equals || separator.atomRole == .punctuation(.colon) else { return nil }
        nodes.removeFirst(2)
        if let more = nodes.first, NodeShapes.relation(more) == .equals { nodes.removeFirst() }
        // `t_1 = (a, p, n) = (1, 2, 5)`: the roles' names, then the triplet.
        if nodes.count == 3, isRoles(nodes[0]), NodeShapes.relation(nodes[1]) == .equals { nodes.removeFirst(2) }
        guard nodes.count == 1, case .fenced(let open, let body, _) = nodes[0].kind,
              [.parenthesis, .bracket, .angle].contains(open.family) else {
            return .failure(NotationError(item.range, "t_\(k) must be a triplet of three samples (f_i, f_j, f_k)"))
        }
        let parts = MathItems.split(body)
        var members: [Int] = []
        for part in parts {
            guard part.separator == .start || part.separator == .comma || part.separator == .semicolon,
                  let n = member(part.nodes, naming) else {
                return .failure(NotationError(part.range, "t_\(k) must be a triplet of three samples (f_i, f_j, f_k)"))
            }
            members.append(n)
        }
        guard members.count == 3 else {
            return .failure(NotationError(nodes[0].range, "t_\(k) must be a triplet of three samples (f_i, f_j, f_k)"))
        }
        return .success(TripletStatement(label: k, members: members, range: item.range))
    }

    /// Triplets stated one after another with only space between them
    /// (`t₁ = (f₁, f₂, f₅)  t₂ = (f₁, f₃, f₄)`, a line of plain text): one
    /// item each, when every one reads as a triplet; otherwise the item as
    /// it is.
    public static func splitRun(_ item: MathItem, naming: SampleNaming = .standard) -> [MathItem] {
        let nodes = item.nodes
        var starts = [0]
        for i in nodes.indices.dropFirst() where i + 1 < nodes.count {
            guard case .fenced = nodes[i - 1].kind, case let .scripts(base, sub?, nil, 0) = NodeShapes.core(nodes[i]).kind,
                  NodeShapes.isTripletLetter(base), NodeShapes.integer(sub) != nil,
                  NodeShapes.relation(nodes[i + 1]) == .equals || nodes[i + 1].atomRole == .punctuation(.colon) else { continue }
            starts.append(i)
        }
        guard starts.count > 1 else { return [item] }
        let pieces = starts.indices.map { n in
            MathItem(separator: n == 0 ? item.separator : .comma, nodes: Array(nodes[starts[n]..<(n + 1 < starts.count ? starts[n + 1] : nodes.count)]))
        }
        return pieces.allSatisfy({ if case .success? = read($0, naming: naming) { true } else { false } }) ? pieces : [item]
    }

    /// A triplet written without its label: `(f_1, f_2, f_5)`, or mapped
    /// from the indices it transcribes, `(1, 2, 5) \to (f_1, f_2, f_5)`
    /// (`→`, `\mapsto`, `=`). Nil when the item is not one.
    public static func readUnlabelled(_ item: MathItem, naming: SampleNaming = .standard) -> UnlabelledTriplet? {
        let nodes = NodeShapes.flatten(item.nodes)
        if nodes.count == 1, let members = tuple(nodes[0], naming) {
            return UnlabelledTriplet(members: members, from: nil, range: item.range)
        }
        guard nodes.count == 3, let r = NodeShapes.relation(nodes[1]), [.tendsTo, .mapsTo, .equals].contains(r),
              let from = tuple(nodes[0], naming), let members = tuple(nodes[2], naming) else { return nil }
        return UnlabelledTriplet(members: members, from: from, range: item.range)
    }

    /// The triplets of a set written in one piece, `\{(f_1, f_2, f_5), (f_1,
    /// f_3, f_4), …\}`, alone or after a name (`\mathcal{T} = \{…\}`): each
    /// member's samples in order; nil unless every member is a triplet.
    public static func readSet(_ item: MathItem, naming: SampleNaming = .standard) -> [[Int]]? {
        var nodes = NodeShapes.flatten(item.nodes)
        if nodes.count > 2, let r = NodeShapes.relation(nodes[nodes.count - 2]), r == .equals { nodes = [nodes[nodes.count - 1]] }
        guard nodes.count == 1, case .fenced(let open, let body, _) = nodes[0].kind, open.family == .brace else { return nil }
        let parts = MathItems.split(body)
        guard parts.count >= 2, parts.allSatisfy({ $0.separator == .start || $0.separator == .comma || $0.separator == .semicolon }) else { return nil }
        var triplets: [[Int]] = []
        for part in parts {
            let flat = NodeShapes.flatten(part.nodes)
            guard flat.count == 1, let members = tuple(flat[0], naming) else { return nil }
            triplets.append(members)
        }
        return triplets
    }

    /// `(a, p, n)`: the roles' letters in a triplet's order.
    static func isRoles(_ node: MathNode) -> Bool { roleOrder(node) == ["a", "p", "n"] }

    /// The roles a tuple names, each by its letter or word (`(a, n, p)`,
    /// `(anchor, positive, negative)`, `(\text{pos}, …)`), as the letters
    /// a, p, n in the tuple's order; nil unless it names the three roles.
    public static func roleOrder(_ node: MathNode) -> [Unicode.Scalar]? {
        guard case .fenced(let open, let body, _) = node.kind, [.parenthesis, .bracket, .angle].contains(open.family) else { return nil }
        let parts = MathItems.split(body)
        guard parts.count == 3 else { return nil }
        var order: [Unicode.Scalar] = []
        for part in parts {
            let letters = NodeShapes.flatten(part.nodes).map { NodeShapes.core($0) }.map { node -> String in
                if let c = NodeShapes.letter(node) { return String(c) }
                return NodeShapes.word(node) ?? "?"
            }.joined().lowercased()
            switch letters {
            case "a", "anchor", "anc": order.append("a")
            case "p", "positive", "pos": order.append("p")
            case "n", "negative", "neg": order.append("n")
            default: return nil
            }
        }
        return Set(order).count == 3 ? order : nil
    }

    /// The three members of `( … )`, `[ … ]`, `⟨ … ⟩`.
    static func tuple(_ node: MathNode, _ naming: SampleNaming) -> [Int]? {
        guard case .fenced(let open, let body, _) = node.kind, [.parenthesis, .bracket, .angle].contains(open.family) else { return nil }
        let parts = MathItems.split(body)
        guard parts.count == 3, parts.allSatisfy({ $0.separator == .start || $0.separator == .comma || $0.separator == .semicolon }) else { return nil }
        let members = parts.compactMap { member($0.nodes, naming) }
        return members.count == 3 ? members : nil
    }

    /// i of `f_i`, `x_i` or a bare `i`.
    static func member(_ nodes: [MathNode], _ naming: SampleNaming) -> Int? {
        var named = naming
        named.letters.insert("x")
        if case .sample(let i)? = SampleShape.read(nodes, naming: named) { return i }
        let flat = NodeShapes.flatten(nodes)
        if flat.count == 1, let n = NodeShapes.integer(flat[0]) { return n }
        return nil
    }
}
