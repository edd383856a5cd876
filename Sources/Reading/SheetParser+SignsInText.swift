import Foundation

extension SheetParser {
    /// A calculation in words whose signs alone are set in maths (`6 anchors
    /// $\times$ 2 same-class positives $\times$ 3 other-class negatives $=
    /// 36$`): each sign is the text it shows, joined to the words around it,
    /// so that the calculation is read as if it were typed in the words
    /// (`6 anchors × 2 … × 3 … = 36`). A sign alone is inline maths that is
    /// `\times`, `\cdot`, `\ast`, `×`, `·`, `⋅` or `*`, with text on both
    /// sides; `= N` (a whole number) only after such a sign, its sentence
    /// going on; a whole number alone beside such a sign (`$2$ classes
    /// $\times$ $3$ anchors`) is the factor it shows. Any other maths stays maths.
    static func signsAsText(_ pieces: [MathDelimiters.Piece]) -> [MathDelimiters.Piece] {
        func sign(_ tex: Substring) -> Bool {
            ["\\times", "\\cdot", "\\ast", "×", "·", "⋅", "*"].contains(tex.trimmingCharacters(in: .whitespaces))
        }
        func result(_ tex: Substring) -> String? {
            let t = tex.trimmingCharacters(in: .whitespaces)
            guard t.first == "=" else { return nil }
            let n = t.dropFirst().trimmingCharacters(in: .whitespaces)
            return !n.isEmpty && n.count <= 6 && n.allSatisfy { $0.isASCII && $0.isNumber } ? n : nil
        }
        func isText(_ i: Int) -> Bool { if i >= 0, i < pieces.count, case .text = pieces[i] { true } else { false } }
        func isSign(_ i: Int) -> Bool { if i >= 0, i < pieces.count, case .math(let m) = pieces[i] { !m.display && sign(m.tex.text) } else { false } }
        // `$2$ classes $\times$ $3$ anchors …`: a whole number alone in maths
        // beside such a sign (one piece of words between) is its factor.
        func number(_ tex: Substring) -> String? {
            let t = tex.trimmingCharacters(in: .whitespaces)
            return !t.isEmpty && t.count <= 6 && t.allSatisfy { $0.isASCII && $0.isNumber } ? t : nil
        }
        guard pieces.contains(where: { if case .math(let m) = $0 { !m.display && sign(m.tex.text) } else { false } }) else { return pieces }
        var out: [MathDelimiters.Piece] = []
        var run: FragmentBuilder?
        var signed = false
        func flush() {
            if let built = run, !built.isEmpty { out.append(.text(built.build(or: SourceLocation(line: 1, column: 1)))) }
            run = nil
            signed = false
        }
        for (i, piece) in pieces.enumerated() {
            switch piece {
            case .text(let t):
                if run == nil { run = FragmentBuilder() }
                run!.append(t)
            case .math(let m) where !m.display && isText(i - 1) && sign(m.tex.text) && isText(i + 1):
                run!.append(" \u{00D7} ", at: m.tex.start)
                signed = true
            case .math(let m) where !m.display && signed && isText(i - 1) && result(m.tex.text) != nil:
                run!.append(" = \(result(m.tex.text)!)", at: m.tex.start)
            case .math(let m) where !m.display && number(m.tex.text) != nil && (isSign(i + 1) || isSign(i - 1) || isText(i + 1) && isSign(i + 2) || isText(i - 1) && isSign(i - 2)):
                if run == nil { run = FragmentBuilder() }
                run!.append(number(m.tex.text)!, at: m.tex.start)
            case .math:
                flush()
                out.append(piece)
            }
        }
        flush()
        return out
    }
}
