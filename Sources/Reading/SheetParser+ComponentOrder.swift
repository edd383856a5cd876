import CoursecheckMaths
import CoursecheckNotation

/// A gradient written as a row of values in an order the sheet states once:
///
/// ```
/// Convention: grad L is a row vector; its components are (dL/df1, ..., dL/df6).
/// Q5.1: grad L(t1) = [f5 - f2, f2 - f1, 0, 0, f1 - f5, 0]
/// ```
///
/// The statement is a paragraph whose words name components (`components`,
/// `entries`) and hold a tuple of
/// samples or of derivatives over them, an ellipsis only between numbered
/// ones: the three roles, or every sample, each once. A gradient with no sample named (`grad L`, `\nabla L_1`, `∇L(t1)`)
/// equal to a row takes the one stated order of the row's length: two
/// orders of one length, or none, and the row is not read this way.
extension SheetParser {
    /// The words that state a gradient's components (not "order" alone:
    /// "sorted in decreasing order gives $(f_4, …)$" orders samples, not a
    /// gradient's entries; nor "coordinates", a plot's).
    static let orderWords: Set<String> = ["component", "components", "entries"]

    /// The component orders a sheet states, each once.
    /// An order is of the three roles or of every sample, each once (a
    /// triplet, `(f_1, f_2, f_5)`, is no order of a gradient's components).
    static func componentOrders(_ document: SheetDocument, maths: MathContext, samples: Int) -> [[Symbol]] {
        let roles: Set<Symbol> = [.anchor, .positive, .negative]
        let all = Set((1...max(1, samples)).map(Symbol.sample))
        var orders: [[Symbol]] = []
        let naming = SampleNaming(bareRoles: false)
        for leaf in document.leaves {
            guard case .paragraph(let inlines) = leaf.block.kind else { continue }
            let words = inlines.compactMap { if case .text(let t) = $0 { String(t.text).lowercased() } else { nil } }.joined(separator: " ")
            guard !words.split(whereSeparator: { !$0.isLetter }).map(String.init).allSatisfy({ !orderWords.contains($0) }) else { continue }
            for inline in inlines {
                let span = switch inline {
                case .math(let m): maths.span(m.tex.text)
                case .text(let t): maths.span(t.text, plainText: true)
                }
                for item in span.items {
                    for node in NodeShapes.flatten(item.nodes) {
                        guard case let .fenced(open, body, _) = node.kind, open.family == .parenthesis || open.family == .bracket else { continue }
                        // Split at the tuple's commas only: plain text's `...` is periods.
                        var parts: [[MathNode]] = [[]]
                        for n in body {
                            if n.atomRole == .punctuation(.comma) { parts.append([]) } else { parts[parts.count - 1].append(n) }
                        }
                        if let order = tupleSamples(parts, naming: naming, heads: true), Set(order) == roles || Set(order) == all,
                           !orders.contains(order) {
                            orders.append(order)
                        }
                    }
                }
            }
        }
        return orders
    }

    /// A gradient naming no sample equal to a row, `grad L(t1) = [a, b, c]`
    /// (∇, the loss after it, nothing else): the range of the loss, and
    /// the one stated order of the row's length.
    static func orderedHead(_ nodes: [MathNode], value: [MathNode], orders: [[Symbol]],
                            naming: SampleNaming) -> (Range<Int>, [Symbol])? {
        let flat = NodeShapes.flatten(nodes)
        guard !orders.isEmpty, flat.count >= 2, case .atom = flat[0].kind, NodeShapes.core(flat[0]).atomRole == .nabla,
              case .success? = LossShape.read(Array(flat.dropFirst()), naming: naming),
              let first = flat[1].range.first, let last = flat.last?.range.last else { return nil }
        let row = NodeShapes.flatten(value)
        guard row.count == 1, case let .fenced(open, body, _) = row[0].kind, [.parenthesis, .bracket, .angle].contains(open.family) else { return nil }
        let length = MathItems.split(body).count
        let fitting = orders.filter { $0.count == length }
        guard fitting.count == 1 else { return nil }
        return (first..<(last + 1), fitting[0])
    }
}
