import CoursecheckAssignment
import CoursecheckMaths
import CoursecheckNotation

extension SheetParser {
    /// The lines of a plain-text answer with a chain wrapped over two lines
    /// of its paragraph joined again: a line of maths (it holds `=`) that
    /// ends in `+`, `−`, `=`, `·` or `×` goes on on the next line
    /// (`∂L/∂f₁ = (f₅ − f₂) + … = 2 f₁ + f₄ +` / `f₅ − 2 f₂`), and so does
    /// one whose next line starts with `+` or `−` (U+2212; not `-`, which
    /// may be a list's dash) (`… = f₃ + f₅ + f₆` / `− 2 f₁ − f₂`), as an
    /// HTML page or a Markdown paragraph shows them: on one line.
    static func wrappedLinesJoined(_ lines: [Fragment]) -> [Fragment] {
        Fragment.joiningContinuations(lines) { last, line in continuesOnNextLine(last.text, next: line.text) }
    }

    /// Whether `line`, a line of a chain, is cut where `next` goes on with it.
    static func continuesOnNextLine(_ line: Substring, next: Substring) -> Bool {
        guard line.contains("="), let end = line.last(where: { !$0.isWhitespace }),
              let start = next.first(where: { !$0.isWhitespace }) else { return false }
        // The next line is maths: no word of two letters or more.
        let words = next.split(whereSeparator: { !$0.isLetter })
        guard !words.contains(where: { $0.count > 1 && $0.allSatisfy(\.isASCII) }) else { return false }
        return "+−=·×".contains(end) || "+−".contains(start) && !next.hasPrefix("++")
    }
}
