import CoursecheckMaths

/// The words and whole numbers of a piece of prose, lowercased, with their
/// scalar offsets: enough to read "6 choices for the anchor … times 2".
struct ProseWords {
    struct Word {
        var text: String
        var offset: Int
        /// A label: the word is followed by `:` (`all: 120`, `Valid: 36`).
        var labels = false
        /// Punctuation (not only white space) stands between the word and
        /// the one before: `(6) × positive`.
        var afterPunctuation = false
        /// Followed by `=` or `:` (after spaces): the word heads a statement (`valid triplets = …`).
        var equates = false
        /// The last mark before the word (spaces aside) is `=`: `… = 120`, `(…) = 36`.
        var afterEquals = false
        /// A line break stands between the word and the one before.
        var afterLineBreak = false
        /// An operation's sign stands between the word and the one before (`6 * 2`, `6 × 2`).
        var afterOperator = false
        /// An arrow stands between the word and the one before (`… → 120`, `⇒ 36`, `-> 36`).
        var afterArrow = false
        /// Written in parentheses of its own: `anchor (6)`.
        var parenthesised = false
        /// Inside brackets, `(…)` or `[…]`: a remark (`Valid triplets (same
        /// class for a and p): …`, the enumerator of `(a) Total …`).
        var bracketed = false
        /// A full stop ends its sentence right after it (or after its
        /// closing bracket), before a space or the end: `(a) Total number
        /// of triplets.` — not `i.e.`, `w.r.t.`, `vs.`.
        var endsSentence = false
        /// Just after `(` / just before `)`: `(6 ways)` opens on the number
        /// and closes on its word.
        var opensParenthesis = false
        var closesParenthesis = false
        /// A `%` follows it, after spaces at most: `30%`, `30 %`.
        var percentage = false
        /// Its whole number: digits, or a number word from "two" to
        /// "twenty" ("six times five times four ways"). Not "one", which is
        /// as often a pronoun ("the positive one of the 2 others").
        var number: Int? { spelled ? spelledValue : text.first?.isNumber == true ? Int(text) : ProseWords.numberWords[text] }
        /// A whole number spelled in several words, read as one word
        /// (`spelledNumbers`): "thirty-six", "one hundred and twenty".
        var spelled = false
        /// Its value; nil when the phrase could not be read whole ("one
        /// hundred and twenty-something" is no number at all, never 20).
        var spelledValue: Int?
    }

    /// Words that make the number before them a share (`30 percent`).
    static let percentWords: Set<String> = ["percent", "pct"]
    static let numberWords: [String: Int] = [
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20,
    ]

    let words: [Word]

    init(_ text: Substring) {
        var words: [Word] = []
        var current = ""
        var start = 0
        var offset = 0
        var punctuated = false
        // Since the last word: only spaces, whether `=` was the last mark, whether a line break came.
        var onlySpaces = true, equals = false, lineBreak = false, operated = false, arrowed = false
        var depth = 0
        let scalars = Array(text.unicodeScalars)
        func flush() {
            if !current.isEmpty {
                var word = Word(text: current, offset: start)
                word.afterPunctuation = punctuated
                word.afterEquals = equals
                word.afterLineBreak = lineBreak
                word.afterOperator = operated
                word.afterArrow = arrowed
                operated = false
                arrowed = false
                onlySpaces = true
                equals = false
                lineBreak = false
                let end = start + current.unicodeScalars.count
                word.opensParenthesis = start > 0 && scalars[start - 1] == "("
                word.closesParenthesis = end < scalars.count && scalars[end] == ")"
                word.parenthesised = word.opensParenthesis && word.closesParenthesis
                var after = end
                while after < scalars.count, scalars[after] == " " { after += 1 }
                word.percentage = after < scalars.count && scalars[after] == "%"
                word.bracketed = depth > 0
                words.append(word)
                punctuated = false
            }
            current = ""
        }
        for scalar in scalars {
            let isDigit = Prose.isDigit(scalar)
            // Letters of any script ("Válidas", "gültige"), lower case.
            let isLetter = Prose.isLetter(scalar) || scalar.value > 0x7F && scalar.properties.isAlphabetic
            if isDigit || isLetter {
                // A change between letters and digits starts a new word.
                if let last = current.unicodeScalars.last, Prose.isDigit(last) != isDigit { flush() }
                if current.isEmpty { start = offset }
                if scalar.value > 0x7F {
                    // (One scalar for one, so offsets keep: `ß` stays.)
                    let lower = scalar.properties.lowercaseMapping.unicodeScalars
                    current.unicodeScalars.append(lower.count == 1 ? lower.first! : scalar)
                } else {
                    current.unicodeScalars.append(isLetter ? Unicode.Scalar(scalar.value | 0x20)! : scalar)
                }
            } else {
                flush()
                // `Valid:`, `All triplets (ordered):` — the colon right after
                // the word or its closing parenthesis.
                if scalar == ":", let last = words.indices.last,
                   words[last].offset + words[last].text.unicodeScalars.count == offset
                    || words[last].closesParenthesis && words[last].offset + words[last].text.unicodeScalars.count + 1 == offset {
                    words[last].labels = true
                }
                if scalar == "=" || scalar == ":", onlySpaces, let last = words.indices.last {
                    words[last].equates = true
                }
                if scalar == "=" {
                    equals = true
                } else if scalar == "\n" {
                    lineBreak = true
                } else if !Prose.isWhitespace(scalar) {
                    onlySpaces = false
                    equals = false
                }
                if !Prose.isWhitespace(scalar) { punctuated = true }
                if "*×·⋅+/^÷".unicodeScalars.contains(scalar) { operated = true }
                if Self.isArrow(scalars, at: offset) { arrowed = true }
                if scalar == "(" || scalar == "[" { depth += 1 }
                if scalar == ")" || scalar == "]" { depth = max(0, depth - 1) }
                if scalar == ".", let last = words.indices.last, Self.endsSentence(scalars, at: offset, after: words[last]) {
                    words[last].endsSentence = true
                }
            }
            offset += 1
        }
        flush()
        self.words = Self.lettersAsRoles(Self.spelledNumbers(words, scalars))
    }

