import Foundation

extension SheetParser {
    /// The range a general index runs over, said beside the derivatives
    /// (`… with respect to f_i for i = 1..6:`, `for $i = 1, \dots, 6$`,
    /// `i = 1 to 6`, `i in 1..6`, `$i \in \{1, \ldots, 6\}$`, `$1 \le i
    /// \le 6$`): it names the samples the answers are about, and answers
    /// nothing. The maths is cut there: what stands before the range is
    /// read as before (with its prose), what follows it (not a mark alone)
    /// as maths of its own. A bare index letter (`i`, `j`, `k`, `m`, `t`,
    /// never `f_i`) and a range of whole numbers, its first below its last;
    /// anything else is left as it is.
    ///
    /// ```
    /// for i = 1..6:                  (cut)
    /// for i = 1, 2, ..., 6           (cut)
    /// i = 1                          (no range: left)
    /// f_i = 1..6                     (no bare index: left)
    /// ```
    static func withoutIndexRange(_ piece: MathFragment) -> [MathFragment] {
        let text = String(piece.fragment.text)
        guard let (lower, upper) = indexRange(in: text) else { return [piece] }
        let scalars = text.unicodeScalars
        func offset(_ index: String.Index) -> Int {
            scalars.distance(from: scalars.startIndex, to: index.samePosition(in: scalars) ?? scalars.endIndex)
        }
        let (cutStart, cutEnd) = (offset(lower), offset(upper))
        var pieces: [MathFragment] = []
        var before = piece
        before.fragment = piece.fragment.slice(0..<cutStart)
        if before.fragment.text.contains(where: { !$0.isWhitespace }) || piece.proseBefore.contains(where: { !$0.isWhitespace }) {
            pieces.append(before)
        }
        var after = piece
        after.fragment = piece.fragment.slice(cutEnd..<piece.fragment.count)
        after.proseBefore = ""
        if after.fragment.text.contains(where: { !$0.isWhitespace && !".,;:$".contains($0) }) { pieces.append(after) }
        return pieces
    }

    /// Where the first range of a bare index stands in a text
    /// (`withoutIndexRange`), with a mark closing it (`:`, `.`, `,`, `;`).
    static func indexRange(in text: String) -> (String.Index, String.Index)? {
        // (Asked of every maths fragment: one with no ASCII digit for the
        // bounds, or no index letter standing alone, has no range, and
        // neither pattern need run. A weaker test than the patterns': a
        // letter next to it is only ASCII here.)
        guard text.utf8.contains(where: { (0x30...0x39).contains($0) }) else { return nil }
        let scalars = Array(text.unicodeScalars)
        guard scalars.indices.contains(where: { i in
            "ijkmt".unicodeScalars.contains(scalars[i])
                && (i == 0 || !(Prose.isLetter(scalars[i - 1]) || Prose.isDigit(scalars[i - 1]) || "_\\{".unicodeScalars.contains(scalars[i - 1])))
                && (i + 1 == scalars.count || !(Prose.isLetter(scalars[i + 1]) || Prose.isDigit(scalars[i + 1]) || scalars[i + 1] == "_"))
        }) else { return nil }
        for regex in indexRangePatterns {
            guard let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
                  let whole = Range(match.range, in: text),
                  let first = Range(match.range(at: 1), in: text).flatMap({ Int(text[$0]) }),
                  let last = Range(match.range(at: 2), in: text).flatMap({ Int(text[$0]) }),
                  first < last else { continue }
            return (whole.lowerBound, whole.upperBound)
        }
        return nil
    }

    /// `indexRange`'s two shapes, compiled once: `i = 1..6` (in any
    /// brackets, dots or words between) and `1 \le j \le 6`.
    private static let indexRangePatterns: [NSRegularExpression] = {
        // (Neither a subscript, `f_i`, nor a letter of a word or a command, `\min`.)
        let index = #"(?<![\p{L}\d_\\{])[ijkmt](?![\p{L}\d_])"#
        let number = #"\s*(\d{1,2})\s*"#
        let dots = #"(?:\.{2,3}|…|\\[lc]?dots|\\ldotp)"#
        let between = #"(?:"# + dots + #"|,\s*(?:\d{1,2}\s*,\s*)*"# + dots + #"\s*,|\bto\b|\\text\{\s*to\s*\}|[-–])"#
        let member = #"\s*(?:=|\\in|∈|\bin\b)\s*(?:\\?\{|\[)?"#
        // (In brackets whole, `(k = 1..6)`, the brackets go with it.)
        let open = #"(?:\(\s*)?"#
        let close = #"\s*(?:\\?\}|\])?\s*\)?\s*[:.,;]?"#
        let bound = #"(?:\\leq?|≤|<=)"#
        return [
            open + index + member + number + between + number + close,
            number + bound + #"\s*"# + index + #"\s*"# + bound + number + #"[:.,;]?"#,
        ].map { try! NSRegularExpression(pattern: $0) }
    }()
}
