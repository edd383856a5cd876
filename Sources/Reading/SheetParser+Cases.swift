import CoursecheckDocument
import CoursecheckNotation
import Foundation

extension SheetParser {
    /// A derivative by cases of its sample's index,
    ///
    ///     \frac{\partial L_1}{\partial f_i} = \begin{cases}
    ///         f_5 - f_2 & i = 1 \\ f_2 - f_1 & i = 2 \\ f_1 - f_5 & i = 5 \\ 0 & \text{otherwise}
    ///     \end{cases}
    ///
    /// read as one maths a sample, `\frac{\partial L_1}{\partial f_1} = f_5 - f_2`,
    /// the index in the head replaced by the sample's, each value placed at
    /// its cell. A condition names numbers or role letters (`i = 3, 4`,
    /// `i \in \{3, 4, 6\}`, `i = a`), excludes them (`i \notin \{…\}`), or is
    /// `otherwise`: the samples 1…`samples` no other row names (numbers only).
    /// Any condition not read, a sample named twice, or another shape leaves
    /// the maths as it is, to be reported where it stands.
    static func indexCases(_ piece: MathFragment, maths: MathContext, naming: SampleNaming, samples: Int) -> [MathFragment] {
        let text = piece.fragment.text
        // Every maths fragment asks: a cases environment and a general index, as bytes.
        guard text.containsBytes("cases}"),
              ["_i", "_{i}", "_j", "_{j}", "_k", "_{k}", "fi", "fj", "fk"].contains(where: { text.containsBytes($0) }) else { return [piece] }
        let span = maths.span(text, plainText: piece.plainText)
        guard span.items.count == 1 else { return [piece] }
        let sides = span.items[0].sides
        guard sides.count == 2, sides[1].relation == .equals, let headRange = sides[0].nodes.range,
              case .failure? = DerivativeShape.match(sides[0].nodes, naming: naming),
              // The head as written (the tree's text folds runs of space), so offsets are the fragment's.
              let (letter, letterOffset) = indexLetter(String(piece.fragment.slice(headRange).text)) else { return [piece] }
        let flat = NodeShapes.flatten(sides[1].nodes)
        guard flat.count == 1, case let .environment(name, _, rows) = NodeShapes.core(flat[0]).kind,
              CasesShape.environments.contains(name) else { return [piece] }
        // Each row: its value's range and what its condition says.
        var cases: [(value: Range<Int>, condition: CasesShape.IndexCondition)] = []
        for row in rows where !row.allSatisfy(\.isEmpty) {
            guard row.count == 2, let value = row[0].range else { return [piece] }
            let condition = row[1].compactMap(\.range).map { span.tree.text($0) }.joined(separator: " ")
            guard let read = CasesShape.indexCondition(condition, index: letter) else { return [piece] }
            cases.append((value, read))
        }
        guard cases.count >= 2 else { return [piece] }
        let numbers = (1...max(samples, 1)).map(String.init)
        let usesRoles = cases.contains {
            switch $0.condition {
            case let .named(items), let .excluded(items): items.contains { !$0.allSatisfy(\.isNumber) }
            case .otherwise: false
            }
        }
        var taken = Set<String>()
        var expanded: [(index: String, value: Range<Int>)] = []
        // `otherwise` last: the rest is what the other rows leave.
        for c in cases.filter({ $0.condition != .otherwise }) + cases.filter({ $0.condition == .otherwise }) {
            let indices: [String]
            switch c.condition {
            case let .named(items): indices = items
            case let .excluded(items):
                guard !usesRoles else { return [piece] }
                indices = numbers.filter { !items.contains($0) }
            case .otherwise:
                guard !usesRoles, cases.filter({ $0.condition == .otherwise }).count == 1 else { return [piece] }
                indices = numbers.filter { !taken.contains($0) }
            }
            for index in indices {
                // A number beyond the samples, or one named twice: not a reading to defend.
                guard index.allSatisfy(\.isNumber) ? numbers.contains(index) : true, taken.insert(index).inserted else { return [piece] }
                expanded.append((index, c.value))
            }
        }
        expanded.sort { (Int($0.index) ?? 0, $0.index) < (Int($1.index) ?? 0, $1.index) }
        return indexRows(piece, head: headRange, index: headRange.lowerBound + letterOffset, rows: expanded)
    }

