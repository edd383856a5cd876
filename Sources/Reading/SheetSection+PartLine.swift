import Foundation

extension SheetSection {
    /// A line of Question 5 that opens with its part's label and goes on
    /// with the part's answers, as students write one line per triplet:
    /// `t1: dL/df1 = …; dL/df2 = …`, `t1 (f_1, f_2, f_5): …`, `t1 (1,2,5): …`,
    /// `triplet 3: …`, `(a) t1: …` (letter and label agreeing), `$t_1$: $…$`,
    /// or the part's number in parentheses before maths that states
    /// something, `(1) $∂L/∂f_1 = …$`. A label alone on its line (`t2:`,
    /// `triplet 2`, `$t_2$:`) heads the part whose answers follow.
    ///
    /// A label is the triplet's letter or word and its number, its members
    /// in parentheses after it (written as a statement, `= (…)`, or not),
    /// then a colon; the answers must follow on the line. Returns k, what
    /// the label states of the triplet (`t1 = (…)`, or the members alone
    /// of `t1 (…)`: under part k they are t_k), read by the triplet reader
    /// so that a wrong triplet is still reported, and the rest of
    /// the line; `labelled`: whether the label names the triplet (`t1`,
    /// `triplet 1`), not only a number in parentheses. A triplet stated alone (`t1 = (f_1, f_2, f_5)`, `t1=(…),
    /// t2=(…)`) has no colon and answers after it: it is no part's label.
    static func partLabelLine(_ line: [Inline]) -> (k: Int, stated: [Inline]?, rest: [Inline], labelled: Bool)? {
        guard let firstIndex = line.firstIndex(where: { !ParagraphLines.isBlank($0) }) else { return nil }
        switch line[firstIndex] {
        case .math(let m):
            // `$t_1$: $…$`: the label alone in maths, then a colon.
            let tex = m.tex.text.trimmingCharacters(in: .whitespaces)
            guard !tex.contains("="), !tex.contains("("),
                  let k = tripletHeading([.math(m)]),
                  firstIndex + 1 < line.count, case .text(let after) = line[firstIndex + 1] else { return nil }
            let scalars = Array(after.text.unicodeScalars)
            var i = 0
            while i < scalars.count, scalars[i] == " " || scalars[i] == "\t" { i += 1 }
            guard i < scalars.count, scalars[i] == ":" else { return nil }
            i += 1
            var rest: [Inline] = [.text(after.slice(i..<after.count))]
            rest += line[(firstIndex + 2)...]
            // `$t_2$:` alone on its line: the part's answers under it.
            if rest.allSatisfy(ParagraphLines.isBlank) { return (k, nil, [], true) }
            guard answers(rest) else { return nil }
            return (k, nil, rest, true)
        case .text(let text):
            let scalars = Array(text.text.unicodeScalars)
            var i = 0
            func skipSpaces() { while i < scalars.count, scalars[i] == " " || scalars[i] == "\t" { i += 1 } }
            skipSpaces()
            // `(a)`, `(iv)`, `(3)`: the part's enumerator in parentheses.
            var enumerated: Int?
            if i < scalars.count, scalars[i] == "(" {
                var j = i + 1
                let from = j
                while j < scalars.count, Prose.isDigit(scalars[j]), j - from < 2 { j += 1 }
                if j > from, j < scalars.count, scalars[j] == ")" {
                    enumerated = Int(String(String.UnicodeScalarView(scalars[from..<j])))
                    i = j + 1
                } else if let (k, end) = letteredSub(scalars, from: i), end > i, scalars[end - 1] == ")" {
                    enumerated = k
                    i = end
                }
                guard enumerated != nil else { return nil }
                skipSpaces()
            }
            let afterEnumerator = i
            // The triplet's label: `t1`, `t_1`, `t_{1}`, `T1`, `triplet 1`.
            var labelled: Int?
            var worded = false
            if i < scalars.count, scalars[i] == "t" || scalars[i] == "T" {
                var j = i + 1
                let word = Array("riplet".unicodeScalars)
                if j + word.count <= scalars.count, zip(scalars[j..<(j + word.count)], word).allSatisfy({ $0.properties.lowercaseMapping == String($1) }) {
                    j += word.count
                    worded = true
                    while j < scalars.count, scalars[j] == " " { j += 1 }
                } else {
                    if j < scalars.count, scalars[j] == "_" { j += 1 }
                }
                let braced = j < scalars.count && scalars[j] == "{"
                if braced { j += 1 }
                let from = j
                while j < scalars.count, Prose.isDigit(scalars[j]), j - from < 2 { j += 1 }
                if j > from, !braced || j < scalars.count && scalars[j] == "}" {
                    let k = Int(String(String.UnicodeScalarView(scalars[from..<j])))
                    if braced { j += 1 }
                    if j == scalars.count || !Prose.isLetter(scalars[j]) && !Prose.isDigit(scalars[j]) {
                        labelled = k
                        i = j
                    }
                }
            }
            guard let k = labelled ?? enumerated, (1...99).contains(k) else { return nil }
            if let labelled, let enumerated, labelled != enumerated { return nil }
            let labelEnd: Int
            var states = false
            var equals = false
            var membersStart = afterEnumerator
            if labelled != nil {
                skipSpaces()
                // Its members: `(f_1, f_2, f_5)`, `(1,2,5)`, `= (…)`.
                var j = i
                equals = j < scalars.count && scalars[j] == "="
                if equals {
                    j += 1
                    while j < scalars.count, scalars[j] == " " || scalars[j] == "\t" { j += 1 }
                    guard j < scalars.count, scalars[j] == "(" else { return nil }
                }
                if j < scalars.count, scalars[j] == "(" {
                    guard let close = scalars[j...].prefix(48).firstIndex(of: ")"),
                          !scalars[(j + 1)..<close].contains(where: { "=:(;".unicodeScalars.contains($0) }) else { return nil }
                    // `t1 = (…)` is a statement the triplet reader reads;
                    // of `t1 (…)`, the members alone, the part's triplet.
                    // `triplet 1 = (…)`: the word is no triplet's letter, the members alone.
                    membersStart = equals && !worded ? afterEnumerator : j
                    states = true
                    i = close + 1
                    skipSpaces()
                }
                labelEnd = i
                // The colon that ends the label; or the label alone on its
                // line (`triplet 2`, `t2 (1,3,4)`), its answers on the lines
                // under it (`t2 = (…)` alone is a statement, no label).
                let alone = line.dropFirst(firstIndex + 1).allSatisfy(ParagraphLines.isBlank)
                    && scalars[i...].allSatisfy({ $0.properties.isWhitespace })
                if alone, !equals {
                    let labelText = text.slice(membersStart..<labelEnd)
                    return (k, states ? [.text(labelText)] : nil, [], true)
                }
                guard i < scalars.count, scalars[i] == ":" else { return nil }
                i += 1
                if line.dropFirst(firstIndex + 1).allSatisfy(ParagraphLines.isBlank), scalars[i...].allSatisfy({ $0.properties.isWhitespace }) {
                    let labelText = text.slice(membersStart..<labelEnd)
                    return (k, states ? [.text(labelText)] : nil, [], true)
                }
            } else {
                // `(1) $…$`: the number alone, then the part's answers.
                labelEnd = afterEnumerator
                i = afterEnumerator
            }
            var rest: [Inline] = [.text(text.slice(i..<text.count))]
            rest += line[(firstIndex + 1)...]
            // `t1 (1,2,5): f1: f5 - f2 | …`: the members without `=`, then
            // Question 5's cells of a sample (`t1 = (…): f1: …` is read on
            // its line, as a statement of the triplet before its cells).
            guard answers(rest) || labelled != nil && !equals && opensOnSampleCell(rest) else { return nil }
            let labelText = labelled.map { _ in text.slice(membersStart..<labelEnd) }
            return (k, states ? labelText.map { [.text($0)] } : nil, rest, labelled != nil)
        }
    }

