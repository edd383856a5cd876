import Foundation

extension TableRow {
    /// A figure corrected in its own cell: `1,366,400 — no: 1,446,400`,
    /// `64.5%, sorry, 65.4%`, `60,400 -> correction: 80,400`, a remark in
    /// brackets after the correction allowed (`(I mis-added the two
    /// levels)`). The first figure and the correction must each read as
    /// one figure (`read`), words of correction alone between them, nothing
    /// but the remark after: the correction, as written, and its value.
    /// Nil for any other cell (two figures without such words are for a
    /// person).
    static func correctedFigure(_ text: String, read: (String) -> Double?) -> (text: String, value: Double)? {
        // (`1,366,400 — actually 1,446,400 (according to my friend)`: a
        // correction the cell gives to someone else or doubts is none.)
        guard !CorrectionWords.disputes(text) else { return nil }
        let ns = text as NSString
        guard let m = correctedCell.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)) else { return nil }
        let first = ns.substring(with: m.range(at: 1)), second = ns.substring(with: m.range(at: 2)).trimmingWhitespace()
        guard read(first) != nil, let value = read(second) else { return nil }
        return (second, value)
    }

    /// A figure (group 1), words of correction, the corrected figure (group
    /// 2), perhaps a remark in brackets.
    static let correctedCell = try! NSRegularExpression(
        pattern: #"^\s*([^\s—–(][^—–(]*?)\s*(?:—|–|--|->|→|,|;)\s*(?:(?:no|sorry|oops|wait|correction|corrected|actually|i mean|rather|should be)\s*[,:]?\s*)+([^()—–:]+?)\s*(?:\([^()]*\))?\s*\.?\s*$"#,
        options: .caseInsensitive)
}
