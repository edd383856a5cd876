import Foundation
import CoursecheckAssignment
import CoursecheckMaths
import CoursecheckNotation

extension SheetParser {
    /// A vector equation, `\begin{bmatrix} ∂L/∂f_1 \\ … \end{bmatrix} =
    /// \begin{bmatrix} f_5 - f_2 \\ … \end{bmatrix}` (any matrix or array
    /// environment of one column), or a tuple equation, `(∂L/∂f_1, …, ∂L/∂f_6)
    /// = (f_5 - f_2, …, 0)` (parentheses, brackets or angles, members between
    /// commas): every side with as many rows, every row of the first a
    /// derivative. One maths a row, `∂L/∂f_1 = f_5 - f_2`, each placed at its
    /// cells. Any other maths is left as it is.
    ///
    /// A gradient over samples the sheet stacked under a name (`stacks`,
    /// from `F = [f_1, …, f_6]`), `\nabla_F L_1 = (f_5 - f_2, …, 0)`, is one
    /// head a sample of the stack, in its order.
    static func vectorRows(_ piece: MathFragment, maths: MathContext, naming: SampleNaming,
                           stacks: [Unicode.Scalar: [Symbol]] = [:], orders: [[Symbol]] = []) -> [MathFragment] {
        let text = piece.fragment.text
        // Every maths fragment asks: plain byte searches.
        // A tuple starts the maths: `(`, `[`, `\left(`, `\langle`, `\big(`.
        let start = text.drop { $0 == " " || $0 == "\n" || $0 == "\t" }
        let tuple = (start.hasPrefix("(") || start.hasPrefix("[") || start.hasPrefix("\\left") || start.hasPrefix("\\langle")
                     || start.hasPrefix("\\big") || start.hasPrefix("\\Big")) && text.containsBytes(",")
        // A head over a tuple of samples names them with an ellipsis.
        // A gradient in words over a tuple, `grad of L(t1) w.r.t. (f1, ..., f6) = (…)`.
        let inWords = (text.containsBytes("w.r.t") || text.containsBytes("wrt") || text.containsBytes("respect to")) && text.containsBytes(",")
        // A derivative over a tuple, `\frac{\partial L}{\partial (f_a, f_p, f_n)}`.
        let overTuple = text.containsBytes(",") && (text.containsBytes("partial (") || text.containsBytes("partial(")
            || text.containsBytes("{d(") || text.containsBytes("{d (") || text.containsBytes("∂(") || text.containsBytes("∂ ("))
        let overStack = (!stacks.isEmpty || !orders.isEmpty) && (text.containsBytes("nabla") || text.containsBytes("∇") || text.containsBytes("grad"))
        guard tuple || inWords || overTuple || overStack || text.containsBytes("matrix") || text.containsBytes("{array}") || text.containsBytes("dots") else { return [piece] }
        let span = maths.span(text, plainText: piece.plainText)
        guard span.items.count == 1 else { return [piece] }
        let sides = span.items[0].sides
        // `\frac{\partial L_1}{\partial (f_1, \dots, f_6)} = [ … ]`: one head
        // over a tuple of samples, a row for each.
        if sides.count >= 2, let (numerator, samples) = tupleHead(sides[0].nodes, naming: naming) {
            let written = String(piece.fragment.slice(numerator.range).text).trimmingWhitespace()
            let head = written.hasPrefix("{") ? String(written.dropFirst().dropLast()) : written
            return tupleRows(piece, sides: Array(sides.dropFirst()), at: numerator.range.lowerBound, samples: samples) {
                "\\frac{\(head)}{\\partial \($0)} "
            } ?? [piece]
        }
        if sides.count >= 2, let (loss, samples) = stackHead(sides[0].nodes, stacks: stacks) {
            let written = String(piece.fragment.slice(loss).text)
            return tupleRows(piece, sides: Array(sides.dropFirst()), at: loss.lowerBound, samples: samples) {
                "\\nabla_{\($0)} \(written) "
            } ?? [piece]
        }
        if sides.count >= 2, let (loss, samples) = orderedHead(sides[0].nodes, value: sides[1].nodes, orders: orders, naming: naming) {
            let written = String(piece.fragment.slice(loss).text)
            return tupleRows(piece, sides: Array(sides.dropFirst()), at: loss.lowerBound, samples: samples) {
                piece.plainText ? "grad of \(written) w.r.t. \($0) " : "\\nabla_{\($0)} \(written) "
            } ?? [piece]
        }
        if sides.count >= 2, let (words, samples) = wordsTupleHead(sides[0].nodes, naming: naming) {
            let head = String(piece.fragment.slice(words).text)
            return tupleRows(piece, sides: Array(sides.dropFirst()), at: words.lowerBound, samples: samples) { "\(head)\($0) " } ?? [piece]
        }
        var columns: [[[MathNode]]] = []
        for side in sides {
            let flat = NodeShapes.flatten(side.nodes)
            guard side.relation == nil || side.relation == .equals, flat.count == 1 else { return [piece] }
            switch flat[0].kind {
            case .environment(_, _, let rows) where rows.allSatisfy({ $0.count == 1 && !$0[0].isEmpty }):
                columns.append(rows.map { $0[0] })
            case .environment(_, _, let rows) where rows.count == 1 && rows[0].count >= 2 && rows[0].allSatisfy({ !$0.isEmpty }):
                // A row vector, `\begin{bmatrix} 0 & 0 & 0 \end{bmatrix}`.
                columns.append(rows[0])
            case .fenced(let open, let body, _) where [.parenthesis, .bracket, .angle].contains(open.family):
                let parts = MathItems.split(body)
                guard parts.allSatisfy({ ($0.separator == .start || $0.separator == .comma) && !$0.nodes.isEmpty }) else { return [piece] }
                columns.append(parts.map(\.nodes))
            default:
                return [piece]
            }
        }
        guard columns.count >= 2, columns[0].count >= 2, columns.allSatisfy({ $0.count == columns[0].count }),
              columns[0].allSatisfy({ if case .success? = DerivativeShape.match($0, naming: naming) { true } else { false } }) else { return [piece] }
        var result: [MathFragment] = []
        for r in columns[0].indices {
            var builder = FragmentBuilder()
            for (c, column) in columns.enumerated() {
                guard let range = column[r].range else { return [piece] }
                if c > 0 { builder.append(" = ", at: piece.fragment.location(at: range.lowerBound)) }
                builder.append(piece.fragment.slice(range))
            }
            result.append(MathFragment(fragment: builder.build(or: piece.fragment.start), proseBefore: r == 0 ? piece.proseBefore : "",
                                       display: piece.display, plainText: piece.plainText))
        }
        return result
    }

