import Foundation

extension PandocHTML {
    /// The classes a page's `<style>` sets in sub- or superscript
    /// (`.c9{vertical-align:sub}`: Google Docs' "Download → Web page" writes
    /// its subscripts so, with no `<sub>`). pandoc keeps a span's classes but
    /// not the style sheet, so the walker is told which they are.
    struct ScriptClasses: Equatable, Sendable {
        var sub: Set<String> = []
        var sup: Set<String> = []

        /// `_{` or `^{` for a span of these classes or this inline style; nil otherwise.
        func opening(classes: [String], style: String?) -> String? {
            if let style = style?.lowercased().filter({ !$0.isWhitespace }) {
                if style.contains("vertical-align:sub") { return "_{" }
                if style.contains("vertical-align:super") { return "^{" }
            }
            if classes.contains(where: sub.contains) { return "_{" }
            if classes.contains(where: sup.contains) { return "^{" }
            return nil
        }
    }

    /// The script classes of the rules in the page's `<style>` elements: a
    /// rule whose selector is a class (`.c9`, `span.c9`, several by commas)
    /// and whose declarations say `vertical-align: sub` or `super`.
    static func scriptClasses(_ data: Data) -> ScriptClasses {
        let text = String(decoding: data, as: UTF8.self)
        var result = ScriptClasses()
        guard text.range(of: "vertical-align", options: .caseInsensitive) != nil else { return result }
        for sheet in text.matches(of: #/(?is)<style[^>]*>(.*?)</style>/#) {
            for rule in sheet.output.1.matches(of: #/([^{}]+)\{([^{}]*)\}/#) {
                let declarations = rule.output.2.lowercased().filter { !$0.isWhitespace }
                let sub = declarations.contains("vertical-align:sub"), sup = declarations.contains("vertical-align:super")
                guard sub || sup else { continue }
                for selector in rule.output.1.split(separator: ",") {
                    guard let match = selector.trimmingCharacters(in: .whitespacesAndNewlines).wholeMatch(of: #/[A-Za-z]*\.([A-Za-z_][A-Za-z0-9_-]*)/#) else { continue }
                    if sub { result.sub.insert(String(match.output.1)) } else { result.sup.insert(String(match.output.1)) }
                }
            }
        }
        return result
    }

    /// MathML as its TeX, before pandoc reads it: a `<math>` element that
    /// carries its source (`<annotation encoding="application/x-tex">`, as
    /// KaTeX, Notion and `pandoc --mathml` write it) becomes that TeX in
    /// `\(…\)` or `\[…\]` (pandoc's conversion of the MathML loses what TeX
    /// says, a binomial among it). In one without, a fraction with no rule
    /// (`<mfrac linethickness="0">`, a binomial coefficient) becomes
    /// `C(n, k)`, which pandoc would otherwise make a fraction.
    static func mathsAsTeX(_ data: Data) -> Data {
        let text = String(decoding: data, as: UTF8.self)
        guard text.range(of: "<math", options: .caseInsensitive) != nil else { return data }
        let s = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        out.reserveCapacity(s.count)
        var i = 0
        while i < s.count {
            guard s[i] == "<", let tag = HTMLScanner.tag(s, at: i), !tag.closing, tag.name == "math", !tag.isVoid else {
                out.append(s[i]); i += 1; continue
            }
            let end = HTMLScanner.elementEnd(s, tag: tag, from: i)
            let element = Array(s[i..<end])
            if let tex = annotation(element) {
                let display = tag.attributes["display"]?.lowercased() == "block"
                out.append(contentsOf: "<span class=\"math \(display ? "display" : "inline")\">\(display ? "\\[" : "\\(")".unicodeScalars)
                out.append(contentsOf: tex.unicodeScalars)
                out.append(contentsOf: "\(display ? "\\]" : "\\)")</span>".unicodeScalars)
            } else {
                out.append(contentsOf: binomials(element))
            }
            i = max(end, i + 1)
        }
        return Data(String(out).utf8)
    }

    /// The TeX an element's `<annotation>` holds (as written, character
    /// references left for pandoc), when its encoding is TeX.
    static func annotation(_ s: [Unicode.Scalar]) -> String? {
        var i = 0
        while i < s.count {
            if s[i] == "<", let tag = HTMLScanner.tag(s, at: i), !tag.closing, tag.name == "annotation",
               let encoding = tag.attributes["encoding"]?.lowercased(), encoding.contains("tex") {
                let start = i + tag.length
                var j = start
                while j < s.count, !(s[j] == "<" && HTMLScanner.tag(s, at: j).map { $0.closing && $0.name == "annotation" } == true) { j += 1 }
                guard j < s.count else { return nil }
                let tex = String(String.UnicodeScalarView(s[start..<j])).trimmingCharacters(in: .whitespacesAndNewlines)
                return tex.isEmpty ? nil : tex
            }
            i += 1
        }
        return nil
    }

    /// MathML with each `<mfrac>` of zero thickness (`0`, `0px`, `0em`, …)
    /// and two children written `C(first, second)`.
    static func binomials(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        var i = 0
        while i < s.count {
            guard s[i] == "<", let tag = HTMLScanner.tag(s, at: i), !tag.closing, tag.name == "mfrac", !tag.isVoid,
                  let thickness = tag.attributes["linethickness"],
                  let zero = Double(thickness.prefix { $0.isNumber || $0 == "." }), zero == 0 else {
                out.append(s[i]); i += 1; continue
            }
            let end = HTMLScanner.elementEnd(s, tag: tag, from: i)
            let close = end - "</mfrac>".unicodeScalars.count
            guard close >= i + tag.length, String(String.UnicodeScalarView(s[close..<end])).lowercased() == "</mfrac>" else {
                out.append(s[i]); i += 1; continue
            }
            let children = Self.children(Array(s[(i + tag.length)..<close]))
            guard children.count == 2 else { out.append(s[i]); i += 1; continue }
            out += "<mrow><mi>C</mi><mo>(</mo>".unicodeScalars
            out += binomials(children[0])
            out += "<mo>,</mo>".unicodeScalars
            out += binomials(children[1])
            out += "<mo>)</mo></mrow>".unicodeScalars
            i = end
        }
        return out
    }

    /// The child elements of MathML content (text between them ignored).
    static func children(_ s: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
        var result: [[Unicode.Scalar]] = []
        var i = 0
        while i < s.count {
            guard s[i] == "<", let tag = HTMLScanner.tag(s, at: i) else { i += 1; continue }
            if tag.closing { return [] }
            let end = tag.isVoid ? i + tag.length : HTMLScanner.elementEnd(s, tag: tag, from: i)
            result.append(Array(s[i..<min(end, s.count)]))
            i = max(end, i + 1)
        }
        return result
    }
}
