import CoursecheckMaths

/// A derivative stated in one item: `head = side₁ = … = sideₖ`, each side
/// read as a linear form.
public struct DerivativeStatement: Sendable {
    public var head: DerivativeHead
    /// The sides after the head, in order: the last is the answer.
    public var sides: [LinearExpression]
    /// The place of each side.
    public var ranges: [Range<Int>]

    public var answer: LinearExpression { sides[sides.count - 1] }
}

/// The readings question readers call on items. Every failure is a
/// `NotationError` with its place in the span.
public enum Statements {
    /// The derivative an item states: nil when it states none (no head);
    /// an error when its head, or any side, cannot be read with certainty,
    /// or when its sides are joined by anything but `=`.
    ///
    /// `allowed` are the symbols the answer may use as written (roles
    /// included); `roles` then replaces each role by the sample it stands for.
    public static func derivative(_ item: MathItem, in tree: MathTree, naming: SampleNaming = .standard,
                                  allowed: Set<Symbol>?, roles: [Symbol: Symbol] = [:]) -> Result<DerivativeStatement, NotationError>? {
        let sides = item.sides
        guard let matched = DerivativeShape.match(sides[0].nodes, naming: naming) else { return nil }
        switch matched {
        case .failure(let e): return .failure(e)
        case .success(let head):
            guard sides.count > 1 else {
                return .failure(NotationError(head.range, "a derivative without '=' and its value"))
            }
            do {
                let values = try chain(Array(sides.dropFirst()), in: tree, naming: naming, allowed: allowed, roles: roles)
                return .success(DerivativeStatement(head: head, sides: values, ranges: sides.dropFirst().map(\.range)))
            } catch {
                return .failure(error)
            }
        }
    }

    /// The values of chain sides, each joined to the one before by `=`.
    /// An empty side, or another relation (`\approx`, `\le`, `:=`), is an
    /// error: the last side is an answer only when every link is `=`.
    public static func chain(_ sides: [ChainSide], in tree: MathTree, naming: SampleNaming = .standard, allowed: Set<Symbol>?,
                             roles: [Symbol: Symbol] = [:], mode: ArithmeticReader.Mode = .linear) throws(NotationError) -> [LinearExpression] {
        let reader = ArithmeticReader(tree: tree, naming: naming, allowed: allowed.map { $0.union(roles.keys) }, mode: mode)
        var values: [LinearExpression] = []
        for side in sides {
            if let r = side.relation, r != .equals {
                throw NotationError(side.relationRange ?? side.range, "'\(r.rawValue)' between two sides: only '=' says what the answer is")
            }
            guard !side.nodes.isEmpty else { throw NotationError(side.range, "empty side of '='") }
            var value = try reader.read(side.nodes, at: side.range)
            if !roles.isEmpty {
                do { value = try value.renaming(roles) } catch {
                    throw NotationError(side.range, "coefficient overflows 64-bit exact arithmetic")
                }
            }
            values.append(value)
        }
        return values
    }

    /// A linear form: a whole node list (a side, a table cell).
    public static func linearForm(_ nodes: [MathNode], in tree: MathTree, naming: SampleNaming = .standard,
                                  allowed: Set<Symbol>?, roles: [Symbol: Symbol] = [:]) throws(NotationError) -> LinearExpression {
        try chain([ChainSide(relation: nil, nodes: nodes)], in: tree, naming: naming, allowed: allowed, roles: roles)[0]
    }

    /// A count's chain, `6 \cdot 5 \cdot 4 = P(6,3) = 120`: every side's
    /// exact value. A leading `=` (`= 36`) is allowed.
    public static func count(_ item: MathItem, in tree: MathTree) throws(NotationError) -> [Rational] {
        try count(item.sides, in: tree)
    }

    /// A count's chain from its sides (`item.sides`, or those after a
    /// name the caller read).
    public static func count(_ sides: [ChainSide], in tree: MathTree) throws(NotationError) -> [Rational] {
        var sides = sides
        if sides.count > 1, sides[0].nodes.isEmpty { sides.removeFirst(); sides[0].relation = nil }
        return try chain(sides, in: tree, allowed: [], mode: .count).map(\.constant)
    }
}

/// The whole grammar in one call: a span parsed and split into items.
public struct MathSpan: Sendable {
    public let tree: MathTree
    public let items: [MathItem]

    /// Parses `text` with `table` (pass the previous span's `tree.table`
    /// to keep the sheet's macros); `plainText` makes line breaks end items.
    public init(_ text: Substring, table: CommandTable = .standard, plainText: Bool = false) {
        tree = MathParser.parse(text, table: table, linesSeparate: plainText)
        items = MathItems.split(tree)
    }

    public init(_ text: String, table: CommandTable = .standard, plainText: Bool = false) {
        self.init(text[...], table: table, plainText: plainText)
    }
}
