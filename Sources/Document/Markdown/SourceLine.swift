/// A line of a container's content: its text after the container's markers
/// (`> `, a list item's indentation) and where that text starts.
struct SourceLine {
    var text: Substring
    var location: SourceLocation

    var isBlank: Bool { text.unicodeScalars.allSatisfy { $0 == " " || $0 == "\t" } }

    /// Columns of leading white space, a tab reaching the next multiple of 4.
    var indent: Int {
        var width = 0
        for scalar in text.unicodeScalars {
            if scalar == " " { width += 1 } else if scalar == "\t" { width += 4 - width % 4 } else { break }
        }
        return width
    }

    /// The line without its first `n` scalars.
    func dropping(_ n: Int) -> SourceLine {
        let k = min(n, text.unicodeScalars.count)
        let rest = text.unicodeScalars.dropFirst(k)
        return SourceLine(text: Substring(rest), location: SourceLocation(line: location.line, column: location.column + k))
    }

    /// The line without up to `columns` columns of indentation (a tab counts
    /// as what it reaches).
    func droppingIndent(_ columns: Int) -> SourceLine {
        var width = 0
        var k = 0
        for scalar in text.unicodeScalars {
            guard width < columns else { break }
            if scalar == " " { width += 1 } else if scalar == "\t" { width += 4 - width % 4 } else { break }
            k += 1
        }
        return dropping(k)
    }

    /// The line without its leading white space.
    var trimmed: SourceLine {
        dropping(text.unicodeScalars.prefix { $0 == " " || $0 == "\t" }.count)
    }

    /// The lines of `text`, numbered from `firstLine`.
    static func lines(of text: Substring, firstLine: Int = 1) -> [SourceLine] {
        var result: [SourceLine] = []
        var number = firstLine
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            result.append(SourceLine(text: line, location: SourceLocation(line: number, column: 1)))
            number += 1
        }
        return result
    }

    /// Lines joined by line feeds into one fragment that knows where each
    /// line starts.
    static func fragment(_ lines: [SourceLine]) -> Fragment {
        guard let first = lines.first else { return Fragment("", start: SourceLocation(line: 1, column: 1)) }
        var text = String(first.text)
        var jumps: [Fragment.Jump] = []
        var offset = first.text.unicodeScalars.count
        var previous = first.location
        for line in lines.dropFirst() {
            text += "\n"
            offset += 1
            if line.location != SourceLocation(line: previous.line + 1, column: 1) {
                jumps.append(Fragment.Jump(offset: offset, location: line.location))
            }
            previous = line.location
            text += line.text
            offset += line.text.unicodeScalars.count
        }
        return Fragment(Substring(text), start: first.location, jumps: jumps)
    }
}
