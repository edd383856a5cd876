import Foundation

/// An HTML sheet through pandoc's JSON AST (`pandoc -f html -t json`, the
/// bytes on standard input): pandoc parses the HTML, turns MathML and
/// MathJax/KaTeX delimiters into maths with TeX, and this walks its blocks
/// (`Header`, `Para`, `Plain`, `BulletList`, `OrderedList`, `Table`,
/// `BlockQuote`, `CodeBlock`, `Div`) and inlines (`Str`, `Space`, `Math`, …)
/// into the document model. Rows of MathML tables stay apart (`\\`). MathML
/// that carries its TeX is read as that TeX, and spans a style sheet sets
/// in sub- or superscript are scripts (`PandocHTML+Maths`).
///
/// Left out and listed: elements with `hidden`, `aria-hidden="true"` or
/// `display:none` (KaTeX's visual copy of each formula among them), images,
/// raw HTML comments. `<details>` is read (it is shown on a click). A place
/// is the number of the block in the document (pandoc keeps no lines).
enum PandocHTML {
    static let reader = "html+tex_math_dollars+tex_math_single_backslash"

    static func document(_ data: Data, path: String) throws -> SheetDocument {
        let json = try Pandoc.run(mathsAsTeX(markUnrendered(data)), from: reader, to: "json", path: path, what: ".html")
        return try document(pandocJSON: json, path: path, scripts: scriptClasses(data))
    }

    /// The document pandoc's JSON AST describes; `scripts`, the classes the
    /// page's style sheet sets in sub- or superscript.
    static func document(pandocJSON json: Data, path: String, scripts: ScriptClasses = ScriptClasses()) throws -> SheetDocument {
        guard let root = try? JSONSerialization.jsonObject(with: json) as? [String: Any],
              let blocks = root["blocks"] as? [Any] else {
            throw SheetError.unreadable(path: path, reason: "pandoc's reading of it is not a document")
        }
        var walker = Walker()
        walker.scripts = scripts
        var prompts: [Omission] = []
        let result = NotebookPrompts.removing(walker.blocks(blocks, depth: 0), omitted: &prompts)
        var document = SheetDocument(path: path, format: .html, blocks: result)
        document.omitted = walker.omitted + prompts
        document.problems = walker.problems
        document.places = .paragraphs
        return document
    }

    struct Walker {
        var omitted: [Omission] = []
        var problems: [SheetDocument.Problem] = []
        var number = 0
        var scripts = ScriptClasses()

        mutating func next() -> SourceLocation {
            number += 1
            return SourceLocation(line: number, column: 1)
        }

        static func node(_ value: Any) -> (tag: String, content: Any?)? {
            guard let object = value as? [String: Any], let tag = object["t"] as? String else { return nil }
            return (tag, object["c"])
        }

        /// Attributes `[id, [classes], [[key, value]]]`: whether the element
        /// is left out, and as what.
        static func omitted(_ attr: Any?) -> Omission.Kind? {
            guard let attr = attr as? [Any], attr.count == 3 else { return nil }
            let classes = attr[1] as? [String] ?? []
            if classes.contains("katex-html") { return .hidden }
            for pair in attr[2] as? [[String]] ?? [] where pair.count == 2 {
                let key = pair[0].lowercased(), value = pair[1].lowercased()
                if key == "coursecheck-omitted" || key == "data-coursecheck-omitted" { return value == "comment" ? .htmlComment : .hidden }
                if key == "hidden" { return .hidden }
                if key == "aria-hidden", value == "true" { return .hidden }
                if key == "style", value.filter({ !$0.isWhitespace }).contains("display:none") { return .hidden }
            }
            return nil
        }

        /// The value of the attribute `key` in `[id, [classes], [[key, value]]]`.
        static func attribute(_ key: String, of attr: Any?) -> String? {
            guard let attr = attr as? [Any], attr.count == 3 else { return nil }
            return (attr[2] as? [[String]] ?? []).first { $0.count == 2 && $0[0].lowercased() == key }?[1]
        }

        static func classes(_ attr: Any?) -> [String] {
            ((attr as? [Any])?.dropFirst().first as? [String]) ?? []
        }

