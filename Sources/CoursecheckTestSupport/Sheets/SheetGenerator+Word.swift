import CoursecheckMaths

/// The sheet as a Word document: paragraphs, a Word table for Part I and
/// Office Math built element by element with `WordFixture`, as Word
/// writes them (never by coursecheck or pandoc).
extension SheetGenerator {
    mutating func wordDocument(_ content: SheetContent) -> String {
        typealias W = WordFixture
        let heading = pick("heading style", ["Heading2", "Heading1", "berschrift3", "bold line", "plain line"])
        let layout = pick("block layout", ["display per answer", "display", "equation array", "aligned matrix", "prose", "table", "list"])
        let times = pick("multiplication", ["", "⋅", "×"])
        let minus = pick("minus", ["−", "-"])
        var body = ""
        func headingParagraph(_ text: String) -> String {
            switch heading {
            case "bold line": return W.paragraph(text, bold: true)
            case "plain line": return W.paragraph(text)
            default: return W.paragraph(text, style: heading)
            }
        }
        func index(_ s: Symbol) -> String { Renderings.index(s) }
        func terms(_ t: SubmittedAnswers.Terms) -> String {
            if t.isEmpty { return W.mr("0") }
            return t.enumerated().map { n, term in
                let sign = term.0 < 0 ? W.mr(minus, plain: true) : n > 0 ? W.mr("+", plain: true) : ""
                let coefficient = term.0.magnitude == 1 ? "" : W.mr("\(term.0.magnitude)" + times)
                return sign + coefficient + W.sub("f", index(term.1))
            }.joined()
        }
        func statement(_ s: (Symbol, [SubmittedAnswers.Terms]?, SubmittedAnswers.Terms)) -> (head: String, sides: [String]) {
            let working = s.1.map { [$0.map { W.delimited([terms($0)]) }.joined(separator: W.mr("+", plain: true))] } ?? []
            return (W.partial(index(s.0)), working + [terms(s.2)])
        }
        let equals = W.mr("=", plain: true)
        func derivatives(_ statements: [(Symbol, [SubmittedAnswers.Terms]?, SubmittedAnswers.Terms)]) -> String {
            let written = statements.map(statement)
            let lines = written.map { $0.head + equals + $0.sides.joined(separator: equals) }
            switch layout {
            case "display": return W.displayEquation([lines.joined(separator: W.mr(",", plain: true))])
            case "equation array":
                return W.displayEquation([W.equationArray(written.map { $0.head + W.mr("&=", plain: true) + $0.sides.joined(separator: equals) })])
            case "aligned matrix":
                return W.displayEquation([W.alignedMatrix(written.map { ($0.head, equals + $0.sides.joined(separator: equals)) })])
            case "prose":
                return W.paragraph(raw: lines.enumerated().map { n, line in
                    W.run(n == 0 ? "We get " : ", then ") + W.inlineEquation(line)
                }.joined() + W.run("."))
            case "table":
                return W.table([[W.paragraph("Derivative"), W.paragraph("Value")]] + written.map { [W.paragraph(raw: W.inlineEquation($0.head)), W.paragraph(raw: W.inlineEquation($0.sides.joined(separator: equals)))] })
            case "list":
                return lines.map { W.paragraph(raw: W.inlineEquation($0), style: "ListParagraph", numbering: (1, 0)) }.joined()
            default:
                return lines.map { W.displayEquation([$0]) }.joined()
            }
        }
        // Part I: a Word table.
        body += W.paragraph("Part I", style: heading == "Heading2" ? "Heading1" : nil)
        body += W.table([["", "Total # of parameters in RNN/LSTM layer(s)", "Test accuracy %"].map { W.paragraph($0) }]
            + content.models.map { m in
                [W.paragraph(m.name), W.paragraph(Self.grouped(m.parameters)),
                 W.paragraph(m.accuracy + "%")]
            })
        body += W.paragraph("Part II", style: heading == "Heading2" ? "Heading1" : nil)
        body += headingParagraph("Question 2") + derivatives(content.question2.map { ($0.0, nil, $0.1) })
        body += headingParagraph("Question 3") + derivatives(content.question3.map { ($0.0, nil, $0.1) })
        let allForm = pick("count form (all)", ["6⋅5⋅4", "P(6,3)", "6!/3!", "binomial"])
        let validForm = pick("count form (valid)", ["6⋅2⋅3", "2⋅(3⋅2⋅3)", "6×6"])
        let all = allForm == "binomial" ? W.binomial("6", "3") + W.mr("⋅3!") : allForm == "6!/3!" ? W.fraction(W.mr("6!"), W.mr("3!")) : W.mr(allForm)
        body += headingParagraph("Question 4")
        body += W.paragraph("If we are considering all permutations then we have 5 choices for the anchor, 4 choices for the positive and 3 choices for the negative.")
        body += W.paragraph(raw: W.run("Which gives: ") + W.inlineEquation(all + equals + W.mr("\(content.allTriplets)")) + W.run(" unique triplets."))
        body += W.paragraph("If we only consider valid triplets. Then we have 6 choices for the anchor, 2 choices for a positive and 3 choices for a negative.")
        body += W.paragraph(raw: W.run("This gives: ") + W.inlineEquation(W.mr(validForm) + equals + W.mr("\(content.validTriplets)")) + W.run(" unique triplets."))
        body += headingParagraph("Question 5")
        body += W.paragraph("First converting the list of triplets to the embedding space we get:")
        body += W.displayEquation([content.triplets.enumerated().map { k, t in
            W.sub("t", "\(k + 1)") + equals + W.delimited([t.map { W.sub("f", "\($0)") }.joined(separator: W.mr(",", plain: true))])
        }.joined(separator: W.mr(",", plain: true))])
        for k in 1...8 {
            body += headingParagraph("Question 5.\(k)")
            body += derivatives(content.question5[k - 1].enumerated().map { (.sample($0.offset + 1), nil, $0.element) })
        }
        body += headingParagraph("Question 6")
        body += derivatives(content.question6.enumerated().map { (.sample($0.offset + 1), $0.element.working, $0.element.result) })
        return W.document(body: body)
    }

    /// 1446400 as 1,446,400.
    static func grouped(_ n: Int) -> String {
        var digits = Substring(String(n)), groups: [Substring] = []
        while digits.count > 3 { groups.insert(digits.suffix(3), at: 0); digits = digits.dropLast(3) }
        return ([digits] + groups).joined(separator: ",")
    }
}
