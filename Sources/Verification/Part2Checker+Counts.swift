import CoursecheckAssignment
import CoursecheckMaths
import CoursecheckReading

extension Part2Checker {
    /// Question 4: each count, and the reasoning stated for it.
    func countChecks(_ sheet: ParsedSheet) throws -> [Check] {
        let reference = try computed.counts ?? TripletCounts(part: assignment.part2)
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
                var check = Check(id: id, status: holds ? .correct : .incorrect,
                                  claimed: "\(stated)", expected: "\(expected)", evidence: enumeration + ".")
                let context = CountSlipContext(kind: kind, samples: assignment.part2.samples, labels: assignment.part2.labels)
                check.diagnosis = CountSlips.catalogue.diagnose(stated, reference: expected, context: context)
                checks.append(check)
            } else {
                checks.append(Check(id: id, status: .missing, expected: "\(expected)",
                                    evidence: "no count found in the sheet; " + enumeration + "."))
            }
            var reasoning = reasoningCheck(id: .reasoning(kind), claim: claim, expected: expected,
                                           factors: factors, orders: kind == .all ? reference.allOrders : reference.validOrders, sheet: sheet)
            if let claim { reasoning.hold(claim.namedFigures, kind: kind, to: reference) }
            checks.append(reasoning)
        }
        return checks
    }

    private func reasoningCheck(id: AnswerID, claim: CountClaim?, expected: Int, factors: [Int]?,
                                orders: [[String: Int]], sheet: ParsedSheet) -> Check {
        let expectedText = factors.map { $0.map(String.init).joined(separator: " \\cdot ") + " = \(expected)" } ?? "\(expected)"
        if let check = unparsable(id, expected: expectedText, sheet) { return check }
        guard let claim, !claim.products.isEmpty || claim.chains.contains(where: { $0.values.count > 1 || $0.isExpression }) else {
            // Reasoning in words with figures before the count, none of it
            // read as a product or a calculation: there, for a person.
            if let at = claim?.reasonedInWords {
                return Check(id: id, status: .unverifiable, expected: expectedText,
                             evidence: "the reasoning is in words (before \(sheet.place(at))), with no product of choices or calculation to check: for a person to judge.")
            }
            return Check(id: id, status: .missing, expected: expectedText,
                         evidence: "no reasoning found: neither \"N choices for the anchor …\" nor a calculation")
        }
        // Each product of choices must give the total; each calculation is
        // judged on its own (every side equal), and the last one must arrive
        // at the total: `3·2·3 = 18`, then `2·18 = 36`. Working that is true
        // but never reaches the total contradicts nothing: unverifiable.
        let claimed = claim.products.map { $0.factors.map(String.init).joined(separator: " \\cdot ") } + claim.chains.map(\.text)
        let lastValue = claim.chains.last?.values.last
        let target = claim.stated.map { Rational(Int64($0)) } ?? lastValue ?? Rational(Int64(clamping: claim.products[0].value))
        var reasons: [String] = []
        // A product of choices is judged against the total it leads to: the
        // calculation that follows it, which
        // must contain its value, as a side or a part (`3 choices … $3 \cdot 2 \cdot 3 = 18$`,
        // then `$2 \cdot 18 = 36$`; `3 anchors × 2 positives × 3 negatives …
        // $2 \cdot (3 \cdot 2 \cdot 3) = 36$`); without one, the total stated.
        for product in claim.products {
            let value = Rational(Int64(clamping: product.value))
            // Products in a row (one per class, "1 positive and 4 negatives
            // …, 3 positives and 2 negatives: $2·1·4 + 4·3·2 = 32$") lead to
            // the calculation after them.
            let leadsTo = claim.chains.filter { $0.sequence > product.sequence }.min { $0.sequence < $1.sequence }
            // Or the calculation right before it, which it describes (`$2 \cdot (3 \cdot 2
            // \cdot 3) = 36$ (two classes, 3 anchors each, 2 positives, 3 negatives)`).
            let describes = claim.chains.filter { $0.sequence < product.sequence }.max { $0.sequence < $1.sequence }
            let holds = (leadsTo.map { $0.values.contains(value) || $0.parts.contains(value) } ?? (value == target))
                || describes.map { $0.parts.contains(value) } == true
            guard !holds else { continue }
            let text = product.factors.map(String.init).joined(separator: " \\cdot ")
            let total = leadsTo?.values.first ?? target
            reasons.append("$\(text)$ gives \(product.value), not \(total) (\(sheet.place(product.location)))")
        }
        // A product whose factors are the three roles' choices, one each and
        // nothing else, and that gives the total, must give each role the
        // choices some order of choosing gives it (`6 for the anchor, 3 for the positive, 2 for the
        // negative` makes 36, but no order gives the positive 3).
        // Such reasoning agrees with itself and is wrong: incorrect, not
        // inconsistent.
        var unchosen: [String] = []
        // (Only a product that gives the total itself: one of a class, `3
        // for the anchor …` per class, or one already found false is judged
        // above.)
        for product in claim.products where product.factors.count == 3 && product.roles.count == 3 && !orders.isEmpty
            && Rational(Int64(clamping: product.value)) == target {
            let named = Dictionary(zip(product.roles.compactMap { $0 }, product.factors), uniquingKeysWith: { a, _ in a })
            guard named.count == 3, !orders.contains(named) else { continue }
            let said = ["anchor", "positive", "negative"].map { "\(named[$0]!) for the \($0)" }.joined(separator: ", ")
            let first = ["anchor", "positive", "negative"].compactMap { role in orders[0][role].map { "\($0) for the \(role)" } }.joined(separator: ", ")
            unchosen.append("\(said) (\(sheet.place(product.location))): no order of choosing gives the roles these choices "
                + "(by enumeration, one order that does gives \(first))")
        }
        var seen = Set<String>()
        for chain in claim.chains where Set(chain.values).count > 1 && seen.insert(chain.text).inserted {
            let values = chain.values.map(\.description).joined(separator: ", ")
            reasons.append("$\(chain.text)$ is false: its sides give \(values) (\(sheet.place(chain.location)))")
        }
        // A number written alone after the last calculation restates a
        // total: it must be this one (before it, it is a step on the way).
        let lastCalculation = claim.chains.filter { $0.values.count > 1 }.map(\.sequence).max() ?? 0
        for chain in claim.chains where chain.values.count == 1 && chain.sequence >= lastCalculation
            && chain.values[0] != target && seen.insert(chain.text).inserted {
            if chain.isExpression {
                reasons.append("$\(chain.text)$ gives \(chain.values[0]), not the total stated, \(target) (\(sheet.place(chain.location)))")
                continue
            }
            reasons.append("$\(chain.text)$ states \(chain.values[0]), but the total stated is \(target) (\(sheet.place(chain.location)))")
        }
        // The final-line rule: a total stated earlier and changed later is a
        // contradiction of the sheet's own.
        for statement in claim.statements.dropLast() where Rational(Int64(statement.value)) != target && seen.insert(statement.text).inserted {
            reasons.append("\(statement.value) is stated as the total (\(sheet.place(statement.location))), but the final total is \(target)")
        }
        let reaches = lastValue == target || claim.products.contains { Rational(Int64(clamping: $0.value)) == target }
        let status: Status
        var evidence: String
        if reasons.isEmpty, !reaches, let last = claim.chains.last {
            status = .unverifiable
            evidence = "every calculation holds, but none arrives at the stated total \(target) (the last, $\(last.text)$, gives \(lastValue!)), so the reasoning neither supports nor contradicts it"
        } else if !reasons.isEmpty {
            status = .inconsistent
            evidence = (reasons + unchosen).joined(separator: "; ")
        } else if !unchosen.isEmpty {
            status = .incorrect
            evidence = unchosen.joined(separator: "; ")
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

extension Check {
    /// Holds what the reasoning's words say its figures count to the
    /// assignment's classes, by enumeration: a figure "per class" must be
    /// one class's valid triplets (the valid count's reasoning only), a
    /// number of "classes" the number of classes. A claim that is false
    /// (`per class 3 · 2 · 2 = 12, times 3 classes = 36`, where the
    /// arithmetic holds and the total is right) makes reasoning read
    /// correct, or neither supporting nor contradicting, incorrect; either
    /// way the evidence says which claim is false.
    mutating func hold(_ figures: [CountClaim.NamedFigure], kind: CountClaim.Kind, to reference: TripletCounts) {
        var false_: [String] = []
        let perClass = Set(reference.validByClass.values)
        for figure in figures {
            switch figure.counts {
            case .perClass:
                guard kind == .valid, !figure.candidates.contains(where: perClass.contains) else { continue }
                let said = figure.candidates.map(String.init).joined(separator: " or ")
                let truth = perClass.sorted().map(String.init).joined(separator: " or ")
                false_.append("\"\(figure.text)\" says \(said) valid triplets per class, but by enumeration a class has \(truth)")
            case .classes:
                guard !figure.candidates.contains(reference.classes) else { continue }
                let said = figure.candidates.map(String.init).joined(separator: " or ")
                false_.append("\"\(figure.text)\" says \(said) classes, but the labels make \(reference.classes)")
            }
        }
        guard !false_.isEmpty, status != .missing else { return }
        if status == .correct || status == .unverifiable { status = .incorrect }
        evidence = (evidence.hasSuffix(".") ? String(evidence.dropLast()) : evidence) + "; " + false_.joined(separator: "; ") + "."
    }
}