        mutating func blocks(_ list: [Any], depth: Int) -> [Block] {
            var result: [Block] = []
            for value in list {
                guard let (tag, c) = Self.node(value) else { continue }
                switch tag {
                case "Para", "Plain":
                    let at = next()
                    let inlines = inlines(c as? [Any] ?? [], at: at)
                    if let (marker, rest) = PandocHTML.renderedMarker(inlines, depth: depth) {
                        let body = rest.isEmpty ? [] : [MarkdownReader.paragraphOrDisplay(rest, at: at)]
                        result.append(Block(.listItem(marker, body), at: at))
                    } else if !inlines.isEmpty {
                        result.append(MarkdownReader.paragraphOrDisplay(inlines, at: at))
                    }
                case "LineBlock":
                    let at = next()
                    let lines = (c as? [Any] ?? []).map { inlines($0 as? [Any] ?? [], at: at) }
                    var joined: [Inline] = []
                    for (n, line) in lines.enumerated() {
                        if n > 0 { joined.append(.text(Fragment("\n", start: at, fixed: true))) }
                        joined += line
                    }
                    result.append(Block(.paragraph(joined), at: at))
                case "Header":
                    let parts = c as? [Any] ?? []
                    guard parts.count == 3 else { continue }
                    let at = next()
                    if let kind = Self.omitted(parts[1]) { omitted.append(Omission(kind, at: at)); continue }
                    result.append(Block(.heading(level: parts[0] as? Int ?? 1, inlines(parts[2] as? [Any] ?? [], at: at)), at: at))
                case "CodeBlock":
                    let parts = c as? [Any] ?? []
                    guard parts.count == 2, let text = parts[1] as? String else { continue }
                    let at = next()
                    let language = Self.classes(parts[0]).first
                    let fragment = Fragment(Substring(SheetBytes.plainLetters(text)), start: at, fixed: true)
                    if let language, ["math", "latex", "tex"].contains(language) {
                        result.append(Block(.displayMath(MathSource(tex: fragment, display: true, delimiter: "pandoc", location: at)), at: at))
                    } else {
                        result.append(Block(.code(language: language, fragment), at: at))
                    }
                case "RawBlock":
                    raw(c, at: next())
                case "BlockQuote":
                    let at = SourceLocation(line: number + 1, column: 1)
                    result.append(Block(.quote(callout: nil, blocks(c as? [Any] ?? [], depth: depth)), at: at))
                case "BulletList", "OrderedList":
                    let ordered = tag == "OrderedList"
                    let parts = ordered ? (c as? [Any] ?? []) : [[], c as Any]
                    guard parts.count == 2 else { continue }
                    let start = ((parts[0] as? [Any])?.first as? Int) ?? 1
                    for (n, item) in (parts[1] as? [Any] ?? []).enumerated() {
                        let at = SourceLocation(line: number + 1, column: 1)
                        let marker = ordered ? ListMarker(text: "\(start + n).", ordinal: start + n, depth: depth)
                                             : ListMarker(text: "-", ordinal: nil, depth: depth)
                        result.append(Block(.listItem(marker, blocks(item as? [Any] ?? [], depth: depth + 1)), at: at))
                    }
                case "DefinitionList":
                    for entry in c as? [Any] ?? [] {
                        guard let pair = entry as? [Any], pair.count == 2 else { continue }
                        let at = next()
                        result.append(Block(.paragraph(inlines(pair[0] as? [Any] ?? [], at: at)), at: at))
                        for definition in pair[1] as? [Any] ?? [] { result += blocks(definition as? [Any] ?? [], depth: depth) }
                    }
                case "Div":
                    let parts = c as? [Any] ?? []
                    guard parts.count == 2 else { continue }
                    if let kind = Self.omitted(parts[0]) { omitted.append(Omission(kind, at: SourceLocation(line: number + 1, column: 1))); continue }
                    result += blocks(parts[1] as? [Any] ?? [], depth: depth)
                case "Table":
                    if let table = table(c) { result.append(table) }
                case "Figure":
                    omitted.append(Omission(.image, at: next()))
                default:
                    continue
                }
            }
            return result
        }

        mutating func raw(_ c: Any?, at location: SourceLocation) {
            guard let parts = c as? [Any], parts.count == 2, let text = parts[1] as? String else { return }
            if text.hasPrefix("<!--") { omitted.append(Omission(.htmlComment, at: location)) }
        }

