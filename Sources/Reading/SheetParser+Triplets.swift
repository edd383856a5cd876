import CoursecheckAssignment
import CoursecheckMaths

extension SheetParser {
    /// Reads Question 5's list `t_1 = (f_1, f_2, f_5), …`.
    func parseTriplets(_ fragments: [Fragment], section: SheetSection, into sheet: inout ParsedSheet) {
        let id = AnswerID.triplets
        var list = TripletListClaim(triplets: [:], text: "", location: section.location)
        var texts: [String] = []
        for fragment in fragments {
            for item in MathReading.items(of: fragment).items {
                guard case .word(let w) = item[0].kind, let k = DerivativeHead.taskLabel(w),
                      item.count > 1, item[1].kind == .equals else { continue }
                let at = fragment.location(at: item[0].offset)
                if list.triplets.isEmpty { list.location = at }
                let members = item.dropFirst(2).filter { ![.leftParen, .rightParen, .comma].contains($0.kind) }
                let samples = members.compactMap(sampleNumber)
                guard samples.count == 3, members.count == 3 else {
                    sheet.problems.append(problem(id, at, "t_\(k) must be a triplet of three samples (f_i, f_j, f_k)"))
                    continue
                }
                if let bad = samples.first(where: { !(1...part.samples).contains($0) }) {
                    sheet.problems.append(problem(id, at, "t_\(k) names sample f_\(bad); the assignment has f_1…f_\(part.samples)"))
                    continue
                }
                if let earlier = list.triplets[k], earlier != samples {
                    sheet.problems.append(problem(id, at, "t_\(k) is given twice, differently"))
                    continue
                }
                list.triplets[k] = samples
                texts.append("t_{\(k)} = (" + samples.map { "f_{\($0)}" }.joined(separator: ", ") + ")")
            }
        }
        list.text = texts.joined(separator: ", ")
        if !list.triplets.isEmpty { sheet.tripletList = list }
    }

    /// i of `f_i`, `x_i` or a bare `i`.
    private func sampleNumber(_ token: Token) -> Int? {
        switch token.kind {
        case .symbol(.sample(let i)): return i
        case .number(let r) where r.isInteger: return Int(exactly: r.numerator)
        case .word(let w): return DerivativeHead.subscriptText(of: w, base: "x").flatMap { Int($0) }
        default: return nil
        }
    }
}
