import CoursecheckMaths

/// A sheet as blocks, before a format writes them.
enum SheetBlock {
    /// Text and inline maths (TeX, or plain text for ASCII).
    enum Inline { case text(String), math(String) }

    /// A question's heading: its number (`3`, `5.1`) or a part's name.
    case heading(number: String, part: Bool)
    case paragraph([Inline])
    /// Display maths, already wrapped (`$$…$$`, `\[…\]`, a bare environment).
    case display(String)
    /// Plain-text lines (ASCII or Unicode maths without delimiters).
    case plain(String)
    case list([[Inline]], ordered: Bool)
    case table(header: [String], rows: [[[SheetBlock.Inline]]])
    case quote([SheetBlock])
    /// A notebook cell break (ignored outside notebooks).
    case cellBreak
}

extension SheetGenerator {
    /// The sheet as blocks, for every format but Word.
    mutating func blocks(_ content: SheetContent, style: Style, format: Format) -> [SheetBlock] {
        var out: [SheetBlock] = []
        let tex = format == .tex
        // Part I.
        let grouping = pick("number grouping", tex ? ["1,446,400", "1446400", "1{,}446{,}400"] : ["1,446,400", "1446400", "1 446 400"])
        func number(_ n: Int) -> String {
            let digits = String(n)
            guard grouping != "1446400" else { return digits }
            var groups: [String] = []
            var rest = Substring(digits)
            while rest.count > 3 { groups.insert(String(rest.suffix(3)), at: 0); rest = rest.dropLast(3) }
            groups.insert(String(rest), at: 0)
            return groups.joined(separator: grouping == "1,446,400" ? "," : grouping == "1{,}446{,}400" ? "{,}" : " ")
        }
        let percent = tex ? "\\%" : "%"
        let part1 = pick("Part I layout", tex ? ["table"] : ["table", "table", "list"])
        out.append(.heading(number: "Part I", part: true))
        if part1 == "table" {
            let rows: [[[SheetBlock.Inline]]] = content.models.map { m in
                [[.text(m.name)], grouping == "1{,}446{,}400" ? [.math(number(m.parameters))] : [.text(number(m.parameters))],
                 [.text(m.accuracy + percent)]]
            }
            out.append(.table(header: ["Model", "Total \(tex ? "\\#" : "#") of parameters in RNN/LSTM layer(s)", "Test accuracy \(percent)"], rows: rows))
        } else {
            out.append(.list(content.models.map { [.text("\($0.name): \(number($0.parameters)) parameters, test accuracy \($0.accuracy)\(percent)")] },
                             ordered: false))
        }
        out.append(.heading(number: "Part II", part: true))

        // The layout of derivative answers, one per sheet.
        let layout = pick("block layout", ["display", "display", "display per answer", "list", "numbered list", "table", "prose", "quote"]
            + (format == .ipynb ? ["cells"] : []))
        let environmentTopLevel = ["align*", "align", "gather*", "multline*", "flalign*", "eqnarray*", "alignat*", "equation*", "split"]
            .contains(style.environment)
        let wrapper: String
        if style.script != "TeX" || ["list", "numbered list", "table", "prose"].contains(layout) {
            wrapper = "$"
        } else if environmentTopLevel {
            wrapper = pick("display wrapper", tex ? ["\\[", "bare environment", "bare environment"] : ["$$", "bare environment"])
        } else {
            wrapper = pick("display wrapper", tex ? ["\\[", "$$", "equation*"] : ["$$", "$$", "\\[", "$", "```math"])
        }
        let unicodeBare = style.script == "Unicode" && pick("Unicode maths", ["$…$", "bare line"]) == "bare line"
        var q23 = style, q5 = style, q6 = style
        let prime = style.head == "prime"
        q23.label = pick("loss label (Q2, Q3)", prime ? ["none", "_t"] : ["none", "^t", "_t", "^{t}", "(t)"])
        q5.label = pick("loss label (Q5)", prime ? ["none", "_{t_k}", "_k", "trailing t_k"] : ["none", "_{t_k}", "(t_k)", "_k", "^{(k)}", "trailing t_k"])
        q6.label = "none"
        if style.script != "TeX" { q23.label = "none"; q5.label = "none" }

        /// A question's derivative statements in the sheet's layout.
        func derivatives(_ statements: [(Symbol, [SubmittedAnswers.Terms]?, SubmittedAnswers.Terms)], style: Style) -> [SheetBlock] {
            var single = style
            single.environment = "inline"
            single.annotation = "none"
            func statement(_ s: (Symbol, [SubmittedAnswers.Terms]?, SubmittedAnswers.Terms), _ style: Style, first: Bool) -> String {
                let head = Renderings.head(s.0, style: style, first: first)
                let sides = (s.1.map { [Renderings.working($0, symbols: [:], style: style)] } ?? []) + [Renderings.expression(s.2, symbols: [:], style: style)]
                return Renderings.statement(head, sides, style: style)
            }
            func inline(_ text: String) -> SheetBlock.Inline {
                style.script == "ASCII" || unicodeBare ? .text(text) : .math(text)
            }
            func display(_ text: String, plainText: Bool) -> SheetBlock {
                if plainText || unicodeBare { return .plain(text) }
                switch wrapper {
                case "$": return .paragraph([.math(text)])
                case "\\[": return .display("\\[\n" + text + "\n\\]")
                case "equation*": return .display("\\begin{equation*}\n" + text + "\n\\end{equation*}")
                case "bare environment": return .display(text)
                case "```math": return .display("```math\n" + text + "\n```")
                default: return .display("$$\n" + text + "\n$$")
                }
            }
            let singles = statements.enumerated().map { statement($0.element, single, first: $0.offset == 0) }
            switch layout {
            case "list", "numbered list":
                return [.list(singles.map { [inline($0)] }, ordered: layout == "numbered list")]
            case "table":
                // Key column: the derivative; value column: what it equals.
                let rows: [[[SheetBlock.Inline]]] = statements.enumerated().map { n, s in
                    let sides = (s.1.map { [Renderings.working($0, symbols: [:], style: single)] } ?? []) + [Renderings.expression(s.2, symbols: [:], style: single)]
                    return [[inline(Renderings.head(s.0, style: single, first: n == 0))], [inline(sides.joined(separator: " = "))]]
                }
                return [.table(header: ["Derivative", "Value"], rows: rows)]
            case "prose":
                var runs: [SheetBlock.Inline] = []
                for (n, s) in singles.enumerated() {
                    runs.append(.text(n == 0 ? "We get " : n == singles.count - 1 ? ", and finally " : ", then "))
                    runs.append(inline(s))
                }
                runs.append(.text("."))
                return [.paragraph(runs)]
            case "display per answer", "cells":
                var out: [SheetBlock] = []
                for s in singles {
                    if layout == "cells", !out.isEmpty { out.append(.cellBreak) }
                    let spans = Renderings.display([s], style: single)
                    out.append(display(spans[0].text, plainText: spans[0].plainText))
                }
                return out
            default:
                let all = statements.enumerated().map { statement($0.element, style, first: $0.offset == 0) }
                let spans = Renderings.display(all, style: style)
                let block = display(spans[0].text, plainText: spans[0].plainText)
                return layout == "quote" ? [.quote([block])] : [block]
            }
        }

        func question(_ number: String, _ body: [SheetBlock]) {
            out.append(.heading(number: number, part: false))
            out.append(contentsOf: body)
        }
        question("2", derivatives(content.question2.map { ($0.0, nil, $0.1) }, style: q23))
        question("3", derivatives(content.question3.map { ($0.0, nil, $0.1) }, style: q23))

        // Question 4: the submitted sheet's prose, the counts in a form of the count-form axis.
        let ascii = style.script != "TeX"
        let allForm = pick("count form (all)", ascii ? ["6*5*4", "6!/3!", "P(6,3)", "6 P 3"] : Renderings.allCounts)
        let validForm = pick("count form (valid)", ascii ? ["6*2*3", "2*(3*2*3)", "6*6"] : Renderings.validCounts)
        let all: SheetBlock.Inline = .math("\(allForm) = \(content.allTriplets)")
        let valid: SheetBlock.Inline = .math("\(validForm) = \(content.validTriplets)")
        question("4", [
            .paragraph([.text("If we are considering all permutations then we have 5 choices for the anchor, 4 choices for the positive and 3 choices for the negative.")]),
            .paragraph([.text("Which gives: "), all, .text(" unique triplets.")]),
            .paragraph([.text("If we only consider valid triplets. Then we have 6 choices for the anchor, 2 choices for a positive and 3 choices for a negative.")]),
            .paragraph([.text("This gives: "), valid, .text(" unique triplets.")]),
        ])

        // Question 5: the triplets, then 5.1 … 5.8.
        let tripletForm = pick("triplet notation", ascii ? ["t1 = (f1, f2, f5)", "t1: (1, 2, 5)"]
            : ["t_K=(f_A, f_B, f_C)", "t_{K} = \\left(f_{A}, f_{B}, f_{C}\\right)", "t_K = (A, B, C)", "t_K: (f_A, f_B, f_C)", "t_K = \\langle f_A, f_B, f_C \\rangle"])
        let tripletText = content.triplets.enumerated().map { k, t in
            switch tripletForm {
            case "t1 = (f1, f2, f5)": "t\(k + 1) = (f\(t[0]), f\(t[1]), f\(t[2]))"
            case "t1: (1, 2, 5)": "t\(k + 1): (\(t[0]), \(t[1]), \(t[2]))"
            default: tripletForm.replacingOccurrences(of: "K", with: "\(k + 1)").replacingOccurrences(of: "A", with: "\(t[0])")
                .replacingOccurrences(of: "B", with: "\(t[1])").replacingOccurrences(of: "C", with: "\(t[2])")
            }
        }.joined(separator: ascii ? "; " : ", ")
        question("5", [
            .paragraph([.text("First converting the list of triplets to the embedding space we get:")]),
            ascii ? .plain(tripletText) : (wrapper == "$" || wrapper == "bare environment" ? .paragraph([.math(tripletText)]) : .display("$$" + tripletText + "$$")),
        ])
        for k in 1...8 {
            var s = q5
            s.triplet = k
            question("5.\(k)", derivatives(content.question5[k - 1].enumerated().map { (.sample($0.offset + 1), nil, $0.element) }, style: s))
        }
        question("6", derivatives(content.question6.enumerated().map { (.sample($0.offset + 1), $0.element.working, $0.element.result) }, style: q6))
        return out
    }
}