        /// pandoc-types 1.22: `Table attr caption colspecs head bodies foot`.
        mutating func table(_ c: Any?) -> Block? {
            guard let parts = c as? [Any], parts.count == 6 else { return nil }
            if let kind = Self.omitted(parts[0]) { omitted.append(Omission(kind, at: SourceLocation(line: number + 1, column: 1))); return nil }
            var rows: [[Table.Cell]] = []
            var headerRows = 0
            func rowsOf(_ list: Any?) -> [Any] { list as? [Any] ?? [] }
            // head: [attr, [row]]
            if let head = parts[3] as? [Any], head.count == 2 {
                for row in rowsOf(head[1]) { rows.append(cells(row)); headerRows += 1 }
            }
            // bodies: [[attr, rowHeadColumns, [headRow], [row]]]
            for body in rowsOf(parts[4]) {
                guard let b = body as? [Any], b.count == 4 else { continue }
                for row in rowsOf(b[2]) + rowsOf(b[3]) { rows.append(cells(row)) }
            }
            if let foot = parts[5] as? [Any], foot.count == 2 {
                for row in rowsOf(foot[1]) { rows.append(cells(row)) }
            }
            rows = rows.filter { !$0.isEmpty }
            guard let first = rows.first?.first else { return nil }
            return Block(.table(Table(rows: rows, headerRows: headerRows)), at: first.location)
        }

        /// A row `[attr, [cell]]`, each cell `[attr, alignment, rowSpan, colSpan, [block]]`.
        mutating func cells(_ row: Any) -> [Table.Cell] {
            guard let r = row as? [Any], r.count == 2 else { return [] }
            var result: [Table.Cell] = []
            for cell in r[1] as? [Any] ?? [] {
                guard let parts = cell as? [Any], parts.count == 5 else { continue }
                let at = next()
                var inlines: [Inline] = []
                for block in parts[4] as? [Any] ?? [] {
                    guard let (tag, c) = Self.node(block), tag == "Plain" || tag == "Para" else { continue }
                    if !inlines.isEmpty { inlines.append(.text(Fragment("\n", start: at, fixed: true))) }
                    inlines += self.inlines(c as? [Any] ?? [], at: at)
                }
                result.append(Table.Cell(inlines: inlines, location: at))
            }
            return result
        }

        /// Inlines: text gathered (and scanned for maths delimiters pandoc
        /// left, such as a bare `\begin{align}`), maths as pandoc gives it.
        mutating func inlines(_ list: [Any], at location: SourceLocation) -> [Inline] {
            var result: [Inline] = []
            var text = ""
            func flush(_ result: inout [Inline], _ walker: inout Walker) {
                guard !text.isEmpty else { return }
                var parser = MarkdownInlines(markup: false)
                result += parser.parse(Fragment(Substring(SheetBytes.plainLetters(text)), start: location, fixed: true))
                walker.problems += parser.problems
                text = ""
            }
            func walk(_ list: [Any], _ result: inout [Inline], _ walker: inout Walker) {
                for (index, value) in list.enumerated() {
                    guard let (tag, c) = Self.node(value) else { continue }
                    switch tag {
                    case "Str": text += c as? String ?? ""
                    case "Space": text += " "
                    case "LineBreak": text += "\n"
                    case "SoftBreak":
                        let next = list.dropFirst(index + 1).first.flatMap(Self.node)
                        let word = next.flatMap { $0.tag == "Str" ? $0.content as? String : nil }
                        text += word.map { PandocHTML.opensBlock($0) || PandocHTML.cutAtSign(after: text, before: $0) } ?? false ? " " : "\n"
                    case "Code":
                        if let parts = c as? [Any], parts.count == 2 { text += parts[1] as? String ?? "" }
                    case "Math":
                        guard let parts = c as? [Any], parts.count == 2, let tex = parts[1] as? String else { continue }
                        let display = Self.node(parts[0])?.tag == "DisplayMath"
                        flush(&result, &walker)
                        let cleaned = PandocHTML.ungroupRelations(SheetBytes.plainLetters(tex))
                        result.append(.math(MathSource(tex: Fragment(Substring(cleaned), start: location, fixed: true),
                                                     display: display, delimiter: "pandoc", location: location)))
                    case "Subscript", "Superscript":
                        text += tag == "Subscript" ? "_{" : "^{"
                        walk(c as? [Any] ?? [], &result, &walker)
                        text += "}"
                    case "Span":
                        guard let parts = c as? [Any], parts.count == 2 else { continue }
                        if let kind = Self.omitted(parts[0]) { walker.omitted.append(Omission(kind, at: location)); continue }
                        let classes = Self.classes(parts[0])
                        let content = parts[1] as? [Any] ?? []
                        // `<span class="c9">1</span>` under `.c9{vertical-align:sub}`: a subscript.
                        if let open = walker.scripts.opening(classes: classes, style: Self.attribute("style", of: parts[0])) {
                            text += open
                            walk(content, &result, &walker)
                            text += "}"
                            continue
                        }
                        // MathJax's `<span class="math inline">…</span>` whose
                        // delimiters pandoc did not take: its text is TeX.
                        if classes.contains("math"), !content.contains(where: { Self.node($0)?.tag == "Math" }) {
                            flush(&result, &walker)
                            let tex = PandocHTML.stringify(content)
                            result.append(.math(MathSource(tex: Fragment(Substring(tex), start: location, fixed: true),
                                                         display: classes.contains("display"), delimiter: "pandoc", location: location)))
                            continue
                        }
                        walk(content, &result, &walker)
                    case "Image":
                        walker.omitted.append(Omission(.image, at: location))
                    case "RawInline":
                        walker.raw(c, at: location)
                    case "Note":
                        continue
                    case "Strikeout":
                        // `<del>`, `<s>`, `<strike>`: withdrawn by the writer.
                        walker.omitted.append(Omission(.struckOut, at: location))
                    case "Quoted":
                        if let parts = c as? [Any], parts.count == 2 { text += "\""; walk(parts[1] as? [Any] ?? [], &result, &walker); text += "\"" }
                    case "Cite":
                        if let parts = c as? [Any], parts.count == 2 { walk(parts[1] as? [Any] ?? [], &result, &walker) }
                    case "Link":
                        if let parts = c as? [Any], parts.count == 3 { walk(parts[1] as? [Any] ?? [], &result, &walker) }
                    default:
                        // Emph, Strong, Underline, SmallCaps: their text.
                        if let inner = c as? [Any] { walk(inner, &result, &walker) }
                    }
                }
            }
            walk(list, &result, &self)
            flush(&result, &self)
            return result
        }
    }

