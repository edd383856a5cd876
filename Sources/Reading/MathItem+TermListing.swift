import CoursecheckNotation

extension MathItem {
    /// Whether the item lists a sample's terms by the triplets they come
    /// from, each a triplet's label, a colon and a term, in brackets after
    /// the labels or alone:
    ///
    ///     f_1 appears in t_1, t_2, t_5 (t_1: f_5 - f_2, t_2: f_4 - f_3, t_5: f_1 - f_3)
    ///     t1: f4 - f6; t7: f4 - f6
    ///     f₃: t₂: f₃ − f₁, t₄: f₃ − f₂
    ///
    /// Working that gathers what Question 6's sum adds, never its value: no
    /// relation and no derivative in it, every term naming a sample.
    func listsTermsByTriplet(_ naming: SampleNaming) -> Bool {
        guard !mentionsDerivative else { return false }
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
        return !terms.isEmpty && terms.allSatisfy { Self.labelledTerm($0, naming) }
    }

    /// `t_1: f_5 - f_2`: a triplet's label, a colon, and a term in the
    /// samples with no relation in it.
    static func labelledTerm(_ term: ArraySlice<MathNode>, _ naming: SampleNaming) -> Bool {
        guard term.count >= 3, isTripletLabel(term[term.startIndex]),
              term[term.startIndex + 1].atomRole == .punctuation(.colon) else { return false }
        let value = Array(term.dropFirst(2))
        return !value.contains(where: { NodeShapes.relation($0) != nil }) && namesSamples(value, naming)
    }
}
