import Foundation

extension SheetParser {
    /// Whether a plain-text line says in words which roles a sample plays
    /// (`f_1: anchor twice (t1, t2); positive twice (t3, t5); never
    /// negative.`, `Sample f1: t1 as anchor, t3 as positive.`): a sample
    /// (perhaps after a word, "Sample") before a colon, then only words and
    /// triplets' names, a role among the words; no `=`, no operation, no
    /// number of its own. It heads the working that follows; read as maths,
    /// its colon and words would be taken for a value.
    static func namesRolesInWords(_ text: Substring) -> Bool {
        guard !text.contains("="), let colon = text.firstIndex(of: ":") else { return false }
        let label = text[..<colon].split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard let sample = label.last, isIndexed(sample, letter: "f"), label.count <= 2,
              label.dropLast().allSatisfy({ $0.allSatisfy(\.isLetter) }) else { return false }
        let words = text[text.index(after: colon)...].split(whereSeparator: { " \t,;.()".contains($0) })
        let roles: Set<String> = ["anchor", "positive", "negative", "anchors", "positives", "negatives"]
        return words.contains { roles.contains($0.lowercased()) }
            && words.allSatisfy { word in word.allSatisfy(\.isLetter) || isIndexed(word, letter: "t") }
    }

    /// `f1`, `f_1`, `f_{1}`, `f₁` (for `letter` f): a letter and its index
    /// in digits, as plain text writes a sample or a triplet.
    private static func isIndexed(_ word: Substring, letter: Character) -> Bool {
        guard word.first == letter else { return false }
        var rest = word.dropFirst()
        if rest.first == "_" { rest = rest.dropFirst() }
        if rest.first == "{", rest.last == "}" { rest = rest.dropFirst().dropLast() }
        let subscripts = "₀₁₂₃₄₅₆₇₈₉"
        return !rest.isEmpty && (rest.allSatisfy { $0.isASCII && $0.isNumber } || rest.allSatisfy(subscripts.contains))
    }
}

extension SheetParser {
    /// Whether the text of a line before a colon is only samples' names:
    /// nothing (the names were maths just before it) or a plain-text list
    /// `f1, f5 and f6` (`f_1`, `f₁`), from the line's or sentence's start.
    static func namesOnly(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        var start = scalars.endIndex
        while start > scalars.startIndex, scalars[start - 1] != "\n", !(scalars[start - 1] == "." && start < scalars.endIndex && scalars[start] == " ") {
            start -= 1
        }
        let text = String(String.UnicodeScalarView(scalars[start...]))
        let names = text.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "\t" }).filter { $0 != "and" }
        return names.allSatisfy { isIndexed($0, letter: "f") }
    }

    /// Whether the words after a value are nothing but its sentence's end
    /// and perhaps a remark in brackets (` (not in this triplet).`).
    static func remarkOnly(_ after: String) -> Bool {
        var rest = after.trimmingWhitespace()
        if rest.hasSuffix(".") { rest.removeLast() }
        rest = rest.trimmingWhitespace()
        guard !rest.isEmpty else { return true }
        guard rest.hasPrefix("("), rest.hasSuffix(")") else { return false }
        return !rest.dropFirst().dropLast().contains { $0 == "(" || $0 == ")" }
    }
}
