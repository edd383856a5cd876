import CoursecheckAssignment
import CoursecheckMaths
import CoursecheckReading

extension Part2Checker {
    /// Question 4: each count, and the reasoning stated for it.
    func countChecks(_ sheet: ParsedSheet) throws -> [Check] {
        let reference = try TripletCounts(part: assignment.part2)
        var checks: [Check] = []
        for kind in CountClaim.Kind.allCases {
            let expected = kind == .all ? reference.all : reference.valid
            let factors = kind == .all ? reference.allFactors : reference.validFactors
            let what = kind == .all ? "ordered triplets of distinct samples" : "valid triplets"
            var enumeration = "enumeration (gsl_combination × gsl_permutation): \(expected) \(what)"
            if let f = factors {
                enumeration += ", \(f[0]) anchors × \(f[1]) positives × \(f[2]) negatives"
            }
            let claim = sheet.counts[kind]
            let id = AnswerID.count(kind)
            if let stated = claim?.stated {
                let holds = stated == expected
                checks.append(Check(id: id, status: holds ? .correct : .incorrect,
                                    claimed: "\(stated)", expected: "\(expected)", evidence: enumeration + "."))
            } else {
                checks.append(Check(id: id, status: .missing, expected: "\(expected)",
                                    evidence: "no count found in the sheet; " + enumeration + "."))
            }
            checks.append(reasoningCheck(id: .reasoning(kind), claim: claim, expected: expected,
                                         factors: factors, sheet: sheet))
        }
        return checks
    }

    private func reasoningCheck(id: AnswerID, claim: CountClaim?, expected: Int, factors: [Int]?,
                                sheet: ParsedSheet) -> Check {
        let expectedText = factors.map { $0.map(String.init).joined(separator: " \\cdot ") + " = \(expected)" } ?? "\(expected)"
        if let check = unparsable(id, expected: expectedText, sheet) { return check }
        guard let claim, !claim.products.isEmpty || claim.chains.contains(where: { $0.values.count > 1 }) else {
            return Check(id: id, status: .missing, expected: expectedText,
                         evidence: "no reasoning found: neither \"N choices for the anchor …\" nor a calculation")
        }
        var statements: [(text: String, value: Rational, location: SourceLocation)] = []
        for product in claim.products {
            let text = product.factors.map(String.init).joined(separator: " \\cdot ")
            statements.append((text, Rational(Int64(clamping: product.value)), product.location))
        }
        for chain in claim.chains {
            for value in chain.values { statements.append((chain.text, value, chain.location)) }
        }
        let claimed = claim.products.map { $0.factors.map(String.init).joined(separator: " \\cdot ") } + claim.chains.map(\.text)
        let target = claim.stated.map { Rational(Int64($0)) } ?? statements[0].value
        let disagreeing = statements.filter { $0.value != target }
        var seen = Set<String>()
        let reasons = disagreeing.filter { seen.insert($0.text).inserted }.map {
            "$\($0.text)$ gives \($0.value), not \(target) (\(sheet.path):\($0.location))"
        }
        let status: Status
        var evidence: String
        if !reasons.isEmpty {
            status = .inconsistent
            evidence = reasons.joined(separator: "; ")
        } else if target != Rational(Int64(expected)) {
            status = .incorrect
            evidence = "the reasoning agrees with itself but gives \(target), not \(expected)"
        } else {
            status = .correct
            evidence = "every stated factor product and calculation gives \(expected)"
        }
        if let f = factors, let product = claim.products.first, product.factors.count == 3, product.factors != f {
            evidence += "; by enumeration the choices are \(f[0]) anchors, \(f[1]) positives per anchor, \(f[2]) negatives per pair"
        }
        return Check(id: id, status: status, claimed: claimed.joined(separator: ";\\ "),
                     expected: expectedText, evidence: evidence + ".")
    }
}
