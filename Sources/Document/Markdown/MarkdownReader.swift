/// Markdown (and plain text, which is Markdown without markup) into blocks,
/// in two phases as CommonMark parses: block structure first — containers
/// (block quotes and callouts, list items) and leaves (ATX and setext
/// headings, fenced and indented code, HTML blocks, pipe tables, `tabular`,
/// paragraphs) — then the inlines of each leaf (`MarkdownInlines`).
///
/// Beyond CommonMark, as the renderers students use (GitHub, Jupyter,
/// pandoc) do: maths delimiters, a ```` ```math ```` block, and a paragraph
/// whose displayed maths (`$$`, `\[`, `\begin{align*}`) goes on past a blank
/// line until its closer, when there is one.
struct MarkdownReader {
    var omitted: [Omission] = []
    var problems: [SheetDocument.Problem] = []

    /// The blocks of `lines`, at list depth `depth`.
    mutating func blocks(_ lines: [SourceLine], depth: Int = 0) -> [Block] {
        var result: [Block] = []
        var paragraph: [SourceLine] = []
        var tracker = MathDelimiters.Tracker()

        func closeParagraph() {
            guard !paragraph.isEmpty else { return }
            result.append(leaf(paragraph))
            paragraph = []
            tracker = MathDelimiters.Tracker()
        }

        var i = 0
        while i < lines.count {
            let line = lines[i]
            if line.isBlank {
                closeParagraph()
                i += 1
                continue
            }
            let indent = line.indent
            // Indented code cannot interrupt a paragraph.
            if indent >= 4, paragraph.isEmpty {
                var code: [SourceLine] = []
                var j = i
                while j < lines.count, lines[j].isBlank || lines[j].indent >= 4 {
                    code.append(lines[j].droppingIndent(4))
                    j += 1
                }
                while let last = code.last, last.isBlank { code.removeLast() }
                result.append(Block(.code(language: nil, SourceLine.fragment(code)), at: line.location))
                i = j
                continue
            }
            let content = line.droppingIndent(3)
            let text = content.text
            if indent < 4 {
                // A footnote's definition (`[^1]: …`, its lines up to a blank
                // line and those indented after it): printed apart, at the
                // end of the page, a note and not an answer.
                if paragraph.isEmpty, text.hasPrefix("[^"), let close = text.firstIndex(of: "]"),
                   text[text.index(after: close)...].hasPrefix(":"), text.distance(from: text.startIndex, to: close) > 2 {
                    omitted.append(Omission(.footnote, at: content.location))
                    func startsFootnote(_ line: SourceLine) -> Bool { line.indent < 4 && line.droppingIndent(3).text.hasPrefix("[^") }
                    var j = i + 1
                    while j < lines.count, !lines[j].isBlank, !startsFootnote(lines[j]) { j += 1 }
                    // Paragraphs of its own after a blank line, indented.
                    while j + 1 < lines.count, lines[j].isBlank, lines[j + 1].indent >= 4 {
                        j += 1
                        while j < lines.count, !lines[j].isBlank, !startsFootnote(lines[j]) { j += 1 }
                    }
                    i = j
                    continue
                }
                if text.hasPrefix(">") {
                    closeParagraph()
                    let (quote, next) = quoteLines(lines, from: i)
                    result.append(quoteBlock(quote, at: content.location, depth: depth))
                    i = next
                    continue
                }
                // reStructuredText's section titles: a line of one
                // punctuation character at least as long as the title under
                // it (`Question 2` over `~~~~~~~~~~`), or over and under it.
                if indent == 0, paragraph.count == 1, i + 1 == lines.count || lines[i + 1].isBlank,
                   let level = Self.rstUnderline(text, under: paragraph[0].trimmed.text) {
                    let fragment = SourceLine.fragment([paragraph[0].trimmed])
                    result.append(Block(.heading(level: level, inlines(of: fragment)), at: paragraph[0].location))
                    paragraph = []
                    tracker = MathDelimiters.Tracker()
                    i += 1
                    continue
                }
                if indent == 0, paragraph.isEmpty, i + 2 < lines.count, lines[i + 1].indent == 0 || lines[i + 1].indent < 4,
                   !lines[i + 1].isBlank, let level = Self.rstUnderline(text, under: lines[i + 1].trimmed.text, over: true),
                   Self.trailingTrimmed(lines[i + 2].text) == Self.trailingTrimmed(text), i + 3 == lines.count || lines[i + 3].isBlank {
                    let title = lines[i + 1].trimmed
                    result.append(Block(.heading(level: level, inlines(of: SourceLine.fragment([title]))), at: title.location))
                    i += 3
                    continue
                }
                // reStructuredText's simple table: columns drawn by runs of
                // `=` (`=====  =====`), its header above the second rule.
                if indent == 0, paragraph.isEmpty, Self.isSimpleTableRule(text), let (table, next) = simpleTable(lines, from: i) {
                    result.append(table)
                    i = next
                    continue
                }
                if let level = Self.atxLevel(text) {
                    closeParagraph()
                    result.append(heading(content, level: level))
                    i += 1
                    continue
                }
                if let fence = Self.fence(text) {
                    closeParagraph()
                    i = fencedCode(lines, from: i, fence: fence, indent: indent, into: &result)
                    continue
                }
                if !paragraph.isEmpty, let level = Self.setextLevel(text) {
                    // The paragraph is the heading's text.
                    let fragment = SourceLine.fragment(paragraph)
                    let inlines = inlines(of: fragment)
                    result.append(Block(.heading(level: level, inlines), at: paragraph[0].location))
                    paragraph = []
                    tracker = MathDelimiters.Tracker()
                    i += 1
                    continue
                }
                if Self.isThematicBreak(text) {
                    closeParagraph()
                    i += 1
                    continue
                }
                if let environment = LaTeXTabular.environment(opening: text) {
                    closeParagraph()
                    var j = i
                    while j < lines.count, !lines[j].text.contains("\\end{\(environment)}") { j += 1 }
                    let rows = Array(lines[i...min(j, lines.count - 1)])
                    let table = LaTeXTabular.table(rows, environment: environment)
                    problems += table.problems
                    result.append(Block(.table(table.table), at: content.location))
                    i = j + 1
                    continue
                }
                if let kind = HTMLBlockStart.kind(of: text, interruptsParagraph: !paragraph.isEmpty) {
                    closeParagraph()
                    var j = i
                    var raw: [SourceLine] = []
                    while j < lines.count {
                        if kind.endsAtBlankLine, lines[j].isBlank { break }
                        raw.append(lines[j])
                        j += 1
                        if !kind.endsAtBlankLine, kind.ends(lines[j - 1].text) { break }
                    }
                    let fragment = SourceLine.fragment(raw)
                    var renderer = HTMLRenderer()
                    let rendered = renderer.blocks(fragment)
                    omitted += renderer.omitted
                    problems += renderer.problems
                    result.append(Block(.html(raw: fragment, rendered: rendered), at: line.location))
                    i = j
                    continue
                }
                if let item = Self.listMarker(text), paragraph.isEmpty || item.canInterrupt {
                    closeParagraph()
                    let (itemLines, next) = listItemLines(lines, from: i, marker: item, indent: content.location.column - line.location.column)
                    var marker = item.marker
                    marker.depth = depth
                    let children = blocks(itemLines, depth: depth + 1)
                    result.append(Block(.listItem(marker, children), at: content.location))
                    i = next
                    continue
                }
                // `+----+----+` above `| … |` rows: a grid table, as plain-text
                // sheets draw one (pandoc's grid tables, one line a row).
                if Self.isGridRule(text), i + 1 < lines.count, lines[i + 1].droppingIndent(3).text.hasPrefix("|") {
                    closeParagraph()
                    let (table, next) = gridTable(lines, from: i)
                    result.append(table)
                    i = next
                    continue
                }
                if text.utf8.contains(UInt8(ascii: "|")), i + 1 < lines.count, Self.isDelimiterRow(lines[i + 1].droppingIndent(3).text) {
                    closeParagraph()
                    let (table, next) = pipeTable(lines, from: i)
                    result.append(table)
                    i = next
                    continue
                }
            }
            // A paragraph line.
            paragraph.append(line)
            tracker.feed(line.text)
            i += 1
            // Displayed maths left open goes on to its closer, across blank
            // lines, when the closer is in this container.
            if tracker.openDisplay {
                var ahead = tracker
                var j = i
                while j < lines.count, ahead.open {
                    ahead.feed(lines[j].text)
                    j += 1
                }
                if !ahead.open {
                    paragraph += lines[i..<j]
                    tracker = ahead
                    i = j
                }
            }
        }
        closeParagraph()
        return result
    }