    /// One maths a row: the head with its index (the scalar at `index`)
    /// replaced by the row's, `=`, and the row's value, placed where written.
    static func indexRows(_ piece: MathFragment, head: Range<Int>, index at: Int,
                          rows: [(index: String, value: Range<Int>)]) -> [MathFragment] {
        rows.enumerated().map { n, row in
            var builder = FragmentBuilder()
            builder.append(piece.fragment.slice(head.lowerBound..<at))
            builder.append(row.index, at: piece.fragment.location(at: at))
            builder.append(piece.fragment.slice((at + 1)..<head.upperBound))
            builder.append(" = ", at: piece.fragment.location(at: row.value.lowerBound))
            builder.append(piece.fragment.slice(row.value))
            return MathFragment(fragment: builder.build(or: piece.fragment.start), proseBefore: n == 0 ? piece.proseBefore : "",
                                display: piece.display, plainText: piece.plainText)
        }
    }

    /// A derivative of a general index with one value for the indices a
    /// set lists, `\frac{\partial L_1}{\partial f_i} = 0 \quad \text{for } i
    /// \in \{3, 4, 6\}`: one maths a listed sample, as `indexCases` makes
    /// them. The set must be of numbers of samples, each once, and all the
    /// maths after the value; anything else is left as it is.
    static func indexList(_ piece: MathFragment, maths: MathContext, naming: SampleNaming, samples: Int) -> [MathFragment] {
        let text = String(piece.fragment.text)
        // `\begin{equation*} … \end{equation*}` around one line: that line.
        if let inner = singleLineEnvironment(text) {
            var body = piece
            body.fragment = piece.fragment.slice(inner)
            let read = indexList(body, maths: maths, naming: naming, samples: samples)
            return read.count > 1 ? read : [piece]
        }
        // In plain text the set is written as it looks, `for i in {3, 4, 6}`
        // (`in` a word, the braces bare; in TeX bare braces are a group).
        let plain = piece.plainText
        // "except for i ∈ {…}", "unless i in {…}": the set is excluded, not listed.
        let lowered = text.lowercased()
        if ["except", "unless", "other than", "apart from", "but not", "\\neq", "\\ne ", "\\notin", "≠", "∉"].contains(where: { lowered.containsBytes($0) }) { return [piece] }
        let member = plain ? #"(?:\\in|∈|\bin\b)"# : #"(?:\\in|∈)"#
        let (open, close) = plain ? (#"\\?\{"#, #"\\?\}"#) : (#"\\\{"#, #"\\\}"#)
        guard text.containsBytes("\\in") || text.containsBytes("\u{2208}") || plain && text.containsBytes(" in "),
              ["_i", "_{i}", "_j", "_{j}", "_k", "_{k}"].contains(where: { text.containsBytes($0) })
                || plain && ["fi", "fj", "fk"].contains(where: { text.containsBytes($0) }),
              let match = text.range(of: #"(?:\\[,;:!> ]|\\q?quad|\s|,)*(?:\\(?:text|mathrm|textrm)\{\s*(?:for|for all)\s*\}|\\forall|for all|for)?\s*([ijk])\s*"#
                                        + member + #"\s*"# + open + #"\s*([0-9]+(?:\s*,\s*[0-9]+)*)\s*"# + close + #"\s*[.,]?\s*$"#,
                                     options: .regularExpression),
              let condition = try? Regex(#"([ijk])\s*"# + member + #"\s*"# + open + #"\s*([0-9 ,]+)"# + close).firstMatch(in: text[match]),
              let letterText = condition.output[1].substring, let listText = condition.output[2].substring else { return [piece] }
        let chainEnd = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: match.lowerBound.samePosition(in: text.unicodeScalars) ?? text.unicodeScalars.endIndex)
        let chain = String(String.UnicodeScalarView(text.unicodeScalars.prefix(chainEnd)))
        let span = maths.span(Substring(chain), plainText: piece.plainText)
        guard span.items.count == 1 else { return [piece] }
        let sides = span.items[0].sides
        guard sides.count == 2, sides[1].relation == .equals, let headRange = sides[0].nodes.range, let value = sides[1].nodes.range,
              case .failure? = DerivativeShape.match(sides[0].nodes, naming: naming),
              let (letter, letterOffset) = indexLetter(String(piece.fragment.slice(headRange).text)),
              String(letter) == String(letterText) else { return [piece] }
        let indices = listText.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        guard !indices.isEmpty, Set(indices).count == indices.count,
              indices.allSatisfy({ Int($0).map { (1...max(samples, 1)).contains($0) } ?? false }) else { return [piece] }
        return indexRows(piece, head: headRange, index: headRange.lowerBound + letterOffset, rows: indices.map { ($0, value) })
    }

    /// A brace of statements, `\begin{cases} \frac{\partial J}{\partial
    /// z_a} = 0 \\ \frac{\partial J}{\partial z_p} = 0 \\ … \end{cases}`:
    /// a `cases` environment that is all the maths, every row a derivative
    /// and its value with no condition, is its rows, read as the rows of an
    /// `aligned` (the environment groups them, it states no case). Any row
    /// that is not a derivative with its value, or a row with a cell (`&`),
    /// leaves the maths as it is.
    static func bracedStatements(_ piece: MathFragment, maths: MathContext, naming: SampleNaming) -> [MathFragment] {
        let text = piece.fragment.text
        guard text.containsBytes("cases") else { return [piece] }
        let scalars = Array(String(text).unicodeScalars)
        var lower = 0, upper = scalars.count
        while lower < upper, scalars[lower].properties.isWhitespace { lower += 1 }
        while upper > lower, scalars[upper - 1].properties.isWhitespace || scalars[upper - 1] == "." { upper -= 1 }
        for name in ["cases", "cases*", "dcases", "dcases*"] {
            let begin = Array("\\begin{\(name)}".unicodeScalars), end = Array("\\end{\(name)}".unicodeScalars)
            guard upper - lower > begin.count + end.count, Array(scalars[lower..<(lower + begin.count)]) == begin,
                  Array(scalars[(upper - end.count)..<upper]) == end else { continue }
            let inner = (lower + begin.count)..<(upper - end.count)
            let body = String(String.UnicodeScalarView(scalars[inner]))
            // One environment, no cells: conditions would make it cases by index.
            guard !body.contains("&"), !body.contains("\\begin{"), body.contains("\\\\") else { return [piece] }
            var read = piece
            read.fragment = piece.fragment.slice(inner)
            let items = maths.span(read.fragment.text, plainText: piece.plainText).items
            guard items.count >= 2, items.allSatisfy({ item in
                guard case .success? = item.head(naming) else { return false }
                return item.sides.count >= 2 && item.sides.dropFirst().allSatisfy { $0.relation == .equals }
            }) else { return [piece] }
            return [read]
        }
        return [piece]
    }

    /// The scalar range inside `\begin{E} … \end{E}` when that is all the
    /// text (space aside), E a one-line display (`equation`, `equation*`,
    /// `displaymath`, `math`) and no row break inside; nil otherwise.
    static func singleLineEnvironment(_ text: String) -> Range<Int>? {
        let scalars = Array(text.unicodeScalars)
        var lower = 0, upper = scalars.count
        while lower < upper, scalars[lower].properties.isWhitespace { lower += 1 }
        while upper > lower, scalars[upper - 1].properties.isWhitespace { upper -= 1 }
        for name in ["equation", "equation*", "displaymath", "math"] {
            let begin = Array("\\begin{\(name)}".unicodeScalars), end = Array("\\end{\(name)}".unicodeScalars)
            guard upper - lower > begin.count + end.count, Array(scalars[lower..<(lower + begin.count)]) == begin,
                  Array(scalars[(upper - end.count)..<upper]) == end else { continue }
            let inner = (lower + begin.count)..<(upper - end.count)
            let body = String(String.UnicodeScalarView(scalars[inner]))
            return body.contains("\\\\") ? nil : inner
        }
        return nil
    }

    /// The general index of a derivative's head (`f_i`, `\mathbf{f}_{j}`,
    /// `fk`, `f^{(i)}`): its letter and offset in scalars; the last when several.
    static func indexLetter(_ head: String) -> (Character, Int)? {
        // The embeddings' letter (`f`, or one the sheet declares), or `f(x_i)`;
        // the index below it or in brackets above it (`f^{(i)}`, as samples `f^{(1)}`).
        let letters = "f" + SampleNaming.declaredLetters.filter { $0.properties.isAlphabetic && $0.isASCII }.map { String($0) }.sorted().joined()
        guard let match = head.range(of: "(?:[\(letters)]|f\\(x)\\}?(?:_?\\{?[ijk]\\}?|\\^\\{\\([ijk]\\)\\})(?![A-Za-z0-9])", options: [.regularExpression, .backwards]),
              let letter = head[match].lastIndex(where: { $0 == "i" || $0 == "j" || $0 == "k" }) else { return nil }
        return (head[letter], head.unicodeScalars.distance(from: head.unicodeScalars.startIndex, to: letter))
    }
}
