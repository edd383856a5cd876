/// Splits a maths span into tokens by TeX's rules: `\name` is a control word
/// (letters only; the spaces after it are skipped), `\c` a control symbol,
/// `{ } ^ _ & #` are TeX's special characters, every letter is a token of its
/// own, and a run of digits (with one decimal point) is a number.
///
/// What students write in other ways becomes the same tokens, as the
/// command table spells it: Unicode maths (`∂`, `−`, `·`, `×`), sub- and
/// superscript digits and letters (`f₁` is `f_{1}`), combining accents (`f⃗`
/// is `\vec{f}`), maths alphanumerics (U+1D400–1D7FF, `𝑓`, `𝐟`) folded by
/// NFKC, and plain-text words (`grad` is `\nabla`). Tokenizing never fails.
public struct Tokenizer: Sendable {
    public let table: CommandTable
    /// Whether a line break ends a row, as in plain text; in TeX it is a space.
    public let linesSeparate: Bool

    /// Letters in the table's longest plain-text word.
    let longestWord: Int

    public init(table: CommandTable = .standard, linesSeparate: Bool = false) {
        self.table = table
        self.linesSeparate = linesSeparate
        longestWord = table.words.keys.map(\.utf8.count).max() ?? 0
    }

    public func tokenize(_ text: Substring) -> [MathToken] {
        tokenize(scalars: Array(text.unicodeScalars))
    }

    /// Tokens of a span given as its scalars.
    public func tokenize(scalars: [Unicode.Scalar]) -> [MathToken] {
        tokenizeRecording(scalars: scalars).tokens
    }

    /// Tokens, and the spellings and words of the table they used.
    func tokenizeRecording(scalars: [Unicode.Scalar]) -> (tokens: [MathToken], used: [CommandTable.Key]) {
        var scanner = Scanner(source: SourceScalars(scalars), tokenizer: self)
        scanner.run()
        return (scanner.tokens, scanner.used)
    }

    public func tokenize(_ text: String) -> [MathToken] { tokenize(text[...]) }

    static func isLetter(_ c: Unicode.Scalar) -> Bool { (c.value | 0x20) >= 0x61 && (c.value | 0x20) <= 0x7A }
    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }
}

/// A span's scalars after the per-scalar folds (NFKC of maths alphanumerics),
/// each with the offset of the scalar it came from.
struct SourceScalars {
    var scalars: [Unicode.Scalar]
    var offsets: [Int]?
    let count: Int

    init(_ original: [Unicode.Scalar]) {
        // Most spans need no fold: share the array.
        guard original.contains(where: { $0.value >= 0x80 && UnicodeFolds.fold($0) != nil }) else {
            scalars = original
            offsets = nil
            count = original.count
            return
        }
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(original.count)
        var offsets: [Int]?
        for (offset, c) in original.enumerated() {
            if c.value >= 0x80, let folded = UnicodeFolds.fold(c) {
                if offsets == nil { offsets = Array(0..<scalars.count) }
                for f in folded.unicodeScalars { scalars.append(f); offsets!.append(offset) }
                continue
            }
            scalars.append(c)
            offsets?.append(offset)
        }
        self.scalars = scalars
        self.offsets = offsets
        count = scalars.count
    }

    /// The source offset of folded scalar `i` (the end offset for `i == count`).
    func offset(_ i: Int) -> Int {
        guard let offsets else { return i }
        return i < offsets.count ? offsets[i] : (offsets.last.map { $0 + 1 } ?? 0)
    }
}

struct Scanner {
    let source: SourceScalars
    let tokenizer: Tokenizer
    var tokens: [MathToken] = []
    var used: [CommandTable.Key] = []
    var i = 0
    var spaced = true

    init(source: SourceScalars, tokenizer: Tokenizer) {
        self.source = source
        self.tokenizer = tokenizer
        tokens.reserveCapacity(source.count / 2 + 4)
    }

    var s: [Unicode.Scalar] { source.scalars }

    mutating func emit(_ kind: MathToken.Kind, from start: Int, to end: Int, synthetic: Bool = false) {
        let offset = source.offset(start)
        let glued = !spaced && !tokens.isEmpty
        tokens.append(MathToken(kind, offset: offset, length: max(source.offset(end) - offset, synthetic ? 0 : 1),
                                glued: glued, synthetic: synthetic))
        spaced = false
    }

