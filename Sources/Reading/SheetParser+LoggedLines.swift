import CoursecheckAssignment
import Foundation

extension SheetParser {
    /// A line a notebook printed with its labels before the answer (a loop's
    /// `print(f'Q5 t{k} {(a, p, n)} grad_f{i} = …')`): `Q5 t1 (1, 2, 5)
    /// grad_f1 = f5 - f2`, `t1 (1, 2, 5) dL1/df1 = f5 - f2` (the question's
    /// label read as its heading), `Q6 grad_f1 = 2*f1 - …`. The question's
    /// label, the section's own, is no maths; a triplet's label (`t1`,
    /// `t_1`, in Question 5), with the triplet's own sample numbers after
    /// it when written, labels the derivative as a label after its head
    /// does: the answer is read as `grad_f1 t1 = f5 - f2`, each answer of
    /// a line that lists several (`t1: dL/df1 = …; dL/df2 = …`) so. Nil for
    /// a line that opens with no such label, whose labels name another
    /// question or another triplet than its numbers (left as written, and
    /// reported), or that lists something else than `head = value` with a
    /// derivative's head (`…, rest are 0`, `t_1: a = f_1, p = f_2`: read as
    /// written, its label by the sentence).
    static func loggedLine(_ line: Fragment, question: QuestionID?, triplets: [[Int]]) -> Fragment? {
        guard case let .partII(number, sub)? = question else { return nil }
        let s = Array(line.text.unicodeScalars)
        var i = 0
        func skipSpaces() { while i < s.count, s[i] == " " || s[i] == "\t" { i += 1 } }
        func digits() -> Int? {
            let from = i
            while i < s.count, Prose.isDigit(s[i]), i - from < 3 { i += 1 }
            return i > from ? Int(String(String.UnicodeScalarView(s[from..<i]))) : nil
        }
        func ends() -> Bool { i < s.count && (s[i] == " " || s[i] == "\t" || s[i] == ":") }
        skipSpaces()
        var labelled = false
        // `Q5`: the section's own question.
        if i + 1 < s.count, s[i] == "Q", Prose.isDigit(s[i + 1]) {
            i += 1
            guard digits() == number, ends() else { return nil }
            labelled = true
            skipSpaces()
        }
        // `t1`, `t_1`, `t_{1}`: one of Question 5's triplets.
        var label: Range<Int>?
        var k: Int?
        if number == 5, i + 1 < s.count, s[i] == "t" || s[i] == "T" {
            let from = i
            i += 1
            if i < s.count, s[i] == "_" { i += 1 }
            let braced = i < s.count && s[i] == "{"
            if braced { i += 1 }
            if let n = digits(), !braced || i < s.count && s[i] == "}" {
                if braced { i += 1 }
                if ends() {
                    guard triplets.indices.contains(n - 1), sub == nil || sub == n else { return nil }
                    label = from..<i
                    k = n
                    if s[i] == ":" { i += 1 }
                    skipSpaces()
                    // `(1, 2, 5)`: the triplet's sample numbers, its own or the line is not read so.
                    if i < s.count, s[i] == "(" {
                        var members: [Int] = []
                        i += 1
                        while true {
                            skipSpaces()
                            if i + 1 < s.count, s[i] == "f", Prose.isDigit(s[i + 1]) || s[i + 1] == "_" { i += s[i + 1] == "_" ? 2 : 1 }
                            guard let m = digits() else { return nil }
                            members.append(m)
                            skipSpaces()
                            guard i < s.count else { return nil }
                            if s[i] == "," { i += 1; continue }
                            guard s[i] == ")" else { return nil }
                            i += 1
                            break
                        }
                        guard members == triplets[n - 1] else { return nil }
                        if i < s.count, s[i] == ":" { i += 1 }
                        skipSpaces()
                    }
                    labelled = true
                } else {
                    i = from
                }
            } else {
                i = from
            }
        }
        guard labelled, let equals = s[i...].firstIndex(of: "="), equals > i else { return nil }
        var slicer = FragmentSlicer(line)
        guard let label else { return slicer.slice(i..<s.count) }
        // The answers the line lists (`t1: dL/df1 = …; dL/df2 = …`), at
        // commas, semicolons and bars outside brackets: each one `head = value`,
        // or the line is read as written (`…, rest are 0`: its label by the
        // sentence).
        var items: [Range<Int>] = []
        var depth = 0, from = i
        for at in i..<s.count {
            let c = s[at]
            if c == "(" || c == "[" || c == "{" { depth += 1 } else if c == ")" || c == "]" || c == "}" { depth -= 1 }
            if depth == 0, c == "," || c == ";" || c == "|" { items.append(from..<at); from = at + 1 }
        }
        items.append(from..<s.count)
        var builder = FragmentBuilder()
        for (n, item) in items.enumerated() {
            guard let eq = s[item].firstIndex(of: "="), s[item.lowerBound..<eq].contains(where: { $0 != " " && $0 != "\t" }) else { return nil }
            // A head that is a derivative (`t_1: a = f_1, p = f_2` names roles: read as written).
            let head = String(String.UnicodeScalarView(s[item.lowerBound..<eq]))
            guard ["/", "grad", "∂", "∇", "\\partial", "\\nabla", "\\frac", "\\pdv", "\\dv"].contains(where: head.contains) else { return nil }
            var headEnd = eq
            while headEnd > item.lowerBound, s[headEnd - 1] == " " || s[headEnd - 1] == "\t" { headEnd -= 1 }
            builder.append(slicer.slice(item.lowerBound..<headEnd))
            builder.append(" ", at: line.location(at: headEnd))
            builder.append(slicer.slice(label))
            builder.append(" ", at: line.location(at: eq))
            builder.append(slicer.slice(eq..<item.upperBound))
            // `… | dL/df2 = …`: a bar between answers separates them as `;` does.
            if n + 1 < items.count {
                if s[item.upperBound] == "|" { builder.append(";", at: line.location(at: item.upperBound)) } else { builder.append(slicer.slice(item.upperBound..<(item.upperBound + 1))) }
            }
        }
        _ = k
        return builder.build(or: line.start)
    }
}

