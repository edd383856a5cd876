import CoursecheckMaths

/// Reads a side of a chain as a linear form with exact rational
/// coefficients (a gradient), or as whole-number arithmetic (a count).
///
/// ```
/// expression := term (('+' | '-') term)*
/// term       := factor (('·' | '×' | '*' | '/' | '÷')? factor)*     -- juxtaposition multiplies
/// factor     := ('-' | '+') factor | primary '!'*
/// primary    := number | sample | ( expression ) | [ expression ] | fraction | binomial
///             | base^k | counts: P(n,k) C(n,k) {}^nP_k A_n^k  n P k  (count mode only)
/// ```
/// Decorations and braces are transparent (`\boxed{…}`, `\mathbf{0}`). A
/// product of two non-constant factors, a division by one, a power of an
/// embedding, two numbers side by side, `±`, and anything not listed are
/// errors at their place: never a guess.
public struct ArithmeticReader {
    public enum Mode: Sendable { case linear, count }

    let tree: MathTree
    let naming: SampleNaming
    /// Symbols the expression may use; nil accepts every sample and role.
    let allowed: Set<Symbol>?
    let mode: Mode
    var depth = 0

    /// Longest number read, in digits: more cannot be exact in 64 bits.
    public static let maximumDigits = 18

    public init(tree: MathTree, naming: SampleNaming = .standard, allowed: Set<Symbol>?, mode: Mode = .linear) {
        self.tree = tree
        self.naming = naming
        self.allowed = mode == .count ? [] : allowed
        self.mode = mode
    }

    /// The value of a whole node list.
    public func read(_ nodes: [MathNode], at place: Range<Int>? = nil) throws(NotationError) -> LinearExpression {
        try checkBraces(nodes)
        var cursor = Cursor(nodes: NodeShapes.flatten(nodes), end: place?.upperBound ?? nodes.range?.upperBound ?? 0)
        var reader = self
        let value = try reader.expression(&cursor)
        if cursor.i < cursor.nodes.count {
            let node = cursor.nodes[cursor.i]
            if let e = node.firstError { throw e }
            throw NotationError(node.range, "unexpected '\(tree.text(node.range))'")
        }
        return value
    }

    struct Cursor {
        var nodes: [MathNode]
        var i = 0
        var end: Int
        var current: MathNode? { i < nodes.count ? nodes[i] : nil }
        var here: Int { current?.range.lowerBound ?? end }
    }

    mutating func expression(_ c: inout Cursor) throws(NotationError) -> LinearExpression {
        guard c.current != nil else { throw NotationError(at: c.here, "expected a term, found the end") }
        var value = try term(&c)
        while let node = c.current, let op = NodeShapes.operation(node), [.plus, .minus, .plusMinus].contains(op) {
            guard op != .plusMinus else { throw NotationError(node.range, "'±' gives two values, not one") }
            c.i += 1
            let right = try term(&c)
            value = try exact(node.range) { op == .plus ? try value.adding(right) : try value.subtracting(right) }
        }
        return value
    }

    /// A product of factors. An infix count (`6 P 3`, `6 C 3`, `6 choose 3`)
    /// takes the factor just before it as n, not the product so far:
    /// `2 · 6 C 3` is 2·C(6, 3).
    mutating func term(_ c: inout Cursor) throws(NotationError) -> LinearExpression {
        var last = try factor(&c)
        // The product before the last factor, and whether the last divides it.
        var before = LinearExpression(constant: .one)
        var divides = false
        func combine(_ before: LinearExpression, _ last: LinearExpression, _ divides: Bool, at range: Range<Int>) throws(NotationError) -> LinearExpression {
            guard divides else { return try multiply(before, last, at: range) }
            guard last.isConstant, !last.constant.isZero else {
                throw NotationError(range, last.isConstant ? "division by zero" : "division by a symbol is not linear")
            }
            return try exact(range) { try before.scaled(by: Rational.one.divided(by: last.constant)) }
        }
        var value = last
        var lastWasNumber = isNumber(c.nodes[max(0, c.i - 1)])
        var lastRange = c.nodes[max(0, c.i - 1)].range
        while let node = c.current {
            if let op = NodeShapes.operation(node) {
                switch op {
                case .times, .divide:
                    c.i += 1
                    before = value
                    last = try factor(&c)
                    divides = op == .divide
                    value = try combine(before, last, divides, at: node.range)
                    lastRange = node.range
                case .factorial:
                    throw NotationError(node.range, "'!' after something that is not a whole number")
                default:
                    return value
                }
                lastWasNumber = false
                continue
            }
            if mode == .count, let (permutations, k) = infixCount(&c) {
                last = try counting(last, k(), permutations: permutations, at: node.range)
                value = try combine(before, last, divides, at: lastRange)
                lastWasNumber = false
                continue
            }
            guard startsFactor(node) else { return value }
            if isNumber(node), SampleShape.glued(node), case .scripts = c.nodes[c.i - 1].kind {
                // `f_12` in TeX is f_1 followed by 2: never read as 2f_1.
                throw NotationError(Range(spanning: c.nodes[c.i - 1].range.lowerBound, node.range.upperBound),
                                    "'\(tree.text(Range(spanning: c.nodes[c.i - 1].range.lowerBound, node.range.upperBound)))' is ambiguous: write the subscript in braces")
            }
            if lastWasNumber, isNumber(node) {
                throw NotationError(node.range, "two numbers side by side: '\(tree.text(Range(spanning: c.nodes[c.i - 1].range.lowerBound, node.range.upperBound)))'")
            }
            before = value
            last = try factor(&c)
            divides = false
            value = try multiply(before, last, at: node.range)
            lastRange = node.range
            lastWasNumber = isNumber(c.nodes[c.i - 1])
        }
        return value
    }

