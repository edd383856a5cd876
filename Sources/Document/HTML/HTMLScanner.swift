/// Raw HTML in a Markdown sheet, scanned as a browser would show it: tags,
/// comments, character references. Only what is rendered is read: comments,
/// `hidden`, `aria-hidden="true"` and `display:none` elements, scripts and
/// styles, and images are left out (and listed).
enum HTMLScanner {
    struct Tag {
        var name: String
        var closing: Bool
        var selfClosing: Bool
        var attributes: [String: String]
        /// Scalars from `<` to `>` inclusive.
        var length: Int

        /// Hidden from every reader: `hidden`, `aria-hidden="true"`,
        /// `style="display: none"` or `visibility: hidden`, and Jupyter's
        /// heading permalinks (`<a class="anchor-link">¶</a>`, which its
        /// style shows only under the pointer).
        var isHidden: Bool {
            if attributes["hidden"] != nil { return true }
            if name == "a", attributes["class"]?.split(separator: " ").contains("anchor-link") == true { return true }
            if attributes["aria-hidden"]?.lowercased() == "true" { return true }
            if let style = attributes["style"]?.lowercased().filter({ !$0.isWhitespace }),
               style.contains("display:none") || style.contains("visibility:hidden") { return true }
            return false
        }

        /// Elements without content or a closing tag.
        var isVoid: Bool { selfClosing || HTMLScanner.voidElements.contains(name) }
    }

    static let voidElements: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]
    /// Elements that show a picture, not text.
    static let pictures: Set<String> = ["img", "svg", "picture", "video", "audio", "canvas", "object", "embed", "iframe"]
    /// Elements whose content is never shown as text.
    static let unrendered: Set<String> = ["script", "style", "template", "noscript", "head", "title"]
    /// Elements that end a paragraph.
    static let blockElements: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "header", "hr", "html", "legend", "li", "main", "menu", "nav",
        "ol", "p", "pre", "section", "summary", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "td", "th",
        "thead", "tbody", "tfoot", "caption",
    ]

    /// The longest tag read: a longer one is text.
    static let maximumTag = 4096

    /// The tag at `i` (`s[i]` is `<`), if one is written there.
    static func tag(_ s: [Unicode.Scalar], at i: Int) -> Tag? {
        var j = i + 1
        let limit = min(s.count, i + maximumTag)
        var closing = false
        if j < limit, s[j] == "/" { closing = true; j += 1 }
        guard j < limit, isASCIILetter(s[j]) else { return nil }
        var name = ""
        while j < limit, isASCIILetter(s[j]) || ("0"..."9").contains(s[j]) || s[j] == "-" {
            name.unicodeScalars.append(s[j]); j += 1
        }
        var attributes: [String: String] = [:]
        while j < limit {
            let start = j
            while j < limit, s[j] == " " || s[j] == "\t" || s[j] == "\n" { j += 1 }
            guard j < limit else { return nil }
            if s[j] == ">" { return Tag(name: name.lowercased(), closing: closing, selfClosing: false, attributes: attributes, length: j - i + 1) }
            if s[j] == "/", j + 1 < limit, s[j + 1] == ">" {
                return Tag(name: name.lowercased(), closing: closing, selfClosing: true, attributes: attributes, length: j - i + 2)
            }
            // An attribute must follow white space.
            guard j > start, !closing else { return nil }
            var key = ""
            while j < limit, !" \t\n=>/\"'<".unicodeScalars.contains(s[j]) { key.unicodeScalars.append(s[j]); j += 1 }
            guard !key.isEmpty else { return nil }
            var value = ""
            var k = j
            while k < limit, s[k] == " " || s[k] == "\t" { k += 1 }
            if k < limit, s[k] == "=" {
                k += 1
                while k < limit, s[k] == " " || s[k] == "\t" { k += 1 }
                guard k < limit else { return nil }
                if s[k] == "\"" || s[k] == "'" {
                    let quote = s[k]
                    k += 1
                    while k < limit, s[k] != quote { value.unicodeScalars.append(s[k]); k += 1 }
                    guard k < limit else { return nil }
                    k += 1
                } else {
                    while k < limit, !" \t\n\"'=<>`".unicodeScalars.contains(s[k]) { value.unicodeScalars.append(s[k]); k += 1 }
                    guard !value.isEmpty else { return nil }
                }
                j = k
            }
            attributes[key.lowercased()] = value
        }
        return nil
    }

    /// The index after `-->` for a comment opened at `i`, or nil when it is
    /// not closed in `s`.
    static func commentEnd(_ s: [Unicode.Scalar], from i: Int) -> Int? {
        var j = i + 4
        while j + 2 < s.count {
            if s[j] == "-", s[j + 1] == "-", s[j + 2] == ">" { return j + 3 }
            j += 1
        }
        return nil
    }

    static func isComment(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        i + 3 < s.count && s[i] == "<" && s[i + 1] == "!" && s[i + 2] == "-" && s[i + 3] == "-"
    }

    /// The index after the closing tag matching `tag` (opened at `i`),
    /// counting nested elements of the same name; the end of `s` when it is
    /// never closed (a browser hides the rest).
    static func elementEnd(_ s: [Unicode.Scalar], tag: Tag, from i: Int) -> Int {
        var depth = 1
        var j = i + tag.length
        while j < s.count {
            if s[j] == "<", let t = self.tag(s, at: j), t.name == tag.name {
                if t.closing { depth -= 1 } else if !t.isVoid { depth += 1 }
                j += t.length
                if depth == 0 { return j }
                continue
            }
            j += 1
        }
        return s.count
    }

    /// A character reference at `i` (`&amp;`, `&#8722;`, `&#x2212;`): the
    /// text it stands for and its length.
    static func entity(_ s: [Unicode.Scalar], at i: Int) -> (String, Int)? {
        var j = i + 1
        var name = ""
        while j < s.count, j - i < 12, s[j] != ";" { name.unicodeScalars.append(s[j]); j += 1 }
        guard j < s.count, s[j] == ";", !name.isEmpty else { return nil }
        let length = j - i + 1
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let value, value != 0, let scalar = Unicode.Scalar(value) else { return nil }
            return (String(scalar), length)
        }
        guard let text = named[name] else { return nil }
        return (text, length)
    }

    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "minus": "\u{2212}", "times": "×",
        "middot": "·", "sdot": "⋅", "part": "∂", "nabla": "∇", "ndash": "–", "mdash": "—", "hellip": "…", "thinsp": " ",
    ]

    static func isASCIILetter(_ c: Unicode.Scalar) -> Bool { ("a"..."z").contains(c) || ("A"..."Z").contains(c) }
}

