import CoursecheckAssignment
import CoursecheckMaths

extension SheetParser {
    /// Reads every `∂L/∂s = …` item of a section. Items are separated by
    /// top-level commas, semicolons and `\\` line breaks. In Question 5 an
    /// item's label `t_k` (or the section's number 5.k) names its triplet.
    func parseDerivatives(_ fragments: [Fragment], question: QuestionID, symbols: [Symbol],
                          into sheet: inout ParsedSheet, label: inout Int?) {
        let allowed = Set(symbols)
        for fragment in fragments {
            guard fragment.text.unicodeScalars.count <= SheetParser.maximumFragment else {
                sheet.problems.append(problem(.unplaced(question, fragment.start), fragment.start,
                                              "math longer than \(SheetParser.maximumFragment) characters"))
                continue
            }
            let tokens = Lexer.tokenize(fragment.text)
            for item in TokenItems.split(tokens) {
                guard let head = DerivativeHead.match(item) else {
                    if item.contains(where: DerivativeHead.isPartial) {
                        let at = fragment.location(at: item[0].offset)
                        sheet.problems.append(problem(.unplaced(question, at), at, "cannot read this derivative"))
                    }
                    continue
                }
                let at = fragment.location(at: item[0].offset)
                if let k = head.label, question == .question(5) || question.tripletNumber != nil { label = k }
                var id = AnswerID(question, .derivative(head.symbol))
                if question == .question(5) {
                    guard let k = label else {
                        sheet.problems.append(problem(.unplaced(question, at), at, "derivative without a triplet: label it t_k or put it under Question 5.k"))
                        continue
                    }
                    id = AnswerID(.triplet(k), .derivative(head.symbol))
                }
                guard allowed.contains(head.symbol) else {
                    let names = symbols.map(\.description).joined(separator: ", ")
                    sheet.problems.append(problem(.unplaced(question, at), at, "derivative with respect to \(head.symbol): this question asks about \(names)"))
                    continue
                }
                do {
                    let claim = try DerivativeHead.claim(item, head: head, id: id, fragment: fragment, allowed: allowed)
                    sheet.derivatives[id, default: []].append(claim)
                } catch {
                    let where_ = fragment.location(at: error.offset)
                    sheet.problems.append(problem(id, where_, error.message))
                }
            }
        }
    }
}

/// Splitting a token list at top-level separators.
enum TokenItems {
    /// Items between top-level `,`, `;` and `\\`, each ending before its
    /// separator; empty items are dropped.
    static func split(_ tokens: [Token]) -> [[Token]] {
        var items: [[Token]] = []
        var current: [Token] = []
        var depth = 0
        for token in tokens {
            switch token.kind {
            case .leftParen, .leftBrace: depth += 1
            case .rightParen, .rightBrace: depth = max(0, depth - 1)
            default: break
            }
            let separator = depth == 0 && (token.kind == .comma || token.kind == .word(";") || token.kind == .word("\\\\"))
            if separator || token.kind == .end {
                if !current.isEmpty { items.append(current) }
                current = []
            } else {
                current.append(token)
            }
        }
        return items
    }
}