    /// Whether what follows a part's label on its line opens on Question 5's
    /// cell of a sample (`SheetParser.headSeparators`): samples by their
    /// numbers (`f1`, `f_1`, `f₁`, `f_{1}`), one or several listed with
    /// commas (`f3,f4,f6`), then a mark other than `=` (`:`, `->`, `=>`, …)
    /// and something after it: `f1: f5 - f2 | f2: …`.
    static func opensOnSampleCell(_ rest: [Inline]) -> Bool { opensOnSampleCell(Inline.source(of: rest)) }

    /// `opensOnSampleCell` of a line's text.
    static func opensOnSampleCell(_ source: String) -> Bool {
        let scalars = Array(source.unicodeScalars)
        var i = 0
        func skipSpaces() { while i < scalars.count, scalars[i] == " " || scalars[i] == "\t" { i += 1 } }
        while true {
            skipSpaces()
            guard i < scalars.count, scalars[i] == "f" else { return false }
            i += 1
            if i < scalars.count, scalars[i] == "_" { i += 1 }
            let braced = i < scalars.count && scalars[i] == "{"
            if braced { i += 1 }
            let from = i
            while i < scalars.count, i - from < 2, Prose.isDigit(scalars[i]) || (0x2080...0x2089).contains(scalars[i].value) { i += 1 }
            guard i > from else { return false }
            if braced {
                guard i < scalars.count, scalars[i] == "}" else { return false }
                i += 1
            }
            skipSpaces()
            guard i < scalars.count, scalars[i] == "," else { break }
            i += 1
        }
        guard let mark = SheetParser.headSeparatorMarks.first(where: { i + $0.count <= scalars.count && scalars[i..<(i + $0.count)].elementsEqual($0) }),
              mark != ["="] else { return false }
        return scalars[(i + mark.count)...].contains { !$0.properties.isWhitespace }
    }