/// The start of an HTML block (CommonMark's seven kinds), and where each ends.
enum HTMLBlockStart {
    case raw(String)        // 1: script, pre, style, textarea: ends at its closing tag
    case comment            // 2: ends at `-->`
    case instruction        // 3: ends at `?>`
    case declaration        // 4: ends at `>`
    case cdata              // 5: ends at `]]>`
    case block              // 6: a block-level tag: ends at a blank line
    case other              // 7: any other whole tag alone on its line: ends at a blank line

    var endsAtBlankLine: Bool {
        switch self {
        case .block, .other: true
        default: false
        }
    }

    /// Whether `line` holds this block's end.
    func ends(_ line: Substring) -> Bool {
        let lower = line.lowercased()
        switch self {
        case .raw(let name): return lower.contains("</\(name)>")
        case .comment: return line.contains("-->")
        case .instruction: return line.contains("?>")
        case .declaration: return line.contains(">")
        case .cdata: return line.contains("]]>")
        case .block, .other: return false
        }
    }

    static let blockNames: Set<String> = [
        "address", "article", "aside", "base", "basefont", "blockquote", "body", "caption", "center", "col", "colgroup",
        "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "frame",
        "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "iframe", "legend", "li", "link",
        "main", "menu", "menuitem", "nav", "noframes", "ol", "optgroup", "option", "p", "param", "search", "section",
        "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "track", "ul",
    ]

