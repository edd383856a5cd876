/// The second phase: a leaf's text into inlines — text runs and maths spans.
/// Code spans are text (their content is not scanned for maths); maths is
/// found by its delimiters (`MathDelimiters`), `\$` being a dollar; raw HTML
/// is read as a browser shows it (`HTMLStep`): comments, hidden elements
/// and images are left out and listed, `<sub>`/`<sup>` are `_{…}`/`^{…}`,
/// `<br>` a line break, other tags only style.
struct MarkdownInlines {
    var omitted: [Omission] = []
    var problems: [SheetDocument.Problem] = []
    /// Whether HTML and code spans are read (Markdown); off for text that
    /// only carries maths (code blocks, Word, HTML blocks' text).
    var markup = true

    mutating func parse(_ fragment: Fragment) -> [Inline] {
        let s = Array(fragment.text.unicodeScalars)
        var cut = FragmentSlicer(fragment)
        var inlines: [Inline] = []
        var builder = FragmentBuilder()
        var textStart = 0

        func flushRaw(_ i: Int) {
            if textStart < i { builder.append(cut.slice(textStart..<i)) }
            textStart = i
        }
        func flushText(_ i: Int) {
            flushRaw(i)
            if !builder.isEmpty { inlines.append(.text(builder.build(or: fragment.start))) }
            builder = FragmentBuilder()
        }

        // Lengths of backtick runs, and comments, known to have no closer
        // further on: not searched for again (no quadratic scans).
        var unclosedRuns = Set<Int>()
        var unclosedComment = false
        var unclosedStrike = false
        var i = 0
        while i < s.count {
            let c = s[i]
            if c == "\\", i + 1 < s.count, s[i + 1] == "$" { i += 2; continue }
            // LaTeX's `\\[2pt]`: a line break with its space, not `\[`
            // (Markdown's `\\` is an escape, read below).
            if !markup, c == "\\", i + 1 < s.count, s[i + 1] == "\\" { i += 2; continue }
            if let (open, close, display, name) = MathDelimiters.opener(s, at: i) {
                guard let end = MathDelimiters.closer(s, from: i + open, close) else {
                    problems.append(SheetDocument.Problem(location: cut.location(at: i), message: "unclosed '\(name)'"))
                    break
                }
                flushText(i)
                let at = cut.location(at: i)
                inlines.append(.math(MathSource(tex: cut.slice(MathDelimiters.content(from: i, open: open, end: end, close: close, name: name)),
                                                display: display, delimiter: name, location: at)))
                i = end + close.count
                textStart = i
                continue
            }
            guard markup else { i += 1; continue }
            if c == "`" {
                let run = s[i...].prefix { $0 == "`" }.count
                if !unclosedRuns.contains(run), let close = Self.closingRun(s, from: i + run, length: run) {
                    // reStructuredText's `:math:` role (MyST's `{math}`)
                    // before a code span: inline maths.
                    if run == 1, let role = Self.mathRole(s, before: i), close > i + 1 {
                        flushText(i - role)
                        inlines.append(.math(MathSource(tex: cut.slice((i + 1)..<close), display: false, delimiter: ":math:",
                                                        location: cut.location(at: i - role))))
                        i = close + 1
                        textStart = i
                        continue
                    }
                    flushRaw(i)
                    var lower = i + run, upper = close
                    if upper - lower >= 2, s[lower] == " ", s[upper - 1] == " " { lower += 1; upper -= 1 }
                    builder.append(cut.slice(lower..<upper))
                    i = close + run
                    textStart = i
                } else {
                    unclosedRuns.insert(run)
                    i += run
                }
                continue
            }
            if c == "~", !unclosedStrike, let end = Self.strikethroughEnd(s, from: i) {
                // `~~first try~~ correction`: what the writer struck out is
                // withdrawn (GitHub's strikethrough), as Word's deleted text is.
                flushRaw(i)
                omitted.append(Omission(.struckOut, at: cut.location(at: i)))
                i = end
                textStart = i
                continue
            } else if c == "~", i + 1 < s.count, s[i + 1] == "~" {
                unclosedStrike = unclosedStrike || Self.strikethroughEnd(s, from: i) == nil && Self.opensStrikethrough(s, at: i)
                i += s[i...].prefix { $0 == "~" }.count
                continue
            }
            if c == "!", let end = Self.imageEnd(s, from: i) {
                // `![alt](picture.png)`: the picture is shown, not its text.
                flushRaw(i)
                omitted.append(Omission(.image, at: cut.location(at: i)))
                i = end
                textStart = i
                continue
            }
            if c == "<", HTMLScanner.isComment(s, at: i), unclosedComment || HTMLScanner.commentEnd(s, from: i) == nil {
                unclosedComment = true
                i += 1
                continue
            }
            if c == "<" || c == "&", let step = HTMLStep.at(s, i) {
                flushRaw(i)
                let at = cut.location(at: i)
                switch step {
                case .skip(let end, let kind):
                    if let kind { omitted.append(Omission(kind, at: at)) }
                    i = end
                case .text(let text, let end):
                    builder.append(text, at: at)
                    i = end
                case .tag(_, let end):
                    i = end
                case .unread(let message, let advice, let end):
                    problems.append(SheetDocument.Problem(location: at, message: message, detail: advice))
                    i = end
                }
                textStart = i
                continue
            }
            i += 1
        }
        flushText(s.count)
        return inlines
    }

