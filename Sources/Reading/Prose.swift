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

    /// An ASCII letter.
    static func isLetter(_ c: Unicode.Scalar) -> Bool { (c.value | 0x20) >= 0x61 && (c.value | 0x20) <= 0x7A }
    /// An ASCII digit.
    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }
}
