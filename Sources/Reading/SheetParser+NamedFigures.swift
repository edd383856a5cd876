import CoursecheckAssignment
import CoursecheckNotation

extension SheetParser {
    /// What Question 4's words say a figure counts of the classes
    /// (`CountClaim.NamedFigure`), read from a block's words and maths, so
    /// that the verifier can hold the claim to the assignment's classes:
    ///
    ///     per class 3 · 2 · 2 = 12, times 3 classes = 36   per class: 12 or 36; classes: 3
    ///     3 · 2 · 3 = 18 valid triplets in each class       per class: 18
    ///     = 18 per class, times 2 classes = 36              per class: 18; classes: 2
    ///     each class gives 18                               per class: 18
    ///     6 · 2 · 3 · 2 (both classes) = 72                 classes: 2
    ///     × 3 (number of classes)                           classes: 3
    ///
    /// A figure "per class" is the number written right before the words
    /// ("per class", "in each class", "for one class", "in every class")
    /// after `=` or with words of triplets between (`18 valid triplets per
    /// class`), or, when the words open their clause (`Per class: …`, `For
    /// each class, …`, `each class gives …`), any result, product or
    /// partial product of its sentence after them: the claim holds when
    /// one of them is true. A number of classes is the number, or "both",
    /// before "classes" (`times 3 classes`, `the two classes`), maybe in
    /// brackets after its factor (`2 (both classes)`, `2 (number of
    /// classes)`). A sentence of a case that is not the sheet's ("would",
    /// "could") claims nothing; nor does "3 per class" alone (the
    /// samples of a class).
    static func namedFigures(_ group: [MathDelimiters.Piece]) -> [CountClaim.NamedFigure] {
        guard let at = group.first?.location else { return [] }
        let source = Array(sourceText(group, separator: " ").lowercased().unicodeScalars)
        var figures: [CountClaim.NamedFigure] = []
        for sentence in FigureToken.sentences(source) where !sentence.tokens.contains(where: { FigureToken.hypothetical.contains($0.word ?? "") }) {
            var text: String {
                String(String.UnicodeScalarView(source[sentence.range])).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            }
            for found in sentence.classCounts() + sentence.perClassCounts() where !figures.contains(where: { $0.candidates == found.candidates && $0.counts == found.counts && $0.text == text }) {
                figures.append(CountClaim.NamedFigure(candidates: found.candidates, counts: found.counts, text: text, location: at))
            }
        }
        return figures
    }
}

/// A token of the words and figures Question 4's reasoning is written in,
/// maths and prose alike (`namedFigures`).
enum FigureToken: Equatable {
    case number(Int)
    case word(String)
    /// `×`, `·`, `*`, `x`, `\cdot`, `\times`, "times", "multiplied by".
    case times
    /// `=`, an arrow.
    case result
    case colon, comma, open, close
    /// `+`, `-`, `/` and the like.
    case other

    var number: Int? { if case .number(let n) = self { n } else { nil } }
    var word: String? { if case .word(let w) = self { w } else { nil } }

    /// Words that make a sentence a case that is not the sheet's. ("If"
    /// and "suppose" alone do not: students open their own case with them,
    /// "If we only consider valid triplets, per class there are …", and a
    /// false figure there must still be caught.)
    static let hypothetical: Set<String> = ["would", "could", "wouldn", "couldn"]
    /// Words of triplets between a figure and what it is counted over (`18 valid triplets per class`).
    static let countWords: Set<String> = ["valid", "triplets", "triplet", "unique", "ones", "possible", "distinct", "such"]
    /// Words that say `=` before a figure (`each class gives 18`).
    /// (The verbs of a result, `ProseWords.resultVerbs`, and "equals", "contributes".)
    static let resultVerbs: Set<String> = ProseWords.resultVerbs.union(["equals", "contributes"])

    /// Words that may follow a figure without making it a thing's number
    /// (`so 18 per class`, `18 and …`).
    static let joiners: Set<String> = ["per", "in", "for", "each", "of", "and", "so", "then", "over", "with", "from", "across", "times", "which", "as"]

    /// Words before a figure a clause concludes with (`…, so 18`, `i.e.
    /// 18`, `the count is 18`): more figures a claim "per class" may name.
    static let conclusions: Set<String> = ["so", "hence", "thus", "therefore", "e", "is", "are", "obtain", "leaves"]

    /// One sentence's tokens (between `.`, `;`, `!`, `?` and line breaks)
    /// and the scalars it spans.
    struct Sentence {
        var tokens: [FigureToken]
        var range: Range<Int>
    }

