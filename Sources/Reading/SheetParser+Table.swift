import CoursecheckModels

extension SheetParser {
    /// Reads Part I's table: a table block (pipes, `tabular`, Word, HTML),
    /// or lines of text separated by tabs or wide spaces, or a list
    /// (`- RNN: 60,400 parameters, 64.64 %`), of model name, parameter count
    /// and accuracy. A header row naming "param…" and "accuracy" places the
    /// columns; without one they are taken in that order.
    func parseTable(_ section: SheetSection, into sheet: inout ParsedSheet) {
        var columns = Columns(parameters: 1, accuracy: 2)
        columns.under = nil
        // Lines that name a model and write figures of which nothing could
        // be read: for a person, at the line, when a model's answer is not
        // read elsewhere (never simply missing).
        var unread: [SheetProblem] = []
        // Rows of displays likewise, with the models each names: for a
        // person only when one of those has no count read.
        var unreadRows: [(models: Set<String>, problem: SheetProblem)] = []
        defer {
            let slugs = Set(models.map(ModelSpec.slug))
            let answered = Set(sheet.models.filter { _, claims in claims.contains { $0.parameters != nil } && claims.contains { $0.accuracy != nil } }.keys)
            if !slugs.isSubset(of: answered) { sheet.problems += unread }
            let counted = Set(sheet.models.filter { _, claims in claims.contains { $0.parameters?.value != nil } }.keys)
            sheet.problems += unreadRows.filter { !$0.models.isSubset(of: counted) }.map(\.problem)
        }
        // A line read as a row; one that names a model and writes figures
        // of which nothing could be read (`bi-LSTM, each direction: 2*241,600
        // = 483,200` in a grid: working, no row) is for a person, at the
        // line, never simply missing.
        func readOrFlag(_ located: LocatedLine, marked: Bool) {
            let before = sheet.models.values.reduce(0) { $0 + $1.count }
            readLine(located, marked: marked, columns: &columns, into: &sheet)
            let lower = located.text.lowercased()
            if sheet.models.values.reduce(0, { $0 + $1.count }) == before,
               models.contains(where: { lower.contains($0.lowercased()) }),
               located.text.range(of: #"\d\s*\\?%|"# + Self.countFigure, options: .regularExpression) != nil {
                let at = located.location
                unread.append(problem(.unplaced(.parameters, at), at, "figures of a model that could not be read",
                                      detail: String(located.text.prefix(120))))
            }
        }
        for leaf in section.leaves {
            switch leaf.block.kind {
            case .table(let table):
                readTable(table.rows.map { $0.map { (text: $0.source.trimmingWhitespace(), location: $0.location) } }, at: leaf.block.location)
            case .paragraph(var inlines), .heading(_, var inlines):
                // A description list's item labelled by a model (`\item[RNN]
                // 60,400 parameters, 66.5\% …`): the label opens its first
                // line, as `RNN: …` would.
                if let marker = leaf.marker, marker.ordinal == nil, ModelListRow.modelAlone(Substring(marker.text), known: models) != nil {
                    inlines.insert(.text(Fragment(Substring(marker.text + ": "), start: leaf.block.location)), at: 0)
                }
                // A display inside the paragraph (LaTeX's `align*` after a
                // line of text): read as a display, not as the line's text.
                for inline in inlines { if case .math(let m) = inline, m.display { readDisplay(m) } }
                inlines = inlines.map { inline in
                    if case .math(let m) = inline, m.display { return .text(Fragment("\n", start: m.location)) }
                    return inline
                }
                // A sentence wrapped onto the next line ("For the bi-RNN I count⏎120,800
                // parameters; …"): one line, so that its figures stay with its model.
                var lines: [LocatedLine] = []
                for line in ParagraphLines.lines(inlines).map(LocatedLine.init) {
                    // (A line that is a whole row on its own, `RNN -> 60 400 params,
                    // 62.1 % acc`, wraps onto no remark after it: `the 2-level ones
                    // were slowest …` is a sentence of its own.)
                    if let last = lines.last, LocatedLine.wraps(last.text, into: line.text, known: models), ModelListRow.modelAlone(last.text, known: models) == nil,
                       !Self.wholeRow(last, known: models) {
                        lines[lines.count - 1] = last.joined(with: line)
                    } else if let last = lines.last, LocatedLine.defines(last.text, by: line.text, known: models) {
                        // A definition list's item (`RNN⏎: 60,400 parameters, …`): `RNN : 60,400 …`.
                        lines[lines.count - 1] = last.joined(with: line)
                    } else {
                        lines.append(line)
                    }
                }
                for (n, located) in lines.enumerated() {
                    readOrFlag(located, marked: n == 0 && leaf.marker != nil)
                }
            case .code(_, let fragment):
                for line in fragment.lines() {
                    readOrFlag(LocatedLine(text: line), marked: false)
                }
            case .displayMath(let m):
                readDisplay(m)
            default:
                continue
            }
        }
        func readTable(_ rows: [[(text: String, location: SourceLocation)]], at: SourceLocation) {
            switch Self.modelColumns(rows, known: models) {
            case .no:
                for cells in rows { readRow(cells, columns: &columns, into: &sheet) }
            case .turned(let turned):
                for cells in turned { readRow(cells, columns: &columns, into: &sheet) }
            case let .doubtful(reason, detail, accuracy):
                // Part I's answers may stand in it: they are for a person
                // to read at the table, never simply missing.
                sheet.problems.append(problem(.unplaced(.parameters, at), at, reason, detail: detail))
                if accuracy { sheet.problems.append(problem(.unplaced(.accuracy, at), at, reason, detail: detail)) }
            }
        }
        /// `N_{\text{LSTM}} &= 4 \cdot 60{,}400 = 241{,}600 \\ …`: each
        /// row of a display read for counts named by their model
        /// (nothing else of a display is a row of Part I); a row that
        /// names a model and writes figures, none read, is for a
        /// person when that model's answer is not read elsewhere. A
        /// display that is one `array` of models, a row each, is Part I's
        /// table (`\text{LSTM} & 241{,}600 & 85.1 \\`).
        func readDisplay(_ m: MathSource) {
            if let rows = Self.modelArrayRows(m, known: models) {
                readTable(rows, at: m.location)
                return
            }
            for row in Self.displayRows(m.tex).map({ $0.linesJoined() }) {
                let line = LocatedLine([.math(MathSource(tex: row, display: false, delimiter: "$", location: row.start))])
                let text = line.text
                let claims = ModelListRow.mathSpans(text).flatMap { span in
                    ModelListRow.statements(of: span, in: text).compactMap { statement in
                        ModelListRow.namedQuantity(text[statement], at: { line.location(text[..<statement.lowerBound].unicodeScalars.count + $0) },
                                                   known: models, unresolved: false)
                    }
                }
                for claim in claims {
                    if sheet.models[claim.slug] == nil { sheet.modelOrder.append(claim.slug) }
                    sheet.models[claim.slug, default: []].append(claim)
                }
                // (The models a row names: the longest names first, each
                // taken out of the text, so that `2-level bi-RNN` is not
                // also the bi-RNN.)
                var lower = row.text.lowercased()
                var named: Set<String> = []
                for model in models.sorted(by: { $0.count > $1.count }) where lower.contains(model.lowercased()) {
                    named.insert(ModelSpec.slug(model))
                    lower = lower.replacingOccurrences(of: model.lowercased(), with: " ")
                }
                if claims.isEmpty, !named.isEmpty,
                   row.text.range(of: Self.countFigure, options: .regularExpression) != nil {
                    unreadRows.append((named, problem(.unplaced(.parameters, row.start), row.start, "figures of a model that could not be read",
                                                      detail: String(row.text.prefix(120)))))
                }
            }
        }
    }

