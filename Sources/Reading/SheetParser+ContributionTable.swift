import Foundation
import CoursecheckMaths
import CoursecheckNotation

/// Question 6 written as a table of each triplet's contribution to the
/// gradient of the summed loss, with a line of the totals:
///
/// ```
/// | contribution of | f_1       | f_2       | … |
/// |-----------------|-----------|-----------|---|
/// | (1,2,5)         | f_5 - f_2 | f_2 - f_1 | … |      (or t1, #1, 5.1 (t₁))
/// | …               |           |           |   |
/// | **total**       | 2f_1 - …  | -2f_1 - … | … |      (or sum, Σ, ∂(ΣL)/∂f_i)
/// ```
///
/// or the same turned (a row per sample, a column per triplet, a last
/// column `total`), or a row per sample with its working and its total
/// (`| | sum of the Q5 entries | total |` over `| f₁ | (f₅ − f₂) + … | 2f₁ − … |`).
///
/// Each sample's line is read as one chain, `∂L/∂f_i = (c_1) + (c_2) + … =
/// total` (Question 6's answer, its contributions the working): the total
/// is graded, and contributions that do not add up to it make the working
/// inconsistent. A contribution of triplet k is never Question 5.k's answer
/// under Question 6 (`rowsOfTheirOwnParts` drops those cells there); under
/// Question 5 (one table of both questions) it is, as any triplet's row.
extension AnswerTable {
    /// Question 6's chains of a table of contributions with a total line,
    /// each sample's `∂L/∂f_i = (c_1) + … = total`, then the triplets' cells
    /// (`contribution`, for Question 5 alone); nil when the table is not
    /// one. A line of the triplets is a triplet by its label (`t_1`, `(1,
    /// 2, 5)`, `5.1 (t₁)`, `#1`) or `.mislabelled` (its cells still add to
    /// the total; Question 5 never reads them); the total's line is the
    /// last, and the only line of sums.
    static func contributionTotals(_ rows: [[Table.Cell]], header: [Key], rowKeys: [Key], maths: MathContext,
                                   triplets: [[Int]]) -> [MathFragment]? {
        guard header.count >= 3, rows.count >= 2 else { return nil }
        let columns = Array(header.dropFirst())
        // A line of the triplets: its label's triplet, or nil (mislabelled);
        // `.none` for any other line.
        func tripletLine(_ key: Key) -> Int?? {
            switch key {
            case .triplet(let k) where triplets.isEmpty || triplets.indices.contains(k - 1): return .some(k)
            case .mislabelled: return .some(nil)
            case .other(let text):
                guard let k = Self.rowNumber(text) else { return .none }
                return triplets.isEmpty || triplets.indices.contains(k - 1) ? .some(k) : .some(nil)
            default: return .none
            }
        }
        func sample(_ key: Key) -> Int? {
            switch key {
            case .symbol(.sample(let i)), .head(.sample(let i), label: nil): i
            default: nil
            }
        }
        // (line's index, its triplet) for each line of the triplets; the
        // total's index; each sample's index on the other axis.
        var lines: [(Int, Int?)] = [], total: Int, samples: [(Int, Int)]
        var across: Bool
        if columns.allSatisfy({ sample($0) != nil }), rowKeys.last == .question(6) {
            // Samples across, a row per triplet, the totals' row last.
            for (r, key) in rowKeys.dropLast().enumerated() {
                guard let line = tripletLine(key) else { return nil }
                lines.append((r, line))
            }
            total = rows.count - 1
            samples = columns.indices.map { ($0 + 1, sample(columns[$0])!) }
            across = true
        } else if rowKeys.allSatisfy({ sample($0) != nil }), columns.last == .question(6) {
            // A row per sample, a column per triplet, the totals' column last.
            for (c, key) in columns.dropLast().enumerated() {
                guard let line = tripletLine(key) else { return nil }
                lines.append((c + 1, line))
            }
            total = header.count - 1
            samples = rowKeys.indices.map { ($0, sample(rowKeys[$0])!) }
            across = false
        } else {
            return nil
        }
        guard lines.count >= 2, Set(samples.map(\.1)).count == samples.count else { return nil }
        var fragments: [MathFragment] = []
        for (at, i) in samples {
            func cell(_ line: Int) -> Table.Cell? {
                let (r, c) = across ? (line, at) : (at, line)
                return c < rows[r].count ? rows[r][c] : nil
            }
            if let sum = cell(total), !Self.isBlank(sum) {
                let terms = lines.compactMap { cell($0.0) }.filter { !Self.isBlank($0) && !Self.isZero($0) }
                if let chain = Self.chain(terms, parenthesised: true, total: sum) {
                    var cells = Self.maths(of: chain, symbol: .sample(i), label: nil)
                    for n in cells.indices { cells[n].question = 6 }
                    fragments += cells
                } else {
                    fragments += Self.forPerson(ArraySlice(terms + [sum]), why: "a total beside contributions written partly in maths, partly in text: for a person")
                }
            }
            // The triplets' cells (a sample without a total too): Question
            // 5's answers only under Question 5.
            for (line, k) in lines {
                guard let written = cell(line), !Self.isBlank(written) else { continue }
                guard let k else {
                    var unsure = Self.forPerson([written][...], why: "a contribution whose label is not one of the triplets: which triplet it answers is for a person")
                    for n in unsure.indices { unsure[n].contribution = true }
                    fragments += unsure
                    continue
                }
                var own = Self.maths(of: written, symbol: .sample(i), label: k)
                for n in own.indices {
                    own[n].tableTriplet = k
                    own[n].contribution = true
                }
                fragments += own
            }
        }
        return fragments
    }

