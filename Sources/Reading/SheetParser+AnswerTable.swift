import CoursecheckAssignment
import CoursecheckMaths
import CoursecheckNotation

/// Derivatives written as a table: one row per sample (`| f_1 | f_5 − f_2 |`
/// under a header that says the column holds derivatives, `∂L/∂f_i`), one
/// row per triplet with a column per sample (`| t_1 | f_5 − f_2 | … |` under
/// `| | ∂L/∂f_1 | … |`), or rows whose first cell is the derivative itself
/// (`| \frac{\partial L}{\partial f_a} | f_n − f_p |`). Markdown pipe tables
/// and LaTeX `tabular` blocks.
///
/// Each cell becomes the maths `∂L/∂s = cell` (with `L_{t_k}` when a row or
/// column names the triplet), located at the cell, and is read by the same
/// reader as any other derivative: every rule (final line, all text read,
/// role symbols) holds in tables too. A table that does not say which
/// derivative a cell is stays text, and is reported as such. Rows may name
/// Question 5's sub-questions (`Q5.3 ($t_3$)`).
struct AnswerTable {
    /// What a row's first cell or a column's header names.
    enum Key: Equatable {
        case head(Symbol, label: Int?)
        case symbol(Symbol)
        case triplet(Int)
        /// Another question's answers: a column of the sums over the
        /// triplets (`Q6`, `$\\sum_k$`, `total`) is Question 6's.
        case question(Int)
        /// A row label that names a triplet by its members, with its index
        /// or without (`1: (1, 2, 5)`, `t_1 = (f_1, f_2, f_5)`, `5.1 (1,2,5)`,
        /// `(1, 2, 5)`): which triplet it is, the assignment says
        /// (`resolved`).
        case members(index: Int?, members: [Int], text: String)
        /// A row whose label's index and members are not the assignment's
        /// triplet of that index, or whose members are none of its triplets:
        /// which triplet its cells answer is for a person.
        case mislabelled
        case other(String)

        var symbol: Symbol? {
            switch self {
            case .head(let s, _), .symbol(let s): s
            default: nil
            }
        }

        var label: Int? {
            switch self {
            case .head(_, let k): k
            case .triplet(let k): k
            case .members(let k, _, _): k
            default: nil
            }
        }
    }

