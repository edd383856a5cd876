/// A LaTeX `tabular` (in a LaTeX document or pasted into Markdown) as a
/// table: rows end at `\\`, cells at `&` (not `\&`), rules (`\hline`,
/// `\toprule`, `\midrule`, `\bottomrule`, `\cline{…}`) are not cells, and
/// each cell's maths is found by its delimiters. `tabular*`, `tabularx`,
/// `tabulary` (a width before the columns) and `longtable` (its
/// `\endhead`, `\endfoot`, …, and a `\caption` row, not cells) are read
/// the same.
enum LaTeXTabular {
    /// The environments read as tables, and how many braced arguments
    /// (the width, the columns) stand after `\begin{…}`.
    static let environments: [String: Int] = ["tabular": 1, "tabular*": 2, "tabularx": 2, "tabulary": 2, "longtable": 1]

    /// The table environment a line opens (`\begin{longtable}{|l|r|}` → `longtable`), if any.
    static func environment(opening line: Substring) -> String? {
        guard line.hasPrefix("\\begin{") else { return nil }
        let rest = line.dropFirst("\\begin{".count)
        guard let close = rest.firstIndex(of: "}") else { return nil }
        let name = String(rest[..<close])
        return environments[name] != nil ? name : nil
    }

    struct Result {
        var table: Table
        var problems: [SheetDocument.Problem]
    }

    /// The table of the lines from `\begin{tabular}{…}` to `\end{tabular}`
    /// (or another of `environments`).
    static func table(_ lines: [SourceLine], environment: String = "tabular") -> Result {
        let fragment = SourceLine.fragment(lines)
        let s = Array(fragment.text.unicodeScalars)
        var cut = FragmentSlicer(fragment)
        var i = 0
        // After `\begin{tabular}` and its column specification (a width before it in `tabularx`).
        if let begin = find(s, "\\begin{\(environment)}", from: 0) {
            i = begin + "\\begin{\(environment)}".unicodeScalars.count
            for _ in 0..<(environments[environment] ?? 1) {
                while i < s.count, s[i] == " " { i += 1 }
                if i < s.count, s[i] == "[" { while i < s.count, s[i] != "]" { i += 1 }; i += 1 }
                while i < s.count, s[i] == " " { i += 1 }
                if i < s.count, s[i] == "{" { i = groupEnd(s, from: i) }
            }
        }
        let end = find(s, "\\end{\(environment)}", from: i) ?? s.count
        var problems: [SheetDocument.Problem] = []
        let rows = cellRanges(s, from: i, to: end, dollarsOpenMaths: true).map { ranges in
            ranges.map { range -> Table.Cell in
                let piece = cut.slice(range)
                var parser = MarkdownInlines(markup: false)
                let inlines = parser.parse(piece)
                problems += parser.problems
                return Table.Cell(inlines: inlines, location: piece.start)
            }
        }.filter { row in row.contains(where: { !$0.source.allSatisfy(\.isWhitespace) }) }
        return Result(table: Table(rows: rows, headerRows: 0), problems: problems)
    }

    /// The rows of a table's body from `start` to `end`, each its cells'
    /// ranges, trimmed of space and rules: rows end at `\\\\` (its
    /// `[2pt]` spacing dropped), cells at `&` (not `\\&`), both outside
    /// braces and, when `dollarsOpenMaths`, outside `$ … $`.
    static func cellRanges(_ s: [Unicode.Scalar], from start: Int, to end: Int, dollarsOpenMaths: Bool) -> [[Range<Int>]] {
        var rows: [[Range<Int>]] = []
        var row: [Range<Int>] = []
        var cellStart = start
        var depth = 0
        var inMath = false
        func closeCell(_ j: Int) {
            var lower = skipRules(s, from: cellStart, to: j), upper = j
            while lower < upper, s[lower].properties.isWhitespace { lower += 1 }
            while upper > lower, s[upper - 1].properties.isWhitespace { upper -= 1 }
            row.append(lower..<upper)
        }
        var j = start
        while j < end {
            let c = s[j]
            if c == "\\", j + 1 < end {
                if s[j + 1] == "\\", depth == 0, !inMath {
                    closeCell(j)
                    rows.append(row)
                    row = []
                    j += 2
                    // `\\[2pt]`: the spacing is not the next cell's.
                    if j < end, s[j] == "[" { while j < end, s[j] != "]" { j += 1 }; j += 1 }
                    cellStart = j
                    continue
                }
                j += 2
                continue
            }
            if c == "$", dollarsOpenMaths { inMath.toggle() }
            if c == "{" { depth += 1 }
            if c == "}" { depth = max(0, depth - 1) }
            if c == "&", depth == 0, !inMath {
                closeCell(j)
                cellStart = j + 1
            }
            j += 1
        }
        closeCell(end)
        rows.append(row)
        return rows
    }