    /// A derivative over a tuple of samples, `\frac{\partial L_1}{\partial
    /// (f_1, \dots, f_6)}` (an ellipsis between two samples stands for
    /// those between): the numerator's nodes and the samples, in order.
    static func tupleHead(_ nodes: [MathNode], naming: SampleNaming) -> (MathNode, [Symbol])? {
        let flat = NodeShapes.flatten(nodes)
        guard flat.count == 1, case let .fraction(_, numerator, denominator) = flat[0].kind else { return nil }
        let below = NodeShapes.flatten([denominator])
        guard below.count == 2, below[0].atomToken?.kind == .command("partial") || below[0].atomToken?.kind == .letter("d"),
              case let .fenced(open, body, _) = below[1].kind, open.family == .parenthesis || open.family == .bracket else { return nil }
        return tupleSamples(MathItems.split(body).map(\.nodes), naming: naming).map { (numerator, $0) }
    }

    /// A gradient over a stack of samples, `\nabla_F L_1` (`\nabla_{F}`,
    /// `∇_F`), F one of the sheet's `stacks`: the range of the loss after
    /// it, and the stack's samples in order.
    static func stackHead(_ nodes: [MathNode], stacks: [Unicode.Scalar: [Symbol]]) -> (Range<Int>, [Symbol])? {
        let flat = NodeShapes.flatten(nodes)
        guard !stacks.isEmpty, flat.count >= 2, case let .scripts(base, sub?, nil, 0) = flat[0].kind,
              NodeShapes.core(base).atomRole == .nabla, let letter = NodeShapes.letter(sub), let samples = stacks[letter],
              let first = flat[1].range.first, let last = flat.last?.range.last else { return nil }
        return (first..<(last + 1), samples)
    }

