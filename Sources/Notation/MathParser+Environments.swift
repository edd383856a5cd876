extension MathParser {
    /// `{name}` after `\begin` or `\end`: the name as written.
    mutating func environmentName() -> String? {
        guard let open = peek(), open.kind == .beginGroup else { return nil }
        advance()
        var end = open.range.upperBound
        var count = 0
        while let t = peek(), t.kind != .endGroup, count < 40 {
            advance()
            count += 1
            end = t.range.upperBound
        }
        guard let close = peek(), close.kind == .endGroup else { return nil }
        advance()
        let lower = min(open.range.upperBound, source.count), upper = max(lower, min(end, source.count))
        _ = close
        return String(String.UnicodeScalarView(source[lower..<upper])).filter { !$0.isWhitespace }
    }

    /// `\begin{name} … \end{name}`: rows at `\\`, cells at `&`; an
    /// `\intertext{…}` is a row of its own.
    mutating func environment(_ begin: MathToken) -> MathNode {
        guard let name = environmentName() else { return error(begin.range, "'\\begin' without an environment name") }
        let kind = table.environments[name]
        if kind != nil { used.append(.environment(name)) }
        for _ in 0..<(kind?.arguments ?? 0) {
            if let t = peek(), t.kind == .beginGroup { _ = group() }
        }
        depth += 1
        defer { depth -= 1 }
        if depth > MathParser.maximumDepth { return abort(at: begin.offset) }
        let body = list(until: .environment)
        guard let end = peek(), entry(end)?.role == .end else {
            if aborted { return body.last ?? error(begin.range, "") }
            return error(Range(spanning: begin.offset, body.range?.upperBound ?? begin.range.upperBound), "expected '\\end{\(name)}' for this '\\begin{\(name)}'")
        }
        advance()
        _ = role(of: end)
        let endName = environmentName()
        let range = Range(spanning: begin.offset, max(end.range.upperBound, here))
        guard endName == name else {
            return error(range, "'\\end{\(endName ?? "")}' closes '\\begin{\(name)}'")
        }
        guard let kind else { return error(range, "unknown environment '\(name)'") }
        return MathNode(.environment(name, kind.kind, rows: Self.rows(body)), Range(spanning: begin.offset, body.range?.upperBound ?? range.upperBound))
    }

    /// Rows of cells of an environment's content.
    static func rows(_ body: [MathNode]) -> [[[MathNode]]] {
        var rows: [[[MathNode]]] = []
        var row: [[MathNode]] = [[]]
        func endRow() {
            if row.contains(where: { !$0.isEmpty }) { rows.append(row) }
            row = [[]]
        }
        for node in body {
            if node.atomRole == .lineBreak {
                endRow()
            } else if case .atom(let t, _) = node.kind, t.kind == .alignment {
                row.append([])
            } else if case .intertext = node.kind {
                endRow()
                rows.append([[node]])
            } else {
                row[row.count - 1].append(node)
            }
        }
        endRow()
        return rows
    }
}
