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
}
