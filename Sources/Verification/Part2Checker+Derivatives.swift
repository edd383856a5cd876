import CoursecheckAssignment
import CoursecheckMaths
import CoursecheckNumerics
import CoursecheckReading
import Foundation

extension Part2Checker {
    /// One check per symbol of a derivative question (Questions 2, 3, 5.k).
    func derivativeChecks(_ question: DerivativeQuestion, _ references: [Symbol: DerivativeReference],
                          _ sheet: ParsedSheet) -> [Check] {
        question.symbols.map { symbol in
            let reference = references[symbol]!
            return derivativeCheck(id: question.answer(symbol), question: question, reference: reference, sheet: sheet)
        }
    }

    func derivativeCheck(id: AnswerID, question: DerivativeQuestion, reference: DerivativeReference,
                         sheet: ParsedSheet) -> Check {
        let expected = reference.expected.description
        if let check = unparsable(id, expected: expected, sheet) { return check }
        guard let claims = sheet.derivatives[id], let claim = claims.first else {
            return Check(id: id, status: .missing, expected: expected,
                         evidence: "no answer found in the sheet")
        }
        if let other = claims.first(where: { $0.answer != claim.answer }) {
            return Check(id: id, status: .inconsistent, claimed: claim.text, expected: expected,
                         evidence: "answered twice with different answers: \(sheet.place(claim.location)) and \(sheet.place(other.location))")
        }
        let holds = claim.answer == reference.expected
        var evidence = [exactEvidence(claim.answer, reference.expected), numericEvidence(claim.answer, reference, question)]
        if let reading = claim.reading { evidence.insert(reading, at: 0) }
        if !holds, claim.answer == reference.unscaled {
            evidence.append("matches the gradient of the unscaled loss (without the ½), which is twice the assignment's")
        }
        var check = Check(id: id, status: holds ? .correct : .incorrect,
                          claimed: claim.text, expected: expected, evidence: evidence.joined(separator: "; ") + ".")
        check.reading = claim.answer.description
        if !holds {
            let symbol = reference.symbol
            // Question 6: the sheet's own Question 5 answers, when all were read.
            var parts: [LinearExpression]?
            if question.loss.triplets.count > 1 {
                let read = (1...assignment.part2.triplets.count).compactMap {
                    sheet.derivatives[AnswerID(.triplet($0), .derivative(symbol))]?.first?.answer
                }
                if read.count == assignment.part2.triplets.count { parts = read }
            }
            let context = DerivativeSlipContext(question: question, symbol: symbol, claim: claim.answer,
                                                triplets: assignment.part2.tripletSymbols,
                                                samples: assignment.part2.sampleSymbols, sheetParts: parts,
                                                gradients: computed.references[question.id]?.mapValues(\.expected) ?? [:])
            check.diagnosis = DerivativeSlips.catalogue.diagnose(claim.answer, reference: reference.expected, context: context)
        }
        return check
    }

    /// "exact: coefficients match" or which coefficients differ.
    func exactEvidence(_ claimed: LinearExpression, _ expected: LinearExpression) -> String {
        guard claimed != expected else { return "exact: every coefficient matches" }
        let symbols = Set(claimed.symbols).union(expected.symbols).sorted()
        var differences = symbols.compactMap { s -> String? in
            let (c, e) = (claimed.coefficient(of: s), expected.coefficient(of: s))
            return c == e ? nil : "\(s) has \(c), expected \(e)"
        }
        if claimed.constant != expected.constant {
            differences.append("constant term \(claimed.constant), expected \(expected.constant)")
        }
        return "exact: " + differences.joined(separator: ", ")
    }

    /// The finite-difference comparison, as a bounded magnitude.
    func numericEvidence(_ claimed: LinearExpression, _ reference: DerivativeReference, _ question: DerivativeQuestion) -> String {
        let tolerance = assignment.reference.tolerance
        let deviation = reference.deviation(of: claimed).magnitude
        let bound = Magnitude.format(tolerance)
        let relation = deviation <= tolerance ? "max |Δ| < \(bound)" : "max |Δ| > \(bound)"
        let hinge = question.active ? "hinge active" : "hinge inactive"
        return "finite differences (gsl_deriv_central, \(reference.points.count) draws, dimension \(reference.dimension), \(hinge)): \(relation)"
    }
}
