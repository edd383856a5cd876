import CoursecheckDocument
import Foundation

extension SheetParser {
    /// Words that make the figure after them one the block stated before
    /// (`Out of the 120, only …`, `of these 120`): it refers back, states
    /// nothing.
    static let referringWords: Set<String> = ["the", "these", "those"]

    /// Whether the letters at `i` are a word naming a kind of count and a
    /// colon right after it (`valid:`, `All:`, `total:`).
    /// With `equals`, an `=` after the word too (`valid = 36`), spaces between.
    static func labelOfKind(_ s: [Unicode.Scalar], at i: Int, equals: Bool = false) -> Bool {
        var j = i
        while j < s.count, Prose.isLetter(s[j]) { j += 1 }
        var mark = j
        if equals { while mark < s.count, s[mark] == " " { mark += 1 } }
        guard mark < s.count, s[mark] == ":" || equals && s[mark] == "=", j - i <= 12 else { return false }
        let word = String(String.UnicodeScalarView(s[i..<j])).lowercased()
        return countKind(word: word) != nil || ["distinct", "unique"].contains(word)
    }

    /// A block of Question 4 cut into its clauses when each of them states
    /// one count of one kind: `all = 120 (6 x 5 x 4, order matters), valid
    /// = 36 (anchor 6, pos 2, neg 3)`, `6*5*4 = 120 possible, 6*2*3 = 36
    /// valid`, `120 (6*5*4, order matters) in total. valid ones 36 (…)`.
    ///
    /// A clause ends at `,`, `;` or `.` before a space, at a line break, at a
    /// slash or middle dot set apart by spaces, before the word "and" or
    /// "but", or before a kind's label (`valid:`), never inside brackets; a stretch
    /// that writes no figure (no digit in text or maths) joins the clause
    /// after it ("Valid, in total: 36" stays one). The block is cut only
    /// when there are two clauses or more, each names exactly one kind of
    /// count, and together they name both; otherwise it is read whole, as
    /// before.
    static func countClauses(_ pieces: [MathDelimiters.Piece]) -> [[MathDelimiters.Piece]] {
        // Lines wholly in brackets are cut inside too; when the block does
        // not cut so, it is tried with them whole.
        let lowered = remarkLines(pieces)
        let cut = countClauses(pieces, lowered: lowered)
        return cut.count == 1 && !lowered.isEmpty ? countClauses(pieces, lowered: [:]) : cut
    }