    /// The cells of a display that is one `array` (`Table.mathArray`) with
    /// two rows or more whose first cell names a model, as text: `\text{…}`
    /// and its kin give their words, `\%` a percent sign, `{,}` a comma,
    /// TeX's spaces a space (`\text{bi-LSTM} & 483{,}200 & 86.5\,\%` reads
    /// `bi-LSTM | 483,200 | 86.5 %`); nil for any other display.
    static func modelArrayRows(_ m: MathSource, known: [String]) -> [[(text: String, location: SourceLocation)]]? {
        guard m.tex.text.contains("{array}"), let table = Table.mathArray(m) else { return nil }
        let rows = table.rows.map { row in
            row.map { cell in
                let tex = cell.inlines.map { inline -> String in
                    switch inline {
                    case .math(let maths): String(maths.tex.text)
                    case .text(let fragment): String(fragment.text)
                    }
                }.joined()
                return (text: Self.arrayCellText(tex), location: cell.location)
            }
        }
        guard rows.filter({ ModelNames.known($0.first?.text ?? "", in: known) != nil }).count >= 2 else { return nil }
        return rows
    }

    /// A cell of a TeX `array` as the words and figures it shows.
    static func arrayCellText(_ tex: String) -> String {
        var text = tex
        text = text.replacingOccurrences(of: #"\\(?:text|textrm|textnormal|mathrm|mathit|mathsf|textbf|mathbf|mbox|operatorname)\s*\{([^{}]*)\}"#,
                                         with: "$1", options: .regularExpression)
        text = text.replacingOccurrences(of: #"\\%"#, with: "%", options: .regularExpression)
        text = text.replacingOccurrences(of: "{,}", with: ",")
        text = text.replacingOccurrences(of: #"\\[,;: !]|~"#, with: " ", options: .regularExpression)
        return text.trimmingWhitespace()
    }

    /// A figure that looks like a parameter count: grouped in thousands
    /// (`60,400`, `60 400`, `60{,}400`, `60\,400`) or of four digits or more.
    static let countFigure = #"\d{1,3}(?:(?:[,'’ ]|\{,\}|\\[,;: ])\d{3})+|\d{4,}"#

    /// The rows of a display's TeX: split at `\\` outside braces, each
    /// without the `\begin{…}` before it or the `\end{…}` after it; rows
    /// left empty are dropped.
    static func displayRows(_ tex: Fragment) -> [Fragment] {
        let scalars = Array(tex.text.unicodeScalars)
        var slicer = FragmentSlicer(tex)
        var rows: [Fragment] = []
        func environmentCommand(at i: Int) -> Int? {
            for name in ["\\begin{", "\\end{"] {
                let w = Array(name.unicodeScalars)
                guard i + w.count <= scalars.count, Array(scalars[i..<(i + w.count)]) == w else { continue }
                var k = i + w.count
                while k < scalars.count, scalars[k] != "}" { k += 1 }
                // `\begin{array}{cc}`: the column specification too.
                if k + 1 < scalars.count, scalars[k + 1] == "{", name == "\\begin{" {
                    k += 1
                    while k < scalars.count, scalars[k] != "}" { k += 1 }
                }
                return min(k + 1, scalars.count)
            }
            return nil
        }
        var start = 0, depth = 0, i = 0
        // A row without its alignment marks (`&=`), which are no cells.
        func close(_ end: Int) {
            var lo = start, hi = end
            while lo < hi, scalars[lo].properties.isWhitespace { lo += 1 }
            while hi > lo, scalars[hi - 1].properties.isWhitespace { hi -= 1 }
            guard lo < hi else { return }
            var builder = FragmentBuilder()
            var from = lo
            for k in lo..<hi where scalars[k] == "&" && (k == 0 || scalars[k - 1] != "\\") {
                if from < k { builder.append(slicer.slice(from..<k)) }
                from = k + 1
            }
            if from < hi { builder.append(slicer.slice(from..<hi)) }
            let row = slicer.slice(lo..<hi)
            rows.append(builder.build(or: row.start))
        }
        while i < scalars.count {
            let c = scalars[i]
            if c == "\\", i + 1 < scalars.count {
                if scalars[i + 1] == "\\", depth == 0 {
                    close(i)
                    i += 2
                    start = i
                    continue
                }
                if depth == 0, let end = environmentCommand(at: i) {
                    close(i)
                    i = end
                    start = i
                    continue
                }
                i += 2
                continue
            }
            if c == "{" { depth += 1 } else if c == "}" { depth = max(0, depth - 1) }
            i += 1
        }
        close(scalars.count)
        // `N_{\text{RNN}} &= 200(100 + 200) + 400 \\ &= 60{,}400`: a row that
        // goes on with `=` goes on with the row before it.
        return Fragment.joiningContinuations(rows) { _, row in row.text.drop(while: { $0 == " " }).first == "=" }
    }

    /// A table read as one written with the models as its columns.
    enum ModelColumns {
        /// Not such a table: its rows are read as they stand.
        case no
        /// Such a table, turned to a row a model.
        case turned([[(text: String, location: SourceLocation)]])
        /// Such a table whose figures cannot be placed (two rows of
        /// parameter counts, a row shorter than the models): not read, and
        /// reported at the table; `accuracy` when a row names accuracies too.
        case doubtful(reason: String, detail: String, accuracy: Bool)
    }

    /// A table written with the models as its columns (`| | RNN | LSTM | … |`,
    /// then `| parameters | 60,400 | … |`, `| test acc. | 63.05 % | … |`),
    /// turned to a row a model. Such a table is a first row naming models
    /// in every cell after the first (at least two of the assignment's) and
    /// no figure, and a first column naming no model with parameters in a
    /// row. It is turned only when every row is as long as the first and
    /// exactly one row holds parameter counts: one saying parameters, and
    /// no row of whole numbers without a label beside it. Otherwise which
    /// figure is the answer cannot be told, and the table is doubtful.
    static func modelColumns(_ rows: [[(text: String, location: SourceLocation)]], known: [String]) -> ModelColumns {
        guard rows.count >= 2, let width = rows.first?.count, width >= 3 else { return .no }
        let header = rows[0].dropFirst().map(\.text)
        func figureWord(_ text: String) -> Bool {
            let lower = text.lowercased()
            return lower.contains("param") || lower.contains("accuracy") || lower.split { !$0.isLetter }.contains("acc")
        }
        guard header.allSatisfy(ModelNames.namesModel), !rows[0].contains(where: { figureWord($0.text) }),
              header.filter({ ModelNames.known($0, in: known) != nil }).count >= 2 else { return .no }
        let body = rows.dropFirst().filter { !$0.isEmpty }
        let firstColumn = body.map { $0[0].text }
        guard !firstColumn.contains(where: { ModelNames.namesModel($0) || ModelNames.known($0, in: known) != nil }) else { return .no }
        let parameterRows = body.filter { $0[0].text.lowercased().contains("param") }
        guard !parameterRows.isEmpty else { return .no }
        let accuracy = body.contains { row in
            let lower = row[0].text.lowercased()
            return lower.contains("accuracy") || lower.split { !$0.isLetter }.contains("acc")
        }
        // A row of whole numbers that says nothing of itself, beside the
        // parameters: the counts too, or the answer?
        let unlabelledCounts = body.filter { row in
            row[0].text.isEmpty && row.count > 1 && row.dropFirst().allSatisfy { TableRow.statedCount($0.text) != nil }
        }
        let countRows = parameterRows + unlabelledCounts
        if countRows.count > 1 {
            let lines = countRows.map { String($0[0].location.line) }
            return .doubtful(reason: "a table with the models as its columns and more than one row of parameter counts: which is the answer cannot be told",
                             detail: "\(countRows.count) rows of parameter counts, at lines \(lines.joined(separator: ", ")): keep one, or say which is the answer",
                             accuracy: accuracy)
        }
        if let uneven = rows.first(where: { $0.count != width }) {
            let line = (uneven.first?.location ?? rows[0][0].location).line
            return .doubtful(reason: "a table with the models as its columns and a row not as long as its header: which model each figure is cannot be told",
                             detail: "a row of \(max(0, uneven.count - 1)) figures under \(width - 1) models, at line \(line): give one figure under each model",
                             accuracy: accuracy)
        }
        return .turned((0..<width).map { column in rows.map { $0[column] } })
    }

    /// Where Part I's figures stand in a table's rows, and the accuracy
    /// column's heading when a header row gave one.
    struct Columns {
        /// A column no row has: the figure is not read from any.
        static let none = Int.max / 2
        var parameters: Int
        var accuracy: Int
        var accuracyHeading: String? = nil
        /// The power of ten the parameter column's header says its figures
        /// are in (`Parameters (×10³)`, `params (k)`), and that header.
        var parameterScale: (power: Int, heading: String)? = nil
        /// The part of a model the parameter column's header says its
        /// counts are of (`params per direction`).
        var parameterShare: ModelClaim.Share? = nil
        /// The column of the models' names: the first, or the one a header
        /// names after an index column (a DataFrame's `| | model | params |`,
        /// `| # | Model | … |`).
        var name = 0
        /// A model named alone on the line before (`- **RNN**`), whose
        /// figures the lines under it give one by one.
        var under: String? = nil
    }

    /// A line of text: split into cells at tabs, pipes or wide spaces; a
    /// list item, or a line with fewer than two cells, is read as a list row.
    private func readLine(_ line: LocatedLine, marked: Bool, columns: inout Columns, into sheet: inout ParsedSheet) {
        let text = line.text.last == "\n" ? line.text.dropLast() : line.text
        // A line with a figure struck out (`$\cancel{N_{\text{LSTM}} = 241{,}600}$`):
        // not read (which figure stands cannot be told).
        if ModelListRow.struckOut.contains(where: text.contains) { return }
        func add(_ claim: ModelClaim) {
            if sheet.models[claim.slug] == nil { sheet.modelOrder.append(claim.slug) }
            sheet.models[claim.slug, default: []].append(claim)
        }
        if let model = ModelListRow.modelAlone(text, known: models) {
            columns.under = model
            return
        }
        if let model = columns.under {
            if let claim = ModelListRow.figureLine(text, model: model, at: line.location) {
                add(claim)
                return
            }
            // A line under the model that names one figure but cannot be
            // read (`- parameters: 2 x 30,200`, two counts): that figure is
            // unparsable there, and the model's lines go on.
            let rest = ModelListRow.dropListMarker(text).rest
            let lower = rest.lowercased()
            let saysParameters = lower.contains("param"), saysAccuracy = lower.contains("acc")
            if rest.contains(where: \.isNumber), saysParameters != saysAccuracy {
                let offset = text.unicodeScalars.count - rest.unicodeScalars.count
                let entry = ModelClaim.Entry(text: String(rest).trimmingWhitespace(), location: line.location(offset), value: nil)
                add(ModelClaim(name: model, slug: ModelSpec.slug(model), location: line.location(offset),
                               parameters: saysParameters ? entry : nil, accuracy: saysAccuracy ? entry : nil))
                return
            }
            columns.under = nil
        }
        // A header in words without figures (`model, parameters, test_acc`):
        // the rows under it give an accuracy though they do not say so.
        let lowerText = text.lowercased()
        if !text.contains(where: \.isNumber), lowerText.contains("param"),
           lowerText.split(whereSeparator: { !$0.isLetter }).contains(where: { $0 == "acc" || $0 == "accuracy" }) {
            columns.accuracyHeading = columns.accuracyHeading ?? String(text)
        }
        // `$N_{\text{LSTM}} = 4 \cdot 60{,}400 = 241{,}600$`: a quantity named
        // by its model, in each maths span of a line that has no figure
        // outside its maths (`… = 60{,}400$ parameters, 64.6 %` is a row).
        let spans = ModelListRow.mathSpans(text)
        var from = text.startIndex
        let outside = spans.map { span in defer { from = span.upperBound }; return text[from..<span.lowerBound] }.joined() + text[from...]
        let named = outside.contains(where: \.isNumber) ? [] : spans.flatMap { span in
            ModelListRow.statements(of: span, in: text).compactMap { statement in
                ModelListRow.namedQuantity(text[statement], at: { line.location(text[..<statement.lowerBound].unicodeScalars.count + $0) },
                                           known: models, unresolved: true)
            }
        }
        if !named.isEmpty {
            named.forEach(add)
            return
        }
        // `Test accuracies: RNN 65.08%, LSTM 61.09%, …`: one figure of each model under a label.
        if let claims = ModelListRow.labelledList(text, known: models, location: line.location) {
            claims.forEach(add)
            return
        }
        // Several rows on one line, `RNN: 60,400 params (62.9%); LSTM: …`.
        if let rows = ModelListRow.rows(separatedIn: text, known: models) {
            for (offset, row) in rows {
                if let claim = ModelListRow.read(row, at: line.location(offset), known: models) {
                    add(claim)
                } else if !text.contains(";") {
                    // A sentence that is no row of its own ("The bidirectional RNN has
                    // 120,800 parameters (66.10%) and the bidirectional LSTM 483,200
                    // (86.49%)."): read as prose, as it would be on a line of its own.
                    ModelProse.rows(row, known: models) { line.location(offset + $0) }.forEach(add)
                }
            }
            return
        }
        // `RNN 60400 / 64.6%   LSTM 241600 / 86.1%   …`: groups set apart by wide spaces.
        if let claims = ModelListRow.spacedGroups(text, known: models, location: line.location) {
            claims.forEach(add)
            return
        }
        var cells = TableRow.cells(text)
        if marked || ModelListRow.dropListMarker(text).marked || ModelListRow.namedWithColon(text, known: models)
            || cells.filter({ !$0.text.isEmpty }).count < 2 {
            if let claim = ModelListRow.read(text, marked: marked, at: line.location, known: models,
                                             accuracyColumn: columns.accuracyHeading != nil) {
                add(claim)
            } else {
                // Sentences that do not start with the model (`120,800 for the Bidirectional RNN (70.15%)`).
                ModelProse.rows(text, known: models, location: line.location).forEach(add)
            }
            return
        }
        // Cells that say what their figures are (`RNN   60,400 params   acc 66.24%`):
        // the line is a row in words, whatever spaces stand inside it.
        let worded = cells.dropFirst().contains { cell in
            cell.text.lowercased().split { !$0.isLetter }.contains { ["param", "params", "parameters", "acc", "accuracy"].contains($0) }
        }
        // (The name's cell may hold the count when one space parts them:
        // `2-level bi-LSTM 1446400  acc 73.9%` among rows spaced wider.)
        let nameThenFigure = models.sorted(by: { $0.count > $1.count }).first { cells[0].text.lowercased().hasPrefix($0.lowercased() + " ") }
            .map { cells[0].text.dropFirst($0.count + 1).allSatisfy { $0.isNumber || $0 == "," } } == true
        if worded, ModelNames.known(cells[0].text, in: models) != nil || nameThenFigure,
           let claim = ModelListRow.read(text, marked: true, at: line.location, known: models) {
            add(claim)
            return
        }
        // `one RNN block, level 1:  200*100 + … = 60,400`, `RNN layer, d_in =
        // 100:  …`: a label of working for a part of a model (a block, a
        // gate, per direction, or a size set by `=`), then its arithmetic:
        // an intermediate result, no row.
        if Self.labelsWorking(cells.map(\.text)) { return }
        // `2-level bi-LSTM 1,446,400    73.8%`: the name and its count one space apart.
        if columns.name == 0, let apart = ModelListRow.nameAndCountApart(cells, parameters: columns.parameters, accuracy: columns.accuracy,
                                                                          known: models) {
            cells = apart
        }
        readRow(cells.map { (text: $0.text, location: line.location($0.column - 1)) }, columns: &columns, into: &sheet)
    }

    /// Whether a line alone reads as a row with both its figures, a count
    /// and an accuracy (`ModelListRow.read`).
    static func wholeRow(_ line: LocatedLine, known: [String]) -> Bool {
        guard let claim = ModelListRow.read(line.text, at: line.location, known: known) else { return false }
        return claim.parameters?.value != nil && claim.accuracy?.value != nil
    }

    /// Whether cells are a label of working for a part of a model, ending
    /// in `:` and holding `=` or a word of a part (`block`, `gate`, `per`,
    /// `each`), then arithmetic (`200*100 + … = 60,400`).
    static func labelsWorking(_ cells: [String]) -> Bool {
        guard cells.count >= 2, let label = cells.first?.trimmingWhitespace(), label.hasSuffix(":") else { return false }
        let words = label.lowercased().split { !$0.isLetter }
        guard label.contains("=") || words.contains(where: { ["block", "blocks", "gate", "gates", "per", "each"].contains($0) }) else { return false }
        let working = cells[1]
        return working.contains("=") && working.contains(where: { "*×·+".contains($0) })
    }

    /// The header's accuracy column: the one naming accuracy, or of several
    /// (`Train acc.`, `Test acc.`) the one naming the test; none when that
    /// does not tell (`Columns.none`: no column is read as it).
    static func accuracyColumn(_ header: [String]) -> Int? {
        let named = header.indices.filter { header[$0].contains("accuracy") || header[$0].split { !$0.isLetter }.contains("acc") }
        guard named.count > 1 else { return named.first }
        let test = named.filter { header[$0].contains("test") }
        return test.count == 1 ? test[0] : Columns.none
    }

    /// The accuracy column of a header that names the parameters but no
    /// accuracy: the column in its usual place when its heading is a word
    /// (`Test`, `Score`, `%`), else the one other column headed by a word;
    /// none when a symbol heads it (`$G$`, `$(G,D,L)$`: the factors of a
    /// formula, not a figure of the model) or it is the parameters' own.
    static func unnamedAccuracyColumn(_ header: [String], parameters: Int?, positional: Int) -> Int {
        guard let parameters else { return positional }
        func worded(_ i: Int) -> Bool {
            guard header.indices.contains(i), i != parameters else { return false }
            // The cell's words outside its maths.
            var words = "", inMath = false
            for c in header[i] { if c == "$" { inMath.toggle() } else if !inMath { words.append(c) } }
            return words.contains("%") || words.split(whereSeparator: { !$0.isLetter }).contains { $0.count >= 2 }
        }
        if !header.indices.contains(positional) { return positional == parameters ? Columns.none : positional }
        if worded(positional) { return positional }
        let others = header.indices.filter { i in
            i > 0 && worded(i) && !header[i].split(whereSeparator: { !$0.isLetter }).contains(where: modelWords.contains)
        }
        return others.count == 1 ? others[0] : Columns.none
    }

    /// Words of a header cell over the models' names.
    static let modelWords: Set<Substring> = ["model", "models", "network", "networks", "architecture", "name", "net"]

    /// The column a header names for the models (`model`, `Network`,
    /// `architecture`, `name`) when the cells before it head an index
    /// (empty, `#`, `No.`, `index`); 0 otherwise.
    static func nameColumn(_ header: [String], figures: [Int?]) -> Int {
        let naming = modelWords
        guard let column = header.indices.first(where: { i in
            !figures.contains(i) && header[i].split(whereSeparator: { !$0.isLetter }).contains(where: naming.contains)
        }), column > 0 else { return 0 }
        let index: Set<String> = ["", "#", "no", "no.", "nr", "nr.", "index", "idx", "id", "run"]
        return header[..<column].allSatisfy({ index.contains($0.trimmingWhitespace()) }) ? column : 0
    }

    /// A cell of an index column: empty, or a row number (`0`, `12`, `3.`, `#4`).
    static func isIndex(_ text: String) -> Bool {
        let trimmed = text.trimmingWhitespace()
        if trimmed.isEmpty { return true }
        var t = trimmed[...]
        if t.hasPrefix("#") { t = t.dropFirst() }
        if t.hasSuffix(".") || t.hasSuffix(")") { t = t.dropLast() }
        return (1...3).contains(t.count) && t.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// A row of cells: a header (placing the columns), a rule, or a model's figures.
    private func readRow(_ cells: [(text: String, location: SourceLocation)], columns: inout Columns,
                         into sheet: inout ParsedSheet) {
        guard !cells.isEmpty else { return }
        // `Nº de parámetros`: accents folded, as in "param…".
        let lower = cells.map { $0.text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) }
        let header = (parameters: lower.firstIndex { $0.contains("param") }, accuracy: Self.accuracyColumn(lower))
        if header.parameters != nil || header.accuracy != nil {
            // A header whose first cell is a figure's has no cell over the
            // names (`\tParameters\tAccuracy`, its tab read as indentation):
            // its columns are the rows' from the second on.
            let shift = header.parameters == 0 || header.accuracy == 0 ? 1 : 0
            let accuracy = header.accuracy.map { $0 == Columns.none ? Columns.none : $0 + shift }
                ?? Self.unnamedAccuracyColumn(lower, parameters: header.parameters.map { $0 + shift }, positional: columns.accuracy)
            // A header naming the accuracy in the parameters' usual column and
            // no parameters (`| Model | Test accuracy |` beside a list of the
            // counts) gives no count: its figures are the accuracies alone.
            let parameters = header.parameters.map { $0 + shift }
                ?? (accuracy == columns.parameters ? Columns.none : columns.parameters)
            columns = Columns(parameters: parameters,
                              accuracy: accuracy,
                              accuracyHeading: header.accuracy.flatMap { cells.indices.contains($0) ? cells[$0].text : nil },
                              parameterScale: header.parameters.flatMap { p in TableRow.headerScale(cells[p].text).map { ($0, cells[p].text) } },
                              parameterShare: header.parameters.flatMap { p in ModelClaim.Share.said(in: cells[p].text) },
                              name: shift == 0 ? Self.nameColumn(lower, figures: [header.parameters, header.accuracy]) : 0)
            return
        }
        // Rules: Markdown's `|---|:--:|`, reStructuredText's `=====  =====`, `~~~~`, grid tables' `+----+----+`.
        if cells.allSatisfy({ $0.text.allSatisfy { "-:|=~+ ".contains($0) } }) { return }
        // Under a header with an index column, a row's name follows its index
        // (`0`, `1.`, `#2`, or nothing); a row without one is read as written.
        let nameColumn = columns.name > 0 && columns.name < cells.count
            && cells[..<columns.name].allSatisfy({ Self.isIndex($0.text) }) ? columns.name : 0
        let name = cells[nameColumn].text
        guard !name.isEmpty else { return }
        // A row that names no model in any cell and whose name is maths or
        // no word (a loss written with `\|…\|` split at its bars) is not
        // Part I's; words that name no model (`Simple recurrent network`,
        // `Total`) are still reported as a model the assignment lacks.
        guard cells.contains(where: { ModelNames.namesModel($0.text) })
                || !(name.contains("\\") || name.contains("$") || !name.contains(where: \.isLetter)) else { return }
        let slug = ModelNames.slug(name, in: models)
        func entry(_ index: Int, _ read: (String) -> Double?) -> ModelClaim.Entry? {
            guard index < cells.count, !cells[index].text.isEmpty else { return nil }
            let c = cells[index]
            // `1,366,400 — no: 1,446,400 (I mis-added the two levels)`: a
            // figure corrected in its cell; the correction is the answer.
            if read(c.text) == nil, let corrected = TableRow.correctedFigure(c.text, read: read) {
                return ModelClaim.Entry(text: corrected.text, location: c.location, value: corrected.value)
            }
            return ModelClaim.Entry(text: c.text, location: c.location, value: read(c.text))
        }
        // A row written with a decimal comma (`60,85 %`) groups thousands
        // with dots (`60.400`), as German and French sheets do.
        let decimalComma = columns.accuracy < cells.count && TableRow.hasDecimalComma(cells[columns.accuracy].text)
        // Under a header naming a unit (`Parameters (×10³)`), a figure in
        // that unit (`60.4`); written any other way it does not read.
        let parameters: ModelClaim.Entry?
        if let scale = columns.parameterScale {
            parameters = entry(columns.parameters, { TableRow.scaledCount($0, scale: scale.power) }).map { cell in
                var e = cell
                e.heading = scale.heading
                e.step = TableRow.scaledStep(cell.text, scale: scale.power)
                return e
            }
        } else {
            parameters = entry(columns.parameters, { TableRow.statedCount($0) ?? TableRow.count($0, besideDecimalComma: decimalComma) })
        }
        let claim = ModelClaim(name: name, slug: slug, location: cells[nameColumn].location,
                               parameters: parameters.map { cell in
                                   var e = cell
                                   e.share = columns.parameterShare ?? ModelClaim.Share.said(in: cell.text)
                                   return e
                               },
                               accuracy: entry(columns.accuracy, TableRow.percentage).map { var e = $0; e.heading = columns.accuracyHeading; return e })
        if sheet.models[slug] == nil { sheet.modelOrder.append(slug) }
        sheet.models[slug, default: []].append(claim)
    }
}

/// A line of a block as text, with the place of each of its scalars (exact
/// for text; maths is written back with its delimiters and placed from the
/// span's start).
struct LocatedLine {
    var text: Substring
    private var fragment: Fragment

    init(text: Fragment) {
        self.text = text.text
        fragment = text
    }

    init(_ inlines: [Inline]) {
        var builder = FragmentBuilder()
        var start: SourceLocation?
        for inline in inlines {
            switch inline {
            case .text(let t):
                start = start ?? t.start
                builder.append(t)
            case .math(let m):
                start = start ?? m.location
                builder.append(m.display ? "$$\(m.tex.text)$$" : "$\(m.tex.text)$", at: m.location)
            }
        }
        self.init(text: builder.build(or: start ?? SourceLocation(line: 1, column: 1)))
    }

    var location: SourceLocation { fragment.start }

    /// The place of the scalar at `offset`.
    func location(_ offset: Int) -> SourceLocation { fragment.location(at: offset) }

    /// This line and the next as one, a space between them.
    func joined(with next: LocatedLine) -> LocatedLine {
        var builder = FragmentBuilder()
        // (The line's own line feed is the space between them.)
        builder.append(fragment.text.last == "\n" ? fragment.slice(0..<(fragment.count - 1)) : fragment)
        builder.append(" ", at: next.fragment.start)
        builder.append(next.fragment)
        return LocatedLine(text: builder.build(or: fragment.start))
    }

    /// Whether two lines are a definition list's item naming a model
    /// (pandoc's, and Markdown extensions'): its name alone on a line, its
    /// definition on the next after a colon and a space, `RNN⏎: 60,400
    /// parameters, 86.1 %`, `**bi-LSTM**⏎:   483,200 params; 84.4 %`. Joined,
    /// they are a row named with its colon (`RNN : 60,400 …`). A colon
    /// joined to what follows (`:=`, `:60`) opens no definition.
    static func defines(_ line: Substring, by next: Substring, known: [String]) -> Bool {
        let definition = next.drop { $0 == " " || $0 == "\t" }
        guard definition.first == ":", let after = definition.dropFirst().first, after == " " || after == "\t" else { return false }
        return ModelListRow.modelAlone(line, known: known) != nil
    }

    /// Whether a line's sentence goes on onto the next: it ends on a word
    /// (no punctuation, no figure) and the next starts in lower case, not
    /// with a model's name, or with a figure grouped in thousands
    /// (`… I count⏎120,800 parameters`). A word's bracket closes a word
    /// (`… in its recurrent layer(s)⏎and reached …`).
    ///
    /// A line ending on a figure goes on only where the figure's sentence
    /// plainly does: a count grouped by spaces cut at the break (`… has
    /// 120⏎800 parameters`, three digits then words), or a count or a
    /// percentage before the word that says what it is, no colon after it
    /// (`… has 361 600⏎parameters in …`, `… reached 78.6%⏎test accuracy`;
    /// `parameters: 60,400⏎accuracy: 65 %` are two lines of their own). A
    /// line of cells (tabs, spaced pipes) goes on no sentence.
    static func wraps(_ line: Substring, into next: Substring, known: [String]) -> Bool {
        let rest = String(next).trimmingWhitespace()
        let written = String(line).trimmingWhitespace()
        guard let last = written.last, let first = rest.first else { return false }
        // A line of cells set apart by tabs or spaced pipes (a table's
        // header, `model | params | test acc`, `<TAB>params<TAB>test acc`)
        // goes on no sentence: a note above it (`params counted for the
        // recurrent layers only`) took the header in, and its columns.
        if rest.contains("\t") || rest.contains(" | ") { return false }
        if last.isNumber || last == "%" { return figureWraps(written, into: rest) }
        guard last.isLetter || last == ")" && written.dropLast().last?.isLetter == true else { return false }
        let head = rest.prefix { !$0.isWhitespace }
        if first.isNumber {
            // `… test accuracy⏎72.60%` (an HTML export's lines wrapped where
            // the page has a space): a percentage opens no row of its own.
            let percentage = head.last == "%" && head.dropLast().allSatisfy { $0.isNumber || $0 == "." } && head.filter { $0 == "." }.count <= 1
            return percentage || head.count >= 5 && head.allSatisfy { $0.isNumber || $0 == "," }
        }
        return first.isLowercase && ModelNames.prefix(of: Substring(rest), in: known) == nil
    }

    /// Whether a line of words ending on a figure goes on onto the next
    /// (see `wraps`).
    static func figureWraps(_ line: String, into next: String) -> Bool {
        guard line.contains(where: \.isLetter) else { return false }
        let words = next.split(whereSeparator: \.isWhitespace)
        guard let head = words.first else { return false }
        // `120⏎800 parameters`: the thousands after a group of one to three digits.
        let group = line.reversed().prefix { $0.isNumber }
        if head.count == 3, head.allSatisfy(\.isNumber), (1...3).contains(group.count),
           line.dropLast(group.count).last == " ", words.count > 1, words[1].first?.isLetter == true {
            return true
        }
        // `361 600⏎parameters …`, `78.6%⏎test accuracy`: the figure's word,
        // going on a sentence (a line labelled by `:` or `=`, `params =
        // 60400⏎accuracy 86.2 %`, is a line of its own).
        guard !line.contains(":"), !line.contains("=") else { return false }
        let said = head.lowercased()
        let after = next.dropFirst(head.count).drop(while: \.isWhitespace)
        let figureWords = line.last == "%" ? ["test", "accuracy"] : ["parameters", "params", "parameter", "weights", "trainable", "learnable"]
        return figureWords.contains(String(said.reversed().drop { ".,;".contains($0) }.reversed())) && !said.hasSuffix(":")
            && !after.hasPrefix(":") && !after.hasPrefix("=")
    }
}