    /// Question 6's chains of a table of a row per sample, a column of its
    /// working (headed by a sum or the words of working: `sum of the Q5
    /// entries`, `terms`, `contributions`) then a column of its total
    /// (`total`, `sum`, `Σ`): each row `∂L/∂f_i = working = total`; nil
    /// when the table is not one.
    ///
    /// ```
    /// |       | sum of the Q5 entries        | total                |
    /// | $f_4$ | $(f_1 - f_4) + (f_2 - f_4) …$ | $f_1 + f_2 - 2f_6$   |
    /// ```
    static func workedTotals(_ rows: [[Table.Cell]], header: [Key], headerCells: [String], rowKeys: [Key]) -> [MathFragment]? {
        guard header.count == 3, header[2] == .question(6), !rows.isEmpty,
              Self.workingWords.contains(where: headerCells[1].contains) else { return nil }
        var samples: [Int] = []
        for key in rowKeys {
            switch key {
            case .symbol(.sample(let i)), .head(.sample(let i), label: nil): samples.append(i)
            default: return nil
            }
        }
        guard Set(samples).count == samples.count else { return nil }
        var fragments: [MathFragment] = []
        for (row, i) in zip(rows, samples) where row.count >= 3 && !Self.isBlank(row[2]) {
            let working = Self.isBlank(row[1]) ? [] : [row[1]]
            guard let chain = Self.chain(working, parenthesised: false, total: row[2]) else {
                fragments += Self.forPerson(row[1...2], why: "a total beside working written partly in maths, partly in text: for a person")
                continue
            }
            var cells = Self.maths(of: chain, symbol: .sample(i), label: nil)
            for n in cells.indices { cells[n].question = 6 }
            fragments += cells
        }
        return fragments
    }

    /// Words of a column of working (lower case): `sum of the Q5 entries`,
    /// `terms`, `contributions`, `working`, `steps`, `expansion`.
    static let workingWords = ["sum", "working", "term", "contribution", "step", "expansion"]

    /// Terms and a total as one cell, `(t_1) + (t_2) + … = total` (each
    /// term in brackets when `parenthesised`; the total alone when there is
    /// no term), each piece at its place: all one maths span each, or all
    /// plain text; nil when they mix.
    static func chain(_ terms: [Table.Cell], parenthesised: Bool, total: Table.Cell) -> Table.Cell? {
        let all = terms + [total]
        let maths = all.map { Self.singleMath($0) }
        let texts = all.map(Self.plainPiece)
        var builder = FragmentBuilder()
        func add(_ piece: Fragment, _ n: Int) {
            if n == terms.count {
                if n > 0 { builder.append(" = ", at: piece.start) }
                builder.append(piece)
            } else {
                builder.append(n == 0 ? (parenthesised ? "(" : "") : (parenthesised ? " + (" : " + "), at: piece.start)
                builder.append(piece)
                if parenthesised { builder.append(")", at: piece.start) }
            }
        }
        if maths.allSatisfy({ $0 != nil }) {
            for (n, m) in maths.enumerated() { add(m!.tex, n) }
            let whole = builder.build(or: total.location)
            return Table.Cell(inlines: [.math(MathSource(tex: whole, display: false, delimiter: "$", location: whole.start))], location: whole.start)
        }
        guard texts.allSatisfy({ $0 != nil }) else { return nil }
        for (n, t) in texts.enumerated() { add(t!, n) }
        var whole = builder.build(or: total.location)
        whole.fixed = texts[0]!.fixed
        return Table.Cell(inlines: [.text(whole)], location: whole.start)
    }

