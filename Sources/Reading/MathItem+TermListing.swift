import CoursecheckNotation

extension MathItem {
    /// Whether the item lists a sample's terms by the triplets they come
    /// from, each a triplet's label, a colon and a term, in brackets after
    /// the labels or alone (`termsByTriplet`).
    func listsTermsByTriplet(_ naming: SampleNaming) -> Bool {
        termsByTriplet(naming) != nil
    }

    /// The terms of an item that lists a sample's terms by the triplets
    /// they come from, each a triplet's label, a colon and a term, in
    /// brackets after the labels or alone (this assignment's t_1 = (1, 2, 5),
    /// t_2 = (1, 3, 4), t_5 = (3, 1, 5), t_7 = (6, 4, 3), t_8 = (6, 4, 2)):
    ///
    ///     f_1 appears in t_1, t_2, t_5 (t_1: f_5 - f_2, t_2: f_4 - f_3, t_5: f_1 - f_3)
    ///     t7: f4 - f6; t8: f4 - f6
    ///     f₃: t₂: f₃ − f₁, t₅: f₅ − f₁
    ///
    /// Working that gathers what Question 6's sum adds, never its value: no
    /// relation and no derivative in it, every term naming a sample. Each
    /// term is the triplet's number and the term's nodes; nil for any
    /// other item.
    func termsByTriplet(_ naming: SampleNaming) -> [(triplet: Int, value: [MathNode])]? {
        guard !mentionsDerivative else { return nil }
        var rest = NodeShapes.flatten(nodes)[...]
        while let last = rest.last, last.atomRole == .punctuation(.period) || last.atomRole == .punctuation(.semicolon) { rest.removeLast() }
        // The sample the list is for, with its colon (`f_4: t_2: …`).
        if let (_, next) = SampleShape.read(Array(rest), at: 0, naming: naming), next < rest.count,
           rest[rest.startIndex + next].atomRole == .punctuation(.colon) {
            rest = rest.dropFirst(next + 1)
        }
        // The labels named before the list (`t_1, t_2, t_5 (…)`), each not
        // followed by its colon.
        while let first = rest.first,
              first.atomRole == .punctuation(.comma)
                || MathItem.isTripletLabel(first) && rest.dropFirst().first?.atomRole != .punctuation(.colon) {
            rest.removeFirst()
        }
        if rest.count == 1, case let .fenced(open, body, _) = rest[rest.startIndex].kind,
           open.family == .parenthesis || open.family == .bracket {
            rest = NodeShapes.flatten(body)[...]
        }
        let terms = rest.split { $0.atomRole == .punctuation(.comma) || $0.atomRole == .punctuation(.semicolon) }
        guard !terms.isEmpty, terms.allSatisfy({ Self.labelledTerm($0, naming) }) else { return nil }
        return terms.compactMap { term -> (triplet: Int, value: [MathNode])? in
            guard let k = Self.tripletNumber(term[term.startIndex]) else { return nil }
            return (k, Array(term.dropFirst(2)))
        }
    }

    /// `t_1: f_5 - f_2`: a triplet's label, a colon, and a term in the
    /// samples with no relation in it.
    static func labelledTerm(_ term: ArraySlice<MathNode>, _ naming: SampleNaming) -> Bool {
        guard term.count >= 3, isTripletLabel(term[term.startIndex]),
              term[term.startIndex + 1].atomRole == .punctuation(.colon) else { return false }
        let value = Array(term.dropFirst(2))
        return !value.contains(where: { NodeShapes.relation($0) != nil }) && namesSamples(value, naming)
    }

    /// k of a triplet's label by number, `t_5`, `t5`, `(t_5)`; nil for a
    /// label by letter (`t_k`).
    static func tripletNumber(_ node: MathNode) -> Int? {
        let core = NodeShapes.core(node)
        switch core.kind {
        case let .scripts(base, sub?, nil, 0) where NodeShapes.isTripletLetter(base):
            return NodeShapes.integer(sub)
        case .fenced(let open, let body, _) where open.family == .parenthesis:
            let flat = NodeShapes.flatten(body)
            return flat.count == 1 ? tripletNumber(flat[0]) : nil
        default:
            return nil
        }
    }
}
