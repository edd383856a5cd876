/// Finds maths in text by its delimiters: `$$…$$` and `\[…\]` (display),
/// `$…$` and `\(…\)` (inline), `` $`…`$ `` (GitHub), and LaTeX's display
/// environments written bare (`\begin{align*}…\end{align*}`, likewise
/// `equation`, `gather`, `multline`, `eqnarray`, `aligned`, `gathered`,
/// `split`, `flalign`, `alignat`). `\$` is a literal dollar.
public enum MathDelimiters {
    public enum Piece: Sendable {
        case text(Fragment)
        case math(MathSource)

        /// Where the piece starts.
        public var location: SourceLocation {
            switch self {
            case .text(let t): t.start
            case .math(let m): m.location
            }
        }
    }

    /// A delimiter without its closer.
    public struct Unclosed: Error, Sendable {
        public var delimiter: String
        public var location: SourceLocation
        /// Scalar offset of the opener in the scanned text.
        public var offset: Int
    }

    /// The display environments whose content is maths.
    public static let environments: Set<String> = [
        "equation", "align", "aligned", "alignat", "gather", "gathered", "multline", "eqnarray", "split", "flalign",
    ]

    /// The pieces of `fragment` in order, and the first delimiter left open
    /// (the text from it on is one text piece).
    public static func scan(_ fragment: Fragment) -> (pieces: [Piece], unclosed: Unclosed?) {
        let scalars = Array(fragment.text.unicodeScalars)
        var pieces: [Piece] = []
        var textStart = 0
        var i = 0
        var cut = FragmentSlicer(fragment)
        while i < scalars.count {
            if scalars[i] == "\\", i + 1 < scalars.count, scalars[i + 1] == "$" { i += 2; continue }
            // `\\[2pt]`: a line break with its space, not `\[`.
            if scalars[i] == "\\", i + 1 < scalars.count, scalars[i + 1] == "\\" { i += 2; continue }
            guard let (open, close, display, name) = opener(scalars, at: i) else { i += 1; continue }
            guard let end = closer(scalars, from: i + open, close) else {
                if textStart < i { pieces.append(.text(cut.slice(textStart..<i))) }
                let at = cut.location(at: i)
                pieces.append(.text(cut.slice(i..<scalars.count)))
                return (pieces, Unclosed(delimiter: name, location: at, offset: i))
            }
            if textStart < i { pieces.append(.text(cut.slice(textStart..<i))) }
            let at = cut.location(at: i)
            pieces.append(.math(MathSource(tex: cut.slice(content(from: i, open: open, end: end, close: close, name: name)),
                                           display: display, delimiter: name, location: at)))
            i = end + close.count
            textStart = i
        }
        if textStart < scalars.count { pieces.append(.text(cut.slice(textStart..<scalars.count))) }
        return (pieces, nil)
    }

    /// Follows the delimiters of text fed line by line (a delimiter never
    /// spans a line feed), to tell whether maths is open at the end of the
    /// text so far: a paragraph whose displayed maths goes on past a blank
    /// line.
    public struct Tracker: Sendable {
        private var closer: [Unicode.Scalar]?
        private var display = false

        public init() {}

        /// Whether displayed maths is open after the lines fed.
        public var openDisplay: Bool { closer != nil && display }
        /// Whether any maths is open.
        public var open: Bool { closer != nil }

        public mutating func feed(_ line: Substring) {
            let s = Array(line.unicodeScalars)
            var i = 0
            while i < s.count {
                if s[i] == "\\", i + 1 < s.count, s[i + 1] == "$" { i += 2; continue }
                if closer == nil, s[i] == "\\", i + 1 < s.count, s[i + 1] == "\\" { i += 2; continue }
                if let close = closer {
                    if s[i] == close[0], i + close.count <= s.count, Array(s[i..<(i + close.count)]) == close {
                        i += close.count
                        closer = nil
                    } else {
                        i += 1
                    }
                    continue
                }
                guard let (open, close, isDisplay, _) = MathDelimiters.opener(s, at: i) else { i += 1; continue }
                closer = close
                display = isDisplay
                i += open
            }
        }
    }

