import CoursecheckAssignment
import CoursecheckMaths
import CoursecheckNotation

extension SheetParser {
    /// What f_a, f_p and f_n stand for in Question 5.k: the k-th triplet's
    /// anchor, positive and negative (nothing when k is unknown, or when the
    /// sheet's own list gives t_k otherwise: which triplet the roles are of
    /// cannot then be told, and role symbols are reported).
    func roles(ofTriplet k: Int?, sheet: ParsedSheet) -> [Symbol: Symbol] {
        guard let k, (1...part.triplets.count).contains(k) else { return [:] }
        let t = part.triplets[k - 1]
        if let own = sheet.tripletList?.triplets[k], own != t { return [:] }
        return [.anchor: .sample(t[0]), .positive: .sample(t[1]), .negative: .sample(t[2])]
    }

    /// Replaces role symbols in a Question 5 claim by the triplet's samples,
    /// and says so; a role symbol where no triplet is known is an error.
    func substitute(_ roles: [Symbol: Symbol], in claim: inout DerivativeClaim, question: QuestionID, label: Int?,
                    headRole: Bool) throws(NotationError) {
        let used = Set(claim.sides.flatMap(\.symbols)).intersection(Symbol.roles)
        guard !used.isEmpty || headRole else { return }
        guard !roles.isEmpty, let k = question.tripletNumber ?? label else {
            throw NotationError(at: 0, "role symbols \(used.sorted().map(\.description).joined(separator: ", ")) without a triplet to give them meaning")
        }
        let written = claim.answer
        do {
            claim.sides = try claim.sides.map { try $0.renaming(roles) }
        } catch {
            throw NotationError(at: 0, "coefficient overflows 64-bit exact arithmetic")
        }
        let t = part.triplets[k - 1].map { "f_\($0)" }.joined(separator: ", ")
        claim.reading = "read as $\(claim.answer)$ ($\(written)$ with t_\(k) = (\(t)): f_a, f_p, f_n are its anchor, positive and negative)"
    }

    /// The roles an item states: `a = 1`, `f_n = f_5` (`roleDefinition`);
    /// `$= f_1$` right after a role's word (`anchor $= f_1$, positive $=
    /// f_2$`); several in brackets, `(a = f1, p = f2, n = f5)`. Nil when it
    /// states none.
    static func rolesStated(_ item: MathItem, prose: String, naming: SampleNaming) -> [(role: Symbol, sample: Symbol)]? {
        if let one = item.roleDefinition(naming) { return [one] }
        let flat = NodeShapes.flatten(item.nodes)
        if flat.count > 1, NodeShapes.relation(flat[0]) == .equals,
           case .sample(let i)? = SampleShape.read(Array(flat.dropFirst()), naming: SampleNaming()),
           let word = prose.lowercased().split(whereSeparator: { !$0.isLetter }).last {
            switch word {
            case "anchor", "anc": return [(.anchor, .sample(i))]
            case "positive", "pos": return [(.positive, .sample(i))]
            case "negative", "neg": return [(.negative, .sample(i))]
            default: return nil
            }
        }
        guard item.nodes.count == 1, case .fenced(_, let members, _) = item.nodes[0].kind else { return nil }
        let parts = members.split { $0.atomRole == .punctuation(.comma) }
        let stated = parts.compactMap { MathItem(separator: .start, nodes: Array($0)).roleDefinition(naming) }
        return !parts.isEmpty && stated.count == parts.count ? stated : nil
    }
}
