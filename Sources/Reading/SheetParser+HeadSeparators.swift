import CoursecheckAssignment
import CoursecheckDocument
import CoursecheckMaths
import CoursecheckNotation
import Foundation

/// The marks a plain-text line sets between a derivative it names and the
/// value it gives (`dL/df_a -> f_n - f_p`, `grad_f1 L :: 0`, `wrt f₁ := …`),
/// and the short heads hurried notes use (`wrt f_1`, `df_a`).
extension SheetParser {
    /// Marks that, after a derivative's head alone, give its value: the
    /// arrows `->`, `-->`, `=>`, `==>`, `→`, `⟶`, `⇒`, `⟹`, and `:`, `::`,
    /// `:=`. Longest first, so `==>` is not read as `=` then `=>`. (`=` is
    /// listed so that a short head before it, `wrt f_1 = …`, is read too.)
    static let headSeparatorMarks: [[Unicode.Scalar]] =
        ["==>", "-->", "::", ":=", "=>", "->", "\u{2192}", "\u{27F6}", "\u{21D2}", "\u{27F9}", ":", "="].map { Array($0.unicodeScalars) }

    /// The first scalars of `headSeparatorMarks`.
    static let markStarts: Set<Unicode.Scalar> = Set(headSeparatorMarks.map { $0[0] })

    /// Words of a role a remark in parentheses after a head may give
    /// (`df_a (anc): …`).
    static let headRemarkRoles: [String: Symbol] = [
        "a": .anchor, "anc": .anchor, "anchor": .anchor,
        "p": .positive, "pos": .positive, "positive": .positive,
        "n": .negative, "neg": .negative, "negative": .negative,
    ]

