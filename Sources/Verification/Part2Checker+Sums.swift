import CoursecheckAssignment
import CoursecheckMaths
import CoursecheckReading

extension Part2Checker {
    /// Question 6: the result and the working of each ∂(Σₖ L(tₖ))/∂f_i.
    func sumChecks(_ question: DerivativeQuestion, _ references: [Symbol: DerivativeReference],
                   q5: [DerivativeQuestion], _ sheet: ParsedSheet, earlier: [Check]) -> [Check] {
        var checks: [Check] = []
        for symbol in question.symbols {
            let id = question.answer(symbol)
            var result = derivativeCheck(id: id, question: question, reference: references[symbol]!, sheet: sheet)
            let claim = sheet.derivatives[id]?.first
            if result.status == .incorrect, let claim {
                result = carriedForward(result, claim: claim, symbol: symbol, q5: q5, sheet: sheet, earlier: earlier)
            }
            checks.append(result)
            // The working is the line that shows it: a result restated alone
            // (a first try, a summary) has none of its own.
            let worked = sheet.derivatives[id]?.first(where: { $0.sides.count > 1 }) ?? claim
            checks.append(stepsCheck(id: AnswerID(question.id, .steps(symbol)), claim: result.status == .unparsable ? nil : worked, sheet: sheet,
                                     valueRight: result.status == .correct))
        }
        return checks
    }

    /// Whether a wrong sum follows from the sheet's own Question 5 answers:
    /// Σₖ (the sheet's ∂L(tₖ)/∂f_i) equals the stated sum.
    private func carriedForward(_ check: Check, claim: DerivativeClaim, symbol: Symbol, q5: [DerivativeQuestion],
                                sheet: ParsedSheet, earlier: [Check]) -> Check {
        var check = check
        var parts: [LinearExpression] = []
        var wrong: [String] = []
        for question in q5 {
            let id = question.answer(symbol)
            guard let answer = sheet.derivatives[id]?.first?.answer,
                  let verdict = earlier.first(where: { $0.id == id }) else { return check }
            parts.append(answer)
            if verdict.status == .incorrect { wrong.append(id.description) }
        }
        guard let sheetSum = try? LinearExpression.sum(parts) else { return check }
        if sheetSum == claim.answer, !wrong.isEmpty {
            check.carriedFrom = wrong
            check.diagnosis.insert(Diagnosis(note: "carried-forward", explanation: "the sum of the sheet's own Question 5 answers, "
                + "which are wrong in " + wrong.joined(separator: ", ")), at: 0)
            check.evidence += " Follows from the sheet's own Question 5 answers (error carried forward)."
        } else {
            check.evidence += " The sheet's own Question 5 answers sum to $\(sheetSum)$, so the error is not only carried forward."
        }
        return check
    }

    /// The working of a Question 6 line: every side of its chain must equal
    /// the next; and when its value is right, every term a line before it
    /// lists by triplet for the sum (`listedTermSlip`) must be that
    /// triplet's gradient — a slip the value does not show. (A wrong term
    /// the sum carries makes the value wrong, reported there; the working
    /// that follows it is consistent.)
    private func stepsCheck(id: AnswerID, claim: DerivativeClaim?, sheet: ParsedSheet, valueRight: Bool) -> Check {
        guard let claim else {
            return Check(id: id, status: .missing, evidence: "no answer found in the sheet")
        }
        if valueRight, let slip = listedTermSlip(claim, id: id, sheet: sheet) { return slip }
        guard claim.sides.count > 1 else {
            // Only the result stated: nothing to check, and nothing wrong.
            return Check(id: id, status: .unverifiable, claimed: claim.text,
                         evidence: "no working shown: the line states only its result")
        }
        let result = claim.answer
        if let bad = claim.sides.dropLast().firstIndex(where: { $0 != result }) {
            let side = claim.sides[bad]
            return Check(id: id, status: .inconsistent, claimed: claim.text,
                         expected: side.description,
                         evidence: "the working simplifies to $\(side)$, but the stated result is $\(result)$ (\(sheet.place(claim.location))).")
        }
        return Check(id: id, status: .correct, claimed: claim.text, expected: result.description,
                     evidence: "every side of the chain simplifies to the stated result.")
    }

    /// A wrong term in the line that lists the claim's terms by triplet
    /// just before it (`f1 is in t1, t5 (t1: f5 - f2, t5: f3 - f1)`, then
    /// the sum): the term of t_k must be ∂L(t_k)/∂f_i, computed. The list
    /// is the working of the next Question 6 line after it only (another
    /// sum between takes it). Nil when every term holds or no list is there;
    /// the value's own check is untouched (a right sum after a wrong list
    /// stays right, its working does not).
    private func listedTermSlip(_ claim: DerivativeClaim, id: AnswerID, sheet: ParsedSheet) -> Check? {
        let sums = sheet.derivatives.filter { $0.key.question == .question(6) }.values.joined().map(\.location)
        guard let list = sheet.termLists.last(where: { $0.location < claim.location }),
              !sums.contains(where: { list.location < $0 && $0 < claim.location }) else { return nil }
        // The list is this sample's working only when it is the one list
        // since the sum before (all lists first, then all sums: whose is
        // which is not said) and most of the triplets it names hold the
        // sample (a list of another sample's terms before it is not its
        // working; review 19's c20, c22). A wrong triplet among mostly
        // right ones is still this sample's list, and is checked.
        let since = sums.filter { $0 < claim.location }.max()
        guard sheet.termLists.filter({ l in l.location < claim.location && (since.map { l.location > $0 } ?? true) }).count == 1 else { return nil }
        let holding = Set(list.terms.map(\.triplet).filter { k in
            computed.references[.triplet(k)]?[claim.symbol].map { $0.expected != .zero } ?? false
        })
        let named = Set(list.terms.map(\.triplet))
        guard 2 * holding.count > named.count else { return nil }
        for term in list.terms {
            guard let expected = computed.references[.triplet(term.triplet)]?[claim.symbol]?.expected, term.value != expected else { continue }
            return Check(id: id, status: .incorrect, claimed: term.text, expected: expected.description,
                         evidence: "the working lists $\(term.value)$ as t_\(term.triplet)'s term of ∂L/∂\(claim.symbol), "
                             + "but ∂L(t_\(term.triplet))/∂\(claim.symbol) = $\(expected)$ (\(sheet.place(list.location))).")
        }
        return nil
    }
}
