import CoursecheckMaths
import CoursecheckNotation

/// What the question readers ask of one item of a maths span, read off the
/// grammar's tree: a derivative head, a statement of which sample plays a
/// role, something known not to be an answer, prose words before maths.
extension MathItem {
    /// The derivative head the item's first side is: nil when it holds no
    /// derivative, an error when it holds one that cannot be read.
    func head(_ naming: SampleNaming) -> Result<DerivativeHead, NotationError>? {
        DerivativeShape.match(sides[0].nodes, naming: naming)
    }

    /// A derivative head and nothing else (`\frac{\partial L}{\partial f_a}`,
    /// `∂L/∂f_1 (t_1)`): a derivative named in a sentence, whose value may
    /// follow ("… is $f_n - f_p$").
    func isBareHead(_ naming: SampleNaming) -> Bool {
        guard sides.count == 1, case .success? = head(naming) else { return false }
        return true
    }

    /// A head and an `=` with nothing after it (`$\frac{\partial L}{\partial f_n} =$`):
    /// its value is the maths that follows.
    func isOpenHead(_ naming: SampleNaming) -> Bool {
        // `$∂L/∂f_1 = (f_5 - f_2) + … = $ **$2f_1 - …$**`: its working
        // before the last `=` written, each side whole.
        let sides = self.sides
        guard sides.count >= 2, let last = sides.last, last.relation == .equals, NodeShapes.flatten(last.nodes).isEmpty,
              sides.dropFirst().dropLast().allSatisfy({ $0.relation == .equals && !$0.nodes.isEmpty }),
              case .success? = head(naming) else { return false }
        return true
    }

    /// The text an item follows when it was separated from the one before
    /// by text (`\text{, hence }`, prose words of a plain-text line), else "".
    var textBefore: String {
        if case .text(let s) = separator { return s }
        return ""
    }

    /// Whether any side holds a derivative sign (∂, ∇, `\pdv`, a fraction
    /// of differentials).
    var mentionsDerivative: Bool {
        sides.contains { DerivativeShape.mentionsDerivative(NodeShapes.flatten($0.nodes)) }
    }

    /// A statement of which sample plays a role: `a = 1`, `f_p = f_2`,
    /// `n = 5` (a role, `=`, one sample or its number). A colon or full
    /// stop closing it is the sentence's (`f_a = f_1, f_p = f_2, f_n = f_5:`
    /// over the part's answers; `SheetParser.withoutClosingMark`).
    func roleDefinition(_ naming: SampleNaming) -> (role: Symbol, sample: Symbol)? {
        let sides = self.sides
        guard sides.count == 2, sides[1].relation == .equals,
              let role = SampleShape.read(sides[0].nodes, naming: naming), Symbol.roles.contains(role) else { return nil }
        let value = SheetParser.withoutClosingMark(sides[1].nodes)
        if case .sample(let i)? = SampleShape.read(value, naming: SampleNaming()) { return (role, .sample(i)) }
        let flat = NodeShapes.flatten(value)
        if flat.count == 1, let n = NodeShapes.integer(flat[0]), n > 0, n < 1000 { return (role, .sample(n)) }
        return nil
    }

    /// Items of a derivative question's maths known not to answer it: a
    /// triplet `t_k = (…)`, a bare label `t_k`, `(t_k)`; a definition of the
    /// loss, `L = …`, `L(t_1) = …`, `\mathcal{L} = …`.
    func isNonAnswer(_ naming: SampleNaming) -> Bool {
        if TripletShape.read(self, naming: naming) != nil || TripletShape.readUnlabelled(self, naming: naming) != nil
            || TripletShape.readSet(self, naming: naming) != nil { return true }
        let flat = NodeShapes.flatten(nodes)
        if flat.count == 1, MathItem.isTripletLabel(flat[0]) { return true }
        // `f_1: 2/2/0`: whole numbers between slashes are a tally (how
        // often per role), never a derivative's value.
        if flat.indices.dropFirst(4).contains(where: { k in
            (0..<5).allSatisfy { j in
                j % 2 == 0 ? flat[k - 4 + j].atomToken.map({ if case .number(let d) = $0.kind { !d.contains(".") } else { false } }) == true
                    : NodeShapes.operation(flat[k - 4 + j]) == .divide
            }
        }) { return true }
        // `F = [f_1, …, f_6]`: the samples stacked under a name.
        if sampleStack(naming) != nil { return true }
        // `t_k = (a_k, p_k, n_k)`, `(a_r, p_r, n_r)`: a general triplet's
        // members by index; `[P] = 1`: what an Iverson bracket means.
        if MathItem.generalTriplet(flat) || MathItem.iversonDefinition(flat) { return true }
        // `p_k`, `n_r` alone: a general triplet's member's index, named.
        if flat.count == 1, case let .scripts(base, sub?, nil, 0) = NodeShapes.core(flat[0]).kind,
           let letter = NodeShapes.letter(base), "apn".unicodeScalars.contains(letter), NodeShapes.letter(sub) != nil { return true }
        let sides = self.sides
        if sides.count > 1 && LossShape.read(sides[0].nodes, naming: naming) != nil { return true }
        // `-> L = 0`, `→ L = 0` after words (plain text): an arrow of the
        // prose, then the loss: a statement about the loss.
        if !mentionsDerivative, sides.count > 2, sides[0].nodes.allSatisfy({ NodeShapes.operation($0) == .minus || NodeShapes.relation($0) != nil }),
           [.tendsTo, .greater].contains(sides[1].relation), LossShape.read(sides[1].nodes, naming: naming) != nil { return true }
        // A definition for a general index, `t_k = (\text{anchor}, …)`,
        // `z_i = f(x_i)`: a letter with the index i, j or k on the left of
        // its one `=` (or `:=`), no derivative in it. No answer is about a
        // general triplet or sample.
        if sides.count == 2, [.equals, .definedAs, .identical].contains(sides[1].relation), !mentionsDerivative,
           case let left = NodeShapes.flatten(sides[0].nodes), left.count == 1,
           case let .scripts(base, sub?, nil, 0) = NodeShapes.core(left[0]).kind,
           NodeShapes.letter(base) != nil, let index = NodeShapes.letter(sub), ["i", "j", "k"].contains(index) { return true }
        // `h < 0`, `\alpha > 0`: a condition on a quantity that is neither a
        // sample nor a derivative states no value.
        // So does one on the samples that starts no chain (`d(a,p) + \alpha
        // < d(a,n)`, `\|f_a - f_p\|^2 + \alpha > \|f_a - f_n\|^2`): an
        // inequality is the hinge's case, never a derivative's value.
        let inequalities: Set<Role.Relation> = [.less, .greater, .lessOrEqual, .greaterOrEqual]
        if sides.count > 1, sides.dropFirst().allSatisfy({ $0.relation.map(inequalities.contains) == true }),
           !mentionsDerivative, !MathItem.namesSamples(nodes, naming) || !continuesChain && !sides[0].nodes.isEmpty { return true }
        // `(L_t > 0)`: a condition in brackets, likewise, with the stop or
        // colon that ends its words or not ("active hinge (L > 0):").
        let unstopped = flat.count == 2 && flat[1].atomRole.map { if case .punctuation = $0 { true } else { false } } == true ? flat.dropLast() : flat[...]
        if unstopped.count == 1, case let .fenced(_, inner, _) = unstopped[unstopped.startIndex].kind, !mentionsDerivative,
           inner.contains(where: { NodeShapes.relation($0).map(inequalities.contains) == true }),
           !inner.contains(where: { NodeShapes.relation($0).map { !inequalities.contains($0) } == true }) { return true }
        // `(L ≡ 0):`, `(L = 0)`, `(L_t = 0 here)`: the loss's value in
        // brackets, a remark on the case, whatever the relation.
        if !mentionsDerivative, Self.statesLossInBrackets(nodes, naming: naming) { return true }
        // The loss or its terms (`\tfrac12\|f_a - f_p\|^2 - …`, `\hinge(\cdot)`,
        // `\frac12 (f_a - f_p)^\top (f_a - f_p) - …`): a norm, a function of a
        // placeholder, or a term of second order in the samples is in no
        // gradient's value (unless it goes on a chain, `= \|…\|`, which may
        // be a final line).
        return !continuesChain && (Self.holdsNormOrPlaceholder(nodes, depth: 0) || Self.holdsSquaredTerm(nodes, naming, depth: 0))
    }

