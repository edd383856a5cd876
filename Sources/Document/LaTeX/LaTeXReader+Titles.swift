
/// Environments that print a title of the writer's choosing, read as a
/// heading with that title (what the reader of the printed page sees above
/// the box): amsthm's unnumbered theorems with their note
/// (`\newtheorem*{problem}{Problem}`, then `\begin{problem}[Question 2]`,
/// printed "Problem (Question 2)"), tcolorbox's and mdframed's title options
/// (`\begin{tcolorbox}[title=Q5.3]`, `\begin{mdframed}[frametitle={Q5.3}]`),
/// and a box the preamble declares with its title among its arguments
/// (`\newtcolorbox{answer}[1]{…, title=#1}`, then `\begin{answer}{Question
/// 2}`; `title=Question~#1` gives `Question 2` from `{2}`), and an
/// environment the preamble defines to print its arguments where its body
/// starts (`\newenvironment{problem}[2][Problem]{\begin{trivlist}\item[{\bfseries
/// #1 #2.}]}{…}`, the Overleaf homework template: `\begin{problem}{3}` prints
/// "Problem 3."; `printedTitle`). An environment
/// without a title stays transparent; whether a title names a question is
/// for the reader of sections to tell, as for any heading.
extension LaTeXReader {
    /// Where an environment's title is written.
    enum TitleSource: Equatable {
        /// The optional argument, `[Question 2]` (amsthm's note).
        case note
        /// A key of the option list, `[title=Question 2]`.
        case option(String)
        /// The preamble's template over the environment's arguments:
        /// `count` arguments, the first optional when it has a default
        /// (`firstDefault`, what an absent `[…]` gives; nil: mandatory).
        case template(String, count: Int, firstDefault: String?)
    }

    /// Boxes every document knows, by their packages.
    static let boxTitles: [String: TitleSource] = ["tcolorbox": .option("title"), "mdframed": .option("frametitle")]

    /// The titled environments the preamble declares: `\newtheorem*` (and
    /// amsthm's `proof`, whose note replaces "Proof"), `\newtcolorbox`
    /// (`\DeclareTColorBox`-style `[init]{name}[n]{options}` too) with a
    /// `title=` option that uses an argument, and `\newenvironment` whose
    /// opening code prints a short title that uses an argument.
    static func titledEnvironments(_ s: [Unicode.Scalar]) -> [String: TitleSource] {
        var result: [String: TitleSource] = [:]
        var i = 0
        while i < s.count {
            guard s[i] == "\\" else { i += 1; continue }
            let name = LaTeXMacros.name(s, at: i)
            i += 1 + max(name.count, 1)
            if name == "newtheorem", i < s.count, s[i] == "*",
               let (arguments, end) = braceArguments(s, from: i + 1, count: 2) {
                let environment = arguments[0].trimmingCharacters(in: .whitespaces)
                if !environment.isEmpty { result[environment] = .note }
                i = end
                continue
            }
            if ["newenvironment", "renewenvironment"].contains(name), let (environment, source, end) = definedEnvironment(s, from: i) {
                result[environment] = source
                i = end
                continue
            }
            guard ["newtcolorbox", "renewtcolorbox"].contains(name) else { continue }
            var j = i
            if let (_, end) = bracketArgument(s, from: j) { j = end }
            guard let (names, afterName) = braceArguments(s, from: j, count: 1) else { continue }
            j = afterName
            var count = 0
            var firstDefault: String?
            if let (n, end) = bracketArgument(s, from: j), let value = Int(n.trimmingCharacters(in: .whitespaces)), (0...9).contains(value) {
                count = value
                j = end
                if let (value, end) = bracketArgument(s, from: j) { firstDefault = value; j = end }
            }
            guard let (options, end) = braceArguments(s, from: j, count: 1) else { continue }
            i = end
            let environment = names[0].trimmingCharacters(in: .whitespaces)
            guard count > 0, !environment.isEmpty, let title = optionValue(options[0], key: "title"), title.contains("#") else { continue }
            result[environment] = .template(title, count: count, firstDefault: firstDefault)
        }
        return result
    }

