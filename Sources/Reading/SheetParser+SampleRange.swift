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
}