    /// Whether the item applies the max to its arguments, the hinge
    /// written out: `max(0, ·)`, `\max(0, z)`, `max(0, .)` (the
    /// function's name, or in plain text its three letters, then its
    /// arguments in round brackets; not `argmax(…)`).
    var appliesMax: Bool {
        let flat = NodeShapes.flatten(nodes)
        func letter(_ k: Int) -> Unicode.Scalar? {
            guard k >= 0, k < flat.count, case .atom(let t, nil) = flat[k].kind, case .letter(let c) = t.kind else { return nil }
            return c
        }
        func arguments(_ k: Int) -> Bool {
            guard k < flat.count, case .fenced(let open, _, _) = flat[k].kind else { return false }
            return open.family == .parenthesis
        }
        return flat.indices.contains { k in
            if flat[k].atomRole == .functionName, flat[k].atomToken?.kind == .command("max") { return arguments(k + 1) }
            let name: [Unicode.Scalar] = ["m", "a", "x"]
            guard letter(k - 1) == nil, (0..<3).allSatisfy({ letter(k + $0) == name[$0] }) else { return false }
            return arguments(k + 3)
        }
    }

    /// Whether a node is the loss's value stated in round brackets, the
    /// loss before the first relation: `(L ≡ 0)`, `(L = 0)`, `(L_t > 0)`.
    /// A stop or colon after the bracket is the sentence's.
    static func statesLossInBrackets(_ nodes: [MathNode], naming: SampleNaming) -> Bool {
        var flat = NodeShapes.flatten(nodes)
        while let last = flat.last, case .punctuation? = last.atomRole { flat.removeLast() }
        guard flat.count == 1, case let .fenced(open, inner, _) = flat[0].kind, open.family == .parenthesis else { return false }
        let written = NodeShapes.flatten(inner)
        guard let r = written.firstIndex(where: { NodeShapes.relation($0) != nil }), r > 0 else { return false }
        return LossShape.read(Array(written[..<r]), naming: naming) != nil
    }

    /// Whether the nodes are a general triplet written by its members'
    /// indices, `(a_k, p_k, n_k)` (three letters each indexed by one
    /// letter), alone or after its label, `t_k = (a_k, p_k, n_k)`.
    static func generalTriplet(_ flat: [MathNode]) -> Bool {
        var rest = flat[...]
        if rest.count == 3, isTripletLabel(rest[rest.startIndex]), NodeShapes.relation(rest[rest.startIndex + 1]) == .equals {
            rest = rest.dropFirst(2)
        }
        guard rest.count == 1, case let .fenced(open, body, _) = rest[rest.startIndex].kind, open.family == .parenthesis else { return false }
        let parts = NodeShapes.flatten(body).split { $0.atomRole == .punctuation(.comma) }
        return parts.count == 3 && parts.allSatisfy { part in
            guard part.count == 1, case let .scripts(base, sub?, nil, 0) = NodeShapes.core(part[part.startIndex]).kind else { return false }
            return NodeShapes.letter(base) != nil && NodeShapes.letter(sub) != nil
        }
    }

    /// Whether the nodes say what an Iverson bracket means, `[P] = 1`: a
    /// letter alone in brackets, equal to a number.
    static func iversonDefinition(_ flat: [MathNode]) -> Bool {
        guard flat.count == 3, case let .fenced(open, body, _) = flat[0].kind, open.family == .bracket,
              NodeShapes.flatten(body).count == 1, NodeShapes.letter(NodeShapes.flatten(body)[0]) != nil,
              NodeShapes.relation(flat[1]) == .equals, NodeShapes.integer(flat[2]) != nil else { return false }
        return true
    }

