import CoursecheckMaths

/// LaTeX commands that lay maths out without saying anything: environment
/// markers, labels, tags, `\text{…}` prose, spacing. Blanked with spaces of the
/// same length, so that locations in the fragment stay right.
enum LayoutCommands {
    static func blanked(_ text: Substring) -> String {
        var scalars = Array(text.unicodeScalars)
        var i = 0
        let withArgument = ["\\begin", "\\end", "\\label", "\\tag", "\\text", "\\textrm", "\\textit", "\\mbox", "\\intertext"]
        let prose: Set<String> = ["\\text", "\\textrm", "\\textit", "\\mbox", "\\intertext"]
        let bare = ["\\nonumber", "\\notag", "\\qquad", "\\quad", "\\displaystyle", "\\hfill"]
        func matches(_ word: String, at i: Int) -> Bool {
            let w = Array(word.unicodeScalars)
            guard i + w.count <= scalars.count, Array(scalars[i..<(i + w.count)]) == w else { return false }
            // The command's name ends there.
            return i + w.count == scalars.count || !Lexer.isLetter(scalars[i + w.count])
        }
        while i < scalars.count {
            guard scalars[i] == "\\" else { i += 1; continue }
            if let word = withArgument.first(where: { matches($0, at: i) }) {
                var j = i + word.unicodeScalars.count
                while j < scalars.count, scalars[j] == " " { j += 1 }
                if j < scalars.count, scalars[j] == "{" {
                    var depth = 0
                    while j < scalars.count {
                        if scalars[j] == "{" { depth += 1 }
                        if scalars[j] == "}" { depth -= 1; if depth == 0 { j += 1; break } }
                        j += 1
                    }
                    // `\begin{alignat}{2}`: the column count too.
                    if word == "\\begin", j < scalars.count, scalars[j] == "{", let close = scalars[j...].firstIndex(of: "}") { j = close + 1 }
                    for k in i..<j where scalars[k] != "\n" { scalars[k] = " " }
                    if prose.contains(word) { scalars[i] = ";" }
                    i = j
                    continue
                }
            }
            if let word = bare.first(where: { matches($0, at: i) }) {
                for k in i..<(i + word.unicodeScalars.count) { scalars[k] = " " }
                i += word.unicodeScalars.count
                continue
            }
            i += 1
        }
        return String(String.UnicodeScalarView(scalars))
    }
}
