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
            checks.append(stepsCheck(id: AnswerID(question.id, .steps(symbol)), claim: result.status == .unparsable ? nil : worked, sheet: sheet))
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
    /// the next.
    private func stepsCheck(id: AnswerID, claim: DerivativeClaim?, sheet: ParsedSheet) -> Check {
        guard let claim else {
            return Check(id: id, status: .missing, evidence: "no answer found in the sheet")
        }
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
}
