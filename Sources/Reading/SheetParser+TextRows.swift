import Foundation
import CoursecheckNotation

extension SheetParser {
    /// A display's rows of words that give the samples left a value in words
    /// (`&\text{(zero for every other sample)}`, `\text{(the others are
    /// zero)}`, `\text{all remaining gradients vanish}` between `\\`): the
    /// `\text{…}` made the words before the value and the value itself,
    /// `\text{the gradients are the others} 0`, as a row that writes
    /// `\text{the others are } 0` is read. The value stands where the
    /// words began.
    ///
    /// Only a row that holds nothing but the words (an alignment `&`
    /// aside), whose sentence speaks of the samples left (`DerivativeContext.speaksOfTheRest`,
    /// `speaksOfOthers`, `namesSamplesOutside`) and names no sample by
    /// number: `\text{(zero for } f_3, f_4 \text{)}` or `\text{zero for f3}`
    /// are left as they are.
    static func textRowsAsValues(_ tex: Fragment, hypothetical: Set<String>) -> Fragment {
        guard tex.text.contains("\\text") else { return tex }
        let scalars = Array(tex.text.unicodeScalars)
        var pieces: [(range: Range<Int>, text: String)] = []
        for row in textRows(scalars) {
            let words = tex.slice(row.words)
            guard !words.text.contains(where: { $0.isNumber && $0 != "0" }),
                  let zero = valueInWords(in: words, hypothetical: hypothetical) else { continue }
            var said = DerivativeContext()
            said.sentence = zero.value.proseBefore
            guard said.speaksOfTheRest || said.speaksOfOthers || said.namesSamplesOutside else { continue }
            let prose = zero.value.proseBefore.filter { !"{}\\$".contains($0) }
            pieces.append((row.command, "\\text{\(prose)} 0"))
        }
        return pieces.isEmpty ? tex : tex.replacing(pieces)
    }

    /// The `\text{…}` groups of a display that stand alone on their row:
    /// between the display's start, a row break `\\` or an environment's
    /// `\begin{…}` and the next `\\`, `\end{…}` or the end, nothing but
    /// spaces and `&`. `command` is the group with its command, `words`
    /// what its braces hold (no brace inside).
    static func textRows(_ scalars: [Unicode.Scalar]) -> [(command: Range<Int>, words: Range<Int>)] {
        let names = ["\\text{", "\\textrm{", "\\mbox{"].map { Array($0.unicodeScalars) }
        var result: [(command: Range<Int>, words: Range<Int>)] = []
        var i = 0
        while i < scalars.count {
            guard scalars[i] == "\\", let name = names.first(where: { scalars[i...].starts(with: $0) }) else { i += 1; continue }
            let open = i + name.count
            guard let close = scalars[open...].firstIndex(where: { $0 == "}" || $0 == "{" }), scalars[close] == "}" else { i = open; continue }
            if rowOpens(scalars, before: i), rowCloses(scalars, after: close + 1) {
                result.append((i..<(close + 1), open..<close))
            }
            i = close + 1
        }
        return result
    }

    /// Whether only spaces and `&` stand between a row's opening (the
    /// start, `\\`, or the `}` closing `\begin{…}`) and `offset`.
    static func rowOpens(_ scalars: [Unicode.Scalar], before offset: Int) -> Bool {
        var k = offset - 1
        while k >= 0, scalars[k].properties.isWhitespace || scalars[k] == "&" { k -= 1 }
        if k < 0 { return true }
        if scalars[k] == "\\", k > 0, scalars[k - 1] == "\\" { return true }
        guard scalars[k] == "}", let open = scalars[..<k].lastIndex(of: "{") else { return false }
        return String(String.UnicodeScalarView(scalars[..<open])).hasSuffix("\\begin")
    }

    /// Whether only spaces and `&` stand between `offset` and a row's end
    /// (the end, `\\` or `\end{…}`).
    static func rowCloses(_ scalars: [Unicode.Scalar], after offset: Int) -> Bool {
        var k = offset
        while k < scalars.count, scalars[k].properties.isWhitespace || scalars[k] == "&" { k += 1 }
        return k == scalars.count || scalars[k...].starts(with: "\\\\".unicodeScalars) || scalars[k...].starts(with: "\\end".unicodeScalars)
    }
}
