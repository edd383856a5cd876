import Foundation

/// A Word document (.docx) read directly: `word/document.xml` from the zip
/// (`DocxArchive`), parsed by XMLParser (`XMLNode`), walked into blocks.
/// Paragraphs with a heading style are headings; numbered paragraphs are
/// list items; tables are tables; Office Math is maths (`OfficeMath`):
/// `m:oMathPara` displayed, `m:oMath` inline. Maths typed as text
/// (`$$ … $$` the equation editor never saw) is found by its delimiters, and
/// may run over several paragraphs. Deleted text (tracked changes), hidden
/// text and pictures are left out and listed; an equation object (MathType,
/// Equation Editor 3.0) cannot be read and is reported.
///
/// A place is the paragraph's number in the document (tables' paragraphs
/// counted), with the nearest heading (the reader adds it).
enum WordReader {
    static func document(_ data: Data, path: String) throws -> SheetDocument {
        let parts = try DocxArchive.parts(data, path: path)
        let root = try XMLNode.parse(parts.document, part: "word/document.xml", path: path)
        let styles = WordStyles(styles: try parts.styles.map { try XMLNode.parse($0, part: "word/styles.xml", path: path) },
                                numbering: try parts.numbering.map { try XMLNode.parse($0, part: "word/numbering.xml", path: path) })
        guard let body = root.child("body") else {
            throw SheetError.unreadable(path: path, reason: "not a Word document (word/document.xml has no body)")
        }
        var walker = WordWalker(styles: styles)
        walker.walk(body.children)
        walker.flushPending()
        var document = SheetDocument(path: path, format: .word, blocks: walker.blocks)
        document.omitted = walker.omitted
        document.problems = walker.problems
        document.places = .paragraphs
        return document
    }
}

/// Walks a Word body into blocks, numbering its paragraphs.
struct WordWalker {
    let styles: WordStyles
    var blocks: [Block] = []
    var omitted: [Omission] = []
    var problems: [SheetDocument.Problem] = []
    var paragraphNumber = 0
    /// Counters of ordered lists: numbering instance → level → count.
    var counters: [String: [Int: Int]] = [:]
    /// Text paragraphs whose typed maths (`$$`) is still open.
    var pending: [(text: String, location: SourceLocation)] = []

    init(styles: WordStyles) {
        self.styles = styles
    }

    /// One item of a paragraph: text as written, or an equation.
    enum Item {
        case text(String)
        case math(String, display: Bool)
    }

    struct Paragraph {
        var items: [Item] = []
        var style: String?
        var numbering: (id: String, level: Int)?
        var location: SourceLocation
    }

    mutating func walk(_ nodes: [XMLNode]) {
        for node in nodes {
            switch (node.space, node.name) {
            case (.word, "p"):
                paragraph(node)
            case (.word, "tbl"):
                flushPending()
                table(node)
            case (.word, "sdt"):
                walk(node.child("sdtContent")?.children ?? [])
            case (.word, "customXml"), (.word, "ins"), (.word, "moveTo"):
                walk(node.children)
            case (.markup, "AlternateContent"):
                walk(node.child("Choice")?.children ?? [])
            case (.math, "oMathPara"):
                paragraphNumber += 1
                let location = SourceLocation(line: paragraphNumber, column: 1)
                let span = MathSource(tex: Fragment(Substring(OfficeMath.paragraph(node)), start: location, fixed: true),
                                    display: true, delimiter: "omml", location: location)
                flushPending()
                blocks.append(Block(.displayMath(span), at: location))
            default:
                continue
            }
        }
    }

    // MARK: Paragraphs