    /// The answer cells of a table, or nil when it is not a table of
    /// derivatives. The first row is a header when the table has one, or
    /// when its first cell names neither a sample nor a triplet.
    ///
    /// A header of samples alone says no derivative: its cells are read
    /// only when the words before the table say they are derivatives
    /// (`announced`: `Entry $(k, i)$ is $\partial L_k/\partial f_i$:`),
    /// when a header says "with respect to" in words (`| w.r.t. | value |`),
    /// or when the table crosses the triplets with the samples (`| triplet |
    /// f_1 | … | f_6 |` over rows `t_1 = (1, 2, 5)`, …, or the same turned),
    /// which only derivatives fill.
    ///
    /// Words before it that deny its cells are derivatives (`denied`: "these
    /// are not the gradients") leave a table of triplets by samples unread.
    ///
    /// Rows named by a triplet's members (`| (1, 2, 5) | … |`, `(1,2,5) &
    /// … \\`, `| 1: (1, 2, 5) | … |`, `| $t_1 = (f_1, f_2, f_5)$ | … |`)
    /// are the assignment's triplet with those members in that order
    /// (`triplets`); when the label gives an index too, the members must be
    /// the assignment's triplet of that index. A row whose members are no
    /// triplet of the assignment, or not the one its index names, is for a
    /// person (`Key.mislabelled`); the other rows are read.
    static func read(_ table: Table, announced: Bool = false, denied: Bool = false, maths: MathContext,
                     triplets: [[Int]] = []) -> [MathFragment]? {
        var rows = table.rows.filter { $0.count >= 2 }
        guard !rows.isEmpty else { return nil }
        var header: [Key] = []
        var headerText = ""
        var headerCells: [String] = []
        let firstKey = key(rows[0][0], maths: maths)
        if table.headerRows > 0 || firstKey.symbol == nil && firstKey.label == nil {
            header = rows[0].map { key($0, maths: maths) }
            headerCells = rows[0].map { $0.source.lowercased() }
            headerText = headerCells.joined(separator: " ")
            rows.removeFirst()
        }
        rows = rows.map { Self.joiningWorking($0, header: header, headerCells: headerCells) }
        var marked = announced || Self.marksDerivatives(headerText) || Self.saysWithRespectTo(headerCells)
        var fragments: [MathFragment] = []
        var rowKeys = rows.map { key($0[0], maths: maths) }
        // `| triplet | ∂L/∂f_1 | … |` over rows `| 1 | … |`, `| 2 | … |`: under
        // a first column headed by the triplet's word or letter, a bare
        // number is the triplet's.
        // So under a column headed by the index the header's losses are
        // written in (`| k | … | $\partial J_k/\partial f_1$ | … |`).
        let firstHeader = rows.isEmpty ? nil : table.rows.first?.first.map { $0.source.lowercased().filter { !"$*`{}\\".contains($0) }.trimmingWhitespace() }
        let indexedByK = header.count > 1 && ["_{k}", "_k", "^{(k)}", "^{k}", "^k"].contains(where: headerText.contains)
        if let first = firstHeader, header.count > 0,
           ["triplet", "triplets", "t", "t_k", "triplet k", "tk"].contains(first) || first == "k" && indexedByK {
            rowKeys = zip(rows, rowKeys).map { row, key in
                if case .other(let text) = key, let n = Self.rowNumber(text) { return .triplet(n) }
                return key
            }
        }
        // `| # | ∂L/∂f_1 | … |` (or an empty corner) over rows `| 3 | … |`,
        // `| #3 | … |`: a column per sample's derivative leaves each row a
        // triplet, a number alone its index.
        rowKeys = Self.numberedTripletRows(rowKeys, header: header, corner: firstHeader)
        // A row named by members is the assignment's triplet with them,
        // the triplet its index names (or for a person).
        let written = rowKeys
        rowKeys = rowKeys.map { Self.resolved($0, triplets: triplets) }
        header = header.map { Self.resolved($0, triplets: triplets) }
        // `| contribution of | f_1 | … |` over a row per triplet and a row
        // `total` (or turned), `| | sum of the Q5 entries | total |` over a
        // row per sample: Question 6's totals, their working beside them.
        if let totals = Self.contributionTotals(rows, header: header, rowKeys: rowKeys, maths: maths, triplets: triplets)
            ?? Self.workedTotals(rows, header: header, headerCells: headerCells, rowKeys: rowKeys) {
            return totals
        }
        // `| role | sample | gradient of L_1 |` over `| anchor | f_1 | f_5 − f_2 |`:
        // each row its sample's, when its role is that sample's in t_1.
        let roleRows = Self.roleRows(rows, header: header, headerCells: headerCells, triplets: triplets, maths: maths)
        if let roleRows { rowKeys = roleRows.keys }
        // `| $\partial L_1$ (5.1) | … |`: rows each labelled by the derivative
        // of its triplet's loss say their cells are derivatives, as a header would.
        marked = marked || rowKeys.allSatisfy({ if case .triplet = $0 { true } else { $0 == .mislabelled } })
            && rows.allSatisfy { Self.marksDerivatives($0[0].source) }
        // A table crossing the triplets with the samples says which
        // derivative each cell is without a word of it.
        marked = marked || !denied && Self.crossesTripletsAndSamples(header: header, rowKeys: rowKeys, corner: firstHeader)
        // `| $i$ | sum | $\partial L/\partial f_i$ |` over rows `| 1 | … |`:
        // under a first column headed by the index the header's samples are
        // written with (or by the samples' word), a bare number is the sample's.
        let indexedByI = header.count > 1 && ["f_i", "f_{i}", "f_j", "f_{j}"].contains(where: headerText.contains)
        if let first = firstHeader, header.count > 0, marked,
           ["sample", "samples", "embedding"].contains(first) || ["i", "j"].contains(first) && indexedByI {
            rowKeys = zip(rows, rowKeys).map { row, key in
                if case .other(let text) = key, let n = Int(text.filter { !"$*`.".contains($0) }.trimmingWhitespace()), (1...99).contains(n) {
                    return .symbol(.sample(n))
                }
                return key
            }
        }
        // A table that names triplets for some cells names them for all:
        // a cell it does not place is not read from it.
        let labelled = rowKeys.contains { $0.label != nil || $0 == .mislabelled } || header.contains { $0.label != nil }
        // Each row's key and the fragments it gave (`zerosOutsideRoles`).
        var given: [(Key, Table.Cell?, Range<Int>)] = []
        for (row, (rowKey, writtenKey)) in zip(rows, zip(rowKeys, written)) {
            let start = fragments.count
            defer { given.append((rowKey, row.first, start..<fragments.count)) }
            // A row labelled by its triplet stated (`| $t_1 = (f_1, f_2, f_5)$ |`,
            // `| $t_1$ = (1, 2, 5) |`, `| 1: (1, 2, 5) |`): the statement goes
            // to the triplets check.
            if case let .members(k?, members, _) = writtenKey, let first = row.first {
                let listed = members.map(String.init).joined(separator: ", ")
                var statement = MathFragment(fragment: Fragment("t_{\(k)} = (\(listed))", start: first.location), proseBefore: "")
                statement.tableTriplet = k
                fragments.append(statement)
            }
            // Its cells, for a person: which triplet they answer is not certain.
            if rowKey == .mislabelled, let k = roleRows?.triplet {
                fragments += Self.forPerson(row.dropFirst(), why: "a row whose role and sample are not t_\(k)'s: which derivative it answers is for a person")
                continue
            }
            if rowKey == .mislabelled {
                fragments += Self.forPerson(row.dropFirst(), why: writtenKey.label.map {
                    "a row labelled t_\($0) whose members are not t_\($0)'s: which triplet it answers is for a person"
                } ?? "a row labelled by members that are no triplet of the assignment: for a person")
                continue
            }
            // `| #1 | (1, 2, 5) | … |`: a column of the members beside a row of
            // t_k must name t_k's, or the row is for a person.
            if let k = rowKey.label, triplets.indices.contains(k - 1),
               row.dropFirst().contains(where: { Self.statedMembers($0, maths: maths).map { $0 != triplets[k - 1] } ?? false }) {
                fragments += Self.forPerson(row.dropFirst(), why: "a row of t_\(k) whose members are not t_\(k)'s: which triplet it answers is for a person")
                continue
            }
            // A table of coefficients: rows of derivatives, columns of samples
            // (or the other way round), each cell a number.
            switch Self.coefficients(row, rowKey: rowKey, header: header) {
            case .notCoefficients: break
            case .unreadable: return nil
            case .read(let fragment):
                fragments.append(fragment)
                continue
            }
            // A row of one derivative with values under columns that name no
            // triplet or question (`| ∂L/∂f_a | 0 | -1 | 1 |` under `coeff. of f_a`, …):
            // which cell is its value cannot be told.
            if case .head = rowKey {
                let unplaced = row.indices.dropFirst().filter { c in
                    let columnKey = c < header.count ? header[c] : .other("")
                    guard columnKey.label == nil else { return false }
                    if case .question = columnKey { return false }
                    return !row[c].source.trimmingWhitespace().isEmpty
                }
                if unplaced.count > 1 { return nil }
            }
            for (c, written) in row.enumerated().dropFirst() where c != roleRows?.sampleColumn {
                var cell = written
                let columnKey = c < header.count ? header[c] : .other("")
                guard var symbol = rowKey.symbol ?? columnKey.symbol else {
                    // A column of the triplets themselves beside their
                    // derivatives (`| 5.1 | (f_1, f_2, f_5) | f_5 − f_2 | …`).
                    if labelled, Self.isTriplet(cell, maths: maths) { continue }
                    return nil
                }
                let other: Int? = {
                    if case .question(let n) = rowKey { return n }
                    if case .question(let n) = columnKey { return n }
                    return nil
                }()
                let bare: Bool = {
                    if case .head = rowKey { return false }
                    if case .head = columnKey { return false }
                    return true
                }()
                if bare && !marked { return nil }
                let text = cell.source.trimmingWhitespace()
                if text.isEmpty || text == "—" || text == "-" { continue }
                // `f₁: f₅ − f₂` under `∂L/∂fₐ` in t_1's row: the sample playing
                // the column's role, then its value; read when it is t_k's.
                if let role = Symbol.roles.firstIndex(of: symbol), let (sample, value) = Self.sampleBeforeColon(cell) {
                    let k = rowKey.label ?? columnKey.label
                    guard let k, triplets.indices.contains(k - 1), triplets[k - 1].indices.contains(role), triplets[k - 1][role] == sample else {
                        fragments += Self.forPerson([cell][...], why: "a cell giving f_\(sample) under the \(symbol) column, but f_\(sample) is not that role's in its triplet: for a person")
                        continue
                    }
                    cell = value
                    symbol = .sample(sample)
                }
                // A column of the triplets a sample appears in (`$t_1, t_2, t_3$`)
                // beside its derivative says where the terms come from.
                if Self.isTripletLabels(text) { continue }
                // So does a column of the roles the sample plays (`| $f_1$ |
                // anchor | $f_5 - f_2$ |`, under `role`): no value.
                if Self.isRoleWord(text) { continue }
                let label = rowKey.label ?? columnKey.label
                if labelled, label == nil, other == nil { return nil }
                var cells = Self.maths(of: cell, symbol: symbol, label: other == nil ? label : nil)
                for i in cells.indices {
                    cells[i].question = other
                    cells[i].tableTriplet = other == nil ? label : nil
                }
                fragments += cells
            }
        }
        return fragments + Self.zerosOutsideRoles(header: header, rows: given, fragments: fragments, triplets: triplets)
    }

