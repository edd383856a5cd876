import CoursecheckAssignment
import CoursecheckMaths
import CoursecheckNotation

extension SheetParser {
    /// Words that say `=` before a calculation's result in words ("times
    /// 2 classes gives 36").
    static let resultVerbs: Set<String> = ["gives", "giving", "makes", "making", "is", "are", "yields", "equals"]

    /// A calculation carried on in words after its result: "R, times N
    /// [what N counts] = M" or "R, and times N [a reason]: M" (also
    /// "multiplied by N") is the calculation `R × N = M` after `R`'s own,
    /// as if written "R; R × N = M". R must be a result (an `=` stands
    /// right before it; up to six words of what it counts may follow it,
    /// "per class", "valid triplets in each class"), N and M whole numbers, and the words between N
    /// and the `=` or `:` at most twelve, with no figure and no end of a
    /// sentence.
    ///
    ///     per class 3 · 2 · 3 = 18, times 2 classes = 36
    ///       → per class 3 · 2 · 3 = 18; 18 × 2 = 36
    ///     3 · 2 · 3 = 18 per class, times 2 classes = 36
    ///       → 3 · 2 · 3 = 18 per class; 18 × 2 = 36
    ///     … = 36, and times 2 again since the roles swap: 72 triplets
    ///       → … = 36; 36 × 2 = 72 triplets
    ///
    /// (`gives`, `makes`, `is` before M say `=` too: "times 2 classes gives 36".)
    /// Each step then reads as a calculation of its own, so a wrong step
    /// (`= 18, times 2 = 38`) reads as one. Places are kept.
    static func chainsInWords(_ fragment: Fragment) -> Fragment {
        let s = Array(fragment.text.unicodeScalars)
        func isDigit(_ at: Int) -> Bool { at >= 0 && at < s.count && Prose.isDigit(s[at]) }
        func isLetter(_ at: Int) -> Bool { at >= 0 && at < s.count && Prose.isLetter(s[at]) }
        func isBlank(_ at: Int) -> Bool { at >= 0 && at < s.count && (s[at] == " " || s[at] == "\t" || s[at] == "\n") }
        func word(at: Int) -> (text: String, end: Int)? {
            guard isLetter(at), !isLetter(at - 1) else { return nil }
            var end = at
            while isLetter(end) { end += 1 }
            return (String(String.UnicodeScalarView(s[at..<end])).lowercased(), end)
        }
        func skipBlanks(_ at: Int) -> Int { var k = at; while isBlank(k) { k += 1 }; return k }
        func number(at: Int) -> (value: String, end: Int)? {
            guard isDigit(at), !isDigit(at - 1) else { return nil }
            var end = at
            while isDigit(end) { end += 1 }
            return (String(String.UnicodeScalarView(s[at..<end])), end)
        }
        var pieces: [(range: Range<Int>, text: String)] = []
        var at = 0
        while at < s.count {
            guard let w = word(at: at), w.text == "times" || w.text == "multiplied" else { at += 1; continue }
            var after = w.end
            if w.text == "multiplied" {
                guard let by = word(at: skipBlanks(after)), by.text == "by" else { at = w.end; continue }
                after = by.end
            }
            // Back: [,] [and] R, and `=` before R.
            var back = at - 1
            while isBlank(back) { back -= 1 }
            if back >= 2, String(String.UnicodeScalarView(s[(back - 2)...back])).lowercased() == "and", !isLetter(back - 3) {
                back -= 3
                while isBlank(back) { back -= 1 }
            }
            if back >= 0, s[back] == "," { back -= 1 }
            while isBlank(back) { back -= 1 }
            // (Words that say what R counts may stand after it: "= 18 per
            // class, times 2 classes = 36"; they stay, the step goes after
            // them.)
            let cut = back + 1
            let countWords: Set<String> = ["per", "class", "each", "for", "in", "triplets", "valid", "ones", "of", "the", "one"]
            var skipped = 0
            while skipped < 6, isLetter(back) {
                var start = back
                while isLetter(start - 1) { start -= 1 }
                guard countWords.contains(String(String.UnicodeScalarView(s[start...back])).lowercased()) else { break }
                back = start - 1
                while isBlank(back) { back -= 1 }
                skipped += 1
            }
            var rStart = back
            while isDigit(rStart - 1) { rStart -= 1 }
            var beforeR = rStart - 1
            while isBlank(beforeR) { beforeR -= 1 }
            guard isDigit(back), beforeR >= 0, s[beforeR] == "=" else { at = w.end; continue }
            let result = String(String.UnicodeScalarView(s[rStart...back]))
            // Forward: N, at most twelve words, `=` or `:`, M.
            guard let n = number(at: skipBlanks(after)) else { at = w.end; continue }
            var k = n.end
            var words = 0
            // Where the result's sign ends: after `=`, `:` or a verb of
            // result ("gives", "makes", "is") before a number.
            var sign: Int?
            while k < s.count {
                if s[k] == "=" || s[k] == ":" { sign = k + 1; break }
                if isDigit(k) || ".;!?\n".unicodeScalars.contains(s[k]) { break }
                if let verb = word(at: k) {
                    words += 1
                    if Self.resultVerbs.contains(verb.text), number(at: skipBlanks(verb.end)) != nil { sign = verb.end; break }
                    k = verb.end
                    continue
                }
                k += 1
            }
            guard let sign, words <= 12, number(at: skipBlanks(sign)) != nil else { at = w.end; continue }
            pieces.append((cut..<after, "; \(result) ×"))
            pieces.append((n.end..<sign, " ="))
            at = sign
        }
        return pieces.isEmpty ? fragment : fragment.replacing(pieces)
    }
}
