import Foundation
import CoursecheckAssignment
import CoursecheckDocument

extension SheetParser {
    /// Where words take back an earlier answer: their place, the section's
    /// start, the next block's and the next section's, and whether the words
    /// introduce the corrected answer after them in their block ("…, it
    /// should be $…$", "the right one is $…$").
    struct Retraction {
        var start: SourceLocation
        var at: SourceLocation
        var blockEnd: SourceLocation?
        var end: SourceLocation?
        /// Where the corrected answer starts when the words introduce it in
        /// their block: after a label ("Correction:", "Edit:"), or at the
        /// last phrase that gives it ("…, it should be $…$", "…, so it is
        /// $…$"). Answers before it, those the words quote included, are
        /// withdrawn.
        var correctionAt: SourceLocation?
        /// The samples and roles the words after the retraction name in
        /// their block, maths included (`f_3`, `f₃`, `f3`, `f_a`).
        var named: Set<String> = []
        /// Where the words' block starts.
        var blockStart: SourceLocation?
        /// Where the first maths at or after `correctionAt` in the block
        /// (the corrected value, when it is written in maths) ends: the
        /// next inline's start, or the block's end (nil: no such maths).
        var correctionMathEnd: SourceLocation?
        /// Whether maths stands before the words in their block (the words
        /// are prose after an answer, not a plain-text line's tail).
        var mathsBefore = false
        /// Whether the words' block holds no maths apart from its text (a
        /// plain-text line, its maths read from the words): an answer read
        /// before the words in it stands before them as maths would.
        var plainText = false
        /// Earlier sections of the same question (a correction at the
        /// sheet's end read under the question it names): their answers are
        /// the ones the words may take back, as the section's own are.
        var earlierParts: [Range<SourceLocation>] = []
        /// The samples and roles named anywhere after the words in their
        /// block, the correction's value included: when the correction is not
        /// read, the answers of its own block to them are in doubt too.
        var namedAfter: Set<String> = []

        /// Whether an answer at `at` is of the words' question before its end:
        /// in their section or an earlier one of the same question.
        func ofQuestion(_ at: SourceLocation) -> Bool {
            at >= start && (end.map { at < $0 } ?? true) || earlierParts.contains { $0.contains(at) }
        }
    }

