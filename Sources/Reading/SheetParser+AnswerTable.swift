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
/// derivative a cell is stays text, and is reported as such.
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

    typealias Cell = (text: String, column: Int)

    /// The lines of the fragment that make tables, blanked (same length, so
    /// that locations elsewhere stay right), and each answer cell as maths.
    static func extract(from body: Fragment) -> (rest: Fragment, cells: [MathFragment]) {
        let lines = body.text.split(separator: "\n", omittingEmptySubsequences: false)
        var blank = Set<Int>()
        var cells: [MathFragment] = []
        var i = 0
        func lineNumber(_ k: Int) -> Int { body.start.line + k }
        func firstColumn(_ k: Int) -> Int { k == 0 ? body.start.column : 1 }
        while i < lines.count {
            // A block of rows: pipe rows, or the rows of a `tabular`.
            var block: [Int] = []
            if isPipeRow(lines[i]) {
                var j = i
                while j < lines.count, isPipeRow(lines[j]) { block.append(j); j += 1 }
                guard block.contains(where: { isRule(TableRow.cells(lines[$0])) }) else { i = j; continue }
                if let read = read(block.map { (lines[$0], lineNumber($0), firstColumn($0)) }, headerFirst: true) {
                    cells += read
                    blank.formUnion(block)
                }
                i = j
            } else if lines[i].contains("\\begin{tabular}") {
                var j = i + 1
                while j < lines.count, !lines[j].contains("\\end{tabular}") { j += 1 }
                let rows = Array((i + 1)..<min(j, lines.count))
                if let read = read(rows.map { (lines[$0], lineNumber($0), firstColumn($0)) }, headerFirst: false) {
                    cells += read
                    blank.formUnion([i] + rows + (j < lines.count ? [j] : []))
                }
                i = j + 1
            } else {
                i += 1
            }
        }
        guard !blank.isEmpty else { return (body, []) }
        let rest = lines.enumerated().map { k, line in
            blank.contains(k) ? String(repeating: " ", count: line.unicodeScalars.count) : String(line)
        }.joined(separator: "\n")
        return (Fragment(Substring(rest), start: body.start), cells)
    }

    static func isPipeRow(_ line: Substring) -> Bool {
        line.drop { $0 == " " }.hasPrefix("|") && TableRow.cells(line).count >= 2
    }

    static func isRule(_ cells: [Cell]) -> Bool {
        cells.allSatisfy { $0.text.allSatisfy { "-:| ".contains($0) } }
    }

    /// The answer cells of a table, or nil when it is not a table of
    /// derivatives.
    static func read(_ rows: [(text: Substring, line: Int, column: Int)], headerFirst: Bool) -> [MathFragment]? {
        var table: [(cells: [Cell], line: Int)] = []
        for row in rows {
            let cells = TableRow.cells(row.text).map { (text: $0.text, column: $0.column + row.column - 1) }
            guard cells.count >= 2, !isRule(cells) else { continue }
            table.append((cells, row.line))
        }
        guard !table.isEmpty else { return nil }
        var header: [Key] = []
        var headerText = ""
        let firstKey = key(table[0].cells[0].text)
        if headerFirst || firstKey.symbol == nil && firstKey.label == nil {
            header = table[0].cells.map { key($0.text) }
            headerText = table[0].cells.map(\.text).joined(separator: " ")
            table.removeFirst()
        }
        let marked = ["∂", "\\partial", "\\nabla", "∇", "deriv", "grad", "dl/", "d l/", "\\frac{d"].contains { headerText.lowercased().contains($0) }
        var fragments: [MathFragment] = []
        for row in table {
            let rowKey = key(row.cells[0].text)
            for (c, cell) in row.cells.enumerated().dropFirst() {
                let columnKey = c < header.count ? header[c] : .other("")
                guard let symbol = rowKey.symbol ?? columnKey.symbol else { return nil }
                let bare: Bool = {
                    if case .head = rowKey { return false }
                    if case .head = columnKey { return false }
                    return true
                }()
                if bare && !marked { return nil }
                let text = cell.text.trimmingWhitespace()
                if text.isEmpty || text == "—" || text == "-" { continue }
                let label = rowKey.label ?? columnKey.label
                fragments += maths(of: text, at: SourceLocation(line: row.line, column: cell.column), symbol: symbol, label: label)
            }
        }
        return fragments
    }

    /// The cell as `∂L/∂s = …`: its maths (`$…$`), or the whole cell when it
    /// has no maths delimiters.
    static func maths(of text: String, at location: SourceLocation, symbol: Symbol, label: Int?) -> [MathFragment] {
        let head = "\\partial L\(label.map { "_{t_\($0)}" } ?? "") / \\partial \(symbol) = "
        let cell = Fragment(Substring(text), start: location)
        var pieces: [(Fragment, String)] = []
        if case .success(let scanned) = MathScanner.scan(cell) {
            var prose = ""
            for piece in scanned {
                switch piece {
                case .prose(let f): prose = String(f.text)
                case .math(let f): pieces.append((f, prose)); prose = ""
                }
            }
        }
        if pieces.isEmpty { pieces = [(cell, "")] }
        return pieces.enumerated().map { n, piece in
            let (fragment, prose) = piece
            guard n == 0 else { return MathFragment(fragment: fragment, proseBefore: prose) }
            let start = SourceLocation(line: fragment.start.line, column: fragment.start.column - head.unicodeScalars.count)
            return MathFragment(fragment: Fragment(Substring(head + fragment.text), start: start), proseBefore: "")
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
        let tokens = Lexer.tokenize(Substring(text + " ="))
        if let item = TokenItems.split(tokens).first, let head = DerivativeHead.match(item), head.equals == item.count - 1 {
            return .head(head.symbol, label: head.label)
        }
        let plain = Lexer.tokenize(Substring(text)).filter { $0.kind != .end }
        if plain.count == 1 {
            if case .symbol(let s) = plain[0].kind { return .symbol(s) }
            if case .word(let w) = plain[0].kind, let k = DerivativeHead.taskLabel(w) { return .triplet(k) }
        }
        return .other(text)
    }
}
