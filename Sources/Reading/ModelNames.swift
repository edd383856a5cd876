import CoursecheckModels

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

    /// What a written name says, or nil when it says something else.
    static func features(_ name: String) -> Features? {
        // Words: runs of letters or of digits (`2-layer` is `2`, `layer`).
        var tokens: [String] = []
        var current = ""
        var digits = false
        for c in name.lowercased() {
            let isDigit = c.isASCII && c.isNumber, isLetter = c.isLetter
            if (isDigit || isLetter), current.isEmpty || digits == isDigit {
                current.append(c)
            } else {
                if !current.isEmpty { tokens.append(current) }
                current = isDigit || isLetter ? String(c) : ""
            }
            digits = isDigit
        }
        if !current.isEmpty { tokens.append(current) }
        var cells = Set<String>()
        var bidirectional = false
        var levels: Int?? = .none
        for (n, token) in tokens.enumerated() {
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
            } else if levelWords.contains(token) {
                // The number beside it: `2-layer`, `2 levels`, `levels: 2`.
                let near = [n - 1, n + 1].filter { tokens.indices.contains($0) }
                    .compactMap { Int(tokens[$0]) ?? numbers[tokens[$0]] }
                if let count = near.first { levels = .some(count) }
            } else if ["stacked", "deep", "multi", "multilayer"].contains(token) {
                if levels == .none { levels = .some(nil) }
            } else if Int(token) != nil || numbers[token] != nil {
                // A number counts levels (`2-layer`, `levels: 2`); any other is a figure.
                let beside = [n - 1, n + 1].filter { tokens.indices.contains($0) }.map { tokens[$0] }
                guard beside.contains(where: levelWords.contains) || token == "single" else { return nil }
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

    /// The assignment's model a written name means: its name spelt the
    /// assignment's way, or by its features when exactly one model has
    /// them ("stacked": the one with more than one level).
    static func known(_ name: String, in known: [String]) -> String? {
        let written = ModelSpec.slug(name)
        if let same = known.first(where: { ModelSpec.slug($0) == written }) { return same }
        guard let said = features(name) else { return nil }
        let matches = known.filter { model in
            guard let f = features(model), f.cell == said.cell, f.bidirectional == said.bidirectional else { return false }
            if let levels = said.levels { return levels == f.levels }
            return (f.levels ?? 1) > 1
        }
        return matches.count == 1 ? matches[0] : nil
    }

    /// The slug a row's model goes under: the assignment's model it means,
    /// else the name as written (reported as a model the assignment lacks).
    static func slug(_ name: String, in known: [String]) -> String {
        ModelSpec.slug(Self.known(name, in: known) ?? name)
    }

    /// The longest run of words at the start of `text` (up to six, ended by
    /// a space, `:` or a dash) that names one of the assignment's models:
    /// its end, and the model.
    static func prefix(of text: Substring, in known: [String]) -> (end: Substring.Index, model: String)? {
        var ends: [Substring.Index] = []
        var i = text.startIndex
        while i < text.endIndex, ends.count < 6 {
            let c = text[i]
            if c == " " || c == ":" || c == "\u{2014}" || c == "\u{2013}" || c == "(" || c == "," {
                if i > text.startIndex, text[text.index(before: i)] != " " { ends.append(i) }
                if c == ":" || c == "\u{2014}" || c == "\u{2013}" { break }
            } else if c.isNumber, ends.count >= 1, text[..<i].last == " " {
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