    private static func countClauses(_ pieces: [MathDelimiters.Piece], lowered: [Int: Set<Int>]) -> [[MathDelimiters.Piece]] {
        // Every place a clause may end: (piece, scalar offset after the mark).
        var cuts: [(piece: Int, offset: Int)] = []
        var depth = 0
        for (p, piece) in pieces.enumerated() {
            guard case .text(let fragment) = piece else { continue }
            let s = Array(fragment.text.unicodeScalars)
            let depths = bracketDepths(s, from: &depth)
            func blank(_ i: Int) -> Bool { i >= s.count || Prose.isWhitespace(s[i]) }
            func word(_ w: String, at i: Int) -> Bool {
                // (Asked at every scalar: the space before it first.)
                guard i > 0, s[i - 1] == " " else { return false }
                let w = Array(w.unicodeScalars)
                guard i + w.count < s.count, s[i + w.count] == " " else { return false }
                return (0..<w.count).allSatisfy { Unicode.Scalar(s[i + $0].value | 0x20) == w[$0] }
            }
            for i in s.indices where depths[i] - (lowered[p]?.contains(i) == true ? 1 : 0) == 0 {
                switch s[i] {
                case ",", ";", ".": if blank(i + 1), !Prose.endsAbbreviation(s, i) { cuts.append((p, i + 1)) }
                case "\n": cuts.append((p, i + 1))
                // `… = 120 / … = 36 (valid)`, `… = 120 · valid: …`: a slash or
                // a middle dot set apart by spaces parts two statements.
                case "/", "\u{00B7}": if i > 0, s[i - 1] == " ", blank(i + 1) { cuts.append((p, i + 1)) }
                default:
                    if word("and", at: i) || word("but", at: i) { cuts.append((p, i)) }
                    // `all: 6·5·4 = 120   valid: 6·2·3 = 36`: a kind's label
                    // (its word and a colon) after a figure starts a clause.
                    else if i > 0, Prose.isWhitespace(s[i - 1]), Prose.isLetter(s[i]), labelOfKind(s, at: i) { cuts.append((p, i)) }
                    // `all = 6*5*4 = 120   valid = 6*2*3 = 36`: a kind's word and
                    // `=` after a wide run (two spaces or more, a tab) too.
                    else if i > 1, s[i - 1] == "\t" || s[i - 1] == " " && (s[i - 2] == " " || s[i - 2] == "\t"), Prose.isLetter(s[i]),
                            labelOfKind(s, at: i, equals: true) { cuts.append((p, i)) }
                }
            }
        }
        guard !cuts.isEmpty else { return [pieces] }
        // The stretches between the cuts.
        var stretches: [[MathDelimiters.Piece]] = [[]]
        for (p, piece) in pieces.enumerated() {
            guard case .text(let fragment) = piece else { stretches[stretches.count - 1].append(piece); continue }
            var slicer = FragmentSlicer(fragment)
            var start = 0
            for cut in cuts where cut.piece == p {
                if cut.offset > start { stretches[stretches.count - 1].append(.text(slicer.slice(start..<cut.offset))) }
                stretches.append([])
                start = cut.offset
            }
            if start < slicer.count { stretches[stretches.count - 1].append(.text(slicer.slice(start..<slicer.count))) }
        }
        // (A figure named by "the" that the block stated before refers
        // back, `120 in all. Out of the 120,`: it writes none of the
        // stretch's own; "one of the 3 others" writes one.)
        var stated: Set<Int> = []
        func writesFigure(_ stretch: [MathDelimiters.Piece]) -> Bool {
            var writes = false
            for piece in stretch {
                switch piece {
                case .text(let t):
                    let words = ProseWords(t.text).words
                    for (i, w) in words.enumerated() where w.text.first?.isNumber == true {
                        let refers = i > 0 && Self.referringWords.contains(words[i - 1].text) && w.number.map(stated.contains) == true
                        writes = writes || !refers
                        if let n = w.number { stated.insert(n) }
                    }
                case .math(let m):
                    let figures = Self.wholeNumbers(in: m.tex.text)
                    writes = writes || !figures.isEmpty
                    stated.formUnion(figures)
                }
            }
            return writes
        }
        // A stretch without a figure joins the clause after it (the last
        // ones, the clause before them).
        var clauses: [[MathDelimiters.Piece]] = []
        var pending: [MathDelimiters.Piece] = []
        for stretch in stretches {
            pending += stretch
            if writesFigure(stretch) { clauses.append(pending); pending = [] }
        }
        if !pending.isEmpty {
            guard !clauses.isEmpty else { return [pieces] }
            clauses[clauses.count - 1] += pending
        }
        // A remark in brackets that says what would be (`(all would be 216
        // with repeats; valid unordered: 6)`) is a clause of its own whose
        // counts are all hypothetical: it names no kind of the sheet's.
        func hypotheticalRemark(_ clause: [MathDelimiters.Piece]) -> Bool {
            let text = proseText(clause).trimmingCharacters(in: .whitespacesAndNewlines)
            return text.hasPrefix("(") && text.hasSuffix(")")
                && text.lowercased().split(whereSeparator: { !$0.isLetter }).contains { ProseWords.hypotheticalWords.contains(String($0)) }
        }
        let named = clauses.filter { !hypotheticalRemark($0) }
        var kinds = named.map(kindsNamed)
        // "Valid: with the anchor in class A, 3*2*3 = 18, and class B the
        // same, in total 36.": a clause after one of the valid ones that
        // names all triplets only by words of summing sums what came
        // before; it names no kind of its own.
        for k in kinds.indices.dropFirst() where kinds[k] == [.all] && kinds[k - 1].contains(.valid) && namesAllBySummingOnly(named[k]) {
            kinds[k] = []
        }
        guard clauses.count >= 2, kinds.count >= 2, kinds.allSatisfy({ $0.count == 1 }), Set(kinds.flatMap { $0 }).count == 2 else { return [pieces] }
        return clauses
    }