extension SheetParser {
    /// A line of a printed dictionary of answers, one triplet's entry:
    /// `'t1': {'dL/df1': 'f5 - f2', 'dL/df2': 'f2 - f1', …},` (as Python
    /// prints a dict of dicts; the first line may open the outer braces, the
    /// last close them). Each inner entry is the derivative its key names,
    /// labelled by the outer key's triplet as a label after a head is, read
    /// as `dL/df1 t1 = f5 - f2`; quotes are no maths. Nil for any other
    /// line, and for a key that is not one of Question 5's triplets (left as
    /// written, and reported).
    static func printedEntries(_ line: Fragment, question: QuestionID?, triplets: [[Int]]) -> [Fragment]? {
        guard case let .partII(5, sub)? = question else { return nil }
        let s = Array(line.text.unicodeScalars)
        var i = 0
        func skipSpaces() { while i < s.count, s[i] == " " || s[i] == "\t" { i += 1 } }
        func quoted() -> Range<Int>? {
            guard i < s.count, s[i] == "'" || s[i] == "\"" else { return nil }
            let quote = s[i]
            let from = i + 1
            guard let close = s[from...].firstIndex(of: quote) else { return nil }
            i = close + 1
            return from..<close
        }
        skipSpaces()
        if i < s.count, s[i] == "{" { i += 1; skipSpaces() }
        guard let key = quoted() else { return nil }
        // The key: `t1`, `t_1`.
        let name = String(String.UnicodeScalarView(s[key])).replacingOccurrences(of: "_", with: "")
        guard name.count >= 2, name.first == "t" || name.first == "T", let k = Int(name.dropFirst()), triplets.indices.contains(k - 1),
              sub == nil || sub == k else { return nil }
        skipSpaces()
        guard i < s.count, s[i] == ":" else { return nil }
        i += 1
        skipSpaces()
        guard i < s.count, s[i] == "{" else { return nil }
        i += 1
        var entries: [(head: Range<Int>, value: Range<Int>)] = []
        while true {
            skipSpaces()
            guard let head = quoted() else { return nil }
            skipSpaces()
            guard i < s.count, s[i] == ":" else { return nil }
            i += 1
            skipSpaces()
            guard let value = quoted() else { return nil }
            entries.append((head, value))
            skipSpaces()
            guard i < s.count else { return nil }
            if s[i] == "," { i += 1; continue }
            guard s[i] == "}" else { return nil }
            i += 1
            break
        }
        // Nothing after the entry but its comma or the outer brace.
        guard s[i...].allSatisfy({ $0 == " " || $0 == "\t" || $0 == "," || $0 == "}" }), !entries.isEmpty else { return nil }
        var slicer = FragmentSlicer(line)
        return entries.map { entry in
            var builder = FragmentBuilder()
            builder.append(slicer.slice(entry.head))
            builder.append(" ", at: line.location(at: entry.head.upperBound))
            builder.append(slicer.slice(key))
            builder.append(" = ", at: line.location(at: entry.value.lowerBound))
            builder.append(slicer.slice(entry.value))
            return builder.build(or: line.start)
        }
    }

    /// A line that is only brackets and commas (`{`, `},`, `]`): a printed
    /// structure's edge, no answer.
    static func bracketsOnly(_ text: Substring) -> Bool {
        text.contains { !$0.isWhitespace } && text.allSatisfy { $0.isWhitespace || "{}[](),".contains($0) }
    }

