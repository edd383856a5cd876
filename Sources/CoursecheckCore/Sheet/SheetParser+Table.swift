extension SheetParser {
    /// Reads Part I's table: tab-, pipe- or wide-space-separated rows of
    /// model name, parameter count and accuracy. A header row naming
    /// "param…" and "accuracy" places the columns; without one they are taken
    /// in that order.
    func parseTable(_ section: SheetSection, into sheet: inout ParsedSheet) {
        var columns = (parameters: 1, accuracy: 2)
        var line = section.body.start
        for text in section.body.text.split(separator: "\n", omittingEmptySubsequences: false) {
            defer { line = SourceLocation(line: line.line + 1, column: 1) }
            let cells = TableRow.cells(text)
            guard cells.filter({ !$0.text.isEmpty }).count >= 2 else { continue }
            let lower = cells.map { $0.text.lowercased() }
            if lower.contains(where: { $0.contains("param") }) || lower.contains(where: { $0.contains("accuracy") }) {
                if let p = lower.firstIndex(where: { $0.contains("param") }) { columns.parameters = p }
                if let a = lower.firstIndex(where: { $0.contains("accuracy") }) { columns.accuracy = a }
                continue
            }
            if cells.allSatisfy({ $0.text.allSatisfy { "-:| ".contains($0) } }) { continue }
            let name = cells[0].text
            guard !name.isEmpty else { continue }
            let at = SourceLocation(line: line.line, column: cells[0].column)
            let slug = ModelSpec.slug(name)
            func cell(_ index: Int, _ read: (String) -> Double?) -> ModelClaim.Cell? {
                guard index < cells.count, !cells[index].text.isEmpty else { return nil }
                let c = cells[index]
                return ModelClaim.Cell(text: c.text, location: SourceLocation(line: line.line, column: c.column), value: read(c.text))
            }
            let claim = ModelClaim(name: name, slug: slug, location: at,
                                   parameters: cell(columns.parameters, TableRow.count),
                                   accuracy: cell(columns.accuracy, TableRow.percentage))
            if sheet.models[slug] != nil {
                sheet.problems.append(problem("part1.params.\(slug)", "Part I · Parameters", at, "\(name) is listed twice"))
                continue
            }
            sheet.models[slug] = claim
            sheet.modelOrder.append(slug)
        }
    }
}

/// Splitting and reading table rows.
enum TableRow {
    /// The cells of a row with their 1-based columns, empty ones kept so
    /// that columns line up with the header: split at tabs, at `|` (the
    /// outer pipes of a Markdown row dropped), or at runs of two or more
    /// spaces.
    static func cells(_ line: Substring) -> [(text: String, column: Int)] {
        var scalars = Array(line.unicodeScalars)
        while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
        let pipe = scalars.contains("|")
        var cells: [(text: String, column: Int)] = []
        var current = String.UnicodeScalarView()
        var start = 0
        var i = 0
        func flush() {
            let raw = String(current)
            let leading = raw.prefix { $0.isWhitespace }.unicodeScalars.count
            cells.append((raw.trimmingWhitespace(), start + leading + 1))
            current = String.UnicodeScalarView()
        }
        while i < scalars.count {
            let c = scalars[i]
            let wide = !pipe && c == " " && i + 1 < scalars.count && scalars[i + 1] == " "
            if c == "\t" || (pipe && c == "|") || wide {
                flush()
                if wide { while i + 1 < scalars.count, scalars[i + 1] == " " { i += 1 } }
                start = i + 1
            } else {
                current.append(c)
            }
            i += 1
        }
        flush()
        if pipe {
            if cells.first?.text.isEmpty == true { cells.removeFirst() }
            if cells.last?.text.isEmpty == true, scalars.last == "|" { cells.removeLast() }
        }
        return cells
    }

    /// A whole number written with optional thousands separators
    /// (`1,446,400`, `1 446 400`, `1’446’400`), or nil.
    static func count(_ text: String) -> Double? {
        let digits = text.filter { !",  '’_".contains($0) }
        guard !digits.isEmpty, digits.count <= 15, digits.allSatisfy(\.isASCII), let n = Int(digits), n >= 0 else { return nil }
        return Double(n)
    }

    /// A percentage such as `73.00%` or `73.00 %`, or nil.
    static func percentage(_ text: String) -> Double? {
        var t = text.trimmingWhitespace()
        if t.hasSuffix("%") { t = String(t.dropLast()).trimmingWhitespace() }
        guard t.count <= 20, let value = Double(t), value.isFinite else { return nil }
        return value
    }
}

extension String {
    func trimmingWhitespace() -> String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
