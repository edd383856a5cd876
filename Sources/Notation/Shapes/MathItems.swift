/// One statement of a maths span: the nodes between two top-level
/// separators, and the separator before it.
public struct MathItem: Sendable {
    /// What stands before an item.
    public enum Separator: Sendable, Equatable {
        /// The start of the span.
        case start
        /// `,` or `;`.
        case comma, semicolon
        /// `.` ending a sentence.
        case period
        /// `\\`, `\newline`, or a line break of plain text.
        case lineBreak
        /// A new row of an `align`/`aligned`/`gather`… environment.
        case row
        /// `\quad`, `\qquad`.
        case space
        /// `\text{…}` or `\intertext{…}` with its text: `\text{and}`, `\text{, hence }`.
        case text(String)
        /// `\Rightarrow`, `\implies`, `\therefore`.
        case implication
    }

    public var separator: Separator
    public var nodes: [MathNode]

    public init(separator: Separator, nodes: [MathNode]) {
        self.separator = separator
        self.nodes = nodes
    }

    public var range: Range<Int> { nodes.range ?? 0..<0 }

    /// The sides of the item's chain, split at its top-level relations
    /// (`=`, `\approx`, `\le`, …), each with the relation before it.
    public var sides: [ChainSide] {
        var sides = [ChainSide(relation: nil, nodes: [])]
        for (i, node) in nodes.enumerated() {
            // `:=` written as a colon then `=`: one relation, "defined as".
            if node.atomRole == .punctuation(.colon), i + 1 < nodes.count, NodeShapes.relation(nodes[i + 1]) == .equals,
               nodes[i + 1].range.lowerBound == node.range.upperBound {
                continue
            }
            if i > 0, nodes[i - 1].atomRole == .punctuation(.colon), NodeShapes.relation(node) == .equals,
               node.range.lowerBound == nodes[i - 1].range.upperBound {
                sides.append(ChainSide(relation: .definedAs, nodes: [], relationRange: nodes[i - 1].range.lowerBound..<node.range.upperBound))
            } else if let r = NodeShapes.relation(NodeShapes.core(node)) {
            // `\overset{!}{=}`, `\stackrel{\text{def}}{=}`: the relation decorated.
                sides.append(ChainSide(relation: r, nodes: [], relationRange: node.range))
            } else {
                sides[sides.count - 1].nodes.append(node)
            }
        }
        return sides
    }

    /// Whether the item starts with a relation: `= …`, a line that
    /// continues the chain before it.
    public var continuesChain: Bool { nodes.first.map { NodeShapes.relation($0) != nil } ?? false }
}

/// One side of a chain `a = b = c`.
public struct ChainSide: Sendable {
    /// The relation before this side; nil for the first.
    public var relation: Role.Relation?
    public var nodes: [MathNode]
    public var relationRange: Range<Int>? = nil

    public init(relation: Role.Relation?, nodes: [MathNode], relationRange: Range<Int>? = nil) {
        self.relation = relation
        self.nodes = nodes
        self.relationRange = relationRange
    }

    /// The side's range, or the place just after its relation when empty.
    public var range: Range<Int> {
        nodes.range ?? relationRange.map { $0.upperBound..<$0.upperBound } ?? 0..<0
    }
}

/// Splitting a span into items.
public enum MathItems {
    /// The items of a span: split at top-level `,` `;` `.`, line breaks,
    /// `\quad`, text, implications, and the rows of environments whose rows
    /// are lines of working (their `&` dropped). Empty items are dropped.
    public static func split(_ tree: MathTree) -> [MathItem] {
        split(tree.nodes)
    }

    public static func split(_ nodes: [MathNode]) -> [MathItem] {
        var items: [MathItem] = []
        var current = MathItem(separator: .start, nodes: [])
        func cut(_ separator: MathItem.Separator) {
            if !current.nodes.isEmpty { items.append(current) }
            current = MathItem(separator: separator, nodes: [])
        }
        func walk(_ nodes: [MathNode], depth: Int) {
            for node in nodes {
                switch node.kind {
                case .environment(let name, .rows, let rows) where depth < 8:
                    // In `align`-like environments columns come in pairs
                    // (`a &= b & c &= d`): a third column starts a statement.
                    let pairs = ["align", "align*", "aligned", "alignat", "alignat*", "alignedat", "flalign", "flalign*"].contains(name)
                    for (r, row) in rows.enumerated() {
                        if r > 0 || !current.nodes.isEmpty { cut(r > 0 ? .row : current.nodes.isEmpty ? current.separator : .row) }
                        for (c, cell) in row.enumerated() {
                            if pairs, c > 0, c % 2 == 0, !cell.isEmpty { cut(.row) }
                            walk(cell, depth: depth + 1)
                        }
                    }
                case .text(let s) where NodeShapes.letter(node) == nil:
                    cut(.text(s))
                case .intertext(let s):
                    cut(.text(s))
                // `\boxed{\frac{\partial L}{\partial f_1} = 2f_1 - …}`: a box
                // around a whole statement (a relation inside its one
                // argument) marks it; what it wraps is what is stated. (Only
                // a box: `\cancel{…}` strikes a statement out.)
                case .command(let name, .decoration, let arguments, _) where depth < 8 && arguments.count == 1
                    && ["boxed", "fbox", "framebox", "bbox"].contains(name)
                    && NodeShapes.flatten([arguments[0]]).contains(where: { NodeShapes.relation($0) != nil }):
                    walk(NodeShapes.flatten([arguments[0]]), depth: depth + 1)
                case .atom(let token, let role):
                    switch role {
                    case .punctuation(.comma)?: cut(.comma)
                    case .punctuation(.semicolon)?: cut(.semicolon)
                    case .punctuation(.period)?: cut(.period)
                    case .lineBreak?: cut(.lineBreak)
                    case .separatingSpace?: cut(.space)
                    case .implication?: cut(.implication)
                    default:
                        if token.kind != .alignment { current.nodes.append(node) }
                    }
                default:
                    current.nodes.append(node)
                }
            }
        }
        walk(nodes, depth: 0)
        cut(.start)
        return items
    }
}
