import Foundation


/// Splitting and reading table rows.
public enum TableRow {
    /// The cells of a row with their 1-based columns, empty ones kept so
    /// that columns line up with the header: split at tabs, at `|` (the
    /// outer pipes of a Markdown row dropped), or at runs of two or more
    /// spaces.
    public static func cells(_ line: Substring) -> [(text: String, column: Int)] {
        if !line.contains("|"), let latex = latexCells(line) { return latex }
        var scalars = Array(line.unicodeScalars)
        while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
        let pipe = scalars.contains("|")
        var cells: [(text: String, column: Int)] = []
        var current = String.UnicodeScalarView()
        var start = 0
        var i = 0
        // Two or three spaces before the first cell indent the row (an
        // empty first cell, a header's corner, is as wide as the names under it).
        let indent = scalars.prefix { $0 == " " }.count
        if !pipe, (2...3).contains(indent), indent < scalars.count, scalars[indent] != "\t" {
            i = indent
            start = indent
        }
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

    /// The cells of a LaTeX `tabular` row, `RNN & 60{,}400 & 64.64\\% \\\\`:
    /// split at `&` (not `\\&`), the row's `\\\\` and rules dropped; nil
    /// for a line without `&`.
    static func latexCells(_ line: Substring) -> [(text: String, column: Int)]? {
        let scalars = Array(line.unicodeScalars)
        var cells: [(text: String, column: Int)] = []
        var current = String.UnicodeScalarView()
        var start = 0
        var split = false
        func flush(_ end: Int) {
            var raw = String(current)
            for rule in ["\\\\", "\\hline", "\\midrule", "\\toprule", "\\bottomrule"] { raw = raw.replacingBytes(rule, with: "") }
            let leading = String(current).prefix { $0.isWhitespace }.unicodeScalars.count
            cells.append((raw.trimmingWhitespace(), start + leading + 1))
            current = String.UnicodeScalarView()
        }
        for (i, c) in scalars.enumerated() {
            if c == "&", i == 0 || scalars[i - 1] != "\\" {
                flush(i)
                start = i + 1
                split = true
            } else {
                current.append(c)
            }
        }
        guard split else { return nil }
        flush(scalars.count)
        return cells
    }

    /// A whole number written with optional thousands separators
    /// (`1,446,400`, `1 446 400` with any space, U+202F's too, `1’446’400`, `60{,}400`, `60\,400`), or
    /// abbreviated (`241.6k`, `1.4464M`, `1.4464 \times 10^6`, `1.4464e6`):
    /// read exactly as stated, so `1.45M` is 1,450,000. nil when it is not a
    /// whole number.
    public static func count(_ text: String) -> Double? {
        reading(text)?.value
    }

    /// The place value of the last digit a count states (`0.06M`: 10,000;
    /// `241.6k`: 100; `60,400`: 1), read as `statedCount` reads it; 1 when
    /// it does not read.
    public static func statedStep(_ text: String) -> Int {
        if let read = reading(text) { return read.step }
        guard let equals = text.lastIndex(of: "=") else { return 1 }
        return reading(String(text[text.index(after: equals)...]))?.step ?? 1
    }

    /// A count as `count` reads it, and the place value of its last digit.
    private static func reading(_ text: String) -> (value: Double, step: Int)? {
        var t = siunitx(withoutTicks(text))
        for (from, to) in [("{,}", ","), ("\\,", ""), ("\\ ", ""), ("$", ""), ("~", ""), ("{", ""), ("}", "")] {
            t = t.replacingBytes(from, with: to)
        }
        t = t.trimmingWhitespace()
        var exponent = 0
        let compact = t.filter { !$0.isWhitespace }
        for marker in ["\\times10^", "\\cdot10^", "×10^", "x10^", "*10^", "·10^"] {
            if let r = compact.range(of: marker) {
                guard let e = Int(compact[r.upperBound...]), (0...12).contains(e) else { return nil }
                exponent = e
                t = String(compact[..<r.lowerBound])
                break
            }
        }
        if exponent == 0, let e = t.lastIndex(where: { $0 == "e" || $0 == "E" }), let value = Int(t[t.index(after: e)...]), (0...12).contains(value) {
            exponent = value
            t = String(t[..<e])
        } else if exponent == 0, let last = t.last, "kKM".contains(last) {
            exponent = last == "M" ? 6 : 3
            t = String(t.dropLast()).trimmingWhitespace()
        }
        // Thousands groups are groups of three after the first (`60,400`,
        // `1 446 400`): `604,00` or `6 0400` is no grouping of 60,400.
        let separators: (Character) -> Bool = { $0.isWhitespace || ",'’_".contains($0) }
        let grouped = (t.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).first ?? "").split(whereSeparator: separators)
        if grouped.count > 1 {
            guard (1...3).contains(grouped[0].count), grouped.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        }
        let parts = t.filter { !separators($0) }.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = parts.first, !whole.isEmpty || parts.count == 2 else { return nil }
        let fraction = parts.count == 2 ? parts[1] : ""
        let digits = whole + fraction
        guard !digits.isEmpty, digits.count <= 15, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
              fraction.count <= exponent, let n = Int(digits) else { return nil }
        var value = n
        for _ in 0..<(exponent - fraction.count) {
            let (next, overflow) = value.multipliedReportingOverflow(by: 10)
            guard !overflow, next < 1 << 53 else { return nil }
            value = next
        }
        return (Double(value), (0..<(exponent - fraction.count)).reduce(1) { step, _ in step * 10 })
    }