    /// The length of a maths role, `:math:` or `{math}`, just before `i`,
    /// at the start of the text or after a space or an opening bracket.
    static func mathRole(_ s: [Unicode.Scalar], before i: Int) -> Int? {
        for role in [":math:", "{math}"] {
            let r = Array(role.unicodeScalars)
            guard i >= r.count, Array(s[(i - r.count)..<i]) == r else { continue }
            let k = i - r.count
            if k == 0 || " \t\n([".unicodeScalars.contains(s[k - 1]) { return r.count }
        }
        return nil
    }

    /// Whether exactly two tildes at `i` open a strikethrough: not after a
    /// tilde, and followed by something other than a tilde or a space.
    static func opensStrikethrough(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        i + 2 < s.count && s[i] == "~" && s[i + 1] == "~" && (i == 0 || s[i - 1] != "~")
            && s[i + 2] != "~" && !s[i + 2].properties.isWhitespace
    }

    /// The index after `~~…~~` starting at `i` (GitHub's strikethrough: two
    /// tildes, the content not beginning or ending with a space, maths
    /// spans inside skipped whole); nil when there is none.
    static func strikethroughEnd(_ s: [Unicode.Scalar], from i: Int) -> Int? {
        guard opensStrikethrough(s, at: i) else { return nil }
        var j = i + 2
        while j + 1 < s.count {
            if s[j] == "\\" { j += 2; continue }
            if let (open, close, _, _) = MathDelimiters.opener(s, at: j) {
                guard let end = MathDelimiters.closer(s, from: j + open, close) else { return nil }
                j = end + close.count
                continue
            }
            if s[j] == "~", s[j + 1] == "~", j + 2 == s.count || s[j + 2] != "~", !s[j - 1].properties.isWhitespace {
                return j + 2
            }
            j += 1
        }
        return nil
    }

    /// The index after a Markdown image `![alt](target)` starting at `i`.
    static func imageEnd(_ s: [Unicode.Scalar], from i: Int) -> Int? {
        guard i + 1 < s.count, s[i + 1] == "[" else { return nil }
        let limit = min(s.count, i + 2048)
        var j = i + 2
        var depth = 1
        while j < limit, depth > 0 {
            if s[j] == "\\" { j += 2; continue }
            if s[j] == "[" { depth += 1 }
            if s[j] == "]" { depth -= 1 }
            j += 1
        }
        guard depth == 0, j < limit, s[j] == "(" else { return nil }
        while j < limit, s[j] != ")" { if s[j] == "\n" { return nil }; j += 1 }
        return j < limit ? j + 1 : nil
    }

    /// The start of the next run of exactly `length` backticks after `from`.
    static func closingRun(_ s: [Unicode.Scalar], from: Int, length: Int) -> Int? {
        var j = from
        while j < s.count {
            guard s[j] == "`" else { j += 1; continue }
            let run = s[j...].prefix { $0 == "`" }.count
            if run == length { return j }
            j += run
        }
        return nil
    }
}
