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
    /// The words before a list of derivatives without brackets that states
    /// the order (`Rows are $\partial L_k/\partial f_1, \dots$`): a list of
    /// derivatives only, never of samples ("the rows of the batch are
    /// $(f_4, f_5, …)$" orders a batch).
    static let listWords: Set<String> = orderWords.union(["entry", "tuple", "row", "rows", "vector", "vectors"])

    /// The signs of a derivative that let maths without words state an order.
    static let derivativeSigns = ["partial", "∂", "nabla", "∇"]

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
            let said = words.split(whereSeparator: { !$0.isLetter }).map(String.init)
            let stated = said.contains(where: orderWords.contains)
            let listed = said.contains(where: listWords.contains)
            for inline in inlines {
                // (Without the words, only maths that holds a derivative may
                // state an order: in TeX or in a plain-text line, `I write ∇Lₖ
                // = (∇_{f₁}Lₖ, …, ∇_{f₆}Lₖ).`)
                if !stated && !listed {
                    let source = switch inline {
                    case .math(let m): m.tex.text
                    case .text(let t): t.text
                    }
                    guard Self.derivativeSigns.contains(where: { source.contains($0) }) else { continue }
                }
                let span = switch inline {
                case .math(let m): maths.span(m.tex.text)
                case .text(let t): maths.span(t.text, plainText: true)
                }
                // Split at the commas only: plain text's `...` is periods.
                func parts(_ body: [MathNode]) -> [[MathNode]] {
                    var parts: [[MathNode]] = [[]]
                    for n in body {
                        if n.atomRole == .punctuation(.comma) { parts.append([]) } else { parts[parts.count - 1].append(n) }
                    }
                    return parts
                }
                func add(_ order: [Symbol]) {
                    if Set(order) == roles || Set(order) == all, !orders.contains(order) { orders.append(order) }
                }
                for item in span.items {
                    for node in NodeShapes.flatten(item.nodes) {
                        guard case let .fenced(open, body, _) = node.kind, open.family == .parenthesis || open.family == .bracket else { continue }
                        // A tuple of derivatives states the order itself
                        // (`(\frac{\partial L_k}{\partial f_1}, …, \frac{\partial
                        // L_k}{\partial f_6})`); one of samples only after words.
                        if stated, let order = tupleSamples(parts(body), naming: naming, heads: true) { add(order) }
                        else if let order = tupleSamples(parts(body), naming: naming, heads: true),
                                parts(body).allSatisfy({ SampleShape.read($0, naming: naming) == nil }) { add(order) }
                    }
                }
                // Derivatives listed without brackets after the words
                // (`Rows are $\partial L_k/\partial f_1, \dots, \partial
                // L_k/\partial f_6$ from top to bottom.`): a maths of them alone.
                if listed, case .math = inline, span.items.count >= 2,
                   let order = tupleSamples(span.items.map(\.nodes), naming: naming, heads: true),
                   span.items.allSatisfy({ SampleShape.read($0.nodes, naming: naming) == nil }) {
                    add(order)
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
        guard row.count == 1 else { return nil }
        // A row in brackets, or a column or row vector (`\begin{pmatrix} a \\ b \\ … \end{pmatrix}`).
        let length: Int
        switch row[0].kind {
        case let .fenced(open, body, _) where [.parenthesis, .bracket, .angle].contains(open.family): length = MathItems.split(body).count
        case let .environment(_, _, rows) where rows.allSatisfy({ $0.count == 1 }): length = rows.count
        case let .environment(_, _, rows) where rows.count == 1: length = rows[0].count
        default: return nil
        }
        let fitting = orders.filter { $0.count == length }
        guard fitting.count == 1 else { return nil }
        return (first..<(last + 1), fitting[0])
    }
}
