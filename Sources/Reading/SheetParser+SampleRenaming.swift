import CoursecheckDocument

/// A sentence that renames the samples: one family of samples in another
/// letter said to be the handout's family in `f`, the two side by side.
///
/// ```
/// I'll call the six embeddings $x_1,\dots,x_6$ (the handout's $f_1,\dots,f_6$)
/// I write z1..z6 for the embeddings f1..f6
/// the embedding of sample $i$ (the handout's $f_i$) is written $\boldsymbol{x}_i$
/// ```
///
/// A family is a letter with an index (`x_i`, `\boldsymbol{x}_i`), or its
/// members listed with an ellipsis (`x_1, \dots, x_6`, `z1..z6`). The new
/// family comes first and the `f` family after it, only words of the handout
/// or the embedding between (`for`, `(the handout's`, `instead of`), and a
/// naming verb in the sentence (`write`, `call`, `denote`, `use`); or the
/// `f` family first and the new one after a passive naming (`is written`,
/// `is denoted`, `are called`). The two families have the same indices.
/// Anything else names nothing (`I write $x_i$ for the input to $f_i$`).
extension SheetParser {
    /// What a sentence is made of, for a renaming: words (lower-cased
    /// letters), a family of samples, other maths, a sentence's end.
    enum RenamingPiece: Equatable {
        case word(String)
        case family(letter: Character, indices: [String])
        case maths
        /// A comma, semicolon or closing bracket between clauses.
        case clause
        case end
    }

    static let renamingVerbs: Set<String> = ["write", "call", "denote", "denotes", "use", "let", "rename", "stand", "stands",
                                             "notation", "shorthand", "abbreviate", "mean", "means"]
    /// Words between the new family and the handout's (`x_i` for the embedding `f_i`).
    static let renamingLinks: Set<String> = ["for", "the", "handout", "handouts", "s", "assignment", "assignments", "instead", "of",
                                             "in", "place", "i", "e", "ie", "to", "as", "stand", "stands", "mean", "means",
                                             "denote", "denotes", "six", "all", "sample", "samples", "vector", "vectors", "original",
                                             "notation", "problem", "problems", "sheet", "sheets", "course", "courses", "question"]
    /// A link word, or the embedding's (`embeddings`, and as typed in a hurry, `embedings`).
    static func isRenamingLink(_ word: String) -> Bool {
        renamingLinks.contains(word) || word.hasPrefix("embed")
    }

    /// Words between the handout's family and the new one, a passive naming (`f_i` is written `x_i`).
    static let passiveLinks: Set<String> = ["is", "are", "will", "be", "here", "below", "throughout", "as", "by", "simply", "just"]
    static let passiveVerbs: Set<String> = ["written", "denoted", "called", "renamed", "named"]

    /// The letters the sheet's sentences rename the samples to.
    static func renamedSampleLetters(_ document: SheetDocument) -> Set<Unicode.Scalar> {
        var letters: Set<Unicode.Scalar> = []
        for leaf in document.leaves {
            let inlines: [Inline]
            switch leaf.block.kind {
            case .paragraph(let i), .heading(_, let i): inlines = i
            default: continue
            }
            // (Only a paragraph with a word of naming can rename: the others
            // are not cut into pieces, which costs regex matching.)
            let names = inlines.contains { inline in
                guard case .text(let t) = inline else { return false }
                return t.text.lowercased().split(whereSeparator: { !$0.isLetter }).contains { renamingVerbs.contains(String($0)) || passiveVerbs.contains(String($0)) }
            }
            guard names else { continue }
            var sentence: [RenamingPiece] = []
            for piece in renamingPieces(inlines) + [.end] {
                guard piece == .end else { sentence.append(piece); continue }
                if let c = renamedLetter(sentence) { letters.insert(c) }
                sentence = []
            }
        }
        return letters
    }

