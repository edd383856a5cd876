import Foundation

/// The pieces of the regular expressions that find an indexed name in
/// plain text, in one place: the readers of row labels (`t3:`, `L₂, L₅ and
/// L₇:`), of operators over losses (`∂/∂f₁ of L₄, L₆`) and of samples in
/// a table's notes and cells (`f_5`, `f₅`) build on them, so they agree on
/// what an index is.
enum IndexPatterns {
    /// An index of one or two digits after its letter: `3`, `_3`, `_{12}`,
    /// `{3}`, or one subscript digit `₃`.
    static let index = #"(?:_?\{?[1-9][0-9]?\}?|[₁-₉])"#

    /// An index of one digit after its letter: `3`, `_3`, `{3}`, `₃`
    /// (a loss's or a sample's of Question 5).
    static let digit = #"(?:_?\{?[1-9]\}?|[₁-₉])"#

    /// A sample's index or role letter after its `f`: `1`, `_a`, `{p}`, `₁`, `ₙ`.
    static let digitOrRole = #"(?:_?\{?[1-9apn]\}?|[₁-₉ₐₚₙ])"#

    /// The letter of a derivative in plain text: `d`, `∂`, `𝜕`.
    static let dLetter = #"(?:d|∂|𝜕)"#

    /// A derivative's operator over a sample in plain text, from its `d`
    /// to the sample's index (`d/df1`, `dL/df_a`, `∂L₂/∂f₃`, `d L / d f 1`),
    /// the sample's index or role letter by `sampleIndex`.
    static func operatorOver(_ sampleIndex: String) -> String {
        dLetter + #"[ \t]*L?"# + digit + #"?[ \t]*/[ \t]*"# + dLetter + #"[ \t]*f[ \t]*"# + sampleIndex
    }

    /// A loss's letter: `L`, `ℓ`.
    static let lossLetter = #"(?:L|ℓ)"#

    /// A sample by its digit (group 1), in text whose subscript digits are
    /// written as digits (`AnswerTable.subscriptDigitsWritten`): `f5`,
    /// `f_5`, `f_{5}`, `f 5`; not `f12`.
    static let sample = #"f\s*_?\s*\{?\s*([1-9])\s*\}?(?![0-9])"#

    /// `sample`, compiled: the samples a text names.
    static let sampleRegex = try! NSRegularExpression(pattern: sample)

    /// The samples a text names, by digit, in order (subscript digits read
    /// as digits): `f_5 - f₂` names 5 and 2.
    static func samplesNamed(_ text: String) -> [Int] {
        let written = AnswerTable.subscriptDigitsWritten(text)
        let ns = written as NSString
        return sampleRegex.matches(in: written, range: NSRange(location: 0, length: ns.length)).compactMap { Int(ns.substring(with: $0.range(at: 1))) }
    }
}
