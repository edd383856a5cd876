import CoursecheckModels

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
            if ModelListRow.dropListMarker(text).marked || cells.filter({ !$0.text.isEmpty }).count < 2 {
                if let claim = ModelListRow.read(text, lineNumber: line.line, known: models) {
                    if sheet.models[claim.slug] == nil { sheet.modelOrder.append(claim.slug) }
                    sheet.models[claim.slug, default: []].append(claim)
                }
                continue
            }
            let lower = cells.map { $0.text.lowercased() }
            let header = (parameters: lower.firstIndex { $0.contains("param") }, accuracy: lower.firstIndex { $0.contains("accuracy") })
            if header.parameters != nil || header.accuracy != nil {
                columns = (header.parameters ?? columns.parameters, header.accuracy ?? columns.accuracy)
                continue
            }
            if cells.allSatisfy({ $0.text.allSatisfy { "-:| ".contains($0) } }) { continue }
            let name = cells[0].text
            guard !name.isEmpty else { continue }
            let at = SourceLocation(line: line.line, column: cells[0].column)
            let slug = ModelSpec.slug(name)
            func entry(_ index: Int, _ read: (String) -> Double?) -> ModelClaim.Entry? {
                guard index < cells.count, !cells[index].text.isEmpty else { return nil }
                let c = cells[index]
                return ModelClaim.Entry(text: c.text, location: SourceLocation(line: line.line, column: c.column), value: read(c.text))
            }
            let claim = ModelClaim(name: name, slug: slug, location: at,
                                   parameters: entry(columns.parameters, TableRow.count),
                                   accuracy: entry(columns.accuracy, TableRow.percentage))
            if sheet.models[slug] == nil { sheet.modelOrder.append(slug) }
            sheet.models[slug, default: []].append(claim)
        }
    }
}
