/// A value by cases of the hinge:
///
///     \begin{cases} f_n - f_p & \text{if } L > 0 \\ 0 & \text{otherwise} \end{cases}
///
/// The triplet loss L = max(0, ½‖f_a − f_p‖² − ½‖f_a − f_n‖² + α) has one
/// derivative where the hinge is active (L > 0) and another where it is not
/// (L = 0); a student may write both at once. A branch is known by its
/// condition's words ("hinge active", "inactive", "otherwise") or by the
/// loss itself compared with zero (`L > 0`, `L = 0`, `L \le 0`), or by the
/// loss's argument written out and compared with zero (`hingeOfArgument`:
/// `\tfrac12\|f_a - f_p\|^2 - \tfrac12\|f_a - f_n\|^2 + \alpha > 0`). A
/// condition on anything else (`m + d_{ap} − d_{an} > 0`) is not read: which
/// side of it is active depends on how the student defined the names, and a
/// wrong guess would grade a swapped answer right.
public enum CasesShape {
    public enum Hinge: Sendable, Equatable { case active, inactive }

    public struct Branch: Sendable {
        public var value: [MathNode]
        /// The hinge its condition names; nil for `otherwise` or one not read.
        public var hinge: Hinge?
        public var otherwise: Bool
    }

    /// The environments of a value by cases.
    public static let environments: Set<String> = ["cases", "dcases", "cases*", "rcases"]

    /// The branches of a side that is one `cases` environment (`dcases`,
    /// `cases*`); nil when the side is anything else.
    public static func branches(_ nodes: [MathNode], in tree: MathTree) -> [Branch]? {
        let flat = NodeShapes.flatten(nodes)
        guard flat.count == 1, case let .environment(name, _, rows) = NodeShapes.core(flat[0]).kind,
              environments.contains(name) else { return nil }
        return rows.filter { !$0.allSatisfy(\.isEmpty) }.map { row in
            let value = row.first ?? []
            let condition = row.dropFirst().compactMap(\.range).reduce(into: "") { $0 += " " + tree.text($1) }
            var (hinge, otherwise) = classify(condition)
            // (A condition on the loss's argument: `\tfrac12\|f_a - f_p\|^2 - … + \alpha > 0`.)
            if hinge == nil, !otherwise { hinge = hingeOfArgument(Array(row.dropFirst().joined()), in: tree) }
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
        // By whole words: "active", "inactive", "not active"; any other
        // negation ("isn't active", "never active", "not inactive") or both
        // words leaves the branch unknown, never guessed.
        let words = lower.split(whereSeparator: { !$0.isLetter }).map(String.init)
        let negations: Set<String> = ["not", "nicht", "isn", "t", "no", "never", "non", "aren", "doesn", "don", "nor", "neither", "unless", "kein", "keine", "nie"]
        let negated = words.filter(negations.contains)
        let inactive = words.contains { $0 == "inactive" || $0 == "inaktiv" }
        let active = words.contains { $0 == "active" || $0 == "aktiv" }
        if inactive || active {
            if inactive, !active, negated.isEmpty { return (.inactive, false) }
            if active, !inactive, negated.isEmpty { return (.active, false) }
            if active, !inactive, negated.count == 1, ["not", "nicht"].contains(negated[0]),
               let n = words.firstIndex(of: negated[0]), n + 1 < words.count, words[n + 1] == "active" || words[n + 1] == "aktiv" {
                return (.inactive, false)
            }
            return (nil, false)
        }
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

    /// What a condition on a sample's index says (`\frac{∂L}{∂f_i} =
    /// \begin{cases} f_5 - f_2 & i = 1 \\ … \\ 0 & \text{otherwise} \end{cases}`):
    /// the indices it names, the indices it excludes, or the rest.
    public enum IndexCondition: Sendable, Equatable {
        /// `i = 1`, `i = 3, 4`, `i \in \{3, 4, 6\}`, `\text{if } i = a`.
        case named([String])
        /// `i \notin \{1, 2\}`, `i \neq 2`.
        case excluded([String])
        /// `otherwise`, `else`.
        case otherwise
    }

    /// The condition on index `index` written in `condition`: each index a
    /// number or a role letter, as written. Nil for any other condition
    /// (on another letter, with words beyond `if`/`for`/`when`, a range).
    public static func indexCondition(_ condition: String, index: Character) -> IndexCondition? {
        // Case kept: `I = 1` is no condition on `i`.
        var s = condition
        // Set braces kept as ⟨ ⟩; grouping braces, text commands and spacing dropped.
        for (from, to) in [("\\{", "⟨"), ("\\}", "⟩"), ("\\lbrace", "⟨"), ("\\rbrace", "⟩"), ("\\left", ""), ("\\right", ""),
                           ("\\text", ""), ("\\mathrm", ""), ("\\textrm", ""), ("\\mbox", ""), ("\\qquad", ""), ("\\quad", ""),
                           ("\\,", ""), ("\\;", ""), ("\\:", ""), ("\\!", ""), ("\\ ", ""), ("~", ""), ("{", ""), ("}", "")] {
            s = s.replacingOccurrences(of: from, with: to)
        }
        s = String(s.unicodeScalars.filter { !$0.properties.isWhitespace })
        while let last = s.last, ".,;:".contains(last) { s.removeLast() }
        while let first = s.first, ",;:".contains(first) { s.removeFirst() }
        if ["otherwise", "else", "sonst", "elsewhere"].contains(s.lowercased()) { return .otherwise }
        for word in ["if", "for", "when", "If", "For", "When"] where s.hasPrefix(word) {
            s.removeFirst(word.count)
            break
        }
        guard s.first == index else { return nil }
        s.removeFirst()
        var relation: String?
        for r in ["\\notin", "∉", "\\neq", "\\ne", "≠", "!=", "\\in", "∈", "="] where s.hasPrefix(r) {
            relation = r
            s.removeFirst(r.count)
            break
        }
        guard let relation else { return nil }
        let isSet = s.hasPrefix("⟨") && s.hasSuffix("⟩")
        if isSet { s = String(s.dropFirst().dropLast()) }
        // `=` names a list, never a set; `\in` a set or a bare list.
        if isSet && ["=", "\\neq", "\\ne", "≠", "!="].contains(relation) { return nil }
        let items = s.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        guard !items.isEmpty, items.allSatisfy({ item in
            !item.isEmpty && (item.allSatisfy(\.isASCII) && item.allSatisfy(\.isNumber) && item.count <= 3 || ["a", "p", "n"].contains(item))
        }) else { return nil }
        return ["\\notin", "∉", "\\neq", "\\ne", "≠", "!="].contains(relation) ? .excluded(items) : .named(items)
    }
}
