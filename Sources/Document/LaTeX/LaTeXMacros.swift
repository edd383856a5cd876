
/// A LaTeX document's own macros: students define
/// `\newcommand{\pd}[2]{\frac{\partial #1}{\partial #2}}` and write
/// `\pd{L}{f_1}`.
///
/// Read: `\newcommand`, `\renewcommand`, `\providecommand` (starred or not)
/// with `{\name}` or `\name`, an optional argument count `[n]` (1–9) and
/// default (`[n][default]`), and a braced body; `\def\name#1#2{body}`.
/// Definitions are blanked with spaces (line breaks kept), so lines keep
/// their numbers, and handed to the document as data
/// (`SheetDocument.macros`): the maths grammar expands them inside maths,
/// where every token keeps the place of the use. Outside maths they are
/// expanded here, as text (a macro that writes a heading, `\Q{3}`); a line
/// with a macro expanded in its text has its later columns shifted.
///
/// Expansion is bounded: at most `maximumPasses` rounds over the text and
/// never past `SheetBytes.maximumBytes`, so a macro that expands to itself
/// (or doubles) stops.
struct LaTeXMacros {
    struct Macro {
        var arguments: Int
        var body: [Unicode.Scalar]
    }

    static let maximumPasses = 8
    private(set) var macros: [String: Macro] = [:]
    /// Every definition, in the order written (the last of a name wins).
    private(set) var definitions: [MacroDefinition] = []

    /// Removes the definitions from `text` (blanked) and collects them.
    static func collect(_ text: inout [Unicode.Scalar]) -> LaTeXMacros {
        var result = LaTeXMacros()
        var i = 0
        while i < text.count {
            guard text[i] == "\\" else { i += 1; continue }
            let start = i
            let command = name(text, at: i)
            i += 1 + command.count
            guard ["newcommand", "renewcommand", "providecommand", "def"].contains(command) else { continue }
            var j = i
            if command != "def", j < text.count, text[j] == "*" { j += 1 }
            skipSpaces(text, &j)
            // The macro's name: `{\pd}` or `\pd`.
            var braced = false
            if command != "def", j < text.count, text[j] == "{" { braced = true; j += 1; skipSpaces(text, &j) }
            guard j < text.count, text[j] == "\\" else { continue }
            let macroName = name(text, at: j)
            guard !macroName.isEmpty else { continue }
            j += 1 + macroName.count
            if braced {
                skipSpaces(text, &j)
                guard j < text.count, text[j] == "}" else { continue }
                j += 1
            }
            var arguments = 0
            var expandable = true
            var defaultArgument: String?
            if command == "def" {
                // `#1#2` before the body.
                while j + 1 < text.count, text[j] == "#", let digit = Int(String(text[j + 1])) {
                    arguments = max(arguments, digit); j += 2
                }
            } else {
                skipSpaces(text, &j)
                if j < text.count, text[j] == "[" {
                    guard let close = text[j...].firstIndex(of: "]"), let n = Int(String(String.UnicodeScalarView(text[(j + 1)..<close]))),
                          (0...9).contains(n) else { continue }
                    arguments = n
                    j = close + 1
                    skipSpaces(text, &j)
                    if j < text.count, text[j] == "[", let close = text[j...].firstIndex(of: "]") {
                        // A default for #1: the grammar reads it; the text-level expansion does not.
                        expandable = false
                        defaultArgument = String(String.UnicodeScalarView(text[(j + 1)..<close]))
                        j = close + 1
                    }
                }
            }
            skipSpaces(text, &j)
            guard let (body, end) = group(text, at: j) else { continue }
            if expandable { result.macros[macroName] = Macro(arguments: arguments, body: body) } else { result.macros[macroName] = nil }
            result.definitions.removeAll { $0.name == macroName }
            result.definitions.append(MacroDefinition(name: macroName, parameters: arguments,
                                                      body: String(String.UnicodeScalarView(body)), defaultArgument: defaultArgument))
            for k in start..<end where text[k] != "\n" { text[k] = " " }
            i = end
        }
        return result
    }

