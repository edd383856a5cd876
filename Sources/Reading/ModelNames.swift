import CoursecheckModels
import Foundation
import Synchronization

/// A Part I model as a sheet names it, read by what the name says rather
/// than by its spelling: the cell (`LSTM`, `RNN`), whether it is
/// bidirectional (`bi-`, `Bi`, `Bidirectional`, `BLSTM`) and its number of
/// levels (`2-level`, `2-layer`, `two layers`, `, 2 levels`; `stacked` or
/// `deep` for the one multi-level model of that kind). `BiRNN`, `Vanilla
/// RNN`, `2-layer BiLSTM` and `Stacked bi-LSTM (2 levels)` are the
/// assignment's `bi-RNN`, `RNN`, `2-level bi-LSTM` and `2-level bi-LSTM`.
/// A name with any other word (`GRU`, `LSTM with attention`) or both cells
/// is not read: it stays the name written, and is reported as unknown.
enum ModelNames {
    struct Features: Equatable {
        var cell: String
        var bidirectional: Bool
        /// nil: "stacked", more than one level, how many not said.
        var levels: Int?
    }

    /// Words a model's name may hold besides its cell, direction, levels
    /// and numbers (those are read by their own branches below).
    private static let neutral: Set<String> = [
        "vanilla", "simple", "plain", "standard", "basic", "elman", "uni", "unidirectional", "encoder", "model",
        "network", "net", "the", "a", "with", "of", "x", "directional",
    ]
    private static let numbers: [String: Int] = ["one": 1, "single": 1, "two": 2, "three": 3]
    private static let levelWords: Set<String> = ["layer", "layers", "level", "levels", "lvl", "l"]

    /// LaTeX's font switches a name may be written in (`\textbf{BiLSTM}`,
    /// `{\bf RNN}`): they say nothing of the model. Any other command
    /// leaves the name unread.
    private static let fontCommands: Set<String> = [
        "textbf", "textit", "textsl", "emph", "texttt", "textsc", "textsf", "textrm", "textup", "textnormal", "underline",
        "text", "mathrm", "mathbf", "mathsf", "mathtt", "mathit", "bf", "it", "em", "sc", "tt", "rm", "sf", "sl", "bfseries",
    ]

