
/// Environments that print a title of the writer's choosing, read as a
/// heading with that title (what the reader of the printed page sees above
/// the box): amsthm's unnumbered theorems with their note
/// (`\newtheorem*{problem}{Problem}`, then `\begin{problem}[Question 2]`,
/// printed "Problem (Question 2)"), tcolorbox's and mdframed's title options
/// (`\begin{tcolorbox}[title=Q5.3]`, `\begin{mdframed}[frametitle={Q5.3}]`),
/// and a box the preamble declares with its title among its arguments
/// (`\newtcolorbox{answer}[1]{…, title=#1}`, then `\begin{answer}{Question
/// 2}`; `title=Question~#1` gives `Question 2` from `{2}`). An environment
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
        /// `count` arguments, the first optional when it has a default.
        case template(String, count: Int, optionalFirst: Bool)
    }

    /// Boxes every document knows, by their packages.
    static let boxTitles: [String: TitleSource] = ["tcolorbox": .option("title"), "mdframed": .option("frametitle")]

    /// The titled environments the preamble declares: `\newtheorem*` (and
    /// amsthm's `proof`, whose note replaces "Proof"), `\newtcolorbox`
    /// (`\DeclareTColorBox`-style `[init]{name}[n]{options}` too) with a
    /// `title=` option that uses an argument.
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
            guard ["newtcolorbox", "renewtcolorbox"].contains(name) else { continue }
            var j = i
            if let (_, end) = bracketArgument(s, from: j) { j = end }
            guard let (names, afterName) = braceArguments(s, from: j, count: 1) else { continue }
            j = afterName
            var count = 0
            var optionalFirst = false
            if let (n, end) = bracketArgument(s, from: j), let value = Int(n.trimmingCharacters(in: .whitespaces)), (0...9).contains(value) {
                count = value
                j = end
                if let (_, end) = bracketArgument(s, from: j) { optionalFirst = true; j = end }
            }
            guard let (options, end) = braceArguments(s, from: j, count: 1) else { continue }
            i = end
            let environment = names[0].trimmingCharacters(in: .whitespaces)
            guard count > 0, !environment.isEmpty, let title = optionValue(options[0], key: "title"), title.contains("#") else { continue }
            result[environment] = .template(title, count: count, optionalFirst: optionalFirst)
        }
        return result
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
        case let .template(template, count, optionalFirst):
            var arguments: [String] = []
            var k = j
            var start: Int?
            for n in 0..<count {
                if n == 0, optionalFirst {
                    if let (value, end) = bracketArgument(s, from: k) { arguments.append(value); k = end } else { arguments.append("") }
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
