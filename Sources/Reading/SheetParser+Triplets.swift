import CoursecheckAssignment
import CoursecheckMaths
import CoursecheckNotation

extension SheetParser {
    /// Reads Question 5's list `t_1 = (f_1, f_2, f_5), …`: every item the
    /// grammar reads as a triplet (`TripletShape`: `t_k = (…)`, `t_k: …`,
    /// with `( )`, `[ ]`, `⟨ ⟩`, members `f_i`, `x_i`, `\mathbf{f}_i` or
    /// numbers).
    func parseTriplets(_ fragments: [MathFragment], section: SheetSection, into sheet: inout ParsedSheet, maths: MathContext) {
        let id = AnswerID.triplets
        var list = TripletListClaim(triplets: [:], text: "", location: section.location)
        var texts: [String] = []
        // Read with a table of their own: the derivative reader reads the
        // same fragments next, and defines their macros then.
        let own = MathContext(table: maths.table)
        for piece in fragments {
            let span = own.read(piece.fragment, plainText: piece.plainText)
            for item in span.items {
                guard let read = TripletShape.read(item) else { continue }
                let at = span.location(item.range.lowerBound)
                if list.triplets.isEmpty { list.location = at }
                let triplet: TripletStatement
                switch read {
                case .failure(let error):
                    sheet.problems.append(problem(id, at, error.message))
                    continue
                case .success(let t):
                    triplet = t
                }
                let k = triplet.label, samples = triplet.members
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
}