    /// A list of Question 5's triplets in code, by their sample numbers,
    /// `triplets = [(1, 2, 5), (1, 3, 4), …]  # (anchor, positive,
    /// negative)`: the list's tuples, read as triplets written without
    /// their labels are (the assignment's, in its order, only when they are
    /// all there). A comment after `#` is words. Nil for any other line.
    static func codeTripletList(_ line: Fragment) -> Fragment? {
        let s = Array(line.text.unicodeScalars)
        var i = 0
        while i < s.count, s[i] == " " || s[i] == "\t" { i += 1 }
        let name = i
        while i < s.count, Prose.isLetter(s[i]) || Prose.isDigit(s[i]) || s[i] == "_" { i += 1 }
        guard i > name, Prose.isLetter(s[name]) else { return nil }
        while i < s.count, s[i] == " " { i += 1 }
        guard i < s.count, s[i] == "=" else { return nil }
        i += 1
        while i < s.count, s[i] == " " { i += 1 }
        guard i < s.count, s[i] == "[", let close = s[i...].firstIndex(of: "]") else { return nil }
        let inside = (i + 1)..<close
        guard s[inside].allSatisfy({ Prose.isDigit($0) || " ,()".unicodeScalars.contains($0) }), s[inside].contains("(") else { return nil }
        let after = s[(close + 1)...].drop { $0 == " " || $0 == "\t" }
        guard after.isEmpty || after.first == "#" else { return nil }
        var slicer = FragmentSlicer(line)
        return slicer.slice(inside)
    }
}

extension SheetParser {
    /// A line that says how the answers below are written (`Format: Q5
    /// t<k> (anchor, positive, negative) dL<k>/df<i> = gradient of the
    /// k-th triplet's loss`): its word (`Format`, `Notation`, `Legend`,
    /// `Key`) and a colon first, no figure after its `=`. It answers nothing.
    /// So is the order of a triplet's members alone in brackets, `(a, p, n):`,
    /// `(anchor, positive, negative)`, over the triplets written so.
    static func isLegend(_ text: Substring) -> Bool {
        let trimmed = text.drop { $0 == " " || $0 == "\t" }
        let squeezed = trimmed.lowercased().filter { !$0.isWhitespace }
        if membersOrders.contains(squeezed.hasSuffix(":") ? String(squeezed.dropLast()) : squeezed) { return true }
        guard let colon = trimmed.firstIndex(of: ":"),
              ["format", "notation", "legend", "key"].contains(trimmed[..<colon].lowercased()) else { return false }
        let value = trimmed.lastIndex(of: "=").map { trimmed[$0...] } ?? trimmed[colon...]
        return !value.contains { $0.isNumber }
    }

    /// The orders of a triplet's members a legend may give, spaces taken out.
    static let membersOrders: Set<String> = ["(a,p,n)", "(anchor,positive,negative)", "(anc,pos,neg)", "(f_a,f_p,f_n)", "(fa,fp,fn)"]
}

extension SheetParser {
    /// Languages whose code blocks are Python source (a notebook's code
    /// cells as exports write them).
    static let pythonLanguages: Set<String> = ["python", "py", "python3", "ipython", "ipython3", "pycon"]

    /// A Python code block without its statements that compute (`for k in
    /// range(1, 9):`, `print(f'… = {show(g)}')`, `import torch`, a comment,
    /// a block's opening line): code is never the student's answer; what
    /// it prints, and what it writes down as data (`dL1 = {f1: f5 - f2, …}`,
    /// `T = [(1, 2, 5), …]`), stays. Any other block is returned whole.
    static func withoutStatements(_ code: Fragment, language: String?) -> Fragment {
        guard let language, pythonLanguages.contains(language.lowercased()) else { return code }
        let lines = code.lines()
        guard lines.contains(where: { isStatement($0.text) }) else { return code }
        var builder = FragmentBuilder()
        for (n, line) in lines.enumerated() {
            if !isStatement(line.text) { builder.append(line) }
            if n + 1 < lines.count { builder.append("\n", at: line.location(at: line.count)) }
        }
        return builder.build(or: code.start)
    }

    /// Whether a line of Python is a statement that computes: it opens
    /// with a keyword (`for`, `if`, `def`, `return`, `import`, `print`, …)
    /// or a comment, or it ends with the colon that opens a block. A REPL's
    /// `>>> ` is no part of it.
    static func isStatement(_ text: Substring) -> Bool {
        var t = text.drop { $0 == " " || $0 == "\t" }
        if t.hasPrefix(">>> ") || t.hasPrefix("... ") { t = t.dropFirst(4) }
        if t.hasPrefix("#") { return true }
        let word = t.prefix { $0.isLetter || $0 == "_" }
        let after = t.dropFirst(word.count).first
        let keywords: Set<Substring> = ["for", "while", "if", "elif", "else", "def", "class", "return", "import", "from", "with", "try",
                                        "except", "finally", "print", "assert", "raise", "yield", "pass", "break", "continue", "global",
                                        "lambda", "async", "await", "del"]
        if keywords.contains(word), after == nil || after == " " || after == "(" || after == ":" { return true }
        return t.trimmingCharacters(in: .whitespaces).hasSuffix(":")
    }
}
