import Foundation

/// Words beside a value that change it: a scaling ("times 2", "twice",
/// "doubled", "halved", "divided by", "up to a factor of 2"), "plus",
/// "minus", "squared", "sign flipped", "over 2". A value with such words
/// beside it is not the value written: what it is, and whose, is for a
/// person, whichever path read it (a head's `= f_n - f_p$ times 2`, a value
/// in prose, a role clause, "…, each times 2" after several values).
enum ChangingWords {
    /// Words that scale a value (also what `MathItem.scales` looks for).
    static let scaling: Set<Substring> = ["times", "twice", "double", "doubled", "half", "halved", "multiply", "multiplied", "divide",
                                          "divided", "factor", "scaled", "scale", "thrice", "triple", "tripled"]
    /// Other words that change a value.
    static let changing: Set<Substring> = ["plus", "minus", "squared", "cubed", "flipped", "negated", "reciprocal"]
    /// What "over" divides by, to be a change ("over 2", not "over the triplets").
    static let divisors: Set<Substring> = ["2", "two", "3", "three", "4", "four"]
    /// Words that give one change to every value before them ("each", "all").
    static let every: Set<Substring> = ["each", "all", "both", "every", "everything"]
    /// Words that may stand between "each"/"all" and its change ("all three
    /// are doubled", "each of them times 2").
    static let beforeEveryChange: Set<Substring> = ["of", "them", "these", "those", "three", "the", "gradients", "gradient", "values", "value",
                                                    "derivatives", "answers", "are", "is", "get", "gets", "got", "be", "should", "must", "need",
                                                    "needs", "to", "then", "again", "still"]
    /// Words that may stand between a value and a change right after it
    /// ("…, and then doubled", "(which is halved)").
    static let beforeChange: Set<Substring> = ["and", "then", "but", "so", "all", "each", "both", "every", "of", "them", "these", "those",
                                               "three", "is", "are", "it", "which", "again", "also", "just"]
    /// Words after which a change comes a few words on ("with the sign
    /// flipped", "up to a factor of 2", "by a factor of 2").
    static let openingChange: Set<Substring> = ["with", "up", "by", "after"]
    /// Stems every change word holds (lowercase ASCII): a text without one
    /// has none, whatever its words (`mayChange`).
    static let stems: [[UInt8]] = ["tim", "twic", "doubl", "hal", "multipl", "divid", "factor", "scal", "thric", "tripl", "plus", "minus",
                                   "squar", "cube", "flip", "negat", "recip", "over"].map { Array($0.utf8) }
    static let stemStarts: [Bool] = (0..<256).map { b in stems.contains { $0[0] == UInt8(b) } }

    /// Whether a text may hold a change word: one pass over its bytes, the
    /// cheap test before its words are split.
    static func mayChange(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            let n = bytes.count
            var i = 0
            while i < n {
                // (`| 0x20` lowercases an ASCII letter and makes no letter of another byte.)
                let b = bytes[i] | 0x20
                if stemStarts[Int(b)] {
                    for stem in stems where stem[0] == b && i + stem.count <= n {
                        var k = 1
                        while k < stem.count, bytes[i + k] | 0x20 == stem[k] { k += 1 }
                        if k == stem.count { return true }
                    }
                }
                i += 1
            }
            return false
        }
    }

    /// A text's words, lowercased (letters and digits).
    static func words(_ text: String) -> [Substring] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }
    }

    /// Whether any of the words changes a value. (After a sample alone,
    /// "plus" and "minus" go on writing the value in words: `f5 minus f1`.)
    static func change<C: Collection<Substring>>(_ words: C, loneSample: Bool = false) -> Bool {
        var afterOver = false
        for word in words {
            if scaling.contains(word) || changing.contains(word) && !(loneSample && (word == "plus" || word == "minus"))
                || afterOver && divisors.contains(word) { return true }
            afterOver = word == "over"
        }
        return false
    }

    /// Whether the words start with a change ("times 2", "doubled", "over
    /// 2"). ("squared" before a noun is the noun's: "each squared distance".)
    static func startsChange(_ words: ArraySlice<Substring>, loneSample: Bool = false) -> Bool {
        guard let first = words.first else { return false }
        if loneSample, first == "plus" || first == "minus" { return false }
        if first == "over" { return words.dropFirst().first.map(divisors.contains) ?? false }
        if first == "squared" || first == "cubed", let next = words.dropFirst().first, squaredNouns.contains(next) { return false }
        return scaling.contains(first) || changing.contains(first)
    }

    /// Nouns "squared" describes ("the squared distance"), no change.
    static let squaredNouns: Set<Substring> = ["distance", "distances", "norm", "norms", "term", "terms", "error", "errors", "difference",
                                               "differences", "loss", "losses", "euclidean", "l2", "length", "lengths"]

    /// Whether words explain a factor away ("the ½ cancels the 2"): no change.
    static func explainsCancelling(_ words: [Substring]) -> Bool {
        words.contains { $0.hasPrefix("cancel") }
    }

    /// Whether the words right before a value (its last two) or right
    /// after it (`rightAfter`) change it. (With `ofEvery` over the rest of
    /// its sentence, the test for a value read from prose.)
    static func changedBeside(before: String, after: String, loneSample: Bool = false) -> Bool {
        guard mayChange(before) || mayChange(after) else { return false }
        return change(words(before).suffix(2), loneSample: loneSample) || rightAfter(after, loneSample: loneSample)
    }

    /// Whether a text anywhere has words that change a value: a sentence
    /// that does is read by no role clause (`…, for the negative it's fa -
    /// fn, all times 2 since I dropped the half`).
    static func anywhere(_ text: String) -> Bool {
        mayChange(text) && change(words(text))
    }

    /// Whether the words right after a value, in its clause, change it:
    /// `= f_n - f_p$ times 2`, `fp - fa, doubled`, `(halved)`, `…, which is
    /// then divided by 2`, `with the sign flipped`, `up to a factor of 2`.
    /// Only words that open the clause count: "(f_1 appears twice)" says
    /// why, it changes nothing.
    static func rightAfter(_ text: String, loneSample: Bool = false) -> Bool {
        guard mayChange(text) else { return false }
        let all = words(clause(text))
        guard !explainsCancelling(all) else { return false }
        var rest = all[...]
        while let w = rest.first, beforeChange.contains(w) { rest.removeFirst() }
        guard let first = rest.first else { return false }
        return startsChange(rest, loneSample: loneSample) || openingChange.contains(first) && change(rest.prefix(5), loneSample: loneSample)
    }

    /// Whether a sentence gives every value in it one change: "each times
    /// 2", "all multiplied by 2", "both doubled", "all three are halved".
    static func ofEvery(_ text: String) -> Bool {
        guard mayChange(text) else { return false }
        let all = words(text)
        guard !explainsCancelling(all) else { return false }
        for (k, word) in all.enumerated() where every.contains(word) {
            var j = k + 1
            while j < all.count, j - k <= 4, beforeEveryChange.contains(all[j]) { j += 1 }
            if startsChange(all[j...]) { return true }
        }
        return false
    }

    /// A text to its clause's end: `;`, a line break or a full stop.
    static func clause(_ text: String) -> String {
        text.prefix { !";\n".contains($0) }.components(separatedBy: ". ").first ?? ""
    }
}