    /// A gradient in words over a tuple of samples, `grad of L(t1) w.r.t.
    /// (f1, ..., f6)` (∇ or the word gradient or derivative first, the tuple
    /// last, after w.r.t.; `...` an ellipsis): the range of the words up to
    /// the tuple, and the samples. Each sample after those words makes the
    /// head in words the grammar reads.
    static func wordsTupleHead(_ nodes: [MathNode], naming: SampleNaming) -> (Range<Int>, [Symbol])? {
        guard nodes.count >= 3, let w = nodes.firstIndex(where: { NodeShapes.core($0).atomRole == .respect }), w > 0, w + 2 == nodes.count,
              case let .fenced(open, body, _) = nodes[w + 1].kind, open.family == .parenthesis || open.family == .bracket else { return nil }
        let start = nodes[0].range.lowerBound, end = nodes[w + 1].range.lowerBound
        var spelled = ""
        for node in nodes {
            guard case .atom(let t, _) = node.kind, case .letter(let c) = t.kind, spelled.isEmpty || t.glued else { break }
            spelled.unicodeScalars.append(c)
        }
        guard NodeShapes.core(nodes[0]).atomRole == .nabla || ["gradient", "derivative"].contains(spelled.lowercased()) else { return nil }
        // Split at the tuple's commas only: plain text's `...` is periods.
        var parts: [[MathNode]] = [[]]
        for node in body {
            if node.atomRole == .punctuation(.comma) { parts.append([]) } else { parts[parts.count - 1].append(node) }
        }
        return tupleSamples(parts, naming: naming).map { (start..<end, $0) }
    }

    /// The samples a tuple's parts name, in order: an ellipsis (`\dots`,
    /// `\ldots`, `\cdots`, or `...` in plain text) between two samples
    /// stands for those between; nil unless every part is a sample or one
    /// such ellipsis, two samples at least, each once.
    /// With `heads`, a part may be a derivative over a sample instead, that
    /// sample (`(dL/df1, ..., dL/df6)`).
    static func tupleSamples(_ parts: [[MathNode]], naming: SampleNaming, heads: Bool = false) -> [Symbol]? {
        var samples: [Symbol] = []
        var ellipsis = false
        for part in parts {
            let flatPart = NodeShapes.flatten(part)
            let dots = flatPart.count >= 2 && flatPart.allSatisfy { $0.atomRole == .punctuation(.period) }
            if dots || flatPart.count == 1 && flatPart[0].atomToken.map({
                [.command("dots"), .command("ldots"), .command("cdots"), .command("dotsc")].contains($0.kind) }) == true {
                guard !ellipsis, !samples.isEmpty else { return nil }
                ellipsis = true
                continue
            }
            // A role too, `(f_a, f_p, f_n)`; an ellipsis only between numbers.
            let head: Symbol? = if heads, case .success(let h)? = DerivativeShape.match(part, naming: naming) { h.variable } else { nil }
            guard let s = SampleShape.read(part, naming: naming) ?? head else { return nil }
            if ellipsis {
                guard case .sample(let n) = s, case .sample(let from)? = samples.last, n > from + 1 else { return nil }
                samples += ((from + 1)...n).map { .sample($0) }
                ellipsis = false
            } else {
                samples.append(s)
            }
        }
        guard !ellipsis, samples.count >= 2, Set(samples).count == samples.count else { return nil }
        return samples
    }

    /// One maths a sample of a tuple head, `head(f_i) = vᵢ` (`\frac{NUM}{\partial
    /// f_i}`, `grad of L w.r.t. f_i`), the head placed at `at`, each value at
    /// its cell; nil when a side is not a tuple or vector of as many entries.
    static func tupleRows(_ piece: MathFragment, sides: [ChainSide], at offset: Int, samples: [Symbol],
                          head: (Symbol) -> String) -> [MathFragment]? {
        var columns: [[[MathNode]]] = []
        for side in sides {
            let flat = NodeShapes.flatten(side.nodes)
            guard side.relation == .equals, flat.count == 1 else { return nil }
            switch flat[0].kind {
            case .environment(_, _, let rows) where rows.allSatisfy({ $0.count == 1 && !$0[0].isEmpty }):
                columns.append(rows.map { $0[0] })
            case .environment(_, _, let rows) where rows.count == 1 && rows[0].allSatisfy({ !$0.isEmpty }):
                columns.append(rows[0])
            case .fenced(let open, let body, _) where [.parenthesis, .bracket, .angle].contains(open.family):
                let parts = MathItems.split(body)
                guard parts.allSatisfy({ ($0.separator == .start || $0.separator == .comma) && !$0.nodes.isEmpty }) else { return nil }
                columns.append(parts.map(\.nodes))
            default:
                return nil
            }
        }
        guard columns.allSatisfy({ $0.count == samples.count }) else { return nil }
        var result: [MathFragment] = []
        for (r, sample) in samples.enumerated() {
            var builder = FragmentBuilder()
            builder.append(head(sample), at: piece.fragment.location(at: offset))
            for column in columns {
                guard let range = column[r].range else { return nil }
                builder.append(" = ", at: piece.fragment.location(at: range.lowerBound))
                builder.append(piece.fragment.slice(range))
            }
            result.append(MathFragment(fragment: builder.build(or: piece.fragment.start), proseBefore: r == 0 ? piece.proseBefore : "",
                                       display: piece.display, plainText: piece.plainText))
        }
        return result
    }

