extension Role {
    /// The family a role belongs to, for the documentation.
    public var family: String {
        switch self {
        case .fraction, .binomial, .infixFraction, .infixBinomial: "Fractions and binomials"
        case .decoration, .brace, .struck: "Transparent decorations (what they wrap is what they mean)"
        case .spacing, .separatingSpace: "Spacing and style (ignored; `\\quad` and `\\qquad` also separate items)"
        case .text, .intertext: "Text"
        case .relation, .implication: "Relations and implications"
        case .operation, .punctuation: "Operations and punctuation"
        case .delimiter, .sizing, .fenced: "Delimiters"
        case .begin, .end, .lineBreak, .annotation: "Environments, rows and annotations"
        case .partial, .nabla, .respect, .differential, .derivative, .prime: "Derivatives"
        case .largeOperator, .symbol, .functionName: "Symbols and functions"
        case .define, .macro: "Macros"
        }
    }

    /// What the role means, in a few words.
    public var summary: String {
        switch self {
        case .fraction: "fraction"
        case .binomial: "binomial"
        case .infixFraction: "infix fraction"
        case .infixBinomial: "infix binomial"
        case .decoration: "decoration"
        case .brace: "decoration; its script is a note"
        case .struck: "struck out: withdrawn when what replaces it follows at a side's start, else a decoration"
        case .spacing: "ignored"
        case .separatingSpace: "space; separates items"
        case .text: "text"
        case .intertext: "text between rows"
        case .relation(let r): "relation \(r.rawValue)"
        case .implication: "implication; separates statements"
        case .operation(let o): "operation \(o.rawValue)"
        case .punctuation(let p): p == .comma || p == .semicolon ? "separates items" : p == .period ? "ends a statement" : "colon"
        case .delimiter(let d): "\(d.side.rawValue) \(d.family.rawValue)"
        case .sizing(let s): s == .size ? "size (ignored)" : "\\\(s.rawValue) pair"
        case .fenced(let f): "fences its argument in \(f.rawValue)"
        case .begin: "begins an environment"
        case .end: "ends an environment"
        case .lineBreak: "ends a row"
        case .annotation: "not content (dropped)"
        case .partial: "∂"
        case .nabla: "∇"
        case .respect: "with respect to (a derivative in words)"
        case .differential: "upright d"
        case .derivative(let partial): partial ? "∂f/∂x, or ∂/∂x" : "df/dx, or d/dx"
        case .prime: "prime"
        case .largeOperator: "large operator (Σ)"
        case .symbol: "symbol"
        case .functionName: "function name"
        case .define: "defines a macro"
        case .macro: "the student's macro"
        }
    }
}

extension CommandTable {
    /// The table as Markdown, family by family: every command and character
    /// with its role, arity and package; then spellings, words and
    /// environments. Sources/Notation/README.md holds exactly this.
    public var markdown: String {
        func cell(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|") }
        var rows: [String: [(String, String)]] = [:]
        for (name, entry) in commands {
            rows[entry.role.family, default: []].append(("\\" + name, "| `\(cell("\\" + name))` | \(cell(entry.role.summary)) | \(entry.arity) | \(entry.package.rawValue) |"))
        }
        for (c, entry) in characters {
            rows[entry.role.family, default: []].append(("\(c)", "| `\(cell("\(c)"))` | \(cell(entry.role.summary)) | 0 | \(entry.package.rawValue) |"))
        }
        var out = ""
        for family in rows.keys.sorted() {
            out += "#### \(family)\n\n| command | role | arguments | package |\n|---|---|---|---|\n"
            out += rows[family]!.sorted { $0.0 < $1.0 }.map(\.1).joined(separator: "\n") + "\n\n"
        }
        out += "#### Other spellings (Unicode, `~`)\n\n| written | read as |\n|---|---|\n"
        for (c, spelling) in spellings.sorted(by: { $0.key.value < $1.key.value }) {
            let shown = c.properties.generalCategory == .nonspacingMark || c.properties.generalCategory == .enclosingMark ? "◌\(c)" : "\(c)"
            let meaning: String
            switch spelling {
            case .command(let name): meaning = "`\\\(name)`"
            case .characters(let text): meaning = "`\(text)`"
            case .accent(let name): meaning = "`\\\(name){…}` over the character before"
            }
            out += "| \(shown) (U+\(String(c.value, radix: 16, uppercase: true))) | \(meaning.replacingOccurrences(of: "|", with: "\\|")) |\n"
        }
        out += "\n#### Plain-text words\n\n| word | read as |\n|---|---|\n"
        out += words.sorted { $0.key < $1.key }.map { word, spelling in
            switch spelling {
            case .command(let name): "| `\(word)` | `\\\(name)` |"
            case .characters(let text): "| `\(word)` | `\(text)` (the letter the grammar reads) |"
            case .accent(let name): "| `\(word)` | `\\\(name){…}` |"
            }
        }.joined(separator: "\n") + "\n"
        out += "\n#### Plain-text digraphs (in plain text only)\n\n| written | read as |\n|---|---|\n"
        out += digraphs.sorted { $0.key < $1.key }.map { "| `\($0.key)` | `\\\($0.value)` |" }.joined(separator: "\n") + "\n"
        out += "\n#### Environments\n\n| environment | kind | arguments | package |\n|---|---|---|---|\n"
        out += environments.sorted { $0.key < $1.key }.map { name, env in
            "| `\(name)` | \(env.kind == .rows ? "rows are lines of working" : "one value") | \(env.arguments) | \(env.package.rawValue) |"
        }.joined(separator: "\n") + "\n"
        return out
    }
}