    mutating func paragraph(_ node: XMLNode) {
        let p = read(node)
        let hasMath = p.items.contains { if case .math = $0 { true } else { false } }
        let text = p.items.map { if case .text(let t) = $0 { t } else { "" } }.joined()
        // Typed maths left open goes on into the next text paragraphs.
        if !hasMath, p.numbering == nil, styles.headingLevel(style: p.style) == nil {
            if !pending.isEmpty {
                pending.append((text, p.location))
                var tracker = MathDelimiters.Tracker()
                for line in pending { tracker.feed(Substring(line.text)) }
                if !tracker.open || pending.count >= 100 { flushPending() }
                return
            }
            var tracker = MathDelimiters.Tracker()
            tracker.feed(Substring(text))
            if tracker.openDisplay {
                pending = [(text, p.location)]
                return
            }
        }
        flushPending()
        guard let block = block(p) else { return }
        blocks.append(block)
    }

    /// The paragraphs held for typed maths: one paragraph when their maths
    /// closes, else each on its own.
    mutating func flushPending() {
        guard !pending.isEmpty else { return }
        var tracker = MathDelimiters.Tracker()
        for line in pending { tracker.feed(Substring(line.text)) }
        let held = pending
        pending = []
        if !tracker.open {
            let joined = held.map(\.text).joined(separator: "\n")
            let p = Paragraph(items: [.text(joined)], location: held[0].location)
            if let block = block(p) { blocks.append(block) }
        } else {
            for line in held {
                if let block = block(Paragraph(items: [.text(line.text)], location: line.location)) { blocks.append(block) }
            }
        }
    }

    /// The block a paragraph makes, or nil when it shows nothing.
    mutating func block(_ p: Paragraph) -> Block? {
        let inlines = inlines(p.items, at: p.location)
        guard inlines.contains(where: {
            if case .text(let t) = $0 { return t.text.contains { !$0.isWhitespace } }
            return true
        }) else { return nil }
        if let level = styles.headingLevel(style: p.style) {
            return Block(.heading(level: level, inlines), at: p.location)
        }
        let block = MarkdownReader.paragraphOrDisplay(inlines, at: p.location)
        guard let numbering = p.numbering else { return block }
        return Block(.listItem(marker(numbering), [block]), at: p.location)
    }

    mutating func marker(_ numbering: (id: String, level: Int)) -> ListMarker {
        if styles.isBullet(numbering: numbering.id, level: numbering.level) {
            return ListMarker(text: "-", ordinal: nil, depth: numbering.level)
        }
        var levels = counters[numbering.id] ?? [:]
        let n = (levels[numbering.level] ?? 0) + 1
        levels[numbering.level] = n
        for deeper in levels.keys where deeper > numbering.level { levels[deeper] = 0 }
        counters[numbering.id] = levels
        return ListMarker(text: "\(n).", ordinal: n, depth: numbering.level)
    }

    /// A paragraph's items: text runs (their maths delimiters found later)
    /// and equations, in order.
    mutating func read(_ node: XMLNode) -> Paragraph {
        paragraphNumber += 1
        var p = Paragraph(location: SourceLocation(line: paragraphNumber, column: 1))
        if let properties = node.child("pPr") {
            p.style = properties.value(of: "pStyle")
            if let numbering = properties.child("numPr"), let id = numbering.value(of: "numId"), id != "0" {
                p.numbering = (id, numbering.value(of: "ilvl").flatMap(Int.init) ?? 0)
            }
        }
        collect(node.children, into: &p)
        return p
    }

    mutating func collect(_ nodes: [XMLNode], into p: inout Paragraph) {
        for node in nodes {
            switch (node.space, node.name) {
            case (.word, "pPr"):
                continue
            case (.word, "r"):
                run(node, into: &p)
            case (.word, "del"), (.word, "moveFrom"):
                if node.children.contains(where: { $0.children.contains { $0.name == "delText" && !$0.text.isEmpty } }) {
                    omitted.append(Omission(.deleted, at: p.location))
                }
            case (.math, "oMath"):
                p.items.append(.math(OfficeMath.tex(node), display: false))
            case (.math, "oMathPara"):
                p.items.append(.math(OfficeMath.paragraph(node), display: true))
            case (.word, "sdt"):
                collect(node.child("sdtContent")?.children ?? [], into: &p)
            case (.markup, "AlternateContent"):
                collect(node.child("Choice")?.children ?? [], into: &p)
            default:
                // Hyperlinks, insertions, smart tags, simple fields: their runs are shown.
                collect(node.children, into: &p)
            }
        }
    }