    /// Whether the nodes are a table's size, two whole numbers with `\times`
    /// or `×` between them (`8 \times 6`).
    static func isDimension(_ nodes: [MathNode]) -> Bool {
        let flat = NodeShapes.flatten(nodes)
        return flat.count == 3 && NodeShapes.integer(flat[0]) != nil && NodeShapes.operation(flat[1]) == .times && NodeShapes.integer(flat[2]) != nil
    }

    /// The samples stacked under one letter, `F = [f_1, f_2, …, f_6]`
    /// (brackets or parentheses, an ellipsis between two samples standing
    /// for those between): the letter and the samples in order; nil for
    /// anything else. A definition, no answer.
    func sampleStack(_ naming: SampleNaming) -> (Unicode.Scalar, [Symbol])? {
        let sides = self.sides
        guard sides.count == 2, sides[1].relation == .equals else { return nil }
        let left = NodeShapes.flatten(sides[0].nodes), right = NodeShapes.flatten(sides[1].nodes)
        guard left.count == 1, let letter = NodeShapes.letter(left[0]), letter != "f", right.count == 1,
              case let .fenced(open, body, _) = right[0].kind, open.family == .bracket || open.family == .parenthesis,
              SampleShape.read(left, naming: naming) == nil else { return nil }
        var parts: [[MathNode]] = [[]]
        for node in body {
            if node.atomRole == .punctuation(.comma) { parts.append([]) } else { parts[parts.count - 1].append(node) }
        }
        guard let samples = SheetParser.tupleSamples(parts, naming: naming), samples.count >= 2 else { return nil }
        return (letter, samples)
    }

    /// Whether a norm (`\| … \|`, `\lVert … \rVert`, `‖ … ‖`) or a
    /// function's placeholder argument (`(\cdot)`) stands in the nodes.
    static func holdsNormOrPlaceholder(_ nodes: [MathNode], depth: Int) -> Bool {
        guard depth < 16 else { return false }
        for node in nodes {
            switch node.kind {
            case .fenced(let open, let body, _):
                // `|f_a - f_p|^2`: single bars around vectors are their
                // length as well (plain text has no other way to write it).
                if open.family == .doubleVert || open.family == .vert { return true }
                // `(\cdot)`, `\max(0, \cdot)`: an argument that is only a placeholder.
                let flat = NodeShapes.flatten(body)
                let arguments = flat.split(whereSeparator: { $0.atomRole == .punctuation(.comma) })
                for argument in arguments where argument.count == 1 {
                    if NodeShapes.operation(argument[argument.startIndex]) == .times || argument[argument.startIndex].atomToken?.kind == .command("cdot") { return true }
                    // `\max(0, z)`: one of several arguments a letter alone
                    // that is no role (nor `f`) is a placeholder too.
                    if arguments.count > 1, let letter = NodeShapes.letter(argument[argument.startIndex]),
                       !"apnfAPNF".unicodeScalars.contains(letter) { return true }
                }
                if holdsNormOrPlaceholder(body, depth: depth + 1) { return true }
            case .group(let inner):
                if holdsNormOrPlaceholder(inner, depth: depth + 1) { return true }
            case let .scripts(base, sub, sup, _):
                if holdsNormOrPlaceholder([base] + [sub, sup].compactMap { $0 }, depth: depth + 1) { return true }
            case let .fraction(_, numerator, denominator):
                if holdsNormOrPlaceholder([numerator, denominator], depth: depth + 1) { return true }
            case let .command(_, _, arguments, _):
                if holdsNormOrPlaceholder(arguments, depth: depth + 1) { return true }
            default:
                continue
            }
        }
        return false
    }

    /// `t_k`, `t_{k}`, `(t_k)`: a triplet's label.
    static func isTripletLabel(_ node: MathNode) -> Bool {
        let core = NodeShapes.core(node)
        switch core.kind {
        case let .scripts(base, sub?, nil, 0):
            return NodeShapes.isTripletLetter(base) && (NodeShapes.integer(sub) != nil || NodeShapes.letter(sub) != nil)
        case .fenced(let open, let body, _) where open.family == .parenthesis:
            let flat = NodeShapes.flatten(body)
            return flat.count == 1 && isTripletLabel(flat[0])
        default:
            return false
        }
    }

    /// The prose words a line of plain text starts with (`so`, `which
    /// gives`, `hence:`): runs of two or more letters written together
    /// that are not a sample (`fa` in plain text is f_a), and colons. The
    /// number of nodes they take and their words.
    func leadingProse(_ naming: SampleNaming) -> (count: Int, words: [String]) {
        var i = 0
        var words: [String] = []
        while i < nodes.count {
            if nodes[i].atomRole == .punctuation(.colon) { words.append(":"); i += 1; continue }
            if SampleShape.read(nodes, at: i, naming: naming) != nil { break }
            var j = i
            var word = String.UnicodeScalarView()
            while j < nodes.count, case .atom(let t, nil) = nodes[j].kind, case .letter(let c) = t.kind, c.isASCII,
                  j == i || t.glued {
                word.append(c)
                j += 1
            }
            guard word.count >= 2 else { break }
            words.append(String(word))
            i = j
        }
        return (i, words)
    }

    /// Whether a plain-text item's source is signs and words of three
    /// letters or more only (`= sum`, `= sum over triplets:`).
    func plainWordsBesideSigns(_ source: String) -> Bool {
        let words = source.split(whereSeparator: { "=:<>→ \t".contains($0) })
        return source.contains(where: { "=<>→".contains($0) }) && !words.isEmpty
            && words.allSatisfy { $0.count >= 3 && $0.allSatisfy { $0.isASCII && $0.isLetter } }
    }

