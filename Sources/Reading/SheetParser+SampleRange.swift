import Foundation
import CoursecheckNotation

extension SheetParser {
    /// Whether a plain-text line only announces what follows over a range
    /// of samples in words (`grads wrt f1..f6, active hinge:`, `derivatives
    /// w.r.t. f_1…f_6`): a range `f1..f6` (two dots or more, or `…`), and
    /// besides it words and marks, no `=`, no other number, no derivative.
    /// Read as maths, its range's dots would end a sentence and leave `f6`
    /// as a value; it answers nothing.
    static func announcesSampleRange(_ text: Substring) -> Bool {
        let range = #"(?<![A-Za-z])f_?\{?[0-9]+\}?\s*(?:\.{2,}|…|\\ldots|\\dots)\s*f_?\{?[0-9]+\}?(?![A-Za-z0-9])"#
        let line = String(text)
        guard !line.contains("="), line.range(of: range, options: .regularExpression) != nil else { return false }
        let rest = line.replacingOccurrences(of: range, with: " ", options: .regularExpression)
        guard !rest.contains(where: { $0.isNumber }), rest.range(of: #"[∂∇]|\bd\w*\s*/\s*d"#, options: .regularExpression) == nil else { return false }
        return rest.split { !$0.isLetter }.contains { $0.count >= 2 }
    }

    /// Whether a plain-text line only says what an index runs over, in
    /// words, before what follows: `Summing over k = 1..8:`, `adding up for
    /// k=1,...,8`, `Over all k = 1 … 8, the terms:`, `for j = 1 to 8:`. An
    /// index of one letter (`i`, `j`, `k`, `t`), `=`, a range (two dots or
    /// more, `…`, `\dots`, a comma list ending in dots, or `to`), and
    /// besides it words of two letters or more only: no other `=`, number,
    /// sample or derivative. Read as maths it would be `k = 1`, a value of
    /// nothing; it answers nothing.
    static func announcesIndexRange(_ text: Substring) -> Bool {
        let range = #"(?<![A-Za-z_])[ijkt]\s*=\s*[0-9]{1,2}\s*(?:,\s*)?(?:\.{2,}|…|\\ldots|\\dots|\bto\b)\s*(?:,\s*)?[0-9]{1,2}(?![0-9.])"#
        let line = String(text)
        guard let found = line.range(of: range, options: .regularExpression) else { return false }
        var rest = line
        rest.replaceSubrange(found, with: " ")
        guard !rest.contains(where: { $0.isNumber || "=∂∇/_".contains($0) }) else { return false }
        let words = rest.split { !$0.isLetter }
        return !words.isEmpty && words.allSatisfy { $0.count >= 2 }
    }
}

extension SheetParser {
    /// The sample a line heading the lines after it names (`f_2` of
    /// `Gradients with respect to f_2:`), as written; nil for any other line.
    static func sampleHeading(_ text: Substring) -> Substring? {
        var line = text.trimmingCharacters(in: .whitespaces)
        guard line.hasSuffix(":") else { return nil }
        line.removeLast()
        guard let lead = afterLastRespectLead(line) else { return nil }
        let scalars = Array(line.unicodeScalars)
        let name = Substring(String(String.UnicodeScalarView(scalars[lead...])).trimmingCharacters(in: .whitespaces))
        guard let letter = name.first, letter.isASCII, letter.isLetter, isIndexed(name, letter: letter) else { return nil }
        let words = String(String.UnicodeScalarView(scalars[..<lead]))
        guard !words.contains(where: { $0.isNumber || "=∂∇/$\\^_(){}".contains($0) }),
              words.split(whereSeparator: { !$0.isLetter }).count <= 8 else { return nil }
        return name
    }

    /// A row under a line heading a sample (`Gradients with respect to
    /// f_2:`) that names its triplet and gives a value (`t3: f1 - f6`,
    /// `t_3: 0`, `L3: …`, `triplet 3: …`): read as that triplet's derivative
    /// with respect to the sample headed, `dL_3/df_2 = f1 - f6`, the row's
    /// label replaced in place. Nil for a row with `=` (it names its own
    /// derivative) or any other line.
    ///
    /// Several triplets before one value (`L₂, L₅, L₇: 0`, `t2 and t5: 0`)
    /// read as a chain, `dL_2/df_2 = dL_5/df_2 = dL_7/df_2 = 0`; a label's
    /// digit may be a Unicode subscript (`L₃: f₁ − f₂`).
    static func rowOfSample(_ line: Fragment, sample: Substring) -> Fragment? {
        let text = String(line.text)
        let whole = NSRange(text.startIndex..., in: text)
        guard !text.contains("="), let m = rowLabels.firstMatch(in: text, range: whole),
              let opening = Range(m.range(at: 1), in: text), let labels = Range(m.range(at: 2), in: text), let end = Range(m.range, in: text) else { return nil }
        let written = String(text[labels])
        let triplets = rowLabelDigit.matches(in: written, range: NSRange(written.startIndex..., in: written)).compactMap { found in
            Range(found.range(at: 1), in: written).flatMap { Self.labelDigit(String(written[$0])) }
        }
        guard !triplets.isEmpty else { return nil }
        let label = text[..<opening.upperBound].unicodeScalars.count..<text[..<end.upperBound].unicodeScalars.count
        let chain = triplets.map { "dL_\($0)/d\(sample) = " }.joined()
        return line.replacing([(range: label, text: chain)])
    }