    /// Words that take back an answer and introduce its correction, the
    /// correction not read (`Wait, the $f_3$ one should be $f_3 - f_1$.`,
    /// `… — wait, that should be $B$.` with no sample said): the answers
    /// they may take back are for a person, never graded — those of the
    /// samples the words name, before them in their section, or the last
    /// answer before them when they name none: the answer in maths just
    /// before them in their own block (`With respect to $f_3$ it is $A$ —
    /// wait, that should be …`), else the last answer before their block
    /// unless a statement before them in their block was not read (its
    /// place is already a problem for a person).
    static func withdrawingUnreadCorrections(_ sheet: inout ParsedSheet) {
        // The sample or role an answer is for: `f_3`, `f_a`.
        func sample(_ id: AnswerID) -> String { id.description.split(separator: ".").last.map(String.init) ?? "" }
        for point in retractions(in: sheet.sections) where point.correctionAt != nil {
            let inBlock = { (at: SourceLocation) in at > point.at && (point.blockEnd.map { at < $0 } ?? true) }
            let inOwnBlock = { (c: DerivativeClaim) in point.blockStart.map { c.location >= $0 } ?? false }
            var earlier: [(id: AnswerID, claim: DerivativeClaim)] = []
            for (id, claims) in sheet.derivatives {
                for claim in claims where point.ofQuestion(claim.location) && claim.location < point.at { earlier.append((id, claim)) }
            }
            // (Ties by the answer's id: the same problem every run, whatever the dictionary's order.)
            let order = { (x: (id: AnswerID, claim: DerivativeClaim), y: (id: AnswerID, claim: DerivativeClaim)) in
                (x.claim.location, x.id.description) < (y.claim.location, y.id.description)
            }
            var doubted: [(id: AnswerID, claim: DerivativeClaim)]
            // (In plain text only when a value after the words was not
            // placed, every problem after them of that kind: a correction
            // read in the line, `(no wait: …)`, stands, and a derivative
            // after them that failed is its own problem.)
            let unplacedAfter = sheet.problems.filter { inBlock($0.location) }.map { p in if case .unplaced = p.id.item { true } else { false } }
            if point.named.isEmpty, point.mathsBefore || point.plainText && !unplacedAfter.isEmpty && !unplacedAfter.contains(false),
               let last = earlier.filter({ inOwnBlock($0.claim) }).max(by: order) {
                // Words after an answer in maths in their own block (`With
                // respect to $f_3$ it is $A$ — wait, that should be …`) take
                // back that answer, unless its correction was read after them.
                // (A result the words corrected in its place, `… = A, I mean B`, was read.)
                if sheet.derivatives[last.id]?.contains(where: { inBlock($0.location) || $0.correctedAt.map(inBlock) == true }) == true { continue }
                // (Nor when the maths right after the correcting words was
                // read as an answer: `… $f_4$ it is $A$, wait, that should be $B$`.)
                if let end = point.correctionMathEnd,
                   sheet.derivatives.values.contains(where: { $0.contains { $0.location >= point.at && $0.location < end } }) { continue }
                // (With the answers of its own block to the samples named after
                // the words: `- …, $∂L/∂f_5 = A$, $∂L/∂f_1 = B$` then `Correction:
                // $∂L/∂f_5$ is off, …` takes back A, not only the last, B.)
                doubted = [last] + earlier.filter { inOwnBlock($0.claim) && point.namedAfter.contains(sample($0.id))
                    && !($0.id == last.id && $0.claim.location == last.claim.location) }
            } else {
                // (A correction read in the block — of a sample it names, or
                // any when it names none — is the answer's; the retraction's
                // own line is left as read: `… = A  --> correction: B`.)
                let readInBlock = sheet.derivatives.contains { id, claims in
                    (point.named.isEmpty || point.named.contains(sample(id))) && claims.contains { inBlock($0.location) || $0.correctedAt.map(inBlock) == true }
                }
                if readInBlock { continue }
                // (Nor in a plain-text line with an answer read before the
                // words and nothing after them unread: `dL/df_n = A, I mean B`,
                // which `correctedTail` read in place, takes back nothing of an
                // earlier line. A correction not read there would be maths
                // after the words left unplaced, a problem in the block.)
                let readInLine = point.plainText && !sheet.problems.contains { inBlock($0.location) } && sheet.derivatives.values.contains {
                    $0.contains { inOwnBlock($0) && $0.location < point.at && $0.location.line == point.at.line }
                }
                if readInLine { continue }
                let beforeBlock = earlier.filter { !inOwnBlock($0.claim) }
                if point.named.isEmpty {
                    // A statement before the words in their block that was
                    // not read is what they take back, not an earlier block's answer.
                    // (Its place is a problem of the sheet already.)
                    if sheet.problems.contains(where: { p in point.blockStart.map { p.location >= $0 } == true && p.location < point.at }) { continue }
                    // (With the answers of its own block to the samples named
                    // after the words, in plain text too: `dL/df5 = A, dL/df6 = B`
                    // then `Correction: dL/df5 is off, …` takes back A.)
                    // (Only when something after the words was not read: a
                    // correction read as the answer's next value takes nothing back.)
                    let unreadAfter = sheet.problems.contains { inBlock($0.location) }
                    let ownNamed = unreadAfter ? earlier.filter { inOwnBlock($0.claim) && point.namedAfter.contains(sample($0.id)) } : []
                    doubted = ownNamed.isEmpty ? beforeBlock.max(by: order).map { [$0] } ?? [] : ownNamed
                } else {
                    // (Those of the samples named in the words' own block too:
                    // `- $∂L/∂f_5 = A$` and, on the item's next line,
                    // `Correction: $∂L/∂f_5$ should be …` not read.)
                    doubted = earlier.filter { point.named.contains(sample($0.id)) }
                }
            }
            for (id, claim) in doubted.sorted(by: order) {
                sheet.derivatives[id]?.removeAll { $0.location == claim.location && $0.answer == claim.answer }
                if sheet.derivatives[id]?.isEmpty == true { sheet.derivatives[id] = nil }
                sheet.problems.append(SheetProblem(id: id, location: claim.location,
                    reason: "an answer taken back by words whose correction could not be read: for a person", detail: claim.text))
            }
        }
    }