    /// `\newenvironment{name}[n][default]{opening}{closing}` from `from`
    /// (just after the command's name): the environment, its title's
    /// template when the opening prints one (`printedTitle`), and the index
    /// after the definition; nil for an environment without arguments or
    /// whose opening prints no title of them.
    static func definedEnvironment(_ s: [Unicode.Scalar], from: Int) -> (String, TitleSource, Int)? {
        var j = from
        if j < s.count, s[j] == "*" { j += 1 }
        guard let (names, afterName) = braceArguments(s, from: j, count: 1),
              let (n, afterCount) = bracketArgument(s, from: afterName),
              let count = Int(n.trimmingCharacters(in: .whitespaces)), (1...9).contains(count) else { return nil }
        j = afterCount
        var firstDefault: String?
        if let (value, end) = bracketArgument(s, from: j) { firstDefault = value; j = end }
        guard let (codes, end) = braceArguments(s, from: j, count: 2) else { return nil }
        let environment = names[0].trimmingCharacters(in: .whitespaces)
        guard !environment.isEmpty, let title = printedTitle(codes[0]) else { return nil }
        return (environment, .template(title, count: count, firstDefault: firstDefault), end)
    }

    /// What an environment's opening code prints before its body, when that
    /// is a short title using the environment's arguments: the code's text
    /// as typeset, commands that print nothing left out (font switches
    /// `\bfseries`, `\noindent`, `\par`, `\begin{trivlist}`), a list
    /// item's label printed (`\item[…]`), spacing a space (`\hskip
    /// \labelsep`, `\hspace{1em}`, `\quad`, `~`), a text command's argument
    /// printed (`\textbf{#1}`), a label or counter's name not (`\label{…}`,
    /// `\refstepcounter{…}`). `{\bfseries #1}\hskip\labelsep{\bfseries #2.}`
    /// prints `#1 #2.`. Nil when the text uses no argument (`#1`…`#9`), holds
    /// maths or `\#`, or is longer than a heading (48 characters).
    static func printedTitle(_ code: String) -> String? {
        guard let title = printedText(code), title.count <= 48,
              title.range(of: #"#[1-9]"#, options: .regularExpression) != nil else { return nil }
        return title
    }

    /// The text `code` prints (`printedTitle`'s rules), spaces collapsed;
    /// nil when it holds maths.
    static func printedText(_ code: String) -> String? {
        let s = Array(code.unicodeScalars)
        var out = String.UnicodeScalarView()
        // Commands whose first braced arguments print nothing, and how many.
        let silent: [String: Int] = ["begin": 1, "end": 1, "label": 1, "refstepcounter": 1, "stepcounter": 1, "addtocounter": 2,
                                     "setcounter": 2, "setlength": 2, "addcontentsline": 3, "hspace": 1, "vspace": 1, "markboth": 2,
                                     "markright": 1, "rule": 2, "color": 1, "textcolor": 1, "colorbox": 1, "includegraphics": 1]
        let spacing: Set<String> = ["hskip", "vskip", "kern", "hspace", "vspace", "quad", "qquad", "enspace", "hfill", "hfil", "labelsep"]
        var i = 0
        while i < s.count {
            let c = s[i]
            if c == "$" { return nil }
            guard c == "\\" else {
                switch c {
                case "{", "}": break
                case "~", "\n", "\t": out.append(" ")
                default: out.append(c)
                }
                i += 1
                continue
            }
            let name = LaTeXMacros.name(s, at: i)
            if name.isEmpty {
                // `\#` prints a number sign that a template's `#1` could not
                // be told from: no title read.
                if i + 1 < s.count, s[i + 1] == "#" { return nil }
                // `\ ` is a space, `\\` a line's end; `\%`, `\&` print themselves.
                if i + 1 < s.count { out.append(["%", "&", "_"].contains(s[i + 1]) ? s[i + 1] : " ") }
                i += 2
                continue
            }
            i += 1 + name.count
            if i < s.count, s[i] == "*" { i += 1 }
            if spacing.contains(name) { out.append(" ") }
            if let count = silent[name] {
                if name == "includegraphics", let (_, end) = bracketArgument(s, from: i) { i = end }
                for _ in 0..<count { if let end = braceArgumentEnd(s, from: i) { i = end } }
                continue
            }
            // `\hskip 1em`, `\hskip\labelsep`: the dimension after it.
            if name == "hskip" || name == "vskip" || name == "kern" {
                while i < s.count, s[i] == " " { i += 1 }
                if i < s.count, s[i] == "\\" {
                    i += 1 + LaTeXMacros.name(s, at: i).count
                } else {
                    while i < s.count, s[i].properties.isASCIIHexDigit || s[i] == "." || s[i] == "-" || HTMLScanner.isASCIILetter(s[i]) { i += 1 }
                }
                continue
            }
            // `\item[label]`: the label is printed; its brackets are not.
            if name == "item", let (label, end) = bracketArgument(s, from: i) {
                guard let inner = printedText(label) else { return nil }
                out.append(contentsOf: " \(inner) ".unicodeScalars)
                i = end
            }
        }
        return String(out).split(whereSeparator: { $0 == " " }).joined(separator: " ")
    }

    /// The title `\begin{name}` at the start of `s` prints, and the index
    /// after what it read; nil when it prints none.
    static func environmentTitle(_ s: [Unicode.Scalar], environment: String, source: TitleSource) -> (title: String, start: Int, end: Int)? {
        let j = "\\begin{\(environment)}".unicodeScalars.count
        switch source {
        case .note:
            guard let (note, end) = bracketArgument(s, from: j) else { return nil }
            let start = s[j...].firstIndex(of: "[")! + 1
            return (note, start, end)
        case .option(let key):
            guard let (options, end) = bracketArgument(s, from: j), let title = optionValue(options, key: key) else { return nil }
            let start = s[j...].firstIndex(of: "[")! + 1
            return (title, start, end)
        case let .template(template, count, firstDefault):
            var arguments: [String] = []
            var k = j
            var start: Int?
            for n in 0..<count {
                if n == 0, let firstDefault {
                    if let (value, end) = bracketArgument(s, from: k) { arguments.append(value); k = end } else { arguments.append(firstDefault) }
                    continue
                }
                guard let (values, end) = braceArguments(s, from: k, count: 1) else { return nil }
                if start == nil { start = s[k...].firstIndex(of: "{")! + 1 }
                arguments.append(values[0])
                k = end
            }
            var title = template
            for (n, argument) in arguments.enumerated().reversed() {
                title = title.replacingOccurrences(of: "#\(n + 1)", with: argument)
            }
            // `~` is a space as printed.
            title = title.replacingOccurrences(of: "~", with: " ")
            return (title, start ?? j, k)
        }
    }

    /// A `[…]` argument at `from` (spaces allowed before it; braces inside
    /// it hide `]`): its text and the index after it.
    static func bracketArgument(_ s: [Unicode.Scalar], from: Int) -> (String, Int)? {
        var j = from
        while j < s.count, s[j] == " " { j += 1 }
        guard j < s.count, s[j] == "[" else { return nil }
        var depth = 0
        var k = j + 1
        while k < s.count {
            switch s[k] {
            case "\\": k += 1
            case "{": depth += 1
            case "}": depth -= 1
            case "]" where depth == 0:
                return (String(String.UnicodeScalarView(s[(j + 1)..<k])), k + 1)
            default: break
            }
            k += 1
        }
        return nil
    }

    /// The value of `key` in a `key=value, …` list (top-level commas; one
    /// pair of braces around the value taken off); nil when it is not there.
    static func optionValue(_ options: String, key: String) -> String? {
        var pieces: [String] = []
        var current = ""
        var depth = 0
        for c in options {
            if c == "{" { depth += 1 } else if c == "}" { depth -= 1 }
            if c == ",", depth == 0 { pieces.append(current); current = ""; continue }
            current.append(c)
        }
        pieces.append(current)
        for piece in pieces {
            let pair = piece.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            guard pair.count == 2, pair[0] == key else { continue }
            var value = pair[1]
            if value.hasPrefix("{"), value.hasSuffix("}") { value = String(value.dropFirst().dropLast()) }
            return value.trimmingCharacters(in: .whitespaces)
        }
        return nil
    }
}
