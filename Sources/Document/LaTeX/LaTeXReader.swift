import Foundation

/// A LaTeX document into blocks, by coursecheck's own front end (pandoc
/// gives up on a whole document for one unbalanced brace and loses the
/// student's line numbers). What LaTeX never typesets is not read and is
/// listed: `%` comments (`\%` is a percent sign), `\iffalse … \fi`,
/// `\begin{comment} … \end{comment}`, and the preamble. The document's own
/// macros (`\newcommand`, `\def`) are expanded in its text and handed to
/// the maths grammar as data for its maths (`LaTeXMacros`).
///
/// Blocks: `\section`, `\subsection`, `\subsubsection`, `\paragraph`
/// headings; `itemize`, `enumerate` and `description` items (an
/// `\item[label]`'s label is its marker); `tabular` (`tabularx`, `longtable`); `verbatim` as code;
/// paragraphs between blank lines, whose maths (`$`, `\[`, `\(`, `$$`, the
/// display environments) is found by its delimiters. Other environments
/// (`center`, `table`, `minipage`, …) are transparent.
struct LaTeXReader {
    var omitted: [Omission] = []
    var problems: [SheetDocument.Problem] = []
    /// The document's macros, for its maths.
    var macros: [MacroDefinition] = []
    /// amsthm's numbered environments (`\newtheorem{question}{Question}`):
    /// each environment's title and the counter it steps.
    var theorems: [String: (title: String, counter: String)] = [:]
    /// The theorem counters' values: the number the last one printed.
    var theoremCounters: [String: Int] = [:]
    /// How many `enumerate` lists enclose the one being read.
    var enumerateLevel = 0
    /// Environments that print a title of the writer's choosing
    /// (`LaTeXReader+Titles`), by name.
    var titled: [String: TitleSource] = Self.boxTitles

    static let headings: [String: Int] = ["chapter": 1, "section": 1, "subsection": 2, "subsubsection": 3, "paragraph": 4, "subparagraph": 5]
    static let lists: Set<String> = ["itemize", "enumerate", "description", "questions", "parts", "subparts", "subsubparts"]
    /// The exam document class's lists: each environment's item command.
    /// Their numbers are implicit, as the class prints them: `\question`s
    /// are Questions 1, 2, … (`\setcounter{question}{k}` and
    /// `\addtocounter` move the count), `\part`s (a), (b), …, `\subpart`s
    /// i., ii., …; an item's `[…]` is its points, not a label.
    static let examItems: [String: String] = ["questions": "question", "parts": "part", "subparts": "subpart", "subsubparts": "subsubpart"]
    static let verbatim: Set<String> = ["verbatim", "verbatim*", "lstlisting", "minted", "Verbatim"]

    /// The document's text with what is not typeset blanked (line breaks
    /// kept, so that lines keep their numbers) and its macros expanded
    /// outside maths (`macros` holds them for the maths).
    mutating func typeset(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        blankComments(&scalars)
        blankConditionals(&scalars)
        let collected = LaTeXMacros.collect(&scalars)
        macros = collected.definitions
        return String(String.UnicodeScalarView(collected.expand(scalars)))
    }

    /// `%` to the end of the line (`\%` is kept); listed when it says something.
    mutating func blankComments(_ s: inout [Unicode.Scalar]) {
        var line = 1, column = 1
        var i = 0
        while i < s.count {
            if s[i] == "\n" { line += 1; column = 1; i += 1; continue }
            if s[i] == "\\", i + 1 < s.count, s[i + 1] != "\n" { i += 2; column += 2; continue }
            if s[i] == "%" {
                let start = i
                var said = false
                while i < s.count, s[i] != "\n" {
                    if s[i] != "%", !s[i].properties.isWhitespace { said = true }
                    s[i] = " "
                    i += 1
                }
                if said { omitted.append(Omission(.latexComment, at: SourceLocation(line: line, column: column))) }
                column += i - start
                continue
            }
            i += 1
            column += 1
        }
    }