    func isNumber(_ node: MathNode) -> Bool {
        if case .atom(let t, _) = node.kind, case .number = t.kind { return true }
        return false
    }

    func startsFactor(_ node: MathNode) -> Bool {
        switch node.atomRole {
        case .relation?, .punctuation?, .implication?, .lineBreak?, .separatingSpace?: false
        default: true
        }
    }

    mutating func factor(_ c: inout Cursor) throws(NotationError) -> LinearExpression {
        depth += 1
        defer { depth -= 1 }
        guard depth <= MathParser.maximumDepth else {
            throw NotationError(at: c.here, "nesting deeper than \(MathParser.maximumDepth) levels")
        }
        guard let node = c.current else { throw NotationError(at: c.here, "expected a term, found the end") }
        if let op = NodeShapes.operation(node), op == .minus || op == .plus {
            c.i += 1
            let inner = try factor(&c)
            return op == .plus ? inner : try exact(node.range) { try inner.scaled(by: Rational(-1)) }
        }
        var value = try primary(&c)
        while let next = c.current, NodeShapes.operation(next) == .factorial {
            value = try factorial(value, at: next.range)
            c.i += 1
        }
        return value
    }

    /// The value of a sub-list (a group's, a fence's, a fraction's part).
    mutating func nested(_ nodes: [MathNode], in node: MathNode) throws(NotationError) -> LinearExpression {
        depth += 1
        defer { depth -= 1 }
        guard depth <= MathParser.maximumDepth else {
            throw NotationError(node.range, "nesting deeper than \(MathParser.maximumDepth) levels")
        }
        try checkBraces(nodes)
        var inner = Cursor(nodes: NodeShapes.flatten(nodes), end: node.range.upperBound)
        let value = try expression(&inner)
        if let extra = inner.current {
            if let e = extra.firstError { throw e }
            throw NotationError(extra.range, "unexpected '\(tree.text(extra.range))'")
        }
        return value
    }

    /// Braces are invisible: `2{f_1 + f_2}` shows as 2f₁ + f₂, `-{f_1 + f_2}`
    /// as −f₁ + f₂. A braced sum next to anything but `+`, `-` after it,
    /// or a relation is reported, not read one way or the other.
    func checkBraces(_ nodes: [MathNode]) throws(NotationError) {
        for (i, node) in nodes.enumerated() {
            guard case .group(let inner) = node.kind,
                  inner.dropFirst().contains(where: { [.plus, .minus].contains(NodeShapes.operation($0)) }) else { continue }
            let before = i > 0 ? nodes[i - 1] : nil, after = i + 1 < nodes.count ? nodes[i + 1] : nil
            let clearBefore = before.map { NodeShapes.operation($0) == .plus || NodeShapes.relation($0) != nil } ?? true
            let clearAfter = after.map { [.plus, .minus].contains(NodeShapes.operation($0)) || NodeShapes.relation($0) != nil } ?? true
            guard clearBefore && clearAfter else {
                throw NotationError(node.range, "braces around a sum are invisible when rendered ('\(tree.text(node.range))'): write parentheses")
            }
        }
    }

    func content(_ node: MathNode) -> [MathNode] {
        if case .group(let inner) = node.kind { return inner }
        return [node]
    }

    func exact<T>(_ range: Range<Int>, _ body: () throws -> T) throws(NotationError) -> T {
        do {
            return try body()
        } catch {
            throw NotationError(range, "coefficient overflows 64-bit exact arithmetic")
        }
    }
}