    /// A figure without the tick marks written after it (`60,400 ✅`,
    /// `65.0% ✓`, `60{,}400~$\checkmark$`): a tick says the writer checked
    /// the figure, it is no part of it. Only ticks, only after the figure;
    /// any other mark (`✗`, `?`) leaves the text as it is, and so unread.
    static func withoutTicks(_ text: String) -> String {
        // (Most figures hold no tick: ASCII without a TeX tick is returned as it is.)
        guard text.utf8.contains(where: { $0 >= 0x80 }) || text.containsBytes("\\checkmark") || text.containsBytes("\\ding") else { return text }
        let ticks: Set<Unicode.Scalar> = ["\u{2705}", "\u{2713}", "\u{2714}", "\u{2611}", "\u{FE0F}"]
        var scalars = Array(text.unicodeScalars)
        func trimEnd() { while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() } }
        trimEnd()
        let count = scalars.count
        while true {
            if let last = scalars.last, ticks.contains(last) {
                scalars.removeLast()
            } else if let tex = ["$\\checkmark$", "\\checkmark", "\\ding{51}"].first(where: { scalars.suffix($0.unicodeScalars.count).elementsEqual($0.unicodeScalars) }) {
                scalars.removeLast(tex.unicodeScalars.count)
                while scalars.last == "~" { scalars.removeLast() }
            } else {
                break
            }
            trimEnd()
        }
        // (A tick alone is no figure.)
        guard scalars.count < count, !scalars.isEmpty else { return text }
        return String(String.UnicodeScalarView(scalars))
    }

    /// The count a cell states: the cell read as a count, or, when it holds
    /// working (`4 × (800 × 100 + …) = 241,600`), the last side after its
    /// last `=` (the final-line rule).
    public static func statedCount(_ text: String) -> Double? {
        if let value = count(text) { return value }
        if let value = revisedCount(text) { return value }
        guard let equals = text.lastIndex(of: "=") else { return nil }
        return count(String(text[text.index(after: equals)...]))
    }

    /// Words in a bracket after a count that say the figure in it came first.
    /// Words that set the figure after them aside (`rather than 241 600`, `not 241 600`).
    static let settingAside: Set<String> = ["not", "than", "instead", "rather", "from", "vs", "versus", "replacing", "replaces", "over"]
    static let firstAttemptWords = ["first had", "first got", "first wrote", "first counted", "at first", "originally", "initially"]
    static let bracketFigure = try! NSRegularExpression(pattern: #"\d{1,3}(?:[ ,\x{202F}\x{2009}\x{A0}]\d{3})+(?!\d)|\d+(?:\.\d+)?[kKM]?"#)

    /// `241 600 (I first had 240 800 because I only counted one bias per
    /// gate; with two biases it is 241 600)`: a count, then in brackets that
    /// close the cell the figure the student had first, in words that say
    /// so, and the count again as the bracket's last figure: the count. A
    /// bracket whose last figure is not the count (which one the student
    /// means is then uncertain), or with no words of a first attempt, is
    /// no count (for a person).
    static func revisedCount(_ text: String) -> Double? {
        let t = text.trimmingWhitespace()
        guard t.hasSuffix(")"), let open = t.firstIndex(of: "("), let value = count(String(t[..<open])) else { return nil }
        let inside = String(t[t.index(after: open)..<t.index(before: t.endIndex)])
        guard !inside.contains("("), !inside.contains(")") else { return nil }
        let lower = inside.lowercased()
        guard firstAttemptWords.contains(where: lower.contains) else { return nil }
        let ns = inside as NSString
        let figures = bracketFigure.matches(in: inside, range: NSRange(location: 0, length: ns.length))
        guard let last = figures.last, count(ns.substring(with: last.range)) == value else { return nil }
        // The words before the count again must not set it aside: `I now get
        // 240 800 rather than 241 600`, `it is 240 800, not 241 600`.
        let from = figures.count > 1 ? figures[figures.count - 2].range.upperBound : 0
        let between = ns.substring(with: NSRange(location: from, length: last.range.location - from)).lowercased()
            .split { !$0.isLetter }
        if between.contains(where: { Self.settingAside.contains(String($0)) }) { return nil }
        return value
    }

    /// A percentage such as `73.00%`, `73.00 %`, `73.00\,\%`,
    /// `\SI{73.00}{\percent}`, or with a decimal comma `73,00 %` (a comma
    /// before one or two digits groups no thousands), or nil.
    public static func percentage(_ text: String) -> Double? {
        var t = siunitx(withoutTicks(text)).replacingBytes("\\%", with: "%")
        for space in ["$", "\\,", "\\ ", "\\thinspace", "\\;", "~", "{", "}", "\u{2009}", "\u{202F}", "\u{A0}"] {
            t = t.replacingBytes(space, with: "")
        }
        t = t.trimmingWhitespace()
        if t.hasSuffix("%") { t = String(t.dropLast()).trimmingWhitespace() }
        if let comma = t.firstIndex(of: ","), !t.contains("."), (1...2).contains(t.distance(from: comma, to: t.endIndex) - 1) {
            t.replaceSubrange(comma...comma, with: ".")
        }
        guard t.count <= 20, let value = Double(t), value.isFinite else { return nil }
        return value
    }

    /// Whether a figure is written with a decimal comma: a comma followed
    /// by one or two digits and no dot (`60,85 %`, `0,6085`), which groups
    /// no thousands.
    public static func hasDecimalComma(_ text: String) -> Bool {
        guard !text.contains("."), let comma = text.firstIndex(of: ",") else { return false }
        let digits = text[text.index(after: comma)...].prefix { $0.isASCII && $0.isNumber }
        return (1...2).contains(digits.count) && !text[comma...].dropFirst(digits.count + 1).contains(",")
    }

    /// A whole number grouped in thousands by dots, `60.400`, `1.446.400`:
    /// read only where the sheet writes decimals with a comma (the caller
    /// decides), since `1.446` alone may be a decimal.
    public static func dotGrouped(_ text: String) -> Double? {
        let t = text.replacingBytes("$", with: "").trimmingWhitespace()
        let groups = t.split(separator: ".", omittingEmptySubsequences: false)
        guard groups.count >= 2, let first = groups.first, (1...3).contains(first.count),
              groups.dropFirst().allSatisfy({ $0.count == 3 }), groups.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              t.count <= 20, let n = Int(groups.joined()) else { return nil }
        return Double(n)
    }

    /// A count written any way `count` reads, or grouped in thousands by
    /// dots where that is the only reading: two dots or more (`1.446.400`:
    /// no decimal has two points), or one where the figures beside it
    /// write decimals with a comma (`60.400` on a row that says `59,99 %`).
    /// A single dot elsewhere (`60.400` beside `59.99 %`, or alone) may be
    /// a decimal point: nil, for a person.
    public static func count(_ text: String, besideDecimalComma: Bool) -> Double? {
        if let value = count(text) { return value }
        guard besideDecimalComma || text.filter({ $0 == "." }).count >= 2 else { return nil }
        return dotGrouped(text)
    }

    /// The power of ten a parameter column's header says its figures are
    /// in, when it says one unit unambiguously: `Parameters (×10³)`,
    /// `params (x10^3)`, `Parameters ($\times 10^{3}$)`, `(10^3)`, `(k)`,
    /// `[k]`, `(thousands)`, `in thousands`, `(1000s)`, `('000)`, `(×1000)`
    /// are 3; `(M)`, `(millions)`, `(×10⁶)` are 6. nil when the header says
    /// none, or more than one (`(k) … (M)`), or a power that shrinks
    /// (`×10⁻³`: which way?).
    public static func headerScale(_ header: String) -> Int? {
        var t = header.lowercased()
        for (from, to) in [("\\times", "×"), ("\\cdot", "×"), ("\\,", ""), ("$", ""), ("{", ""), ("}", ""), ("\\", ""),
                           ("³", "^3"), ("⁶", "^6"), ("⁻", "^-"), ("·", "×"), ("*", "×"), ("\u{2009}", ""), ("\u{202F}", "")] {
            t = t.replacingBytes(from, with: to)
        }
        let compact = t.filter { !$0.isWhitespace }
        guard !compact.contains("^-"), !compact.contains("e-") else { return nil }
        var found = Set<Int>()
        // Bracketed units: `(k)`, `[×10^3]`, `(in thousands)`, `('000)`.
        let brackets: [(Character, Character)] = [("(", ")"), ("[", "]")]
        for (open, close) in brackets {
            var rest = compact[...]
            while let o = rest.firstIndex(of: open) {
                guard let c = rest[o...].firstIndex(of: close) else { break }
                let inside = String(rest[rest.index(after: o)..<c])
                if let scale = unitScale(inside) { found.insert(scale) }
                rest = rest[rest.index(after: c)...]
            }
        }
        // In words: `… in thousands`, `… in millions`.
        let words = t.split { !$0.isLetter }
        for (n, word) in words.enumerated() where n > 0 && words[n - 1] == "in" {
            if word == "thousands" { found.insert(3) }
            if word == "millions" { found.insert(6) }
        }
        return found.count == 1 ? found.first : nil
    }

    /// The power of ten a bracketed unit names, or nil.
    private static func unitScale(_ unit: String) -> Int? {
        var u = unit
        if u.hasPrefix("in") { u = String(u.dropFirst(2)) }
        switch u {
        case "k", "thousands", "1000s", "'000", "’000", "000s", "'000s", "×1000", "x1000", "×10^3", "x10^3", "10^3", "×1e3", "x1e3", "1e3": return 3
        case "m", "millions", "mio", "×10^6", "x10^6", "10^6", "×1e6", "x1e6", "1e6": return 6
        default: return nil
        }
    }

    /// A count written in the unit its column's header names (`60.4` under
    /// `Parameters (×10³)` is 60,400): a plain decimal number, read exactly
    /// and scaled by `10^scale`; nil when it is written any other way
    /// (grouped, `60.4k`, `60,4`: which unit, which comma?), is a whole
    /// number of five digits or more (`60400`: written unscaled?) or is not
    /// whole once scaled (`60.4123` thousands).
    public static func scaledCount(_ text: String, scale: Int) -> Double? {
        let t = text.replacingBytes("$", with: "").trimmingWhitespace()
        let parts = t.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = parts.first, !whole.isEmpty, whole.count <= 9,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
        var fraction = parts.count == 2 ? parts[1] : ""
        guard parts.count == 1 || !fraction.isEmpty else { return nil }
        // `60400` under `params (k)`: a count written unscaled under a unit
        // header, or 60.4 million? Not read either way.
        guard parts.count == 2 || whole.count < 5 else { return nil }
        while fraction.last == "0" { fraction = fraction.dropLast() }
        guard fraction.count <= scale, var value = Int(whole + fraction) else { return nil }
        for _ in 0..<(scale - fraction.count) { value *= 10 }
        return Double(value)
    }

    /// The place value of the last digit a figure writes in the unit
    /// `10^scale`: `0.06` in millions is to the nearest 10,000, `60.4` in
    /// thousands to the nearest 100, `1.4464` in millions to the nearest
    /// 100; 1 once its digits reach the units. Trailing zeros count as
    /// written (`0.0600` is to the nearest 100).
    public static func scaledStep(_ text: String, scale: Int) -> Int {
        let t = text.replacingBytes("$", with: "").trimmingWhitespace()
        let written = t.split(separator: ".", omittingEmptySubsequences: false).dropFirst().first?.count ?? 0
        return (0..<max(0, scale - written)).reduce(1) { step, _ in step * 10 }
    }

    /// The whole run of figures a number found at `range` is part of, when
    /// it continues another (a digit just before or after it, or one joiner
    /// between it and a digit: `'`, `’`, `_`, `~`, `·`, `.`, `,`, U+00A0,
    /// U+2009, U+202F, and before it a plain space): `400` in `60·400`, `40`
    /// in `60,40`, `400` in `60 400`; nil for a number that stands alone
    /// (`60,400 0.6464`: a count, then an accuracy). Such a number is no
    /// figure of its own.
    static func gluedRun(_ text: NSString, _ range: NSRange) -> NSRange? {
        let joiners: Set<unichar> = [39, 0x2019, 95, 126, 0xB7, 46, 44, 0xA0, 0x2009, 0x202F]
        func digit(_ i: Int) -> Bool { i >= 0 && i < text.length && (48...57).contains(text.character(at: i)) }
        func joinsBefore(_ i: Int) -> Bool {
            digit(i - 1) || (i >= 2 && (joiners.contains(text.character(at: i - 1)) || text.character(at: i - 1) == 32) && digit(i - 2))
        }
        func joinsAfter(_ i: Int) -> Bool { digit(i) || (i + 1 < text.length && joiners.contains(text.character(at: i)) && digit(i + 1)) }
        var lower = range.location, upper = range.location + range.length
        guard joinsBefore(lower) || joinsAfter(upper) else { return nil }
        while joinsBefore(lower) { lower -= digit(lower - 1) ? 1 : 2 }
        while joinsAfter(upper) { upper += digit(upper) ? 1 : 2 }
        return NSRange(location: lower, length: upper - lower)
    }

    /// siunitx's figures as plain text: `\num{60400}` → `60400`,
    /// `\SI{63.02}{\percent}`, `\qty{63.02}{\%}` → `63.02%`; a unit other
    /// than percent is kept, so the figure does not read.
    static func siunitx(_ text: String) -> String {
        guard text.contains("\\") else { return text }
        var t = text
        for (from, to) in [("\\percent", "%"), ("\\num{", "{"), ("\\SI{", "{"), ("\\qty{", "{"), ("\\si{", "{")] {
            t = t.replacingBytes(from, with: to)
        }
        return t.replacingBytes("}{%}", with: "%").replacingBytes("}{\\%}", with: "%")
    }
}