    mutating func run() {
        while i < source.count {
            let c = s[i]
            if c == "\n", tokenizer.linesSeparate {
                emit(.newline, from: i, to: i + 1)
                i += 1
                spaced = true
                continue
            }
            if c == " " || c == "\n" || c == "\t" || c == "\r" || (c.value >= 0x80 && c.properties.isWhitespace) {
                i += 1
                spaced = true
                continue
            }
            let start = i
            switch c {
            case "\\": controlSequence()
            case "{": i += 1; emit(.beginGroup, from: start, to: i)
            case "}": i += 1; emit(.endGroup, from: start, to: i)
            case "^": i += 1; emit(.superscript, from: start, to: i)
            case "_": i += 1; emit(.subscript, from: start, to: i)
            case "&": i += 1; emit(.alignment, from: start, to: i)
            case "#" where i + 1 < source.count && Tokenizer.isDigit(s[i + 1]) && s[i + 1] != "0":
                i += 2
                emit(.parameter(Int(s[i - 1].value - 48)), from: start, to: i)
            default:
                if Tokenizer.isDigit(c) || (c == "." && i + 1 < source.count && Tokenizer.isDigit(s[i + 1])
                                             && !(tokens.last.map { if case .number = $0.kind { !spaced } else { false } } ?? false)) {
                    number()
                } else if Tokenizer.isLetter(c) {
                    letters()
                } else if let script = UnicodeFolds.script(c) {
                    scripts(superscript: script.superscript)
                } else if tokenizer.linesSeparate, i + 1 < source.count, !tokenizer.table.digraphs.isEmpty,
                          let name = tokenizer.table.digraphs[String(String.UnicodeScalarView([c, s[i + 1]]))] {
                    // Plain text's `=>`, `->`, `<=`: the arrow or relation they draw.
                    used.append(.digraph(String(String.UnicodeScalarView([c, s[i + 1]]))))
                    i += 2
                    emit(.command(name), from: start, to: i)
                    tokens[tokens.count - 1].synthetic = true
                } else if let spelling = tokenizer.table.spellings[c] {
                    used.append(.spelling(c))
                    spell(spelling)
                } else {
                    i += 1
                    emit(c.properties.isAlphabetic ? .letter(c) : .other(c), from: start, to: i)
                }
            }
        }
    }

    mutating func controlSequence() {
        let start = i
        i += 1
        guard i < source.count else {
            emit(.other("\\"), from: start, to: i)
            return
        }
        if Tokenizer.isLetter(s[i]) {
            var name: [UInt8] = []
            while i < source.count, Tokenizer.isLetter(s[i]) { name.append(UInt8(s[i].value)); i += 1 }
            emit(.command(String(decoding: name, as: UTF8.self)), from: start, to: i)
            // TeX skips the spaces after a control word.
            while i < source.count, s[i] == " " || s[i] == "\t" || (s[i] == "\n" && !tokenizer.linesSeparate) { i += 1 }
        } else if s[i] == "_" {
            // `f\_1`: an underscore escaped from Markdown's emphasis (in
            // `$…$` or in text) is the subscript it stands for; no answer
            // means a literal underscore.
            i += 1
            emit(.subscript, from: start, to: i)
        } else if !tokenizer.linesSeparate, s[i] == "\n" || s[i] == "\r" || s[i] == "\t" {
            // `\` at the end of a line (TeX's `\^^M`) or before a tab is
            // the control space `\ `, as a source wrapped after `,\ ` has it.
            i += 1
            emit(.command(" "), from: start, to: i)
        } else {
            i += 1
            emit(.command(String(s[i - 1])), from: start, to: i)
        }
    }

    mutating func number() {
        let start = i
        var text: [UInt8] = []
        var point = false
        while i < source.count {
            if Tokenizer.isDigit(s[i]) {
                text.append(UInt8(s[i].value))
            } else if s[i] == ".", !point, i + 1 < source.count, Tokenizer.isDigit(s[i + 1]) {
                point = true
                text.append(0x2E)
            } else {
                break
            }
            i += 1
        }
        emit(.number(String(decoding: text, as: UTF8.self)), from: start, to: i)
    }

    /// A run of letters: a plain-text word of the table (`grad`) as its
    /// command, otherwise one token per letter.
    mutating func letters() {
        let start = i
        var end = i
        while end < source.count, Tokenizer.isLetter(s[end]) { end += 1 }
        // `w.r.t.` and `with respect to`: the word `wrt` when the table has it.
        if case .command(let command)? = tokenizer.table.words["wrt"], let phrase = respectPhrase(from: start) {
            used.append(.word("wrt"))
            i = phrase
            emit(.command(command), from: start, to: phrase)
            return
        }
        if end - start > 1, end - start <= tokenizer.longestWord {
            let word = String(decoding: s[start..<end].map { UInt8($0.value) }, as: UTF8.self)
            switch tokenizer.table.words[word] {
            case .command(let command)?:
                used.append(.word(word))
                i = end
                emit(.command(command), from: start, to: end)
                return
            case .characters(let text)?:
                // Each character spans the word, synthetic: `choose` is `C`.
                used.append(.word(word))
                i = end
                for c in text.unicodeScalars {
                    emit(Tokenizer.isLetter(c) ? .letter(c) : .other(c), from: start, to: end)
                    tokens[tokens.count - 1].synthetic = true
                }
                return
            case .accent?, nil:
                break
            }
        }
        i += 1
        emit(.letter(s[start]), from: start, to: i)
    }

