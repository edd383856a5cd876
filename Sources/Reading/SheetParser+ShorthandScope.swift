import CoursecheckMaths
import CoursecheckNotation

/// Where a shorthand's definition holds: the sentence it stands in, and the
/// rest of the sheet, which must not state the letter again.
extension DerivativeShorthand {
    /// Words that may close a definition's sentence without changing what
    /// it defines (`for every sample and role $k$`, `below`, `throughout`).
    static let closingWords: Set<String> = [
        "for", "every", "each", "all", "any", "sample", "samples", "role", "roles", "and", "or", "index", "indices",
        "below", "throughout", "here", "from", "now", "on", "in", "what", "follows", "following", "the", "rest", "of",
        "sheet", "answers", "used", "use", "embedding", "embeddings",
    ]

    /// Words an aside on the shorthand's shape may add (`each $g_x$ is a
    /// vector of the same size as $f_x$`).
    static let shapeWords: Set<String> = ["is", "a", "an", "vector", "vectors", "of", "same", "size", "shape", "dimension", "as", "has"]

    /// What follows a definition in its paragraph, up to the end of its
    /// sentence, when it is closing words, the index's range (`$x \in \{a,
    /// p, n, 1, \dots, 6\}$`) and an aside on the shape (`each $g_x$ is a
    /// vector …`): how many times it writes the letter with the index (each
    /// a use of the definition, not another statement). Nil for anything
    /// else, which may change what the letter stands for.
    static func closes(_ tail: ArraySlice<Inline>, letter: Unicode.Scalar, variable: Unicode.Scalar) -> Int? {
        let name = String(Character(variable))
        let uses = ["_" + name, "_{" + name + "}"].map { String(Character(letter)) + $0 }
        let samples = ["_" + name, "_{" + name + "}"].map { "f" + $0 }
        var count = 0
        for inline in tail {
            switch inline {
            case .math(let m):
                let tex = String(m.tex.text.filter { !$0.isWhitespace })
                if uses.contains(tex) {
                    count += 1
                    continue
                }
                guard tex == name || samples.contains(tex)
                        || (tex.hasPrefix(name) && ["\\in", "∈", "="].contains { tex.dropFirst(name.count).hasPrefix($0) })
                else { return nil }
            case .text(let fragment):
                let text = fragment.text
                let end = text.firstIndex { ".;:!?".contains($0) }
                let words = text[..<(end ?? text.endIndex)].split { !$0.isLetter }
                guard words.allSatisfy({ closingWords.contains($0.lowercased()) || shapeWords.contains($0.lowercased()) || $0 == name })
                else { return nil }
                if end != nil { return count }
            }
        }
        return count
    }

    /// How many times the sheet writes `letter` with a general index (`h_k`,
    /// `h_{i}`, `-h_k`), in maths, text, code and tables: each definition
    /// once; any more is the letter stated again, or said of in words.
    static func generalUses(of letter: Unicode.Scalar, in document: SheetDocument, maths: MathContext) -> Int {
        var count = 0
        func inMaths(_ tex: String) {
            guard tex.unicodeScalars.contains(letter) else { return }
            NodeShapes.walk(maths.span(tex).tree.nodes) { node in
                if case let .scripts(base, sub?, _, _) = node.kind, NodeShapes.letter(base) == letter {
                    let sampled = NodeShapes.integer(sub).map { $0 > 0 } ?? false
                    let role = NodeShapes.letter(sub).map { "apn".unicodeScalars.contains($0) } ?? false
                    if !sampled && !role { count += 1 }
                }
                return true
            }
        }
        // `h_k`, `h_{k}` in words and plain-text maths: the letter alone, `_`, a letter that names no role.
        func inText(_ text: String) {
            let s = Array(text.unicodeScalars)
            for i in s.indices where s[i] == letter && i + 2 < s.count && s[i + 1] == "_" {
                if i > 0, s[i - 1].properties.isAlphabetic || s[i - 1] == "\\" { continue }
                var j = i + 2
                if s[j] == "{" { j += 1 }
                guard j < s.count, s[j].properties.isAlphabetic, !"apn".unicodeScalars.contains(s[j]) else { continue }
                var k = j + 1
                if k < s.count, s[k] == "}" { k += 1 }
                if k < s.count, s[k].properties.isAlphabetic || s[k].properties.numericType != nil { continue }
                count += 1
            }
        }
        func inInlines(_ inlines: [Inline]) {
            for inline in inlines {
                switch inline {
                case .math(let m): inMaths(String(m.tex.text))
                case .text(let fragment): inText(String(fragment.text))
                }
            }
        }
        for leaf in document.leaves {
            switch leaf.block.kind {
            case .paragraph(let inlines), .heading(_, let inlines): inInlines(inlines)
            case .displayMath(let m): inMaths(String(m.tex.text))
            case .code(_, let fragment): inText(String(fragment.text))
            case .table(let table): table.rows.forEach { $0.forEach { inInlines($0.inlines) } }
            default: continue
            }
        }
        return count
    }
}
