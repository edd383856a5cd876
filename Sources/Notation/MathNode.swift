/// A node of the tree a maths span parses to, with the range of Unicode
/// scalars of the span it was written in.
public struct MathNode: Sendable {
    public indirect enum Kind: Sendable {
        /// A letter, a number, a character or a command that takes no
        /// argument; its role in the command table, nil when it has none
        /// (an unknown command, a letter, a digit).
        case atom(MathToken, Role?)
        /// `{ … }`.
        case group([MathNode])
        /// A base with a subscript, a superscript and primes: `f_1`, `L^t`,
        /// `L'`, `{}^6P_3` (an empty group as base).
        case scripts(base: MathNode, sub: MathNode?, sup: MathNode?, primes: Int)
        /// A fraction or a binomial (`role` says which): `\frac{a}{b}`, `{a \over b}`.
        case fraction(Role, numerator: MathNode, denominator: MathNode)
        /// A command applied to its arguments: decorations (`\mathbf{f}`),
        /// derivative operators (`\pdv{L}{f_1}`), `\dd{x}`, functions.
        case command(String, Role, arguments: [MathNode], optional: [MathNode])
        /// What stands between a pair of delimiters: `( … )`, `\left[ … \right]`,
        /// `\langle … \rangle`, physics' `\qty( … )`, `\abs{…}`.
        case fenced(open: Delimiter, body: [MathNode], close: Delimiter)
        /// `\text{…}` and the like: the text as written.
        case text(String)
        /// `\intertext{…}`: text between rows.
        case intertext(String)
        /// `\begin{name} … \end{name}`: rows of cells.
        case environment(String, CommandTable.Environment.Kind, rows: [[[MathNode]]])
        /// What could not be parsed, and why.
        case error(NotationError)
    }

    public var kind: Kind { didSet { containsError = Self.holdsError(kind) } }
    public var range: Range<Int>
    /// Whether an error stands in this node or below it: known when the node
    /// is made, from its children's, so that finding the first error never
    /// walks a subtree without one (a tree whose nodes share subtrees,
    /// found by fuzzing, made every walk of it exponential).
    public private(set) var containsError: Bool

    public init(_ kind: Kind, _ range: Range<Int>) {
        self.kind = kind
        self.range = range
        containsError = Self.holdsError(kind)
    }

    private static func holdsError(_ kind: Kind) -> Bool {
        switch kind {
        case .error: true
        case .atom, .text, .intertext: false
        case .group(let nodes), .fenced(_, let nodes, _): nodes.contains { $0.containsError }
        case let .scripts(base, sub, sup, _): base.containsError || sub?.containsError == true || sup?.containsError == true
        case let .fraction(_, n, d): n.containsError || d.containsError
        case let .command(_, _, args, optional): args.contains { $0.containsError } || optional.contains { $0.containsError }
        case let .environment(_, _, rows): rows.contains { $0.contains { $0.contains { $0.containsError } } }
        }
    }

    /// The role of an atom, if it is one that has one.
    public var atomRole: Role? {
        if case .atom(_, let role) = kind { return role }
        return nil
    }

    /// The token of an atom.
    public var atomToken: MathToken? {
        if case .atom(let token, _) = kind { return token }
        return nil
    }

    /// The first error in this node or below it.
    public var firstError: NotationError? {
        guard containsError else { return nil }
        switch kind {
        case .error(let e): return e
        case .atom, .text, .intertext: return nil
        case .group(let nodes), .fenced(_, let nodes, _): return nodes.firstError
        case let .scripts(base, sub, sup, _): return base.firstError ?? sub?.firstError ?? sup?.firstError
        case let .fraction(_, n, d): return n.firstError ?? d.firstError
        case let .command(_, _, args, optional): return args.firstError ?? optional.firstError
        case let .environment(_, _, rows): return rows.lazy.compactMap { $0.lazy.compactMap(\.firstError).first }.first
        }
    }
}

extension Array where Element == MathNode {
    /// The first error in these nodes or below them.
    public var firstError: NotationError? { first(where: \.containsError)?.firstError }

    /// The range from the first node's start to the last one's end.
    public var range: Range<Int>? {
        guard let first, let last else { return nil }
        return first.range.lowerBound..<Swift.max(first.range.lowerBound, last.range.upperBound)
    }
}

/// A parsed span: the nodes, the table as the span left it (with the
/// student's macros it defined), and the table entries it used.
public struct MathTree: Sendable {
    public var nodes: [MathNode]
    /// The table after the span's own `\newcommand`/`\def`: pass it to the
    /// next span of the same sheet.
    public var table: CommandTable
    /// Every table entry the span used, in order of use, repeated.
    public var usedEntries: [CommandTable.Key]
    /// Every table entry the span used (for the mutation test and the docs).
    public var used: Set<CommandTable.Key> { Set(usedEntries) }
    /// The span's text, for messages.
    public var source: [Unicode.Scalar]

    /// The source text of a range, white space folded.
    public func text(_ range: Range<Int>) -> String {
        let lower = Swift.max(0, Swift.min(range.lowerBound, source.count))
        let upper = Swift.max(lower, Swift.min(range.upperBound, source.count))
        let scalars = source[lower..<upper]
        if scalars.allSatisfy(\.isASCII) {
            // (ASCII: a scalar is a character, white space is tab to
            // carriage return and the space, and a run of it one space —
            // folded here without building the words.)
            var folded = String.UnicodeScalarView()
            var gap = false
            for c in scalars {
                if c == " " || (0x09...0x0D).contains(c.value) {
                    gap = true
                    continue
                }
                if gap && !folded.isEmpty { folded.append(" ") }
                gap = false
                folded.append(c)
            }
            return String(folded)
        }
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars)
        return String(s).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