    /// The sentences of lower-cased text: numbers (and number words), words,
    /// signs; TeX's commands of multiplication and arrows as their signs,
    /// other commands, `$`, braces and spaces passed over.
    static func sentences(_ s: [Unicode.Scalar]) -> [Sentence] {
        var result: [Sentence] = []
        var tokens: [FigureToken] = []
        var start = 0
        var i = 0
        func isDigit(_ k: Int) -> Bool { k < s.count && Prose.isDigit(s[k]) }
        func isLetter(_ k: Int) -> Bool { k < s.count && Prose.isLetter(s[k]) }
        func end(at k: Int) {
            if !tokens.isEmpty { result.append(Sentence(tokens: tokens, range: start..<k)) }
            tokens = []
            start = k + 1
        }
        while i < s.count {
            let c = s[i]
            if isDigit(i) {
                var k = i
                while isDigit(k) { k += 1 }
                tokens.append(Int(String(String.UnicodeScalarView(s[i..<k]))).map(FigureToken.number) ?? .other)
                i = k
                continue
            }
            if isLetter(i) || c == "\\" && isLetter(i + 1) {
                var k = i + 1
                while isLetter(k) { k += 1 }
                let w = String(String.UnicodeScalarView(s[i..<k]))
                switch w {
                case "\\cdot", "\\times", "\\ast", "times", "multiplied", "x": tokens.append(.times)
                case "\\to", "\\rightarrow", "\\longrightarrow", "\\implies", "\\Rightarrow": tokens.append(.result)
                case "by" where tokens.last == .times: break
                // (`\binom{3}{2} = 3`: a calculation's operator; its numbers
                // are no figures the words before it state.)
                case "\\binom", "\\tbinom", "\\dbinom", "\\frac", "\\dfrac", "\\tfrac", "\\choose", "\\over", "\\sqrt": tokens.append(.other)
                default:
                    if w.hasPrefix("\\") { break }
                    if let n = ProseWords.numberWords[w] { tokens.append(.number(n)) } else { tokens.append(.word(w)) }
                }
                i = k
                continue
            }
            switch c {
            case "=", "→", "⇒", "⟹", "⟶": tokens.append(.result)
            case "-" where i + 1 < s.count && s[i + 1] == ">": tokens.append(.result); i += 1
            case "×", "·", "⋅", "*": tokens.append(.times)
            case ":": tokens.append(.colon)
            case ",": tokens.append(.comma)
            case "(", "[": tokens.append(.open)
            case ")", "]": tokens.append(.close)
            // (A full stop ends a sentence before a space or the end, not
            // in `i.e.` or `3.5`.)
            case "." where i + 1 < s.count && !s[i + 1].properties.isWhitespace || Prose.endsAbbreviation(s, i): break
            case ".", ";", "!", "?", "\n": end(at: i)
            case "+", "-", "/", "−", "÷": tokens.append(.other)
            default: break
            }
            i += 1
        }
        end(at: s.count)
        return result
    }
}

extension FigureToken.Sentence {
    /// The numbers of classes its words claim: the number or "both" before
    /// "classes", fillers and an opening bracket between (`times 3
    /// classes`, `2 (both classes)`, `2 (number of classes)`).
    func classCounts() -> [(candidates: [Int], counts: CountClaim.NamedFigure.Counts)] {
        var found: [(candidates: [Int], counts: CountClaim.NamedFigure.Counts)] = []
        let fillers: Set<String> = ["the", "number", "of", "distinct", "different", "both", "all"]
        for i in tokens.indices where tokens[i].word == "classes" {
            if i > 0, tokens[i - 1].word == "both" { found.append(([2], .classes)) }
            var k = i - 1
            while k >= 0, tokens[k] == .open || fillers.contains(tokens[k].word ?? "") { k -= 1 }
            if k >= 0, let n = tokens[k].number { found.append(([n], .classes)) }
        }
        return found
    }