    /// `f_3`, `f_{3}`, `f₃`, `f3`, `f_a`: the samples and roles named in
    /// words or maths, as `f_3`, `f_a`.
    static func samplesNamed(_ text: Substring) -> Set<String> {
        let s = Array(text.unicodeScalars)
        let subscripts: [Unicode.Scalar: String] = ["₁": "1", "₂": "2", "₃": "3", "₄": "4", "₅": "5", "₆": "6", "₇": "7", "₈": "8", "₉": "9",
                                                    "ₐ": "a", "ₚ": "p", "ₙ": "n"]
        func index(_ c: Unicode.Scalar) -> String? { ("1"..."9").contains(c) || "apn".unicodeScalars.contains(c) ? String(c) : nil }
        var result: Set<String> = []
        // (Also after the `d` of a plain-text derivative, `dL/df5`, `df_5`.)
        for i in s.indices where s[i] == "f" && (i == 0 || !Prose.isLetter(s[i - 1]) && s[i - 1] != "\\"
                                                   || s[i - 1] == "d" && (i < 2 || !Prose.isLetter(s[i - 2]))) {
            var k = i + 1
            var found: String?
            if k < s.count, let sub = subscripts[s[k]] {
                found = sub
            } else if k < s.count, s[k] == "_" {
                k += 1
                if k < s.count, s[k] == "{" { k += 1 }
                found = k < s.count ? index(s[k]) : nil
            } else if k < s.count, ("1"..."9").contains(s[k]) {
                found = String(s[k])
            }
            // (Not `f12`, `f_{12}`: no sample of one digit.)
            if let found, k + 1 >= s.count || !Prose.isDigit(s[k + 1]) || subscripts[s[i + 1]] != nil { result.insert("f_" + found) }
        }
        return result
    }

    /// A first attempt the sheet takes back: "wait, this is wrong because
    /// …", "Correction:", "scratch that", "Redone:", "Edit:" written after an
    /// answer and before a second, different answer to the same derivative
    /// in the same section. The answers before the words are withdrawn; the
    /// one after is the sheet's. Without such words between them, two
    /// different answers stay "answered twice" for a person to weigh.
    ///
    /// Words that quote an answer to the same derivative after them in their
    /// own block speak of that answer ("my first attempt was wrong, I had
    /// $…$"): they withdraw nothing — unless they introduce it as the
    /// correction ("…, it should be $…$").
    static func withdrawingRetracted(_ sheet: inout ParsedSheet) {
        let points = retractions(in: sheet.sections)
        guard !points.isEmpty else { return }
        for (id, claims) in sheet.derivatives where Set(claims.map(\.answer)).count > 1 {
            var kept = claims
            for point in points {
                let inSection = { (c: DerivativeClaim) in point.ofQuestion(c.location) }
                let inBlock = { (c: DerivativeClaim) in c.location > point.at && (point.blockEnd.map { c.location < $0 } ?? true) }
                // The corrected answer after the words, in their block: every
                // earlier answer of the section withdrawn, those quoted too.
                if let corrected = point.correctionAt, kept.contains(where: { inBlock($0) && $0.location >= corrected }),
                   kept.contains(where: { inSection($0) && $0.location < corrected }) {
                    kept.removeAll { inSection($0) && $0.location < corrected }
                    continue
                }
                // Words that quote an answer and introduce none speak of it.
                if point.correctionAt == nil, claims.contains(where: inBlock) { continue }
                let before = kept.filter { inSection($0) && $0.location < point.at }
                let after = kept.filter { inSection($0) && $0.location > point.at }
                guard !before.isEmpty, !after.isEmpty else { continue }
                kept.removeAll { inSection($0) && $0.location < point.at }
            }
            sheet.derivatives[id] = kept
        }
    }