    /// `dL/df_a -> f_n - f_p`, `∇_f1 L :: 0`, `wrt fₐ := fₙ − fₚ`, `df_a (anc): 0`,
    /// `w.r.t. f_a => 0, w.r.t. f_p => 0, …`: in a plain-text line, each
    /// statement (the line, or a piece of it between `,`, `;` or a spaced
    /// `|` outside brackets) that is a derivative's head alone, then one of
    /// `headSeparatorMarks`, then something, states that the derivative is
    /// that something: the mark is read as `=`, places kept.
    ///
    /// The head is any the grammar reads (`DerivativeShape`), or one of two
    /// short forms of hurried notes, read only here, before such a mark:
    /// - `wrt f_1`, `w.r.t. f_1`, `with respect to f_1`: the derivative of
    ///   the question's loss with respect to that sample (read as `grad of L
    ///   wrt f_1`);
    /// - `df_1`, `dfa`, `df₁`: `d` glued to a sample, the backpropagation
    ///   name of the loss's gradient with respect to it (read as `dL/df_1`).
    ///
    /// A remark naming a role after the head (`(anc)`, `(positive)`) is kept
    /// out of the head; it must name the head's own role, else nothing is
    /// read (for a person). Under Question 6, a sample alone before a mark
    /// at the start of the line (`f1 -> (f1 - f3) + … = 2f1 - …`, `f_1: 2f_1
    /// - …`) names the summed loss's derivative with respect to it when what
    /// follows is maths (no words first); under Question 5, so does one at
    /// a cell's start (`t1 = (1,2,5): f1: f5 - f2 | f2: …`), for its triplet,
    /// and samples listed before it in its cell share its value when that is
    /// 0 (`f3, f4, f6: 0`). A statement's value runs to the line's end: the
    /// pieces only say where a head may start.
    ///
    /// ```
    /// dL/df_a -> f_n - f_p        dL/df_a = f_n - f_p
    /// df_a (anc): 0               dL/df_a = 0
    /// wrt f₁ := f₅ − f₂           grad of L wrt f₁ = f₅ − f₂
    /// f1 -> (f1 - f3) + … = …     dL/df1 = (f1 - f3) + … = …   (Question 6)
    /// L = 0 => dL/df1 = 0         unchanged: `L = 0` is no head
    /// so dL/df1: 0                unchanged: words before the head
    /// ```
    static func headSeparators(_ line: Fragment, question: QuestionID?, maths: MathContext) -> Fragment {
        let scalars = Array(line.text.unicodeScalars)
        guard scalars.contains(where: markStarts.contains) else { return line }
        func blank(_ i: Int) -> Bool { i < 0 || i >= scalars.count || scalars[i] == " " || scalars[i] == "\t" }
        func mark(at i: Int) -> Int? {
            guard markStarts.contains(scalars[i]) else { return nil }
            for m in headSeparatorMarks where i + m.count <= scalars.count && scalars[i..<(i + m.count)].elementsEqual(m) {
                // (`<->`, `<=>`: two-way arrows, never a result.)
                if i > 0, scalars[i - 1] == "<" { return nil }
                return m.count
            }
            return nil
        }
        var edits: [(range: Range<Int>, text: String)] = []
        // The members of the triplet the line states first, read once when
        // a cell opens on a role's word (`anc f_1: …`).
        var stated: [Int]?? = nil
        func members() -> [Int]? {
            if let stated { return stated }
            stated = .some(statedMembers(scalars))
            return stated ?? nil
        }
        // Where the statement being read starts, and where its cell does
        // (a cell is set apart by `;`, a spaced `|` or a mark, not a comma:
        // `f3,f4,f6: 0` lists samples in one cell).
        var start = 0
        var cell = 0
        var commas: [Int] = []
        // Whether the cell opened on a value (after a head's mark or `=`):
        // its first piece is that value, not a sample listed.
        var valueFirst = false
        var depth = 0
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if "([{".unicodeScalars.contains(c) { depth += 1 }
            if ")]}".unicodeScalars.contains(c) { depth = max(0, depth - 1) }
            if depth == 0, c == "," {
                start = i + 1
                commas.append(i)
                i += 1
                continue
            }
            if depth == 0, c == ";" || c == "|" && blank(i - 1) && blank(i + 1) {
                start = i + 1
                cell = i + 1
                commas = []
                valueFirst = false
                i += 1
                continue
            }
            guard depth == 0, let length = mark(at: i) else { i += 1; continue }
            let value = (i + length)..<scalars.count
            let isEquals = length == 1 && scalars[i] == "="
            var read = false
            defer {
                // What follows a mark is a value, not another head.
                start = value.lowerBound
                cell = value.lowerBound
                commas = []
                valueFirst = read || isEquals
                i = value.lowerBound
            }
            if scalars[value].contains(where: { !$0.properties.isWhitespace }),
               let head = shortHead(line, scalars, start..<i, atLineStart: start == 0, equals: isEquals, question: question, value: value,
                                  members: members, maths: maths) {
                // `f3,f4,f6: 0` under Question 5: the samples listed before
                // the one read as a head share its value (a chain of heads).
                var listed: [(range: Range<Int>, text: String)] = []
                // (After a value, `f1: f5 - f2, f2: f2 - f1`, the cell's first
                // comma closes that value: a sample after it alone lists none.)
                if commas.count > (valueFirst ? 1 : 0), head.contains(where: { $0.text == "dL/d" && $0.range.isEmpty }) {
                    // (Only 0 is shared: one value in samples for several
                    // samples, `f1, f3: f4 - f3`, is for a person.)
                    // (The value's own cell: `f_3: 0, f_4: 0` gives f_4 the first 0.)
                    let cellValue = scalars[value.lowerBound..<cellEnd(scalars, from: value.lowerBound)]
                    guard String(String.UnicodeScalarView(cellValue)).trimmingCharacters(in: .whitespaces.union(["."])) == "0",
                          let chain = samplesListed(scalars, cell..<start, commas: commas, valueFirst: valueFirst, question: question,
                                                    maths: maths) else { continue }
                    listed = chain
                }
                edits += listed + head
                if !isEquals { edits.append((i..<(i + length), "=")) }
                read = true
            } else if !isEquals, let label = sampleLabelBeforeHead(scalars, start..<i, mark: i..<(i + length), maths: maths) {
                // `For f5: dL/df5 = …`: the sample and its mark label the
                // head that follows; set aside, places kept.
                edits.append((label, String(repeating: " ", count: label.count)))
            }
        }
        return edits.isEmpty ? line : line.replacing(edits.sorted { $0.range.lowerBound < $1.range.lowerBound })
    }

    /// `For f5: dL/df5 = … , which simplifies to …`, `f_1 -> dL/df_1 = …`,
    /// `Sample f₃: ∂L/∂f₃ = …`: a sample alone, ending the words before a
    /// mark (`:`, an arrow; not `=`), whose derivative's head opens what
    /// follows the mark, that head's own sample. The sample and the mark
    /// only label the line (read as `For dL/df5 = …`); their range, or nil.
    /// Another sample than the head's (`f4: dL/df5 = …`), anything but
    /// words before the sample, or a role's word among them (`negative f₂:
    /// ∂L/∂f₂ = …`), leaves the line as it was.
    static func sampleLabelBeforeHead(_ scalars: [Unicode.Scalar], _ piece: Range<Int>, mark: Range<Int>,
                                      maths: MathContext) -> Range<Int>? {
        var upper = piece.upperBound
        while upper > piece.lowerBound, scalars[upper - 1] == " " || scalars[upper - 1] == "\t" { upper -= 1 }
        var lower = upper
        while lower > piece.lowerBound, scalars[lower - 1] != " ", scalars[lower - 1] != "\t" { lower -= 1 }
        // (Cheap tests first: a sample is short and opens on its letter.)
        guard upper > lower, upper - lower <= 6, scalars[lower] == "f" || scalars[lower] == "F",
              scalars[piece.lowerBound..<lower].allSatisfy({ $0.properties.isAlphabetic || $0 == " " || $0 == "\t" || $0 == "," }),
              let sample = sampleAlone(String(String.UnicodeScalarView(scalars[lower..<upper])), maths: maths) else { return nil }
        // (A role's word before the sample, `negative f₂: ∂L/∂f₂ = …`, says
        // which role it plays: read, or not, by the roles' own rule above.)
        let words = String(String.UnicodeScalarView(scalars[piece.lowerBound..<lower])).lowercased().split { !$0.isLetter }
        guard !words.contains(where: { $0.count >= 3 && headRemarkRoles[String($0)] != nil }) else { return nil }
        let after = maths.span(String(String.UnicodeScalarView(scalars[mark.upperBound...])), plainText: true)
        guard let first = after.items.first, first.sides.count >= 2,
              case .success(let head)? = first.head(labelledHeads), head.variable == sample else { return nil }
        return lower..<mark.upperBound
    }

    /// The edits that make `range` of a plain-text line a head the grammar
    /// reads (none when it is one already), or nil when it is no head alone
    /// (or, before `=`, `equals`, when it is one the grammar reads already).
    private static func shortHead(_ line: Fragment, _ scalars: [Unicode.Scalar], _ range: Range<Int>, atLineStart: Bool, equals: Bool,
                                  question: QuestionID?, value: Range<Int>, members: () -> [Int]?,
                                  maths: MathContext) -> [(range: Range<Int>, text: String)]? {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, scalars[lower].properties.isWhitespace { lower += 1 }
        while upper > lower, scalars[upper - 1].properties.isWhitespace { upper -= 1 }
        guard lower < upper else { return nil }
        var edits: [(range: Range<Int>, text: String)] = []
        // `(anc)` after the head: the role it names, kept out of the head.
        var remarked: Symbol?
        if scalars[upper - 1] == ")", let open = scalars[lower..<upper].lastIndex(of: "("), open > lower {
            let word = String(String.UnicodeScalarView(scalars[(open + 1)..<(upper - 1)])).trimmingCharacters(in: .whitespaces).lowercased()
            guard let role = headRemarkRoles[word] else { return nil }
            remarked = role
            edits.append(((open..<upper), " "))
            upper = open
            while upper > lower, scalars[upper - 1].properties.isWhitespace { upper -= 1 }
        }
        // `anc f_1: f_5 - f_2 | pos f_2: …` under Question 5, on a line that
        // states its triplet first (`t1 = (1,2,5): …`): a role's word before
        // a sample is a remark, which must name the sample's role in that
        // triplet, else nothing is read (for a person). The word is set
        // aside, places kept.
        if remarked == nil, aboutTriplets(question),
           let space = scalars[lower..<upper].firstIndex(where: { $0 == " " || $0 == "\t" }), space - lower >= 3,
           let role = headRemarkRoles[String(String.UnicodeScalarView(scalars[lower..<space])).lowercased()] {
            var from = space
            while from < upper, scalars[from].properties.isWhitespace { from += 1 }
            guard let members = members(), let index = Symbol.roles.firstIndex(of: role),
                  case .sample(let n)? = sampleAlone(String(String.UnicodeScalarView(scalars[from..<upper])), maths: maths),
                  members[index] == n else { return nil }
            edits.append((lower..<from, String(repeating: " ", count: from - lower)))
            lower = from
        }
        let text = String(String.UnicodeScalarView(scalars[lower..<upper]))
        // (Cheap tests first: most lines' pieces before a colon or `=` are
        // no head, and parsing each would cost every sheet's reading.)
        let lowered = text.lowercased()
        let wordsHead = ["with respect to ", "w.r.t. ", "w.r.t ", "wrt "].first(where: { lowered.hasPrefix($0) })
        let glued = text.unicodeScalars.count >= 3 && text.unicodeScalars.first == "d" && "fF".unicodeScalars.contains(text.unicodeScalars.dropFirst().first!)
        let sampleRow = remarked == nil && text.unicodeScalars.count <= 8
            && (atLineStart && question == .question(6) || aboutTriplets(question))
        if equals, wordsHead == nil, !glued { return nil }
        guard wordsHead != nil || glued || sampleRow || text.unicodeScalars.contains(where: { "d∂∇δD".unicodeScalars.contains($0) }) else { return nil }
        // (A head may name a role by its letter alone, `dL/da`; a sample
        // written alone must be an `f`'s, `sampleAlone`.)
        let heads = SampleNaming(bareRoles: true)
        func variable(_ written: String) -> Symbol? {
            let span = maths.span(written, plainText: true)
            guard span.items.count == 1, span.items[0].isBareHead(heads), case .success(let head)? = span.items[0].head(heads) else { return nil }
            return head.variable
        }
        var found = variable(text)
        if found == nil {
            if let lead = wordsHead {
                // `wrt f_1`: only a sample after the words.
                let rest = String(text.unicodeScalars.dropFirst(lead.unicodeScalars.count))
                if sampleAlone(rest, maths: maths) != nil {
                    found = variable("grad of L wrt " + rest)
                    if found != nil { edits.append(((lower..<(lower + lead.unicodeScalars.count)), "grad of L wrt ")) }
                }
            } else if glued {
                // `df_a`, `df1`: `d` glued to a sample alone.
                let rest = String(text.unicodeScalars.dropFirst())
                if sampleAlone(rest, maths: maths) != nil {
                    found = variable("dL/d" + rest)
                    if found != nil { edits.append(((lower..<(lower + 1)), "dL/d")) }
                }
            } else if sampleRow, case .sample? = sampleAlone(text, maths: maths) {
                // `f1 -> (f1 - f3) + … = …` under Question 6: the row of a
                // sample, maths after it; `t1 (1,2,5): f1: f5 - f2 | f2: …`
                // under Question 5: a triplet's cell of a sample (its
                // triplet is the line's or the part's, read as any head's).
                // (Under Question 5, the value's own cell: `f_3: 0, f_4: 0`
                // gives f_3 the 0 before the comma.)
                let after = maths.span(line.slice(aboutTriplets(question) ? value.lowerBound..<cellEnd(scalars, from: value.lowerBound) : value).text,
                                       plainText: true)
                if let first = after.items.first, first.leadingProse(samples).count == 0,
                   MathItem.holdsValue(first.sides[0].nodes, samples), !first.mentionsDerivative {
                    found = variable("dL/d" + text)
                    if found != nil { edits.append(((lower..<lower), "dL/d")) }
                }
            }
        }
        guard let found else { return nil }
        if let remarked, remarked != found { return nil }
        return edits
    }

    /// The samples a cell lists before its last one (`f3, f4,` of `f3, f4,
    /// f6: 0`; its value 0, checked by the caller) under Question 5, each
    /// made a head the value is given to (`dL/df3 = dL/df4 = dL/df6 = 0`); none when the cell's one piece
    /// before is the value of the statement before (`valueFirst`: `dL/df1 =
    /// f5 - f2, f2: …`); nil when anything else stands there.
    private static func samplesListed(_ scalars: [Unicode.Scalar], _ range: Range<Int>, commas: [Int], valueFirst: Bool, question: QuestionID?,
                                      maths: MathContext) -> [(range: Range<Int>, text: String)]? {
        guard aboutTriplets(question) else { return nil }
        var edits: [(range: Range<Int>, text: String)] = []
        var from = range.lowerBound
        var first = valueFirst
        for comma in commas where comma >= range.lowerBound && comma < range.upperBound {
            if first {
                first = false
                from = comma + 1
                continue
            }
            var lower = from
            while lower < comma, scalars[lower].properties.isWhitespace { lower += 1 }
            guard case .sample? = sampleAlone(String(String.UnicodeScalarView(scalars[lower..<comma])), maths: maths) else { return nil }
            edits.append((lower..<lower, "dL/d"))
            edits.append((comma..<(comma + 1), " ="))
            from = comma + 1
        }
        return edits
    }

    /// The members of the triplet a line states first, by their numbers:
    /// `t1 = (1,2,5): …`, `t_1 = (f₁, f₂, f₅): …`; nil when it opens on
    /// anything else.
    private static func statedMembers(_ scalars: [Unicode.Scalar]) -> [Int]? {
        var i = 0
        func skipSpaces() { while i < scalars.count, scalars[i] == " " || scalars[i] == "\t" { i += 1 } }
        func skip(_ c: Unicode.Scalar) { if i < scalars.count, scalars[i] == c { i += 1 } }
        // A number of one or two digits, plain or subscript (`f₁`).
        func number() -> Int? {
            skip("{")
            var n = 0, digits = 0
            while i < scalars.count, digits < 2 {
                let v = scalars[i].value
                if (0x30...0x39).contains(v) { n = n * 10 + Int(v - 0x30) } else if (0x2080...0x2089).contains(v) { n = n * 10 + Int(v - 0x2080) } else { break }
                digits += 1
                i += 1
            }
            skip("}")
            return digits > 0 ? n : nil
        }
        skipSpaces()
        guard i < scalars.count, scalars[i] == "t" || scalars[i] == "T" else { return nil }
        i += 1
        skip("_")
        guard number() != nil else { return nil }
        skipSpaces()
        guard i < scalars.count, scalars[i] == "=" else { return nil }
        i += 1
        skipSpaces()
        guard i < scalars.count, scalars[i] == "(" else { return nil }
        i += 1
        var members: [Int] = []
        while true {
            skipSpaces()
            if i < scalars.count, scalars[i] == "f" {
                i += 1
                skip("_")
            }
            guard let n = number() else { return nil }
            members.append(n)
            skipSpaces()
            guard i < scalars.count else { return nil }
            if scalars[i] == ")" { break }
            guard scalars[i] == ",", members.count < 3 else { return nil }
            i += 1
        }
        return members.count == 3 ? members : nil
    }

    /// Where the cell a value opens ends: at the first `,`, `;` or spaced
    /// `|` outside brackets after `from`, or the line's end.
    private static func cellEnd(_ scalars: [Unicode.Scalar], from: Int) -> Int {
        var depth = 0
        for i in from..<scalars.count {
            let c = scalars[i]
            if "([{".unicodeScalars.contains(c) { depth += 1 } else if ")]}".unicodeScalars.contains(c) { depth = max(0, depth - 1) }
            guard depth == 0 else { continue }
            if c == "," || c == ";" { return i }
            if c == "|", i > from, scalars[i - 1] == " ", i + 1 == scalars.count || scalars[i + 1] == " " { return i }
        }
        return scalars.count
    }

    /// Whether a plain-text line under Question 5 or one of its parts
    /// opens on a cell of a sample that `headSeparators` reads (`f1: f5 -
    /// f2; f2: …; f3: 0`): its cells are heads and values, no value in words.
    static func readsSampleCells(_ line: Fragment, question: QuestionID?, maths: MathContext) -> Bool {
        guard aboutTriplets(question), SheetSection.opensOnSampleCell(String(line.text)) else { return false }
        return headSeparators(line, question: question, maths: maths).text != line.text
    }

    /// Samples written alone are `f`'s (`a` alone is no anchor here).
    private static let samples = SampleNaming(bareRoles: false)
    /// A head after a sample's label may name a role by its letter (`dL/da`).
    private static let labelledHeads = SampleNaming(bareRoles: true)

    /// The sample a plain-text piece is, alone (`f_1`, `f₃`, `fa`); nil for
    /// anything else.
    private static func sampleAlone(_ written: String, maths: MathContext) -> Symbol? {
        let span = maths.span(written, plainText: true)
        guard span.items.count == 1 else { return nil }
        return SampleShape.read(span.items[0].nodes, naming: samples)
    }

    /// Question 5 or one of its parts: where a sample alone is a triplet's.
    private static func aboutTriplets(_ question: QuestionID?) -> Bool {
        question == .question(5) || question?.tripletNumber != nil
    }

    /// `from t1,t2,t3,t5: d/df1 L :: (…) + … = …` under Question 6: the
    /// triplets a sum's terms come from, listed by their labels before the
    /// line's head, say where the working comes from and state nothing; they
    /// are set aside (blanked, places kept) so that the head opens the line.
    /// So is the sentence's opening clause that names the triplets a
    /// sample appears in (`Sample 1 appears in triplets 1, 2, 3 and 5, so
    /// dL/df_1 = (…) + … = …`), when the head after it is that sample's:
    /// the triplets' numbers are no maths after the answer before.
    static func tripletSourcesSetAside(_ line: Fragment, question: QuestionID?) -> Fragment {
        guard question == .question(6) else { return line }
        let text = String(line.text)
        let whole = NSRange(text.startIndex..., in: text)
        var found = sourcesPattern.firstMatch(in: text, range: whole)
        if found == nil, let clause = appearsPattern.firstMatch(in: text, range: whole),
           let sample = Range(clause.range(at: 1), in: text), let end = Range(clause.range, in: text)?.upperBound,
           let head = headSamplePattern.firstMatch(in: text, range: NSRange(end..., in: text)),
           let own = Range(head.range(at: 1), in: text), text[own] == text[sample] {
            found = clause
        }
        guard let match = found, let range = Range(match.range, in: text) else { return line }
        let scalars = text.unicodeScalars
        let upper = scalars.distance(from: scalars.startIndex, to: range.upperBound.samePosition(in: scalars) ?? scalars.startIndex)
        guard upper > 0 else { return line }
        return line.replacing([(0..<upper, String(repeating: " ", count: upper))])
    }

    /// `tripletSourcesSetAside`'s shape, compiled once: a word that says
    /// where from, two triplets' labels or more, a colon.
    private static let sourcesPattern = try! NSRegularExpression(
        pattern: #"^\s*(?:terms\s+|contributions\s+)?(?:from|using|via)\s+t_?\d\s*(?:(?:,|&|\band\b)\s*t_?\d\s*)+:"#,
        options: [.caseInsensitive])

    /// `tripletSourcesSetAside`'s clause of a sample's triplets, compiled
    /// once: the sample (`Sample 1`, `f_1`), "appears in" ("occurs in", "is
    /// in"), "triplets" and their numbers or labels joined by `,`, `&` or
    /// "and", then "so", "hence", "thus" or "therefore" at most.
    private static let appearsPattern = try! NSRegularExpression(
        pattern: #"^\s*(?:sample\s+|f\s*_?\s*\{?\s*)([1-9])\}?\s+(?:appears|occurs|is)\s+(?:only\s+)?in\s+triplets?\s+"#
            + #"(?:t_?)?\d(?:\s*(?:,|&|\band\b)\s*(?:t_?)?\d)*\s*,?\s*(?:(?:so|hence|thus|therefore)\b\s*,?)?"#,
        options: [.caseInsensitive])

    /// The sample of the head that must follow that clause: the first
    /// sample named before its `=` (`dL/df_1 =`, `d/df1 L =`).
    private static let headSamplePattern = try! NSRegularExpression(
        pattern: #"^[^=]*?\bd?f\s*_?\s*\{?\s*([1-9])(?!\d)[^=]*="#, options: [.caseInsensitive])
}