    /// Whether the nodes hold something an answer is made of: a number, a
    /// sample, a relation.
    static func holdsValue(_ nodes: [MathNode], _ naming: SampleNaming) -> Bool {
        for (i, node) in nodes.enumerated() {
            if NodeShapes.relation(node) != nil || SampleShape.read(nodes, at: i, naming: naming) != nil { return true }
            switch node.kind {
            case .atom(let t, _):
                if case .number = t.kind { return true }
            case .group(let inner), .fenced(_, let inner, _):
                if holdsValue(inner, naming) { return true }
            case let .fraction(_, n, d):
                if holdsValue([n], naming) || holdsValue([d], naming) { return true }
            case let .scripts(base, _, _, _):
                if holdsValue([base], naming) { return true }
            case let .command(_, _, arguments, _):
                if holdsValue(arguments, naming) { return true }
            default:
                continue
            }
        }
        return false
    }

    /// Whether the nodes name a sample anywhere (`\{f_1, f_4\}`): maths
    /// that describes samples, not a calculation.
    static func namesSamples(_ nodes: [MathNode], _ naming: SampleNaming = SampleNaming()) -> Bool {
        for (i, node) in nodes.enumerated() {
            if SampleShape.read(nodes, at: i, naming: naming) != nil { return true }
            switch node.kind {
            case .group(let inner), .fenced(_, let inner, _):
                if namesSamples(inner, naming) { return true }
            case let .fraction(_, n, d):
                if namesSamples([n], naming) || namesSamples([d], naming) { return true }
            case let .scripts(base, sub, sup, _):
                if namesSamples([base] + [sub, sup].compactMap { $0 }, naming) { return true }
            case let .command(_, _, arguments, _):
                if namesSamples(arguments, naming) { return true }
            case .environment(_, _, let rows):
                if rows.contains(where: { $0.contains { namesSamples($0, naming) } }) { return true }
            default:
                continue
            }
        }
        return false
    }
}

extension DerivativeHead {
    /// k of the triplet the loss's label names: `L_{t_2}`, `L(t_2)`, `L_2`,
    /// `… t_2`, or `L(f_1, f_2, f_5)` when those are the k-th triplet's
    /// samples in order.
    func triplet(in triplets: [[Int]]) -> Int? {
        switch loss.label {
        case .triplet(let k): return k
        case .samples(let symbols):
            let numbers = symbols.compactMap { if case .sample(let i) = $0 { i } else { nil } }
            guard numbers.count == 3, let k = triplets.firstIndex(of: numbers) else { return nil }
            return k + 1
        default: return nil
        }
    }
}

extension MathItem {
    /// The items of a line of plain text with its prose taken out: a word
    /// of two letters or more written apart (`so`, `and`, `hinge`, not
    /// `dL/` or `max(` or a sample `fa`), a number between such words
    /// (`the 8 triplets`), and a remark in parentheses made of words
    /// (`(hinge inactive)`) separate items as `\text{…}` does in TeX; the
    /// item after them carries the words as its separator.
    /// Plain text that runs one answer into the next with nothing between
    /// (`∂L/∂f₁ = f₁ − f₃ ∂L/∂f₂ = 0`, as Word joins a paragraph's lines):
    /// an item is cut before a derivative that follows a whole value and is
    /// followed by `=`. Anything else stays one item.
    static func splittingHeads(_ items: [MathItem], in tree: MathTree, naming: SampleNaming) -> [MathItem] {
        let allowed = Set(Symbol.roles + (1...99).map { Symbol.sample($0) })
        var result: [MathItem] = []
        for item in items {
            var rest = item
            var cut: Int?
            repeat {
                cut = nil
                let nodes = rest.nodes
                var valueStart: Int?
                for (e, node) in nodes.enumerated() where NodeShapes.relation(NodeShapes.core(node)) == .equals {
                    defer { valueStart = e + 1 }
                    guard let start = valueStart, e - start >= 2 else { continue }
                    for j in (start + 1)..<e where mayStartHead(nodes[j]) {
                        // The value before must be one (0, or a form in the
                        // samples): `= 2 dL/dfp` may be a product.
                        guard case .success? = DerivativeShape.match(Array(nodes[j..<e]), naming: naming),
                              let value = try? Statements.linearForm(Array(nodes[start..<j]), in: tree, naming: naming, allowed: allowed),
                              value == .zero || !value.isConstant
                        else { continue }
                        cut = j
                        break
                    }
                    if cut != nil { break }
                }
                if let j = cut {
                    result.append(MathItem(separator: rest.separator, nodes: Array(rest.nodes[..<j])))
                    rest = MathItem(separator: .space, nodes: Array(rest.nodes[j...]))
                }
            } while cut != nil
            result.append(rest)
        }
        return result
    }

    /// Whether a node can begin a derivative head: ∂, d, ∇ (a command or a
    /// letter, with scripts or not), or a fraction.
    static func mayStartHead(_ node: MathNode) -> Bool {
        var core = NodeShapes.core(node)
        if case .scripts(let base, _, _, _) = core.kind { core = NodeShapes.core(base) }
        switch core.kind {
        case .fraction, .command: return true
        case .atom(let t, _):
            switch t.kind {
            case .letter(let c): return c == "d" || c == "D"
            case .command: return true
            default: return false
            }
        default: return false
        }
    }

