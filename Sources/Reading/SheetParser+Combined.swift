import Foundation
import CoursecheckAssignment
import CoursecheckMaths
import CoursecheckNotation

extension SheetParser {
    /// Questions 2 and 3 under one heading (`Questions 2 and 3`): the
    /// section is read once as each question, then its answers are placed.
    /// - Two sets (f_a, f_p and f_n each answered twice, the first set
    ///   written before the second), placed by the line of text just before
    ///   each that names one hinge ("Inactive:", "When the hinge is
    ///   active"; a line naming both labels nothing; one labelled set places
    ///   the other). Never by what they hold, and not by order alone: a set
    ///   no line labels cannot be placed.
    /// - One set: each derivative by cases of the hinge gives each question
    ///   its case; one not by cases is no question's in particular
    ///   (unparsable for both).
    /// - Anything else: which question an answer is for is not plain, so
    ///   both questions' answers are unparsable there, for a person.
    func parseCombined(_ fragments: [MathFragment], section: SheetSection, into sheet: inout ParsedSheet, maths: MathContext) {
        // Values a sentence gives one question after the answers (`So for
        // Question 2 (hinge inactive) all three gradients are the lower
        // branch: $0$, $0$, $0$.`): set aside, then checked against the
        // answers placed for it.
        let runs = Self.questionRestatements(fragments, maths: maths)
        let inRuns = Set(runs.flatMap { Array($0.run) })
        let answers = fragments.indices.filter { !inRuns.contains($0) }.map { fragments[$0] }
        let before = sheet.derivatives.values.joined().count
        parseCombinedAnswers(answers, section: section, into: &sheet, maths: maths)
        guard sheet.derivatives.values.joined().count > before else { return }
        for (question, run) in runs {
            checkRestatement(fragments[run], question: question, from: nil, maths: maths, naming: SampleNaming(bareRoles: true),
                             allowed: Set(Symbol.roles), into: &sheet)
        }
    }

    /// The runs of values that a sentence gives Question 2 or 3 by its name
    /// (`For Question 3 (active) they are the upper branch: $f_n - f_p$,
    /// $f_p - f_a$, $f_a - f_n$.`): the sentence before the first names one
    /// of the two questions only and announces values (`…:`, "are"); the
    /// run holds values only (no derivative, no `=`), three in all, one
    /// for each role, apart by commas or "and" in one paragraph.
    static func questionRestatements(_ pieces: [MathFragment], maths: MathContext) -> [(question: QuestionID, run: Range<Int>)] {
        let naming = SampleNaming(bareRoles: true)
        var runs: [(QuestionID, Range<Int>)] = []
        var i = 0
        while i < pieces.count {
            let sentence = Prose.sentences(pieces[i].proseBefore).last.map(String.init) ?? ""
            let ns = sentence as NSString
            let named = Set(questionName.matches(in: sentence, range: NSRange(location: 0, length: ns.length)).map { ns.substring(with: $0.range(at: 1)) })
            guard named.count == 1, let n = Int(named.first!), Prose.announcesResult(sentence),
                  let (j, count) = valueRun(pieces, from: i, maths: maths, naming: naming) else {
                i += 1
                continue
            }
            if count == Symbol.roles.count { runs.append((.question(n), i..<j)) }
            i = j
        }
        return runs
    }

