import Foundation

extension SheetParser {
    /// `Q5.1 — w.r.t. f₁: f₅ − f₂; w.r.t. f₂: f₂ − f₁; w.r.t. f₃: 0`,
    /// `all zero: w.r.t. fₐ 0, w.r.t. fₚ 0, w.r.t. fₙ 0.`: a plain-text
    /// line of entries, each "w.r.t." (`wrt`, `with respect to`) a sample,
    /// a colon or nothing, then its value, the entries apart by `;` or `,`.
    /// Each entry is read as the loss's derivative, `dL/df₁ = f₅ − f₂`, in
    /// place. Only a line of two entries or more, each "w.r.t." followed at
    /// once by a sample and a value (a digit, a sample, a sign or a
    /// bracket), and nothing but the value and a separator between them;
    /// nil for any other line (`w.r.t. f₁ it is …` stays prose).
    static func wrtHeads(_ line: Fragment) -> Fragment? {
        let text = String(line.text)
        guard text.contains(where: { $0 == "w" || $0 == "W" }) else { return nil }
        let ns = text as NSString
        let found = wrtEntry.matches(in: text, range: NSRange(location: 0, length: ns.length))
        guard found.count >= 2 else { return nil }
        // Between one entry's head and the next: its value, then `;` or `,`.
        for (m, next) in zip(found, found.dropFirst()) {
            let between = ns.substring(with: NSRange(location: m.range.upperBound, length: next.range.location - m.range.upperBound))
                .trimmingCharacters(in: .whitespaces)
            guard let last = between.last, last == ";" || last == ",", between.count > 1,
                  !between.dropLast().contains(where: { $0 == ";" || $0.isLetter && !"fapnₐₚₙ".contains($0) }) else { return nil }
        }
        var edits: [(range: Range<Int>, text: String)] = []
        for m in found {
            let sample = ns.substring(with: m.range(at: 1)).filter { !$0.isWhitespace }
            let from = ns.substring(to: m.range.location).unicodeScalars.count
            let to = from + ns.substring(with: m.range).unicodeScalars.count
            edits.append((from..<to, "dL/d\(sample) = "))
        }
        return line.replacing(edits)
    }

    /// "w.r.t." and a sample (group 1), then `:` or `=` or nothing, up to
    /// where the value starts (a digit, a sample, a sign or a bracket).
    static let wrtEntry = try! NSRegularExpression(
        pattern: #"(?<![A-Za-z])(?:w\.\s?r\.\s?t\.?|wrt|with respect to)\s+(f\s*_?\{?\s*(?:[1-9apn]|[₁-₉ₐₚₙ])\s*\}?)(?![A-Za-z0-9₀-₉])\s*[:=]?\s*(?=[0-9f(\-−+])"#,
        options: .caseInsensitive)
}
