import CoursecheckAssignment
import CoursecheckMaths
import CoursecheckNotation

extension SheetParser {
    /// Reads Question 5's list `t_1 = (f_1, f_2, f_5), …`: every item the
    /// grammar reads as a triplet (`TripletShape`: `t_k = (…)`, `t_k: …`,
    /// with `( )`, `[ ]`, `⟨ ⟩`, members `f_i`, `x_i`, `\mathbf{f}_i` or
    /// numbers). Under Question 5.k (`triplet: k`) the one triplet written
    /// without its label (`Triplet $(f_1, f_2, f_5)$:`) is that question's,
    /// t_k; the list is gathered over the sections.
    func parseTriplets(_ fragments: [MathFragment], section: SheetSection, triplet k: Int? = nil, into sheet: inout ParsedSheet, maths: MathContext) {
        let id = AnswerID.triplets
        var list = sheet.tripletList ?? TripletListClaim(triplets: [:], text: "", location: section.location)
        var texts: [String] = list.text.isEmpty ? [] : [list.text]
        // Read with a table of their own: the derivative reader reads the
        // same fragments next, and defines their macros then.
        let own = MathContext(table: maths.table)
        defer { maths.record(own.used) }
        // Triplets written without their label, in order.
        var unlabelled: [(members: [Int], at: SourceLocation)] = []
        for piece in fragments {
            let span = own.read(piece.fragment, plainText: piece.plainText)
            for item in span.items {
                if let bare = TripletShape.readUnlabelled(item) {
                    let at = span.location(item.range.lowerBound)
                    // `(1, 2, 5) \to (f_1, f_2, f_5)`: the triplet it transcribes.
                    if let from = bare.from, let k = part.triplets.firstIndex(of: from) {
                        record(k + 1, bare.members, at)
                    } else {
                        unlabelled.append((bare.members, at))
                    }
                    continue
                }
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
                record(triplet.label, triplet.members, at)
            }
        }
        // Triplets without labels are the assignment's, in its order, only
        // when they are all there and none is labelled.
        // One written again without its label (a table's column beside a
        // list) says nothing more.
        // Under Question 5.k a triplet equal to another label's is still
        // this question's (and wrong), never dropped.
        if k == nil { unlabelled.removeAll { t in list.triplets.values.contains(t.members) } }
        if let k, !unlabelled.isEmpty {
            if Set(unlabelled.map(\.members)).count == 1 {
                record(k, unlabelled[0].members, unlabelled[0].at)
            } else {
                sheet.problems.append(problem(id, unlabelled[1].at, "Question 5.\(k) names several triplets",
                    detail: "write the one of this question as t_\(k) = (…)"))
            }
        } else if !unlabelled.isEmpty {
            if list.triplets.isEmpty, unlabelled.count == part.triplets.count {
                for (n, t) in unlabelled.enumerated() { record(n + 1, t.members, t.at) }
            } else {
                sheet.problems.append(problem(id, unlabelled[0].at, "triplets listed without their labels t_k",
                    detail: "\(unlabelled.count) of them, where the assignment has \(part.triplets.count): write t_1 = (…), …"))
            }
        }
        func record(_ k: Int, _ samples: [Int], _ at: SourceLocation) {
            if list.triplets.isEmpty { list.location = at }
            if let bad = samples.first(where: { !(1...part.samples).contains($0) }) {
                sheet.problems.append(problem(id, at, "t_\(k) names sample f_\(bad); the assignment has f_1…f_\(part.samples)"))
                return
            }
            if let earlier = list.triplets[k], earlier != samples {
                sheet.problems.append(problem(id, at, "t_\(k) is given twice, differently"))
                return
            }
            list.triplets[k] = samples
            texts.append("t_{\(k)} = (" + samples.map { "f_{\($0)}" }.joined(separator: ", ") + ")")
        }
        list.text = texts.joined(separator: ", ")
        if !list.triplets.isEmpty { sheet.tripletList = list }
    }
}