    /// The scalars (by piece, text pieces only) of lines written wholly in
    /// brackets, a remark on a line of its own under a count (`total = 120
    /// ; valid = 36⏎(ordered: 6 × 5 × 4; valid: anchor 6 × positive 2 ×
    /// negative 3)`): inside them clauses are cut as at the top level.
    static func remarkLines(_ pieces: [MathDelimiters.Piece]) -> [Int: Set<Int>] {
        // The block as one run of scalars, maths as one opaque scalar each.
        var flat: [(piece: Int, index: Int, scalar: Unicode.Scalar)] = []
        for (p, piece) in pieces.enumerated() {
            switch piece {
            case .text(let t): for (i, c) in t.text.unicodeScalars.enumerated() { flat.append((p, i, c)) }
            case .math: flat.append((p, -1, "x"))
            }
        }
        var result: [Int: Set<Int>] = [:]
        var start = 0
        while start < flat.count {
            var end = start
            while end < flat.count, flat[end].scalar != "\n" { end += 1 }
            let line = flat[start..<end].filter { !$0.scalar.properties.isWhitespace }
            if let first = line.first, let last = line.last, first.scalar == "(", last.scalar == ")" {
                // The bracket opened first closes last, and only there.
                var depth = 0, closesEarly = false
                for (k, c) in line.enumerated() {
                    if c.scalar == "(" || c.scalar == "[" { depth += 1 }
                    if c.scalar == ")" || c.scalar == "]" { depth -= 1; if depth == 0 && k < line.count - 1 { closesEarly = true } }
                }
                // (Not a remark that says what would be: its counts are all
                // of a case that is not the sheet's, the bracket's "would"
                // covers them all: `(unordered, all would be 20 and valid 6)`.)
                let words = String(String.UnicodeScalarView(flat[start..<end].map(\.scalar))).lowercased()
                    .split(whereSeparator: { !$0.isLetter })
                let hypothetical = words.contains { ProseWords.hypotheticalWords.contains(String($0)) }
                if !closesEarly, depth == 0, !hypothetical {
                    // Everything between the two brackets (not the brackets themselves).
                    for c in flat[start..<end] where c.index >= 0 && !(c.piece == first.piece && c.index == first.index)
                        && !(c.piece == last.piece && c.index == last.index) {
                        result[c.piece, default: []].insert(c.index)
                    }
                }
            }
            start = end + 1
        }
        return result
    }

    /// The kinds of count the words of some pieces name: "valid" the valid
    /// ones; the words of all the ordered triplets ("all", "total",
    /// "ordered", "permutations", "possible" but not "2 possible
    /// positives", "in total", "altogether", "overall") all of them.
    static func kindsNamed(_ pieces: [MathDelimiters.Piece]) -> Set<CountClaim.Kind> {
        kindsNamed(text: proseText(pieces))
    }

    /// The kinds of count some words name (`kindsNamed(_:)`).
    static func kindsNamed(text: String) -> Set<CountClaim.Kind> {
        let words = ProseWords(text[...])
        var kinds = Set(words.qualifiers().map(\.kind))
        if words.namesAllBroadly { kinds.insert(.all) }
        return kinds
    }

    /// Whether the words of some pieces name all triplets only by words of
    /// summing ("in total", "in all", "all told", "altogether", "overall",
    /// "together", "combined"): without those, they name no such kind.
    /// (Read by words, `ProseWords.summingPhraseLength`: the phrases'
    /// letters become spaces and the rest is read again.)
    static func namesAllBySummingOnly(_ pieces: [MathDelimiters.Piece]) -> Bool {
        let text = proseText(pieces)
        let prose = ProseWords(text[...])
        var scalars = Array(text.unicodeScalars)
        var i = 0, stripped = false
        while i < prose.words.count {
            let length = prose.summingPhraseLength(at: i)
            for w in prose.words[i..<(i + length)] {
                for k in w.offset..<(w.offset + w.text.unicodeScalars.count) { scalars[k] = " " }
                stripped = true
            }
            i += max(1, length)
        }
        return stripped && !kindsNamed(text: String(String.UnicodeScalarView(scalars))).contains(.all)
    }

