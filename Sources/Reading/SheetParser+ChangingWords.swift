import Foundation

/// Words beside a value that change it: a scaling ("times 2", "twice",
/// "doubled", "halved", "divided by", "up to a factor of 2"), "plus",
/// "minus", "squared", "sign flipped", "over 2". A value with such words
/// beside it is not the value written: what it is, and whose, is for a
/// person, whichever path read it (a head's `= f_n - f_p$ times 2`, a value
/// in prose, a role clause, "…, each times 2" after several values).
enum ChangingWords {
    /// Words that scale a value (also what `MathItem.scales` looks for).
    static let scaling: Set<Substring> = ["times", "twice", "double", "doubled", "doubling", "half", "halved", "halving", "halves", "halve",
                                          "multiply", "multiplied", "multiplying", "divide", "divided", "dividing", "factor", "scaled",
                                          "scale", "scaling", "thrice", "triple", "tripled", "quadruple", "quadrupled", "twofold"]
    /// Other words that change a value (a sign turned: "with the sign
    /// reversed", "inverted"). ("opposite" only after the value, or after
    /// "each": `rightAfter`, `ofEvery`; before it, a note may say a draft
    /// "had the opposite sign".)
    static let changing: Set<Substring> = ["plus", "minus", "squared", "cubed", "flipped", "flip", "flips", "negated", "negate", "negating",
                                           "reciprocal", "reversed", "reverse", "reverses", "inverted", "invert", "inverse"]
    /// Nouns of an operation before "of" that change the value after them
    /// ("the negative of f_5 - f_2", "the norm of …", "twice of").
    static let operationsOf: Set<Substring> = ["negative", "opposite", "inverse", "reciprocal", "norm", "square", "half", "double",
                                               "twice", "magnitude", "length", "absolute", "abs", "sign", "transpose", "sum", "mean",
                                               "average", "multiple", "fraction", "product", "root"]
    /// What "over" divides by, to be a change ("over 2", not "over the triplets").
    static let divisors: Set<Substring> = ["2", "two", "3", "three", "4", "four"]
    /// Words that give one change to every value before them ("each", "all").
    static let every: Set<Substring> = ["each", "all", "both", "every", "everything", "this", "these", "they", "those"]
    /// Words that may stand between "each"/"all" and its change ("all three
    /// are doubled", "each of them times 2").
    static let beforeEveryChange: Set<Substring> = ["of", "them", "these", "those", "three", "the", "gradients", "gradient", "values", "value",
                                                    "derivatives", "answers", "are", "is", "get", "gets", "got", "be", "should", "must", "need",
                                                    "needs", "to", "then", "again", "still", "which", "i", "we", "you", "have", "has", "been",
                                                    "takes", "take", "with", "one", "ones"]
    /// Words that may stand between a value and a change right after it
    /// ("…, and then doubled", "(which is halved)").
    static let beforeChange: Set<Substring> = ["and", "then", "but", "so", "all", "each", "both", "every", "of", "them", "these", "those",
                                               "is", "are", "it", "which", "again", "also", "just", "we", "i", "you", "should",
                                               "must", "the", "or", "rather", "actually", "sign", "signs", "note", "nb", "ps", "text", "mbox",
                                               "textrm", "textit", "quad", "qquad", "mathrm", "has", "have", "be", "been", "gets", "get"]
    /// Words after which a change comes a few words on ("with the sign
    /// flipped", "up to a factor of 2", "by a factor of 2").
    static let openingChange: Set<Substring> = ["with", "up", "by", "after"]
    /// Stems every change word holds (lowercase ASCII): a text without one
    /// has none, whatever its words (`mayChange`).
    static let stems: [[UInt8]] = ["tim", "twic", "doubl", "hal", "multipl", "divid", "factor", "scal", "thric", "tripl", "plus", "minus",
                                   "squar", "cube", "flip", "negat", "recip", "over", "quadrupl", "twofold", "revers", "inver",
                                   "opposit", "sign", "norm", "abs", "magnitud", "length", "transpos", "sum", "mean", "averag", "root",
                                   "product", "fraction", "multipl", "square"].map { Array($0.utf8) }
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
                // (`x2`: the letter x before a digit multiplies.)
                if b == UInt8(ascii: "x"), i + 1 < n && bytes[i + 1] >= UInt8(ascii: "0") && bytes[i + 1] <= UInt8(ascii: "9")
                    || i > 0 && bytes[i - 1] >= UInt8(ascii: "0") && bytes[i - 1] <= UInt8(ascii: "9") { return true }
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
        var afterOver = false, afterSign = 0
        for word in words {
            if scaling.contains(word) || changing.contains(word) && !(loneSample && (word == "plus" || word == "minus"))
                || afterOver && divisors.contains(word) || isTimesLetter(word)
                || afterSign > 0 && signChanges.contains(word) { return true }
            afterOver = word == "over"
            afterSign = word == "sign" || word == "signs" ? 3 : afterSign - 1
        }
        return false
    }

    /// `x2`, `2x`: a letter x before or after a number multiplies (`(f_n
    /// - f_p) x2`, `all 2x as large`).
    static func isTimesLetter(_ word: Substring) -> Bool {
        guard word.count >= 2, word.allSatisfy(\.isASCII) else { return false }
        if word.first == "x" || word.first == "X" { return word.dropFirst().allSatisfy(\.isNumber) }
        if word.last == "x" || word.last == "X" { return word.dropLast().allSatisfy(\.isNumber) }
        return false
    }

    /// What a sign undergoes a few words after "sign" ("the sign changed").
    static let signChanges: Set<Substring> = ["changed", "changes", "change", "switched", "swapped", "turned"]

    /// Words right before a derivative head, a colon closing them, that
    /// change its value ("Doubled: $\frac{…}{…} = …$"; not the words after
    /// the value before, "…$ (halved), $…$").
    static func changesNext(_ prose: String) -> Bool {
        guard prose.trimmingBlanks().hasSuffix(":"), mayChange(prose) else { return false }
        guard let last = words(prose).last else { return false }
        return ["doubled", "halved", "negated", "flipped", "reversed", "twice", "squared", "tripled", "inverted"].contains(last)
    }

    /// Whether the words right before a value end on an article, an
    /// operation and "of" (`the negative of`, `its norm of`; not a role's
    /// "as negative of").
    static func operationBefore(_ before: String) -> Bool {
        guard before.containsBytes("of") || before.containsBytes("OF") || before.containsBytes("Of") else { return false }
        let last = Array(words(before).suffix(3))
        return last.count == 3 && last[2] == "of" && operationsOf.contains(last[1]) && ["the", "a", "its", "their"].contains(last[0])
    }

    /// Whether the words start with a change ("times 2", "doubled", "over
    /// 2"). ("squared" before a noun is the noun's: "each squared distance".)
    static func startsChange(_ words: ArraySlice<Substring>, loneSample: Bool = false) -> Bool {
        guard let first = words.first else { return false }
        if loneSample, first == "plus" || first == "minus" { return false }
        if first == "over" { return words.dropFirst().first.map(divisors.contains) ?? false }
        if first == "squared" || first == "cubed", let next = words.dropFirst().first, squaredNouns.contains(next) { return false }
        // "each half squared norm", "the half squared distance": "half" of
        // a noun of the loss's terms names the term, no change.
        if first == "half", let next = words.dropFirst().first, next == "squared" || squaredNouns.contains(next) { return false }
        return scaling.contains(first) || changing.contains(first) || isTimesLetter(first)
    }

    /// Nouns "squared" describes ("the squared distance"), no change.
    static let squaredNouns: Set<Substring> = ["distance", "distances", "norm", "norms", "term", "terms", "error", "errors", "difference",
                                               "differences", "loss", "losses", "euclidean", "l2", "length", "lengths"]


    /// Whether the words right before a value (its last two) or right
    /// after it (`rightAfter`) change it: the test for a value read from
    /// prose (`ofEvery` over its block comes first, in `parseDerivatives`).
    static func changedBeside(before: String, after: String, loneSample: Bool = false) -> Bool {
        if operationBefore(before) { return true }
        guard mayChange(before) || mayChange(after) else { return false }
        return change(words(before).suffix(2), loneSample: loneSample) || rightAfter(after, loneSample: loneSample)
    }

    /// Whether a text anywhere has words that change a value: a sentence
    /// that does is read by no role clause (`…, for the negative it's fa -
    /// fn, all times 2 since I dropped the half`).
    /// (A word of a change after a count's or a noun's words is no change:
    /// "f_1 appears twice", "the half cancels the 2", "one squared
    /// distance".)
    static func anywhere(_ text: String) -> Bool {
        guard mayChange(text) else { return false }
        let all = words(text)
        return all.indices.contains { k in
            startsChange(all[k...]) && !(k > 0 && notChanging.contains(all[k - 1]))
        }
    }

    /// Words before a change word that make it none (`anywhere`).
    static let notChanging: Set<Substring> = ["appears", "appear", "appearing", "occurs", "occur", "counted", "count", "used", "the", "a",
                                              "one", "that", "this", "its", "of", "by"]

    /// Whether the words right after a value, in its clause, change it:
    /// `= f_n - f_p$ times 2`, `fp - fa, doubled`, `(halved)`, `…, which is
    /// then divided by 2`, `with the sign flipped`, `up to a factor of 2`.
    /// Only words that open the clause count: "(f_1 appears twice)" says
    /// why, it changes nothing.
    static func rightAfter(_ text: String, loneSample: Bool = false) -> Bool {
        // (`(×2)`, `* 2`: a sign of multiplying opens the words.)
        if timesSign.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil { return true }
        guard mayChange(text) else { return false }
        // (`; times 2 because of the half`: a clause of its own that goes on
        // about the value.)
        let opened = text.drop { $0 == " " || $0 == "\t" }
        var rest = words(clause(String(opened.first == ";" ? opened.dropFirst() : opened)))[...]
        while let w = rest.first, beforeChange.contains(w) { rest.removeFirst() }
        guard let first = rest.first else { return false }
        // (`or rather the negative of that`.)
        if operationsOf.contains(first), rest.dropFirst().first == "of" { return true }
        // (`with the opposite sign`, `(opposite sign)`.)
        if rest.prefix(4).contains("opposite") { return true }
        return startsChange(rest, loneSample: loneSample) || openingChange.contains(first) && change(rest.prefix(5), loneSample: loneSample)
    }

    /// A sign of multiplying, then a number, opening a text (`(×2)`, ` * 2`, `x 2`).
    static let timesSign = try! NSRegularExpression(pattern: #"^\s*[(\[]?\s*(?:[×*·⋅]|x(?=\s*\d))\s*\d"#)

    /// Whether a sentence gives every value in it one change: "each times
    /// 2", "all multiplied by 2", "both doubled", "all three are halved",
    /// "each of which I then multiply by 2", "multiply all by 2".
    static func ofEvery(_ text: String) -> Bool {
        guard mayChange(text) else { return false }
        let all = words(text)
        for (k, word) in all.enumerated() {
            // "multiply all by 2", "double them all", "halve each".
            if k + 1 < all.count, startsChange(all[k...]), every.contains(all[k + 1]) || ["them", "these", "those"].contains(all[k + 1]) {
                return true
            }
            guard every.contains(word) else { continue }
            var j = k + 1
            while j < all.count, j - k <= 6, beforeEveryChange.contains(all[j]) { j += 1 }
            if startsChange(all[j...]) || j < all.count && all[j] == "opposite" { return true }
        }
        return false
    }

    /// A text to its clause's end: `;`, a line break or a full stop.
    static func clause(_ text: String) -> String {
        text.prefix { !";\n".contains($0) }.components(separatedBy: ". ").first ?? ""
    }
}
