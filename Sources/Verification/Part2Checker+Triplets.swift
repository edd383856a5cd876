import CoursecheckAssignment
import CoursecheckReading

extension Part2Checker {
    /// Question 5's transcription of the triplet list, against the assignment.
    func tripletListCheck(_ sheet: ParsedSheet) -> Check {
        let id = AnswerID.triplets
        let part = assignment.part2
        let expected = part.triplets.enumerated().map { k, t in
            "t_{\(k + 1)} = (" + t.map { "f_{\($0)}" }.joined(separator: ", ") + ")"
        }.joined(separator: ", ")
        if let check = unparsable(id, expected: expected, sheet) { return check }
        guard let list = sheet.tripletList else {
            // Parts 5.k answered without the triplets written anywhere (not
            // listed, not in a part's heading or roles): the sheet states no
            // triplet to check, and each part is checked against the
            // assignment's t_k. Nothing is unverified in silence: text of
            // Question 5 that could not be read leaves the list missing
            // (reported with that text).
            let answered = sheet.derivatives.keys.contains { $0.question.tripletNumber != nil }
            let unread = sheet.problems.contains { problem in
                guard case .partII(5, nil) = problem.id.question, case .unplaced = problem.id.item else { return false }
                return true
            }
            if answered, !unread {
                return Check(id: id, status: .unverifiable, expected: expected,
                             evidence: "no triplet list written: the sheet answers Question 5's parts without restating the triplets, each checked against the assignment's t_k")
            }
            return Check(id: id, status: .missing, expected: expected,
                         evidence: "no triplet list (t_1 = (f_i, f_j, f_k), …) found in the sheet")
        }
        // What is written wrong, and what is not written (`absent`, in order).
        var differences: [String] = []
        var absent: Set<String> = []
        for (k, t) in part.triplets.enumerated() {
            switch list.triplets[k + 1] {
            case nil:
                differences.append("t_\(k + 1) is missing")
                absent.insert(differences[differences.count - 1])
            case let claimed? where claimed != t: differences.append("t_\(k + 1) is \(claimed), the assignment's is \(t)")
            default: break
            }
        }
        for k in list.triplets.keys.sorted() where k > part.triplets.count {
            differences.append("t_\(k) is not in the assignment")
        }
        for (k, t) in list.triplets.sorted(by: { $0.key < $1.key }) where !part.isValid(t) {
            differences.append("t_\(k) = \(t) is not a valid triplet (anchor and positive must share a class, the negative must not)")
        }
        let missing = (1...part.triplets.count).filter { list.triplets[$0] == nil }
        // Triplets not found where Question 5 holds text that could not be
        // read: that text may hold them (`5 (i)  t₁ = (f₁, f₂, f₅)` read as
        // neither a heading nor a triplet). Only triplets read and wrong
        // make the list wrong.
        if !missing.isEmpty, differences.count == missing.count,
           let unread = sheet.problems.first(where: { problem in
               guard case .partII(5, _) = problem.id.question, case .unplaced = problem.id.item else { return false }
               return true
           }) {
            var check = Check(id: id, status: .unparsable, claimed: list.text, expected: expected,
                              evidence: missing.map { "t_\($0)" }.joined(separator: ", ") + " not read, but text of Question 5 "
                                  + "could not be read, which may hold \(missing.count == 1 ? "it" : "them"): "
                                  + "\(sheet.place(unread.location)): \(unread.message)")
            check.cause = Check.Cause(reason: "text of its question could not be read", place: sheet.place(unread.location))
            return check
        }
        // Triplets restated only in some parts (`### 5.8`, "now it uses $t_8
        // = (6, 4, 2)$"): the others are not restated, which is no error (each
        // part is checked against the assignment's t_k); only a triplet
        // written wrong makes the list wrong.
        // A list that leaves one out is wrong ("t_8 is missing").
        // Triplets stated each under its own part only: those not restated are no error.
        if list.inOwnPart == Set(list.triplets.keys) { differences.removeAll(where: absent.contains) }
        let status: Status = differences.isEmpty ? .correct : .incorrect
        let evidence = !differences.isEmpty ? differences.joined(separator: "; ") + "."
            : missing.isEmpty ? "all \(part.triplets.count) triplets match the assignment, and each is valid."
            : "every triplet written matches the assignment and is valid; "
                + missing.map { "t_\($0)" }.joined(separator: ", ") + " not restated (each part is checked against the assignment's t_k)."
        return Check(id: id, status: status, claimed: list.text, expected: expected, evidence: evidence)
    }
}
