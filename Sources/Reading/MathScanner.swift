

/// Splits text into prose and math: `$$…$$` and `\[…\]` (display), `$…$` and
/// `\(…\)` (inline), and LaTeX's display environments written bare
/// (`\begin{align*}…\end{align*}`, likewise `equation`, `gather`, `multline`,
/// `eqnarray`, `aligned`, `gathered`, `split`). `\$` is a literal dollar. A delimiter left open is a
/// problem at the place it was opened.
public enum MathScanner {
    public enum Piece: Sendable {
        case prose(Fragment)
        case math(Fragment)
    }

    public struct Unclosed: Error, Sendable {
        public var delimiter: String
        public var location: SourceLocation
    }

    /// The pieces of `fragment` in order, or the first unclosed delimiter.
    public static func scan(_ fragment: Fragment) -> Result<[Piece], Unclosed> {
        let text = fragment.text
        let scalars = Array(text.unicodeScalars)
        var pieces: [Piece] = []
        var proseStart = 0
        var i = 0
        let indices = Array(text.unicodeScalars.indices) + [text.unicodeScalars.endIndex]
        var cursor = LocationCursor(fragment)
        func slice(_ a: Int, _ b: Int) -> Substring {
            Substring(text.unicodeScalars[indices[a]..<indices[b]])
        }
        func opener(at i: Int) -> (open: Int, close: [Unicode.Scalar])? {
            if scalars[i] == "$" {
                return i + 1 < scalars.count && scalars[i + 1] == "$" ? (2, ["$", "$"]) : (1, ["$"])
            }
            if scalars[i] == "\\", i + 1 < scalars.count {
                if scalars[i + 1] == "[" { return (2, ["\\", "]"]) }
                if scalars[i + 1] == "(" { return (2, ["\\", ")"]) }
                if let name = environment(scalars, at: i) {
                    return ("\\begin{\(name)}".unicodeScalars.count, Array("\\end{\(name)}".unicodeScalars))
                }
            }
            return nil
        }
        while i < scalars.count {
            if scalars[i] == "\\", i + 1 < scalars.count, scalars[i + 1] == "$" {
                i += 2
                continue
            }
            guard let (open, close) = opener(at: i) else {
                i += 1
                continue
            }
            let contentStart = i + open
            var j = contentStart
            var end: Int?
            while j + close.count <= scalars.count {
                if scalars[j] == "\\", j + 1 < scalars.count, scalars[j + 1] == "$" {
                    j += 2
                    continue
                }
                if Array(scalars[j..<(j + close.count)]) == close {
                    end = j
                    break
                }
                j += 1
            }
            guard let end else {
                let delimiter = String(String.UnicodeScalarView(scalars[i..<contentStart]))
                return .failure(Unclosed(delimiter: delimiter, location: cursor.location(at: i)))
            }
            if proseStart < i {
                pieces.append(.prose(Fragment(slice(proseStart, i), start: cursor.location(at: proseStart))))
            }
            pieces.append(.math(Fragment(slice(contentStart, end), start: cursor.location(at: contentStart))))
            i = end + close.count
            proseStart = i
        }
        if proseStart < scalars.count {
            pieces.append(.prose(Fragment(slice(proseStart, scalars.count), start: cursor.location(at: proseStart))))
        }
        return .success(pieces)
    }

    /// The display environments whose content is maths.
    static let environments: Set<String> = [
        "equation", "align", "aligned", "alignat", "gather", "gathered", "multline", "eqnarray", "split", "flalign",
    ]

    /// The name of a maths environment begun at `i` (`\begin{align*}` →
    /// `align*`), if one is.
    static func environment(_ scalars: [Unicode.Scalar], at i: Int) -> String? {
        let begin = Array("\\begin{".unicodeScalars)
        guard i + begin.count < scalars.count, Array(scalars[i..<(i + begin.count)]) == begin else { return nil }
        var j = i + begin.count
        var name = String.UnicodeScalarView()
        while j < scalars.count, scalars[j] != "}", name.count < 20 { name.append(scalars[j]); j += 1 }
        guard j < scalars.count, scalars[j] == "}" else { return nil }
        let text = String(name)
        let base = text.hasSuffix("*") ? String(text.dropLast()) : text
        return environments.contains(base) ? text : nil
    }
}