    /// `Question 2`, `Q3`, `question 3`: Question 2 or 3 by name (its digit, group 1).
    static let questionName = try! NSRegularExpression(pattern: #"\b(?:[Qq]uestion|Q)\s*([23])\b(?!\.\d)"#)

    private func parseCombinedAnswers(_ fragments: [MathFragment], section: SheetSection, into sheet: inout ParsedSheet, maths: MathContext) {
        var labelSecond: Int?, labelThird: Int?
        var asSecond = sheet, asThird = sheet
        parseDerivatives(fragments, question: .question(2), symbols: Symbol.roles, into: &asSecond, label: &labelSecond, maths: maths)
        parseDerivatives(fragments, question: .question(3), symbols: Symbol.roles, into: &asThird, label: &labelThird, maths: maths)
        func added(_ read: ParsedSheet, _ question: QuestionID, _ role: Symbol) -> [DerivativeClaim] {
            let id = AnswerID(question, .derivative(role))
            return Array((read.derivatives[id] ?? []).dropFirst(sheet.derivatives[id]?.count ?? 0))
        }
        let roles = Symbol.roles
        let sets = roles.map { added(asSecond, .question(2), $0) }
        let problems = asSecond.problems.count - sheet.problems.count
        // Two sets, one after the other.
        if problems == 0, sets.allSatisfy({ $0.count == 2 }),
           let lastOfFirst = sets.map({ $0[0].location }).max(), let firstOfSecond = sets.map({ $0[1].location }).min(),
           lastOfFirst < firstOfSecond {
            // Each set by the line just before it that names one hinge.
            let firstStart = sets.map { $0[0].location }.min()!
            let first = Self.label(in: section, after: section.location, before: firstStart)
            let second = Self.label(in: section, after: lastOfFirst, before: firstOfSecond)
            let activeFirst: Bool
            switch (first, second) {
            case (.inactive?, .active?), (.inactive?, nil), (nil, .active?): activeFirst = false
            case (.active?, .inactive?), (.active?, nil), (nil, .inactive?): activeFirst = true
            default:
                unplaced(sets.map(\.count).reduce(0, +), problems: problems)
                return
            }
            let original = sheet
            sheet = asSecond
            for (role, claims) in zip(roles, sets) {
                let (inactive, active) = activeFirst ? (claims[1], claims[0]) : (claims[0], claims[1])
                let second = AnswerID(.question(2), .derivative(role)), third = AnswerID(.question(3), .derivative(role))
                var placed = active
                placed.id = third
                sheet.derivatives[second] = (original.derivatives[second] ?? []) + [inactive]
                sheet.derivatives[third] = (original.derivatives[third] ?? []) + [placed]
            }
            return
        }
        // One set: a derivative by cases gives each question its case; one
        // that reads the same for both is no question's in particular.
        let thirds = roles.map { added(asThird, .question(3), $0) }
        if problems == 0, sets.allSatisfy({ $0.count == 1 }), thirds.allSatisfy({ $0.count == 1 }),
           zip(sets, thirds).contains(where: { $0[0].sides != $1[0].sides }) {
            let original = sheet
            sheet = asSecond
            for (role, (second, third)) in zip(roles, zip(sets, thirds)) {
                let inactive = AnswerID(.question(2), .derivative(role)), active = AnswerID(.question(3), .derivative(role))
                guard second[0].sides != third[0].sides else {
                    sheet.derivatives[inactive] = original.derivatives[inactive]
                    for id in [inactive, active] {
                        sheet.problems.append(problem(id, second[0].location,
                            "one heading for Questions 2 and 3, and this derivative is not by cases of the hinge: which question's it is cannot be told",
                            detail: "write it by cases (active / inactive), or under each question's own heading"))
                    }
                    continue
                }
                var placed = third[0]
                placed.id = active
                sheet.derivatives[active, default: []].append(placed)
            }
            return
        }
        // Not plain: nothing is placed, everything is for a person.
        unplaced(sets.map(\.count).reduce(0, +), problems: problems)

        func unplaced(_ found: Int, problems: Int) {
            guard found > 0 || problems > 0 else { return }
            sheet.problems = asSecond.problems
            for question in [QuestionID.question(2), .question(3)] {
                for role in roles {
                    sheet.problems.append(problem(AnswerID(question, .derivative(role)), section.location,
                        "one heading for Questions 2 and 3, but which answer is which question's cannot be told",
                        detail: "\(found) derivatives read under it: write each question's answers under its own heading, or label them 'Inactive:' and 'Active:'"))
                }
            }
        }
    }

    /// Questions 2 and 3 under one heading answered in one table whose
    /// header names each question's column (`| | Question 2 | Question 3 |`):
    /// a section for each, the table without the other's column; or whose
    /// two rows below the header each name one of them (`| Q2 (hinge
    /// inactive) | 0 | 0 | 0 |`): a section for each, the header and its row. Nil when
    /// the section holds any other maths, or its header does not name each
    /// question in exactly one column (columns by the hinge's words alone
    /// stay for `parseCombined`). The table may be written in TeX, in
    /// Unicode maths (`| ∂L/∂fₐ | 0 | fₙ − fₚ |`) or in plain text (`|
    /// dL/dfa | 0 | fn - fp |`); any other text of the section that may hold
    /// maths (`mayHoldMaths`: a remark `∂L/∂fₙ should be …`) leaves it to
    /// `parseCombined`.
    /// (`alone` false: whatever else the section holds, for telling that a
    /// table of both questions is there.)
    static func splitByQuestionColumns(_ section: SheetSection, alone: Bool = true) -> (SheetSection, SheetSection)? {
        var found: (leaf: Leaf, table: Table)?
        for leaf in section.leaves {
            if case .table(let table) = leaf.block.kind {
                guard found == nil else { return nil }
                found = (leaf, table)
            } else if alone, mayHoldMaths(leaf.block) {
                return nil
            }
        }
        // The first row is the header (a LaTeX tabular marks none).
        guard let (leaf, table) = found, table.rows.count >= 2 else { return nil }
        func part(_ heading: Int, _ rows: [[Table.Cell]]) -> SheetSection {
            var reduced = table
            reduced.rows = rows
            var one = leaf
            one.block = Block(.table(reduced), at: leaf.block.location)
            return SheetSection(heading: .question(heading, sub: nil), location: section.location, leaves: [one])
        }
        var columns: [Int: Int] = [:]
        for (column, cell) in table.rows[0].enumerated() {
            switch Self.questionNamed(cell) {
            case .none: continue
            case .some(nil): return nil
            case .some(let n?):
                guard columns[n] == nil else { return nil }
                columns[n] = column
            }
        }
        if let two = columns[2], let three = columns[3] {
            func without(_ column: Int) -> [[Table.Cell]] { table.rows.map { row in row.enumerated().filter { $0.offset != column }.map(\.element) } }
            return (part(2, without(three)), part(3, without(two)))
        }
        // `| Q2 (hinge inactive) | 0 | 0 | 0 |` over `| Q3 (hinge active) | fₙ − fₚ | … |`:
        // the questions named by the rows' first cells, under a header of
        // the derivatives; every row below the header one question's, once.
        guard columns.isEmpty, table.rows.count == 3 else { return nil }
        var rows: [Int: Int] = [:]
        for r in 1..<table.rows.count {
            guard let first = table.rows[r].first, case let n?? = Self.questionNamed(first), rows[n] == nil else { return nil }
            rows[n] = r
        }
        guard let two = rows[2], let three = rows[3] else { return nil }
        return (part(2, [table.rows[0], table.rows[two]]), part(3, [table.rows[0], table.rows[three]]))
    }

    /// The question of Question 2 or 3 a table's cell names (`Question 2`,
    /// `Q3 (hinge active)`, `Q2: inactive`): `.some(n)`; `.some(nil)` when
    /// it names another question, both at once, or a hinge that is not
    /// its question's (`Q2 (hinge active)`: which is meant is for a
    /// person); nil when it names none.
    static func questionNamed(_ cell: Table.Cell) -> Int?? {
        let source = cell.source.trimmingWhitespace()
        guard !source.isEmpty else { return .none }
        if SheetSection.combined(Substring(source)) != nil { return .some(nil) }
        guard let (heading, _, rest, _) = SheetSection.parseHeading(Substring(source)) else { return .none }
        guard case .question(let n, nil) = heading, [2, 3].contains(n), !rest.contains(where: { $0.isNumber }) else { return .some(nil) }
        // (Question 2 has the hinge inactive, Question 3 active; both named, the cell is in doubt.)
        let (inactive, active) = hingeWords(rest.lowercased().split { !$0.isLetter })
        if inactive && active || inactive && n == 3 || active && n == 2 { return .some(nil) }
        return .some(n)
    }

    /// Whether words name the hinge inactive ("inactive", "not active",
    /// "non active") and whether they name it active.
    static func hingeWords(_ words: [Substring]) -> (inactive: Bool, active: Bool) {
        var inactive = words.contains("inactive"), active = false
        for (k, word) in words.enumerated() where word == "active" {
            if k > 0, ["not", "non"].contains(words[k - 1]) { inactive = true } else { active = true }
        }
        return (inactive, active)
    }

    /// Whether a block may hold maths or change an answer: maths in TeX;
    /// text with a sign of maths in Unicode or plain text (`=`, `∂`, `∇`,
    /// `−`, `d/d`, `dL`); a sample's name (`fn`, `f_a`, `fₙ`, `f3`: "in Q3
    /// the last entry is fn - fa"); or a word of correction ("Oops", "typo",
    /// "Correction:", "flipped").
    static func mayHoldMaths(_ block: Block) -> Bool {
        if hasMath(block) { return true }
        guard case .paragraph(let inlines) = block.kind else { return false }
        let text = inlines.map { inline -> String in if case .text(let t) = inline { String(t.text) } else { " " } }.joined()
        if mathsSigns.contains(where: { text.contains($0) }) { return true }
        if sampleMention.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil { return true }
        return ProseWords(Substring(text)).words.contains { CorrectionWords.saying.contains($0.text) || CorrectionWords.answerLabels.contains($0.text)
            || CorrectionWords.slips.contains($0.text) || $0.text == "oops" }
    }
    static let mathsSigns = ["=", "∂", "∇", "−", "d/d", "dL", "dl/"]
    /// A sample's name in text: `f` and its index or role letter, with or
    /// without `_` and braces, or in Unicode subscripts.
    static let sampleMention = try! NSRegularExpression(pattern: #"(?<![A-Za-z])[fF]\s*(?:_\s*\{?\s*[apnAPN1-9]|[apn1-9](?![A-Za-z])|[ₐₚₙ₁-₉])"#)

    enum Hinge { case active, inactive }

    /// The hinge that the last line of text strictly between two places of
    /// the section names, if it is a label (eight words at most, or ending
    /// with `:`) that names one hinge only ("Inactive:", "If the hinge is
    /// active:", "not active"); a line that names both ("active or
    /// inactive"), or neither, or a sentence, labels nothing.
    static func label(in section: SheetSection, after start: SourceLocation, before end: SourceLocation) -> Hinge? {
        var found: Hinge?
        for leaf in section.leaves {
            guard case .paragraph(let inlines) = leaf.block.kind else { continue }
            for line in ParagraphLines.lines(inlines) {
                guard case .text(let t)? = line.first, t.start > start, t.start < end else { continue }
                let text = line.compactMap { inline -> String? in if case .text(let t) = inline { String(t.text) } else { nil } }
                    .joined(separator: " ").lowercased()
                let words = text.split { !$0.isLetter }
                // A label, not a sentence: short, or ending with its colon
                // ("The hinge is active when …, and then …" labels nothing).
                let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
                guard words.count <= 8 || trimmed.hasSuffix(":") else { found = nil; continue }
                let (inactive, active) = Self.hingeWords(words)
                found = inactive == active ? nil : (active ? .active : .inactive)
            }
        }
        return found
    }
}