    /// Words that may close a renaming's sentence after its second family
    /// (`… (the handout's $f_1,\dots,f_6$) throughout`, `… for brevity`).
    /// (`… (the assignment's $f_1, \dots, f_6$) are what I call the embeddings`.)
    static let renamingTail: Set<String> = ["throughout", "below", "here", "from", "now", "on", "onwards", "and", "so", "brevity",
                                            "short", "simplicity", "convenience", "typing", "ease", "what", "which", "we", "i", "they", "them",
                                            // (`… for $f(x_i)$, the embedding of the i-th input`; never between
                                            // the families: `$x_i$ for the input to $f_i$` names nothing.)
                                            "input", "inputs", "example", "examples", "th"]
    /// Words that deny a renaming (`I do not use $x_i$ for $f_i$`).
    static let renamingDenials: Set<String> = ["not", "no", "never", "don", "doesn", "didn", "isn", "aren", "won", "t", "nor", "neither"]

    /// The letter one sentence renames the samples to, if it does: the
    /// whole family (`x_i`, or `x_1, …, x_6` from the first), nothing
    /// after the second family but words that close the sentence (not `$f_i$
    /// plus $f_4$`, `$f_i$'s input`, `$f_i$ normalised to unit length`),
    /// no word of denial in the sentence.
    static func renamedLetter(_ sentence: [RenamingPiece]) -> Unicode.Scalar? {
        let words = Set(sentence.compactMap { if case .word(let w) = $0 { w } else { nil } })
        guard words.isDisjoint(with: renamingDenials) else { return nil }
        // Only words that close the sentence from `k` to its end, or to a
        // clause joined on by "and" (`…, and $x_a, x_p, x_n$ for the roles`).
        func closes(from k: Int) -> Bool {
            for (j, piece) in sentence[k...].enumerated() {
                switch piece {
                case .word(let w):
                    guard isRenamingLink(w) || passiveLinks.contains(w) || renamingTail.contains(w)
                            || renamingVerbs.contains(w) || passiveVerbs.contains(w) else { return false }
                case .clause:
                    let next = k + j + 1
                    if next >= sentence.count || sentence[next] == .word("and") { return true }
                case .end: return true
                case .family, .maths: return false
                }
            }
            return true
        }
        for (n, piece) in sentence.enumerated() {
            guard case .family(let letter, let indices) = piece, letter != "f",
                  let scalar = letter.unicodeScalars.first, !"FapnAPNLEJtTi".unicodeScalars.contains(scalar),
                  indices == ["i"] || indices.count >= 2 && indices.first == "1" else { continue }
            // The new family, then links, then the handout's.
            var k = n + 1
            var between: [String] = []
            while k < sentence.count, sentence[k] == .clause || { if case .word = sentence[k] { true } else { false } }() {
                if case .word(let w) = sentence[k] { between.append(w) }
                k += 1
            }
            if k < sentence.count, case .family("f", indices) = sentence[k], between.allSatisfy(isRenamingLink),
               !words.isDisjoint(with: renamingVerbs), closes(from: k + 1) {
                return scalar
            }
            // The handout's family, then a passive naming, then the new one.
            k = n - 1
            between = []
            while k >= 0, sentence[k] == .clause || { if case .word = sentence[k] { true } else { false } }() {
                if case .word(let w) = sentence[k] { between.insert(w, at: 0) }
                k -= 1
            }
            if k >= 0, case .family("f", indices) = sentence[k], !between.isEmpty,
               between.allSatisfy({ passiveLinks.contains($0) || passiveVerbs.contains($0) }),
               between.contains(where: passiveVerbs.contains), closes(from: n + 1) {
                return scalar
            }
        }
        return nil
    }

