import CoursecheckNotation

extension MathItem {
    /// Whether the nodes hold a term of second order in the samples, as the
    /// loss's distances are written without a norm:
    ///
    ///     (f_a - f_p)^T (f_a - f_p)        (f_a - f_n)^\top (f_a - f_n)
    ///     (f_a - f_p)^2                    (f_a - f_p) \cdot (f_a - f_p)
    ///
    /// a bracket naming samples, transposed or squared, or two such brackets
    /// multiplied. A gradient is linear in the samples: no value of one
    /// holds such a term.
    static func holdsSquaredTerm(_ nodes: [MathNode], _ naming: SampleNaming, depth: Int) -> Bool {
        guard depth < 16 else { return false }
        for (k, node) in nodes.enumerated() {
            if let transposed = transposedOrSquared(node, naming) {
                // `(x)^2` is a square; `(x)^T` only with a factor after it.
                if !transposed || k + 1 < nodes.count && bracketNamingSamples(nodes[k + 1], naming) { return true }
            }
            if bracketNamingSamples(node, naming) {
                var next = k + 1
                if next < nodes.count, NodeShapes.operation(nodes[next]) == .times || nodes[next].atomToken?.kind == .command("cdot") { next += 1 }
                if next < nodes.count, bracketNamingSamples(nodes[next], naming) { return true }
            }
            switch node.kind {
            case .fenced(_, let inner, _), .group(let inner):
                if holdsSquaredTerm(inner, naming, depth: depth + 1) { return true }
            case let .fraction(_, numerator, denominator):
                if holdsSquaredTerm([numerator, denominator], naming, depth: depth + 1) { return true }
            case let .command(_, _, arguments, _):
                if holdsSquaredTerm(arguments, naming, depth: depth + 1) { return true }
            default:
                continue
            }
        }
        return false
    }

    /// A bracket naming samples with a superscript that transposes it
    /// (`T`, `\top`, `\intercal`, `\mathsf{T}`: true) or squares it (`2`:
    /// false); nil for anything else.
    static func transposedOrSquared(_ node: MathNode, _ naming: SampleNaming) -> Bool? {
        guard case let .scripts(base, nil, sup?, _) = node.kind, bracketNamingSamples(base, naming) else { return nil }
        let mark = NodeShapes.core(sup)
        if NodeShapes.letter(mark) == "T" { return true }
        if let token = mark.atomToken, [.command("top"), .command("intercal")].contains(token.kind) { return true }
        if NodeShapes.integer(mark) == 2 { return false }
        return nil
    }

    /// A parenthesis or bracket whose contents name a sample.
    static func bracketNamingSamples(_ node: MathNode, _ naming: SampleNaming) -> Bool {
        guard case let .fenced(open, body, _) = NodeShapes.core(node).kind,
              open.family == .parenthesis || open.family == .bracket else { return false }
        return namesSamples(body, naming)
    }
}