    /// `text` with every use of a macro outside maths expanded; maths
    /// (`$…$`, `$$…$$`, `\(…\)`, `\[…\]`, the display environments) is
    /// copied as written, for the grammar to expand.
    func expand(_ text: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard !macros.isEmpty else { return text }
        var current = text
        for _ in 0..<Self.maximumPasses {
            var changed = false
            var out: [Unicode.Scalar] = []
            out.reserveCapacity(current.count)
            var i = 0
            var maths = MathsTracker()
            while i < current.count {
                if let length = maths.step(current, at: i) {
                    out.append(contentsOf: current[i..<(i + length)])
                    i += length
                    continue
                }
                guard current[i] == "\\" else { out.append(current[i]); i += 1; continue }
                let macroName = LaTeXMacros.name(current, at: i)
                guard let macro = macros[macroName] else {
                    // A command not defined here, or `\\`: copied whole.
                    let length = max(1 + macroName.count, min(2, current.count - i))
                    out.append(contentsOf: current[i..<(i + length)])
                    i += length
                    continue
                }
                var j = i + 1 + macroName.count
                var values: [[Unicode.Scalar]] = []
                for _ in 0..<macro.arguments {
                    LaTeXMacros.skipSpaces(current, &j)
                    if let (value, end) = LaTeXMacros.group(current, at: j) {
                        values.append(value); j = end
                    } else if j < current.count {
                        values.append([current[j]]); j += 1
                    }
                }
                guard values.count == macro.arguments else { out.append(contentsOf: current[i...]); break }
                var k = 0
                while k < macro.body.count {
                    if macro.body[k] == "#", k + 1 < macro.body.count, let n = Int(String(macro.body[k + 1])), (1...values.count).contains(n) {
                        out.append(contentsOf: values[n - 1]); k += 2
                    } else {
                        out.append(macro.body[k]); k += 1
                    }
                }
                // `\pd x` or `\L_t`: keep the command from gluing to what follows.
                if j < current.count, HTMLScanner.isASCIILetter(current[j]), macro.arguments == 0 { out.append(" ") }
                changed = true
                i = j
                if out.count > SheetBytes.maximumBytes { return current }
            }
            current = out
            if !changed { break }
        }
        return current
    }

    /// The letters of a command's name after the backslash at `i`.
    static func name(_ text: [Unicode.Scalar], at i: Int) -> String {
        var j = i + 1
        var name = String.UnicodeScalarView()
        while j < text.count, HTMLScanner.isASCIILetter(text[j]), text[j].isASCII { name.append(text[j]); j += 1 }
        return String(name)
    }

    static func skipSpaces(_ text: [Unicode.Scalar], _ j: inout Int) {
        while j < text.count, text[j] == " " || text[j] == "\t" || text[j] == "\n" { j += 1 }
    }

    /// The content of the braced group at `j` and the index after it.
    static func group(_ text: [Unicode.Scalar], at j: Int) -> ([Unicode.Scalar], Int)? {
        guard j < text.count, text[j] == "{" else { return nil }
        var depth = 0, k = j
        while k < text.count {
            if text[k] == "\\" { k += 2; continue }
            if text[k] == "{" { depth += 1 }
            if text[k] == "}" { depth -= 1; if depth == 0 { return (Array(text[(j + 1)..<k]), k + 1) } }
            k += 1
        }
        return nil
    }
}

/// Whether a scan of LaTeX source is inside maths: `step` reads a maths
/// delimiter or a scalar inside maths at `i` and says how many scalars to
/// copy as they are; nil when `i` is in text and not at a delimiter.
struct MathsTracker {
    private var closer: [Unicode.Scalar]?

    mutating func step(_ s: [Unicode.Scalar], at i: Int) -> Int? {
        func at(_ text: String) -> Bool {
            let t = Array(text.unicodeScalars)
            return i + t.count <= s.count && Array(s[i..<(i + t.count)]) == t
        }
        if let close = closer {
            if s[i] == "\\", i + 1 < s.count, s[i + 1] == "$" { return 2 }
            if i + close.count <= s.count, Array(s[i..<(i + close.count)]) == close {
                closer = nil
                return close.count
            }
            // A command inside maths is copied whole, `\\` included.
            if s[i] == "\\" { return max(1 + LaTeXMacros.name(s, at: i).count, min(2, s.count - i)) }
            return 1
        }
        if s[i] == "\\", i + 1 < s.count, s[i + 1] == "$" { return nil }
        if at("$$") { closer = Array("$$".unicodeScalars); return 2 }
        if s[i] == "$" { closer = ["$"]; return 1 }
        if at("\\(") { closer = Array("\\)".unicodeScalars); return 2 }
        // `\\[2pt]` ends a row: no maths opens.
        if at("\\["), !(i > 0 && s[i - 1] == "\\" && MathDelimiters.spacing(s, from: i + 2)) {
            closer = Array("\\]".unicodeScalars)
            return 2
        }
        if let name = MathDelimiters.environment(s, at: i) {
            let begin = "\\begin{\(name)}"
            closer = Array("\\end{\(name)}".unicodeScalars)
            return begin.unicodeScalars.count
        }
        return nil
    }
}