    /// The kind of count a block of Question 4 gives by the label it opens
    /// on: the label of its first line (`ProseWords.openingLabel`: `Valid
    /// triplets:`, `Number of valid triplets.`, `All triplets.`, `Total:`,
    /// `Valid (ordered):`), or a question of one kind that opens it (`How many
    /// are valid?`, `How many triplets overall?`: eight words at most, no
    /// figure), after an optional part marker (`(a)`, `b)`, `4a:`, `4.b`).
    /// Nil when nothing names one kind, or when the marker's place in the
    /// question's asks (first all triplets, then the valid ones) disagrees
    /// with the words. (A marker alone names no kind: `(b) $3·2·3 = 18$`
    /// after an unread first part is for a person, by the order rule.)
    static func leadingLabel(_ pieces: [MathDelimiters.Piece]) -> CountClaim.Kind? {
        guard case .text(let fragment)? = pieces.first else { return nil }
        var text = Substring(fragment.text.drop { $0.isWhitespace || "*_#>-".contains($0) })
        var marked: CountClaim.Kind?
        let marker = #"^(?:4\s*\.?\s*\(?([ab])\)?|\(([ab])\)|([ab])\)|\((i{1,2})\)|(i{1,2})\))(?=[\s:.)])[:.)]?\s*"#
        if let range = text.range(of: marker, options: .regularExpression) {
            let letters = text[range].filter { $0 == "a" || $0 == "b" || $0 == "i" }
            marked = letters == "a" || letters == "i" ? .all : .valid
            text = text[range.upperBound...]
        }
        let words = ProseWords(text)
        // (The label ends on the first line: the words before its last.)
        let firstLine = (words.words.firstIndex(where: \.afterLineBreak) ?? words.words.count) - 1
        var named = firstLine > 0 ? words.openingLabel(before: firstLine)?.kind : nil
        if named == nil, let mark = text.firstIndex(of: "?"), !text[..<mark].contains(where: \.isNumber) {
            let question = ProseWords(text[...mark])
            let kinds = Set(question.qualifiers().map(\.kind))
            if question.words.count <= 8, kinds.count == 1 { named = kinds.first }
        }
        if let marked, marked != named { return nil }
        return named
    }

    /// The one figure a clause of one kind states in its words, when no
    /// calculation or statement of it has a result: `all = 120 (6 x 5 x 4,
    /// order matters)`, `120 (…) in total`, `valid ones 36 (anchor 6, …)`.
    /// A number in text, outside brackets, not a factor (no role or choice
    /// word after it: "6 anchors", "6 choices"); nil when the clause writes
    /// none or more than one such number.
    static func clauseFigure(_ pieces: [MathDelimiters.Piece]) -> (value: Int, location: SourceLocation)? {
        var found: [(Int, SourceLocation)] = []
        var depth = 0
        for piece in pieces {
            guard case .text(let fragment) = piece else { continue }
            let s = Array(fragment.text.unicodeScalars)
            let depths = bracketDepths(s, from: &depth)
            let words = ProseWords(fragment.text)
            for (i, w) in words.words.enumerated() where w.text.first?.isNumber == true && depths[w.offset] == 0 {
                guard let n = w.number else { return nil }
                // (A decimal, a percentage or a figure with separators is no count's.)
                let end = w.offset + w.text.unicodeScalars.count
                func separates(_ at: Int) -> Bool { at >= 0 && at < s.count && (s[at] == "." || s[at] == ",") }
                if w.percentage || separates(end) && end + 1 < s.count && Prose.isDigit(s[end + 1])
                    || separates(w.offset - 1) && w.offset >= 2 && Prose.isDigit(s[w.offset - 2]) {
                    return nil
                }
                // ("Out of the 120, only …": a figure named by "the" refers
                // back to one stated before; it states nothing.)
                if i > 0, Self.referringWords.contains(words.words[i - 1].text) { continue }
                let next = i + 1 < words.words.count && depths[words.words[i + 1].offset] == 0 ? words.words[i + 1].text : ""
                // ("36 of them valid" is the count; "6 of the samples" a factor.)
                let partitive = next == "of" && i + 2 < words.words.count && ["them", "these", "those"].contains(words.words[i + 2].text)
                // ("choose which 3 samples": a number of the things chosen, no count.)
                if ProseWords.roles[next] != nil || ProseWords.choiceWords.contains(next) || ProseWords.itemWords.contains(next)
                    || ["for", "of", "per", "times"].contains(next) && !partitive {
                    return nil
                }
                found.append((n, fragment.location(at: w.offset)))
            }
        }
        return found.count == 1 ? found[0] : nil
    }

