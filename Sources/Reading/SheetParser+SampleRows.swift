import CoursecheckAssignment
import CoursecheckMaths
import CoursecheckNotation

/// What a row of Question 5.k opened by one sample and a colon says
/// (`- f₁: f₅ − f₂`, `anchor f₁: ∂L/∂fₐ = fₙ − fₚ = f₅ − f₂`).
enum SampleRow {
    /// The sample's value, the maths after the colon.
    case value(sample: Symbol, body: [MathNode])
    /// The derivative after the colon, its variable the sample's.
    case derivative(MathItem)
    /// The sample, its role's word or the derivative after the colon name
    /// different samples: for a person.
    case disagrees(String)
}

extension SheetParser {
    /// A row under Question 5.k opened by the one sample it is for and a
    /// colon, perhaps after that sample's role in words: the sample's
    /// value (`- f₁: f₅ − f₂`, a bullet per sample under the triplet), or
    /// its derivative (`anchor f₁: ∂L/∂fₐ = fₙ − fₚ = f₅ − f₂`, the role
    /// restated before the rule applied). Nil for anything else: a role
    /// before the colon (`a: f_5 − f_2`, for a person as before), several
    /// samples (`f₃, f₄, f₆: 0`, a value in words'), words or a second
    /// colon or relation after it, a triplet whose roles are not known.
    ///
    /// ```
    /// - f₁: f₅ − f₂                  ∂L/∂f₁ = f₅ − f₂
    /// positive f₂: ∂L/∂fₚ = f₂ − f₁  ∂L/∂fₚ = f₂ − f₁ (f_p = f₂ in t_k)
    /// negative f₁: …                 disagrees when t_k's negative is not f₁
    /// ```
    func sampleRow(_ item: MathItem, words: String, question: QuestionID, label: Int?, naming: SampleNaming,
                   sheet: ParsedSheet) -> SampleRow? {
        guard question == .question(5) || question.tripletNumber != nil, let k = question.tripletNumber ?? label,
              Self.opensRow(item.separator),
              let colon = item.nodes.firstIndex(where: { $0.atomRole == .punctuation(.colon) }), colon > 0, colon + 1 < item.nodes.count,
              case .sample(let i)? = SampleShape.read(Array(item.nodes[..<colon]), naming: naming) else { return nil }
        let sample = Symbol.sample(i)
        let rest = Array(item.nodes[(colon + 1)...])
        guard !rest.contains(where: { $0.atomRole == .punctuation(.colon) }) else { return nil }
        // The words before it: none, or the sample's role (`anchor f₁:`).
        let said = words.lowercased().split { !$0.isLetter }
        guard said.count <= 1 else { return nil }
        let roles = self.roles(ofTriplet: k, sheet: sheet)
        if let word = said.first {
            let named: [Substring: Symbol] = ["anchor": .anchor, "positive": .positive, "negative": .negative]
            guard let role = named[word], let actual = roles[role] else { return nil }
            if actual != sample { return .disagrees("\(word) \(sample), but in t_\(k) the \(word) is \(actual)") }
        }
        let after = MathItem(separator: item.separator, nodes: rest)
        switch after.head(naming) {
        case .success(let head)?:
            guard after.sides.count > 1 else { return nil }
            let variable: Symbol? = Symbol.roles.contains(head.variable) ? roles[head.variable] : head.variable
            guard let variable else { return nil }
            return variable == sample ? .derivative(after) : .disagrees("\(sample) labels the derivative with respect to \(head.variable)")
        case .failure?:
            return nil
        case nil:
            // (A value in samples, or 0: a bare number other than 0, `f₁:
            // 2`, may count something else.)
            let flat = NodeShapes.flatten(rest)
            guard !rest.contains(where: { NodeShapes.relation($0) != nil }), SampleShape.read(rest, naming: naming) == nil,
                  MathItem.holdsValue(rest, naming),
                  MathItem.namesSamples(rest, naming) || flat.count == 1 && NodeShapes.integer(flat[0]) == 0 else { return nil }
            return .value(sample: sample, body: rest)
        }
    }

    /// Whether what stands before an item lets it open a row: the span's
    /// start, a line break, or words (a role's, checked by `sampleRow`).
    static func opensRow(_ separator: MathItem.Separator) -> Bool {
        switch separator {
        case .start, .lineBreak, .text: true
        default: false
        }
    }
}