    static func splittingProse(_ items: [MathItem], in tree: MathTree, naming: SampleNaming) -> [MathItem] {
        var result: [MathItem] = []
        // An item of words alone (`The loss is active, so we differentiate
        // …`): a clause of the sentence, whose words go before the next
        // item's words with the punctuation that ended it.
        var clause = ""
        for (n, item) in items.enumerated() {
            let (nodes, prose) = unwrappingRestValues(item.nodes, proseMask(item.nodes, in: tree, naming: naming), in: tree, naming: naming)
            guard prose.contains(true) || nodes.contains(where: { isTripletListAside($0, in: tree) }) else { result.append(item); clause = ""; continue }
            var current = MathItem(separator: item.separator, nodes: [])
            // The prose between two pieces of maths, as written.
            var words: Range<Int>?
            for (k, (node, isProse)) in zip(nodes, prose).enumerated() {
                // `dL/df1 (total) = …`: a remark in words between a derivative
                // and its `=` says which derivative it is; the head goes on.
                // So does the list of the triplets its sum runs over
                // (`dL/df1 (t1,2,3,5) = …`, `dL/df_5 (t_1, t_5, t_6) = …`).
                if isProse && !tree.text(node.range).contains(where: { $0.isNumber }) || isTripletListAside(node, in: tree),
                   words == nil, case .fenced(let open, _, _) = node.kind, open.family == .parenthesis,
                   k + 1 < nodes.count, NodeShapes.relation(NodeShapes.core(nodes[k + 1])) == .equals,
                   case .success? = DerivativeShape.match(current.nodes, naming: naming) {
                    continue
                }
                // `Collecting: dL/df_a = …`: a colon that ends words is
                // theirs, as `\text{Collecting: }` would be in TeX.
                if !isProse, current.nodes.isEmpty, let range = words, node.atomRole == .punctuation(.colon) {
                    words = range.lowerBound..<node.range.upperBound
                    continue
                }
                if isProse {
                    if !current.nodes.isEmpty { result.append(current); current = MathItem(separator: .start, nodes: []) }
                    words = (words?.lowerBound ?? node.range.lowerBound)..<node.range.upperBound
                } else {
                    if current.nodes.isEmpty, let range = words {
                        current.separator = .text(clause.isEmpty ? Self.markBefore(item, words: range) + tree.text(range) : clause + tree.text(range))
                        words = nil
                    }
                    clause = ""
                    current.nodes.append(node)
                }
            }
            if !current.nodes.isEmpty { result.append(current) }
            // (A clause after a line break is a new line's: it goes on no sentence.)
            if !prose.contains(false), let range = words, [.start, .comma, .semicolon, .period].contains(item.separator) {
                let mark: String = switch n + 1 < items.count ? items[n + 1].separator : .start {
                case .comma: ", "
                case .semicolon: "; "
                case .period: ". "
                default: " "
                }
                clause += tree.text(range) + mark
            } else {
                clause = ""
            }
        }
        return result
    }

    /// The comma, semicolon or full stop that ended the item before, when
    /// the item opens on its words (`…, with respect to the positive it is
    /// f_p − f_a`): it stays with them, as it does with the prose between
    /// two maths of TeX, so that the clause it opens is read as one; after
    /// a full stop (`… the negative f5. So the gradient with respect to f1
    /// is …`) the samples named before it are not the next sentence's
    /// (`parseDerivatives`).
    static func markBefore(_ item: MathItem, words: Range<Int>) -> String {
        guard let first = item.nodes.first, first.range.lowerBound == words.lowerBound else { return "" }
        switch item.separator {
        case .comma: return ", "
        case .semicolon: return "; "
        case .period: return ". "
        default: return ""
        }
    }

    /// A remark in brackets after answers that gives the samples left a
    /// value (`(others 0)`, `(the rest 0)`, `(all others are 0)`, `(everything
    /// else 0)`: words and one number, nothing else) is no remark: its words and its value are read as written
    /// without the brackets (`…, others 0`), so the rule for the samples
    /// left reads them. Any other bracket is kept as it is.
    static func unwrappingRestValues(_ nodes: [MathNode], _ prose: [Bool], in tree: MathTree, naming: SampleNaming) -> ([MathNode], [Bool]) {
        guard prose.contains(true) else { return (nodes, prose) }
        var outNodes: [MathNode] = [], outProse: [Bool] = []
        for (node, isProse) in zip(nodes, prose) {
            if isProse, case .fenced(let open, let body, _) = node.kind, open.family == .parenthesis, let range = body.range,
               namesTheRest(tree.text(range)) {
                let inner = proseMask(body, in: tree, naming: naming)
                let values = zip(body, inner).filter { !$1 }
                if values.count == 1, case .atom(let t, _) = values[0].0.kind, case .number = t.kind {
                    outNodes += body
                    outProse += inner
                    continue
                }
            }
            outNodes.append(node)
            outProse.append(isProse)
        }
        return (outNodes, outProse)
    }

    /// Where a letter's plural written with an apostrophe ends (`f's`,
    /// `x’s`: the letter, `'` or `’`, then `s` right after), from `i`;
    /// nil when none starts there.
    static func pluralLetterEnd(_ nodes: [MathNode], at i: Int) -> Int? {
        func isS(_ k: Int) -> Bool {
            guard k < nodes.count, case .atom(let t, nil) = nodes[k].kind, case .letter("s") = t.kind else { return false }
            return nodes[k].range.lowerBound == nodes[k - 1].range.upperBound
        }
        func isLetter(_ node: MathNode) -> Bool {
            if case .atom(let t, nil) = node.kind, case .letter(let c) = t.kind, c.isASCII { return true }
            return false
        }
        if case let .scripts(base, nil, nil, 1) = nodes[i].kind, isLetter(base), isS(i + 1) { return i + 2 }
        if isLetter(nodes[i]), i + 1 < nodes.count, case .atom(let t, _) = nodes[i + 1].kind, t.kind == .other("’"),
           nodes[i + 1].range.lowerBound == nodes[i].range.upperBound, isS(i + 2) { return i + 3 }
        return nil
    }

    /// Whether words name the samples left: "others", "the rest",
    /// "everything else", "all else", "remaining", "the other (three)
    /// samples", "all other gradients".
    static func namesTheRest(_ text: String) -> Bool {
        let words = text.lowercased().split { !$0.isLetter }
        return words.indices.contains { i in
            ["others", "rest", "remaining"].contains(words[i])
                || words[i] == "else" && i > 0 && DerivativeContext.wholeWords.contains(words[i - 1])
                || words[i] == "other" && (DerivativeContext.namesOtherSamples(words, at: i) || namesOtherDerivatives(words, at: i))
        }
    }

