import CoursecheckNotation

/// Question 5's triplets written as a table: a header row that names the
/// three roles (`anchor`, `positive`, `negative`; `pos.`, `neg.`; `a`, `p`,
/// `n`; `$f_a$`, `$f_p$`, `$f_n$`), then a row per triplet whose cells under
/// them give its samples, in any notation the triplet reader knows (`$f_1$`,
/// `f1`, `1`, `$\mathbf{x}_1$`). A cell of a column whose header names a
/// label (`t`, `#`, `Triplet`, none) is the row's label (`$t_1$`, `Triplet
/// 1`, `1`); without one the rows are unlabelled triplets (the
/// assignment's, in its order, only when all are there).
///
/// Each row becomes the maths `t_k = (a, p, n)`, its members placed at
/// their cells, and is read by the same triplet reader as a written list:
/// a row that does not read is reported there, never guessed.
enum TripletTable {
    /// The rows as triplet statements, or nil when the table is not one of
    /// triplets (its first row does not name all three roles).
    static func read(_ table: Table) -> [MathFragment]? {
        guard table.rows.count >= 2, let header = table.rows.first else { return nil }
        var roles: [Int] = []
        for role in ["anchor", "positive", "negative"] {
            guard let column = header.firstIndex(where: { names(role, cell: $0) }), !roles.contains(column) else { return nil }
            roles.append(column)
        }
        // A label column is one whose header says so (`t`, `#`, `k`,
        // `Triplet`, `No.`, or nothing); any other (`class`, `loss`) is not.
        let labelColumn = header.indices.first { column in
            guard !roles.contains(column) else { return false }
            let word = header[column].source.lowercased().filter { $0.isLetter || $0 == "#" }
            return ["", "t", "tk", "k", "#", "triplet", "no", "nr", "id", "label", "i"].contains(word)
        }
        // Derivatives under the roles' columns (`$\frac{\partial L_1}{\partial
        // f_1} = …$` under `anchor`): a table of answers by role, not of
        // the triplets' members.
        for row in table.rows.dropFirst() where roles.allSatisfy({ $0 < row.count }) {
            for column in roles {
                let source = row[column].source
                if source.contains("="), ["\\partial", "∂", "\\frac", "\\nabla", "/"].contains(where: source.contains) { return nil }
            }
        }
        var fragments: [MathFragment] = []
        for row in table.rows.dropFirst() where roles.allSatisfy({ $0 < row.count }) {
            let members = roles.map { row[$0] }
            // A rule or an empty row is not a triplet.
            guard members.contains(where: { !$0.source.trimmingWhitespace().isEmpty }) else { continue }
            var builder = FragmentBuilder()
            var plain = false
            let at = row.first?.location ?? members[0].location
            if let labelColumn, labelColumn < row.count, let k = label(row[labelColumn]) {
                builder.append("t_{\(k)} = (", at: row[labelColumn].location)
            } else {
                builder.append("(", at: at)
            }
            for (n, cell) in members.enumerated() {
                if n > 0 { builder.append(", ", at: cell.location) }
                let (fragment, isText) = content(cell)
                plain = plain || isText
                builder.append(fragment)
            }
            builder.append(")", at: members[2].location)
            fragments.append(MathFragment(fragment: builder.build(or: at), proseBefore: "", plainText: plain))
        }
        return fragments.isEmpty ? nil : fragments
    }

    /// A table with a row per part (`| 5.1 | (1, 2, 5) | … |`) whose header
    /// names one column `triplet` or the roles in brackets (`(a, p, n)`,
    /// `(anchor, positive, negative)`): each row's cell there, when it is one
    /// triplet in parentheses, as `t_k = (…)` with k from the row's label
    /// (another column, `5.k`, `t_k`, `k`). Rows without a label state nothing.
    static func stated(_ table: Table, maths: MathContext) -> [MathFragment] {
        statedCells(table, maths: maths).fragments
    }