    /// A number of levels written beside the name rather than as a level
    /// word: `(2)` after a name that says it is stacked (`stacked bidir.
    /// RNN (2)`: of the levels, what else could it count?), and a multiple
    /// of a bidirectional cell (`BiLSTM ×2`, `bi-LSTM x2`, `2x BiLSTM`). A
    /// bare `(2)` on a name that does not say it is stacked (`bi-LSTM (2)`:
    /// a footnote? the second model?) is left as it is, and does not read;
    /// so is a multiple of a cell not said bidirectional beside it (`RNN ×2
    /// (bi)`, `2× LSTM`: two directions or two levels?).
    private static let parenthesisedCount = try! NSRegularExpression(pattern: #"\(\s*(\d)\s*\)"#)
    /// `x` stands apart from words (`BiLSTM x2`, `2x BiLSTM`); `×` may touch them (`BiLSTM×2`, `2×BiLSTM`).
    private static let multipleAfter = try! NSRegularExpression(pattern: #"(?:(?<![\w.,])x|(?<![\d.,])×)\s?(\d)(?![\w.,])"#)
    private static let multipleBefore = try! NSRegularExpression(pattern: #"(?<![\w.,])(\d)\s?(?:x(?![\w.,])|×(?![\d.,]))"#)

    /// The name with those counts as words: `(2)` as `2 levels`, a multiple
    /// as `xafter 2` or `xbefore 2` (read by `features` beside its cell).
    static func levelsWritten(_ lower: String) -> String {
        var text = lower
        let stacked = ["stacked", "deep", "multi"].contains { lower.contains($0) }
        let patterns = [(multipleAfter, "xafter "), (multipleBefore, "xbefore ")] + (stacked ? [(parenthesisedCount, "")] : [])
        for (pattern, word) in patterns {
            let ns = text as NSString
            var out = ""
            var last = 0
            for m in pattern.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
                out += ns.substring(with: NSRange(location: last, length: m.range.location - last))
                out += " \(word)\(ns.substring(with: m.range(at: 1)))\(word.isEmpty ? " levels" : "") "
                last = m.range.location + m.range.length
            }
            out += ns.substring(from: last)
            text = out
        }
        return text
    }

    private static let biCells: Set<String> = ["bilstm", "birnn", "blstm", "brnn"]

    /// Whether the tokens from `start` on, up to the cell, say a bidirectional cell
    /// (`bilstm`; `bi`, `dir`, `lstm`; `bidirectional`, `rnn`), or `backwards` the tokens before it.
    private static func bidirectionalCell(_ tokens: [String], at start: Int, backwards: Bool) -> Bool {
        guard tokens.indices.contains(start) else { return false }
        if biCells.contains(tokens[start]) { return true }
        func marker(_ t: String) -> Bool { t == "bi" || t == "dir" || t.hasPrefix("bidir") }
        if backwards {
            guard ["lstm", "rnn"].contains(tokens[start]), start > 0 else { return false }
            return marker(tokens[start - 1])
        }
        var i = start
        var said = false
        while tokens.indices.contains(i), marker(tokens[i]) { said = true; i += 1 }
        return said && tokens.indices.contains(i) && ["lstm", "rnn"].contains(tokens[i])
    }

    /// What a written name says, or nil when it says something else.
    static func features(_ name: String) -> Features? {
        // Words: runs of letters or of digits (`2-layer` is `2`, `layer`);
        // a run of letters after `\` is a command, a font switch or nothing.
        var tokens: [String] = []
        var current = ""
        var digits = false
        var command = false
        var afterBackslash = false
        func flush() -> Bool {
            defer { current = ""; command = false }
            guard !current.isEmpty else { return true }
            if command { return fontCommands.contains(current) }
            tokens.append(current)
            return true
        }
        for c in levelsWritten(name.lowercased()) {
            let isDigit = c.isASCII && c.isNumber, isLetter = c.isLetter
            if (isDigit || isLetter), current.isEmpty || (digits == isDigit && !(command && isDigit)) {
                if current.isEmpty { command = afterBackslash && isLetter }
                current.append(c)
            } else {
                guard flush() else { return nil }
                if isDigit || isLetter { current = String(c) }
            }
            digits = isDigit
            afterBackslash = c == "\\"
        }
        guard flush() else { return nil }
        var cells = Set<String>()
        var bidirectional = false
        var levels: Int?? = .none
        var counted: Int?
        var consumed = Set<Int>()
        for (n, token) in tokens.enumerated() where !consumed.contains(n) {
            let before = n > 0 ? tokens[n - 1] : nil, after = n + 1 < tokens.count ? tokens[n + 1] : nil
            if token.hasSuffix("lstm") {
                cells.insert("lstm")
                guard ["lstm", "bilstm", "blstm"].contains(token) else { return nil }
                bidirectional = bidirectional || token != "lstm"
            } else if token.hasSuffix("rnn") {
                cells.insert("rnn")
                guard ["rnn", "birnn", "brnn"].contains(token) else { return nil }
                bidirectional = bidirectional || token != "rnn"
            } else if token == "bi" || token == "bidirectional" || token.hasPrefix("bidir") {
                bidirectional = true
            } else if token == "xafter" || token == "xbefore" {
                // `BiLSTM ×2` (the cell before it), `2× BiLSTM` (after its number).
                guard let after, let count = Int(after),
                      token == "xafter" ? bidirectionalCell(tokens, at: n - 1, backwards: true)
                                        : bidirectionalCell(tokens, at: n + 2, backwards: false) else { return nil }
                if let counted, counted != count { return nil }
                counted = count
                levels = .some(count)
                consumed.insert(n + 1)
            } else if token == "dir", before == "bi" {
                // `bi-dir. LSTM`.
                continue
            } else if directionWords.contains(token), let before, let count = Int(before) ?? numbers[before] {
                // `single-direction`, `one-directional`, `2-directional`.
                guard count == 1 || count == 2 else { return nil }
                if count == 2 { bidirectional = true }
            } else if levelWords.contains(token) {
                // The number beside it: `2-layer`, `2 levels`, `levels: 2`.
                let near = [n - 1, n + 1].filter { tokens.indices.contains($0) }
                    .compactMap { Int(tokens[$0]) ?? numbers[tokens[$0]] }
                if let count = near.first {
                    // Two counts that differ (`2-layer … (3)`): which?
                    if let counted, counted != count { return nil }
                    counted = count
                    levels = .some(count)
                }
            } else if ["stacked", "deep", "multi", "multilayer"].contains(token) {
                if levels == .none { levels = .some(nil) }
            } else if Int(token) != nil || numbers[token] != nil {
                // A number counts levels (`2-layer`, `levels: 2`) or directions
                // (`single-direction`); any other is a figure.
                let beside = [before, after].compactMap { $0 }
                guard beside.contains(where: levelWords.contains) || after.map(directionWords.contains) == true
                    || token == "single" else { return nil }
            } else if neutral.contains(token) {
                continue
            } else {
                return nil
            }
        }
        guard cells.count == 1, let cell = cells.first else { return nil }
        switch levels {
        case .none: return Features(cell: cell, bidirectional: bidirectional, levels: 1)
        case .some(let count): return Features(cell: cell, bidirectional: bidirectional, levels: count)
        }
    }

    private static let directionWords: Set<String> = ["direction", "directions", "directional"]

    /// Words that name a kind of model, the assignment's or another
    /// (`GRU`, `Transformer`: reported as unknown), besides any word with
    /// `rnn` or `lstm` in it.
    private static let modelWords: Set<Substring> = [
        "gru", "grus", "cnn", "mlp", "transformer", "elman", "recurrent", "model", "models", "network", "net", "encoder",
    ]

    /// Whether a row's name names a model in any of its words: a row
    /// whose first cell names none (`$L(\mathbf a, …) = \max(0, \tfrac12\`,
    /// a rule, `Total`) is no model's row.
    static func namesModel(_ name: String) -> Bool {
        name.lowercased().split { !$0.isLetter }.contains { $0.contains("rnn") || $0.contains("lstm") || modelWords.contains($0) }
    }

    /// The assignment's model a written name means: its name spelt the
    /// assignment's way, or by its features when exactly one model has
    /// them ("stacked": the one with more than one level).
    static func known(_ name: String, in known: [String]) -> String? {
        let written = ModelSpec.slug(name)
        let models = known.map(Self.model)
        if let same = models.firstIndex(where: { $0.slug == written }) { return known[same] }
        guard let said = features(name) else { return nil }
        let matches = zip(known, models).filter { _, model in
            guard let f = model.features, f.cell == said.cell, f.bidirectional == said.bidirectional else { return false }
            if let levels = said.levels { return levels == f.levels }
            return (f.levels ?? 1) > 1
        }
        return matches.count == 1 ? matches[0].0 : nil
    }

    /// An assignment's model name, its slug and its features: worked out
    /// once per name, as every line of prose asks for all of them.
    private static func model(_ name: String) -> (slug: String, features: Features?) {
        if let known = modelCache.withLock({ $0[name] }) { return known }
        let model = (slug: ModelSpec.slug(name), features: features(name))
        modelCache.withLock { $0[name] = model }
        return model
    }

    private static let modelCache = Mutex<[String: (slug: String, features: Features?)]>([:])

    /// The slug a row's model goes under: the assignment's model it means,
    /// else the name as written (reported as a model the assignment lacks).
    static func slug(_ name: String, in known: [String]) -> String {
        ModelSpec.slug(Self.known(name, in: known) ?? name)
    }

    /// The longest run of words at the start of `text` (up to six, ended by
    /// a space or tab, `:` or a dash) that names one of the assignment's models:
    /// its end, and the model.
    static func prefix(of text: Substring, in known: [String]) -> (end: Substring.Index, model: String)? {
        var ends: [Substring.Index] = []
        var i = text.startIndex
        while i < text.endIndex, ends.count < 6 {
            let c = text[i]
            // (A tab parts words as a space does: `rnn<TAB>80400<TAB>…`.)
            if c == " " || c == "\t" || c == ":" || c == "\u{2014}" || c == "\u{2013}" || c == "(" || c == "," {
                if i > text.startIndex, !" \t".contains(text[text.index(before: i)]) { ends.append(i) }
                if c == ":" || c == "\u{2014}" || c == "\u{2013}" { break }
            } else if c.isNumber, ends.count >= 1, text[..<i].last == " " || text[..<i].last == "\t" {
                // A figure starts: `BiLSTM 483,200 …`; `2-layer`, `2 levels` do not.
                let rest = text[i...].prefix { !$0.isWhitespace }
                let next = text[i...].dropFirst(rest.count).drop { $0 == " " }.lowercased()
                if !rest.contains(where: \.isLetter), !next.hasPrefix("level"), !next.hasPrefix("layer") { break }
            }
            i = text.index(after: i)
        }
        if i == text.endIndex { ends.append(i) }
        for end in ends.reversed() {
            if let model = Self.known(String(text[..<end]), in: known) { return (end, model) }
        }
        return nil
    }
}