    /// A cell's one maths span with nothing but spaces beside it (and the
    /// emphasis `*` when `emphasis`); nil otherwise.
    static func singleMath(_ cell: Table.Cell, emphasis: Bool = true) -> MathSource? {
        var math: MathSource?
        for inline in cell.inlines {
            switch inline {
            case .math(let m):
                guard math == nil else { return nil }
                math = m
            case .text(let t):
                guard t.text.allSatisfy({ $0.isWhitespace || emphasis && $0 == "*" }) else { return nil }
            }
        }
        return math
    }

    /// A cell of plain text alone, its spaces and emphasis aside; nil when
    /// it holds maths or is empty.
    static func plainPiece(_ cell: Table.Cell) -> Fragment? {
        guard cell.inlines.count == 1, case .text(let t) = cell.inlines[0] else { return nil }
        let s = Array(t.text.unicodeScalars)
        let skip: (Unicode.Scalar) -> Bool = { $0.properties.isWhitespace || $0 == "*" }
        guard let first = s.firstIndex(where: { !skip($0) }), let last = s.lastIndex(where: { !skip($0) }) else { return nil }
        return t.slice(first..<(last + 1))
    }

    /// Whether a cell holds nothing, or only a dash (`—`, `-`).
    static func isBlank(_ cell: Table.Cell) -> Bool {
        let text = cell.source.filter { !" \t*$".contains($0) }
        return text.isEmpty || text == "—" || text == "-" || text == "–"
    }

    /// Whether a cell is the number 0 alone (`0`, `$0$`, `**0**`).
    static func isZero(_ cell: Table.Cell) -> Bool {
        cell.source.filter { !" \t*$".contains($0) } == "0"
    }
}

/// Question 5 as a role table: a column per role's derivative (`∂L/∂fₐ`,
/// `∂L/∂fₚ`, `∂L/∂fₙ`, a column of the members beside them or not), a row
/// per triplet whose members agree with t_k:
///
/// ```
/// | # | (a, p, n) | ∂L/∂fₐ      | ∂L/∂fₚ      | ∂L/∂fₙ      |
/// | t₁ = (f₁, f₂, f₅) | (1, 2, 5) | f₁: f₅ − f₂ | f₂: f₂ − f₁ | f₅: f₁ − f₅ |
/// ```
///
/// A triplet's loss holds its three samples alone, and a table of its
/// three roles says so: a row that gives every role of t_k (each cell read,
/// none for a person) answers the samples outside t_k with 0, as a grader
/// reads the samples it does not write (every sheet of this layout seen
/// says so in words too, "the other three get 0"). A row that leaves a
/// role out, or any cell of it to a person, gives no zero.
extension AnswerTable {
    static func zerosOutsideRoles(header: [Key], rows: [(Key, Table.Cell?, Range<Int>)], fragments: [MathFragment],
                                  triplets: [[Int]]) -> [MathFragment] {
        let columns = header.dropFirst().filter { key in
            if case .other(let text) = key { return !Self.membersHeaders.contains(text.lowercased().filter { !" $*`".contains($0) }) }
            return true
        }
        guard !triplets.isEmpty, columns.count == 3,
              Set(Symbol.roles.map { role in columns.filter { $0 == .head(role, label: nil) }.count }) == [1] else { return [] }
        let samples = Set(triplets.joined()).sorted()
        var zeros: [MathFragment] = []
        for (key, label, range) in rows {
            guard case .triplet(let k) = key, triplets.indices.contains(k - 1), let label else { continue }
            let given = fragments[range]
            let heads = given.filter { $0.fragment.text.hasPrefix("\\partial L_{t_\(k)} / \\partial ") }
            guard !given.contains(where: { $0.forPerson != nil }), heads.count == 3 else { continue }
            // (A row whose values name a sample outside t_k — another
            // triplet's values — says nothing of the others: no zeros.)
            let named = heads.flatMap { head -> [Int] in
                guard let equals = head.fragment.text.range(of: " = ") else { return [] }
                return IndexPatterns.samplesNamed(String(head.fragment.text[equals.upperBound...]))
            }
            guard named.allSatisfy(triplets[k - 1].contains) else { continue }
            for i in samples where !triplets[k - 1].contains(i) {
                var zero = MathFragment(fragment: Fragment("\\partial L_{t_\(k)} / \\partial f_\(i) = 0", start: label.location), proseBefore: "")
                zero.tableTriplet = k
                zeros.append(zero)
            }
        }
        return zeros
    }
}
