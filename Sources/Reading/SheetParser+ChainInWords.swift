import CoursecheckAssignment
import CoursecheckMaths
import CoursecheckNotation

extension SheetParser {
    /// Words that say `=` before a calculation's result in words ("times
    /// 2 classes gives 36").
    /// (The verbs of a result, `ProseWords.resultVerbs`, and "is", "are", "equals".)
    static let resultVerbs: Set<String> = ProseWords.resultVerbs.union(["is", "are", "equals"])

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

extension SheetParser {
    /// Words that may stand between a figure of one class and the number
    /// of classes that multiplies it (`…, and there are two classes, so 36`).
    static let classCountFillers: Set<String> = ["and", "there", "are", "we", "have", "with", "for", "over", "across", "the"]
    /// Words that say what a figure of one class counts after it (`18 per
    /// class`, `18 valid triplets in each class`).
    static let partCountWords: Set<String> = ["per", "class", "each", "for", "in", "triplets", "valid", "ones", "of", "the", "one"]

    /// A figure of one class multiplied by the number of classes in words:
    /// "R [per class], [and there are] N classes, so M" (or "gives",
    /// "makes", `:`, `=` before M), R said of one class by its own words
    /// ("18 per class") or, a calculation's result, by its sentence before
    /// it ("per class", "for each class", "in one class"), is the
    /// calculation `R × N = M` after R, as if written "R; R × N = M". N is
    /// a whole number in digits or words, M a whole number.
    ///
    ///     per class 3*2*3 = 18, and there are two classes, so 36.
    ///       → per class 3*2*3 = 18; 18 × 2 = 36.
    ///     …, 3 negatives, 18 per class, and two classes give 36
    ///       → …, 3 negatives, 18 per class; 18 × 2 = 36
    ///
    /// A wrong step (`= 18, two classes, so 32`) then reads as a false
    /// calculation. Places are kept.
    static func classesInWords(_ fragment: Fragment) -> Fragment {
        let prose = ProseWords(fragment.text)
        let w = prose.words
        let s = Array(fragment.text.unicodeScalars)
        func end(_ k: Int) -> Int { w[k].offset + w[k].text.unicodeScalars.count }
        // Only blanks, and at most one of `marks`, between two words.
        func between(_ a: Int, _ b: Int, marks: String) -> Bool {
            let gap = s[end(a)..<w[b].offset].filter { !$0.properties.isWhitespace }
            return gap.count <= 1 && gap.allSatisfy { marks.unicodeScalars.contains($0) }
        }
        var pieces: [(range: Range<Int>, text: String)] = []
        for c in w.indices.dropFirst() where ProseWords.classWords.contains(w[c].text) && c + 1 < w.count {
            let nIndex = c - 1
            guard let n = w[nIndex].number, n >= 2, between(nIndex, c, marks: "") else { continue }
            // Back over the fillers (maybe a comma before them) to what R
            // counts (`18 per class`), then R.
            var k = nIndex - 1
            while k >= 0, Self.classCountFillers.contains(w[k].text), between(k, k + 1, marks: "") { k -= 1 }
            guard k >= 0, between(k, k + 1, marks: ",") else { continue }
            var rIndex = k
            while rIndex >= 0, rIndex > k - 6, w[rIndex].number == nil, Self.partCountWords.contains(w[rIndex].text),
                  rIndex == k || between(rIndex, rIndex + 1, marks: "") { rIndex -= 1 }
            guard rIndex >= 0, let r = w[rIndex].number, rIndex == k || between(rIndex, rIndex + 1, marks: ""),
                  rIndex + 1 == w.count || !w[rIndex + 1].afterOperator else { continue }
            // Said of one class: by the words after R (`18 per class`), or,
            // R a result after `=`, by its sentence before it (`per class 3*2*3 = 18`).
            let ownWords = rIndex < k && ProseWords.saysPart(w, (rIndex + 1)..<(k + 1))
            let sentence = w[rIndex].afterEquals && ProseWords.saysPart(w, prose.sentenceStart(before: rIndex)..<rIndex)
            guard ownWords && !w[rIndex].afterOperator || sentence else { continue }
            // Forward: a word of concluding or `:` / `=`, then M, ending its clause.
            var m = c + 1
            if ProseWords.concludingWords.contains(w[m].text), between(c, m, marks: ",") {
                m += 1
                guard m < w.count, between(m - 1, m, marks: "") else { continue }
            } else {
                // (`two classes: 36`, `two classes = 36`.)
                let gap = s[end(c)..<w[m].offset].filter { !$0.properties.isWhitespace }
                guard gap.count == 1, ":=".unicodeScalars.contains(gap[0]) else { continue }
            }
            guard w[m].text.first?.isNumber == true, m + 1 == w.count || !w[m + 1].afterOperator,
                  end(k) >= (pieces.last?.range.upperBound ?? 0) else { continue }
            pieces.append((end(k)..<end(nIndex), "; \(r) × \(n)"))
            pieces.append((end(nIndex)..<w[m].offset, " = "))
        }
        return pieces.isEmpty ? fragment : fragment.replacing(pieces)
    }
}
