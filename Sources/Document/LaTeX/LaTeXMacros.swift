
/// A LaTeX document's own macros, expanded before it is read: students
/// define `\newcommand{\pd}[2]{\frac{\partial #1}{\partial #2}}` and write
/// `\pd{L}{f_1}`.
///
/// Read: `\newcommand`, `\renewcommand`, `\providecommand` (starred or not)
/// with `{\name}` or `\name`, an optional argument count `[n]` (1–9), and a
/// braced body; `\def\name#1#2{body}`. A definition with an optional
/// argument's default (`[n][default]`) is not expanded (its uses are then
/// reported where they stand). Definitions are blanked with spaces (line
/// breaks kept), so lines keep their numbers; a line with an expanded macro
/// has its later columns shifted by the expansion.
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
                    if j < text.count, text[j] == "[" { expandable = false }  // a default for #1
                    while j < text.count, text[j] == "[", let close = text[j...].firstIndex(of: "]") { j = close + 1 }
                }
            }
            skipSpaces(text, &j)
            guard let (body, end) = group(text, at: j) else { continue }
            if expandable { result.macros[macroName] = Macro(arguments: arguments, body: body) }
            for k in start..<end where text[k] != "\n" { text[k] = " " }
            i = end
        }
        return result
    }

    /// `text` with every use of a macro expanded.
    func expand(_ text: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard !macros.isEmpty else { return text }
        var current = text
        for _ in 0..<Self.maximumPasses {
            var changed = false
            var out: [Unicode.Scalar] = []
            out.reserveCapacity(current.count)
            var i = 0
            while i < current.count {
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