    /// Whether what follows a part's label on its line states a derivative:
    /// `=` and a derivative's sign (`d…/d`, `∂`, `\partial`, `\nabla`,
    /// `\frac`, `grad`) in its text or maths. A triplet by its roles after
    /// its label (`$t_1$: $a = f_1$, …`) is the triplet reader's.
    private static func answers(_ rest: [Inline]) -> Bool {
        let source = Inline.source(of: rest)
        guard source.contains("=") else { return false }
        return source.firstMatch(of: #/\\partial|∂|∇|\\nabla|\\[dt]?frac|\\pdv|\\dv|grad|d\s*\(?\s*[LJE]|d\s*/\s*d/#) != nil
    }
}

extension SheetSection {
    /// A line opening with a number in parentheses, plain or set in
    /// emphasis of its own: `(2)`, `**(2)**`, `__(3)__`, `*(4).*`,
    /// `\textbf{(5)}`; the number, where the label starts, and the rest of
    /// the line. Whether the label is a
    /// question's or an item's is for the caller to decide from the order.
    static func bracketLabel(_ line: [Inline]) -> (n: Int, at: SourceLocation, rest: [Inline])? {
        guard case .text(let text)? = line.first else { return nil }
        let scalars = Array(text.text.unicodeScalars)
        var i = 0
        while i < scalars.count, scalars[i] == " " || scalars[i] == "\t" { i += 1 }
        let start = i
        var closing: [Unicode.Scalar]
        if scalars[i...].starts(with: "\\textbf{".unicodeScalars) {
            i += 8
            closing = ["}"]
        } else {
            while i < scalars.count, scalars[i] == "*" || scalars[i] == "_" { i += 1 }
            guard i - start <= 2 else { return nil }
            closing = Array(scalars[start..<i].reversed())
        }
        guard i < scalars.count, scalars[i] == "(" else { return nil }
        i += 1
        let digits = i
        while i < scalars.count, Prose.isDigit(scalars[i]), i - digits < 2 { i += 1 }
        guard i > digits, i < scalars.count, scalars[i] == ")",
              let n = Int(String(String.UnicodeScalarView(scalars[digits..<i]))) else { return nil }
        i += 1
        if i < scalars.count, scalars[i] == "." || scalars[i] == ":" { i += 1 }
        guard scalars[i...].starts(with: closing) else { return nil }
        i += closing.count
        if i < scalars.count, scalars[i] == "." || scalars[i] == ":" { i += 1 }
        // The label ends where the emphasis closes: `**(2)**x` is no label.
        guard i == scalars.count || scalars[i] == " " || scalars[i] == "\t" || scalars[i] == "\n" else { return nil }
        var rest: [Inline] = i < text.count ? [.text(text.slice(i..<text.count))] : []
        rest += line.dropFirst()
        return (n, text.location(at: start), rest)
    }
}

extension SheetSection {
    /// A line that opens with a number (1 to 9: a question's, or an item's of
    /// an answer's own list), a full stop or
    /// closing bracket and a space, then its answer: `2. all zero: dL/dfa =
    /// …`, `4) 120 (6*5*4)`. The number, where it stands and the rest of
    /// the line; nil for `2.5`, `2.` alone, `2.) …` or `(2) …`.
    static func numberLabel(_ line: [Inline]) -> (n: Int, at: SourceLocation, rest: [Inline])? {
        guard case .text(let text)? = line.first else { return nil }
        let scalars = Array(text.text.unicodeScalars)
        var i = 0
        while i < scalars.count, scalars[i] == " " || scalars[i] == "\t" { i += 1 }
        let start = i
        guard i + 2 < scalars.count, ("1"..."9").contains(scalars[i]), scalars[i + 1] == "." || scalars[i + 1] == ")",
              scalars[i + 2] == " " || scalars[i + 2] == "\t", let n = Int(String(scalars[i])) else { return nil }
        i += 3
        let rest: [Inline] = [.text(text.slice(i..<text.count))] + line.dropFirst()
        guard rest.contains(where: { !ParagraphLines.isBlank($0) }) else { return nil }
        return (n, text.location(at: start), rest)
    }