    /// Whether block offset `at` stands in a bracketed remark, opened after
    /// a count stated in its sentence, whose words before `at` say a part
    /// of the triplets (`ProseWords.remarkSaysPart`): a count there is
    /// reasoning for the count before the remark, never the count.
    ///
    ///     36 valid ones (each anchor gives 2·3 = 6 valid triplets …)      6: reasoning
    ///     Valid triplets: 36 (class 1 gives 3*2*3 = 18, class 2 another 18)
    static func inPartRemark(_ texts: [(offset: Int, text: Substring)], at: Int, after events: [CountEvent],
                             sentenceEnds: [Int]) -> Bool {
        var open: [Int] = []
        for t in texts where t.offset < at {
            for (i, c) in t.text.unicodeScalars.enumerated() where t.offset + i < at {
                if c == "(" || c == "[" { open.append(t.offset + i) }
                if c == ")" || c == "]" { _ = open.popLast() }
            }
        }
        guard let start = open.last,
              events.contains(where: { e in
                  e.isTotal && e.offset < start && !sentenceEnds.contains { $0 > e.offset && $0 < start }
              }) else { return false }
        let remark = texts.filter { $0.offset + $0.text.unicodeScalars.count > start && $0.offset < at }.map { t in
            String(String.UnicodeScalarView(t.text.unicodeScalars.enumerated()
                .filter { t.offset + $0.offset > start && t.offset + $0.offset < at }.map(\.element)))
        }.joined(separator: " ")
        return ProseWords.remarkSaysPart(ProseWords(remark[...]).words)
    }

    /// Where the first number of two digits or more stands in the words of
    /// some pieces (not in their maths), or nil.
    static func figureOfTwoDigits(_ pieces: [MathDelimiters.Piece]) -> SourceLocation? {
        for piece in pieces {
            guard case .text(let fragment) = piece else { continue }
            if let w = ProseWords(fragment.text).words.first(where: { $0.text.first?.isNumber == true && $0.text.count >= 2 }) {
                return fragment.location(at: w.offset)
            }
        }
        return nil
    }

    /// Whether words say their count is of a part of the triplets: "for a
    /// fixed anchor", "a single class", "within one class", "in one class".
    static func namesPart(_ pieces: [MathDelimiters.Piece]) -> Bool {
        let w = ProseWords(proseText(pieces)[...]).words.map(\.text)
        let part: Set<String> = ["anchor", "anchors", "class", "classes", "positive", "negative", "sample", "pair"]
        return w.indices.contains { i in
            let next = w[(i + 1)..<min(w.count, i + 3)]
            switch w[i] {
            // (Not "each" or "per": "36 (per anchor 2 × 3)" gives reasoning.)
            case "fixed", "single": return next.contains(where: part.contains)
            case "within", "in": return next.first == "one" && next.dropFirst().contains(where: part.contains)
            default: return false
            }
        }
    }

    /// The words of some pieces, their maths left out.
    static func proseText(_ pieces: [MathDelimiters.Piece]) -> String {
        pieces.compactMap { piece -> String? in
            if case .text(let t) = piece { return String(t.text) }
            return nil
        }.joined(separator: " ")
    }

    /// Some pieces as written, words and maths, in order.
    static func sourceText(_ pieces: [MathDelimiters.Piece], separator: String = "") -> String {
        pieces.map { piece -> String in
            switch piece {
            case .text(let t): String(t.text)
            case .math(let m): String(m.tex.text)
            }
        }.joined(separator: separator)
    }

    /// How deep in brackets (`( )`, `[ ]`) each scalar stands, a bracket
    /// itself at the depth outside it; `depth` carries on from one text to
    /// the next.
    static func bracketDepths(_ s: [Unicode.Scalar], from depth: inout Int) -> [Int] {
        var depths: [Int] = []
        depths.reserveCapacity(s.count)
        for c in s {
            if c == "(" || c == "[" { depths.append(depth); depth += 1; continue }
            if c == ")" || c == "]" { depth = max(0, depth - 1) }
            depths.append(depth)
        }
        return depths
    }
}
