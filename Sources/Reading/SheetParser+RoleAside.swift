import Foundation
import CoursecheckAssignment

extension SheetParser {
    /// `∇_{fₐ} = fₙ − fₚ = f₅ − f₂  (for f₁)`, `dL/df_p = f_p - f_a (i.e.
    /// f2)`: in Question 5, a plain-text line of one derivative taken with
    /// respect to a role, closed by a bracket naming the sample that plays
    /// it ("for f₁", "i.e. f₁", "= f₁", "here f₁", or the sample alone).
    /// The bracket states the role, `f_a = f_1`, read as such after a `;`
    /// and checked against the triplet (`rolesStated`): it is no word of
    /// the value. Any other line is returned as it is.
    static func roleAsideStated(_ line: Fragment, question: QuestionID?) -> Fragment {
        guard question == .question(5) || question?.tripletNumber != nil, line.text.contains(")") else { return line }
        let text = AnswerTable.subscriptDigitsWritten(String(line.text))
        let ns = text as NSString
        guard let aside = roleAside.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)),
              let head = roleHead.firstMatch(in: text, range: NSRange(location: 0, length: aside.range.location)),
              text.filter({ $0 == "(" }).count == text.filter({ $0 == ")" }).count else { return line }
        let role: Character
        switch ns.substring(with: head.range(at: 1)) {
        case "a", "ₐ": role = "a"
        case "p", "ₚ": role = "p"
        case "n", "ₙ": role = "n"
        default: return line
        }
        let sample = ns.substring(with: aside.range(at: 1))
        // (Offsets in scalars: the line's own, subscripts counted as one.)
        let from = ns.substring(to: aside.range.location).unicodeScalars.count
        let to = from + ns.substring(with: aside.range).unicodeScalars.count
        return line.replacing([(range: from..<to, text: " ; f_\(role) = f_\(sample)")])
    }

    /// The closing bracket naming a sample (group 1, digits as written
    /// after `subscriptDigitsWritten`), at the line's end.
    static let roleAside = try! NSRegularExpression(
        pattern: #"\s*\(\s*(?:for|i\.?\s?e\.?,?|here|=|that is)?\s*"# + IndexPatterns.sample + #"\s*\)\s*\.?\s*$"#, options: .caseInsensitive)

    /// A derivative with respect to a role opening the line (its role letter,
    /// group 1), before its first `=`: `∇_{fₐ}`, `∂L/∂fₚ`, `dL/df_n`, `grad_fa L`.
    static let roleHead = try! NSRegularExpression(
        pattern: #"^\s*(?:[-*•]\s*)?(?:∇|∂|𝜕|d|grad|\\nabla|\\partial)[^=()]*?f\s*_?\{?\s*([apnₐₚₙ])\s*\}?(?![A-Za-z0-9])[^=()]*="#)
}