    /// The places where a section's words take back what came before.
    static func retractions(in sections: [SheetSection]) -> [Retraction] {
        var result: [Retraction] = []
        for (i, section) in sections.enumerated() {
            let end = i + 1 < sections.count ? sections[i + 1].location : nil
            let earlierParts = (0..<i).filter { sections[$0].heading == section.heading }.map { sections[$0].location..<sections[$0 + 1].location }
            for (n, leaf) in section.leaves.enumerated() {
                let blockEnd = n + 1 < section.leaves.count ? section.leaves[n + 1].block.location : end
                let inlines: [Inline]
                switch leaf.block.kind {
                case .paragraph(let x), .heading(_, let x): inlines = x
                default: continue
                }
                let texts = inlines.compactMap { inline -> Fragment? in if case .text(let t) = inline { t } else { nil } }
                for (k, t) in texts.enumerated() {
                    // (The words after the text's maths, in the same block: "I
                    // first got $…$, but …, so it is $…$".)
                    let later = texts[(k + 1)...].map { String($0.text) }.joined(separator: " ")
                    guard let (offset, labelEnd) = retraction(in: t.text, later: later) else { continue }
                    // The last phrase that gives the corrected answer, in this
                    // text after the words or in a later one of the block.
                    var corrected: SourceLocation? = labelEnd.map { t.location(at: $0) }
                    for (j, u) in texts.enumerated().reversed() where j >= k {
                        let from = j == k ? offset : 0
                        let lower = String(u.text.unicodeScalars.dropFirst(from)).lowercased()
                        guard let end = Self.correctionPhrases.compactMap({ lower.range(of: $0, options: .backwards)?.upperBound }).max() else { continue }
                        corrected = u.location(at: from + lower.unicodeScalars.distance(from: lower.unicodeScalars.startIndex, to: end))
                        break
                    }
                    // (`Wait, my friend says it should be $B$, but I disagree`:
                    // words giving the value to someone else or doubting it
                    // introduce no correction; both answers stay for a person.)
                    // (`← the TA redone it as: $…$`, `← maybe redone: $…$`: the
                    // words before them in their sentence count too.)
                    let before = Self.sentenceEnding(String(String.UnicodeScalarView(t.text.unicodeScalars.prefix(offset))))
                    if CorrectionWords.disputes(before + " " + Self.sentenceOpening(String(String.UnicodeScalarView(t.text.unicodeScalars.dropFirst(offset))) + " " + later)) {
                        corrected = nil
                    }
                    // The samples the words name between them and the
                    // correction, in their text and maths (`Wait, the $f_3$
                    // one should be …`), not those of the corrected value.
                    var named: Set<String> = []
                    var seen = false
                    for inline in inlines {
                        switch inline {
                        case .text(let u):
                            let isWords = u.location(at: 0) == t.location(at: 0)
                            guard seen || isWords else { continue }
                            let from = isWords ? offset : 0
                            var upTo = u.text.unicodeScalars.count
                            if let corrected {
                                while upTo > from, u.location(at: upTo - 1) >= corrected { upTo -= 1 }
                            }
                            if upTo > from {
                                let scalars = Array(u.text.unicodeScalars)
                                named.formUnion(Self.samplesNamed(Substring(String(String.UnicodeScalarView(scalars[from..<upTo])))))
                            }
                            seen = true
                        case .math(let m):
                            if seen, corrected.map({ m.location < $0 }) ?? true { named.formUnion(Self.samplesNamed(m.tex.text)) }
                        }
                    }
                    // Whether maths stands before the words in their block.
                    let mathsBefore = inlines.contains { inline in
                        if case .math(let m) = inline { m.location < t.location(at: offset) } else { false }
                    }
                    // (Up to the inline after the corrected value's maths, or the block's end.)
                    var correctionMathEnd: SourceLocation?
                    if let corrected, let k = inlines.firstIndex(where: { if case .math(let m) = $0, m.location >= corrected { true } else { false } }) {
                        switch k + 1 < inlines.count ? inlines[k + 1] : nil {
                        case .text(let u)?: correctionMathEnd = u.location(at: 0)
                        case .math(let m)?: correctionMathEnd = m.location
                        case nil: correctionMathEnd = blockEnd ?? SourceLocation(line: Int.max, column: 0)
                        }
                    }
                    // The samples named after the words, text and maths.
                    var namedAfter = Self.samplesNamed(Substring(String(String.UnicodeScalarView(Array(t.text.unicodeScalars).dropFirst(offset)))))
                    for inline in inlines {
                        switch inline {
                        case .text(let u) where u.location(at: 0) > t.location(at: 0): namedAfter.formUnion(Self.samplesNamed(u.text))
                        case .math(let m) where m.location > t.location(at: offset): namedAfter.formUnion(Self.samplesNamed(m.tex.text))
                        default: break
                        }
                    }
                    result.append(Retraction(start: section.location, at: t.location(at: offset), blockEnd: blockEnd, end: end,
                                             correctionAt: corrected, named: named, blockStart: leaf.block.location,
                                             correctionMathEnd: correctionMathEnd, mathsBefore: mathsBefore,
                                             plainText: !inlines.contains { if case .math = $0 { true } else { false } },
                                             earlierParts: earlierParts, namedAfter: namedAfter))
                }
            }
        }
        return result
    }

    /// Words that give the corrected answer after them (`…, it should be
    /// $…$`, `…, so it is $…$`).
    static let correctionPhrases = ["should be", "should read", "should have been", "correct one", "right one", "correct answer",
                                    "instead", "it is actually", "is actually", "it's actually", "correct version", "fixed:", "corrected:",
                                    "so it is", "so it's", "so the answer is", "the right answer is", "the right value is"]