    /// The kind of HTML block `text` (indentation dropped) starts, if any.
    static func kind(of text: Substring, interruptsParagraph: Bool) -> HTMLBlockStart? {
        guard text.hasPrefix("<") else { return nil }
        let lower = text.lowercased()
        for name in ["script", "pre", "style", "textarea"] where lower.hasPrefix("<\(name)") {
            let after = lower.dropFirst(name.count + 1).first
            if after == nil || after == " " || after == ">" || after == "\t" { return .raw(name) }
        }
        if text.hasPrefix("<!--") { return .comment }
        if text.hasPrefix("<?") { return .instruction }
        if text.hasPrefix("<![CDATA[") { return .cdata }
        if text.hasPrefix("<!"), let c = text.unicodeScalars.dropFirst(2).first, HTMLScanner.isASCIILetter(c) { return .declaration }
        let s = Array(text.unicodeScalars.prefix(HTMLScanner.maximumTag))
        var j = 1
        if j < s.count, s[j] == "/" { j += 1 }
        var name = ""
        while j < s.count, HTMLScanner.isASCIILetter(s[j]) || ("0"..."9").contains(s[j]) { name.unicodeScalars.append(s[j]); j += 1 }
        if blockNames.contains(name.lowercased()) {
            if j == s.count || s[j] == " " || s[j] == "\t" || s[j] == ">" || (s[j] == "/" && j + 1 < s.count && s[j + 1] == ">") {
                return .block
            }
        }
        // Kind 7: a complete tag alone on the line; it cannot interrupt a paragraph.
        guard !interruptsParagraph, let tag = HTMLScanner.tag(s, at: 0),
              s[tag.length...].allSatisfy({ $0 == " " || $0 == "\t" }) else { return nil }
        return .other
    }
}

/// What an HTML construct at a `<` or `&` does to the text around it.
enum HTMLStep {
    /// Not rendered as text: skipped to `end`, and listed when it is
    /// something a student may have meant as an answer.
    case skip(end: Int, omitted: Omission.Kind?)
    /// Stands for text: `<sub>` is `_{`, `<br>` a line feed, `&minus;` `−`.
    case text(String, end: Int)
    /// A tag that only styles (`<b>`, `<span>`), or a block-level tag:
    /// skipped, the tag given to the caller.
    case tag(HTMLScanner.Tag, end: Int)
    /// MathML, which is not read in a Markdown sheet (pandoc reads it in HTML).
    case unread(String, advice: String, end: Int)

    /// The step at `i`, if `s[i]` starts HTML.
    static func at(_ s: [Unicode.Scalar], _ i: Int) -> HTMLStep? {
        if s[i] == "&" {
            guard let (text, length) = HTMLScanner.entity(s, at: i) else { return nil }
            return .text(text, end: i + length)
        }
        guard s[i] == "<" else { return nil }
        if HTMLScanner.isComment(s, at: i) {
            // An unclosed comment is not a comment: the text is shown.
            guard let end = HTMLScanner.commentEnd(s, from: i) else { return nil }
            return .skip(end: end, omitted: .htmlComment)
        }
        guard let tag = HTMLScanner.tag(s, at: i) else { return nil }
        let end = i + tag.length
        if tag.closing {
            switch tag.name {
            case "sub", "sup": return .text("}", end: end)
            default: return .tag(tag, end: end)
            }
        }
        if HTMLScanner.unrendered.contains(tag.name) {
            return .skip(end: tag.isVoid ? end : HTMLScanner.elementEnd(s, tag: tag, from: i), omitted: .script)
        }
        if HTMLScanner.pictures.contains(tag.name) {
            return .skip(end: tag.isVoid ? end : HTMLScanner.elementEnd(s, tag: tag, from: i), omitted: .image)
        }
        if tag.isHidden {
            return .skip(end: tag.isVoid ? end : HTMLScanner.elementEnd(s, tag: tag, from: i), omitted: .hidden)
        }
        switch tag.name {
        case "sub": return .text("_{", end: end)
        case "sup": return .text("^{", end: end)
        case "br": return .text("\n", end: end)
        case "math": return .unread("MathML in a Markdown sheet is not read", advice: "write the maths in TeX ($…$)",
                                    end: HTMLScanner.elementEnd(s, tag: tag, from: i))
        default: return .tag(tag, end: end)
        }
    }
}
