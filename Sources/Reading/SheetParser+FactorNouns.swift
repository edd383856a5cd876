extension SheetParser {
    /// The words that name what a factor of a product in prose counts, set
    /// between the factor and the sign after it; nil when there are none.
    /// The factor is a number or a count's function (`P(3,2)`, `C(6,3)`);
    /// its noun is one to four words, each of letters (joined by `/` or a
    /// dash: `anchor/positive`, `anchor–positive`) or a remark in brackets
    /// of letters and commas (`(a,p)`), set apart by spaces:
    ///
    ///     12 ordered (a,p) pairs × 3 = 36          → 12 × 3 = 36
    ///     2 classes × P(3,2) ordered pairs × 3     → 2 × P(3,2) × 3
    ///     6 anchors × 2 positives × 3 negatives    → 6 × 2 × 3
    ///
    /// Not over words that make the product another case (`if`, `would`,
    /// `or`, `not`) or join a second thing (`and`), nor across a line.
    /// `at` is the sign (a times sign, or the `=` ending the product).
    static func factorNoun(_ s: [Unicode.Scalar], before at: Int) -> Range<Int>? {
        func isLetter(_ k: Int) -> Bool { k >= 0 && k < s.count && Prose.isLetter(s[k]) }
        func isDigit(_ k: Int) -> Bool { k >= 0 && k < s.count && Prose.isDigit(s[k]) }
        // The last scalar before `k` that is not a space (-1 at the start).
        func previous(_ k: Int) -> Int {
            var p = k - 1
            while p >= 0, s[p] == " " || s[p] == "\t" { p -= 1 }
            return p
        }
        var end = previous(at)
        // (A space between the noun and the sign: `pairs×3` is one token.)
        guard end >= 0, end < at - 1 else { return nil }
        let last = end
        for _ in 0..<4 {
            var start = end
            if s[end] == ")" {
                // A remark of letters and commas, `(a,p)`, not a function's
                // argument (`f(a)`).
                start = end - 1
                while start >= 0, isLetter(start) || s[start] == "," || s[start] == " " { start -= 1 }
                guard start >= 0, s[start] == "(", start < end - 1, !isLetter(start - 1) else { return nil }
            } else {
                guard isLetter(end) else { return nil }
                while isLetter(start - 1) || "/-–".unicodeScalars.contains(s[max(start - 1, 0)]) && start >= 2 && isLetter(start - 2) {
                    start -= 1
                }
                let word = String(String.UnicodeScalarView(s[start...end])).lowercased()
                guard !Self.nounStops.contains(word) else { return nil }
            }
            let gap = previous(start)
            // One space or more between words, the factor before the first.
            guard gap >= 0, gap < start - 1 else { return nil }
            // (A number, not a name's index: `t1`.)
            if isDigit(gap), !isLetter(numberStart(s, endingAt: gap) - 1) { return start..<(last + 1) }
            if countFunction(s, endingAt: gap) != nil { return start..<(last + 1) }
            end = gap
        }
        return nil
    }

    /// Words a factor's noun never holds (`factorNoun`): another case
    /// (`if`, `would`), a second thing (`and`, `or`), a negation.
    static let nounStops: Set<String> = ProseWords.hypotheticalWords.union(["if", "and", "or", "not", "no", "is", "are", "but"])

    /// Where the digits ending at `end` start.
    static func numberStart(_ s: [Unicode.Scalar], endingAt end: Int) -> Int {
        var k = end
        while k > 0, Prose.isDigit(s[k - 1]) { k -= 1 }
        return k
    }

    /// A count's function opening at `at`, `P(3,2)`, `C(6, 3)`, `A(6,3)`
    /// (its letter not ending a word): where it ends (past its `)`), or nil.
    static func countFunction(_ s: [Unicode.Scalar], at: Int) -> Int? {
        guard at < s.count, "PCA".unicodeScalars.contains(s[at]), at == 0 || !Prose.isLetter(s[at - 1]),
              at + 1 < s.count, s[at + 1] == "(" else { return nil }
        var k = at + 2
        var digits = false
        while k < s.count, Prose.isDigit(s[k]) || s[k] == "," || s[k] == " " { digits = digits || Prose.isDigit(s[k]); k += 1 }
        return digits && k < s.count && s[k] == ")" ? k + 1 : nil
    }

    /// A count's function closing at `end` (its `)`): where it starts, or nil.
    static func countFunction(_ s: [Unicode.Scalar], endingAt end: Int) -> Int? {
        guard end >= 0, end < s.count, s[end] == ")" else { return nil }
        var k = end - 1
        while k >= 0, Prose.isDigit(s[k]) || s[k] == "," || s[k] == " " { k -= 1 }
        guard k >= 1, s[k] == "(" else { return nil }
        return countFunction(s, at: k - 1) == end + 1 ? k - 1 : nil
    }
}