    mutating func run(_ node: XMLNode, into p: inout Paragraph) {
        func on(_ name: String) -> Bool {
            node.child("rPr")?.child(name).map { $0.attributes["val"] != "0" && $0.attributes["val"] != "false" } ?? false
        }
        let hidden = on("vanish")
        // Struck through (single or double): withdrawn by the writer.
        let struck = on("strike") || on("dstrike")
        var text = ""
        for child in node.children {
            switch child.name {
            case "t": text += child.text
            case "tab", "ptab": text += "\t"
            case "br", "cr": text += "\n"
            case "noBreakHyphen": text += "-"
            case "sym":
                if let code = child.attributes["char"].flatMap({ UInt32($0, radix: 16) }),
                   let scalar = Unicode.Scalar(code >= 0xF000 ? code - 0xF000 : code) {
                    text.unicodeScalars.append(scalar)
                }
            case "drawing", "pict":
                omitted.append(Omission(.image, at: p.location))
            case "object":
                problems.append(SheetDocument.Problem(location: p.location,
                    message: "an equation object (MathType or Equation Editor 3.0) cannot be read", detail: "write it with Word's equation editor"))
            case "AlternateContent":
                // A drawing's two renderings: one picture.
                if child.children.contains(where: { $0.children.contains { $0.name == "drawing" || $0.name == "pict" } }) {
                    omitted.append(Omission(.image, at: p.location))
                }
            default:
                continue
            }
        }
        if hidden || struck {
            if text.contains(where: { !$0.isWhitespace }) { omitted.append(Omission(hidden ? .hiddenText : .struckOut, at: p.location)) }
            return
        }
        if case .text(let previous)? = p.items.last {
            p.items[p.items.count - 1] = .text(previous + text)
        } else if !text.isEmpty {
            p.items.append(.text(text))
        }
    }

    /// Items as inlines: text scanned for typed maths, equations as TeX, all
    /// at the paragraph's place.
    mutating func inlines(_ items: [Item], at location: SourceLocation) -> [Inline] {
        var result: [Inline] = []
        for item in items {
            switch item {
            case .text(let text):
                let fragment = Fragment(Substring(SheetBytes.plainLetters(text)), start: location, fixed: true)
                var parser = MarkdownInlines(markup: false)
                result += parser.parse(fragment)
                problems += parser.problems
            case .math(let tex, let display):
                let span = MathSource(tex: Fragment(Substring(tex), start: location, fixed: true), display: display, delimiter: "omml", location: location)
                result.append(.math(span))
            }
        }
        return result
    }

    // MARK: Tables

    mutating func table(_ node: XMLNode) {
        var rows: [[Table.Cell]] = []
        var start: SourceLocation?
        for row in node.children where row.name == "tr" {
            var cells: [Table.Cell] = []
            for cell in row.children where cell.name == "tc" {
                var items: [Item] = []
                var location: SourceLocation?
                cellParagraphs(cell.children, items: &items, location: &location)
                let at = location ?? SourceLocation(line: paragraphNumber, column: 1)
                start = start ?? at
                cells.append(Table.Cell(inlines: inlines(items, at: at), location: at))
            }
            if !cells.isEmpty { rows.append(cells) }
        }
        guard !rows.isEmpty else { return }
        blocks.append(Block(.table(Table(rows: rows, headerRows: 1)), at: start ?? SourceLocation(line: paragraphNumber, column: 1)))
    }

    /// The paragraphs of a cell (nested tables flattened into it), joined by line breaks.
    mutating func cellParagraphs(_ nodes: [XMLNode], items: inout [Item], location: inout SourceLocation?) {
        for node in nodes {
            switch node.name {
            case "p":
                let p = read(node)
                location = location ?? p.location
                if !items.isEmpty { items.append(.text("\n")) }
                items += p.items
            case "tbl", "tr", "tc", "sdt", "sdtContent", "customXml":
                cellParagraphs(node.children, items: &items, location: &location)
            default:
                continue
            }
        }
    }
}