    /// The end of `w.r.t.` (the last dot optional, any case) or `with
    /// respect to` (single spaces) written at `start`, or nil.
    func respectPhrase(from start: Int) -> Int? {
        func matches(_ text: String) -> Int? {
            var j = start
            for c in text.unicodeScalars {
                guard j < source.count, s[j].properties.lowercaseMapping == String(c) else { return nil }
                j += 1
            }
            // A whole word: no letter glued after it.
            return j < source.count && Tokenizer.isLetter(s[j]) ? nil : j
        }
        guard s[start] == "w" || s[start] == "W" else { return nil }
        if let end = matches("w.r.t") { return end < source.count && s[end] == "." ? end + 1 : end }
        return matches("with respect to")
    }

    /// A run of Unicode sub- or superscripts, `₁₂` → `_{12}`.
    mutating func scripts(superscript: Bool) {
        let start = i
        var end = i
        while end < source.count, let script = UnicodeFolds.script(s[end]), script.superscript == superscript { end += 1 }
        // `∇_fₐ`, `∂_f₁`: the scripts are the letter's that is itself the
        // one-token argument of `_` or `^` before it (`∇_{f_a}`), as written
        // together, not a second script of what `_` scripts.
        // Only a letter written just before the scripts, itself written
        // (not one a macro or a word spelled): the group spans its place.
        let n = tokens.count
        let wrap = !spaced && n >= 2 && { if case .letter = tokens[n - 1].kind { true } else { false } }()
            && !tokens[n - 1].synthetic && tokens[n - 1].offset + tokens[n - 1].length == source.offset(start)
            && (tokens[n - 2].kind == .subscript || tokens[n - 2].kind == .superscript) && !tokens[n - 2].synthetic
        if wrap {
            let letter = tokens.removeLast()
            tokens.append(MathToken(.beginGroup, offset: letter.offset, length: 0, glued: letter.glued, synthetic: true))
            tokens.append(letter)
        }
        defer { if wrap { emit(.endGroup, from: end, to: end, synthetic: true); tokens[tokens.count - 1].glued = true } }
        emit(superscript ? .superscript : .subscript, from: start, to: start, synthetic: true)
        emit(.beginGroup, from: start, to: start, synthetic: true)
        var j = start
        while j < end {
            let plain = UnicodeFolds.script(s[j])!.plain
            if Tokenizer.isDigit(plain) {
                var text = String.UnicodeScalarView()
                let first = j
                while j < end, let p = UnicodeFolds.script(s[j])?.plain, Tokenizer.isDigit(p) { text.append(p); j += 1 }
                emit(.number(String(text)), from: first, to: j)
            } else if let spelling = tokenizer.table.spellings[plain] {
                used.append(.spelling(plain))
                i = j
                spell(spelling)
                j += 1
            } else {
                emit(Tokenizer.isLetter(plain) ? .letter(plain) : .other(plain), from: j, to: j + 1)
                j += 1
            }
            tokens[tokens.count - 1].glued = true
        }
        emit(.endGroup, from: end, to: end, synthetic: true)
        tokens[tokens.count - 1].glued = true
        i = end
    }

    mutating func spell(_ spelling: CommandTable.Spelling) {
        let start = i
        i += 1
        switch spelling {
        case .command(let name):
            emit(.command(name), from: start, to: i)
            tokens[tokens.count - 1].synthetic = true
        case .characters(let text):
            for c in text.unicodeScalars {
                emit(.other(c), from: start, to: i)
                tokens[tokens.count - 1].synthetic = true
            }
        case .accent(let name):
            // A combining mark decorates the token before it: `f⃗` is `\vec{f}`.
            guard var base = tokens.popLast() else {
                emit(.other(s[start]), from: start, to: i)
                return
            }
            let at = base.offset
            let glued = base.glued
            base.glued = true
            tokens.append(MathToken(.command(name), offset: at, length: 0, glued: glued, synthetic: true))
            tokens.append(MathToken(.beginGroup, offset: at, length: 0, glued: true, synthetic: true))
            tokens.append(base)
            tokens.append(MathToken(.endGroup, offset: source.offset(i), length: 0, glued: true, synthetic: true))
        }
    }
}