    /// Whether a line of a paragraph opening on `word` would read as a block
    /// of its own in the line-by-line reading of the text (a list's dash,
    /// plus or star, a number with its stop, a quote's `>` or a heading's
    /// `#`). Inside an HTML paragraph it cannot be one: the page's line break
    /// there (`… it is f_a` / `- f_n.`) is a space, and the line goes on.
    static func opensBlock(_ word: String) -> Bool {
        guard let first = word.first else { return false }
        if "-+*>#\u{2212}\u{2013}".contains(first) { return true }
        return word.range(of: #"^\d{1,2}[.)]"#, options: .regularExpression) != nil
    }

    /// Whether a paragraph's line break falls inside a calculation: the
    /// line before ends on a sign of operation or `=` (`… + f_6 -` / `2 f_1
    /// - f_2`), or the next opens on a sign no list or heading opens with
    /// (`3 anchors` / `× 2 positives × 3 negatives = 18`). Inside an HTML
    /// paragraph the break is a space, and the calculation goes on.
    static func cutAtSign(after text: String, before word: String) -> Bool {
        let end = text.reversed().drop { $0 == " " }
        if let last = end.first, "+-\u{2212}×·*/÷=".contains(last), end.dropFirst().first != "-" { return true }
        guard let first = word.first else { return false }
        return "×·/÷=".contains(first)
    }

    /// The text of inlines (Str, Space, breaks) as TeX: a MathJax span's
    /// superscript and subscript tags (`6<sup>3</sup>`) are `^{…}` and `_{…}`.
    static func stringify(_ list: [Any]) -> String {
        var text = ""
        for value in list {
            guard let (tag, c) = Walker.node(value) else { continue }
            switch tag {
            case "Str": text += c as? String ?? ""
            case "Space", "SoftBreak", "LineBreak": text += " "
            case "Math": if let parts = c as? [Any], parts.count == 2 { text += parts[1] as? String ?? "" }
            case "Superscript", "Subscript": text += (tag == "Superscript" ? "^{" : "_{") + stringify(c as? [Any] ?? []) + "}"
            default: if let inner = c as? [Any] { text += stringify(inner) }
            }
        }
        return text
    }

    /// MathML's rows come back from pandoc as TeX groups: an aligned line
    /// `& {= f_1 + f_2}`. A group that begins with `=` is the line itself:
    /// its braces are dropped.
    static func ungroupRelations(_ text: String) -> String {
        guard text.contains("{=") else { return text }
        var scalars = Array(text.unicodeScalars)
        var i = 0
        while i + 1 < scalars.count {
            guard scalars[i] == "{", scalars[i + 1] == "=" else { i += 1; continue }
            var depth = 0, j = i
            while j < scalars.count {
                if scalars[j] == "\\" { j += 2; continue }
                if scalars[j] == "{" { depth += 1 }
                if scalars[j] == "}" { depth -= 1; if depth == 0 { break } }
                j += 1
            }
            guard j < scalars.count else { break }
            scalars.remove(at: j)
            scalars.remove(at: i)
        }
        return String(String.UnicodeScalarView(scalars))
    }
}
