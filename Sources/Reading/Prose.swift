import Foundation
/// What the prose around maths says about it. Prose is not maths: its words
/// are read as words (`ProseWords`), never through the grammar.
enum Prose {
    /// Whether prose ends by announcing a result: `which gives`, `so`,
    /// `hence`, `the answer is`, `simplifies to`, `=`, `:`.
    static func announcesResult(_ prose: String) -> Bool {
        var words = prose.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "=" && $0 != ":" })
        // "are all", "are both", "is simply", "is then": what comes before says it.
        let softeners: Set<Substring> = ["all", "both", "each", "simply", "just", "exactly", "identically", "again", "also", "respectively", "resp"]
        while words.count > 1, let last = words.last, softeners.contains(last) { words.removeLast() }
        guard let last = words.last else { return false }
        // "should be", "must be", "should read": what a correction says the value is.
        if ["be", "read"].contains(last), words.count > 1, ["should", "must"].contains(words[words.count - 2]) { return true }
        // "is actually": the value as corrected.
        if last == "actually", words.count > 1, ["is", "are"].contains(words[words.count - 2]) { return true }
        // "with respect to $f_3$" names a variable; it announces nothing.
        if last == "to", words.count > 1, ["respect", "regard", "relative", "due", "according", "compared", "up", "wrt"].contains(words[words.count - 2]) {
            return false
        }
        // "with respect to $f_2$ and then $f_1$": a sequence, not a result.
        if last == "then", words.count > 1, words[words.count - 2] == "and" { return false }
        let cues: Set<Substring> = ["gives", "give", "giving", "so", "hence", "thus", "therefore", "is", "are", "equals", "=", ":",
                                    "get", "gets", "obtain", "yields", "yield", "to", "result", "answer", "final", "becomes", "ie", "e",
                                    "simplifies", "simplify", "finally", "then"]
        return cues.contains(last) || last.hasSuffix(":") || last.hasSuffix("=")
    }

    /// Whether prose after samples named labels them with the value that
    /// follows: a colon, then only the word of their derivative
    /// (`$f_3$, $f_4$ and $f_6$: gradient $0$`, `…: their derivatives are $0$`).
    static func labelsMentions(_ prose: String) -> Bool {
        let text = prose.drop { $0 == " " }
        guard text.first == ":" else { return false }
        let words = text.dropFirst().lowercased().split(whereSeparator: { !$0.isLetter })
        let derivative: Set<Substring> = ["gradient", "gradients", "derivative", "derivatives", "grad", "grads"]
        let filler: Set<Substring> = ["the", "their", "its", "all", "each", "both", "is", "are", "equal", "equals"]
        return words.contains(where: derivative.contains) && words.allSatisfy { derivative.contains($0) || filler.contains($0) }
    }

    /// `(anchor, positive, negative)`, `[a / n / p]`: three roles in brackets, compiled once.
    private static let rolesTuple: NSRegularExpression = {
        let role = "(anchor|positive|negative|anc|pos|neg|a|p|n)"
        return try! NSRegularExpression(pattern: "[(\\[]\\s*\(role)\\s*[,/;]\\s*\(role)\\s*[,/;]\\s*\(role)\\s*[)\\]]", options: [.caseInsensitive])
    }()

    /// The order of the roles a text states for the triplets, `(anchor,
    /// positive, negative)`, `(p, a, n)`, `[a / n / p]`: the letters a, p, n
    /// in the text's order; nil when it states none.
    static func roleOrder(_ text: String) -> [Character]? {
        let regex = rolesTuple
        let ns = text as NSString
        guard let m = regex.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)) else { return nil }
        let order = (1...3).compactMap { ns.substring(with: m.range(at: $0)).lowercased().first }
        return Set(order).count == 3 ? order : nil
    }

    /// The bracket that closes a line: where its `(` opens and where its
    /// `)` ends, spaces, tabs, line breaks and full stops after it passed
    /// over (`… = 0 (flat when negative).`); nil when the line ends in no
    /// `)` or the `(` it closes is missing.
    static func closingBracket(_ s: [Unicode.Scalar]) -> (open: Int, end: Int)? {
        var end = s.count
        while end > 0, " \t\n.".unicodeScalars.contains(s[end - 1]) { end -= 1 }
        guard end > 0, s[end - 1] == ")" else { return nil }
        var depth = 0
        for k in stride(from: end - 1, through: 0, by: -1) {
            if s[k] == ")" { depth += 1 }
            if s[k] == "(" { depth -= 1; if depth == 0 { return (k, end) } }
        }
        return nil
    }

    /// The sentences of a text, or with `clauses` its clauses too (a `;`
    /// ends one): a `.`, `!` or `?` ends a sentence before a space, a line
    /// break or the end — not inside a decimal (`0.5`) nor after an
    /// abbreviation (`i.e.`, `e.g.`, `w.r.t.`: `endsAbbreviation`). The
    /// marks are left out; empty pieces are kept (a text ending in a stop
    /// ends in an empty sentence).
    static func sentences(_ text: some StringProtocol, clauses: Bool = false) -> [Substring] {
        let text = Substring(text)
        let s = Array(text.unicodeScalars)
        var pieces: [Substring] = []
        var start = text.unicodeScalars.startIndex
        var index = start
        for i in s.indices {
            let next = text.unicodeScalars.index(after: index)
            let mark = s[i] == "." || s[i] == "!" || s[i] == "?" || clauses && s[i] == ";"
            if mark, i + 1 == s.count || s[i + 1].properties.isWhitespace || s[i] == ";", !endsAbbreviation(s, i) {
                pieces.append(Substring(text.unicodeScalars[start..<index]))
                start = next
            }
            index = next
        }
        pieces.append(Substring(text.unicodeScalars[start...]))
        return pieces
    }

    /// Whether the full stop at `i` ends an abbreviation, not a sentence:
    /// `i.e.`, `e.g.`, `cf.`, `vs.`, `resp.`, `approx.`, `w.r.t.`, `viz.`
    /// (a letter between two stops, or one of those words before it).
    static func endsAbbreviation(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        guard i < s.count, s[i] == "." else { return false }
        var k = i
        while k > 0, isLetter(s[k - 1]) { k -= 1 }
        let word = String(String.UnicodeScalarView(s[k..<i])).lowercased()
        // `i.e.`, `e.g.`, `w.r.t.`: one letter after another stop.
        if word.count == 1, k >= 2, s[k - 1] == ".", isLetter(s[k - 2]) { return true }
        return ["cf", "vs", "resp", "approx", "viz", "ca", "eq", "eqs", "wrt"].contains(word) && (k == 0 || !isLetter(s[k - 1]))
    }

    /// The questions a text asks, each without its `?`: a sentence that
    /// opens on an asking word and ends on `?` before a space or the end
    /// ("The batch holds 6 samples. How many triplets are there in all, and
    /// how many are valid?"). It restates the question; its words name no
    /// answer's kind. A figure the student doubts ("Valid: 36?") opens on no
    /// asking word and is no question.
    static func questions(_ s: [Unicode.Scalar]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var start = 0
        for i in s.indices {
            // A mark ends a sentence before a space, a command or the end,
            // emphasis closing between (`\textit{… valid?}\par`, `*… valid?*`).
            var next = i + 1
            while next < s.count, "}*_".unicodeScalars.contains(s[next]) { next += 1 }
            let ends = s[i] == "\n" || "!?.;:".unicodeScalars.contains(s[i])
                && (next == s.count || s[next].properties.isWhitespace || s[next] == "\\") && !endsAbbreviation(s, i)
            guard ends else { continue }
            if s[i] == "?", let first = firstWord(s[start..<i]), askingWords.contains(first) { found.append(start..<i) }
            start = i + 1
        }
        return found
    }

    /// The first word of a text, lowercased, TeX's commands passed over
    /// (`\textit{How many …` → "how").
    static func firstWord(_ s: ArraySlice<Unicode.Scalar>) -> String? {
        var i = s.startIndex
        while i < s.endIndex {
            if s[i] == "\\" {
                i += 1
                while i < s.endIndex, isLetter(s[i]) { i += 1 }
            } else if s[i].properties.isAlphabetic {
                var j = i
                while j < s.endIndex, s[j].properties.isAlphabetic { j += 1 }
                return String(String.UnicodeScalarView(s[i..<j])).lowercased()
            } else {
                i += 1
            }
        }
        return nil
    }

    /// Words a question opens on.
    static let askingWords: Set<String> = ["how", "what", "which", "why", "are", "is", "do", "does", "can", "in"]

    /// An ASCII letter.
    static func isLetter(_ c: Unicode.Scalar) -> Bool { (c.value | 0x20) >= 0x61 && (c.value | 0x20) <= 0x7A }
    /// An ASCII digit.
    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }
    /// Unicode's White_Space, as `c.properties.isWhitespace` says it, with
    /// ASCII answered without the property table: tab to carriage return
    /// and the space.
    static func isWhitespace(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? c.value == 0x20 || (0x09...0x0D).contains(c.value) : c.properties.isWhitespace
    }
}
