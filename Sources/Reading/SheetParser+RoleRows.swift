import CoursecheckAssignment
import CoursecheckMaths
import CoursecheckNotation

extension SheetParser {
    /// An item without the colons and full stops that close it
    /// (`∂L/∂f_n = f_a − f_n:` over the parts, `… f_a − f_n.`): the
    /// sentence's marks, not the value's.
    static func withoutClosingMark(_ item: MathItem) -> MathItem {
        MathItem(separator: item.separator, nodes: withoutClosingMark(item.nodes))
    }

    /// Nodes without the colons and full stops that close them.
    static func withoutClosingMark(_ nodes: [MathNode]) -> [MathNode] {
        var nodes = nodes
        while let last = nodes.last, last.atomRole == .punctuation(.colon) || last.atomRole == .punctuation(.period) { nodes.removeLast() }
        return nodes
    }

    /// A row of the rule in roles, the role named by its letter or sample
    /// and a colon before its value in the roles alone: `a: f_n − f_p`,
    /// `p: f_p − f_a`, `$f_n$: $f_a - f_n$` (`Applying a: f_n - f_p, p: …,
    /// n: … to every triplet`). Like `(f_n − f_p, f_p − f_a, f_a − f_n)`,
    /// it is Question 3's rule restated, no triplet's answer.
    ///
    /// ```
    /// a: f_n - f_p     (a row of the rule)
    /// a: f_5 - f_2     (a sample's value: not a row of the rule)
    /// anchor: f_n - f_p   (the role by its word, in plain text: a row)
    /// ```
    static func ruleRowForRole(_ body: [MathNode], in span: MathReading, naming: SampleNaming, allowed: Set<Symbol>) -> Bool {
        guard let colon = body.firstIndex(where: { $0.atomRole == .punctuation(.colon) }), colon > 0, colon + 1 < body.count else { return false }
        var roles = naming
        roles.bareRoles = true
        let head = Array(body[..<colon])
        let namesRole = head.count == 1 ? SampleShape.read(head, naming: roles).map(Symbol.roles.contains) == true : Self.isRoleWord(head, in: span)
        guard namesRole,
              let values = try? chain(Array(body[(colon + 1)...]), in: span, naming: naming, allowed: allowed.union(Symbol.roles)).0 else { return false }
        return values.allSatisfy { !$0.symbols.isEmpty && Set($0.symbols).isSubset(of: Symbol.roles) }
    }

    /// Whether nodes are a role's word spelled in letters, in plain text
    /// (`anchor`, `positive`, `negative`, any case).
    static func isRoleWord(_ nodes: [MathNode], in span: MathReading) -> Bool {
        guard let range = nodes.range else { return false }
        return ["anchor", "positive", "negative"].contains(span.text(range).lowercased())
    }

    /// Whether maths is the three roles named together, set apart by
    /// slashes, each once in any order: `a/p/n`, `f_a/f_p/f_n`, `(a/n/p)`,
    /// `anchor/positive/negative` (`For each t_k, a/p/n replaced by the
    /// sample indices:`). The roles' names, no value: it answers nothing.
    static func rolesBySlashes(_ written: String) -> Bool {
        let text = written.lowercased().filter { !$0.isWhitespace && !"{}()$".contains($0) }
        let names = text.split(separator: "/", omittingEmptySubsequences: false)
        guard names.count == 3 else { return false }
        let roles = names.map { name -> Character? in
            let bare = name.hasPrefix("f_") ? name.dropFirst(2) : name.hasPrefix("f") && name.count == 2 ? name.dropFirst() : name
            switch bare {
            case "a", "anchor": return "a"
            case "p", "positive": return "p"
            case "n", "negative": return "n"
            default: return nil
            }
        }
        return Set(roles.compactMap { $0 }) == ["a", "p", "n"]
    }
}