    /// `\iffalse … \fi` (nested `\if…` counted) and the comment environment.
    mutating func blankConditionals(_ s: inout [Unicode.Scalar]) {
        var i = 0
        while i < s.count {
            guard s[i] == "\\" else { i += 1; continue }
            let name = LaTeXMacros.name(s, at: i)
            if name == "iffalse" {
                var depth = 1
                var j = i + 1 + name.count
                while j < s.count, depth > 0 {
                    if s[j] == "\\" {
                        let inner = LaTeXMacros.name(s, at: j)
                        if inner.hasPrefix("if") { depth += 1 } else if inner == "fi" { depth -= 1 }
                        j += 1 + max(inner.count, 1)
                        continue
                    }
                    j += 1
                }
                blank(&s, i..<min(j, s.count), kind: .conditional)
                i = j
                continue
            }
            // ulem's `\sout{…}`, `\xout{…}` and soul's `\st{…}`: struck out,
            // withdrawn by the writer (as Markdown's `~~…~~` and Word's strike).
            if ["sout", "xout", "st"].contains(name), let end = Self.braceArgumentEnd(s, from: i + 1 + name.count) {
                blank(&s, i..<end, kind: .struckOut)
                // `&= \text{\sout{$f_4 - f_1$}}\ f_a - f_n` in maths: the text
                // wrapper it leaves empty goes too (an empty `\text{}` would
                // part the row's items, the `=` before it left with no side).
                if let wrapper = Self.textWrapper(s, around: i..<end) {
                    for k in wrapper where s[k] != "\n" { s[k] = " " }
                }
                i = end
                continue
            }
            if name == "begin", LaTeXTabular.matches(s, "\\begin{comment}", at: i) {
                let end = LaTeXTabular.find(s, "\\end{comment}", from: i).map { $0 + "\\end{comment}".unicodeScalars.count } ?? s.count
                blank(&s, i..<end, kind: .latexComment)
                i = end
                continue
            }
            i += 1 + max(name.count, 1)
        }
    }

    /// The range of a text command's group (`\text{…}`, `\mbox{…}`,
    /// `\textrm{…}`) that holds nothing but `inner` and spaces; nil when
    /// `inner` stands in no such group.
    static func textWrapper(_ s: [Unicode.Scalar], around inner: Range<Int>) -> Range<Int>? {
        var open = inner.lowerBound - 1
        while open >= 0, s[open] == " " { open -= 1 }
        guard open > 0, s[open] == "{" else { return nil }
        var start = open
        while start > 0, s[start - 1].properties.isAlphabetic { start -= 1 }
        guard start > 0, s[start - 1] == "\\",
              ["text", "mbox", "textrm", "textnormal", "hbox", "textit", "textup"].contains(String(String.UnicodeScalarView(s[start..<open]))) else { return nil }
        var close = inner.upperBound
        while close < s.count, s[close] == " " { close += 1 }
        guard close < s.count, s[close] == "}" else { return nil }
        return (start - 1)..<(close + 1)
    }

    /// `count` braced arguments from `from` (`\setcounter{question}{4}`):
    /// their texts and the index after the last; nil when one is not there.
    static func braceArguments(_ s: [Unicode.Scalar], from: Int, count: Int) -> ([String], Int)? {
        var arguments: [String] = []
        var j = from
        for _ in 0..<count {
            guard let end = braceArgumentEnd(s, from: j) else { return nil }
            let open = s[j..<end].firstIndex(of: "{")!
            arguments.append(String(String.UnicodeScalarView(s[(open + 1)..<(end - 1)])))
            j = end
        }
        return (arguments, j)
    }