    /// Whether "other" at `i` names the derivatives left: "all other
    /// gradients", "the other three derivatives" ("the", "all", "every",
    /// "any" before it, a number between or not).
    static func namesOtherDerivatives(_ words: [Substring], at i: Int) -> Bool {
        var next = i + 1
        if next < words.count, ["two", "three", "four", "five"].contains(words[next]) { next += 1 }
        guard next < words.count, ["gradients", "derivatives", "grads", "partials"].contains(words[next]) else { return false }
        return i > 0 && ["the", "all", "every", "any"].contains(words[i - 1])
    }

    /// Whether a node is a bracketed list of triplets' labels (`(t1,2,3,5)`,
    /// `(t_1, t_5, t_6)`, `(t1, t2)`): the first a `t` with its index, the
    /// others its index alone or likewise labelled.
    static func isTripletListAside(_ node: MathNode, in tree: MathTree) -> Bool {
        guard case .fenced(let open, _, _) = node.kind, open.family == .parenthesis else { return false }
        let label = #"t_?\{?[0-9]\}?"#
        let item = #"(?:t_?)?\{?[0-9]\}?"#
        return tree.text(node.range).range(of: #"^\(\s*"# + label + #"(?:\s*,\s*"# + item + #")*\s*\)$"#, options: .regularExpression) != nil
    }

    /// Whether a bracketed group of plain text is a remark in words about
    /// no sample (`(loss > 0)`, `(alpha is constant)`, `(margin > 0 for
    /// all 8)`): words, and besides them only numbers, symbols, commas,
    /// an order between them (`<`, `>`, `≤`, `≥`, `≠`) and implications
    /// (`=>`). Nothing in it
    /// can be an answer: no sample, no `=`, no derivative.
    static func isRemark(_ body: [MathNode], prose: [Bool], naming: SampleNaming) -> Bool {
        guard prose.contains(true) else { return false }
        for (k, node) in zip(body.indices, body) where !prose[k] {
            if SampleShape.read(body, at: k, naming: naming) != nil { return false }
            switch node.kind {
            case .scripts where MathItem.isTripletLabel(node):
                continue
            // `(the 1/2 cancels the 2 of the square)`: a fraction of whole
            // numbers the words speak of.
            case let .fraction(_, numerator, denominator) where NodeShapes.integer(numerator) != nil && NodeShapes.integer(denominator) != nil:
                continue
            case .atom(let t, let role):
                switch role {
                case .relation(let r)?:
                    guard [.less, .greater, .lessOrEqual, .greaterOrEqual, .notEqual].contains(r) else { return false }
                // `(anchor in t_1, t_2; positive in t_3)`: triplets' labels
                // and the semicolons between lists are the remark's too.
                case .symbol?, .punctuation(.comma)?, .punctuation(.semicolon)?: continue
                case .operation(.divide)? where k > body.startIndex && k + 1 < body.endIndex
                    && NodeShapes.integer(body[k - 1]) != nil && NodeShapes.integer(body[k + 1]) != nil: continue
                // `(hinge is 0 there => no grad)`: one remark leading to another,
                // and the word "grad" alone (no sample under it) a word.
                case .implication?, .nabla?: continue
                case nil:
                    if case .number = t.kind { continue }
                    return false
                default: return false
                }
            default: return false
            }
        }
        return true
    }

    /// Where a numeral that starts at node k ends: a whole or decimal number,
    /// a vulgar fraction (`½`), or a number over a number (`1/2`); nil when
    /// none starts there.
    static func numeral(_ nodes: [MathNode], at k: Int) -> Int? {
        func number(_ i: Int) -> Bool {
            guard i < nodes.count, case .atom(let t, _) = nodes[i].kind else { return false }
            switch t.kind {
            case .number: return true
            case .other(let c): return c.properties.numericType != nil
            default: return false
            }
        }
        guard number(k) else { return nil }
        if k + 2 < nodes.count, NodeShapes.operation(nodes[k + 1]) == .divide, number(k + 2) { return k + 3 }
        return k + 1
    }

    /// Whether words say a value is to be scaled ("times 2", "twice",
    /// "doubled", "half", "divided by"): no remark beside the value.
    /// (In words that say something cancels, a scaling word after "the" is
    /// a noun of the working, no change: `(the halves cancel the squares'
    /// factor 2)`; `(the halves cancel, times 2)` scales.)
    static func scales(_ text: String) -> Bool {
        guard ChangingWords.mayChange(text) else { return false }
        let words = text.lowercased().split { !$0.isLetter }
        let cancels = words.contains { $0.hasPrefix("cancel") }
        return words.indices.contains { k in
            ChangingWords.scaling.contains(words[k]) && !(cancels && words[max(0, k - 2)..<k].contains("the"))
        }
    }

    /// The verbs after "I" that make it the writer (`… I get f_n - f_p`).
    static let writersVerbs: Set<String> = ["get", "got", "have", "had", "find", "found", "obtain", "obtained", "computed", "compute",
                                            "derived", "derive", "end", "ended", "arrive", "arrived", "see", "saw"]

    /// Adverbs after "I" that make it the writer (`(I first had f6 - f4
    /// here, …)`).
    static let writersAdverbs: Set<String> = ["first", "initially", "originally", "previously", "accidentally", "mistakenly", "wrongly"]

    /// Which nodes of a plain-text item are prose.
    static func proseMask(_ nodes: [MathNode], in tree: MathTree, naming: SampleNaming) -> [Bool] {
        var mask = Array(repeating: false, count: nodes.count)
        // `grad of L w.r.t. f_1 = …`: a derivative in words is maths, its words too.
        if nodes.contains(where: { NodeShapes.core($0).atomRole == .respect }) {
            let head = Array(nodes.prefix { NodeShapes.relation($0) == nil })
            if case .success(let h)? = DerivativeShape.match(head, naming: naming), h.form == .words { return mask }
        }
        func isSpace(_ offset: Int) -> Bool {
            offset < 0 || offset >= tree.source.count || tree.source[offset].properties.isWhitespace
        }
        // What may stand before a word, and after it: `(hinge inactive)`,
        // `[ok]`, never `max(` or `dL/`.
        func isStop(_ offset: Int, after: Bool) -> Bool {
            isSpace(offset) || (after ? ",.:;!?)]" : ",.:;!?([").unicodeScalars.contains(tree.source[offset])
                || tree.source[offset] == "/" && wordBeyond(offset, after: after)
        }
        // `anchor/positive/negative`: a slash between words of three
        // letters or more is "or" (`dL/df_1` has none such).
        func wordBeyond(_ slash: Int, after: Bool) -> Bool {
            var k = after ? slash + 1 : slash - 1, n = 0
            while k >= 0, k < tree.source.count, Prose.isLetter(tree.source[k]) { n += 1; k += after ? 1 : -1 }
            guard n >= 3 else { return false }
            var m = 0
            k = after ? slash - 1 : slash + 1
            while k >= 0, k < tree.source.count, Prose.isLetter(tree.source[k]) { m += 1; k += after ? -1 : 1 }
            return m >= 3
        }
        func letter(_ node: MathNode) -> Bool {
            if case .atom(let t, nil) = node.kind, case .letter(let c) = t.kind, c.isASCII { return true }
            return false
        }
        var i = 0
        while i < nodes.count {
            // "with respect to", `w.r.t.` outside a derivative in words
            // (`With respect to f3, f4 and f6 the gradient is 0`): words.
            if NodeShapes.core(nodes[i]).atomRole == .respect, case .atom = nodes[i].kind {
                mask[i] = true
                i += 1
                continue
            }
            // `f's`, `x’s` ("all other f's: 0"): a letter's plural or
            // possessive is a word, never the letter with a prime.
            if let end = pluralLetterEnd(nodes, at: i), isStop(nodes[i].range.lowerBound - 1, after: false),
               isStop(nodes[end - 1].range.upperBound, after: true) {
                for k in i..<end { mask[k] = true }
                i = end
                continue
            }
            // A run of letters written together.
            var j = i
            while j < nodes.count, letter(nodes[j]), j == i || !isSpace(nodes[j].range.lowerBound - 1) { j += 1 }
            // (`the squares' factor`: a plural's possessive, its last letter
            // read with a prime, ends the word.)
            if j > i, j < nodes.count, !isSpace(nodes[j].range.lowerBound - 1), case let .scripts(base, nil, nil, 1) = nodes[j].kind, letter(base) { j += 1 }
            let firstWord = j
            // `non-zero`, `one-level`: words of two letters or more joined
            // by a hyphen written without spaces are one word. So is a
            // letter joined to a word of three letters or more
            // (`a-derivative`, `p-gradient`, `n-term`): a role's letter
            // naming a word, never `a-p` or `f_a-f_n`.
            while j - i >= 1, j + 2 < nodes.count, NodeShapes.operation(nodes[j]) == .minus,
                  !isSpace(nodes[j].range.lowerBound - 1), !isSpace(nodes[j].range.upperBound) {
                var k = j + 1
                while k < nodes.count, letter(nodes[k]), k == j + 1 || !isSpace(nodes[k].range.lowerBound - 1) { k += 1 }
                guard k - (j + 1) >= (j - i >= 2 ? 2 : 3), SampleShape.read(nodes, at: j + 1, naming: naming) == nil else { break }
                j = k
            }
            // (A role's letter joined to a word is the word's, not a sample.)
            let letterJoined = firstWord - i == 1 && j > firstWord
            if j - i >= 2, isStop(nodes[i].range.lowerBound - 1, after: false), isStop(nodes[j - 1].range.upperBound, after: true),
               letterJoined || SampleShape.read(nodes, at: i, naming: naming) == nil {
                for k in i..<j { mask[k] = true }
                i = j
                continue
            }
            // `3-dim`, `2-norm`, `1-D`: a number joined by a hyphen to a
            // word (or to D, for dimensions) is a word too.
            if let end = numberedWord(nodes, at: i, naming: naming, joined: { !isSpace($0) }),
               isStop(nodes[i].range.lowerBound - 1, after: false), isStop(nodes[end - 1].range.upperBound, after: true) {
                for k in i..<end { mask[k] = true }
                i = end
                continue
            }
            // (`[ok]`, `[checked]`: a note in square brackets, likewise.)
            // (Not a remark that scales the value: `[times 2]`, `(halved)`.)
            if case .fenced(let open, let body, _) = nodes[i].kind, open.family == .parenthesis || open.family == .bracket, !body.isEmpty,
               let range = body.range, !Self.scales(tree.text(range)) {
                let inner = proseMask(body, in: tree, naming: naming)
                if inner.allSatisfy({ $0 }) || zip(body, inner).allSatisfy({ $1 || $0.atomRole == .punctuation(.comma) }) && inner.contains(true)
                    || isRemark(body, prose: inner, naming: naming) {
                    mask[i] = true
                }
            }
            i = max(j, i + 1)
        }
        // The word of prose that starts at node k, lowercased ("" when none).
        func wordAt(_ k: Int) -> String {
            var word = ""
            var w = k
            while w < nodes.count, mask[w], case .atom(let l, nil) = nodes[w].kind, case .letter(let c) = l.kind {
                word.unicodeScalars.append(c)
                w += 1
                if w < nodes.count, isSpace(nodes[w].range.lowerBound - 1) { break }
            }
            return word.lowercased()
        }
        for k in nodes.indices where !mask[k] {
            // "partial derivative(s)" in words is the word, not `∂`
            // (`Every partial derivative vanishes: dL/df_a = 0, …`).
            if nodes[k].atomToken?.kind == .command("partial"), nodes[k].range.count == 7, k + 1 < nodes.count, mask[k + 1],
               wordAt(k + 1).hasPrefix("deriv") {
                mask[k] = true
            }
            // "I" before a verb of working is the writer (`with respect
            // to f_a I get f_n - f_p`), never a letter of the maths. (Not
            // a hedge, "I think", which leaves the value in doubt.)
            // (So in a remark in brackets: `(I had the order mixed up at first)`.)
            if case .atom(let t, nil) = nodes[k].kind, t.kind == .letter("I"), isStop(nodes[k].range.lowerBound - 1, after: false),
               isSpace(nodes[k].range.upperBound), k + 1 < nodes.count, mask[k + 1],
               Self.writersVerbs.contains(wordAt(k + 1)) || Self.writersAdverbs.contains(wordAt(k + 1)) {
                mask[k] = true
            }
        }
        // A number between words is theirs: "the 8 triplets"; so is one
        // after a word that a colon closes, a label's ("Sample 1: in t1 …").
        for k in nodes.indices where !mask[k] {
            guard case .atom(let t, _) = nodes[k].kind, case .number = t.kind, k > 0, k + 1 < nodes.count, mask[k - 1] else { continue }
            if mask[k + 1] {
                mask[k] = true
            } else if nodes[k + 1].atomRole == .punctuation(.colon) {
                mask[k] = true
                mask[k + 1] = true
            }
        }
        // The word of prose that ends just before node k ("" when none).
        func wordBefore(_ k: Int) -> String {
            var w = k - 1
            var word = ""
            while w >= 0, mask[w], letter(nodes[w]), case .atom(let l, nil) = nodes[w].kind, case .letter(let c) = l.kind {
                word = String(Character(c)) + word
                if w == 0 || isSpace(nodes[w].range.lowerBound - 1) { break }
                w -= 1
            }
            return word.lowercased()
        }
        // `in Question 5.`, `see Part 2`: the number after a question's
        // word names it; it is no value.
        for k in nodes.indices where !mask[k] && k > 0 && mask[k - 1] {
            guard case .atom(let t, _) = nodes[k].kind, case .number = t.kind else { continue }
            if ["question", "part", "exercise", "problem", "task", "aufgabe", "teil"].contains(wordBefore(k)) { mask[k] = true }
        }
        // `the ½ cancels the 2`, `(the 1/2 and the 2 cancel)`: a number
        // after "the" names that number in the working, as a noun; it states
        // no value. It is theirs when words, a stop or the end follow it.
        for k in nodes.indices where !mask[k] && k > 0 && mask[k - 1] && wordBefore(k) == "the" {
            guard let end = Self.numeral(nodes, at: k) else { continue }
            let stops: Set<Role> = [.punctuation(.comma), .punctuation(.colon), .punctuation(.period), .punctuation(.semicolon)]
            guard end == nodes.count || mask[end] || nodes[end].atomRole.map(stops.contains) == true else { continue }
            for m in k..<end { mask[m] = true }
        }
        // `grads wrt f1..f6, active hinge`: a range of samples after words
        // (`f1..f6`, `f_1...f_6`, `f1…f6`) names them; it is no value.
        for k in nodes.indices where !mask[k] && k > 0 && mask[k - 1] {
            guard let (_, next) = SampleShape.read(nodes, at: k, naming: naming) else { continue }
            var j = next, dots = 0
            while j < nodes.count, nodes[j].atomRole == .punctuation(.period) { dots += 1; j += 1 }
            if dots == 0, j < nodes.count, nodes[j].atomToken.map({ [.command("dots"), .command("ldots"), .command("cdots")].contains($0.kind) }) == true {
                dots = 2
                j += 1
            }
            guard dots >= 2, let (_, end) = SampleShape.read(nodes, at: j, naming: naming) else { continue }
            for m in k..<end { mask[m] = true }
        }
        // A question mark ends a sentence of words (a question restated,
        // "… with respect to f_a, f_p and f_n?"): it is theirs, never maths.
        for k in nodes.indices where !mask[k] {
            if case .atom(let t, _) = nodes[k].kind, t.kind == .other("?") { mask[k] = true }
        }
        // Between words: an arrow joins clauses ("hinge active -> differentiate
        // the distances"): it relates no maths, so it is theirs too. So is
        // the article "a" standing alone ("only the anchor gets a gradient"),
        // not the anchor's letter — unless a verb follows it ("the gradient
        // for a is fp - fn": the anchor, named). So is the article opening
        // a clause, after its stop or at the start of the words ("as in Q3;
        // a sample outside the triplet has zero gradient"), unless "and" or
        // "or" follows it ("a and p swap": the roles).
        let verbs: Set<String> = ["is", "gets", "get", "has", "have", "receives", "equals", "are", "was", "becomes"]
        let clauseStops: Set<Role> = [.punctuation(.semicolon), .punctuation(.colon), .punctuation(.comma), .punctuation(.period)]
        for k in nodes.indices where !mask[k] && k + 1 < nodes.count && mask[k + 1] {
            let afterWord = k > 0 && mask[k - 1] && letter(nodes[k - 1])
            let opensClause = k == 0 || nodes[k - 1].atomRole.map(clauseStops.contains) == true
            if k > 0, mask[k - 1], NodeShapes.relation(nodes[k]) == .tendsTo || nodes[k].atomRole == .implication { mask[k] = true; continue }
            guard afterWord || opensClause, case .atom(let t, nil) = nodes[k].kind, t.kind == .letter("a"), letter(nodes[k + 1]),
                  isSpace(nodes[k].range.lowerBound - 1), isSpace(nodes[k].range.upperBound) else { continue }
            var next = ""
            var j = k + 1
            while j < nodes.count, mask[j], case .atom(let l, nil) = nodes[j].kind, case .letter(let c) = l.kind {
                next.unicodeScalars.append(c)
                j += 1
                if j < nodes.count, isSpace(nodes[j].range.lowerBound - 1) { break }
            }
            if !verbs.contains(next.lowercased()), afterWord || !["and", "or"].contains(next.lowercased()) { mask[k] = true }
        }
        return mask
    }
}