    /// Whether a header's (or a row label's) text says its cells are
    /// derivatives: `∂`, `\partial`, `\nabla`, `∇`, `deriv…`, `grad…`,
    /// `dL/`, `\frac{d` (`| | ∂L/∂f_1 | … |`, `| $\partial L_1$ (5.1) | … |`).
    static func marksDerivatives(_ text: String) -> Bool {
        let lower = text.lowercased()
        return Self.derivativeMarks.contains { lower.contains($0) }
    }
    static let derivativeMarks = ["∂", "\\partial", "\\nabla", "∇", "deriv", "grad", "dl/", "d l/", "\\frac{d"]

    /// Whether a header says its column is taken with respect to the
    /// row's sample in words: `w.r.t.`, `wrt`, `with respect to`
    /// (`| w.r.t. | value |`, `| with respect to | result |`).
    static func saysWithRespectTo(_ headerCells: [String]) -> Bool {
        headerCells.contains { cell in
            let letters = cell.filter { $0.isLetter || $0 == " " }.split(separator: " ").joined(separator: " ")
            return letters == "wrt" || letters.hasPrefix("wrt ") || letters.hasSuffix(" wrt") || letters.contains("with respect to")
        }
    }

    /// Whether a table crosses the triplets with the samples and says so
    /// in its corner: every row names a triplet (`t_1`, `t_1 = (1, 2, 5)`,
    /// `Triplet 1`, `1`) under a corner that names the rows (`triplet`,
    /// `t`, `k`, `#`), every column after the first a sample (`f_1`,
    /// `$\vec{f}_1$`, `**f1**`); or the other way round, rows `f_1`, … under
    /// a corner `sample` (`embedding`, `i`), columns `t_1`, …. Its cells are
    /// the triplets' derivatives by the samples, `∂L_{t_k}/∂f_i`, as
    /// Question 5 asks them, though no header says "derivative": a table of
    /// members would hold roles (`anchor`) or nothing, which are not read
    /// as values. (A matrix with an empty corner, `| | f_1 | … |` over rows
    /// `t_1`, says nothing of its cells: unread without words before it.)
    static func crossesTripletsAndSamples(header: [Key], rowKeys: [Key], corner: String?) -> Bool {
        let columns = header.dropFirst()
        guard columns.count >= 2, !rowKeys.isEmpty, let corner else { return false }
        func isTriplet(_ key: Key) -> Bool { if case .triplet = key { true } else { key == .mislabelled } }
        func isSample(_ key: Key) -> Bool { if case .symbol(.sample) = key { true } else { false } }
        let tripletCorners = ["triplet", "triplets", "t", "t_k", "tk", "triplet k", "k", "#"]
        let sampleCorners = ["sample", "samples", "embedding", "embeddings", "i", "f_i", "fi"]
        return tripletCorners.contains(corner) && columns.allSatisfy(isSample) && rowKeys.allSatisfy(isTriplet)
            || sampleCorners.contains(corner) && columns.allSatisfy(isTriplet) && rowKeys.allSatisfy(isSample)
    }