    static let rules = ["\\hline", "\\toprule", "\\midrule", "\\bottomrule", "\\cline", "\\cmidrule",
                        "\\endfirsthead", "\\endhead", "\\endfoot", "\\endlastfoot", "\\caption", "\\label"]

    /// The index after any rules (and their arguments) at `from`.
    static func skipRules(_ s: [Unicode.Scalar], from: Int, to end: Int) -> Int {
        var i = from
        while true {
            while i < end, s[i].properties.isWhitespace { i += 1 }
            guard let rule = rules.first(where: { matches(s, $0, at: i) }) else { return i }
            i += rule.unicodeScalars.count
            if i < end, s[i] == "*" { i += 1 }
            while i < end, s[i] == "(" || s[i] == "[" || s[i] == "{" {
                if s[i] == "{" { i = min(end, groupEnd(s, from: i)); continue }
                let close: Unicode.Scalar = s[i] == "(" ? ")" : s[i] == "[" ? "]" : "}"
                while i < end, s[i] != close { i += 1 }
                i += 1
            }
        }
    }

    static func matches(_ s: [Unicode.Scalar], _ word: String, at i: Int) -> Bool {
        let w = Array(word.unicodeScalars)
        guard i + w.count <= s.count, Array(s[i..<(i + w.count)]) == w else { return false }
        return i + w.count == s.count || !HTMLScanner.isASCIILetter(s[i + w.count])
    }

    static func find(_ s: [Unicode.Scalar], _ word: String, from: Int) -> Int? {
        let w = Array(word.unicodeScalars)
        var i = from
        while i + w.count <= s.count {
            if s[i] == w[0], Array(s[i..<(i + w.count)]) == w { return i }
            i += 1
        }
        return nil
    }

    /// The index after the braced group opened at `from`.
    static func groupEnd(_ s: [Unicode.Scalar], from: Int) -> Int {
        var depth = 0
        var i = from
        while i < s.count {
            if s[i] == "\\" { i += 2; continue }
            if s[i] == "{" { depth += 1 }
            if s[i] == "}" { depth -= 1; if depth == 0 { return i + 1 } }
            i += 1
        }
        return s.count
    }
}

extension Table {
    /// A display that is one `array` environment (`\begin{array}{l|cccccc}
    /// … \end{array}`, alone but for space): a table whose cells are its
    /// cells' maths, its first row the header; nil for any other display.
    /// Rows end at `\\`, cells at `&` (both outside braces), and rules are
    /// not cells, as in a `tabular`. Rows with `=` past their first cell
    /// are aligned equations, not a table.
    public static func mathArray(_ display: MathSource) -> Table? {
        let fragment = display.tex
        let s = Array(fragment.text.unicodeScalars)
        var lower = 0, upper = s.count
        while lower < upper, s[lower].properties.isWhitespace { lower += 1 }
        while upper > lower, s[upper - 1].properties.isWhitespace { upper -= 1 }
        let begin = "\\begin{array}", end = "\\end{array}"
        guard LaTeXTabular.matches(s, begin, at: lower), upper - lower > begin.count + end.count,
              Array(s[(upper - end.unicodeScalars.count)..<upper]) == Array(end.unicodeScalars) else { return nil }
        var i = lower + begin.unicodeScalars.count
        while i < upper, s[i] == " " { i += 1 }
        if i < upper, s[i] == "[" { while i < upper, s[i] != "]" { i += 1 }; i += 1 }
        while i < upper, s[i] == " " { i += 1 }
        guard i < upper, s[i] == "{" else { return nil }
        i = LaTeXTabular.groupEnd(s, from: i)
        let bodyEnd = upper - end.unicodeScalars.count
        // One array: another inside it is not a table's cell.
        guard i < bodyEnd, LaTeXTabular.find(Array(s[i..<bodyEnd]), "\\begin{", from: 0) == nil else { return nil }
        var cut = FragmentSlicer(fragment)
        let rows = LaTeXTabular.cellRanges(s, from: i, to: bodyEnd, dollarsOpenMaths: false).map { ranges in
            ranges.map { range -> Table.Cell in
                let piece = cut.slice(range)
                let inlines: [Inline] = range.isEmpty ? [] : [.math(MathSource(tex: piece, display: false, delimiter: "array", location: piece.start))]
                return Table.Cell(inlines: inlines, location: piece.start)
            }
        }.filter { row in row.contains(where: { !$0.inlines.isEmpty }) }
        // Rows of equations aligned at `&` (`\frac{…}{…} & = f_n - f_p \\`)
        // are a display, not a table: past its first column, no cell states
        // anything.
        guard rows.count >= 2, rows.allSatisfy({ $0.count >= 2 }),
              !rows.contains(where: { $0.dropFirst().contains { $0.source.contains("=") || $0.source.contains("\\coloneq") } })
        else { return nil }
        return Table(rows: rows, headerRows: 1)
    }
}