    /// The triplet an item states, `t_2 = (f_1, f_3, f_4)`; also after its
    /// sub-question's number at the start of a line of text, `5.2  t2 = (…)`.
    static func statedTriplet(_ item: MathItem, naming: SampleNaming) -> Result<TripletStatement, NotationError>? {
        if let read = TripletShape.read(item, naming: naming) { return read }
        guard item.nodes.count > 1, case .atom(let token, _) = item.nodes[0].kind, case .number(let digits) = token.kind,
              digits.hasPrefix("5."), let k = Int(digits.dropFirst(2)),
              case .success(let t)? = TripletShape.read(MathItem(separator: item.separator, nodes: Array(item.nodes.dropFirst())), naming: naming),
              t.label == k else { return nil }
        return .success(t)
    }

    /// The members of a triplet written without its number: `(f_1, f_2,
    /// f_5)`, `t = (1, 2, 5)`, `t = (f_1, f_2, f_5)`.
    static func restatedTriplet(_ item: MathItem, naming: SampleNaming) -> [Int]? {
        // `(1,2,5):` — a colon closing the label is no part of it.
        if let last = item.nodes.last, last.atomRole == .punctuation(.colon), item.nodes.count > 1 {
            return restatedTriplet(MathItem(separator: item.separator, nodes: Array(item.nodes.dropLast())), naming: naming)
        }
        // `(a, p, n) = (f_1, f_2, f_5)`: the roles in order, then the samples.
        let members = withoutRolesLead(item)
        if members.nodes.count != item.nodes.count { return restatedTriplet(members, naming: naming) }
        if let t = unindexedTriplet(item) { return t.members }
        guard let t = TripletShape.readUnlabelled(item, naming: naming), t.from == nil else { return nil }
        return t.members
    }

    /// `t1=(1,2,5): dL/df1 = …` in a line of text: the triplet stated, then
    /// the rest of the item after its colon as an item of its own. So
    /// after an arrow (`t1 = (1, 2, 5) → a = f1, p = f2, n = f5`, `⇒`,
    /// `\to`, `\Rightarrow`): the roles it goes on to name are read as
    /// roles stated (checked against the triplet), never as its members.
    static func splittingStatedTriplet(_ item: MathItem, naming: SampleNaming) -> [MathItem] {
        guard let cut = item.nodes.firstIndex(where: isStatementEnd), cut > 0, cut + 1 < item.nodes.count,
              case .success? = statedTriplet(MathItem(separator: item.separator, nodes: Array(item.nodes[..<cut])), naming: naming)
        else { return [item] }
        return [MathItem(separator: item.separator, nodes: Array(item.nodes[..<cut])),
                MathItem(separator: .comma, nodes: Array(item.nodes[(cut + 1)...]))]
    }

    /// A mark that may close a triplet's statement before what is said of
    /// it: a colon, or an arrow (`→`, `↦`, `⇒`).
    static func isStatementEnd(_ node: MathNode) -> Bool {
        node.atomRole == .punctuation(.colon) || node.atomRole == .implication
            || NodeShapes.relation(node).map { [.tendsTo, .mapsTo].contains($0) } == true
    }

    /// The members after the roles named in the assignment's order, `(a,
    /// p, n) = (1, 2, 5)`, `(f_a, f_p, f_n) = (f_1, f_2, f_5)`: `(1, 2, 5)`
    /// as an item of its own; any other item as it is.
    static func withoutRolesLead(_ item: MathItem) -> MathItem {
        let sides = item.sides
        guard sides.count == 2, sides[1].relation == .equals, rolesInOrder(sides[0].nodes) else { return item }
        return MathItem(separator: item.separator, nodes: sides[1].nodes)
    }

    /// `(a, p, n)` in that order: the roles as a tuple.
    static func rolesInOrder(_ nodes: [MathNode]) -> Bool {
        let flat = NodeShapes.flatten(nodes)
        guard flat.count == 1, case .fenced(let open, let inner, _) = flat[0].kind, open.family == .parenthesis else { return false }
        let roles = SampleNaming(bareRoles: true)
        return MathItems.split(inner).map { SampleShape.read($0.nodes, naming: roles) } == [.anchor, .positive, .negative]
    }