    /// A row with a column of working before its derivative's column
    /// (`| 4 | $(f_1 - f_4) + … $ | $f_1 + f_2 - 2f_6$ |` under `| i | sum
    /// over the triplets | ∂L/∂f_i |`): the working and the result as one
    /// chain in the result's cell (`working = result`), so that the result
    /// is the answer and the working its steps; the working's cell empty.
    /// Each must be one maths span, or both plain text with no maths and
    /// no word of two letters (`| f6 | (f2 - f6) + (f6 - f5) | 2f2 - f5 |` under `| Sample |
    /// Contributions | Gradient |`); the working's column headed by a sum
    /// or by the words of working (`working`, `terms`, `contributions`,
    /// `steps`, `expansion`, as `tabbedWorkingHeader` reads them) and the
    /// result's by a derivative of no one triplet's loss (`∂L/∂f_i`, or
    /// `∂L/∂f` in words or maths the grammar reads as no head).
    static func joiningWorking(_ row: [Table.Cell], header: [Key], headerCells: [String]) -> [Table.Cell] {
        func onlyText(_ cell: Table.Cell) -> Fragment? {
            guard cell.inlines.count == 1, case .text(let t) = cell.inlines[0] else { return nil }
            let kept = t.text.unicodeScalars
            guard let first = kept.firstIndex(where: { !$0.properties.isWhitespace }),
                  let last = kept.lastIndex(where: { !$0.properties.isWhitespace }) else { return nil }
            let lower = kept.distance(from: kept.startIndex, to: first), upper = kept.distance(from: kept.startIndex, to: last) + 1
            // Maths in plain text only: no word of two letters (`anchor in t1`).
            let piece = t.slice(lower..<upper)
            guard !piece.text.split(whereSeparator: { !$0.isLetter }).contains(where: { $0.count >= 2 }) else { return nil }
            return piece
        }
        let derivative = header.indices.first { c in
            if case .head(_, nil) = header[c] { return true }
            guard case .other = header[c] else { return false }
            return ["\\partial", "∂", "\\nabla", "∇", "grad"].contains(where: headerCells[c].contains)
        }
        let workingWords = ["sum", "working", "term", "contribution", "step", "expansion"]
        guard let result = derivative,
              result < row.count, result > 1, case let working = result - 1,
              workingWords.contains(where: headerCells[working].contains) else { return row }
        // Plain text in both cells (a word processor's table: `(f₅ − f₂) +
        // (f₄ − f₃)` over `f₁ − 2f₂ − f₃ + …`): joined the same way, as text.
        // (The working a sum of terms: a list of triplets' labels, `t1, t2,
        // t5`, is no working.)
        if let steps = onlyText(row[working]), let value = onlyText(row[result]), !steps.text.contains("=") && !value.text.contains("="),
           !steps.text.contains(","), steps.text.contains(where: { "+-\u{2212}".contains($0) }) {
            var builder = FragmentBuilder()
            builder.append(steps)
            builder.append(" = ", at: value.start)
            builder.append(value)
            var whole = builder.build(or: steps.start)
            whole.fixed = steps.fixed
            var joined = row
            joined[result] = Table.Cell(inlines: [.text(whole)], location: row[working].location)
            joined[working] = Table.Cell(inlines: [], location: row[working].location)
            return joined
        }
        guard let steps = singleMath(row[working], emphasis: false), let value = singleMath(row[result], emphasis: false) else { return row }
        var builder = FragmentBuilder()
        builder.append(steps.tex)
        builder.append(" = ", at: value.location)
        builder.append(value.tex)
        var joined = row
        joined[result] = Table.Cell(inlines: [.math(MathSource(tex: builder.build(or: steps.location), display: false, delimiter: "$",
                                                               location: steps.location))], location: row[working].location)
        joined[working] = Table.Cell(inlines: [], location: row[working].location)
        return joined
    }

    /// A block of plain text whose lines are columns aligned by spaces,
    /// cells set apart by two spaces or more (or a tab), one space inside a
    /// cell (`f_5 - f_2`): three lines at least, every line after the first
    /// with the same number of cells (three or more), the first with as many
    /// or one fewer (an empty corner over the rows' labels). Nil otherwise.
    static func aligned(_ code: Fragment) -> Table? {
        let lines = code.lines().filter { !$0.text.allSatisfy(\.isWhitespace) }
        guard lines.count >= 3 else { return nil }
        var rows = lines.map(alignedCells)
        let width = rows[1].count
        guard width >= 3, rows.dropFirst().allSatisfy({ $0.count == width }) else { return nil }
        if rows[0].count == width - 1 { rows[0].insert(Table.Cell(inlines: [], location: lines[0].start), at: 0) }
        guard rows[0].count == width else { return nil }
        return Table(rows: rows, headerRows: 1)
    }