    /// The figures its words say are one class's valid triplets (see
    /// `SheetParser.namedFigures`), also "for each of the 2 classes".
    func perClassCounts() -> [(candidates: [Int], counts: CountClaim.NamedFigure.Counts)] {
        var found: [(candidates: [Int], counts: CountClaim.NamedFigure.Counts)] = []
        let determiners: Set<String> = ["per", "each", "one", "single", "every"]
        let prepositions: Set<String> = ["in", "for", "within", "from", "of", "inside"]
        let openers: Set<String> = ["valid", "triplets", "triplet", "ones", "count", "number", "so", "then", "thus", "hence", "and", "total"]
        // Where the words end and start: `per class`, `in each class`, and
        // `for each of the (2) classes`.
        var phrases: [(start: Int, end: Int)] = []
        for c in tokens.indices where c > 0 {
            if tokens[c].word == "class", determiners.contains(tokens[c - 1].word ?? "") { phrases.append((c - 1, c)) }
            guard tokens[c].word == "classes" else { continue }
            var k = c - 1
            if k >= 0, tokens[k].number != nil || tokens[k].word == "both" { k -= 1 }
            if k >= 0, tokens[k].word == "the" { k -= 1 }
            if k >= 1, tokens[k].word == "of", ["each", "either"].contains(tokens[k - 1].word ?? "") { phrases.append((k - 1, c)) }
        }
        // A sentence about pairs ("the (a,p) pair is ordered inside one
        // class: 3*2 = 6 per class") counts pairs by the figure right before
        // its words, not triplets: that figure claims nothing of them, unless
        // words of triplets stand between (`6 valid triplets per class`).
        let aboutPairs = tokens.contains { ["pair", "pairs", "couple", "couples"].contains($0.word ?? "") }
        for (first, c) in phrases {
            var start = first
            if start > 0, prepositions.contains(tokens[start - 1].word ?? "") { start -= 1 }
            // Before: `= 18 per class`, `18 valid triplets in each class`.
            var k = start - 1
            var skipped = 0
            while k >= 0, FigureToken.countWords.contains(tokens[k].word ?? "") { k -= 1; skipped += 1 }
            // `3 · 2 · 3 per class`, `3 * 2 * 3 (per class) * 2`: the
            // product the words end. (Not a total the bracket follows: `… =
            // 36 (for each class: …)`.)
            let factor = k > 0 && tokens[k] == .open ? k - 1 : k
            if aboutPairs, skipped == 0, factor >= 0, tokens[factor].number != nil { continue }
            if factor > 0, tokens[factor].number != nil, tokens[factor - 1] == .times, let product = runProduct(endingAt: factor) {
                found.append(([product], .perClass))
                continue
            }
            if k >= 0, let n = tokens[k].number, k == 0 || tokens[k - 1] != .times {
                let said = k > 0 && (tokens[k - 1] == .result || FigureToken.resultVerbs.contains(tokens[k - 1].word ?? ""))
                if skipped > 0 || said {
                    found.append(([n], .perClass))
                    continue
                }
            }
            // After, when the words open their clause: `Per class: …`,
            // `For each class, …`, `each class gives …`.
            let opens = start == 0 || [.colon, .comma, .open].contains(tokens[start - 1]) || openers.contains(tokens[start - 1].word ?? "")
            guard opens, !statesClassSize(after: c + 1) else { continue }
            let candidates = figures(after: c + 1)
            if !candidates.isEmpty { found.append((candidates, .perClass)) }
        }
        return found
    }

    /// Whether the words from token `from` say how many samples a class
    /// holds (`Each class has 3 samples, so … 6 · 2 · 3 = 36`, `every
    /// class contains three points`): the clause is about the class's
    /// size, and what the sentence computes after it is no count per class.
    func statesClassSize(after from: Int) -> Bool {
        var k = from
        guard k < tokens.count, Self.classSizeVerbs.contains(tokens[k].word ?? "") else { return false }
        k += 1
        while k < tokens.count, Self.classSizeFillers.contains(tokens[k].word ?? "") { k += 1 }
        guard k + 1 < tokens.count, tokens[k].number != nil else { return false }
        return Self.classSizeNouns.contains(tokens[k + 1].word ?? "")
    }
    private static let classSizeVerbs: Set<String> = ["has", "have", "contains", "holds", "gets", "consists", "is"]
    private static let classSizeFillers: Set<String> = ["of", "exactly", "made", "up", "only"]
    private static let classSizeNouns: Set<String> = ["samples", "sample", "points", "point", "members", "elements", "items",
                                                     "examples", "embeddings", "inputs", "datapoints", "data"]

    /// The product of the run of factors whose last number is token `end`
    /// (`3 anchors × 2 × 3`, a factor's noun of up to two words passed
    /// over); nil when it overflows.
    func runProduct(endingAt end: Int) -> Int? {
        var product = 1
        var k = end
        while k >= 0, let n = tokens[k].number {
            let (p, overflow) = product.multipliedReportingOverflow(by: n)
            guard !overflow else { return nil }
            product = p
            guard k > 0, tokens[k - 1] == .times else { break }
            k -= 2
            var words = 0
            while k >= 0, words < 2, tokens[k].word != nil { k -= 1; words += 1 }
        }
        return product
    }