    /// `(a, p, n)`: the roles as a tuple, naming no sample.
    static func rolesTuple(_ body: [MathNode], naming: SampleNaming) -> Bool {
        var flat = NodeShapes.flatten(body)
        // `t_k = (a, p, n)`, `t = (a, p, n)`: a triplet in general, in roles.
        if flat.count == 3, NodeShapes.relation(flat[1]) == .equals, NodeShapes.isTripletLetter(flat[0]) || {
            if case let .scripts(base, sub?, nil, 0) = NodeShapes.core(flat[0]).kind, NodeShapes.isTripletLetter(base),
               let c = NodeShapes.letter(sub), "ijkmt".unicodeScalars.contains(c) { return true }
            return false
        }() {
            flat = [flat[2]]
        }
        guard flat.count == 1, case .fenced(let open, let inner, _) = flat[0].kind, open.family == .parenthesis else { return false }
        let parts = MathItems.split(inner)
        var roles = naming
        roles.bareRoles = true
        return parts.count == 3 && parts.allSatisfy { SampleShape.read($0.nodes, naming: roles).map(Symbol.roles.contains) ?? false }
    }

    /// Whether text between two maths only separates them: commas,
    /// semicolons, `&`, "and", space.
    static func onlySeparators(_ text: String) -> Bool {
        text.lowercased().split(whereSeparator: { $0.isWhitespace || ",;&".contains($0) }).allSatisfy { $0 == "and" }
    }

    /// Whether a derivative's text names its sample by a general index,
    /// `f_i`, `f_{j}`, `fi`, `\mathbf{f}_k` (not a number, not a role).
    static func generalIndex(_ text: String) -> Bool {
        indexLetter(text) != nil
    }

    /// Whether a derivative's text is `\nabla` with no variable under it,
    /// then the loss's letter and its index only (`\nabla J^{(k)}`, `\nabla
    /// L_k`, `\nabla \mathcal{L}`): the gradients named, no sample's.
    static func gradientWithoutVariable(_ text: String) -> Bool {
        text.wholeMatch(of: #/\s*(?:\\nabla|∇)\s*(?:\\mathcal\{?[LJE]\}?|\\ell|[LJE])(?:_\{?[kt0-9]\}?|\^\{?\(?[kt0-9]\)?\}?)?\s*/#) != nil
    }

    /// The name of a command that is all of an inline maths, `\max`,
    /// `\hinge`: a word, not maths; nil for anything else.
    static func operatorWord(_ text: Substring) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        // `Each is $\nabla$ of one or both norms`: the sign of a derivative
        // alone is the word "gradient".
        if ["\\nabla", "∇", "\\partial", "∂"].contains(trimmed) { return "gradient" }
        guard trimmed.first == "\\", ["max", "min", "hinge", "relu", "argmax", "argmin"].contains(trimmed.dropFirst().lowercased()) else { return nil }
        return String(trimmed.dropFirst())
    }

    /// Whether maths is a number alone, a coefficient: `\tfrac12`,
    /// `\frac{1}{2}`, `½`, `1/2`, `2`.
    static func isCoefficient(_ text: Substring) -> Bool {
        let t = text.trimmingCharacters(in: .whitespaces)
        return t.range(of: #"^(?:\\[dt]?frac\s*(?:\{\s*\d+\s*\}|\d)\s*(?:\{\s*\d+\s*\}|\d)|\d+(?:\s*/\s*\d+)?|[½⅓¼])$"#,
                       options: .regularExpression) != nil
    }

    /// Whether maths opens with a norm's bar: `\|`, `\lVert`, `\Vert`, `‖`, `|`.
    static func opensNorm(_ text: Substring) -> Bool {
        let t = text.drop { $0.isWhitespace }
        return ["\\|", "\\lVert", "\\Vert", "\\left\\|", "\\left|", "‖", "|"].contains { t.hasPrefix($0) }
    }

