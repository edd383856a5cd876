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
    static func rowOfSample(_ line: Fragment, sample: Substring) -> Fragment? {
        let text = String(line.text)
        guard !text.contains("="),
              let m = try? #/^(\s*)(?:t|L|triplet\s*)_?\{?([1-9][0-9]?)\}?\s*:\s*(?=\S)/#.ignoresCase().prefixMatch(in: text) else { return nil }
        let label = (m.1.unicodeScalars.count)..<(m.0.unicodeScalars.count)
        return line.replacing([(range: label, text: "dL_\(m.2)/d\(sample) = ")])
    }
}