    // MARK: Leaves

    /// A paragraph's lines as a paragraph, or as display maths when that is
    /// all it holds.
    mutating func leaf(_ lines: [SourceLine]) -> Block {
        let fragment = SourceLine.fragment(lines)
        let inlines = inlines(of: fragment)
        return Self.paragraphOrDisplay(inlines, at: lines[0].location)
    }

    static func paragraphOrDisplay(_ inlines: [Inline], at location: SourceLocation) -> Block {
        var maths: [MathSource] = []
        for inline in inlines {
            switch inline {
            case .math(let m): maths.append(m)
            case .text(let t) where t.text.allSatisfy(\.isWhitespace): continue
            case .text: return Block(.paragraph(inlines), at: location)
            }
        }
        if maths.count == 1, maths[0].display { return Block(.displayMath(maths[0]), at: location) }
        return Block(.paragraph(inlines), at: location)
    }

    mutating func inlines(of fragment: Fragment) -> [Inline] {
        var parser = MarkdownInlines()
        let inlines = parser.parse(fragment)
        omitted += parser.omitted
        problems += parser.problems
        return inlines
    }

    mutating func heading(_ content: SourceLine, level: Int) -> Block {
        // `## Question 3 ##`: the marker, the space after it and a closing
        // run of `#` are not the text.
        var line = content.dropping(level)
        line = line.trimmed
        var text = line.text
        while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
        if let hashes = text.lastIndex(where: { $0 != "#" }), text[text.index(after: hashes)...].count > 0,
           text[hashes] == " " || text[hashes] == "\t" {
            text = text[..<hashes]
        } else if text.allSatisfy({ $0 == "#" }) {
            text = ""
        }
        let fragment = Fragment(text, start: line.location)
        return Block(.heading(level: level, inlines(of: fragment)), at: content.location)
    }