    /// Whether a derivative's variable is the sample letter indexed by a
    /// letter that is no role (`f_m`, `\mathbf{f}_r`): a general index.
    static func letterIndexedVariable(_ item: MathItem) -> Bool {
        // `\frac{\partial L_r}{\partial f_m}`, or `\partial L_r / \partial f_m`:
        // the variable is what the last ∂ applies to.
        var below = NodeShapes.flatten(item.nodes)
        if below.count == 1, case let .fraction(_, _, denominator) = below[0].kind { below = NodeShapes.flatten([denominator]) }
        guard below.count >= 2, below[below.count - 2].atomToken?.kind == .command("partial"),
              case let .scripts(base, sub?, nil, 0) = NodeShapes.core(below[below.count - 1]).kind, NodeShapes.letter(base) == "f",
              let letter = NodeShapes.letter(sub) else { return false }
        return !["a", "p", "n", "A", "P", "N"].contains(letter)
    }

    /// Whether the nodes name a member of a general triplet, a sample
    /// whose index is itself indexed: `f_{n_k}`, `\mathbf{f}_{a_r}`,
    /// `f_(p_k)` in plain text. Maths in such samples is a rule for every
    /// triplet, no value of one.
    static func namesGeneralMember(_ nodes: [MathNode]) -> Bool {
        func indexedIndex(_ node: MathNode) -> Bool {
            var inner = NodeShapes.flatten([node])
            if inner.count == 1, case .fenced(_, let body, _) = inner[0].kind { inner = NodeShapes.flatten(body) }
            guard inner.count == 1, case let .scripts(base, sub?, nil, 0) = NodeShapes.core(inner[0]).kind,
                  NodeShapes.letter(base) != nil, NodeShapes.integer(sub) == nil, NodeShapes.letter(sub) != nil else { return false }
            return true
        }
        for node in nodes {
            switch NodeShapes.core(node).kind {
            case let .scripts(base, sub?, _, _):
                if NodeShapes.letter(base) == "f", indexedIndex(sub) { return true }
                if namesGeneralMember([base]) { return true }
            case .group(let inner), .fenced(_, let inner, _):
                if namesGeneralMember(inner) { return true }
            case let .fraction(_, n, d):
                if namesGeneralMember([n, d]) { return true }
            case let .command(_, _, arguments, _):
                if namesGeneralMember(arguments) { return true }
            default:
                continue
            }
        }
        return false
    }

    /// Whether a side is a sum of derivatives and nothing else.
    static func namesDerivatives(_ side: [MathNode], naming: SampleNaming) -> Bool {
        var chunks: [[MathNode]] = [[]]
        for node in NodeShapes.flatten(side) {
            if NodeShapes.operation(node) == .plus { chunks.append([]); continue }
            chunks[chunks.count - 1].append(node)
        }
        return chunks.allSatisfy { chunk in
            guard !chunk.isEmpty, case .success? = DerivativeShape.match(chunk, naming: naming) else { return false }
            return true
        }
    }

    /// A derivative whose row ends in a sum of derivatives (`\frac{\partial
    /// L}{\partial f_1} &= \frac{\partial L_1}{\partial f_1} + … \\ &= (f_5 - f_2)
    /// + …`): that row and the next, which goes on with `=`, as one item, so
    /// that the sum is working and the rows after it its chain.
    static func joiningWorkingRows(_ items: [MathItem], naming: SampleNaming) -> [MathItem] {
        var result: [MathItem] = []
        var i = 0
        while i < items.count {
            let item = items[i]
            if i + 1 < items.count, items[i + 1].separator == .row, items[i + 1].continuesChain,
               case .success? = item.head(naming), let last = item.sides.last, item.sides.count >= 2,
               namesDerivatives(last.nodes, naming: naming) {
                result.append(MathItem(separator: item.separator, nodes: item.nodes + items[i + 1].nodes))
                i += 2
                continue
            }
            result.append(item)
            i += 1
        }
        return result
    }

    /// The signed top-level terms of a side, `(f_5 − f_2) + (f_4 − f_3)`, or
    /// none if one fails to read.
    static func topLevelTerms(_ side: [MathNode], in tree: MathTree, naming: SampleNaming, allowed: Set<Symbol>) -> [LinearExpression] {
        var chunks: [[MathNode]] = []
        for node in NodeShapes.flatten(side) {
            if let op = NodeShapes.operation(node), op == .plus || op == .minus, !(chunks.last?.isEmpty ?? true) {
                chunks.append([])
            }
            if chunks.isEmpty { chunks.append([]) }
            chunks[chunks.count - 1].append(node)
        }
        var terms: [LinearExpression] = []
        for chunk in chunks {
            guard let value = try? Statements.linearForm(chunk, in: tree, naming: naming, allowed: allowed) else { return [] }
            terms.append(value)
        }
        return terms
    }
}
