import CoursecheckAssignment
import CoursecheckMaths

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
            default: nil
            }
        }
    }

    /// The answer cells of a table, or nil when it is not a table of
    /// derivatives. The first row is a header when the table has one, or
    /// when its first cell names neither a sample nor a triplet.
    static func read(_ table: Table) -> [MathFragment]? {
        var rows = table.rows.filter { $0.count >= 2 }
        guard !rows.isEmpty else { return nil }
        var header: [Key] = []
        var headerText = ""
        let firstKey = key(rows[0][0].source)
        if table.headerRows > 0 || firstKey.symbol == nil && firstKey.label == nil {
            header = rows[0].map { key($0.source) }
            headerText = rows[0].map(\.source).joined(separator: " ")
            rows.removeFirst()
        }
        let marked = ["∂", "\\partial", "\\nabla", "∇", "deriv", "grad", "dl/", "d l/", "\\frac{d"].contains { headerText.lowercased().contains($0) }
        var fragments: [MathFragment] = []
        for row in rows {
            let rowKey = key(row[0].source)
            for (c, cell) in row.enumerated().dropFirst() {
                let columnKey = c < header.count ? header[c] : .other("")
                guard let symbol = rowKey.symbol ?? columnKey.symbol else { return nil }
                let bare: Bool = {
                    if case .head = rowKey { return false }
                    if case .head = columnKey { return false }
                    return true
                }()
                if bare && !marked { return nil }
                let text = cell.source.trimmingWhitespace()
                if text.isEmpty || text == "—" || text == "-" { continue }
                let label = rowKey.label ?? columnKey.label
                fragments += maths(of: cell, symbol: symbol, label: label)
            }
        }
        return fragments
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
            return MathFragment(fragment: combined, proseBefore: "")
        }
    }

    /// What a row's first cell or a column header names: a derivative
    /// (`∂L/∂f_1`), a sample (`f_1`, `$f_{1}$`, `**f1**`), a triplet (`t_2`,
    /// `Triplet 2`), or something else.
    static func key(_ raw: String) -> Key {
        var text = raw
        for mark in ["$", "\\(", "\\)", "**", "`"] { text = text.replacingOccurrences(of: mark, with: "") }
        text = text.trimmingWhitespace()
        let lower = text.lowercased()
        for word in ["triplet ", "triplet", "t"] where lower.hasPrefix(word) {
            if let k = Int(String(lower.dropFirst(word.count)).trimmingWhitespace()) { return .triplet(k) }
        }
        if let k = subQuestion(lower) { return .triplet(k) }
        let tokens = MathReading.tokens(Substring(text + " ="))
        if let item = TokenItems.split(tokens).first, let head = MathReading.derivativeHead(item), head.equals == item.count - 1 {
            return .head(head.symbol, label: head.label)
        }
        let plain = MathReading.tokens(Substring(text)).filter { $0.kind != .end }
        if plain.count == 1 {
            if case .symbol(let s) = plain[0].kind { return .symbol(s) }
            if case .word(let w) = plain[0].kind, let k = DerivativeHead.taskLabel(w) { return .triplet(k) }
        }
        return .other(text)
    }

    /// k of a row that names Question 5.k (`Q5.3`, `5.3`, `Question 5.3`),
    /// with its triplet or not (`Q5.3 (t_3)`); a triplet that disagrees
    /// with the number names nothing.
    static func subQuestion(_ lower: String) -> Int? {
        var rest = Substring(lower)
        for prefix in ["question", "q"] where rest.hasPrefix(prefix) { rest = rest.dropFirst(prefix.count); break }
        rest = rest.drop { $0 == " " || $0 == "." }
        guard rest.hasPrefix("5.") else { return nil }
        rest = rest.dropFirst(2)
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 3, let k = Int(digits) else { return nil }
        rest = rest.dropFirst(digits.count).drop { $0 == " " || $0 == ")" || $0 == ":" }
        guard !rest.isEmpty else { return k }
        // `(t_3)`, `(t3)`, `(triplet 3)`.
        let inner = rest.filter { !"() {}_".contains($0) }
        for word in ["triplet", "t"] where inner.hasPrefix(word) {
            guard let named = Int(inner.dropFirst(word.count)) else { return nil }
            return named == k ? k : nil
        }
        return nil
    }
}