    /// The question after the one a sheet is in: 2 after Part II's
    /// heading, n + 1 after Question n (or a part of it); nil otherwise.
    static func nextQuestion(after heading: Heading?) -> Int? {
        switch heading {
        case .part(2)?: return 2
        case .question(let m, _)? where (2...5).contains(m): return m + 1
        default: return nil
        }
    }

    /// Whether a leaf is a paragraph whose first line opens with the label
    /// `**(n)**` (`bracketLabel`).
    static func opensWithBracketLabel(_ leaf: Leaf, _ n: Int) -> Bool {
        guard case .paragraph(let inlines) = leaf.block.kind, let first = ParagraphLines.lines(inlines).first else { return false }
        return bracketLabel(first)?.n == n
    }
}

extension SheetSection {
    /// Under Question 5, a line that is a part's enumerator and that part's
    /// triplet, nothing else: the number, letter or Roman numeral in
    /// parentheses or before `)` (`(1)`, `a)`, `iv)`), the number and its
    /// full stop or bracket (`**2.**`, `2)`), or the triplet's word and
    /// number, plain or in emphasis (`**(1)**`, `*(a)*`, `\textbf{(a)}\ `,
    /// `*Triplet 1:*`, after LaTeX's spacing `\par\smallskip\noindent`), then
    /// the triplet stated with its own number (`$t_1 = (f_1, f_2, f_5)$`,
    /// `t1 = (a, p, n) = (1, 2, 5)`, `triplet $t_1 = (…)$`), or the word
    /// `triplet` and its members alone (`triplet (f_1, f_2, f_5)`), which
    /// under part k are t_k's. Returns k and the statement (without the
    /// enumerator), for the triplet reader to read under the part, so that a
    /// wrong triplet is still reported.
    ///
    /// A statement of the part after the one the sheet is in (`next`) under
    /// another enumerator (`g) t8 = …` after `g) t7 = …`) is that part: its
    /// lines are never the part before's. A remark set off after the members
    /// (`, the same anchor as t7`) goes with the statement. A statement of
    /// any other triplet (`(1) $t_3 = (…)$`), or followed by more (`(1) $t_1
    /// = (…)$ gives …`), is none.
    static func enumeratedTriplet(_ line: [Inline], next: Int? = nil) -> (k: Int, stated: [Inline])? {
        guard case .text(let text)? = line.first else { return nil }
        let scalars = Array(text.text.unicodeScalars)
        var i = 0
        func skipSpaces() { while i < scalars.count, scalars[i] == " " || scalars[i] == "\t" { i += 1 } }
        func command(_ name: String) -> Bool {
            let w = Array("\\\(name)".unicodeScalars)
            guard scalars[i...].starts(with: w), i + w.count == scalars.count || !Prose.isLetter(scalars[i + w.count]) else { return false }
            i += w.count
            return true
        }
        skipSpaces()
        // LaTeX's paragraph and spacing commands before the label print nothing.
        while ["par", "smallskip", "medskip", "bigskip", "noindent"].contains(where: command) { skipSpaces() }
        // The emphasis around the label, closed after it.
        var closing: [Unicode.Scalar] = []
        if command("textbf") || command("textit") || command("emph") {
            guard i < scalars.count, scalars[i] == "{" else { return nil }
            i += 1
            closing = ["}"]
        } else {
            let from = i
            while i < scalars.count, scalars[i] == "*" || scalars[i] == "_", i - from < 2 { i += 1 }
            closing = Array(scalars[from..<i].reversed())
        }
        let word = Array("triplet".unicodeScalars)
        func triplet() -> Bool {
            guard i + word.count <= scalars.count,
                  zip(scalars[i..<(i + word.count)], word).allSatisfy({ $0.properties.lowercaseMapping == String($1) }) else { return false }
            i += word.count
            return true
        }
        let k: Int
        // The label in words, `Triplet 1`, names the part as its enumerator would.
        var labelledInWords = false
        if triplet() {
            skipSpaces()
            let digits = i
            while i < scalars.count, Prose.isDigit(scalars[i]), i - digits < 2 { i += 1 }
            guard i > digits, let n = Int(String(String.UnicodeScalarView(scalars[digits..<i]))) else { return nil }
            k = n
            labelledInWords = true
        } else if i < scalars.count, Prose.isDigit(scalars[i]) {
            // `**2.** t₂ = (…)`, `3) $t_3 = (…)$`: the part's number and its
            // full stop or closing bracket (in the emphasis or after it).
            let digits = i
            while i < scalars.count, Prose.isDigit(scalars[i]), i - digits < 2 { i += 1 }
            guard let n = Int(String(String.UnicodeScalarView(scalars[digits..<i]))) else { return nil }
            let stop = scalars[i...].drop { closing.contains($0) }.first
            guard stop == "." || stop == ")" else { return nil }
            if i < scalars.count, scalars[i] == ")" { i += 1 }
            k = n
        } else if i < scalars.count, scalars[i] != "(" {
            // `a) t1 = (…)`, `iv) t4 = (…)`: a letter or Roman numeral and
            // its closing bracket alone.
            guard let (n, end) = letteredSub(scalars, from: i), end > i, scalars[end - 1] == ")" else { return nil }
            k = n
            i = end
        } else {
            var j = i + 1
            let digits = j
            while j < scalars.count, Prose.isDigit(scalars[j]), j - digits < 2 { j += 1 }
            if j > digits, j < scalars.count, scalars[j] == ")" {
                guard let n = Int(String(String.UnicodeScalarView(scalars[digits..<j]))) else { return nil }
                k = n
                i = j + 1
            } else if let (n, end) = letteredSub(scalars, from: i), end > i, scalars[end - 1] == ")" {
                k = n
                i = end
            } else {
                return nil
            }
        }
        guard (1...99).contains(k) else { return nil }
        if i < scalars.count, scalars[i] == "." || scalars[i] == ":" { i += 1 }
        guard scalars[i...].starts(with: closing) else { return nil }
        i += closing.count
        if i < scalars.count, scalars[i] == "." || scalars[i] == ":" { i += 1 }
        // `\ ` after the label is a space.
        if i + 1 < scalars.count, scalars[i] == "\\", scalars[i + 1] == " " { i += 1 }
        guard i == scalars.count || scalars[i] == " " || scalars[i] == "\t" else { return nil }
        skipSpaces()
        // The word `triplet` first is the statement's, not a label of its
        // own; it is left out of what the triplet reader reads.
        var worded = labelledInWords
        if !labelledInWords, triplet() {
            guard i == scalars.count || scalars[i] == " " || scalars[i] == "(" else { return nil }
            worded = true
            skipSpaces()
        }
        var rest: [Inline] = i < scalars.count ? [.text(text.slice(i..<scalars.count))] : []
        rest += line.dropFirst()
        // What the statement ends with: its members' bracket, then maybe a
        // colon (or a full stop) and the maths' close.
        // (The line's own break, when more lines follow in its paragraph, is no part of it.)
        let written = Inline.source(of: rest).trimmingCharacters(in: CharacterSet(charactersIn: " \t\r\n:.$"))
        // `t1 = (a, p, n) = (1, 2, 5)`: the roles named before the members
        // say what the members are; the statement is the same.
        var body = written.replacingOccurrences(of: "=\\s*" + rolesLead, with: "=", options: .regularExpression)
        // `(a, p, n) = (1, 2, 5)`: the roles named before the members
        // alone say, as the word would, that the bracket is the triplet.
        if let lead = body.range(of: #"^\$?\s*"# + rolesLead, options: .regularExpression) {
            body = body[lead.upperBound...].trimmingCharacters(in: .whitespaces)
            worded = true
        }
        // A remark after the members, set off by a comma, a dash or a
        // bracket and stating nothing (`h) t8 = (6, 4, 2), the same anchor as
        // t7`): the statement ends at the members (the remark is read with it).
        if let close = Self.membersClose(body), case let after = body[close...].dropFirst().drop(while: { $0 == " " }), let mark = after.first {
            guard ",—–-(".contains(mark), !after.contains("=") else { return nil }
            body = String(body[...close])
        }
        // The members are one bracket that ends the line (`f(x_1)` inside it).
        guard body.hasSuffix(")"), !body.contains(";"), !body.contains(":"), let open = body.firstIndex(of: "(") else { return nil }
        var depth = 0
        for (n, c) in body[open...].enumerated() {
            if c == "(" { depth += 1 } else if c == ")" { depth -= 1 }
            guard depth > 0 || n == body[open...].count - 1 else { return nil }
        }
        guard depth == 0, !body[open...].contains("=") else { return nil }
        if body.filter({ !" $".contains($0) }).hasPrefix("(") {
            // The members alone: `triplet (f_1, f_2, f_5)` (the word required).
            guard worded, !body.contains("=") else { return nil }
        } else {
            // `t_1 = (…)`: stated with the part's own number.
            guard body.filter({ $0 == "=" }).count == 1,
                  let stated = tripletHeading([.text(Fragment(Substring(body), start: SourceLocation(line: 1, column: 1)))]) else { return nil }
            // Its own number; or the next part's, under another enumerator
            // (`g) t8 = …` after `g) t7 = …`): the triplet stated says which
            // part it is, and its lines are not the part before's.
            guard stated == k || stated == next else { return nil }
            return (stated, rest)
        }
        return (k, rest)
    }

    /// Where the members' bracket of a statement `t_k = (…)` closes: the
    /// bracket matching the first `(` after the first `=`; nil when there is
    /// none or it does not close.
    static func membersClose(_ body: String) -> String.Index? {
        guard let equals = body.firstIndex(of: "="), let open = body[equals...].firstIndex(of: "(") else { return nil }
        var depth = 0
        for i in body[open...].indices {
            if body[i] == "(" { depth += 1 } else if body[i] == ")" { depth -= 1; if depth == 0 { return i } }
        }
        return nil
    }
}