    /// Where words that take back an earlier answer start in a text, and,
    /// for a label (`Correction:`, `Edit:`), where the text after it starts:
    /// that text is the corrected answer.
    static func retraction(in text: Substring, later: String = "") -> (offset: Int, labelEnd: Int?)? {
        guard let offset = retractionOffset(text, later: later) else { return nil }
        let words = ProseWords(text).words
        // "$A$, or rather $B$", "$A$, I mean $B$", "$A$; no, sorry, it is
        // $B$", "$A$; actually no, $B$": what follows the words at once is
        // the corrected answer.
        // (Only when the value follows them at once: "no, sorry, I need to
        // check the sign again" introduces none.)
        if let i = words.firstIndex(where: { $0.offset == offset }) {
            let run = words[i...].prefix(3).prefix { CorrectionWords.inline.contains($0.text) }
            if run.contains(where: { CorrectionWords.inlineEnds.contains($0.text) }), let last = run.last,
               onlyValueAfter(words[(i + run.count)...]) {
                return (offset, last.offset + last.text.unicodeScalars.count)
            }
        }
        guard let w = words.first(where: { $0.offset == offset }), CorrectionWords.answerLabels.contains(w.text)
        else { return (offset, nil) }
        let scalars = Array(text.unicodeScalars)
        guard let colon = scalars[offset...].firstIndex(of: ":") else { return (offset, nil) }
        // Only a label the corrected answer follows at once (`Edit: ∂L/∂fₐ =
        // …`, `Correction: $…$`): words after it (`Edit: a classmate got
        // $…$`, `Correction: none needed`, `Edit: in Question 5.1, …`) may
        // speak of any answer, so they introduce none.
        // (A plain-text head first, `Correction: dL/df5 is off, …`, is the
        // label's subject, as maths there is: `Correction: $…$ is off, …`.)
        let after = String(String.UnicodeScalarView(scalars[(colon + 1)...]))
        if let first = after.split(whereSeparator: { $0 == " " || $0 == "\t" }).first, first.contains("/"),
           !samplesNamed(first).isEmpty {
            return (offset, colon + 1)
        }
        var run = 0
        for c in scalars[(colon + 1)...] {
            if c == "=" { break }
            run = c.isASCII && Prose.isLetter(c) ? run + 1 : 0
            if run >= 3 { return (offset, nil) }
        }
        return (offset, colon + 1)
    }

    /// Whether the words after an inline correction's words ("or rather",
    /// "I mean") lead straight to its value: none, or "it is", "it's",
    /// "that should be" …, up to a sample's name in plain text.
    static func onlyValueAfter(_ words: ArraySlice<ProseWords.Word>) -> Bool {
        for w in words {
            if w.text.first == "f", w.text.count <= 3, w.text.dropFirst().allSatisfy({ $0.isNumber || "apn_".contains($0) }) { return true }
            guard CorrectionWords.fillers.contains(w.text) else { return false }
        }
        return true
    }

    /// Whether the words after a correction's words end the sentence (`.`,
    /// `!`, `?`, `)`) before any word or value could follow them.
    static func endsSentence(_ rest: Substring.UnicodeScalarView) -> Bool {
        rest.prefix { !$0.properties.isAlphabetic && !("0"..."9").contains($0) }.contains { ".!?)".unicodeScalars.contains($0) }
    }

    /// Whether a word after these scalars opens its clause: nothing but
    /// spaces after the text's start or after `,` `;` `:` `(`, a dash or a
    /// full stop ("… is $A$. Sorry, $B$.").
    static func opensClause(_ before: Substring.UnicodeScalarView) -> Bool {
        guard let last = before.last(where: { !$0.properties.isWhitespace }) else { return true }
        return ",;:(-–—.".unicodeScalars.contains(last)
    }

