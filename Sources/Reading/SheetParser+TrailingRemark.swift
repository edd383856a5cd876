import Foundation

extension SheetParser {
    /// `∂L/∂fₐ = 0, ∂L/∂fₚ = 0, ∂L/∂fₙ = 0 (max(0, ·) is flat when the
    /// argument is negative).`: a bracket closing a plain-text line after
    /// a value, holding a remark in words — three words or more, no `=`,
    /// no TeX (`\`, `_`, braces, `^`), no sample, no figure but 0, no word of correction or of a change to
    /// the values (`(wait, it is …)`, `(each times 2)`, `(negated)` stay) —
    /// is prose, set aside (blanked, places kept). Any other line is
    /// returned as it is.
    static func trailingRemarkSetAside(_ line: Fragment) -> Fragment {
        // (Cheap test first: most lines end in no bracket.)
        guard line.text.contains(")") else { return line }
        let scalars = Array(line.text.unicodeScalars)
        guard let (open, end) = Prose.closingBracket(scalars), open > 0, scalars[..<open].contains("=") else { return line }
        let inside = String(String.UnicodeScalarView(scalars[(open + 1)..<(end - 1)]))
        let words = inside.lowercased().split { !$0.isLetter }.filter { $0.count >= 2 }
        // (No TeX, `\bigl(\vec{f}_{n} - \vec{f}_{p}\bigr)`, and no index.)
        guard words.count >= 3, !inside.contains(where: { "=\\_{}^".contains($0) }), IndexPatterns.samplesNamed(inside).isEmpty,
              !inside.contains(where: { $0.isNumber && $0 != "0" }),
              // (`(all others are 0)`, `(the rest vanish)`: a value for the samples left.)
              !words.contains(where: { Self.restValueWords.contains(String($0)) }),
              !inside.unicodeScalars.contains(where: { (0x2080...0x2089).contains($0.value) || "ₐₚₙ".unicodeScalars.contains($0) }),
              !words.contains(where: { remarkStoppers.contains(String($0)) }),
              !ChangingWords.anywhere(inside), !CorrectionWords.disputes(inside) else { return line }
        return line.replacing([(range: open..<end, text: String(repeating: " ", count: end - open))])
    }

    /// Words that give the samples left a value in a bracket (`(the others vanish)`).
    static let restValueWords: Set<String> = ["others", "rest", "else", "zero", "zeros", "vanish", "remaining", "other"]

    /// Words that keep a closing bracket from being a mere remark: those of
    /// a correction, or that point at a sample's role or a value.
    static let remarkStoppers: Set<String> = CorrectionWords.saying.union(CorrectionWords.answerLabels).union(["no", "should", "wrong", "signs",
        "not", "instead", "mistake", "correct", "corrected", "typo", "for", "of", "sign", "minus", "plus",
        "fa", "fp", "fn", "times", "twice", "half", "double", "negated", "flipped", "swapped",
    ])
}