    /// A fenced code block from its opening fence at `i`; returns the index
    /// after it. ```` ```math ```` (and `latex`, `tex`) is display maths.
    mutating func fencedCode(_ lines: [SourceLine], from i: Int, fence: (marker: Character, length: Int, info: Substring),
                             indent: Int, into result: inout [Block]) -> Int {
        var body: [SourceLine] = []
        var j = i + 1
        while j < lines.count {
            let text = lines[j].droppingIndent(3).text
            let run = text.prefix { $0 == fence.marker }.count
            if lines[j].indent < 4, run >= fence.length, text.dropFirst(run).allSatisfy({ $0 == " " || $0 == "\t" }) { break }
            body.append(lines[j].droppingIndent(indent))
            j += 1
        }
        let language = fence.info.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "{" }).first.map { String($0).lowercased() }
        let start = body.first?.location ?? SourceLocation(line: lines[i].location.line + 1, column: 1)
        let fragment = body.isEmpty ? Fragment("", start: start) : SourceLine.fragment(body)
        let opener = lines[i].droppingIndent(3).location
        if let language, ["math", "latex", "tex", "katex"].contains(language) {
            result.append(Block(.displayMath(MathSource(tex: fragment, display: true, delimiter: "```\(language)", location: opener)), at: opener))
        } else {
            result.append(Block(.code(language: language, fragment), at: opener))
        }
        return min(j + 1, lines.count)
    }

    /// A reStructuredText simple table from its top rule at `i`: each line
    /// a row cut at the rule's columns (the last column runs to the line's
    /// end), the rows above a second rule its header; it ends at a rule
    /// followed by a blank line or the end. Nil when no rule closes it.
    mutating func simpleTable(_ lines: [SourceLine], from i: Int) -> (Block, Int)? {
        let rule = Array(lines[i].text.unicodeScalars)
        var starts: [Int] = []
        for (k, c) in rule.enumerated() where c == "=" && (k == 0 || rule[k - 1] != "=") { starts.append(k) }
        var rows: [SourceLine] = []
        var headerRows = 0
        var rules = 1
        var j = i + 1
        var end: Int?
        while j < lines.count {
            let text = lines[j].text
            if Self.isSimpleTableRule(text) {
                rules += 1
                if j + 1 == lines.count || lines[j + 1].isBlank { end = j + 1; break }
                if rules == 2 { headerRows = rows.count } else { return nil }
            } else if !lines[j].isBlank {
                rows.append(lines[j])
            } else if j + 1 < lines.count, lines[j + 1].isBlank {
                return nil
            }
            j += 1
        }
        guard let end, !rows.isEmpty else { return nil }
        let cells: [[Table.Cell]] = rows.map { line in
            let scalars = Array(line.text.unicodeScalars)
            var cut = FragmentSlicer(Fragment(line.text, start: line.location))
            return starts.indices.map { n in
                var lower = min(starts[n], scalars.count)
                var upper = n + 1 < starts.count ? min(starts[n + 1], scalars.count) : scalars.count
                while lower < upper, scalars[lower] == " " || scalars[lower] == "\t" { lower += 1 }
                while upper > lower, scalars[upper - 1] == " " || scalars[upper - 1] == "\t" { upper -= 1 }
                let piece = cut.slice(lower..<upper)
                return Table.Cell(inlines: inlines(of: piece), location: piece.start)
            }
        }
        return (Block(.table(Table(rows: cells, headerRows: headerRows)), at: lines[i].location), end)
    }

    /// A pipe table: its header at `i`, the delimiter row, then rows until a
    /// blank line or a line without `|`.
    mutating func pipeTable(_ lines: [SourceLine], from i: Int) -> (Block, Int) {
        var rows: [[Table.Cell]] = [pipeCells(lines[i])]
        var j = i + 2
        while j < lines.count, !lines[j].isBlank, lines[j].text.utf8.contains(UInt8(ascii: "|")) {
            rows.append(pipeCells(lines[j]))
            j += 1
        }
        return (Block(.table(Table(rows: rows, headerRows: 1)), at: lines[i].droppingIndent(3).location), j)
    }

    /// A grid table from its top rule at `i`: each `| … |` line a row, the
    /// rules between them dropped; the rows above the first inner rule are
    /// its header. It ends at a blank line or a line that is neither.
    mutating func gridTable(_ lines: [SourceLine], from i: Int) -> (Block, Int) {
        var rows: [[Table.Cell]] = []
        var headerRows = 0
        var j = i + 1
        while j < lines.count, !lines[j].isBlank {
            let text = lines[j].droppingIndent(3).text
            if Self.isGridRule(text) {
                if headerRows == 0, j + 1 < lines.count, !lines[j + 1].isBlank { headerRows = rows.count }
            } else if text.hasPrefix("|") {
                rows.append(pipeCells(lines[j]))
            } else {
                break
            }
            j += 1
        }
        return (Block(.table(Table(rows: rows, headerRows: min(headerRows, 1))), at: lines[i].droppingIndent(3).location), j)
    }

    /// The cells of a pipe row, the outer pipes dropped; `\|` is not a
    /// separator.
    mutating func pipeCells(_ line: SourceLine) -> [Table.Cell] {
        let row = line.trimmed
        let scalars = Array(row.text.unicodeScalars)
        var bounds: [Range<Int>] = []
        var start = 0
        var i = 0
        var inMath = false
        while i < scalars.count {
            if scalars[i] == "\\", i + 1 < scalars.count { i += 2; continue }
            // A `|` inside `$…$` is maths (`|x|`), not a separator.
            if scalars[i] == "$" { inMath.toggle() }
            if scalars[i] == "|", !inMath {
                bounds.append(start..<i)
                start = i + 1
            }
            i += 1
        }
        bounds.append(start..<scalars.count)
        if bounds.first.map({ scalars[$0].allSatisfy { $0 == " " || $0 == "\t" } }) == true, scalars.first == "|" { bounds.removeFirst() }
        if let last = bounds.last, scalars[last].allSatisfy({ $0 == " " || $0 == "\t" }), scalars.last == "|" || last.isEmpty { bounds.removeLast() }
        let fragment = Fragment(row.text, start: row.location)
        var cut = FragmentSlicer(fragment)
        return bounds.map { range in
            var lower = range.lowerBound, upper = range.upperBound
            while lower < upper, scalars[lower] == " " || scalars[lower] == "\t" { lower += 1 }
            while upper > lower, scalars[upper - 1] == " " || scalars[upper - 1] == "\t" { upper -= 1 }
            let piece = cut.slice(lower..<upper)
            return Table.Cell(inlines: inlines(of: piece), location: piece.start)
        }
    }

    // MARK: Containers

    /// The lines of a block quote from `i` (markers dropped), with lazy
    /// continuation lines, and the index after them.
    func quoteLines(_ lines: [SourceLine], from i: Int) -> ([SourceLine], Int) {
        var result: [SourceLine] = []
        var j = i
        var lastWasText = false
        while j < lines.count {
            let line = lines[j]
            let content = line.droppingIndent(3)
            if line.indent < 4, content.text.hasPrefix(">") {
                var inner = content.dropping(1)
                if inner.text.hasPrefix(" ") || inner.text.hasPrefix("\t") { inner = inner.dropping(1) }
                result.append(inner)
                lastWasText = !inner.isBlank
                j += 1
            } else if lastWasText, !line.isBlank, !Self.startsBlock(content.text) {
                result.append(line)
                j += 1
            } else {
                break
            }
        }
        return (result, j)
    }

    mutating func quoteBlock(_ lines: [SourceLine], at location: SourceLocation, depth: Int) -> Block {
        var lines = lines
        var callout: String?
        // `> [!NOTE]` (GitHub, Obsidian): the callout's kind, then its body.
        if let first = lines.first {
            let text = first.trimmed.text
            if text.hasPrefix("[!"), let close = text.firstIndex(of: "]") {
                callout = String(text[text.index(text.startIndex, offsetBy: 2)..<close]).lowercased()
                let rest = first.trimmed.dropping(text.distance(from: text.startIndex, to: close) + 1)
                if rest.isBlank { lines.removeFirst() } else { lines[0] = rest }
            }
        }
        return Block(.quote(callout: callout, blocks(lines, depth: depth)), at: location)
    }

    /// The lines of a list item from its marker line `i`: the content after
    /// the marker, lines indented to the content, blank lines inside, and
    /// lazy continuation lines.
    func listItemLines(_ lines: [SourceLine], from i: Int, marker: ListStart, indent: Int) -> ([SourceLine], Int) {
        let first = lines[i].droppingIndent(3).dropping(marker.width)
        let spaces = first.indent
        // Content starts after 1–4 spaces; five or more is indented code
        // inside the item, which then starts after one.
        let gap = first.isBlank ? 1 : (spaces >= 5 ? 1 : max(spaces, 1))
        let contentIndent = indent + marker.width + gap
        var result = [first.isBlank ? first : first.droppingIndent(gap)]
        var j = i + 1
        var lastWasText = !first.isBlank
        while j < lines.count {
            let line = lines[j]
            if line.isBlank {
                // The item goes on past blank lines only if what follows is
                // indented to its content.
                var k = j
                while k < lines.count, lines[k].isBlank { k += 1 }
                guard k < lines.count, lines[k].indent >= contentIndent else { break }
                result += lines[j..<k].map { $0.droppingIndent(contentIndent) }
                j = k
                lastWasText = false
                continue
            }
            if line.indent >= contentIndent {
                result.append(line.droppingIndent(contentIndent))
                lastWasText = true
                j += 1
                continue
            }
            let content = line.droppingIndent(3)
            if lastWasText, !Self.startsBlock(content.text), Self.listMarker(content.text) == nil {
                result.append(line)
                j += 1
                continue
            }
            break
        }
        while let last = result.last, last.isBlank, result.count > 1 { result.removeLast() }
        return (result, j)
    }
}