    /// `stated`'s statements, and the cells they were read from (row and
    /// column): each statement's label and triplet, and the header's cells
    /// over them (`k`, `(a, p, n)`), which say nothing else.
    static func statedCells(_ table: Table, maths: MathContext) -> (fragments: [MathFragment], cells: Set<[Int]>) {
        guard table.rows.count >= 2, let header = table.rows.first else { return ([], []) }
        let named = header.indices.filter { column in
            let word = header[column].source.lowercased().filter { $0.isLetter }
            return word == "triplet" || word == "triplets" || namesRolesInBrackets(header[column].source)
        }
        guard named.count == 1, let column = named.first else { return ([], []) }
        var fragments: [MathFragment] = []
        var cells: Set<[Int]> = []
        for (r, row) in table.rows.enumerated().dropFirst() where column < row.count {
            let labels = row.indices.filter { $0 != column && label(row[$0]) != nil }
            guard labels.count == 1, let labelColumn = labels.first, let k = label(row[labelColumn]) else { continue }
            let (fragment, isText) = content(row[column])
            let span = maths.span(fragment.text, plainText: isText)
            guard span.items.count == 1, let bare = TripletShape.readUnlabelled(span.items[0]), bare.from == nil else { continue }
            var builder = FragmentBuilder()
            builder.append("t_{\(k)} = ", at: row[column].location)
            builder.append(fragment)
            fragments.append(MathFragment(fragment: builder.build(or: row[column].location), proseBefore: "", plainText: isText))
            cells.formUnion([[r, column], [r, labelColumn], [0, column]])
            if labelColumn < header.count, header[labelColumn].source.lowercased().filter({ $0.isLetter || $0 == "#" }).count <= 7 {
                cells.insert([0, labelColumn])
            }
        }
        return (fragments, cells)
    }

    /// Whether a header cell is the three roles in brackets, in order:
    /// `(a, p, n)`, `$(a,p,n)$`, `(anchor, positive, negative)`, `(f_a, f_p, f_n)`.
    static func namesRolesInBrackets(_ source: String) -> Bool {
        let written = source.filter { !" $*_{}\\".contains($0) }.lowercased()
        guard written.hasPrefix("("), written.hasSuffix(")") else { return false }
        let parts = written.dropFirst().dropLast().split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count == 3 else { return false }
        return zip(parts, ["anchor", "positive", "negative"]).allSatisfy { part, role in
            let word = part.hasPrefix("f") && part.count == 2 ? part.dropFirst() : part
            return word == role.prefix(1) || word.count >= 3 && role.hasPrefix(word)
        }
    }

    /// Whether a header cell names the role: its letters (maths and
    /// emphasis aside) start with the role's word or its first three
    /// letters, or are its letter alone, with or without `f`/`x`.
    static func names(_ role: String, cell: Table.Cell) -> Bool {
        let letters = String(cell.source.lowercased().unicodeScalars.filter { ("a"..."z").contains($0) })
        let word = letters.replacingOccurrences(of: "mathbf", with: "").replacingOccurrences(of: "text", with: "")
        let initial = String(role.prefix(1))
        return word.hasPrefix(String(role.prefix(3))) || [initial, "f" + initial, "x" + initial].contains(word)
    }

    /// The triplet a label cell names: `$t_3$`, `t3`, `Triplet 3`, `3`, `#3`,
    /// `5.3`, `Exercise 5.3`.
    static func label(_ cell: Table.Cell) -> Int? {
        // `5.3`: Question 5.3's number labels t_3 (not t_53); so does the
        // sub-question named with its heading's word (`Exercise 5.3`, `Q5.3`).
        var number = cell.source.filter { !" $*_{}\\:()".contains($0) }
        if let word = number.range(of: #"^(?i:question|exercise|task|problem|part|ex|q)\.?(?=5\.)"#, options: .regularExpression) {
            number.removeSubrange(word)
        }
        if number.hasPrefix("5."), let k = Int(number.dropFirst(2)), (1...99).contains(k) { return k }
        let text = cell.source.lowercased().filter { !" $*_{}\\#.:()".contains($0) }
        for prefix in ["triplet", "t", ""] where text.hasPrefix(prefix) {
            if let k = Int(text.dropFirst(prefix.count)), (1...99).contains(k) { return k }
        }
        return nil
    }

    /// A cell's content with its places: its one maths span, else its text
    /// (read as plain text).
    static func content(_ cell: Table.Cell) -> (Fragment, plainText: Bool) {
        let maths = cell.inlines.compactMap { inline -> MathSource? in if case .math(let m) = inline { m } else { nil } }
        if maths.count == 1 { return (maths[0].tex, false) }
        if cell.inlines.count == 1, case .text(let t) = cell.inlines[0] {
            let lead = t.text.unicodeScalars.prefix { $0 == " " || $0 == "\t" || $0 == "*" }.count
            let trail = t.text.unicodeScalars.reversed().prefix { $0 == " " || $0 == "\t" || $0 == "*" || $0 == "\n" }.count
            return (t.slice(lead..<max(lead, t.count - trail)), true)
        }
        return (Fragment(Substring(cell.source), start: cell.location), true)
    }
}
