import CoursecheckMaths

/// The words and whole numbers of a piece of prose, lowercased, with their
/// scalar offsets: enough to read "6 choices for the anchor … times 2".
struct ProseWords {
    struct Word {
        var text: String
        var offset: Int
        var number: Int? { text.first?.isNumber == true ? Int(text) : nil }
    }

    let words: [Word]

    init(_ text: Substring) {
        var words: [Word] = []
        var current = ""
        var start = 0
        var offset = 0
        func flush() {
            if !current.isEmpty { words.append(Word(text: current, offset: start)) }
            current = ""
        }
        for scalar in text.unicodeScalars {
            let isDigit = Lexer.isDigit(scalar)
            let isLetter = Lexer.isLetter(scalar)
            if isDigit || isLetter {
                // A change between letters and digits starts a new word.
                if let last = current.unicodeScalars.last, Lexer.isDigit(last) != isDigit { flush() }
                if current.isEmpty { start = offset }
                current.unicodeScalars.append(isLetter ? Unicode.Scalar(scalar.value | 0x20)! : scalar)
            } else {
                flush()
            }
            offset += 1
        }
        flush()
        self.words = words
    }

    func contains(_ word: String) -> Bool { words.contains { $0.text == word } }
    func containsAny(_ set: Set<String>) -> Bool { words.contains { set.contains($0.text) } }

    static let roles: [String: String] = [
        "anchor": "anchor", "anchors": "anchor", "positive": "positive", "positives": "positive",
        "negative": "negative", "negatives": "negative",
    ]
    static let choiceWords: Set<String> = ["choice", "choices", "option", "options", "ways", "possibilities"]

    /// Products of "N choices for the ROLE" factors. A product ends where a
    /// role repeats or the text says "alternatively"; "times K",
    /// "multiplied by K" and "twice" after it multiply it.
    func choiceProducts() -> [(factors: [Int], text: String, offset: Int)] {
        var products: [(factors: [Int], text: String, offset: Int)] = []
        var roles: Set<String> = []
        var open = false
        var i = 0
        func start(at offset: Int) {
            products.append(([], "", offset))
            roles = []
            open = true
        }
        func add(_ factor: Int, _ text: String) {
            let last = products.count - 1
            products[last].factors.append(factor)
            products[last].text += (products[last].text.isEmpty ? "" : " × ") + text
        }
        while i < words.count {
            let w = words[i]
            if w.text == "alternatively" { open = false }
            if let n = w.number, i + 2 < words.count, ProseWords.choiceWords.contains(words[i + 1].text), words[i + 2].text == "for" {
                var j = i + 3
                if j < words.count, ["the", "a", "an"].contains(words[j].text) { j += 1 }
                if j < words.count, let role = ProseWords.roles[words[j].text] {
                    if !open || roles.contains(role) { start(at: w.offset) }
                    roles.insert(role)
                    add(n, "\(n) (\(role))")
                    i = j + 1
                    continue
                }
            }
            if open, let multiplier = multiplier(at: i) {
                add(multiplier.value, "\(multiplier.value)")
                i += multiplier.length
                continue
            }
            i += 1
        }
        return products.filter { !$0.factors.isEmpty }
    }

    private func multiplier(at i: Int) -> (value: Int, length: Int)? {
        let w = words[i].text
        if w == "twice" { return (2, 1) }
        if w == "thrice" { return (3, 1) }
        if w == "times", i + 1 < words.count, let n = words[i + 1].number { return (n, 2) }
        if w == "multiplied", i + 2 < words.count, words[i + 1].text == "by", let n = words[i + 2].number { return (n, 3) }
        return nil
    }

    /// "N [unique|valid|ordered|possible|distinct] triplets": the number and
    /// its offset.
    func countOfTriplets() -> (Int, Int)? {
        let adjectives: Set<String> = ["unique", "valid", "ordered", "possible", "distinct", "different", "total"]
        for (i, w) in words.enumerated() {
            guard let n = w.number else { continue }
            var j = i + 1
            while j < words.count, adjectives.contains(words[j].text) { j += 1 }
            if j < words.count, words[j].text == "triplets" || words[j].text == "triplet" { return (n, w.offset) }
        }
        return nil
    }
}
