import CoursecheckMaths

/// Items of a derivative question's maths that are known not to answer it.
enum NonAnswer {
    /// A triplet `t_k = (…)` or a bare label `t_k`, `(t_k)`; a definition of
    /// the loss, `L = …`, `L(t_1) = …`, `\mathcal{L} = …`.
    static func matches(_ item: [Token]) -> Bool {
        let significant = item.filter { ![.leftParen, .rightParen, .leftBrace, .rightBrace].contains($0.kind) }
        guard let first = significant.first, case .word(let w) = first.kind else { return false }
        if DerivativeHead.taskLabel(w) != nil {
            return significant.count == 1 || significant[1].kind == .equals
        }
        let loss = w == "L" || w.hasPrefix("L_") || w.hasPrefix("L^") || w == "\\mathcal" || w == "\\ell"
        guard loss, let equals = item.firstIndex(where: { $0.kind == .equals }) else { return false }
        // Everything before the `=` names the loss: L, its subscripts, a triplet.
        return item[..<equals].allSatisfy { token in
            switch token.kind {
            case .leftParen, .rightParen, .leftBrace, .rightBrace, .comma: true
            case .word(let v): v == "L" || v.hasPrefix("L_") || v.hasPrefix("L^") || v.hasPrefix("t_") || v == "\\mathcal" || v == "\\ell" || v == "t"
            default: false
            }
        }
    }

    /// Whether prose ends by announcing a result: `which gives`, `so`,
    /// `hence`, `the answer is`, `simplifies to`, `=`, `:`.
    static func announcesResult(_ prose: String) -> Bool {
        let words = prose.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "=" && $0 != ":" })
        guard let last = words.last else { return false }
        // "with respect to $f_3$" names a variable; it announces nothing.
        if last == "to", words.count > 1, ["respect", "regard", "relative", "due", "according", "compared", "up", "wrt"].contains(words[words.count - 2]) {
            return false
        }
        let cues: Set<Substring> = ["gives", "give", "giving", "so", "hence", "thus", "therefore", "is", "are", "equals", "=", ":",
                                    "get", "gets", "obtain", "yields", "yield", "to", "result", "answer", "final", "becomes", "ie", "e",
                                    "simplifies", "simplify", "finally", "then"]
        return cues.contains(last) || last.hasSuffix(":") || last.hasSuffix("=")
    }

    /// A word of prose inside maths or a plain-text line: letters only, two or
    /// more (a single letter may be a symbol), or `:`.
    static func isProseWord(_ token: Token) -> Bool {
        guard case .word(let w) = token.kind else { return false }
        if w == ":" || w == "." { return true }
        return w.count >= 2 && w.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }
    }
}