    /// Where words that take back an earlier answer start in a text, or nil:
    /// "wait", "this / that / it / the above … is (was) wrong", "scratch
    /// that", "my mistake", "made a mistake", "oops", "ignore the above",
    /// "redone", "redo", "or rather", "I mean", "no, sorry" ("sorry, it
    /// is …"), and the labels "Correction:", "Corrected:",
    /// "Fixed:", "Edit:", "Update:" / "Update (…):". Words that point ahead
    /// ("… is wrong:", "the following is wrong", "a common mistake") speak
    /// of what follows, not of an earlier answer.
    static func retractionOffset(_ text: Substring, later: String = "") -> Int? {
        let words = ProseWords(text).words
        let lower = text.lowercased()
        // (So does a text that ends on a colon: "Careful, it is wrong to write:".)
        let ahead = words.contains { CorrectionWords.pointingAhead.contains($0.text) } || text.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix(":")
        for (i, w) in words.enumerated() {
            let next = i + 1 < words.count ? words[i + 1].text : ""
            let previous = i > 0 ? words[i - 1].text : ""
            switch w.text {
            case "wait", "oops", "redone", "redo", "scratch":
                return w.offset
            case "rather" where previous == "or" && Self.onlyValueAfter(words[(i + 1)...]):
                // "$A$, or rather $B$" (not "or rather its negative …", "or
                // rather the descent direction is …").
                return words[i - 1].offset
            case "mean" where previous == "i" && Self.onlyValueAfter(words[(i + 1)...]):
                // "$A$, I mean $B$" (not "what I mean by …", "I mean that …").
                return words[i - 1].offset
            case "sorry" where CorrectionWords.hesitations.contains(previous) || ["oops", "wait"].contains(previous)
                || ["i", "it", "its", "that", "should", "make", "correction", "correct"].contains(next)
                || Self.opensClause(text.unicodeScalars.prefix(w.offset)) && Self.onlyValueAfter(words[(i + 1)...])
                    && !Self.endsSentence(text.unicodeScalars.dropFirst(w.offset + w.text.unicodeScalars.count)):
                // ("$A$, sorry, $B$": alone between the values.)
                // "$A$; no, sorry, it is $B$", "sorry, the answer is $B$".
                return i > 0 && CorrectionWords.hesitations.contains(previous) ? words[i - 1].offset : w.offset
            case "actually" where (Self.opensClause(text.unicodeScalars.prefix(w.offset)) || CorrectionWords.hesitations.contains(previous) || next == "no")
                && Self.onlyValueAfter(words[(i + 1)...]) && !Self.endsSentence(text.unicodeScalars.dropFirst(w.offset + w.text.unicodeScalars.count)):
                // "$A$; actually no, $B$", "$A$, actually $B$", "$A$; no,
                // actually, it is $B$" — opening its clause, after a
                // hesitation, or before "no" (not "it is actually $B$", nor
                // "$A$, actually." that ends its sentence).
                return i > 0 && CorrectionWords.hesitations.contains(previous) ? words[i - 1].offset : w.offset
            case "first" where ["got", "had", "wrote", "computed", "found", "put", "thought"].contains(next)
                && (words[(i + 1)...].contains(where: { $0.text == "but" }) || ProseWords(Substring(later)).words.contains(where: { $0.text == "but" })):
                // "I first got $…$, but …, so it is $…$".
                return w.offset
            case "wrong" where ["is", "was", "are", "were", "s"].contains(previous) && !ahead:
                // Its subject one of the earlier answers ("this", "that", "it",
                // "above", "first", "answer", "attempt", "one"), not "which is
                // wrong" of what follows; nor a sentence ending on a colon.
                let subject = words[max(0, i - 5)..<max(0, i - 1)].map(\.text)
                guard subject.contains(where: { ["this", "that", "it", "above", "first", "answer", "attempt", "one", "previous", "earlier", "sign", "signs"].contains($0) })
                else { continue }
                let end = w.offset + w.text.unicodeScalars.count
                if lower.unicodeScalars.dropFirst(end).first(where: { !$0.properties.isWhitespace }) == ":" { continue }
                return w.offset
            case "mistake" where ["my", "a"].contains(previous) && (previous == "my" || i >= 2 && words[i - 2].text == "made") && !ahead:
                return w.offset
            case "ignore" where ["the", "this", "that", "my"].contains(next):
                return w.offset
            case let label where CorrectionWords.answerLabels.contains(label):
                // A label: the word followed by `:`, or by a remark in brackets and `:`.
                if w.labels || w.closesParenthesis { return w.offset }
                if let close = text.unicodeScalars.dropFirst(w.offset).firstIndex(of: ")"),
                   text.unicodeScalars[text.unicodeScalars.index(after: close)...].first == ":",
                   text.unicodeScalars[text.unicodeScalars.index(text.unicodeScalars.startIndex, offsetBy: w.offset + w.text.unicodeScalars.count)...].drop(while: { $0 == " " }).first == "(" {
                    return w.offset
                }
            default:
                continue
            }
        }
        return nil
    }
}