    /// A paragraph's pieces in order: its text's words and plain-text
    /// families, its maths spans.
    static func renamingPieces(_ inlines: [Inline]) -> [RenamingPiece] {
        var pieces: [RenamingPiece] = []
        for inline in inlines {
            switch inline {
            case .math(let m):
                if let (letter, indices) = sampleFamily(String(m.tex.text)) {
                    pieces.append(.family(letter: letter, indices: indices))
                } else {
                    pieces.append(.maths)
                }
            case .text(let t):
                // An ellipsis between spaces joins its family (`v1 .. v6`).
                let text = String(t.text).replacing(#/\s+(\.\.\.?|…)\s+/#) { $0.output.1 }
                for chunk in text.split(whereSeparator: \.isWhitespace) {
                    // (`), and …`, `, so`: a clause ends before the chunk's
                    // words; `;` ends the renaming's sentence.)
                    if let first = chunk.first, ",;)".contains(first) { pieces.append(first == ";" ? .end : .clause) }
                    // A plain-text family keeps its brackets and commas outside.
                    let core = chunk.trimmingPrefix { "([".contains($0) }
                    var bare = core.hasSuffix("..") ? Substring(core) : core.dropLast(core.last.map { ",;:.)]".contains($0) } == true ? 1 : 0)
                    // (`f(x_i),`: the bracket closes the family's own.)
                    if bare.contains("("), !bare.contains(")"), let close = core.lastIndex(of: ")") { bare = core[...close] }
                    if bare.contains(where: \.isNumber) || bare.contains("_"), let (letter, indices) = sampleFamily(String(bare)) {
                        pieces.append(.family(letter: letter, indices: indices))
                    } else if chunk.contains(where: { "+-−*/=·×^".contains($0) }), !chunk.contains(where: \.isLetter) {
                        // (An operator between plain-text families, `f2 - f4`: maths.)
                        pieces.append(.maths)
                    } else {
                        for word in chunk.split(whereSeparator: { !$0.isLetter }) {
                            pieces.append(.word(word.lowercased()))
                        }
                    }
                    // A sentence ends at a full stop (not an ellipsis), a colon
                    // or a semicolon; a clause at a comma or a closing bracket.
                    if (chunk.hasSuffix(".") && !chunk.hasSuffix("..")) || chunk.hasSuffix(":") || chunk.hasSuffix(";") {
                        pieces.append(.end)
                    } else if chunk.count > 1, chunk.hasSuffix(",") || chunk.hasSuffix(")") {
                        pieces.append(.clause)
                    }
                }
            }
        }
        return pieces
    }

    /// The letter and indices of a family of samples written alone: `x_i`,
    /// `\boldsymbol{x}_i`, `x_1,\dots,x_6`, `z1..z6`, `f_1, …, f_6`, `f(x_i)`; nil for
    /// anything else (`x_i = 2`, `x_1, y_2`, `i`).
    static func sampleFamily(_ text: String) -> (Character, [String])? {
        var flat = text.filter { !$0.isWhitespace }
        for ellipsis in ["\\ldots", "\\cdots", "\\dots", "…", "...", ".."] {
            flat = flat.replacingOccurrences(of: ellipsis, with: ",")
        }
        let members = flat.split(separator: ",")
        guard !members.isEmpty, members.count <= 8 else { return nil }
        var letter: Character?
        var indices: [String] = []
        for var member in members {
            // `f(x_i)`, `f(\mathbf{x}_1)`: the handout's embedding of an
            // input, a member of the family in `f` by the index it carries.
            var embedding = false
            if member.hasPrefix("f("), member.hasSuffix(")"), member.count > 3 {
                member = member.dropFirst(2).dropLast()
                embedding = true
            }
            guard let match = member.wholeMatch(of: #/\\?(?:mathbf\{|boldsymbol\{|bm\{|vec\{|mathbf|boldsymbol|bm|vec)?([A-Za-z])\}?(?:_\{?(i|[0-9])\}?|([0-9]))/#) else {
                return nil
            }
            let c = embedding ? "f" : Character(String(match.output.1))
            guard letter == nil || letter == c else { return nil }
            letter = c
            indices.append(String(match.output.2 ?? match.output.3 ?? ""))
        }
        guard let letter else { return nil }
        return (letter, indices)
    }
}