    /// The figures from token `from` to the sentence's end, or to words of
    /// the classes together ("classes", "both", "total"): each result
    /// (after `=`, an arrow, a verb of result or "so", "i.e.", "is"), each product of a run of
    /// factors and its partial products (`3 anchors × 2 × 3`: 6, 18), and a
    /// figure standing first (`Per class: 18`) that is not a thing's number
    /// (`each class has 3 samples`).
    func figures(after from: Int) -> [Int] {
        var candidates: [Int] = []
        var k = from
        var possessive = false
        while k < tokens.count, [.colon, .comma, .result].contains(tokens[k])
            || ["is", "are", "has", "have", "contains", "there", "we", "it"].contains(tokens[k].word ?? "")
            || FigureToken.resultVerbs.contains(tokens[k].word ?? "") {
            possessive = possessive || ["has", "have", "contains", "there"].contains(tokens[k].word ?? "")
            k += 1
        }
        if k < tokens.count, let n = tokens[k].number {
            let next = k + 1 < tokens.count ? tokens[k + 1] : nil
            let counted = next?.word.map(FigureToken.countWords.contains) == true
            if counted || !possessive && (next == nil || next == .comma || next == .close) { candidates.append(n) }
        }
        // (Up to the words that turn to the classes together: `for each
        // class: 3 anchors, …, and there are two classes, so 6 · 2 · 3 = 36`.)
        let together: Set<String> = ["classes", "both", "total", "overall", "altogether", "all", "together"]
        let end = tokens[from...].firstIndex { together.contains($0.word ?? "") } ?? tokens.count
        for r in from..<max(from, end) {
            // (Not a thing's number, `gives 3 anchors`, nor a factor, `there
            // are 3·2 pairs`: its run is read below.)
            let thing = r + 1 < tokens.count && tokens[r + 1].word.map { !FigureToken.countWords.contains($0) && !FigureToken.joiners.contains($0) } == true
            let factor = r + 1 < tokens.count && tokens[r + 1] == .times
            if let n = tokens[r].number, r > from, !thing, !factor, !namesPairs(after: r),
               tokens[r - 1] == .result || FigureToken.resultVerbs.contains(tokens[r - 1].word ?? "")
                || FigureToken.conclusions.contains(tokens[r - 1].word ?? "") {
                candidates.append(n)
            }
            // A run of factors starting here: number [up to two words] × number ….
            guard let first = tokens[r].number, r == from || tokens[r - 1] != .times else { continue }
            var product = first
            var at = r + 1
            var products: [Int] = []
            while true {
                var w = at
                while w < tokens.count, w - at < 2, tokens[w].word != nil { w += 1 }
                guard w + 1 < end, tokens[w] == .times, let n = tokens[w + 1].number else { break }
                let (p, overflow) = product.multipliedReportingOverflow(by: n)
                guard !overflow else { break }
                product = p
                products.append(product)
                at = w + 2
            }
            // (A run that counts pairs, `3·2 ordered (a, p) pairs`, claims
            // nothing of the triplets.)
            if !namesPairs(after: at - 1) { candidates += products }
        }
        return candidates
    }

    /// Whether the words right after token `last` (up to ten tokens of
    /// words and brackets, before any figure, sign, comma or word of
    /// triplets) name pairs: `3·2 ordered (a, p) pairs`, `6 couples`.
    ///
    /// So do words that name two roles alone (`3 · 2 = 6 ways to choose the
    /// anchor and positive`), after the run's result if it has one.
    func namesPairs(after last: Int) -> Bool {
        var k = last + 1
        if k + 1 < tokens.count, tokens[k] == .result, tokens[k + 1].number != nil { k += 2 }
        let start = k
        var depth = 0
        var roles: Set<String> = []
        while k < tokens.count, k - start < 10 {
            switch tokens[k] {
            case .word(let w):
                if ["pair", "pairs", "couple", "couples"].contains(w) { return true }
                if ["triplets", "triplet", "ones"].contains(w) { return false }
                if let role = ProseWords.roles[w] { roles.insert(role) }
            case .open: depth += 1
            case .close: depth -= 1
            // (A comma outside brackets ends the phrase: `(a, p)` does not.)
            case .comma where depth > 0: break
            default: return roles.count == 2
            }
            k += 1
        }
        return roles.count == 2
    }
}
