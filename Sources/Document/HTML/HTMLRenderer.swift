/// An HTML block of a Markdown sheet as a browser renders it: block-level
/// tags end paragraphs (`<details>`, `<summary>`, `<p>`, `<div>`, `<li>`),
/// `<h1>`…`<h6>` are headings, `<table>` a table; text keeps its place, and
/// maths in it is found by its delimiters (MathJax and KaTeX read it so).
/// Comments, hidden elements, scripts and images are left out and listed.
struct HTMLRenderer {
    var omitted: [Omission] = []
    var problems: [SheetDocument.Problem] = []

    private var blocks: [Block] = []
    private var builder = FragmentBuilder()
    private var heading: Int?
    private var listItem: ListMarker?
    private var table: [[Table.Cell]]?
    private var cell: FragmentBuilder?
    private var cellStart: SourceLocation?
    private var fallback = SourceLocation(line: 1, column: 1)

    mutating func blocks(_ fragment: Fragment) -> [Block] {
        let s = Array(fragment.text.unicodeScalars)
        var cut = FragmentSlicer(fragment)
        fallback = fragment.start
        var textStart = 0
        var i = 0
        func flushRaw(_ i: Int, into renderer: inout HTMLRenderer, cut: inout FragmentSlicer) {
            guard textStart < i else { return }
            let piece = cut.slice(textStart..<i)
            if renderer.cell != nil { renderer.cell!.append(piece) } else { renderer.builder.append(piece) }
        }
        while i < s.count {
            guard s[i] == "<" || s[i] == "&", let step = HTMLStep.at(s, i) else { i += 1; continue }
            flushRaw(i, into: &self, cut: &cut)
            let at = cut.location(at: i)
            switch step {
            case .skip(let end, let kind):
                if let kind { omitted.append(Omission(kind, at: at)) }
                i = end
            case .text(let text, let end):
                if cell != nil { cell!.append(text, at: at) } else { builder.append(text, at: at) }
                i = end
            case .unread(let message, let advice, let end):
                problems.append(SheetDocument.Problem(location: at, message: message, detail: advice))
                i = end
            case .tag(let tag, let end):
                handle(tag, at: at)
                i = end
            }
            textStart = i
        }
        flushRaw(s.count, into: &self, cut: &cut)
        closeCell()
        closeTable()
        flush()
        return blocks
    }

    private mutating func handle(_ tag: HTMLScanner.Tag, at location: SourceLocation) {
        let name = tag.name
        if let level = name.count == 2 && name.first == "h" ? Int(String(name.last!)) : nil, (1...6).contains(level) {
            flush()
            heading = tag.closing ? nil : level
            return
        }
        switch (name, tag.closing) {
        case ("table", false):
            flush()
            table = []
        case ("table", true):
            closeCell()
            closeTable()
        case ("tr", _):
            closeCell()
            if !tag.closing { table?.append([]) }
        case ("td", false), ("th", false):
            closeCell()
            if table != nil {
                if table!.isEmpty { table!.append([]) }
                cell = FragmentBuilder()
                cellStart = location
            }
        case ("td", true), ("th", true):
            closeCell()
        case ("li", false):
            flush()
            listItem = ListMarker(text: "-", ordinal: nil, depth: 0)
        default:
            if HTMLScanner.blockElements.contains(name) { flush() }
        }
    }

    private mutating func closeCell() {
        guard let built = cell, table != nil else { cell = nil; return }
        let fragment = built.build(or: cellStart ?? fallback)
        var parser = MarkdownInlines(markup: false)
        let inlines = parser.parse(fragment)
        problems += parser.problems
        table![table!.count - 1].append(Table.Cell(inlines: inlines, location: cellStart ?? fallback))
        cell = nil
    }

    private mutating func closeTable() {
        guard let rows = table else { return }
        let kept = rows.filter { !$0.isEmpty }
        if !kept.isEmpty {
            blocks.append(Block(.table(Table(rows: kept, headerRows: 1)), at: kept[0][0].location))
        }
        table = nil
    }

    /// The text gathered so far as a paragraph, heading or list item.
    private mutating func flush() {
        let fragment = builder.build(or: fallback)
        builder = FragmentBuilder()
        guard fragment.text.contains(where: { !$0.isWhitespace }) else { return }
        // Leading white space of the block is not text.
        let lead = fragment.text.unicodeScalars.prefix { $0 == " " || $0 == "\t" || $0 == "\n" }.count
        let text = lead > 0 ? fragment.slice(lead..<fragment.count) : fragment
        var parser = MarkdownInlines(markup: false)
        let inlines = parser.parse(text)
        problems += parser.problems
        var block: Block
        if let level = heading {
            block = Block(.heading(level: level, inlines), at: text.start)
        } else {
            block = MarkdownReader.paragraphOrDisplay(inlines, at: text.start)
        }
        if let marker = listItem {
            block = Block(.listItem(marker, [block]), at: text.start)
            listItem = nil
        }
        blocks.append(block)
    }
}