    /// `t3:`, `L₃:`, `triplet 3:`, `L2, L5 and L7:` opening a row under a
    /// sample's heading: the spaces before (group 1), the labels (group 2),
    /// the colon and the spaces after it.
    static let rowLabels = try! NSRegularExpression(
        pattern: #"^(\s*)((?:t|L|ℓ|triplet\s*)"# + IndexPatterns.index + #"(?:\s*(?:,|and|&)\s*(?:and\s+)?(?:t|L|ℓ|triplet\s*)"# + IndexPatterns.index
            + #")*)\s*:\s*(?=\S)"#, options: .caseInsensitive)
    /// One label's digits among `rowLabels`' labels.
    static let rowLabelDigit = try! NSRegularExpression(pattern: #"(?:t|L|ℓ|triplet\s*)_?\{?([1-9][0-9]?|[₁-₉])\}?"#, options: .caseInsensitive)

    /// A number written plainly or in Unicode subscripts (`3`, `₃`, `12`).
    static func labelDigit(_ written: String) -> Int? {
        Int(AnswerTable.subscriptDigitsWritten(written))
    }

    /// A line of Question 5 that is a sample's name alone, perhaps
    /// emphasised, then a colon (`*f₁:*`, `**f_2:**`, `f3:`): it heads
    /// the lines after it as `Gradients with respect to f_2:` does
    /// (`sampleHeading`). The name as written; nil for any other line.
    static func bareSampleHeading(_ text: Substring) -> Substring? {
        var line = text.trimmingCharacters(in: .whitespaces)
        while let c = line.first, c == "*" || c == "_" { line.removeFirst() }
        while let c = line.last, c == "*" || c == "_" { line.removeLast() }
        guard line.hasSuffix(":") else { return nil }
        line.removeLast()
        let name = Substring(line.trimmingCharacters(in: .whitespaces))
        guard isIndexed(name, letter: "f") else { return nil }
        return name
    }
}

extension SheetParser {
    /// `∂/∂f₁ of L₄, L₆, L₇, L₈: 0`, `d/df1 (L4, L6) = 0`, `∂/∂f_2 of L_2
    /// and L_5 are 0`: one sample's derivative of several triplets' losses,
    /// then one value, in a plain-text line. Read in place as the chain
    /// `∂L₄/∂f₁ = ∂L₆/∂f₁ = ∂L₇/∂f₁ = ∂L₈/∂f₁ = 0`, which says the same;
    /// nil for any other line.
    static func operatorOverLosses(_ line: Fragment) -> Fragment? {
        let text = String(line.text)
        guard text.contains("/"), let m = operatorOfLosses.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              let opening = Range(m.range(at: 1), in: text), let sample = Range(m.range(at: 2), in: text), let labels = Range(m.range(at: 3), in: text),
              let end = Range(m.range, in: text) else { return nil }
        let written = String(text[labels])
        let losses = rowLabelDigit.matches(in: written, range: NSRange(written.startIndex..., in: written)).compactMap { found in
            Range(found.range(at: 1), in: written).flatMap { Self.labelDigit(String(written[$0])) }
        }
        guard losses.count >= 1 else { return nil }
        let name = text[sample].filter { !$0.isWhitespace }
        let head = text[..<opening.upperBound].unicodeScalars.count..<text[..<end.upperBound].unicodeScalars.count
        return line.replacing([(range: head, text: losses.map { "∂L_\($0)/∂\(name) = " }.joined())])
    }

    /// The operator over a sample (group 2), `of` or a bracket, the losses
    /// (group 3), and what gives the value: `:`, `=`, `is`, `are (all)`.
    static let operatorOfLosses = try! NSRegularExpression(
        pattern: #"^(\s*)(?:∂|d|𝜕)\s*/\s*(?:∂|d|𝜕)\s*(f\s*(?:_?\{?[1-9]\}?|[₁-₉]))\s*(?:of\s+|\(\s*|\[\s*)("# + IndexPatterns.lossLetter + #"\s*"#
            + IndexPatterns.index + #"(?:\s*(?:,|and|&)\s*(?:and\s+)?"# + IndexPatterns.lossLetter + #"\s*"# + IndexPatterns.index
            + #")*)\s*[)\]]?\s*(?::|=|\bis\b|\bare\b(?:\s+all\b)?)\s*(?=\S)"#)
}

extension SheetParser {
    /// `d/df1: f5 - f2`, `∂/∂f₁ = f₅ − f₂`, `d/dfa = fn - fp`: in a
    /// plain-text line, the operator of a derivative over a sample with no
    /// function after it, then `:` or `=` and the value: the derivative of
    /// the question's loss, read as `dL/df1: f5 - f2` in place. Nil when no
    /// operator stands so (`d/df1 L = …`, `d/df1 of L_4 …` name theirs).
    static func bareOperatorHeads(_ line: Fragment) -> Fragment? {
        let text = String(line.text)
        guard text.contains("/") else { return nil }
        let found = bareOperator.matches(in: text, range: NSRange(text.startIndex..., in: text))
        guard !found.isEmpty else { return nil }
        let edits: [(range: Range<Int>, text: String)] = found.compactMap { m in
            guard let op = Range(m.range(at: 1), in: text) else { return nil }
            let at = text[..<op.upperBound].unicodeScalars.count
            return (at..<at, "L")
        }
        return line.replacing(edits)
    }

    /// An operator (group 1: its first `d` or `∂`) over a sample, `:` or
    /// `=` after it; not inside a word or after a loss's letter.
    static let bareOperator = try! NSRegularExpression(pattern: #"(?<![A-Za-z0-9_∂𝜕])(∂|d|𝜕)\s*/\s*(?:∂|d|𝜕)\s*f\s*(?:_?\{?[1-9apn]\}?|[₁-₉ₐₚₙ])(?![A-Za-z0-9_₀-₉])(?=\s*[:=])"#)
}