    /// The tens spelled out, from "twenty" to "ninety".
    static let tensWords: [String: Int] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    /// The units spelled out (with "one", which alone stays a pronoun).
    static let unitWords: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    ]
    /// Words of scale: a phrase holding them is a number spelled out, read
    /// whole or not at all.
    static let scaleWords: Set<String> = ["hundred", "thousand", "million"]

    /// Whole numbers spelled in several words, each made one word whose
    /// `number` is the phrase's (`thirty-six`, `one hundred and twenty`, `a
    /// hundred and twenty`, `two hundred sixteen`), and the tens alone
    /// (`thirty`). The words of a run (number words and a scale word, one
    /// space or one hyphen between, "and" after "hundred", "a" before it)
    /// that is not one such phrase become one word with no number
    /// ("one hundred and twenty" was "twenty" alone, 20; "one thousand
    /// …" is not read): a number in words is read only when parsed whole.
    static func spelledNumbers(_ words: [Word], _ scalars: [Unicode.Scalar]) -> [Word] {
        func isNumberWord(_ text: String) -> Bool {
            numberWords[text] != nil || tensWords[text] != nil || unitWords[text] != nil || scaleWords.contains(text)
        }
        func isLarge(_ text: String) -> Bool { tensWords[text] != nil || scaleWords.contains(text) }
        guard words.contains(where: { isLarge($0.text) }) else { return words }
        // The marks between word k - 1 and word k: one space or one hyphen.
        func gap(_ k: Int) -> Unicode.Scalar? {
            let end = words[k - 1].offset + words[k - 1].text.unicodeScalars.count
            guard words[k].offset == end + 1 else { return nil }
            return scalars[end] == " " || scalars[end] == "-" ? scalars[end] : nil
        }
        var result: [Word] = []
        var i = 0
        while i < words.count {
            let first = words[i].text
            let opensScale = (first == "a" || first == "one") && i + 1 < words.count && words[i + 1].text == "hundred" && gap(i + 1) == " "
            guard isNumberWord(first) || opensScale else {
                result.append(words[i])
                i += 1
                continue
            }
            var j = i + 1
            // ("one hundred-and-twenty": a run cut where it goes on is read as no number.)
            var cut = false
            while j < words.count, let mark = gap(j) {
                let t = words[j].text
                if isNumberWord(t) { j += 1; continue }
                // "and" between a scale word and a number word.
                if t == "and", scaleWords.contains(words[j - 1].text) {
                    if mark == " ", j + 1 < words.count, isNumberWord(words[j + 1].text), gap(j + 1) == " " { j += 1; continue }
                    cut = true
                }
                break
            }
            // ("twenty-odd", "one hundred and twenty-first": a word joined
            // on by a hyphen goes on with the number.)
            if j < words.count, gap(j) == "-" { cut = true }
            let run = Array(words[i..<j])
            let texts = run.map(\.text)
            // Runs without tens or a scale keep their words ("six", "two three");
            // "twenty" alone is 20 as before, the other tens alone their value.
            if !run.contains(where: { isLarge($0.text) }) || run.count == 1 && first == "twenty" && !cut {
                result += run
                i = j
                continue
            }
            var merged = run[0]
            merged.text = String(String.UnicodeScalarView(scalars[run[0].offset..<(run[run.count - 1].offset + run[run.count - 1].text.unicodeScalars.count)])).lowercased()
            merged.spelled = true
            merged.spelledValue = cut ? nil : Self.spelledValue(texts, marks: (i + 1..<j).map { gap($0)! })
            let last = run[run.count - 1]
            merged.labels = last.labels
            merged.equates = last.equates
            merged.endsSentence = last.endsSentence
            merged.closesParenthesis = last.closesParenthesis
            merged.parenthesised = merged.opensParenthesis && merged.closesParenthesis
            merged.percentage = last.percentage
            result.append(merged)
            i = j
        }
        return result
    }

    /// The value of a whole number spelled in words, `marks` the space or
    /// hyphen before each word after the first: `[a|one|unit] hundred [and]
    /// [tens[-unit] | teen | unit]` or `tens[-unit]`; nil for anything else.
    static func spelledValue(_ texts: [String], marks: [Unicode.Scalar]) -> Int? {
        var k = 0
        var value = 0
        if texts.count >= 2, texts[1] == "hundred", marks[0] == " " {
            guard let lead = texts[0] == "a" ? 1 : unitWords[texts[0]] else { return nil }
            value = lead * 100
            k = 2
            if k == texts.count { return value }
            if texts[k] == "and" { k += 1 }
            guard k < texts.count, marks[k - 1] == " " else { return nil }
        }
        if let tens = tensWords[texts[k]] {
            value += tens
            k += 1
            if k < texts.count, let unit = unitWords[texts[k]] {
                value += unit
                k += 1
            }
        } else if let small = numberWords[texts[k]] ?? unitWords[texts[k]], value > 0 || texts.count == 1 {
            value += small
            k += 1
        } else {
            return nil
        }
        return k == texts.count ? value : nil
    }

    /// Whether the scalar at `i` ends an arrow: `→`, `⇒`, `⟹`, `⟶`, or the
    /// `>` of `->` and `=>`. A bare `>` compares (`120 > 36`): no arrow.
    static func isArrow(_ scalars: [Unicode.Scalar], at i: Int) -> Bool {
        if "→⇒⟹⟶".unicodeScalars.contains(scalars[i]) { return true }
        return scalars[i] == ">" && i > 0 && (scalars[i - 1] == "-" || scalars[i - 1] == "=")
    }

    /// Whether the `.` at `i` ends the sentence of `word`, the last word
    /// before it: right after the word or its closing bracket, before a
    /// space or the end, and no abbreviation (`i.e.`, `vs.`).
    static func endsSentence(_ scalars: [Unicode.Scalar], at i: Int, after word: Word) -> Bool {
        let end = word.offset + word.text.unicodeScalars.count
        guard end == i || word.closesParenthesis && end + 1 == i else { return false }
        guard i + 1 == scalars.count || scalars[i + 1].properties.isWhitespace else { return false }
        return !Prose.endsAbbreviation(scalars, i)
    }

    /// The roles written by their letters, as in the triplet `(a, p, n)`:
    /// "6 choices for a, 5 for p, 4 for n", "a: 6 ways, p: 2 ways, n: 3
    /// ways". A letter is a role's only where all three stand alone before
    /// a mark (`,` `:` `→` `)` or the end), a then p then n; then each such
    /// letter is the role's word. ("a sample", "for a positive" keep theirs.)
    static func lettersAsRoles(_ words: [Word]) -> [Word] {
        let names = roleLetterNames
        let alone = words.indices.filter { i in
            // (The letters are single bytes: no other word is looked up.)
            words[i].text.utf8.count == 1 && names[words[i].text] != nil && (i + 1 == words.count || words[i + 1].afterPunctuation)
        }
        guard let a = alone.first(where: { words[$0].text == "a" }),
              let p = alone.first(where: { $0 > a && words[$0].text == "p" }),
              alone.contains(where: { $0 > p && words[$0].text == "n" }) else { return words }
        var words = words
        for i in alone { words[i].text = names[words[i].text]! }
        return words
    }

    /// The roles' letters, as written and as subscripts, and their words
    /// (`lettersAsRoles`, role clauses, `AllRolesInWords`).
    static let roleLetterNames = ["a": "anchor", "p": "positive", "n": "negative", "ₐ": "anchor", "ₚ": "positive", "ₙ": "negative"]

    func contains(_ word: String) -> Bool { words.contains { $0.text == word } }

    /// Words that speak of all the ordered triplets, loosely: "all",
    /// "total", "permutations", "ordered", "possible" (not "2 possible
    /// positives", not "an ordered pair", nor a figure's sum in a remark:
    /// "(3·2 in each class, 12 total)", "(6 · 2 in all)").
    var namesAllBroadly: Bool {
        words.indices.contains { i in
            ["all", "total", "permutations", "ordered"].contains(words[i].text) && !qualifiesPair(at: i)
                && !sumsFigureInRemark(at: i) && !sumsOtherThings(at: i) && !remarksOnPart(at: i)
        }
            || words.indices.contains { i in
                words[i].text == "possible" && (i + 1 == words.count || ProseWords.roles[words[i + 1].text] == nil)
            }
    }
    /// Whether the word at `i` ("ordered", "permutation") qualifies a pair
    /// of two roles, not the triplets: "an ordered pair", "ordered (a,p)
    /// pairs", "ordered couples".
    func qualifiesPair(at i: Int) -> Bool {
        var next = i + 1
        while next < words.count, words[next].bracketed, !words[i].bracketed { next += 1 }
        return next < words.count && ["pair", "pairs", "couple", "couples"].contains(words[next].text)
    }

    /// Whether a figure comes right before the word at `i`, or before an
    /// "in" right before it: a figure's sum ("12 total", "6 · 2 in all").
    /// (A text that opens on the "in" follows maths: `$6 \cdot 2$ in all)`.)
    private func figureBefore(_ i: Int) -> Bool {
        i > 0 && (words[i - 1].number != nil || words[i - 1].text == "in" && (i == 1 || words[i - 2].number != nil))
    }

    /// Whether the word at `i` ("all", "total") sums a figure in a remark,
    /// closing it: `(6 · 2 in all)`, `(12 total)`.
    func sumsFigureInRemark(at i: Int) -> Bool {
        (words[i].bracketed || words[i].closesParenthesis) && !words[i].afterPunctuation && figureBefore(i)
    }

    /// Whether the phrase of summing at word `i` ("in all", "in total",
    /// "altogether", "overall"; `i` at any of its words) sums a figure of
    /// things that are no triplets written right before it: `12 pairs in
    /// all`, `6 samples in total`, `12 ordered (a, p) pairs altogether`, `3
    /// negatives overall`. It names no kind of count (`12 pairs in all;
    /// each has 3 negatives, so 36` counts the valid ones).
    ///
    /// The noun is one of `partNouns` or a role, at most two words
    /// (or a remark in brackets) after the figure, nothing but spaces between.
    func sumsOtherThings(at i: Int) -> Bool {
        var k = i
        if k > 0, words[k].text != "in", words[k - 1].text == "in", !words[k].afterPunctuation { k -= 1 }
        guard k >= 2, !words[k].afterPunctuation, summingPhraseLength(at: k) > 0 || words[k].text == "all" || words[k].text == "total" else { return false }
        let noun = words[k - 1]
        guard ProseWords.partNouns.contains(noun.text) || ProseWords.roles[noun.text] != nil else { return false }
        var j = k - 2
        var between = 0
        while j >= 0, words[j].number == nil, between < 2 || words[j].bracketed, !words[j + 1].afterLineBreak {
            if !words[j].bracketed { between += 1 }
            j -= 1
        }
        return j >= 0 && words[j].number != nil && !words[j + 1].afterLineBreak
    }

    /// Whether the word at `i` ("ordered") is a remark of its own in
    /// brackets on the part named right before it, a role, a pair or
    /// "each": `2 positives each (ordered)`, `(a, p) pairs (ordered)`. It
    /// names no kind of count (`120 (ordered)`, `All triplets (ordered):`
    /// still do).
    func remarksOnPart(at i: Int) -> Bool {
        guard i > 0, words[i].parenthesised, !words[i - 1].bracketed || words[i - 1].closesParenthesis else { return false }
        let before = words[i - 1].text
        return ProseWords.roles[before] != nil || ProseWords.partNouns.contains(before) || before == "each"
    }

    /// Nouns of the parts of a triplet (`notTripletNouns` but the words of
    /// choices: "120 ways in total" may count the triplets).
    static let partNouns: Set<String> = notTripletNouns.subtracting(choiceWords).subtracting(["way"])

    func containsAny(_ set: Set<String>) -> Bool { words.contains { set.contains($0.text) } }

    static let roles: [String: String] = [
        "anchor": "anchor", "anchors": "anchor", "positive": "positive", "positives": "positive",
        "negative": "negative", "negatives": "negative", "pos": "positive", "neg": "negative",
    ]
    /// Words that make a "twice" after them a repetition ruled out.
    static let excluding: Set<String> = ["no", "not", "never", "none", "cannot", "can't", "cant", "without", "nor", "neither"]
    /// Words after a number that make it a number of the things a triplet
    /// is made of or chosen from, not of triplets: their nouns ("3 samples",
    /// "6 items", "2 classes") and the adjectives that go before those nouns
    /// ("3 distinct …", "3 different …").
    static let itemWords: Set<String> = ["sample", "samples", "item", "items", "element", "elements", "embedding", "embeddings",
                                         "index", "indices", "point", "points", "object", "objects", "vector", "vectors",
                                         "class", "classes", "member", "members", "distinct", "different"]
    static let choiceWords: Set<String> = ["choice", "choices", "option", "options", "ways", "possibilities", "left", "remaining", "candidates"]

    /// Products of "N choices for the ROLE" factors. A product ends where a
    /// role repeats or the text says "alternatively"; "times K",
    /// "multiplied by K" and "twice" after it multiply it.
    func choiceProducts() -> [(factors: [Int], text: String, offset: Int, roles: [String?])] {
        var products: [(factors: [Int], text: String, offset: Int, roles: [String?])] = []
        var roles: Set<String> = []
        var unread: Set<Int> = []
        var open = false
        var i = 0
        // The roles each product names.
        var named: [Set<String>] = []
        func start(at offset: Int) {
            products.append(([], "", offset, []))
            named.append([])
            roles = []
            open = true
        }
        func add(_ factor: Int, _ text: String, role: String? = nil) {
            let last = products.count - 1
            products[last].factors.append(factor)
            products[last].roles.append(role)
            products[last].text += (products[last].text.isEmpty ? "" : " × ") + text
        }
        while i < words.count {
            let w = words[i]
            if w.text == "alternatively" { open = false }
            if let (n, role, offset, next) = factor(at: i) {
                if !open || roles.contains(role) { start(at: offset) }
                roles.insert(role)
                named[named.count - 1].insert(role)
                add(n, "\(n) (\(role))", role: role)
                if restatesAsProduct(n, from: next) { unread.insert(products.count - 1) }
                i = next
                continue
            }
            // A single pick whose pool cannot be read: its product is not
            // all there, and is not read at all.
            if words[i].number == 1, i + 1 < words.count, let role = ProseWords.roles[words[i + 1].text] {
                if !open || roles.contains(role) { start(at: words[i].offset) }
                roles.insert(role)
                unread.insert(products.count - 1)
                i += 2
                continue
            }
            // "… × 2 classes" after the roles: the classes the product runs
            // over multiply it (`3 anchors per class × 2 positives × 3
            // negatives × 2 classes`).
            if open, let n = words[i].number, words[i].afterOperator, i + 1 < words.count,
               ["classes", "labels", "groups"].contains(words[i + 1].text) {
                add(n, "\(n) (classes)")
                i += 2
                continue
            }
            // "… times K" after a role multiplies its product; "N times M"
            // is a product of its own (`timesProducts`).
            if open, i == 0 || words[i - 1].number == nil, let multiplier = multiplier(at: i) {
                add(multiplier.value, "\(multiplier.value)")
                i += multiplier.length
                continue
            }
            i += 1
        }
        // A product that leaves a role out ("the anchor (6), then 5 … and 4
        // for the negative" with the positive's phrase unread) is not all
        // there: not read.
        let whole: Set<String> = ["anchor", "positive", "negative"]
        return products.indices.filter { !unread.contains($0) && !products[$0].factors.isEmpty && whole.isSubset(of: named[$0]) }.map { products[$0] }
    }

    /// One role's number of choices at word `i`, in any of the ways it is
    /// written: "6 choices for the anchor", "5 for the positive", "6 (possible)
    /// anchors", "the positive can be chosen in 5 ways", "the anchor has 6
    /// options". Returns the number, the role, the offset where the phrase
    /// starts and the index of the word after it.
    func factor(at i: Int) -> (Int, String, Int, Int)? {
        let w = words[i]
        if let n = w.number {
            // "1 anchor out of 6 samples", "1 positive from the 2 others of
            // its class": one is how many are picked, not the number of
            // choices; those are the pool it names, when nothing in its
            // clause takes from it ("other than", "except") — else nothing.
            if n == 1, i + 1 < words.count, ProseWords.roles[words[i + 1].text] != nil {
                return pool(after: i + 2).map { (value, next) in (value, ProseWords.roles[words[i + 1].text]!, w.offset, next) }
            }
            // "any of the 6 samples as anchor", "one of the 2 others of its
            // class as positive": the pool, then "as" and the role.
            if i >= 2, words[i - 1].text == "the", words[i - 2].text == "of" {
                var k = i + 1
                while k < words.count, k - i <= 8, words[k].text != "as", words[k].number == nil, !words[k].afterPunctuation { k += 1 }
                if k + 1 < words.count, words[k].text == "as" {
                    var r = k + 1
                    if ["the", "a", "an"].contains(words[r].text) { r += 1 }
                    if r < words.count, let role = ProseWords.roles[words[r].text] { return (n, role, w.offset, r + 1) }
                }
            }
            var j = i + 1
            // "2 classes for the anchor": the anchor's class, a factor of its own
            // only before the anchors within it ("3 anchors in it"), not
            // beside the anchor's own choices ("6 choices for the anchor (2
            // classes for the anchor of 3 samples each)").
            if j + 2 < words.count, ["classes", "class"].contains(words[j].text), words[j + 1].text == "for" {
                var k = j + 2
                if k < words.count, ["the", "a", "an", "each"].contains(words[k].text) { k += 1 }
                if k < words.count, let role = ProseWords.roles[words[k].text] {
                    let next = words[(k + 1)...].firstIndex { ProseWords.roles[$0.text] == role }
                    let within = next.map { m in
                        words[m].number == nil && m > 0 && words[m - 1].number != nil
                            && m + 1 < words.count && ["in", "within", "per"].contains(words[m + 1].text)
                    } ?? false
                    let before = words[..<i].contains { ProseWords.roles[$0.text] == role }
                    return within && !before ? (n, "class of the \(role)", w.offset, k + 1) : nil
                }
            }
            // "6 choices for the anchor", "5 for the positive"
            if j < words.count, ProseWords.choiceWords.contains(words[j].text) {
                j += 1
                // "6 ways to pick the anchor", "5 options to choose a positive".
                if j + 1 < words.count, words[j].text == "to", ProseWords.pickingVerbs.contains(words[j + 1].text) {
                    var k = j + 2
                    if k < words.count, ["the", "a", "an", "its", "their"].contains(words[k].text) { k += 1 }
                    if k < words.count, let role = ProseWords.roles[words[k].text] { return (n, role, w.offset, k + 1) }
                }
            }
            if j < words.count, words[j].text == "for" {
                j += 1
                if j < words.count, ["the", "a", "an", "each"].contains(words[j].text) { j += 1 }
                if j < words.count, let role = ProseWords.roles[words[j].text] { return (n, role, w.offset, j + 1) }
                return nil
            }
            // "6 (anchor) * 2 (positive)": the number, then its role in
            // parentheses of its own.
            if j < words.count, words[j].parenthesised, !w.parenthesised, let role = ProseWords.roles[words[j].text] {
                return (n, role, w.offset, j + 1)
            }
            // "6 anchors", "6 possible anchors", "6 different negatives" —
            // not "(6) × positive", where the number is another role's.
            j = i + 1
            // "2 same-class positives", "3 other-class negatives".
            while j < words.count, ["possible", "different", "distinct", "candidate", "same", "other", "opposite", "eligible"].contains(words[j].text)
                    && !words[j].afterPunctuation
                    || words[j].text == "class" && ["same", "other", "opposite", "different"].contains(words[j - 1].text) { j += 1 }
            if j < words.count, !words[j].afterPunctuation, !w.parenthesised, let role = ProseWords.roles[words[j].text] {
                return (n, role, w.offset, j + 1)
            }
            return nil
        }
        guard let role = ProseWords.roles[w.text] else { return nil }
        // "anchor 6, pos 2, neg 3", "anchor: 6": the role, then its number
        // of choices right after it (not one pick, "anchor 1", nor the
        // number of another role's, "anchor, 2 positives").
        if i + 1 < words.count, let n = words[i + 1].number, n > 1, !words[i + 1].afterPunctuation || w.equates {
            let after = i + 2 < words.count ? words[i + 2] : nil
            if after.map({ $0.afterPunctuation || ProseWords.roles[$0.text] == nil && !["of", "out", "from", "among"].contains($0.text) }) ?? true {
                var end = i + 2
                if let after, !after.afterPunctuation, ProseWords.choiceWords.contains(after.text) { end += 1 }
                return (n, role, w.offset, end)
            }
        }
        // "anchor (6)", "positive from the same class (2)": the role, then
        // its number in parentheses before the next role.
        var k = i + 1
        while k < words.count, k - i <= 8, ProseWords.roles[words[k].text] == nil {
            if let n = words[k].number, words[k].parenthesised { return (n, role, w.offset, k + 1) }
            // "anchor (6 ways)", "positive from the same class (2 choices)".
            if let n = words[k].number, words[k].opensParenthesis, k + 1 < words.count,
               ProseWords.choiceWords.contains(words[k + 1].text), words[k + 1].closesParenthesis {
                return (n, role, w.offset, k + 2)
            }
            if words[k].number != nil { break }
            k += 1
        }
        // "Positive: same class minus the anchor itself, 2 options": a role
        // that labels, then its number of choices in its sentence.
        if w.labels, let found = labelledChoices(after: i) { return (found.value, role, w.offset, found.next) }
        // "positive from the 2 other members of its class", "negative
        // among the 3 of the other class": the role, then the pool it is
        // picked from.
        do {
            var k = i + 1
            if k < words.count, ["from", "among", "out"].contains(words[k].text) {
                k += 1
                while k < words.count, k - i <= 4, ["of", "the", "any", "one"].contains(words[k].text) { k += 1 }
                if k < words.count, let n = words[k].number, n > 1, !words[k].parenthesised,
                   !(k + 1 < words.count && ProseWords.roles[words[k + 1].text] != nil) {
                    return (n, role, w.offset, k + 1)
                }
            }
        }
        // "the anchor has 6 options", "the positive can be chosen in 5 ways"
        let linking: Set<String> = ["can", "could", "be", "is", "are", "chosen", "picked", "selected", "drawn", "then", "we", "there"]
        var j = i + 1
        if j + 1 < words.count, ["has", "have"].contains(words[j].text), let n = words[j + 1].number {
            var end = j + 2
            if end < words.count, ProseWords.choiceWords.contains(words[end].text) { end += 1 }
            return (n, role, w.offset, end)
        }
        while j < words.count, linking.contains(words[j].text) || ["still", "only", "just"].contains(words[j].text), j - i < 6 { j += 1 }
        // "the anchor is still one of the six", "the negative one of the
        // three with the other label": the pool it is one of.
        // "the anchor is any of 6", "the positive any of the remaining 5",
        // "the negative one of the 3 others".
        if j + 2 < words.count, ["one", "any"].contains(words[j].text), words[j + 1].text == "of" {
            var k = j + 2
            while k < words.count, k - j < 5, ["the", "remaining", "other", "left", "rest"].contains(words[k].text) { k += 1 }
            if k < words.count, !words[k].afterPunctuation || k == j + 2, let n = words[k].number, n > 1 { return (n, role, w.offset, k + 1) }
        }
        if j + 1 < words.count, words[j].text == "in", let n = words[j + 1].number {
            var end = j + 2
            if end < words.count, ProseWords.choiceWords.contains(words[end].text) { end += 1 }
            return (n, role, w.offset, end)
        }
        return nil
    }

    /// Whether the clause after a role's number of choices `n` (its words
    /// from `start` to the next role's word or number of choices, an `=`,
    /// an arrow or a line break) restates that number as a product of two,
    /// `n × m` ending there ("positive: 2 others of its class, and the pair
    /// in either order, so 2 × 2; negative: 3"): the role's choices are
    /// that product, not `n`, and the product in words is not read. (A
    /// longer chain or one with its result, `2 × 3 × 6 = 36`, is the whole
    /// calculation's, not the role's.)
    func restatesAsProduct(_ n: Int, from start: Int) -> Bool {
        var k = start
        while k < words.count, ProseWords.roles[words[k].text] == nil, !words[k].afterEquals, !words[k].afterArrow,
              !words[k].afterLineBreak, factor(at: k) == nil {
            if words[k].number == n, !words[k].afterOperator, k + 1 < words.count, words[k + 1].afterOperator, words[k + 1].number != nil,
               k + 2 == words.count || !(words[k + 2].afterOperator || words[k + 2].afterEquals) {
                return true
            }
            k += 1
        }
        return false
    }

    /// The pool a single pick is made from, at word `i`: "out of 6
    /// samples", "from the 2 others", "among the 3 of the other class". Nil
    /// when there is none, or when the clause (to the next role or pick,
    /// "and" or punctuation) has another number or takes some out of it.
    private func pool(after i: Int) -> (value: Int, next: Int)? {
        var j = i
        if j + 1 < words.count, words[j].text == "out", words[j + 1].text == "of" { j += 2 }
        else if j < words.count, ["from", "among", "of"].contains(words[j].text) { j += 1 }
        else { return nil }
        while j < words.count, ["the", "its", "a"].contains(words[j].text), !words[j].afterPunctuation { j += 1 }
        guard j < words.count, !words[j].afterPunctuation, let n = words[j].number, n > 0 else { return nil }
        let excluding: Set<String> = ["except", "excluding", "besides", "minus", "without", "than", "but", "less"]
        var k = j + 1
        while k < words.count, !words[k].afterPunctuation, ProseWords.roles[words[k].text] == nil, !["and", "then"].contains(words[k].text) {
            // The next pick ("…, 1 positive …") ends it.
            if words[k].number != nil, k + 1 < words.count, ProseWords.roles[words[k + 1].text] != nil { break }
            if words[k].number != nil || excluding.contains(words[k].text) { return nil }
            k += 1
        }
        return (n, j + 1)
    }

    /// Products said in words: "six times five times four", "3 times 2
    /// times 3", "6 multiplied by 5 multiplied by 4" — two or more numbers,
    /// each joined to the next by "times" or "multiplied by", that no
    /// product of choices has taken (a number before "times" is not a role's).
    func timesProducts() -> [(factors: [Int], text: String, offset: Int)] {
        var products: [(factors: [Int], text: String, offset: Int)] = []
        var i = 0
        func join(after j: Int) -> Int? {
            guard j < words.count else { return nil }
            if words[j].text == "times", j + 1 < words.count, words[j + 1].number != nil { return j + 1 }
            if words[j].text == "multiplied", j + 2 < words.count, words[j + 1].text == "by", words[j + 2].number != nil { return j + 2 }
            return nil
        }
        while i < words.count {
            guard let first = words[i].number, var next = join(after: i + 1) else { i += 1; continue }
            var factors = [first]
            var last = next
            while true {
                factors.append(words[next].number!)
                last = next
                guard let after = join(after: next + 1) else { break }
                next = after
            }
            products.append((factors, factors.map(String.init).joined(separator: " × "), words[i].offset))
            i = last + 1
        }
        return products
    }

    private func multiplier(at i: Int) -> (value: Int, length: Int)? {
        let w = words[i].text
        // "no sample used twice", "without the same sample twice": a
        // repetition the count excludes, not a factor of it.
        if w == "twice" || w == "thrice" {
            var k = i
            while k > 0, i - k < 4, words[k - 1].number == nil { k -= 1 }
            let after = words[(i + 1)..<min(words.count, i + 4)]
            // "the same sample twice": a repetition, as "no … twice" is.
            let sameThing = words[k..<i].indices.contains { j in
                words[j].text == "same" && j + 1 < i && ["sample", "samples", "element", "embedding", "index", "anchor", "one"].contains(words[j + 1].text)
            }
            if sameThing || words[k..<i].contains(where: { ProseWords.excluding.contains($0.text) })
                || after.contains(where: { ["not", "never", "forbidden", "excluded", "impossible", "no", "invalid", "cannot"].contains($0.text) }) { return nil }
        }
        if w == "twice" { return (2, 1) }
        if w == "thrice" { return (3, 1) }
        if w == "times", i + 1 < words.count, let n = words[i + 1].number { return (n, 2) }
        if w == "multiplied", i + 2 < words.count, words[i + 1].text == "by", let n = words[i + 2].number { return (n, 3) }
        return nil
    }

    /// Words that make a count a case that is not the sheet's ("all would
    /// be 20", "it could be 216").
    static let hypotheticalWords: Set<String> = ["would", "could", "wouldn"]

    /// Verbs that say a count's triplets are valid, after it ("36 of them
    /// qualify", "36 survive the class condition").
    static let validVerbs: Set<String> = ["qualify", "qualifies", "survive", "survives"]
    /// Adjectives after "are" that say so ("36 are admissible").
    static let validAdjectives: Set<String> = ["admissible", "allowed", "eligible", "legal", "legitimate"]

    /// Words of the triplets that are not valid: "invalid", "ungültige",
    /// "inválidas", "non-valid".
    static let invalidWords: Set<String> = ["invalid", "invalids", "nonvalid", "ungültig", "ungültige", "ungültigen", "ungültiger",
                                            "inválidas", "inválidos", "invalidas", "invalidos", "invalide", "invalides", "invalidi", "无效"]

    /// Whether word `i` says "not valid": a word of validity after "not",
    /// "no", "non", "nicht", "kein(e)", or a word of invalidity itself.
    func isNegatedValid(at i: Int) -> Bool {
        let w = words[i].text
        if ProseWords.invalidWords.contains(w) { return true }
        guard w == "valid" || ProseWords.validInOtherLanguages.contains(w), i > 0 else { return false }
        return ["not", "no", "non", "nicht", "keine", "kein", "pas", "never"].contains(words[i - 1].text)
    }

    static let validInOtherLanguages: Set<String> = ["válidas", "válidos", "válida", "válido", "validas", "validos",
                                                     "valide", "valides", "validi", "gültig", "gültige", "gültigen", "gültiger", "有效"]
    static let allInOtherLanguages: Set<String> = ["todas", "todos", "alle", "toutes", "tous", "tutte", "tutti", "gesamt", "全部", "总共"]

    /// Labels that name a count (`Total:`, `Valid:`), and the words that
    /// may follow its number without making it something else.
    static let labelKinds: [String: CountClaim.Kind] = ["valid": .valid, "total": .all, "all": .all, "ordered": .all, "overall": .all]
    static let afterLabelledCount: Set<String> = ["valid", "total", "all", "and", "so", "hence", "thus", "since", "because", "in", "overall"]

    static let tripletAdjectives: Set<String> = ["unique", "valid", "ordered", "possible", "distinct", "different", "total", "such"]
    static let tripletWords: Set<String> = ["triplets", "triplet", "ordered", "possible", "permutations", "combinations", "number"]

    /// The kind adjectives give a count: "valid" → valid; "ordered",
    /// "possible", "total" → all; nil when they say neither.
    static func kind(ofAdjectives words: some Sequence<String>) -> CountClaim.Kind? {
        let set = Set(words)
        if set.contains("valid") { return .valid }
        if !set.isDisjoint(with: ["ordered", "possible", "total"]) { return .all }
        return nil
    }

    /// The words that say which count the text speaks of, with their
    /// offsets: "valid"; "ordered", "permutation(s)", "possible",
    /// "unrestricted", and "all"/"total" when a word of triplets follows
    /// ("all ordered triplets", "the total number", not "all 6 anchors").
    func qualifiers() -> [(offset: Int, kind: CountClaim.Kind)] {
        var result: [(offset: Int, kind: CountClaim.Kind)] = []
        for (i, w) in words.enumerated() {
            switch w.text {
            // ("not valid", "no válidas", "nicht gültige": the others, no kind.)
            case _ where isNegatedValid(at: i):
                continue
            case "valid":
                result.append((w.offset, .valid))
            // The word in the languages students mix in (Spanish,
            // Portuguese, Italian, French, German, Chinese).
            case _ where ProseWords.validInOtherLanguages.contains(w.text):
                result.append((w.offset, .valid))
            // "Todas:", "Alle:", "Insgesamt": all of them, as a label or in total.
            case _ where w.labels && ProseWords.allInOtherLanguages.contains(w.text) || w.text == "insgesamt":
                result.append((w.offset, .all))
            case "possible" where i + 1 < words.count && ProseWords.roles[words[i + 1].text] != nil:
                // "2 possible positives" says how many of a role, not which count.
                continue
            case "ordered", "permutation", "permutations", "possible", "unrestricted":
                // "the anchor and positive form an ordered pair": of two
                // roles, not the triplets.
                // (So with the pair's roles in brackets between: "ordered (a,p) pairs".)
                if qualifiesPair(at: i) || remarksOnPart(at: i) { continue }
                // ("each pair can be ordered in 2 ways": a verb, of the pair.)
                if w.text == "ordered", i > 0, ProseWords.formsOfBe.contains(words[i - 1].text) { continue }
                result.append((w.offset, .all))
            case "all", "total":
                let next = words[(i + 1)..<min(words.count, i + 3)].map(\.text)
                if w.labels || next.contains(where: ProseWords.tripletWords.contains) { result.append((w.offset, .all)) }
            // "In total there are 120 triplets", "altogether".
            // (Not of things that are no triplets: "12 pairs in all", `sumsOtherThings`.)
            case "in" where i + 1 < words.count && !words[i + 1].afterPunctuation && ["total", "all"].contains(words[i + 1].text)
                && !sumsFigureInRemark(at: i + 1) && !sumsOtherThings(at: i):
                result.append((w.offset, .all))
            case "altogether", "overall":
                if !sumsOtherThings(at: i) { result.append((w.offset, .all)) }
            case "unconstrained":
                result.append((w.offset, .all))
            case _ where ProseWords.constraintWords.contains(w.text):
                // "With the constraint, …", "under this restriction": the
                // valid ones; "without any constraint", "with no
                // restrictions": all of them. (Nothing else: "no constraint
                // on the negative" says what a role may be.)
                let before = words[max(0, i - 2)..<i].map(\.text)
                if before.contains("without") || before == ["with", "no"] {
                    result.append((w.offset, .all))
                } else if let opener = before.first(where: ProseWords.constraintOpeners.contains),
                          before.last.map({ ["the", "this", "that", "these", "those", "our", opener].contains($0) }) == true {
                    result.append((w.offset, .valid))
                }
            default:
                continue
            }
        }
        return result
    }

    /// The nouns of a count's constraint ("with the constraint", "without
    /// any restriction") and the words that put it on (`qualifiers`).
    static let constraintWords: Set<String> = ["constraint", "constraints", "restriction", "restrictions", "condition", "conditions"]
    static let constraintOpeners: Set<String> = ["with", "under", "respecting", "satisfying", "applying", "imposing", "enforcing", "obeying"]

    /// "be", "is", "are", "was" …: before a participle, a verb ("each pair
    /// can be ordered in 2 ways"), no adjective of the triplets.
    static let formsOfBe: Set<String> = ["be", "been", "being", "is", "are", "was", "were"]

    /// Whether the word at `offset` names all triplets only weakly, by
    /// their order or their being possible ("ordered", "permutations",
    /// "possible", "unrestricted"), or by summing ("in total", "altogether",
    /// "overall"): words that the reasoning for the valid count uses too
    /// ("ordered (anchor, positive) pairs", "12 in total").
    func isWeakAll(at offset: Int) -> Bool {
        guard let i = words.firstIndex(where: { $0.offset == offset }) else { return false }
        return ["ordered", "permutation", "permutations", "possible", "unrestricted", "in", "altogether", "overall"].contains(words[i].text)
    }

    /// The kind words about the labels give a count, with their offsets:
    /// a role restricted to a class ("from the same class", "of the other
    /// label", "a different class", "the label constraint") → valid; labels set aside ("ignoring
    /// the labels", "regardless of class", "whatever the classes") → all.
    /// Weaker than `qualifiers()`: a block's kind only when it has none of those.
    func classQualifiers() -> [(offset: Int, kind: CountClaim.Kind)] {
        let labelWords: Set<String> = ["class", "classes", "label", "labels", "category", "categories"]
        var result: [(offset: Int, kind: CountClaim.Kind)] = []
        // The clause a word stands in, back to punctuation: a negation
        // anywhere in it ("Not requiring the negative to come from the
        // other class", "not ignoring the labels") gives no kind.
        func negated(_ i: Int) -> Bool {
            var k = i
            while k > 0, !words[k].afterPunctuation { k -= 1 }
            return words[k..<i].contains { ["not", "need", "no", "any", "never", "nor", "without"].contains($0.text) }
        }
        // Verbs of using the labels ("looking at the labels", "with the
        // labels", "restricting to the classes"): valid; negated ("without
        // looking at the labels", "not using the labels"): all.
        // (Not "with", "given", "taking", "considering": "given the labels,
        // there are 120 triplets" says what is known, not what is required.)
        let using: Set<String> = ["using", "looking", "respecting", "applying", "obeying", "restricting", "restricted",
                                  "honouring", "honoring", "enforcing"]
        for (i, w) in words.enumerated() where labelWords.contains(w.text) {
            let before = words[max(0, i - 3)..<i].map(\.text)
            // "samples with labels 1, 1, 1, 2, 2, 2": the labels listed, not a count's kind.
            let listed = i + 1 < words.count && words[i + 1].number != nil && !words[i + 1].opensParenthesis && !words[i + 1].parenthesised
            if before.contains(where: ["ignoring", "regardless", "irrespective", "whatever", "disregarding"].contains) {
                if !negated(max(0, i - 3)) { result.append((w.offset, .all)) }
            } else if let last = before.last, ["same", "other", "opposite", "different", "another"].contains(last) {
                if !negated(i) { result.append((w.offset, .valid)) }
            } else if !listed, before.contains("without") {
                result.append((w.offset, .all))
            } else if !listed, i + 1 < words.count, ["constraint", "constraints", "restriction", "restrictions", "condition", "conditions", "requirement", "rule"].contains(words[i + 1].text) {
                // "With the label constraint: …": the labels required.
                if !negated(i) { result.append((w.offset, .valid)) }
            } else if !listed, case let around = words[max(0, i - 6)..<i], around.contains(where: { using.contains($0.text) }) {
                let refused = around.contains { ["without", "not", "no", "never", "before"].contains($0.text) }
                result.append((w.offset, refused ? .all : .valid))
            }
        }
        // "order matters", "the order counts": ordered triplets, as weakly.
        for (i, w) in words.enumerated() where w.text == "order" && i + 1 < words.count
            && ["matters", "matter", "counts"].contains(words[i + 1].text) && !negated(i) {
            result.append((w.offset, .all))
        }
        return result
    }

    /// Every "N [unique|valid|ordered|possible|distinct] triplets", and
    /// "N (of them) are valid": the number, its offset, and the kind its
    /// words give it. `afterTriplets`: an earlier piece of the same block
    /// spoke of triplets (text cut by a calculation, "120 triplets in all
    /// (6*5*4) and 36 valid ones"), so "ones" are triplets here too.
    func countsOfTriplets(afterTriplets: Bool = false) -> [(value: Int, offset: Int, kind: CountClaim.Kind?)] {
        var result: [(value: Int, offset: Int, kind: CountClaim.Kind?)] = []
        for (i, w) in words.enumerated() {
            // (`30% of them are valid`, `30 percent of the triplets`: a share.)
            guard let n = w.number, !w.percentage, i + 1 == words.count || !ProseWords.percentWords.contains(words[i + 1].text) else { continue }
            var j = i + 1
            while j < words.count, ProseWords.tripletAdjectives.contains(words[j].text) { j += 1 }
            // "36 valid ones" after a count of triplets: ones with adjectives.
            let ones = j > i + 1 && j < words.count && words[j].text == "ones" && (afterTriplets || words[..<i].contains { $0.text == "triplets" }
                || isValidOnes(from: i + 1, to: j))
            // "120 permutations", "120 ordered selections": `orderNoun`.
            let ordered = j < words.count ? orderNoun(number: i, noun: j) : nil
            if j < words.count, words[j].text == "triplets" || words[j].text == "triplet" || ones || ordered != nil {
                // `… = 120⏎valid triplets = …`: the number ends one
                // statement and its next line heads another; not "120 valid triplets".
                if words[j].equates, w.afterEquals || i + 1 < words.count && words[i + 1].afterLineBreak { continue }
                var kind = ProseWords.kind(ofAdjectives: words[(i + 1)..<j].map(\.text)) ?? (ordered ?? nil)
                // "36 of the 120 triplets are valid": the whole the valid
                // ones are taken from is all of them.
                if kind == nil, i >= 3, words[i - 2].text == "of", ["the", "all"].contains(words[i - 1].text), words[i - 3].number != nil {
                    kind = .all
                }
                // "120 triplets in all", "… in total", "… altogether" — not
                // when its clause (between the numbers around it) says
                // "valid" too ("The valid triplets: 36 triplets in all",
                // "36 triplets in total are valid").
                let after = words[(j + 1)..<min(words.count, j + 3)].map(\.text)
                let clauseStart = words[..<i].lastIndex { $0.number != nil }.map { $0 + 1 } ?? 0
                let clauseEnd = words[(i + 1)...].firstIndex { $0.number != nil } ?? words.count
                let saysValid = words[clauseStart..<clauseEnd].contains { $0.text == "valid" }
                if kind == nil, !saysValid, j + 1 < words.count, !words[j + 1].afterPunctuation,
                   after.first == "altogether" || after.first == "overall" || after.first == "in" && ["all", "total"].contains(after.dropFirst().first ?? "") {
                    kind = .all
                }
                result.append((n, w.offset, kind))
                continue
            }
            // "120 triplets, 36 valid", "120 possible; 36 valid": a number
            // whose adjective of a kind ends its clause is that count.
            if j == i + 2, j == words.count || words[j].afterPunctuation || words[j].afterLineBreak,
               ["valid", "possible", "ordered"].contains(words[i + 1].text), !words[i + 1].afterPunctuation,
               !w.afterOperator, !(i > 0 && (ProseWords.roles[words[i - 1].text] != nil || words[i - 1].afterOperator)),
               let kind = ProseWords.kind(ofAdjectives: [words[i + 1].text]) {
                // (Not the end of a product: `… x 2 valid` has its number after an operation.)
                result.append((n, w.offset, kind))
                continue
            }
            // "There are 6 anchors. Valid = 36.", "Answer: 120, because …":
            // `equatedLabel`, `answerLabel`.
            if let kind = equatedLabel(at: i) ?? answerLabel(at: i) {
                result.append((n, w.offset, kind))
                continue
            }
            // "Total: 120 (6 · 5 · 4). Valid: 36.": a number right after a
            // label that names the count, and nothing after it that makes
            // it a factor ("Valid: 6 anchors …").
            // So too after `=` ("Number of valid triplets = 36 (6 anchors, …)"),
            // when nothing but a parenthesis or the end follows the number.
            let equated = i > 0 && !words[i - 1].labels && words[i - 1].equates && w.afterEquals
                && (i + 1 == words.count || words[i + 1].opensParenthesis || words[i + 1].afterLineBreak)
            if i > 0, words[i - 1].labels || equated, let named = (equated ? nil : ProseWords.labelKinds[words[i - 1].text]) ?? labelPhraseKind(before: i - 1) {
                var kind: CountClaim.Kind? = named
                // The label's whole phrase ("Valid, in total: 36"): naming
                // the other kind too, it does not say which count it is.
                // (A phrase that names triplets said its kind already.)
                var k = ProseWords.labelKinds[words[i - 1].text] == nil ? -1 : i - 2
                while k >= 0, i - k <= 5, words[k].number == nil, !words[k].labels {
                    if let other = ProseWords.labelKinds[words[k].text], other != named { kind = nil }
                    k -= 1
                }
                let next = i + 1 < words.count ? words[i + 1] : nil
                // Not a factor named in parentheses: "valid: 6 (anchor) * 2 …".
                let namesRole = next.map { $0.parenthesised && ProseWords.roles[$0.text] != nil } == true
                // Nor the first factor of a product (`valid: 6 * 2 * 3`).
                let factor = next.map { $0.afterOperator || $0.text == "x" } == true
                if !namesRole, !factor, next == nil || next!.afterPunctuation || next!.number != nil || ProseWords.afterLabelledCount.contains(next!.text) {
                    result.append((n, w.offset, kind))
                    continue
                }
            }
            // "Valid triplets: 6 anchors * 2 positives * 3 negatives = 36.": the
            // result after `=` at the end of a line its label names.
            if w.afterEquals, i + 1 == words.count || words[i + 1].afterLineBreak,
               let label = words.prefix(8).firstIndex(where: \.labels), label < i,
               !words[(label + 1)..<i].contains(where: { $0.afterLineBreak }) {
                let said = words[...label].map(\.text)
                let kind = ProseWords.kind(ofAdjectives: said) ?? said.lazy.compactMap { ProseWords.labelKinds[$0] }.first
                if let kind, said.contains(where: { ProseWords.tripletWords.contains($0) || ProseWords.labelKinds[$0] != nil }) {
                    result.append((n, w.offset, kind))
                    continue
                }
            }
            // "Valid triplets: any of the 6 samples as anchor, …, i.e. 36.":
            // the result that ends its line after "i.e." / "so" / "hence",
            // of the kind its line's label names.
            // An arrow to it, "… 6 choices for a, 5 for p, 4 for n → 120",
            // concludes as "so" does; the words between may label their own
            // parts (`indices:`, `a: 6 ways`) and name the label's kind again,
            // never the other kind.
            let concludes = i >= 2 && words[i - 2].text == "i" && words[i - 1].text == "e"
                || i >= 1 && ["so", "hence", "thus", "giving", "gives", "altogether"].contains(words[i - 1].text)
                || i >= 1 && w.afterArrow
            if concludes, endsLine(after: i),
               let label = conclusionLabel(before: i),
               !words[(label.index + 1)...i].contains(where: { $0.afterLineBreak }),
               // (Not after words of a count in between: "…, i.e. 120; the valid ones …, i.e. 36".)
               !words[(label.index + 1)..<i].contains(where: { between in
                   w.afterArrow ? ProseWords.labelKinds[between.text].map { $0 != label.kind } == true
                       : ProseWords.labelKinds[between.text] != nil || between.labels
               }) {
                result.append((n, w.offset, label.kind))
                continue
            }
            // "That gives 36.", "so 18 per class and 36 for both classes",
            // "The number of triplets overall is 120:": a count stated in a
            // sentence (`countInSentence`).
            if let stated = countInSentence(at: i) {
                result.append((stated.value, w.offset, stated.kind))
                continue
            }
            // "36 are valid", "36 of them are valid", "36 of them valid",
            // "36 of which are valid", "36 of the 120 are valid" (not the
            // 120: the whole the valid ones are taken from). ("Of these, 36
            // are valid": the comma ends the phrase before the count.)
            if i >= 1, !w.afterPunctuation,
               words[i - 1].text == "of" || i >= 2 && words[i - 2].text == "of" && ["the", "all", "these"].contains(words[i - 1].text) {
                continue
            }
            var k = i + 1
            var ofThem = false
            if k + 1 < words.count, words[k].text == "of", ["them", "these", "those", "which"].contains(words[k + 1].text) {
                k += 2
                ofThem = true
            } else if k + 2 < words.count, words[k].text == "of", ["the", "all"].contains(words[k + 1].text), words[k + 2].number != nil {
                k += 3
                while k < words.count, ProseWords.tripletAdjectives.contains(words[k].text) || ProseWords.tripletWords.contains(words[k].text) { k += 1 }
                ofThem = true
            }
            // "36 of them qualify", "only 36 survive the class condition".
            if k < words.count, ProseWords.validVerbs.contains(words[k].text), !words[k].afterPunctuation {
                result.append((n, w.offset, .valid))
                continue
            }
            if k < words.count, ["are", "is"].contains(words[k].text) { k += 1 } else if !ofThem { continue }
            if k < words.count, words[k].text == "valid" || ProseWords.validAdjectives.contains(words[k].text),
               !words[k].afterPunctuation, !isNegatedValid(at: k) {
                result.append((n, w.offset, .valid))
            }
        }
        return result
    }

    /// The label a conclusion at word `i` ("so 36", "→ 120") is counted
    /// under, and its kind: the first label among the text's first eight
    /// words (`Valid triplets: …`, `a: 6 ways …`, by the phrase before it),
    /// else the label that opens the line (`openingLabel`).
    func conclusionLabel(before i: Int) -> (index: Int, kind: CountClaim.Kind)? {
        // (A label on an earlier line labels that line: `all: … -> 120` /
        // `valid only: … -> 36` in one paragraph.)
        if let label = words.prefix(8).firstIndex(where: \.labels), label < i,
           !words[(label + 1)...i].contains(where: \.afterLineBreak),
           case let named = wordBeforeAside(label),
           let kind = labelPhraseKind(before: named) ?? ProseWords.labelKinds[words[named].text] {
            return (label, kind)
        }
        return openingLabel(before: i)
    }

    /// The label that opens the line of word `i`, and the kind it names:
    /// the line's words up to the first that ends in a colon or a full
    /// stop, remarks in brackets and an enumerator passed over, which name
    /// triplets and one kind and hold no figure, in at most eight words; or
    /// a short label of a count (`isShortCountLabel`: `valid only:`, `Total.`).
    ///
    ///     (a) Total number of triplets. All triplets (a, p, n) … → 120   (all, at "triplets")
    ///     Valid triplets (same class for a and p, n from the other): …  (valid, at "other")
    ///     2. All triplets. Any ordered choice …, so 120 triplets        (all)
    ///     There are 120 triplets. …                                     (none: a figure)
    func openingLabel(before i: Int) -> (index: Int, kind: CountClaim.Kind)? {
        var k = i
        while k > 0, !words[k].afterLineBreak { k -= 1 }
        var phrase: [String] = []
        while k < i {
            let w = words[k]
            // (A remark's own label, `(per class: 18)`, ends no phrase.)
            let ends = w.labels && (!w.bracketed || w.closesParenthesis) || w.endsSentence
            if !w.bracketed {
                // An enumerator: `1.`, `b.`, `2)` before the label.
                let enumerator = phrase.isEmpty && (w.number != nil || w.text.count == 1)
                    && (w.endsSentence || w.closesParenthesis)
                if !enumerator {
                    if w.number != nil { return nil }
                    phrase.append(w.text)
                }
            }
            if phrase.count > 8 { return nil }
            if ends, !phrase.isEmpty {
                guard phrase.contains(where: { $0 == "triplets" || $0 == "triplet" }) || ProseWords.isShortCountLabel(phrase),
                      let kind = ProseWords.kind(ofAdjectives: phrase) ?? (phrase.contains("all") ? .all : nil) else { return nil }
                return (k, kind)
            }
            k += 1
        }
        return nil
    }

    /// Words a short label of a count is made of without naming triplets
    /// (`isShortCountLabel`).
    static let shortLabelWords: Set<String> = ["valid", "total", "all", "overall", "ordered", "possible",
                                               "only", "ones", "just", "in", "the", "count", "number", "of"]

    /// Whether a label's words name a count without the word "triplets":
    /// three words at most, all of a kind or of a count, one of them a
    /// kind (`valid only:`, `only valid:`, `valid ones:`, `Total.`, `All:`,
    /// `In total:`, `the total:`). `valid only if a, p share a class:`,
    /// `Total samples:` are none.
    static func isShortCountLabel(_ phrase: [String]) -> Bool {
        phrase.count <= 3 && phrase.allSatisfy(shortLabelWords.contains) && phrase.contains(where: { labelKinds[$0] != nil })
    }

    /// Whether the word at `i` ends its line: nothing after it but a line
    /// break, or a remark in brackets that closes the line (`… -> 120 (any
    /// 3 distinct samples, order matters)`).
    func endsLine(after i: Int) -> Bool {
        if i + 1 == words.count || words[i + 1].afterLineBreak { return true }
        guard words[i + 1].opensParenthesis, !words[i + 1].afterOperator else { return false }
        var k = i + 1
        while k + 1 < words.count, !words[k + 1].afterLineBreak { k += 1 }
        return words[k].closesParenthesis
    }

    /// The word a label names when it closes an aside in brackets before
    /// its colon (`valid (a,p same class, n other):`, `valid (same
    /// class):`): the word before the bracket; else the label itself.
    func wordBeforeAside(_ label: Int) -> Int {
        guard words[label].closesParenthesis, !words[label].opensParenthesis,
              let open = words[...label].lastIndex(where: \.opensParenthesis), open > 0 else { return label }
        return open - 1
    }

    /// Nouns that name the triplets by their order, of the kind all
    /// (`permutations`, `arrangements`, `orderings`), or as a choice made in
    /// order, of the kind their adjectives give (`ordered selections`,
    /// `ordered triples`, `(a, p, n) tuples`).
    static let orderNouns: [String: CountClaim.Kind?] = [
        "permutations": .all, "permutation": .all, "arrangements": .all, "orderings": .all,
        "selections": nil, "triples": nil, "tuples": nil,
    ]

    /// The kind of a count named by an order noun (`orderNouns`) at `noun`
    /// after number `number`, maybe with adjectives between: "There are 120
    /// permutations of 3 out of 6" (all), "120 ordered selections" (all),
    /// "36 valid arrangements" (valid, by the caller's adjectives). `.some(nil)`:
    /// a count whose kind its block gives. Nil when it is no count of triplets:
    /// a number of a part ("each pair gives 2 orderings", "6 permutations per
    /// anchor"), a factor (`3 × 2 orderings`), or a count of a hyphenated
    /// noun (`3-permutations of 6`: the size of the triplet).
    func orderNoun(number i: Int, noun j: Int) -> CountClaim.Kind?? {
        guard let kind = ProseWords.orderNouns[words[j].text], !words[j].afterPunctuation,
              !words[i].afterOperator, i + 1 == words.count || !words[i + 1].afterOperator else { return nil }
        let start = words[..<i].lastIndex(where: { $0.endsSentence || $0.afterLineBreak }).map { words[$0].endsSentence ? $0 + 1 : $0 } ?? 0
        let end = words[(j + 1)...].firstIndex(where: { $0.afterPunctuation || $0.afterLineBreak }) ?? words.count
        if words[start..<end].contains(where: { ["each", "per", "every"].contains($0.text) }) { return nil }
        return .some(kind)
    }

    /// Whether the adjectives at `from..<to` before "ones" say the valid
    /// triplets, so that "36 valid ones" is that count with no triplets
    /// named before it: "valid" (not negated) and not "valid ones for the
    /// positive", which counts a role's choices.
    func isValidOnes(from: Int, to: Int) -> Bool {
        guard words[from..<to].contains(where: { $0.text == "valid" }), !isNegatedValid(at: from),
              !words[from].afterLineBreak, !words[from].afterPunctuation else { return false }
        let next = to + 1 < words.count && !words[to + 1].afterPunctuation ? words[to + 1].text : ""
        return !["for", "per", "of", "as", "among", "from"].contains(next)
    }

    /// The kind of count a label of several words names, `All triplets:`,
    /// `All triplets (ordered, no repeated sample):`, `Valid triplets:`:
    /// the words of its line back to a number or another label, which
    /// must name triplets and say which kind; nil otherwise.
    ///
    /// A phrase may name the triplets by their order (`orderNouns`), the
    /// sizes it picks from among its words: `Number of permutations of 3
    /// out of 6:` (all), `Ordered selections of 3 from 6 samples:` (all) —
    /// those numbers are no count.
    func labelPhraseKind(before last: Int) -> CountClaim.Kind? {
        var k = last
        while k > 0, last - k < 10, !words[k - 1].labels, !words[k].afterLineBreak,
              words[k - 1].number == nil || isSizeInPhrase(k - 1) { k -= 1 }
        let phrase = words[k...last].map(\.text)
        let ordered = phrase.compactMap { ProseWords.orderNouns[$0] }
        guard phrase.contains(where: { $0 == "triplets" || $0 == "triplet" }) || !ordered.isEmpty else { return nil }
        return ProseWords.kind(ofAdjectives: phrase) ?? (phrase.contains("all") ? .all : nil) ?? ordered.compactMap { $0 }.first
    }

    /// Whether number `i` gives a size inside a label's phrase of order
    /// nouns: after "of", "from", "among" ("permutations of 3 out of 6",
    /// "3 from 6"), or before a hyphenated order noun ("3-permutations").
    private func isSizeInPhrase(_ i: Int) -> Bool {
        guard i > 0 else { return false }
        if ["of", "from", "among"].contains(words[i - 1].text), !words[i].afterPunctuation { return true }
        return i + 1 < words.count && ProseWords.orderNouns[words[i + 1].text] != nil && words[i + 1].afterPunctuation
    }

    /// Whether the prose after a calculation says it counts triplets, and
    /// which: "[unique …] triplets|ones" (the adjectives' kind, or "in
    /// total", "in all", "altogether" after it: all), "(are) valid",
    /// "in total", "in all", "altogether", "total" (all).
    /// Whether the words from `k` say the count before them is a part's:
    /// "per anchor", "for each class", "in every group", "each".
    func countsAPart(after k: Int) -> Bool {
        guard k < words.count, !words[k].afterPunctuation else { return false }
        var i = k
        if ["for", "in", "of", "with"].contains(words[i].text) { i += 1 }
        guard i < words.count, ["per", "each", "every"].contains(words[i].text) else { return false }
        if i + 1 < words.count, words[i + 1].text == "single" { i += 1 }
        return i + 1 < words.count && ProseWords.partWords.contains(words[i + 1].text)
    }

    /// What one part of the triplets is counted for ("per anchor", "each class").
    static let partWords: Set<String> = ["anchor", "class", "label", "group", "positive", "negative", "pair", "sample", "choice"]

    func leadingTriplets() -> (found: Bool, kind: CountClaim.Kind?) {
        let totals: Set<String> = ["total", "altogether", "overall"]
        func totalAt(_ j: Int) -> Bool {
            guard j < words.count, !words[j].afterPunctuation || j == 0 else { return false }
            if totals.contains(words[j].text) { return true }
            return words[j].text == "in" && j + 1 < words.count && (totals.contains(words[j + 1].text) || words[j + 1].text == "all")
        }
        if totalAt(0) { return (true, .all) }
        var j = 0
        if j < words.count, ["are", "is"].contains(words[j].text) { j += 1 }
        let adjectivesStart = j
        while j < words.count, ProseWords.tripletAdjectives.contains(words[j].text) { j += 1 }
        let adjectives = words[adjectivesStart..<j].map(\.text)
        if j < words.count, ["triplets", "triplet", "ones"].contains(words[j].text), words[j].text != "ones" || !adjectives.isEmpty {
            // (`$2 \cdot 3 = 6$ triplets per anchor`, `… for each class`:
            // the triplets of a part, no total.)
            if countsAPart(after: j + 1) { return (false, nil) }
            let kind = ProseWords.kind(ofAdjectives: adjectives) ?? (totalAt(j + 1) ? .all : nil)
            return (true, kind)
        }
        // "$… = 36$ valid."
        if adjectives.first == "valid", j == adjectivesStart + 1 { return (true, .valid) }
        // "$… = 120$ ways to pick an ordered triple of different samples",
        // "… = 120 possible (anchor, positive, negative) tuples": the
        // clause after the result names what it counts, and its kind.
        if words.first.map({ ["ways", "possibilities", "choices", "options"].contains($0.text) }) == true
            || j < words.count && ["triples", "triple", "tuples", "tuple", "permutations", "arrangements"].contains(words[j].text) {
            var clause: [String] = []
            for (n, w) in words.prefix(10).enumerated() {
                if n > 0, w.afterPunctuation { break }
                clause.append(w.text)
            }
            let names = clause.contains { ["triples", "triple", "tuples", "tuple", "triplets", "triplet", "permutations", "arrangements"].contains($0) }
            // (Not a clause that restricts them: "… with the positive's label".)
            let restricts = clause.contains { ["with", "where", "such", "whose", "satisfying", "that", "valid"].contains($0) }
            if names, !restricts, let kind = ProseWords.kind(ofAdjectives: clause) { return (true, kind) }
        }
        return (false, nil)
    }
}