    /// A line's cells as `aligned` cuts them: at a tab or at two spaces or more.
    static func alignedCells(_ line: Fragment) -> [Table.Cell] {
        let s = Array(line.text.unicodeScalars)
        func gap(_ j: Int) -> Bool { s[j] == "\t" || s[j] == " " && (j + 1 == s.count || s[j + 1] == " " || s[j + 1] == "\t") }
        var cells: [Table.Cell] = []
        var i = 0
        while i < s.count {
            while i < s.count, s[i] == " " || s[i] == "\t" || s[i] == "\n" { i += 1 }
            guard i < s.count else { break }
            var j = i
            while j < s.count, !gap(j), s[j] != "\n" { j += 1 }
            let piece = line.slice(i..<j)
            cells.append(Table.Cell(inlines: [.text(piece)], location: piece.start))
            i = j
        }
        return cells
    }

    /// A paragraph of plain text (no maths) holding a grid `aligned` may
    /// read, after lines of words or before them (`grads wrt f1..f6, active
    /// hinge:` over `t   dL/df_1   dL/df_2 …` and a row a triplet): the
    /// lines before the grid, the grid (its header, then every line as
    /// wide as the first under it, three cells or more), and the lines
    /// after; nil when no three lines make one. Each possible header is
    /// tried in turn; `accepts` says whether a grid is one.
    static func gridInParagraph(_ inlines: [Inline], accepts: (Table) -> Bool) -> (before: [Inline], grid: Fragment, after: [Inline])? {
        guard inlines.allSatisfy({ if case .text = $0 { true } else { false } }) else { return nil }
        let lines = ParagraphLines.lines(inlines)
        guard lines.count >= 3 else { return nil }
        func fragment(_ line: [Inline]) -> Fragment? {
            var builder = FragmentBuilder()
            for case .text(let t) in line { builder.append(t) }
            return builder.isEmpty ? nil : builder.build(or: SourceLocation(line: 1, column: 1))
        }
        let texts = lines.map(fragment)
        let widths = texts.map { $0.map { alignedCells($0).count } ?? 0 }
        for header in 0..<(lines.count - 2) {
            let width = widths[header + 1]
            guard width >= 3, widths[header] >= width - 1, widths[header] <= width else { continue }
            var end = header + 2
            while end < lines.count, widths[end] == width { end += 1 }
            guard end - header >= 3 else { continue }
            var builder = FragmentBuilder()
            for text in texts[header..<end] { if let text { builder.append(text) } }
            let grid = builder.build(or: SourceLocation(line: 1, column: 1))
            guard let table = aligned(grid), accepts(table) else { continue }
            return (Array(lines[..<header].joined()), grid, Array(lines[end...].joined()))
        }
        return nil
    }

    /// The text of a paragraph that starts on the line after `code` ends
    /// and holds no maths, as the rest of a grid `code` may head; nil otherwise.
    static func gridRows(_ block: Block, under code: Fragment) -> Fragment? {
        guard case .paragraph(let inlines) = block.kind, let last = code.lines().last,
              block.location.line == last.start.line + 1 else { return nil }
        var builder = FragmentBuilder()
        for inline in inlines {
            guard case .text(let t) = inline else { return nil }
            builder.append(t)
        }
        return builder.isEmpty ? nil : builder.build(or: block.location)
    }

    /// Two pieces of the source as one, a line apart.
    static func joined(_ top: Fragment, _ bottom: Fragment) -> Fragment {
        var builder = FragmentBuilder()
        builder.append(top)
        if top.text.last != "\n" { builder.append("\n", at: bottom.start) }
        builder.append(bottom)
        return builder.build(or: top.start)
    }

    /// What a row is as a row of a table of coefficients.
    enum CoefficientRow {
        /// Its key and columns do not name a derivative and samples.
        case notCoefficients
        /// It is one, but cannot be read (a cell not a number, the table
        /// transposed): the table is not read.
        case unreadable
        /// `∂L/∂f_1 = (2) f_1 + (-2) f_2 + …`, each term at its cell.
        case read(MathFragment)
    }

