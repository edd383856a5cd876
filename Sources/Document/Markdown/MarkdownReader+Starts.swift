/// A list item's opening: its marker and the marker's width.
struct ListStart {
    var marker: ListMarker
    var width: Int
    /// CommonMark: a list interrupts a paragraph only with a bullet or `1.`,
    /// and only when the item is not empty.
    var canInterrupt: Bool
}

extension MarkdownReader {
    /// `#` to `######` followed by a space or the end of the line.
    static func atxLevel(_ text: Substring) -> Int? {
        let hashes = text.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let rest = text.dropFirst(hashes)
        return rest.isEmpty || rest.first == " " || rest.first == "\t" ? hashes : nil
    }

    /// ```` ``` ```` or `~~~` (three or more), with its info string. A
    /// backtick fence's info string has no backtick.
    static func fence(_ text: Substring) -> (marker: Character, length: Int, info: Substring)? {
        guard let first = text.first, first == "`" || first == "~" else { return nil }
        let run = text.prefix { $0 == first }.count
        guard run >= 3 else { return nil }
        let info = text.dropFirst(run).drop { $0 == " " || $0 == "\t" }
        if first == "`", info.contains("`") { return nil }
        return (first, run, info)
    }

    /// `===` (level 1) or `---` (level 2) alone under a paragraph.
    static func setextLevel(_ text: Substring) -> Int? {
        var t = text
        while let last = t.last, last == " " || last == "\t" { t = t.dropLast() }
        guard let first = t.first, first == "=" || first == "-", t.allSatisfy({ $0 == first }) else { return nil }
        return first == "=" ? 1 : 2
    }

    /// A reStructuredText title's adornment: a line of one punctuation
    /// character, three or more and at least as long as the title, under it
    /// (`~`, `^`, `"`, …: `=` and `-` under a title are setext's) or over and
    /// under it (any of them); the caller asks for a blank line after it
    /// (a `~~~` fence under a short line opens code). Its level: `=` 1, `-` 2, `~` 3, `^` 4, others 5.
    static func rstUnderline(_ text: Substring, under title: Substring, over: Bool = false) -> Int? {
        let t = trailingTrimmed(text)
        // Not `*`, `_`, `+`, `#`, `:`, `.`, quotes: Markdown reads `***`, `___` as
        // breaks, and a line of them under a paragraph is seldom a title.
        guard let first = t.first, "=-~^".contains(first), over || first != "=" && first != "-",
              t.count >= 3, t.allSatisfy({ $0 == first }) else { return nil }
        let name = trailingTrimmed(title)
        guard !name.isEmpty, name.unicodeScalars.count <= t.unicodeScalars.count,
              !name.allSatisfy({ $0 == first }) else { return nil }
        return ["=": 1, "-": 2, "~": 3, "^": 4][first] ?? 5
    }

    static func trailingTrimmed(_ text: Substring) -> Substring {
        var t = text
        while let last = t.last, last == " " || last == "\t" || last == "\r" { t = t.dropLast() }
        return t
    }

    /// A simple table's rule: two or more runs of `=` apart by spaces.
    static func isSimpleTableRule(_ text: Substring) -> Bool {
        guard text.first == "=" else { return false }
        let t = trailingTrimmed(text)
        guard t.allSatisfy({ $0 == "=" || $0 == " " }) else { return false }
        return t.split(separator: " ").count >= 2
    }

    /// Three or more `-`, `*` or `_`, alone with spaces.
    static func isThematicBreak(_ text: Substring) -> Bool {
        guard let first = text.first, "-*_".contains(first) else { return false }
        var n = 0
        for c in text {
            if c == first { n += 1 } else if c != " " && c != "\t" { return false }
        }
        return n >= 3
    }

    /// A GFM table's delimiter row: `|---|:-:|`, `--- | ---`.
    static func isDelimiterRow(_ text: Substring) -> Bool {
        var t = text
        while let last = t.last, last == " " || last == "\t" { t = t.dropLast() }
        guard t.contains("-"), t.contains("|") || t.hasPrefix("-") && t.contains(" "),
              t.allSatisfy({ "|-: \t".contains($0) }) else { return false }
        // Each cell is dashes with optional colons.
        let cells = t.split(separator: "|").map { $0.trimmingCharacters(in: " \t") }.filter { !$0.isEmpty }
        return !cells.isEmpty && cells.allSatisfy { $0.contains("-") && !$0.contains(" ") }
    }

    /// A grid table's rule, `+----+:===+`: `+` at both ends, only `-`, `=`,
    /// `:` and `+` between.
    static func isGridRule(_ text: Substring) -> Bool {
        // Asked of every line: read as bytes, the common answer (no `+` first) at once.
        let blank: (UInt8) -> Bool = { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        let start = text.utf8.drop(while: blank)
        guard start.first == UInt8(ascii: "+") else { return false }
        var t = Array(start)
        while let last = t.last, blank(last) { t.removeLast() }
        guard t.count >= 3, t.last == UInt8(ascii: "+"), t.contains(where: { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "=") }) else { return false }
        return t.allSatisfy { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "=") || $0 == UInt8(ascii: ":") }
    }

    /// `-`, `+`, `*` or 1–9 digits and `.` or `)`, then a space or the end;
    /// also the bullets students type or paste (`•`, `◦`, `▪`, `‣`), which
    /// CommonMark leaves as text.
    static func listMarker(_ text: Substring) -> ListStart? {
        let scalars = Array(text.unicodeScalars.prefix(12))
        guard let first = scalars.first else { return nil }
        func followed(_ k: Int) -> Bool { k == scalars.count || scalars[k] == " " || scalars[k] == "\t" }
        if first == "-" || first == "+" || first == "*" || "\u{2022}\u{25E6}\u{25AA}\u{2023}".unicodeScalars.contains(first) {
            guard followed(1), !isThematicBreak(text) else { return nil }
            let empty = text.dropFirst().allSatisfy { $0 == " " || $0 == "\t" }
            return ListStart(marker: ListMarker(text: String(first), ordinal: nil, depth: 0), width: 1, canInterrupt: !empty)
        }
        var k = 0
        while k < scalars.count, k < 9, ("0"..."9").contains(scalars[k]) { k += 1 }
        guard k > 0, k < scalars.count, scalars[k] == "." || scalars[k] == ")", followed(k + 1) else { return nil }
        let digits = String(String.UnicodeScalarView(scalars[0..<k]))
        let ordinal = Int(digits)
        let empty = text.unicodeScalars.dropFirst(k + 1).allSatisfy { $0 == " " || $0 == "\t" }
        let marker = ListMarker(text: digits + String(scalars[k]), ordinal: ordinal, depth: 0)
        return ListStart(marker: marker, width: k + 1, canInterrupt: ordinal == 1 && !empty)
    }

    /// Whether a line (container markers dropped) starts a block that ends a
    /// paragraph: so it cannot be a lazy continuation line.
    static func startsBlock(_ text: Substring) -> Bool {
        text.hasPrefix(">") || atxLevel(text) != nil || fence(text) != nil || isThematicBreak(text)
            || listMarker(text)?.canInterrupt == true
            || HTMLBlockStart.kind(of: text, interruptsParagraph: true) != nil
    }
}

extension Substring {
    func trimmingCharacters(in set: String) -> Substring {
        var t = self
        while let f = t.first, set.contains(f) { t = t.dropFirst() }
        while let l = t.last, set.contains(l) { t = t.dropLast() }
        return t
    }
}
