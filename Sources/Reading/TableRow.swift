

/// Splitting and reading table rows.
public enum TableRow {
    /// The cells of a row with their 1-based columns, empty ones kept so
    /// that columns line up with the header: split at tabs, at `|` (the
    /// outer pipes of a Markdown row dropped), or at runs of two or more
    /// spaces.
    public static func cells(_ line: Substring) -> [(text: String, column: Int)] {
        var scalars = Array(line.unicodeScalars)
        while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
        let pipe = scalars.contains("|")
        var cells: [(text: String, column: Int)] = []
        var current = String.UnicodeScalarView()
        var start = 0
        var i = 0
        func flush() {
            let raw = String(current)
            let leading = raw.prefix { $0.isWhitespace }.unicodeScalars.count
            cells.append((raw.trimmingWhitespace(), start + leading + 1))
            current = String.UnicodeScalarView()
        }
        while i < scalars.count {
            let c = scalars[i]
            let wide = !pipe && c == " " && i + 1 < scalars.count && scalars[i + 1] == " "
            if c == "\t" || (pipe && c == "|") || wide {
                flush()
                if wide { while i + 1 < scalars.count, scalars[i + 1] == " " { i += 1 } }
                start = i + 1
            } else {
                current.append(c)
            }
            i += 1
        }
        flush()
        if pipe {
            if cells.first?.text.isEmpty == true { cells.removeFirst() }
            if cells.last?.text.isEmpty == true, scalars.last == "|" { cells.removeLast() }
        }
        return cells
    }

    /// A whole number written with optional thousands separators
    /// (`1,446,400`, `1 446 400`, `1’446’400`), or nil.
    public static func count(_ text: String) -> Double? {
        let digits = text.filter { !",  '’_".contains($0) }
        guard !digits.isEmpty, digits.count <= 15, digits.allSatisfy(\.isASCII), let n = Int(digits), n >= 0 else { return nil }
        return Double(n)
    }

    /// A percentage such as `73.00%` or `73.00 %`, or nil.
    public static func percentage(_ text: String) -> Double? {
        var t = text.trimmingWhitespace()
        if t.hasSuffix("%") { t = String(t.dropLast()).trimmingWhitespace() }
        guard t.count <= 20, let value = Double(t), value.isFinite else { return nil }
        return value
    }
}

extension String {
    func trimmingWhitespace() -> String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