    /// A row of a table of coefficients, `| ∂L/∂f_1 | 2 | -2 | -2 | 1 | 1 | 0 |`
    /// under `| | f_1 | … | f_6 |`, as the maths `∂L/∂f_1 = (2) f_1 + (-2) f_2 + …`.
    /// Rows of samples under columns of derivatives are the same table
    /// transposed, and are not read row by row: such a table is not read.
    static func coefficients(_ row: [Table.Cell], rowKey: Key, header: [Key]) -> CoefficientRow {
        let columns = header.dropFirst()
        let samplesAcross = !columns.isEmpty && columns.allSatisfy { if case .symbol = $0 { true } else { false } }
        let headsAcross = !columns.isEmpty && columns.allSatisfy { if case .head = $0 { true } else { false } }
        switch rowKey {
        case .head(let symbol, let label) where samplesAcross:
            guard row.count == header.count else { return .unreadable }
            var builder = FragmentBuilder()
            builder.append("\\partial L\(label.map { "_{t_\($0)}" } ?? "") / \\partial \(symbol) = ", at: row[0].location)
            for (c, cell) in row.enumerated().dropFirst() {
                var text = cell.source.trimmingWhitespace()
                if text.hasPrefix("$"), text.hasSuffix("$"), text.count >= 2 { text = String(text.dropFirst().dropLast()).trimmingWhitespace() }
                let digits = text.drop { "+-−".contains($0) }
                guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "/" || $0 == ".") }),
                      digits.first!.isNumber, digits.last!.isNumber, let sample = header[c].symbol else { return .unreadable }
                builder.append(c == 1 ? "(" : " + (", at: cell.location)
                builder.append(text.replacingOccurrences(of: "−", with: "-"), at: cell.location)
                builder.append(") \(sample)", at: cell.location)
            }
            return .read(MathFragment(fragment: builder.build(or: row[0].location), proseBefore: ""))
        case .symbol where headsAcross, .head where headsAcross:
            return .unreadable
        case .symbol, .head:
            return samplesAcross ? .unreadable : .notCoefficients
        default:
            return .notCoefficients
        }
    }

    /// The cell as `∂L/∂s = …`: its maths, or the whole cell when it has no
    /// maths; the head stands at the cell's place.
    static func maths(of cell: Table.Cell, symbol: Symbol, label: Int?) -> [MathFragment] {
        let head = "\\partial L\(label.map { "_{t_\($0)}" } ?? "") / \\partial \(symbol) = "
        var pieces: [(Fragment, String)] = []
        var prose = ""
        var builder = FragmentBuilder()
        for inline in cell.inlines {
            switch inline {
            case .text(let t):
                prose = String(t.text)
                builder.append(t)
            case .math(let m):
                pieces.append((m.tex, prose))
                prose = ""
            }
        }
        let plain = pieces.isEmpty
        if pieces.isEmpty {
            var whole = builder.build(or: cell.location)
            if let fixed = cell.inlines.first, case .text(let t) = fixed { whole.fixed = t.fixed }
            pieces = [(whole, "")]
        }
        return pieces.enumerated().map { n, piece in
            let (fragment, prose) = piece
            guard n == 0 else { return MathFragment(fragment: fragment, proseBefore: prose) }
            let length = head.unicodeScalars.count
            var jumps = [Fragment.Jump(offset: length, location: fragment.start)]
            jumps += fragment.jumps.map { Fragment.Jump(offset: $0.offset + length, location: $0.location) }
            let combined = Fragment(Substring(head + fragment.text), start: fragment.start, jumps: jumps, fixed: fragment.fixed)
            return MathFragment(fragment: combined, proseBefore: "", plainText: plain)
        }
    }

    /// Whether a cell lists triplets by their labels, `$t_1, t_2, t_5$`,
    /// `t1, t3 and t4`, `$t_{1}$, $t_{3}$`.
    static func isTripletLabels(_ text: String) -> Bool {
        let squeezed = text.lowercased().filter { !" $_{}\\".contains($0) }.replacingOccurrences(of: "and", with: ",")
        let parts = squeezed.split(separator: ",", omittingEmptySubsequences: false)
        return !parts.isEmpty && parts.allSatisfy { p in p.count >= 2 && p.first == "t" && p.dropFirst().allSatisfy(\.isNumber) }
    }

    /// Whether a cell is only the word of a role, `anchor`, `positive`,
    /// `neg.`, `(positive)`, `**anchor**`.
    static func isRoleWord(_ text: String) -> Bool {
        let word = text.lowercased().filter { !" *_().`".contains($0) }
        return ["anchor", "positive", "negative", "anc", "pos", "neg"].contains(word)
    }

    /// Whether the cell is a triplet written out, `(f_1, f_2, f_5)`.
    static func isTriplet(_ cell: Table.Cell, maths: MathContext) -> Bool {
        let pieces = cell.inlines.compactMap { inline -> MathSource? in if case .math(let m) = inline { m } else { nil } }
        let text = pieces.count == 1 ? String(pieces[0].tex.text) : cell.source
        let span = maths.span(Substring(text), plainText: pieces.count != 1)
        return span.items.count == 1 && TripletShape.readUnlabelled(span.items[0]) != nil
    }

    /// What a row's first cell or a column header names: a derivative
    /// (`∂L/∂f_1`), a sample (`f_1`, `$f_{1}$`, `**f1**`), a triplet (`t_2`,
    /// `Triplet 2`), or something else. The cell's maths (or its text, as
    /// plain text, when it has none) is read by the grammar.
    static func key(_ cell: Table.Cell, maths: MathContext) -> Key {
        var text = cell.source
        for mark in ["**", "`"] { text = text.replacingOccurrences(of: mark, with: "") }
        text = text.trimmingWhitespace()
        // Words and numbers first (`Triplet 2`, `Q5.3 ($t_3$)`), the maths
        // delimiters aside.
        var words = text
        for mark in ["$", "\\(", "\\)"] { words = words.replacingOccurrences(of: mark, with: "") }
        // A maths array's row label in words (`\text{5.1}\ (1,2,5)`,
        // `\mathrm{Triplet}~2`): the words, TeX's spacing as spaces.
        if words.containsBytes("\\") || words.contains("~") { words = Self.texWords(words) }
        // (Digits written as subscripts name as digits do: `t₁` is `t1`.)
        let lower = Self.subscriptDigitsWritten(words).lowercased()
        // `1: (1, 2, 5)`, `t_1 = (f_1, f_2, f_5)`, `(1, 2, 5)`: members, with
        // an index or without, checked against the assignment by `read`.
        if let (index, members) = Self.indexedMembers(words, inMaths: cell.inlines.contains { if case .math = $0 { true } else { false } }, maths: maths) {
            return .members(index: index, members: members, text: text)
        }
        // `5.1 (t₁)`, `$\partial L_1$ (5.1)`: the triplet named twice.
        if let named = Self.namedTwice(words) { return named }
        // `gradient of L_1`, `∂L_1`: the derivatives of one triplet's loss.
        if let k = Self.lossIndex(lower) { return .triplet(k) }
        for word in ["triplet ", "triplet", "t"] where lower.hasPrefix(word) {
            if let k = Int(String(lower.dropFirst(word.count)).trimmingWhitespace()) { return .triplet(k) }
        }
        if let k = subQuestion(lower) { return .triplet(k) }
        // `$t_3$ (5.3)`, `t_3 (Q5.3)`: the triplet and its question, agreeing.
        let squeezed = lower.filter { !" {}_\\".contains($0) }
        if squeezed.hasPrefix("t"), let open = squeezed.firstIndex(of: "("), squeezed.hasSuffix(")"),
           let k = Int(squeezed[squeezed.index(after: squeezed.startIndex)..<open]),
           subQuestion(String(squeezed[squeezed.index(after: open)..<squeezed.index(before: squeezed.endIndex)])) == k {
            return .triplet(k)
        }
        // Question 6's column: `Q6`, `Question 6`, `$\\sum_k$`, `sum`, `total`.
        if lower.hasPrefix("q6") || lower.hasPrefix("question 6") || lower.hasPrefix("q 6")
            || ["\\sum", "∑", "sum", "total"].contains(where: { lower.contains($0) })
            // (A capital sigma, before lowercasing makes it `σ`: `**Σ**`, `Σ (= ∂L/∂fᵢ)`.)
            || words.contains("Σ") {
            return .question(6)
        }
        // The maths of the cell, or the whole cell as plain text.
        let pieces = cell.inlines.compactMap { inline -> MathSource? in if case .math(let m) = inline { m } else { nil } }
        let prose = cell.inlines.contains { if case .text(let t) = $0 { !t.text.allSatisfy { $0.isWhitespace || $0 == "*" || $0 == "`" } } else { false } }
        let span: MathSpan
        if pieces.count == 1, !prose {
            span = maths.span(pieces[0].tex.text)
        } else if pieces.isEmpty {
            span = maths.span(text, plainText: true)
        } else {
            // `$t_1$ = (1, 2, 5)`: a triplet stated half in maths, half in text.
            if let t = statedTriplet(cell, maths: maths) { return .members(index: t.label, members: t.members, text: text) }
            // `$t_1$ (1,2,5)`: its label, then its members.
            if let t = labelledTriplet(cell, maths: maths) { return .members(index: t.label, members: t.members, text: text) }
            return .other(text)
        }
        if pieces.isEmpty, let t = labelledTriplet(cell, maths: maths) { return .members(index: t.label, members: t.members, text: text) }
        guard span.items.count == 1 else { return .other(text) }
        let item = span.items[0]
        let naming = SampleNaming(bareRoles: false)
        // `t_1 = (f_1, f_2, f_5)`: the triplet stated, by its label (what it
        // states is the triplets check's).
        if case .success(let t)? = TripletShape.read(item, naming: naming) { return .members(index: t.label, members: t.members, text: text) }
        if case .success(let head)? = item.head(naming), item.sides.count == 1 {
            return .head(head.variable, label: head.loss.label.triplet)
        }
        // `∂/∂f_1`, `\\nabla_{f_1}`: the operator alone heads a column of the
        // derivatives of the loss the table is about.
        if pieces.count == 1 && !prose || pieces.isEmpty {
            // (In plain text, `d/df_1` as `d/df_1 L`.)
            let applied = pieces.isEmpty ? maths.span(Substring(text + " L"), plainText: true) : maths.span(Substring(String(pieces[0].tex.text) + " L"))
            if applied.items.count == 1, case .success(let head)? = applied.items[0].head(naming), applied.items[0].sides.count == 1,
               head.loss.label.triplet == nil {
                return .head(head.variable, label: nil)
            }
            // `$L_3$`, `$\ell_3$`, `$L^{(3)}$`, `L3`: one triplet's loss heads
            // the column (or row) of its derivatives, as it would a derivative's
            // numerator.
            let probe = pieces.isEmpty ? maths.span(Substring("d" + text + "/df_1"), plainText: true)
                : maths.span(Substring("\\frac{\\partial " + String(pieces[0].tex.text) + "}{\\partial f_1}"))
            if probe.items.count == 1, case .success(let head)? = probe.items[0].head(naming), probe.items[0].sides.count == 1,
               let k = head.loss.label.triplet {
                return .triplet(k)
            }
        }
        if let s = SampleShape.read(item.nodes, naming: naming) { return .symbol(s) }
        let flat = NodeShapes.flatten(item.nodes)
        if flat.count == 1, case let .scripts(base, sub?, nil, 0) = NodeShapes.core(flat[0]).kind, NodeShapes.letter(base) == "t",
           let k = NodeShapes.integer(sub) {
            return .triplet(k)
        }
        return .other(text)
    }

    /// Text-mode words in maths as plain words: `\text{…}`, `\textrm{…}`,
    /// `\mathrm{…}`, `\textbf{…}`, `\mbox{…}` give their argument; TeX's
    /// spacing (`\ `, `~`, `\,`, `\;`, `\quad`, `\qquad`) is a space.
    /// Anything else stays as written.
    static func texWords(_ text: String) -> String {
        let s = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < s.count {
            if s[i] == "~" { out.append(" "); i += 1; continue }
            guard s[i] == "\\", i + 1 < s.count else { out.append(s[i]); i += 1; continue }
            if " ,;:!".unicodeScalars.contains(s[i + 1]) { out.append(" "); i += 2; continue }
            var j = i + 1
            while j < s.count, ("a"..."z").contains(s[j]) || ("A"..."Z").contains(s[j]) { j += 1 }
            let name = String(String.UnicodeScalarView(s[(i + 1)..<j]))
            if name == "quad" || name == "qquad" { out.append(" "); i = j; continue }
            if Self.textWrappers.contains(name), j < s.count, s[j] == "{" {
                let close = SheetSection.groupClose(s, open: j)
                out.append(contentsOf: s[(j + 1)..<min(close, s.count)])
                i = close + 1
                continue
            }
            out.append(contentsOf: s[i..<j])
            i = j
        }
        return String(out)
    }
    static let textWrappers: Set<String> = ["text", "textrm", "mathrm", "textbf", "mathbf", "textit", "mbox", "textup"]

    /// The triplet a cell states, in maths (`$t_1 = (f_1, f_2, f_5)$`) or
    /// half in maths and half in text (`$t_1$ = (1, 2, 5)`); nil otherwise.
    static func statedTriplet(_ cell: Table.Cell, maths: MathContext) -> TripletStatement? {
        let whole = cell.inlines.map { inline -> String in
            switch inline {
            case .math(let m): return String(m.tex.text)
            case .text(let t): return String(t.text)
            default: return " "
            }
        }.joined()
        let span = maths.span(Substring(whole))
        guard span.items.count == 1, case .success(let t)? = TripletShape.read(span.items[0], naming: SampleNaming()) else { return nil }
        return t
    }

    /// The triplet a cell names by its label and then its members in
    /// brackets, `$t_1$ (1,2,5)`, `t1 (f1, f2, f5)`, `$t_{1}$ $(f_1, f_2, f_5)$`:
    /// the label read as a triplet's, the members by the grammar as a
    /// triplet without its label; nil otherwise.
    static func labelledTriplet(_ cell: Table.Cell, maths: MathContext) -> (label: Int, members: [Int])? {
        let whole = cell.inlines.map { inline -> String in
            switch inline {
            case .math(let m): return String(m.tex.text)
            case .text(let t): return String(t.text)
            default: return " "
            }
        }.joined().trimmingWhitespace().filter { $0 != "*" && $0 != "`" }
        guard let open = whole.firstIndex(where: { $0 == "(" || $0 == "[" }) else { return nil }
        let label = Array(String(whole[..<open]).trimmingWhitespace().unicodeScalars)
        guard let (k, end) = SheetSection.tripletLetter(label, from: 0), end == label.count else { return nil }
        let span = maths.span(Substring(whole[open...]), plainText: !cell.inlines.contains { if case .math = $0 { true } else { false } })
        guard span.items.count == 1, let t = TripletShape.readUnlabelled(span.items[0]), t.from == nil else { return nil }
        return (k, t.members)
    }

    /// k of a row that names Question 5.k (`Q5.3`, `5.3`, `Question 5.3`,
    /// `Exercise 5.3`, `Task 5.3`), with its triplet or not (`Q5.3 (t_3)`);
    /// a triplet that disagrees with the number names nothing.
    static func subQuestion(_ lower: String) -> Int? {
        var rest = Substring(lower)
        for prefix in ["question", "exercise", "problem", "task", "part", "ex", "q"] where rest.hasPrefix(prefix) { rest = rest.dropFirst(prefix.count); break }
        rest = rest.drop { $0 == " " || $0 == "." }
        guard rest.hasPrefix("5") else { return nil }
        let k: Int
        // `5.ii`, `5(c)`, `5 (iv)`: the part by its letter or Roman numeral.
        if let (lettered, end) = SheetSection.letteredSub(Array(rest.unicodeScalars), from: 1) {
            k = lettered
            rest = Substring(String(String.UnicodeScalarView(Array(rest.unicodeScalars)[end...])))
        } else {
            guard rest.hasPrefix("5.") else { return nil }
            rest = rest.dropFirst(2)
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, digits.count <= 3, let number = Int(digits) else { return nil }
            k = number
            rest = rest.dropFirst(digits.count)
        }
        rest = rest.drop { $0 == " " || $0 == ")" || $0 == ":" }
        guard !rest.isEmpty else { return k }
        // `(t_3)`, `(t3)`, `(triplet 3)`.
        let inner = rest.filter { !"() {}_".contains($0) }
        // (`5.1 (f_1, f_2, f_5)`, the part's number then its triplet written
        // out, is read by `indexedMembers`, its members checked.)
        for word in ["triplet", "t"] where inner.hasPrefix(word) {
            // `5.1: t_1 = (f_1, f_2, f_5)`: the triplet stated after its
            // label (what it states is the triplets check's).
            var label = inner.dropFirst(word.count)
            if let equals = label.firstIndex(of: "="), label[label.index(after: equals)...].contains(where: \.isNumber) { label = label[..<equals] }
            guard let named = Int(label) else { return nil }
            return named == k ? k : nil
        }
        return nil
    }
}