    /// The opener at `i`: its length, its closer, whether it displays, its name.
    static func opener(_ s: [Unicode.Scalar], at i: Int) -> (Int, [Unicode.Scalar], Bool, String)? {
        if s[i] == "$" {
            if i + 1 < s.count, s[i + 1] == "`" { return (2, ["`", "$"], false, "$`") }
            return i + 1 < s.count && s[i + 1] == "$" ? (2, ["$", "$"], true, "$$") : (1, ["$"], false, "$")
        }
        guard s[i] == "\\", i + 1 < s.count else { return nil }
        if s[i + 1] == "[" {
            // `\\[2pt]`: a row's end with its spacing, not displayed maths.
            if i > 0, s[i - 1] == "\\", spacing(s, from: i + 2) { return nil }
            return (2, ["\\", "]"], true, "\\[")
        }
        if s[i + 1] == "(" { return (2, ["\\", ")"], false, "\\(") }
        if let name = environment(s, at: i) {
            return ("\\begin{\(name)}".unicodeScalars.count, Array("\\end{\(name)}".unicodeScalars), true, "\\begin{\(name)}")
        }
        return nil
    }

    /// Whether a TeX length and `]` stand at `from` (`2pt]`, `-0.5ex]`,
    /// `1.2 em]`): the spacing argument of a row's end `\\[…]`.
    static func spacing(_ s: [Unicode.Scalar], from: Int) -> Bool {
        var j = from
        if j < s.count, s[j] == "-" || s[j] == "+" { j += 1 }
        let digits = j
        while j < s.count, ("0"..."9").contains(s[j]) || s[j] == "." { j += 1 }
        guard j > digits else { return false }
        while j < s.count, s[j] == " " { j += 1 }
        let units = ["pt", "mm", "cm", "in", "ex", "em", "bp", "pc", "dd", "cc", "sp", "mu"]
        guard j + 2 < s.count, units.contains(String(String.UnicodeScalarView(s[j..<(j + 2)]))) else { return false }
        j += 2
        while j < s.count, s[j] == " " { j += 1 }
        return j < s.count && s[j] == "]"
    }

    /// The maths of a span: what is between `$…$`, `\[…\]`; a bare
    /// environment whole, `\begin{alignat*}{1}…\end{alignat*}`, so that the
    /// grammar reads the environment's arguments (`{1}`) by its table, as it
    /// does inside `$$…$$`, and never as the first row.
    static func content(from i: Int, open: Int, end: Int, close: [Unicode.Scalar], name: String) -> Range<Int> {
        name.hasPrefix("\\begin{") ? i..<(end + close.count) : (i + open)..<end
    }

    /// Where `close` starts after `from`, `\$` skipped.
    static func closer(_ s: [Unicode.Scalar], from: Int, _ close: [Unicode.Scalar]) -> Int? {
        var j = from
        while j + close.count <= s.count {
            if s[j] == "\\", j + 1 < s.count, s[j + 1] == "$" { j += 2; continue }
            if s[j] == close[0], Array(s[j..<(j + close.count)]) == close { return j }
            j += 1
        }
        return nil
    }

    /// The name of a maths environment begun at `i` (`\begin{align*}` →
    /// `align*`), if one is.
    static func environment(_ s: [Unicode.Scalar], at i: Int) -> String? {
        let begin = Array("\\begin{".unicodeScalars)
        guard i + begin.count < s.count, Array(s[i..<(i + begin.count)]) == begin else { return nil }
        var j = i + begin.count
        var name = String.UnicodeScalarView()
        while j < s.count, s[j] != "}", name.count < 20 { name.append(s[j]); j += 1 }
        guard j < s.count, s[j] == "}" else { return nil }
        let text = String(name)
        let base = text.hasSuffix("*") ? String(text.dropLast()) : text
        return environments.contains(base) ? text : nil
    }
}