    /// The index just after the braced argument that starts at `from`
    /// (spaces allowed before it; `\{`, `\}` escaped); nil without one or
    /// when it never closes.
    static func braceArgumentEnd(_ s: [Unicode.Scalar], from: Int) -> Int? {
        var j = from
        while j < s.count, s[j] == " " { j += 1 }
        guard j < s.count, s[j] == "{" else { return nil }
        var depth = 0
        while j < s.count {
            switch s[j] {
            case "\\": j += 1
            case "{": depth += 1
            case "}":
                depth -= 1
                if depth == 0 { return j + 1 }
            default: break
            }
            j += 1
        }
        return nil
    }

    private mutating func blank(_ s: inout [Unicode.Scalar], _ range: Range<Int>, kind: Omission.Kind) {
        var line = 1, column = 1
        for k in 0..<range.lowerBound {
            if s[k] == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        omitted.append(Omission(kind, at: SourceLocation(line: line, column: column)))
        for k in range where s[k] != "\n" { s[k] = " " }
    }

    /// The blocks of the document's body (after `\begin{document}`, up to
    /// `\end{document}`; the whole text when it has no `\begin{document}`).
    mutating func blocks(_ text: String) -> [Block] {
        collectTheorems(Array(text.unicodeScalars))
        titled.merge(Self.titledEnvironments(Array(text.unicodeScalars))) { $1 }
        var lines = SourceLine.lines(of: text[...])
        if let begin = lines.firstIndex(where: { $0.text.contains("\\begin{document}") }) {
            let line = lines[begin]
            let column = line.text.unicodeScalars.count - line.text.components(separatedBy: "\\begin{document}").last!.unicodeScalars.count
            lines = [line.dropping(column)] + lines[(begin + 1)...]
        }
        if let end = lines.firstIndex(where: { $0.text.contains("\\end{document}") }) {
            let line = lines[end]
            let keep = line.text.components(separatedBy: "\\end{document}").first!
            lines = Array(lines[..<end]) + [SourceLine(text: Substring(keep), location: line.location)]
        }
        return blocks(lines, depth: 0)
    }

    mutating func blocks(_ lines: [SourceLine], depth: Int) -> [Block] {
        var lines = lines
        var result: [Block] = []
        var paragraph: [SourceLine] = []
        var tracker = MathDelimiters.Tracker()
        func close(into result: inout [Block], reader: inout LaTeXReader) {
            guard !paragraph.isEmpty else { return }
            result.append(reader.paragraph(paragraph))
            paragraph = []
            tracker = MathDelimiters.Tracker()
        }
        var i = 0
        while i < lines.count {
            let line = lines[i].trimmed
            if line.isBlank, !tracker.open {
                close(into: &result, reader: &self)
                i += 1
                continue
            }
            if !tracker.open, line.text.hasPrefix("\\") {
                let s = Array(line.text.unicodeScalars)
                let name = LaTeXMacros.name(s, at: 0)
                // pandoc's anchor around a heading, `\hypertarget{question-5.1-t_1}{%`
                // over `\paragraph{Question 5.1 …}\label{…}}`: the anchor's name
                // prints nothing (never maths, whatever it holds); what the
                // group holds is read as if written alone.
                if name == "hypertarget", let (_, end) = Self.braceArguments(s, from: 1 + name.count, count: 1) {
                    var j = end
                    while j < s.count, s[j] == " " { j += 1 }
                    if j < s.count, s[j] == "{" { j += 1 }
                    let rest = line.dropping(j).trimmed
                    if rest.isBlank { i += 1 } else { lines[i] = rest }
                    continue
                }
                if let level = Self.headings[name] {
                    close(into: &result, reader: &self)
                    var j = 1 + name.count
                    if j < s.count, s[j] == "*" { j += 1 }
                    while j < s.count, s[j] == " " { j += 1 }
                    if j < s.count, s[j] == "[" { while j < s.count, s[j] != "]" { j += 1 }; j += 1 }
                    if j < s.count, s[j] == "{" {
                        let end = LaTeXTabular.groupEnd(s, from: j)
                        let title = Fragment(Substring(String(String.UnicodeScalarView(s[(j + 1)..<max(j + 1, end - 1)]))),
                                             start: SourceLocation(line: line.location.line, column: line.location.column + j + 1))
                        result.append(Block(.heading(level: level, inlines(title)), at: line.location))
                        let rest = line.dropping(end)
                        if !rest.isBlank { paragraph.append(rest); tracker.feed(rest.text) }
                        i += 1
                        continue
                    }
                }
                // amsthm's `\begin{question}` (after `\newtheorem{question}{Question}`):
                // the number it prints, a heading; its body read on.
                if name == "begin", let environment = Self.environmentName(s), let theorem = theorems[environment] {
                    close(into: &result, reader: &self)
                    let n = (theoremCounters[theorem.counter] ?? 0) + 1
                    theoremCounters[theorem.counter] = n
                    var j = "\\begin{\(environment)}".unicodeScalars.count
                    // `[Title]`: the note LaTeX prints after the number.
                    if j < s.count, s[j] == "[", let end = s[j...].firstIndex(of: "]") { j = end + 1 }
                    let title = Fragment(Substring("\(theorem.title) \(n)"), start: line.location)
                    result.append(Block(.heading(level: 3, [.text(title)]), at: line.location))
                    let rest = line.dropping(j)
                    if !rest.isBlank { paragraph.append(rest); tracker.feed(rest.text) }
                    i += 1
                    continue
                }
                // A box or an unnumbered theorem with its title
                // (`\begin{answer}{Question 2}`, `\begin{problem}[Question 2]`):
                // a heading with that title; its body read on.
                if name == "begin", let environment = Self.environmentName(s), theorems[environment] == nil,
                   let source = titled[environment],
                   let (title, start, end) = Self.environmentTitle(s, environment: environment, source: source),
                   !title.trimmingCharacters(in: .whitespaces).isEmpty {
                    close(into: &result, reader: &self)
                    let fragment = Fragment(Substring(title), start: SourceLocation(line: line.location.line, column: line.location.column + start))
                    result.append(Block(.heading(level: 4, inlines(fragment)), at: line.location))
                    let rest = line.dropping(end)
                    if !rest.isBlank { paragraph.append(rest); tracker.feed(rest.text) }
                    i += 1
                    continue
                }
                // `\setcounter{question}{1}` moves a theorem's counter.
                if name == "setcounter" || name == "addtocounter",
                   let (arguments, end) = Self.braceArguments(s, from: 1 + name.count, count: 2),
                   case let counter = arguments[0].trimmingCharacters(in: .whitespaces),
                   theorems.values.contains(where: { $0.counter == counter }),
                   let value = Int(arguments[1].trimmingCharacters(in: .whitespaces)) {
                    theoremCounters[counter] = name == "setcounter" ? value : (theoremCounters[counter] ?? 0) + value
                    let rest = line.dropping(end)
                    if !rest.isBlank { paragraph.append(rest); tracker.feed(rest.text) }
                    i += 1
                    continue
                }
                if name == "begin" || name == "item" {
                    let environment = name == "begin" ? Self.environmentName(s) : nil
                    if name == "item" || environment.map(Self.lists.contains) == true {
                        close(into: &result, reader: &self)
                        let (items, next) = list(lines, from: i, depth: depth)
                        result += items
                        i = next
                        continue
                    }
                    if let environment, LaTeXTabular.environments[environment] != nil {
                        close(into: &result, reader: &self)
                        var j = i
                        while j < lines.count, !lines[j].text.contains("\\end{\(environment)}") { j += 1 }
                        let table = LaTeXTabular.table(Array(lines[i...min(j, lines.count - 1)]), environment: environment)
                        problems += table.problems
                        result.append(Block(.table(table.table), at: line.location))
                        i = j + 1
                        continue
                    }
                    if let environment, Self.verbatim.contains(environment) {
                        close(into: &result, reader: &self)
                        var j = i + 1
                        while j < lines.count, !lines[j].text.contains("\\end{\(environment)}") { j += 1 }
                        let body = Array(lines[min(i + 1, lines.count)..<min(j, lines.count)])
                        result.append(Block(.code(language: nil, SourceLine.fragment(body.isEmpty ? [line] : body)), at: line.location))
                        i = j + 1
                        continue
                    }
                }
            }
            paragraph.append(line)
            tracker.feed(line.text)
            i += 1
        }
        close(into: &result, reader: &self)
        return result
    }

    /// amsthm's numbered environments, `\newtheorem{question}{Question}` or
    /// with a shared counter, `\newtheorem{question}[theorem]{Question}`.
    /// One numbered within another's counter (`…{Question}[section]`,
    /// printed `1.2`) or unnumbered (`\newtheorem*`) stays transparent.
    mutating func collectTheorems(_ s: [Unicode.Scalar]) {
        var i = 0
        while i < s.count {
            guard s[i] == "\\" else { i += 1; continue }
            let name = LaTeXMacros.name(s, at: i)
            i += 1 + max(name.count, 1)
            guard name == "newtheorem", i < s.count, s[i] != "*",
                  let (first, afterName) = Self.braceArguments(s, from: i, count: 1) else { continue }
            var j = afterName
            while j < s.count, s[j] == " " { j += 1 }
            var counter = first[0]
            if j < s.count, s[j] == "[", let close = s[j...].firstIndex(of: "]") {
                counter = String(String.UnicodeScalarView(s[(j + 1)..<close]))
                j = close + 1
            }
            guard let (second, end) = Self.braceArguments(s, from: j, count: 1) else { continue }
            var k = end
            while k < s.count, s[k] == " " { k += 1 }
            if k < s.count, s[k] == "[" { continue }
            let environment = first[0].trimmingCharacters(in: .whitespaces)
            let title = second[0].trimmingCharacters(in: .whitespaces)
            guard !environment.isEmpty, !title.isEmpty, !title.contains("\\") else { continue }
            theorems[environment] = (title, counter.trimmingCharacters(in: .whitespaces))
            i = end
        }
    }

    /// The name of the environment a line begins (`\begin{align*}` → `align*`).
    static func environmentName(_ s: [Unicode.Scalar]) -> String? {
        guard s.count > 7, s[6] == "{", let close = s[7...].firstIndex(of: "}") else { return nil }
        return String(String.UnicodeScalarView(s[7..<close]))
    }

    /// A list from `\begin{itemize}` (or a stray `\item`) at `i`: its items,
    /// each its own blocks, and the index after the list.
    mutating func list(_ lines: [SourceLine], from i: Int, depth: Int) -> ([Block], Int) {
        let first = lines[i].trimmed
        let s = Array(first.text.unicodeScalars)
        let environment = LaTeXMacros.name(s, at: 0) == "begin" ? Self.environmentName(s) : nil
        var j = i
        var body: [SourceLine] = []
        var labelTemplate: String?
        var startNumber: Int?
        if let environment {
            // Up to the matching `\end{…}`.
            var nesting = 0
            while j < lines.count {
                let text = lines[j].text
                nesting += text.components(separatedBy: "\\begin{\(environment)}").count - 1
                let ends = text.components(separatedBy: "\\end{\(environment)}").count - 1
                nesting -= ends
                body.append(lines[j])
                j += 1
                if nesting <= 0 { break }
            }
            // The markers themselves are not content.
            if !body.isEmpty {
                let head = body[0].trimmed
                body[0] = head.dropping("\\begin{\(environment)}".unicodeScalars.count)
                // enumitem's `[label=5.\arabic*]`: the items' labels.
                let options = body[0].trimmed
                if options.text.hasPrefix("["), let close = options.text.firstIndex(of: "]") {
                    let inside = options.text[options.text.index(after: options.text.startIndex)..<close]
                    for option in inside.split(separator: ",") {
                        let pair = option.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                        if pair.count == 2, pair[0] == "label" { labelTemplate = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "{}")) }
                        // enumitem's `start=2`: the first item's number.
                        if pair.count == 2, pair[0] == "start", let first = Int(pair[1]), (0...99).contains(first) { startNumber = first }
                    }
                    body[0] = options.dropping(options.text[...close].unicodeScalars.count)
                }
                let last = body.count - 1
                if let range = body[last].text.range(of: "\\end{\(environment)}", options: .backwards) {
                    body[last].text = body[last].text[..<range.lowerBound]
                }
            }
        } else {
            // Stray items: up to a blank line followed by a line that is no item.
            while j < lines.count, !(lines[j].isBlank && (j + 1 == lines.count || !lines[j + 1].trimmed.text.hasPrefix("\\item"))) {
                body.append(lines[j]); j += 1
            }
        }
        // Split the body at its own `\item`s (not those of a nested list).
        let fragment = SourceLine.fragment(body)
        let t = Array(fragment.text.unicodeScalars)
        var cut = FragmentSlicer(fragment)
        var starts: [(item: Int, content: Int, label: String?, labelStart: Int)] = []
        var nesting = 0
        var k = 0
        let exam = environment.flatMap { Self.examItems[$0] }
        // The exam class's `\titledquestion{Title}` is a question printed
        // with its title instead of its number (the counter steps all the same).
        let itemCommands: Set<String> = exam == "question" ? ["question", "titledquestion"] : [exam ?? "item"]
        // The exam class's question counter, or an enumerate's (`enumi` at
        // the first level, `enumii` inside it, …): the number the next item
        // prints, less one.
        let level = environment == "enumerate" ? enumerateLevel + 1 : 0
        let enumCounters = ["enumi", "enumii", "enumiii", "enumiv"]
        let counterName: String? = exam == "question" ? "question" : (1...4).contains(level) ? enumCounters[level - 1] : nil
        var counter = (startNumber ?? 1) - 1
        var numbers: [Int] = []
        while k < t.count {
            guard t[k] == "\\" else { k += 1; continue }
            let name = LaTeXMacros.name(t, at: k)
            if name == "begin" { nesting += 1 } else if name == "end" { nesting -= 1 }
            if let counterName, nesting <= 0, name == "setcounter" || name == "addtocounter",
               let (arguments, end) = Self.braceArguments(t, from: k + 1 + name.count, count: 2),
               arguments[0].trimmingCharacters(in: .whitespaces) == counterName,
               let value = Int(arguments[1].trimmingCharacters(in: .whitespaces)) {
                counter = name == "setcounter" ? value : counter + value
                k = end
                continue
            }
            if itemCommands.contains(name), nesting <= 0 {
                let after = k + 1 + name.unicodeScalars.count
                var m = after
                var label: String?
                var title: String?
                while m < t.count, t[m] == " " { m += 1 }
                var labelStart = m + 1
                if name == "titledquestion", let (arguments, end) = Self.braceArguments(t, from: m, count: 1) {
                    title = arguments[0].trimmingCharacters(in: .whitespaces)
                    labelStart = m + 1
                    m = end
                    while m < t.count, t[m] == " " { m += 1 }
                }
                if m < t.count, t[m] == "[" {
                    var depth = 0, close = m
                    while close < t.count {
                        if t[close] == "[" { depth += 1 }
                        if t[close] == "]" { depth -= 1; if depth == 0 { break } }
                        close += 1
                    }
                    // The exam class's `[10]` is the item's points.
                    if exam == nil { label = String(String.UnicodeScalarView(t[(m + 1)..<min(close, t.count)])) }
                    m = min(close + 1, t.count)
                } else if title == nil {
                    m = after
                }
                counter += 1
                numbers.append(counter)
                if exam == "question" {
                    label = title.flatMap { $0.isEmpty ? nil : $0 } ?? "Question \(counter)"
                }
                starts.append((k, m, label, labelStart))
                k = m
                continue
            }
            k += 1 + max(name.count, 1)
        }
        var items: [[SourceLine]] = []
        var labels: [(String?, SourceLocation)] = []
        var labelInlines: [[Inline]?] = []
        for (n, start) in starts.enumerated() {
            let end = n + 1 < starts.count ? starts[n + 1].item : t.count
            // A label with maths, read as text and maths (before the item's
            // own text is cut: the slicer moves forward only).
            if let label = start.label, label.contains("$") || label.contains("\\(") {
                let count = label.unicodeScalars.count
                labelInlines.append(inlines(cut.slice(start.labelStart..<min(start.labelStart + count, t.count))))
            } else {
                labelInlines.append(nil)
            }
            let piece = cut.slice(start.content..<max(start.content, end))
            items.append(piece.lines().map { SourceLine(text: $0.text, location: $0.start) })
            labels.append((start.label, fragment.location(at: start.item)))
        }
        let ordered = environment == "enumerate"
        // `(a)`, `i.`, `α.`: the exam class's labels of parts and their parts.
        let examLabel: [String: String] = ["part": "(\\alph*)", "subpart": "\\roman*.", "subsubpart": "\\greek*."]
        if let exam, let template = examLabel[exam] { labelTemplate = template }
        // An enumerate inside another prints LaTeX's labels, `(a)`, `i.`,
        // `A.`: letters, not a question's number.
        if ordered, labelTemplate == nil, level >= 2 { labelTemplate = ["(\\alph*)", "\\roman*.", "\\Alph*."][min(level, 4) - 2] }
        var blocks: [Block] = []
        if ordered { enumerateLevel += 1 }
        for (n, item) in items.enumerated() {
            let (label, location) = labels[n]
            let number = n < numbers.count ? numbers[n] : n + 1
            let templated = labelTemplate.map { Self.enumLabel($0, number) }
            let text = label ?? templated ?? (ordered ? "\(number)." : "-")
            let marker = ListMarker(text: text, ordinal: label == nil && templated == nil && ordered ? number : nil, depth: depth,
                                    inlines: label == nil ? nil : labelInlines[n])
            var children = self.blocks(item, depth: depth + 1)
            // An item that opens with a list of its own (`\item` then
            // `\begin{enumerate}`): a blank line first carries the item's
            // marker, so that the inner first item keeps its own.
            if case .listItem? = children.first?.kind {
                children.insert(Block(.paragraph([.text(Fragment(" ", start: location))]), at: location), at: 0)
            }
            blocks.append(Block(.listItem(marker, children), at: location))
        }
        if ordered { enumerateLevel -= 1 }
        return (blocks, max(j, i + 1))
    }

    /// An enumitem label for item `n`: `5.\arabic*` → `5.3`, `(\alph*)` →
    /// `(c)`, `\roman*)` → `iii)`.
    static func enumLabel(_ template: String, _ n: Int) -> String {
        let letter = n >= 1 && n <= 26 ? String(UnicodeScalar(UInt8(96 + n))) : "\(n)"
        let numerals = ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]
        let roman = n < numerals.count ? numerals[n] : "\(n)"
        let greek = n >= 1 && n <= 24 ? String(UnicodeScalar(UInt32(0x3B0 + n + (n > 17 ? 1 : 0)))!) : "\(n)"
        return template.replacingOccurrences(of: "\\arabic*", with: "\(n)")
            .replacingOccurrences(of: "\\greek*", with: greek)
            .replacingOccurrences(of: "\\alph*", with: letter).replacingOccurrences(of: "\\Alph*", with: letter.uppercased())
            .replacingOccurrences(of: "\\roman*", with: roman).replacingOccurrences(of: "\\Roman*", with: roman.uppercased())
    }

    mutating func paragraph(_ lines: [SourceLine]) -> Block {
        let inlines = inlines(SourceLine.fragment(lines))
        return MarkdownReader.paragraphOrDisplay(inlines, at: lines[0].location)
    }

    mutating func inlines(_ fragment: Fragment) -> [Inline] {
        var parser = MarkdownInlines(markup: false)
        let inlines = parser.parse(fragment)
        problems += parser.problems
        return inlines
    }
}
