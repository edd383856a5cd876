/// A value by cases of the hinge:
///
///     \begin{cases} f_n - f_p & \text{if } L > 0 \\ 0 & \text{otherwise} \end{cases}
///
/// The triplet loss L = max(0, ½‖f_a − f_p‖² − ½‖f_a − f_n‖² + α) has one
/// derivative where the hinge is active (L > 0) and another where it is not
/// (L = 0); a student may write both at once. A branch is known by its
/// condition's words ("hinge active", "inactive", "otherwise") or by the
/// loss itself compared with zero (`L > 0`, `L = 0`, `L \le 0`). A condition
/// on anything else (`m + d_{ap} − d_{an} > 0`) is not read: which side of
/// it is active depends on how the student wrote the difference, and a
/// wrong guess would grade a swapped answer right.
public enum CasesShape {
    public enum Hinge: Sendable, Equatable { case active, inactive }

    public struct Branch: Sendable {
        public var value: [MathNode]
        /// The hinge its condition names; nil for `otherwise` or one not read.
        public var hinge: Hinge?
        public var otherwise: Bool
    }

    /// The branches of a side that is one `cases` environment (`dcases`,
    /// `cases*`); nil when the side is anything else.
    public static func branches(_ nodes: [MathNode], in tree: MathTree) -> [Branch]? {
        let flat = NodeShapes.flatten(nodes)
        guard flat.count == 1, case let .environment(name, _, rows) = NodeShapes.core(flat[0]).kind,
              ["cases", "dcases", "cases*", "rcases"].contains(name) else { return nil }
        return rows.filter { !$0.allSatisfy(\.isEmpty) }.map { row in
            let value = row.first ?? []
            let condition = row.dropFirst().compactMap(\.range).reduce(into: "") { $0 += " " + tree.text($1) }
            let (hinge, otherwise) = classify(condition)
            return Branch(value: value, hinge: hinge, otherwise: otherwise)
        }
    }

    /// The value for the hinge: the one branch whose condition names it, or
    /// the `otherwise` branch of two when the other names the other case.
    /// Nil when the conditions do not tell.
    public static func value(_ nodes: [MathNode], for hinge: Hinge, in tree: MathTree) -> [MathNode]? {
        guard let branches = branches(nodes, in: tree), branches.count == 2 else { return nil }
        let named = branches.filter { $0.hinge == hinge }
        let others = branches.filter { $0.hinge != nil && $0.hinge != hinge }
        if named.count == 1, others.count + named.count == 2 || branches.contains(where: \.otherwise) { return named[0].value }
        if named.isEmpty, others.count == 1, let rest = branches.first(where: \.otherwise) { return rest.value }
        return nil
    }

    static func classify(_ condition: String) -> (Hinge?, Bool) {
        let lower = condition.lowercased()
        if ["inactive", "not active", "nicht aktiv", "inaktiv"].contains(where: lower.contains) { return (.inactive, false) }
        if lower.contains("active") || lower.contains("aktiv") { return (.active, false) }
        var squeezed = lower
        for drop in ["\\text", "\\mathrm", "\\textrm", "\\mbox", "{", "}", " ", "\\,", "\\;", "\\quad", "\\mathcal", "\\ell", "~"] {
            squeezed = squeezed.replacingOccurrences(of: drop, with: drop == "\\ell" ? "l" : "")
        }
        while let last = squeezed.last, ".,;:".contains(last) { squeezed.removeLast() }
        if ["otherwise", "else", "sonst", "elsewhere"].contains(squeezed) { return (nil, true) }
        if squeezed.hasPrefix("if") { squeezed.removeFirst(2) }
        if ["l>0", "l\\gt0"].contains(squeezed) { return (.active, false) }
        if ["l=0", "l\\le0", "l\\leq0", "l≤0", "l<=0", "l\\leqslant0"].contains(squeezed) { return (.inactive, false) }
        return (nil, false)
    }
}
