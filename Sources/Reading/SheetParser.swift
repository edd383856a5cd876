import Foundation
import CoursecheckAssignment
import CoursecheckMaths
import CoursecheckNotation

/// Reads a sheet into claims, question by question.
///
/// Part II questions: 2 and 3 (derivatives with respect to f_a, f_p, f_n),
/// 4 (two counts and their reasoning), 5 (the triplet list), 5.k
/// (derivatives of the k-th triplet's loss), 6 (derivatives of the sum).
/// Whatever cannot be read becomes a `SheetProblem` with its location; the
/// parser never skips an answer in silence and never traps.
public struct SheetParser: Sendable {
    public let part: Assignment.TripletPart
    /// Longest math fragment read, in Unicode scalars.
    public static let maximumFragment = 20_000

    /// The names of Part I's models (a list line that starts with one is a
    /// row of Part I).
    public let models: [String]
    /// The command table maths is read with: `CommandTable.standard`, or
    /// (in tests) one with an entry removed, to show the reading needs it.
    public let table: CommandTable

    public init(part: Assignment.TripletPart, models: [String] = [], table: CommandTable = .standard) {
        self.part = part
        self.models = models
        self.table = table
    }

    public func parse(_ document: SheetDocument) -> ParsedSheet {
        SampleNaming.$declaredLetters.withValue(Self.declaredSampleLetters(document).union(Self.renamedSampleLetters(document))) {
            parseSheet(document)
        }
    }

    /// Letters a sheet writes for the samples' embeddings: one a sentence
    /// declares, the letter with an index in maths and then, before any
    /// other maths, the embedding (`I write $x_i$ for the embedding
    /// $f(x_i)$`, `let $\mathbf{e}_i$ denote the embedding of sample $i$`;
    /// not `let $x_i$ denote the $i$-th input and $f(x_i)$ its embedding`);
    /// and `F` when the sheet's maths writes samples with `F` and never
    /// with `f`. Never a role's, the loss's or a triplet's letter.
    static func declaredSampleLetters(_ document: SheetDocument) -> Set<Unicode.Scalar> {
        var letters: Set<Unicode.Scalar> = []
        let verbs: Set<Substring> = ["write", "denote", "denotes", "stand", "stands", "use", "let", "call", "notation", "shorthand", "abbreviate"]
        var upper = false, lower = false
        for leaf in document.leaves {
            let inlines: [Inline]
            switch leaf.block.kind {
            case .paragraph(let i), .heading(_, let i): inlines = i
            case .displayMath(let m): inlines = [.math(m)]
            default: continue
            }
            for inline in inlines {
                guard case .math(let m) = inline else { continue }
                let tex = m.tex.text
                if tex.containsBytes("F_") || tex.containsBytes("F}_") { upper = true }
                if tex.containsBytes("f_") || tex.containsBytes("f}_") || tex.containsBytes("f(") { lower = true }
            }
            guard case .paragraph = leaf.block.kind else { continue }
            // The first maths that is a letter with the index i, and what
            // stands between it and the next maths.
            for (n, inline) in inlines.enumerated() {
                guard case .math(let m) = inline else { continue }
                // (Both readings below need the index `_i`: the regexes run only on maths that has it.)
                let tex = String(m.tex.text).filter { !$0.isWhitespace }
                guard tex.containsBytes("_i") || tex.containsBytes("_{i") else { continue }
                // `$z_i = f(x_i)$`, `$h_i := f(x_i)$`: the letter defined as the embedding, in one statement;
                // its space may follow (`$\mathbf{z}_i = f(x_i) \in \mathbb{R}^d$`).
                let defined = ["\\coloneqq", "\\equiv", "\\defeq", ":="].reduce(tex) { $0.replacingOccurrences(of: $1, with: "=") }
                if let match = defined.wholeMatch(of: #/\\?(?:mathbf\{|boldsymbol\{|bm\{|vec\{|vec)?([A-Za-z])\}?_\{?i\}?=f\(x_\{?i\}?\)(?:\\in\\mathbb\{?R\}?(?:\^\{?[A-Za-z0-9]\}?)?)?[.,;]?/#),
                   let c = match.output.1.unicodeScalars.first, !"fFapnAPNLEJtTi".unicodeScalars.contains(c) {
                    letters.insert(c)
                    break
                }
                guard let match = tex.wholeMatch(of: #/\\?(?:mathbf\{|boldsymbol\{|bm\{|vec\{|vec)?([A-Za-z])\}?_\{?i\}?/#),
                      let c = match.output.1.unicodeScalars.first else { continue }
                let before = inlines[..<n].compactMap { if case .text(let t) = $0 { String(t.text).lowercased() } else { nil } }.joined()
                var after = ""
                var embedding = false
                for next in inlines[(n + 1)...] {
                    if case .text(let t) = next { after += String(t.text).lowercased(); continue }
                    if case .math(let m2) = next {
                        let t2 = String(m2.tex.text).filter { !$0.isWhitespace }
                        embedding = t2 == "f(x_i)" || t2 == "f(x_{i})"
                    }
                    break
                }
                let words = (before + " " + after).split { !$0.isLetter }
                // Only the embedding itself right after the letter ("for the
                // embedding", "denote the embedding of"), not "the error in
                // the embedding", "the update of the embedding".
                let lead = after.split { !$0.isLetter }.prefix { !$0.hasPrefix("embedding") }
                let linking: Set<Substring> = ["for", "denote", "denotes", "to", "as", "be", "is", "the", "an", "a", "stand", "stands", "mean", "means", "i"]
                let names = (after.split { !$0.isLetter }.contains { $0.hasPrefix("embedding") } || embedding) && lead.count <= 4 && lead.allSatisfy(linking.contains)
                if names, !after.contains("input"),
                   words.contains(where: verbs.contains), !"fFapnAPNLEJtTi".unicodeScalars.contains(c) {
                    letters.insert(c)
                }
                break
            }
        }
        if upper && !lower { letters.insert("F") }
        return letters
    }

    func parseSheet(_ document: SheetDocument) -> ParsedSheet {
        var sheet = ParsedSheet(path: document.path)
        sheet.places = document.places
        let (sections, local) = SheetSection.droppingLocalNumbers(SheetSection.split(document, triplets: part.triplets))
        sheet.sections = sections
        if let at = local {
            // Every Part II answer may stand under any of those headings.
            let questions = [2, 3, 4, 5, 6].map(QuestionID.question) + (1...max(1, part.triplets.count)).map(QuestionID.triplet)
            for question in questions {
                sheet.problems.append(problem(.unplaced(question, at), at,
                    "Part II's questions numbered from 1 (Part II starts at Question 2): which question each answers cannot be told"))
            }
        }
        attribute(document, to: &sheet)
        // One command table for the whole sheet, in reading order: the
        // document's macros, then each span's own definitions.
        let maths = MathContext(table: table, macros: document.macros)
        sheet.componentOrders = Self.componentOrders(document, maths: maths, samples: part.samples)
        // A letter the sheet defines as the derivative (`$g_x := \partial L
        // / \partial f_x$`), written out wherever its answers use it.
        let scratch = MathContext(table: maths.table)
        let shorthand = DerivativeShorthand.find(document, maths: scratch)
        if shorthand != nil { maths.record(scratch.used) }
        var q5Label: Int?
        // Part I is its table, under `Part I` or `Question 1` (Part II's
        // questions start at 2). Numbered questions are Part II's wherever
        // they stand: Part I has none, so its heading is optional.
        for section in sheet.sections where section.heading == .part(1) || section.heading == .question(1, sub: nil) {
            parseTable(section, into: &sheet)
        }
        // Part II's own text answering Questions 2 and 3 in one table whose
        // columns name them (`| gradient | Q2: hinge inactive | Q3: hinge
        // active |` right under `Part II`): read as under a heading for both.
        // With other text that may hold maths beside it (`Note: ∂L/∂fₙ in Q3
        // should be …`), which answer is which is for a person.
        for section in sheet.sections where section.heading == .part(2) {
            guard let (second, third) = Self.splitByQuestionColumns(section) else {
                if let (second, _) = Self.splitByQuestionColumns(section, alone: false) {
                    let at = second.leaves.first?.block.location ?? section.location
                    for question in [QuestionID.question(2), .question(3)] {
                        for role in Symbol.roles {
                            sheet.problems.append(problem(AnswerID(question, .derivative(role)), at, "a table of Questions 2 and 3 with text beside it that may change it: for a person",
                                                          detail: "write a remark on a cell in the cell, or each question's answers under its own heading"))
                        }
                    }
                }
                continue
            }
            var none: Int?
            parseDerivatives(mathFragments(of: second, maths: maths), question: .question(2), symbols: Symbol.roles, into: &sheet, label: &none, maths: maths)
            parseDerivatives(mathFragments(of: third, maths: maths), question: .question(3), symbols: Symbol.roles, into: &sheet, label: &none, maths: maths)
        }
        for section in sheet.sections {
            guard case let .question(n, sub) = section.heading, let question = section.question, (n, sub) != (1, nil) else { continue }
            let math = {
                let fragments = mathFragments(of: section, maths: maths)
                guard let shorthand else { return fragments }
                return fragments.map { shorthand.expanding($0, maths: maths) }
            }
            // Question 6's cells in a table under Question 5.
            func sixth(_ fragments: [MathFragment]) {
                let six = fragments.filter { $0.question == 6 }
                guard !six.isEmpty else { return }
                var none: Int?
                parseDerivatives(six, question: .question(6), symbols: part.sampleSymbols, into: &sheet, label: &none, maths: maths)
            }
            let read = (sheet.derivatives.values.joined().count, sheet.problems.count)
            let triplets = sheet.tripletList?.triplets.count ?? 0
            defer {
                // Text under a derivative question of which nothing could be
                // read ("same as 5.7 with f_2 in place of f_3") is for a
                // person to read: its answers are never simply missing.
                // A part that states its triplet and nothing else (an item
                // of a list of triplets labelled `$t_3$`) has been read.
                if [2, 3, 5, 6].contains(n), (n, sub) != (5, nil), sub == nil || n == 5,
                   (sheet.derivatives.values.joined().count, sheet.problems.count) == read,
                   sheet.tripletList?.triplets.count ?? 0 == triplets,
                   let (text, at) = Self.firstText(of: section) {
                    // (An answer read elsewhere, a row `sum (Q6)` of Question 5's
                    // table, stands only when the text is a pointer to it and
                    // nothing else: "see the last row of the table above".)
                    let pointer = Self.onlyPointsElsewhere(section)
                    for symbol in n == 2 || n == 3 ? Symbol.roles : part.sampleSymbols
                    where !pointer || sheet.derivatives[AnswerID(question, .derivative(symbol))] == nil {
                        sheet.problems.append(problem(AnswerID(question, .derivative(symbol)), at, "no answer could be read from this text", detail: text))
                    }
                }
            }
            switch (n, sub) {
            case (2, nil) where section.combined:
                if let (second, third) = Self.splitByQuestionColumns(section) {
                    var none: Int?
                    parseDerivatives(mathFragments(of: second, maths: maths), question: .question(2), symbols: Symbol.roles, into: &sheet, label: &none, maths: maths)
                    parseDerivatives(mathFragments(of: third, maths: maths), question: .question(3), symbols: Symbol.roles, into: &sheet, label: &none, maths: maths)
                } else {
                    parseCombined(math(), section: section, into: &sheet, maths: maths)
                }
            case (2, nil), (3, nil):
                parseDerivatives(math(), question: question, symbols: Symbol.roles, into: &sheet, label: &q5Label, maths: maths)
            case (4, nil):
                parseCounts(section, into: &sheet, maths: maths)
            case (5, nil):
                let all = math()
                let fragments = all.filter { $0.question == nil }
                parseTriplets(fragments.filter { !$0.namesSamples }, section: section, into: &sheet, maths: maths)
                parseDerivatives(fragments, question: question, symbols: part.sampleSymbols, into: &sheet, label: &q5Label, maths: maths)
                sixth(all)
            case (5, let k?) where (1...part.triplets.count).contains(k):
                var label: Int? = k
                let all = math()
                parseTriplets(all.filter { $0.question == nil && !$0.namesSamples }, section: section, triplet: k, into: &sheet, maths: maths)
                parseDerivatives(all.filter { $0.question == nil }, question: question, symbols: part.sampleSymbols, into: &sheet, label: &label, maths: maths)
                // A table of several triplets' rows under the part: each row
                // answers the part its label names, as under Question 5.
                let five = all.filter { $0.question == 5 }
                if !five.isEmpty {
                    var none: Int?
                    parseTriplets(five, section: section, into: &sheet, maths: maths)
                    parseDerivatives(five, question: .question(5), symbols: part.sampleSymbols, into: &sheet, label: &none, maths: maths)
                }
                sixth(all)
            case (6, nil):
                parseDerivatives(math(), question: question, symbols: part.sampleSymbols, into: &sheet, label: &q5Label, maths: maths)
            default:
                let range = "Part II has Questions 2–6 and 5.1–5.\(part.triplets.count)"
                sheet.problems.append(problem(.unplaced(question, section.location), section.location,
                                              "question number out of range", detail: range))
            }
        }
        giveUnlisted(into: &sheet)
        Self.withdrawingRetracted(&sheet)
        // The rule in roles is passed over only beside the triplets' answers.
        // (Question 6's zero for the triplets without a sample, beside its answers.)
        let answered5 = sheet.derivatives.keys.contains { $0.question.tripletNumber != nil }
        let answered6 = sheet.derivatives.keys.contains { $0.question == .question(6) }
        sheet.problems += sheet.ruleInRoles.filter { problem in
            problem.id.question == .question(6) ? !answered6 : !answered5
        }
        Self.doubtingTheRest(&sheet)
        Self.withdrawingUnreadCorrections(&sheet)
        sheet.usedEntries = maths.used
        return sheet
    }

    /// A value given to the samples left ("The rest have $0$.") with maths
    /// after it in its question that could not be read ("Finally $f_2$ has
    /// $f_2 - f_1$."): that maths may be one of theirs, so whose value is
    /// whose is for a person — the rest's value is withdrawn to a problem at
    /// each of its answers, never graded. So is a value placed by a cue in
    /// the words (`I first got $A$ for $f_5$, but … so it is $B$`,
    /// `$f_5 \mapsto A$ … Correction: … $B$`): the maths after it may
    /// correct it.
    static func doubtingTheRest(_ sheet: inout ParsedSheet) {
        // (In the answers' order, so that the problems come out the same every run.)
        // (Each id's text made once, not at every comparison of the sort.)
        let ordered = sheet.derivatives.map { (key: $0.key.description, entry: $0) }.sorted { $0.key < $1.key }.map(\.entry)
        for (id, claims) in ordered {
            let problems = sheet.problems
            let inDoubt = { (claim: DerivativeClaim) -> Bool in
                (claim.forTheRest || claim.placedByCue)
                    && problems.contains { problem in
                        problem.location > claim.location && (problem.id.question == id.question
                            // (A cue's value under Question 5 with no part headings: maths
                            // unread later on its own line.)
                            || claim.placedByCue && problem.id.question == .question(5) && problem.location.line == claim.location.line)
                    }
            }
            let doubted = claims.filter(inDoubt)
            guard !doubted.isEmpty else { continue }
            let kept = claims.filter { !inDoubt($0) }
            sheet.derivatives[id] = kept.isEmpty ? nil : kept
            for claim in doubted {
                sheet.problems.append(SheetProblem(id: id, location: claim.location,
                    reason: claim.forTheRest
                        ? "a value for the samples left, with maths after it in the answer that could not be read: which sample's it is is for a person"
                        : "a value placed by the words around it, with maths after it in the answer that could not be read (a correction?): for a person",
                    detail: claim.text))
            }
        }
    }

    /// "Every derivative not listed below is 0", said once in Question 5:
    /// each derivative a part 5.k leaves out is a claim of that value —
    /// only in parts that answer something and where nothing was left
    /// unread (an unread line may be the derivative left out).
    func giveUnlisted(into sheet: inout ParsedSheet) {
        guard let unlisted = sheet.unlistedValue else { return }
        for k in 1...max(1, part.triplets.count) {
            let question = QuestionID.triplet(k)
            guard sheet.derivatives.keys.contains(where: { $0.question == question }),
                  !sheet.problems.contains(where: { $0.id.question == question }) else { continue }
            for symbol in part.sampleSymbols {
                let id = AnswerID(question, .derivative(symbol))
                guard sheet.derivatives[id] == nil else { continue }
                if unlisted.outsideOnly, case .sample(let i) = symbol, k <= part.triplets.count, part.triplets[k - 1].contains(i) { continue }
                var claim = DerivativeClaim(id: id, symbol: symbol, sides: unlisted.sides, firstSideTerms: [],
                                            text: unlisted.text, location: unlisted.location)
                claim.reading = unlisted.outsideOnly
                    ? "read as ∂L/∂\(symbol) = $\(claim.answer)$: Question 5 states it for the samples outside each triplet"
                    : "read as ∂L/∂\(symbol) = $\(claim.answer)$: Question 5 states it for every derivative not listed"
                sheet.derivatives[id] = [claim]
            }
        }
    }

    /// The section's first words or maths, and where they are.
    /// Whether a section's words only point to answers given elsewhere
    /// ("see the last row of the table in Question 5", "Answer: as above"):
    /// every word one of pointing (a place, a question's number, the
    /// answers' names), no maths and no other word. Anything else ("but its
    /// fourth entry is off", "ignore the fourth") may qualify what it
    /// points to: for a person.
    static func onlyPointsElsewhere(_ section: SheetSection) -> Bool {
        var words: [Substring] = []
        for leaf in section.leaves {
            guard case .paragraph(let inlines) = leaf.block.kind else { return false }
            for inline in inlines {
                guard case .text(let t) = inline else { return false }
                words += t.text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            }
        }
        let places: Set<Substring> = ["table", "row", "above", "below", "question", "q5", "column", "see"]
        let pointing: Set<Substring> = places.union(["answer", "answers", "the", "a", "of", "in", "on", "at", "is", "are", "as", "last",
            "bottom", "final", "first", "top", "5", "q", "sum", "sums", "summed", "total", "totals", "batch", "gradient", "gradients",
            "derivative", "derivatives", "for", "each", "every", "sample", "samples", "all", "given", "shown", "listed", "written",
            "there", "here", "same", "my", "our", "we", "it", "they", "them", "those", "these", "that", "this", "its", "their",
            "previous", "earlier", "part", "please", "refer", "to", "and", "labelled", "labeled", "marked", "with", "respect"])
        return words.contains(where: places.contains) && words.allSatisfy(pointing.contains)
    }

    static func firstText(of section: SheetSection) -> (String, SourceLocation)? {
        for leaf in section.leaves {
            let text: String
            switch leaf.block.kind {
            case .paragraph(let inlines), .heading(_, let inlines): text = Inline.source(of: inlines)
            case .displayMath(let m): text = "$$" + String(m.tex.text) + "$$"
            case .code(_, let f): text = String(f.text)
            case .table(let t): text = t.rows.flatMap { $0.map(\.source) }.joined(separator: " | ")
            default: continue
            }
            let folded = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            guard !folded.isEmpty else { continue }
            return (folded.count > 120 ? String(folded.prefix(117)) + "…" : folded, leaf.block.location)
        }
        return nil
    }

    /// The document's problems (a maths delimiter left open) and what it
    /// left out, each given to the question whose section holds its place.
    func attribute(_ document: SheetDocument, to sheet: inout ParsedSheet) {
        func question(at location: SourceLocation) -> QuestionID? {
            guard let section = sheet.sections.last(where: { $0.location <= location }) else { return nil }
            if section.heading == .part(1) || section.heading == .question(1, sub: nil) { return .parameters }
            return section.question
        }
        for p in document.problems {
            guard let q = question(at: p.location), q != .parameters else { continue }
            sheet.problems.append(problem(.unplaced(q, p.location), p.location, p.message, detail: p.detail))
        }
        for omission in document.omitted {
            guard let q = question(at: omission.location) else { continue }
            sheet.omitted[q, default: []].append(omission)
        }
    }

    /// The maths of a section in reading order: maths spans with the prose
    /// just before them, table cells as `∂L/∂s = cell`, a table of triplets'
    /// roles as `t_k = (a, p, n)` a row, and plain-text
    /// lines — every line when the section has no maths at all (a
    /// plain-text answer), else the lines that are a derivative or a line
    /// of a chain (`= …`).
    func mathFragments(of section: SheetSection, maths: MathContext) -> [MathFragment] {
        // Where the hinge is active (Questions 5 and 6), a value in words
        // under a condition ("with the hinge inactive … are zero", "had the
        // margin been met …") is no answer.
        let hypothetical: Set<String> = section.question.map { $0 == .question(2) || $0 == .question(3) } ?? true ? []
            : ["if", "had", "were", "would", "unless", "whenever", "when", "only", "inactive", "satisfied"]
        let hasMath = section.leaves.contains { Self.hasMath($0.block) }
        var math: [MathFragment] = []
        var prose = ""
        // The inlines of the leaf before the one being read: the words that
        // may say what a table's cells are (`Entry $(k, i)$ is
        // $\partial L_k/\partial f_i$:`).
        var leafBefore: [Inline] = []
        // A value in words whose samples are named after it, in maths.
        var pendingZero: MathFragment?
        // The sample a plain-text line headed (`Gradients with respect to
        // f_2:`), given to the rows after it that name only their triplet.
        var headedSample: Substring?
        // (Whether the line read is the clause of the rest that
        // `valueClauseSplit` cut from the values before it.)
        var clauseOfRest = false
        // The columns of a table of working set out with tabs, under its
        // header (a header indented by its tab is a code block of its own).
        var tabbedColumns: Int?
        /// A display under Question 5, its rows of words giving the samples
        /// left their value made that value (`textRowsAsValues`).
        func displayed(_ tex: Fragment) -> Fragment {
            guard case .partII(5, _)? = section.question else { return tex }
            return Self.textRowsAsValues(tex, hypothetical: hypothetical)
        }
        func text(_ fragment: Fragment, first: Bool, followedByMath: Bool, following: [Inline] = []) {
            var fragment = fragment
            // `Triplet 1 (1, 2, 5): the derivative … $f_1$ …`: a triplet
            // stated in the words that open a paragraph of Question 5.
            // (The words it stands for are prose before it: a paragraph
            // that opens so starts a sentence of its own.)
            if hasMath, first, section.question == .question(5), let opening = Self.tripletOpening(fragment, worded: false) {
                let before = String(fragment.text.unicodeScalars.prefix(opening.label.lowerBound))
                var statement = MathFragment(fragment: opening.statement, proseBefore: before + "triplet ", plainText: true)
                statement.opensParagraph = true
                math.append(statement)
                fragment = opening.rest
            }
            prose = String(fragment.text)
            // "The remaining gradients are zero": a value in words.
            if let value = pendingZero, !Self.joinsNames(fragment.text) {
                // (`… zero for $f_1$ and $f_3$ only when the margin is met`:
                // under a condition, no value.)
                let next = fragment.text.lowercased().split { !$0.isLetter }.prefix(3)
                if !next.contains(where: { ["only", "if", "when", "whenever", "unless", "provided"].contains($0) }) { math.append(value) }
                pendingZero = nil
            }
            if hasMath, let zero = Self.valueInWords(in: fragment, hypothetical: hypothetical) {
                // `The gradient is zero for $f_2$, $f_5$ and $f_6$.`: the value
                // waits for the samples named after it.
                if followedByMath, Self.announcesNames(zero.after) {
                    pendingZero = zero.value
                } else {
                    // `The gradients w.r.t. f_2, f_5 and f_6 are zero.`: the
                    // samples named in plain text beside the sheet's maths
                    // are read before it, as in a plain-text answer.
                    ownValues(fragment, after: zero.after)
                    let names = Self.plainNamesBeforeValue(in: fragment, sentence: zero.sentence)
                    if let names {
                        var words = MathFragment(fragment: fragment.slice(names), proseBefore: "", plainText: true)
                        words.namesSamples = true
                        math.append(words)
                    }
                    math.append(zero.value)
                    // `…, and f_3 too.`: the samples added after the value;
                    // `…, and $f_3$ too.`: in maths, they wait for it again.
                    if names != nil { addedNames(fragment, value: zero) }
                    if followedByMath, Self.addsSamplesInMaths(after: zero.after, following) { pendingZero = zero.value }
                }
                // The words after the value are the next maths' prose.
                prose = zero.after
            }
            if hasMath {
                let lines = Self.derivativeLines(in: fragment, startsLine: first, followedByMath: followedByMath, maths: maths,
                                                 question: section.question, triplets: part.triplets)
                math += lines
                if !lines.isEmpty { prose = "" }
            } else {
                for written in Self.wrappedLinesJoined(fragment.lines()) where written.text.contains(where: { !$0.isWhitespace }) {
                    // `Q: Gradients of each triplet loss w.r.t. f_1, ..., f_6.`:
                    // the question restated, no answer.
                    if Self.restatesQuestion(written.text) || Self.isLegend(written.text) { continue }
                    // `…. All of these are multiplied by 2.`, `…, since I
                    // reversed every sign`: words that change every value
                    // leave the line's block to a person (`changesEvery`).
                    if ChangingWords.ofEvery(String(written.text)) {
                        var changed = MathFragment(fragment: written, proseBefore: "", plainText: true)
                        changed.changesEvery = true
                        math.append(changed)
                        continue
                    }
                    if let columns = Self.tabbedWorkingHeader(written.text) {
                        tabbedColumns = columns
                        continue
                    }
                    if let columns = tabbedColumns, let row = Self.tabbedWorkingRow(written, columns: columns) {
                        plainLine(row)
                        continue
                    }
                    tabbedColumns = nil
                    // `Sample 1 (f₁) is …. Its gradient is f₅ − f₂ in triplet 1, …`
                    // under Question 5: the rows it says, one per triplet.
                    if section.question == .question(5), let rows = Self.sampleParagraphRows(written) {
                        plainLine(rows)
                        continue
                    }
                    // `dL/df_4 = f_1 - f_4; the gradients with respect to f_2,
                    // f_5, f_6 are zero.`: the clause giving a value in words
                    // is read as a line of its own, after the maths before it.
                    // (`the anchor's gradient is fn - fp, the positive's is …`
                    // under Question 2 or 3: each role's clause as "with
                    // respect to the anchor it is …", `possessiveRoles`.)
                    // `w.r.t. f₁: f₅ − f₂; w.r.t. f₂: …`: each entry its derivative (`wrtHeads`).
                    let written = Self.wrtHeads(written) ?? written
                    let rolesSaid = section.question == .question(2) || section.question == .question(3) ? Self.possessiveRoles(written) : written
                    // (Under part 5.j, a line opened on another triplet, `(8)
                    // Triplet 8 is (6, 4, 2): …` after `(7) For triplet 7, …`
                    // began part 5.7, is not cut: its values are not part j's.)
                    if let j = section.question?.tripletNumber, let opening = Self.tripletOpening(written, worded: true),
                       Int(opening.statement.text.dropFirst(3).prefix(while: \.isNumber)) != j {
                        plainLine(Self.restNamesUnbracketed(rolesSaid))
                        continue
                    }
                    for (n, clause) in Self.valueClauseSplit(Self.restNamesUnbracketed(rolesSaid), hypothetical: hypothetical).enumerated() {
                        clauseOfRest = n > 0
                        plainLine(clause)
                    }
                    clauseOfRest = false
                }
            }
        }
        /// The samples the sentence of a value in words gives values of
        /// their own after it (`…, and f5 gets f1 - f5`), read first, each
        /// a sentence of its own: they are not the samples left.
        func ownValues(_ line: Fragment, after: String) {
            for own in Self.ownValueClauses(in: line, after: after) {
                math.append(MathFragment(fragment: own.clause, proseBefore: ". ", plainText: true))
            }
        }
        /// The samples a value in words is given to after it (`…, and f_3
        /// too`), read with that value again.
        func addedNames(_ line: Fragment, value zero: (value: MathFragment, after: String, sentence: Range<Int>)) {
            guard !zero.sentence.isEmpty, let added = Self.namesAddedAfterValue(in: line, at: zero.sentence.upperBound) else { return }
            var words = MathFragment(fragment: line.slice(added), proseBefore: "", plainText: true)
            words.namesSamples = true
            math.append(words)
            math.append(zero.value)
        }
        /// One line of a plain-text answer.
        func plainLine(_ line: Fragment) {
            // `Triplet 1 (1, 2, 5): the derivative of L with respect to f_1
            // is …`: the triplet stated as `t_1 = (1, 2, 5)`, the line read
            // on as one that opens so (`t_1 = (…): …`).
            // (Its word is prose before the line's maths: a paragraph that
            // opens so starts a sentence of its own, and the triplet is its
            // part's, as in TeX.)
            // `t1 = (1, 2, 5)   ∂L/∂f₁ = …`, `t1 = (1, 2, 5) → …`: the
            // statement, then its gradients, as two lines.
            // (Under a part too: `5.1 t1=(f1,f2,f5)   f1: f5 - f2 | …`.)
            if section.question == .question(5) || section.question?.tripletNumber != nil,
               let (statement, rest) = Self.tripletGap(line, maths: maths) {
                math.append(MathFragment(fragment: statement, proseBefore: "", plainText: true))
                plainLine(rest)
                return
            }
            var given = line
            var opened = false
            // (Not under part 5.j: a paragraph opened so on another triplet,
            // `(8) Triplet 8 is (6, 4, 2): …` after a line that began part
            // 5.7, would give its values to part j; it is left unread.)
            if section.question == .question(5), let opening = Self.tripletOpening(line, worded: true) {
                given = line.replacing([(opening.label, String(opening.statement.text))])
                opened = true
            }
            // `t3: f1 - f6` under `Gradients with respect to f_2:`: the row
            // is that triplet's derivative with respect to the sample headed.
            // `∂/∂f₁ of L₄, L₆, L₇, L₈: 0`: a chain of the losses' derivatives
            // (under a sample's heading, one of its rows).
            // `d/df1: f5 - f2  d/df2: 0`: entries apart by wide spaces, each with its head.
            given = Self.spacedHeads(given)
            given = Self.bareOperatorHeads(given) ?? given
            let overLosses = Self.operatorOverLosses(given)
            var row: Fragment?
            if overLosses == nil, let sample = headedSample {
                row = Self.rowOfSample(given, sample: sample)
                if row == nil { headedSample = nil }
            }
            var written = overLosses ?? row ?? given
            // A printed structure's edge (`{`, `},`), a printed dictionary's
            // entry, a list of the triplets in code, a printed log's labels.
            if Self.bracketsOnly(written.text) { return }
            if let entries = Self.printedEntries(written, question: section.question, triplets: part.triplets) {
                math += entries.map { MathFragment(fragment: $0, proseBefore: "", plainText: true) }
                return
            }
            if let list = Self.codeTripletList(written) {
                math.append(MathFragment(fragment: list, proseBefore: "", plainText: true))
                return
            }
            written = Self.loggedLine(written, question: section.question, triplets: part.triplets) ?? written
            // `all 0 (hinge inactive)`, `all three grads are 0` under
            // Question 2 or 3: one value for the three derivatives.
            if section.question == .question(2) || section.question == .question(3), let all = Self.allRolesInWords(written) {
                math.append(MathFragment(fragment: all, proseBefore: "", plainText: true))
                return
            }
            var line = Self.derivativeInWordsIs(written)
            // `(hinge inactive: L = 0 near the point)`: a remark in
            // parentheses, words in it, is no answer's line; but one that
            // gives named samples a value in words (`(gradient w.r.t. f3,
            // f4, f6 is 0)`) is read as that sentence.
            if Self.isRemark(line.text) {
                guard let inside = Self.bracketedValueInWords(line, hypothetical: hypothetical) else { return }
                line = inside
            }
            // `f_1: anchor twice (t1, t2); never negative.`: the roles a
            // sample plays, in words, head its working; no answer.
            if Self.namesRolesInWords(line.text) { return }
            // `grads wrt f1..f6, active hinge:` over the parts, `Gradients
            // with respect to f_2:` over the lines of that sample: no answer.
            if Self.announcesSampleRange(line.text) { return }
            // `Summing over k = 1..8:` over Question 6's sums: words about an index.
            if Self.announcesIndexRange(line.text) { return }
            // (Under Question 5, a sample's name alone heads its rows too: `*f₁:*`.)
            if let sample = Self.sampleHeading(line.text) ?? (section.question == .question(5) ? Self.bareSampleHeading(line.text) : nil) {
                headedSample = sample
                return
            }
            // A sentence without `=` that gives a value in words
            // ("all others are 0") is that value, not a formula.
            if !line.text.contains("="), var zero = Self.valueInWords(in: line, hypothetical: hypothetical),
               !Self.readsSampleCells(line, question: section.question, maths: maths) {
                // A line whose sentence opens it, not on a joining word
                // (`Everything else is 0 since …` under `∂L/∂f₁ = …, …`),
                // starts a sentence: samples the lines before named are not
                // the ones it speaks of. (Only when its words before the
                // value name no sample: `The rest f_2, f_5, f_6 are zero`
                // after `… = f_1 - f_4.` goes on with the derivatives' sentence;
                // nor after it: `Zero for f3, f4, f6.` names its samples.)
                let namesNone = !line.text.unicodeScalars.prefix(zero.sentence.upperBound).contains { $0.properties.numericType != nil }
                    && line.text.range(of: #"[fF]_?\{?[0-9₀-₉]"#, options: .regularExpression) == nil
                // (The clause of the rest cut from values before it, `…
                // and f2 - f4 for f4 and f6, while the gradients with respect
                // to f1 and f5 are zero`, names its own samples: those named
                // before, given a value or not, are none of its.)
                let ownNames = clauseOfRest && !namesNone
                let opening = namesNone && Self.lineOpensSentence(line, at: zero.sentence.isEmpty ? zero.value.fragment.start : nil,
                                                                  sentence: zero.sentence) ? ". " : ""
                if zero.sentence.isEmpty { zero.value.proseBefore = opening + zero.value.proseBefore }
                let namesAfter = Self.namesAfterValue(in: line, at: zero.sentence.upperBound)
                zero.value.ownClause = ownNames && zero.sentence.isEmpty && namesAfter?.names == nil
                ownValues(line, after: zero.after)
                // `and ∂L₁/∂f₃, ∂L₁/∂f₄ and ∂L₁/∂f₆ are 0`: derivatives named
                // before it are listed before one `= 0`.
                // (Not when the line goes on after the value: `…, and dL1/df5
                // is f5 - f1` would be left unread.)
                if !zero.sentence.isEmpty, !(zero.after.components(separatedBy: ". ").first ?? "").contains(where: { $0.isLetter || $0.isNumber }),
                   let listed = Self.headsBeforeValue(line, names: zero.sentence, value: zero.value, maths: maths) {
                    math.append(listed)
                    return
                }
                // The samples its words name (`With respect to f3, f4
                // and f6 the gradient is 0`) are read before it, as
                // maths in TeX would be.
                if !zero.sentence.isEmpty {
                    // `… on f_3, f_4, f_5 (gradient 0)`: the names end where
                    // the bracket around the value opens.
                    let scalars = Array(line.text.unicodeScalars)
                    var names = zero.sentence
                    if let open = names.last(where: { scalars[$0] == "(" }), !scalars[open..<names.upperBound].contains(")") {
                        names = names.lowerBound..<open
                    }
                    // `f2, f5, f6: the derivative is zero`: words after a
                    // colon that name nothing are not the names'.
                    if let colon = names.last(where: { scalars[$0] == ":" }), !scalars[colon..<names.upperBound].contains(where: { $0.properties.numericType != nil }) {
                        names = names.lowerBound..<colon
                    }
                    // `gradient w.r.t. f3, f4 and f6 is 0`: the names are
                    // those after the words that announce them (the head in
                    // words before is no derivative without its value).
                    let said = String(String.UnicodeScalarView(scalars[names]))
                    if let lead = Self.afterLastRespectLead(said) {
                        names = (names.lowerBound + lead)..<names.upperBound
                    }
                    var words = MathFragment(fragment: line.slice(names), proseBefore: opening, plainText: true)
                    words.namesSamples = true
                    words.ownClause = ownNames
                    math.append(words)
                }
                // `The derivative is zero for f2, f5, f6.`: the samples named
                // after the value are read before it too.
                if let names = namesAfter?.names {
                    var words = MathFragment(fragment: line.slice(names), proseBefore: "", plainText: true)
                    words.namesSamples = true
                    words.ownClause = ownNames && zero.sentence.isEmpty
                    math.append(words)
                }
                math.append(zero.value)
                addedNames(line, value: zero)
                // (`…, f_5 - f_2 for f_1, …` after the names: the rest of
                // the sentence, a sentence of its own.)
                if let rest = namesAfter?.rest {
                    math.append(MathFragment(fragment: line.slice(rest), proseBefore: ". ", plainText: true))
                }
                return
            }
            if let (label, rest) = Self.labelledTriplets(line, maths: maths) {
                math.append(MathFragment(fragment: rest, proseBefore: label, plainText: true))
                return
            }
            // `t1 = (f₁, f₂, f₅):` over its answers: the colon labels what
            // follows, as after `$t_1 = (…)$:`; the statement is the line.
            if let stated = Self.tripletBeforeColon(line, maths: maths) {
                math.append(MathFragment(fragment: stated, proseBefore: "", plainText: true))
                return
            }
            let resulted = Self.leadingArrows(Self.workingArrow(Self.headSeparators(Self.tripletSourcesSetAside(Self.correctedTail(Self.valuesThenSamples(Self.roleAsideStated(Self.trailingRemarkSetAside(line), question: section.question), maths: maths), maths: maths), question: section.question), question: section.question, maths: maths), maths: maths), maths: maths)
            var piece = MathFragment(fragment: Self.separatingTriplets(Self.separatingBars(resulted)), proseBefore: opened ? "triplet " : "", plainText: true)
            piece.opensParagraph = opened
            math.append(piece)
        }
        func inlines(_ list: [Inline]) {
            defer {
                if let value = pendingZero { math.append(value) }
                pendingZero = nil
            }
            func isMath(_ i: Int) -> Bool { if i < list.count, case .math = list[i] { return true }; return false }
            var skip = 0
            for (n, inline) in list.enumerated() {
                if skip > 0 { skip -= 1; continue }
                switch inline {
                case .text(let t):
                    text(t, first: n == 0, followedByMath: isMath(n + 1), following: Array(list[(n + 1)...]))
                case .math(let m):
                    if m.display, let cells = Self.answerTableCells(m, announced: Self.announcesDerivatives(leafBefore + list[..<n]), denied: Self.deniesDerivatives(leafBefore + list[..<n]), maths: maths,
                                                                   triplets: part.triplets) {
                        math += Self.rowsOfTheirOwnParts(cells, in: section)
                        prose = ""
                        continue
                    }
                    // `…, and the gradient is $0$ for $z_3$, $z_4$, $z_6$.`: a zero
                    // announced in words, its samples named after it in maths:
                    // it waits for them, as a value in words does (never the
                    // last answer's next line).
                    // (So too a zero listed after the answers, `…, and $0$ for
                    // $f_2$, $f_4$, $f_6$`: its "for" and the samples alone
                    // after it say whose it is.)
                    let listed = prose.range(of: #"(,|\band)\s*$"#, options: .regularExpression) != nil
                    if !m.display, pendingZero == nil, Self.isZero(m.tex.text), Prose.announcesResult(prose) || listed, isMath(n + 2),
                       case .text(let next) = list[n + 1], Self.announcesNames(String(next.text)), Self.onlySamplesFollow(list, from: n + 2) {
                        var value = MathFragment(fragment: m.tex, proseBefore: prose + " the gradients are ")
                        value.inWords = true
                        pendingZero = value
                        prose = ""
                        skip = 1
                        continue
                    }
                    var piece = MathFragment(fragment: m.display ? displayed(m.tex) : m.tex, proseBefore: prose, display: m.display)
                    if pendingZero != nil { piece.namesSamples = true }
                    // `$\frac{\partial L}{\partial f_i} = 0$ for $i = 3, 4, 6$`:
                    // the condition in the sentence joins its maths.
                    if let (joined, consumed, rest) = Self.indexConditionAfter(m.tex, in: list, at: n) {
                        piece.fragment = joined
                        skip = consumed
                        math.append(piece)
                        prose = ""
                        if let rest { text(rest, first: false, followedByMath: isMath(n + consumed + 1)) }
                        continue
                    }
                    func blank(_ inline: Inline) -> Bool {
                        if case .text(let t) = inline { return t.text.allSatisfy(\.isWhitespace) }
                        return false
                    }
                    let alone = list[..<n].allSatisfy(blank)
                    piece.ownParagraph = alone && list[(n + 1)...].allSatisfy(blank)
                    piece.leadsProse = alone && list[(n + 1)...].contains { if case .text = $0 { !blank($0) } else { false } }
                    if n + 1 < list.count, case .text(let after) = list[n + 1] { piece.proseAfter = String(after.text.prefix(80)) }
                    // The words of the rest of its sentence ("… $A$, $B$ and $C$ respectively.").
                    var rest = ""
                    for inline in list[(n + 1)...] {
                        guard case .text(let t) = inline else { continue }
                        if let stop = t.text.firstRange(of: ". ") ?? t.text.firstRange(of: ".\n") { rest += t.text[..<stop.lowerBound]; break }
                        rest += t.text + " "
                    }
                    piece.sentenceRest = String(rest.prefix(400))
                    piece.labels = alone && list[(n + 1)...].allSatisfy { inline in
                        if case .text(let t) = inline { return t.text.allSatisfy { $0.isWhitespace || $0 == ":" } }
                        return false
                    } && list[(n + 1)...].contains { if case .text(let t) = $0 { t.text.contains(":") } else { false } }
                    math.append(piece)
                    prose = ""
                }
            }
        }
        // A paragraph read as the rows of the grid the code block before it heads.
        var gridRows: Set<Int> = []
        // The sample of the group by sample being read (`**Gradients with
        // respect to $f_1$**` over `- $L_1$: $f_5 - f_2$`, …), Question 5 itself.
        var groupSample: Int?
        for (number, leaf) in section.leaves.enumerated() where !gridRows.contains(number) {
            let first = math.count
            defer {
                for i in first..<math.count { math[i].paragraph = number }
                if case .paragraph(let list) = leaf.block.kind { leafBefore = list } else { leafBefore = [] }
            }
            if section.question == .question(5), case .paragraph(let list) = leaf.block.kind, let sample = Self.sampleGroupHeading(list) {
                groupSample = sample
                continue
            }
            if section.question == .question(5), case .heading(_, let list) = leaf.block.kind, let sample = Self.sampleGroupHeading(list) {
                groupSample = sample
                continue
            }
            if let sample = groupSample, case .paragraph(let list) = leaf.block.kind, let row = Self.sampleGroupItem(list, sample: sample) {
                inlines(row)
                continue
            }
            groupSample = nil
            switch leaf.block.kind {
            case .paragraph(let list):
                // Columns aligned by spaces or tabs in a paragraph of plain
                // text, after a line of words or not (`grads wrt f1..f6:` over
                // `t   dL/df_1   dL/df_2 …`, a row a triplet): the table of
                // answers as in a code block; the words around it as they are.
                let announced = Self.announcesDerivatives(leafBefore), denied = Self.deniesDerivatives(leafBefore)
                var cells: [MathFragment] = []
                // (A header of working's columns, `gradient⇥terms⇥total`, heads rows of working, read line by line.)
                let workingHeader = Inline.source(of: list).split(separator: "\n").contains { Self.tabbedWorkingHeader($0) != nil }
                if !Self.hasMath(leaf.block), !workingHeader, let split = AnswerTable.gridInParagraph(list, accepts: { table in
                    cells = AnswerTable.read(table, announced: announced, denied: denied, maths: maths, triplets: part.triplets) ?? []
                    return !cells.isEmpty
                }) {
                    if !split.before.isEmpty { inlines(split.before) }
                    math += Self.rowsOfTheirOwnParts(cells, in: section)
                    prose = ""
                    if !split.after.isEmpty { inlines(split.after) }
                } else if hasMath, section.question == .question(5), let joined = Self.joinedParagraph(list),
                          let rows = Self.sampleParagraphRows(joined, tex: true) {
                    // `Sample 1 ($f_1$) is …. Its gradient is $f_5 - f_2$ in
                    // triplet 1, …`: the rows it says, one per triplet.
                    math.append(MathFragment(fragment: rows, proseBefore: prose))
                    prose = ""
                } else {
                    inlines(list)
                }
            case .heading(_, let list):
                inlines(list)
            case .displayMath(let m):
                // `\begin{array}` laid out as a table of answers (a row per
                // triplet, a column per derivative): read as that table (as
                // in a paragraph's display, above).
                if let cells = Self.answerTableCells(m, announced: Self.announcesDerivatives(leafBefore), denied: Self.deniesDerivatives(leafBefore), maths: maths,
                                                     triplets: part.triplets) {
                    math += Self.rowsOfTheirOwnParts(cells, in: section)
                } else {
                    math.append(MathFragment(fragment: displayed(m.tex), proseBefore: prose, display: true))
                }
                prose = ""
            case .code(let language, let code):
                // Columns aligned by spaces (`d/df_1    d/df_2 …` over
                // `5.1 t1    f_5 - f_2    …`): a table, read as one when it
                // is a table of answers.
                // A grid whose header is indented deeper than its rows
                // (`            dL/df_1    dL/df_2 …` over `  5.1 (1,2,5)   f_5 - f_2 …`):
                // Markdown's indentation cuts it into code and the paragraph
                // on the next line; it is read whole.
                // (A header of working's columns, `⇥working⇥sum`, heads rows of
                // working, read line by line below.)
                let workingHeader = code.lines().contains { Self.tabbedWorkingHeader($0.text) != nil }
                let rows = number + 1 < section.leaves.count && !workingHeader
                    ? AnswerTable.gridRows(section.leaves[number + 1].block, under: code) : nil
                let grid = rows.map { AnswerTable.joined(code, $0) } ?? code
                if let table = AnswerTable.aligned(grid), let cells = AnswerTable.read(table, announced: Self.announcesDerivatives(leafBefore), denied: Self.deniesDerivatives(leafBefore), maths: maths,
                                                                       triplets: part.triplets),
                   !cells.isEmpty {
                    math += Self.rowsOfTheirOwnParts(cells, in: section)
                    prose = ""
                    if rows != nil { gridRows.insert(number + 1) }
                    continue
                }
                // A code cell's statements compute; what it prints is read.
                let fragment = Self.withoutStatements(code, language: language)
                inlines(MathDelimiters.scan(fragment).pieces.map { piece in
                    switch piece {
                    case .text(let t): .text(t)
                    case .math(let m): .math(m)
                    }
                })
            case .table(let table):
                if let read = AnswerTable.read(table, announced: Self.announcesDerivatives(leafBefore), denied: Self.deniesDerivatives(leafBefore), maths: maths,
                                               triplets: part.triplets) {
                    // A note right under it correcting one cell (`Correction to the
                    // table: in the t₄ row the ∂L/∂f₂ entry should read f₄ − f₃`).
                    let (cells, noted) = Self.withCellNote(read, table: number, in: section)
                    if noted { gridRows.insert(number + 1) }
                    math += Self.rowsOfTheirOwnParts(cells, in: section)
                } else if let triplets = TripletTable.read(table) {
                    math += triplets
                } else {
                    // The cells a triplet was stated from (its label, its
                    // members, their headers) are read there and nowhere else.
                    let stated = TripletTable.statedCells(table, maths: maths)
                    math += stated.fragments
                    for (r, row) in table.rows.enumerated() {
                        for (c, cell) in row.enumerated() where !stated.cells.contains([r, c]) { inlines(cell.inlines) }
                    }
                }
                prose = ""
            default:
                continue
            }
        }
        return math
    }

    /// A plain-text line that states one triplet and ends in a colon
    /// (`t1 = (f₁, f₂, f₅):`): the statement without the colon; nil otherwise.
    ///
    /// So too when the words after the colon only restate the triplet's
    /// roles in its own order (`t2 = (1, 3, 4): anchor 1, positive 3,
    /// negative 4.`, `… anchor f1, positive f3, negative f4`); roles that
    /// say otherwise than the triplet leave the line as it was, for a person.
    static func tripletBeforeColon(_ line: Fragment, maths: MathContext) -> Fragment? {
        let scalars = Array(line.text.unicodeScalars)
        guard let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return nil }
        var end = last
        var restated: [Int]?
        if scalars[last] != ":" {
            guard let colon = scalars.firstIndex(of: ":"),
                  let roles = rolesRestated(String(String.UnicodeScalarView(scalars[(colon + 1)...]))) else { return nil }
            end = colon
            restated = roles
        }
        while end > 0, scalars[end - 1].properties.isWhitespace { end -= 1 }
        let stated = line.slice(0..<end)
        let span = maths.span(stated.text, plainText: true)
        guard span.items.count == 1, case .success(let triplet)? = TripletShape.read(span.items[0], naming: SampleNaming()),
              restated == nil || restated == triplet.members else { return nil }
        return stated
    }

    /// The samples of `anchor 1, positive 3, negative 4.` (`anchor f1`,
    /// `anchor f_1`, `anchor: 1`; commas or semicolons between), in that
    /// order; nil for any other words.
    static func rolesRestated(_ words: String) -> [Int]? {
        let pattern = #/^\s*anchor:?\s*(?:f_?)?([1-6])\s*[,;]\s*positive:?\s*(?:f_?)?([1-6])\s*[,;]\s*(?:and\s+)?negative:?\s*(?:f_?)?([1-6])\s*\.?\s*$/#
        guard let m = try? pattern.ignoresCase().wholeMatch(in: words),
              let a = Int(m.1), let p = Int(m.2), let n = Int(m.3) else { return nil }
        return [a, p, n]
    }

    /// Adverbs between "is" and a value in words that change nothing.
    static let zeroAdverbs: Set<String> = ["also", "likewise", "again", "still", "just", "clearly", "trivially", "exactly", "too"]

    /// A value in words: "… are zero", "is 0", "all vanish" — the value
    /// 0, placed at its word, with the sentence before it as its prose.
    /// It answers only the samples the sentence names or the others it
    /// speaks of ("the gradients with respect to $f_3$ and $f_4$ are zero",
    /// "the remaining gradients are zero"); the derivative reader reads
    /// nothing else from it.
    static func valueInWords(in text: Fragment, hypothetical: Set<String> = []) -> (value: MathFragment, after: String, sentence: Range<Int>)? {
        let words = ProseWords(text.text).words
        let linking: Set<String> = ["are", "is", "be", "all", "equal", "equals", "both", "identically", "simply", "gradient", "gradients", "derivative", "derivatives",
                                    "grad", "grads", "deriv", "derivs", "get", "gets"]
        let scalars = Array(text.text.unicodeScalars)
        guard let index = words.lastIndex(where: { word in
            if ["vanish", "vanishes"].contains(word.text) { return true }
            guard word.text == "zero" || word.text == "0" || word.text == "nothing" else { return false }
            guard let i = words.firstIndex(where: { $0.offset == word.offset }) else { return false }
            if i > 0 && linking.contains(words[i - 1].text) && word.text != "nothing" { return true }
            // (An adverb between that changes nothing: "it is also 0", "is again zero".)
            if i > 1 && Self.zeroAdverbs.contains(words[i - 1].text) && linking.contains(words[i - 2].text) && word.text != "nothing" { return true }
            if zeroAfterHaving(words.map(\.text), at: i) { return true }
            // "(others zero)", "the rest: 0": the samples left named just
            // before the value, opening its sentence or remark.
            if i > 0, restOpening(words[..<i], in: scalars, before: word.offset) { return true }
            // "Zero for $f_3$, $f_4$, $f_6$.", "(zero for f3, f4, f6)": the
            // value opening its sentence or a remark in brackets, the
            // samples it is about announced after it.
            let k = openerBefore(word.offset, in: scalars)
            let opens = opensSentence(at: k, in: scalars)
            let after = String(String.UnicodeScalarView(scalars[(word.offset + word.text.unicodeScalars.count)...]))
            // `$f_1$, $f_5$, $f_6$: zero (not in this triplet).`, `f1, f5,
            // f6: zero`: the value after a colon that closes the samples'
            // names (maths just before it, or a plain-text list of samples),
            // nothing after it but a remark in brackets.
            if opens, k >= 0, scalars[k] == ":", namesOnly(scalars[..<k]), remarkOnly(after) { return true }
            // `All other f's: 0.`, `The remaining ones: zero`: so after a
            // colon that closes words naming the samples left.
            if opens, k >= 0, scalars[k] == ":", restOnly(scalars[..<k]), remarkOnly(after) { return true }
            return opens && after.range(of: namesLead + #"\s"#, options: [.regularExpression, .caseInsensitive]) != nil
        }) else { return nil }
        // The sentence: from the last full stop before the value.
        var start = words[index].offset
        // (Not the stop of an abbreviation: "the gradients w.r.t. f3, f4, f6 are zero".)
        while start > 0, !(scalars[start - 1] == "." && (start == scalars.count || scalars[start].properties.isWhitespace)
                           && !Prose.endsAbbreviation(scalars, start - 1)) { start -= 1 }
        // `… with respect to f1 through f6, in that order, are 0, f4 - f3,
        // …`: the first of values the sentence states in turn (its words
        // pair them, or another value follows after a comma) is no value
        // of all the samples named; the derivative reader pairs them.
        let valueEnd = words[index].offset + words[index].text.unicodeScalars.count
        let next = scalars[valueEnd...].drop { $0 == " " || $0 == "*" || $0 == "_" }
        // (A value after the comma: `0`, or a sample then a sign, `f4 - f3`;
        // not a sample added, `…, f_6 as well`.)
        if next.first == ",", case let rest = next.dropFirst().drop(while: { $0 == " " }), let lead = rest.first,
           lead == "0" || lead == "f" && rest.dropFirst().drop(while: { $0 == "_" || $0 == "{" || $0 == "}" || $0.properties.numericType != nil })
               .drop(while: { $0 == " " }).first.map({ "-−+".unicodeScalars.contains($0) }) == true { return nil }
        var stop = valueEnd
        while stop < scalars.count, !(scalars[stop] == "." && (stop + 1 == scalars.count || scalars[stop + 1].properties.isWhitespace)) { stop += 1 }
        if DerivativeContext.pairsInTurn(String(String.UnicodeScalarView(scalars[start..<stop]))) { return nil }
        let at = text.location(at: words[index].offset)
        // (A sentence before it in the text ends there: its full stop goes
        // with the prose, so that the value's sentence is its own.)
        var prose = (start > 0 ? ". " : "") + String(String.UnicodeScalarView(scalars[start..<words[index].offset]))
        if words[index].text.hasPrefix("vanish") { prose += " are " }
        // "Zero for …", in a question of derivatives: the value opens its
        // sentence and is the derivatives' (as "the gradients are zero for …").
        if index == 0 || !linking.contains(words[index - 1].text) && !words[index].text.hasPrefix("vanish") { prose += " the gradients are " }
        // "… is zero for the others": whose value it is comes after it.
        var end = words[index].offset
        while end < scalars.count, !(scalars[end] == "." && (end + 1 == scalars.count || scalars[end + 1].properties.isWhitespace)) { end += 1 }
        if words[(index + 1)...].contains(where: { $0.offset < end && ["others", "rest", "remaining"].contains($0.text) }) { prose += " the others" }
        // ("Zero for the three samples not in this triplet", "nothing for
        // the other samples": the samples left named after it.)
        else if index + 1 < words.count, words[index + 1].offset < end, namesTheRestAfter(String(String.UnicodeScalarView(scalars[words[index + 1].offset..<end]))) { prose += " the others" }
        // A condition in its clause before the value (`hypothetical`).
        var clause = start
        for k in start..<words[index].offset where scalars[k] == ";" { clause = k }
        // An exception in its clause, before or after the value
        // ("Everything else is zero except for f3, whose gradient is …",
        // "all but f3 are zero"): the value is not all the samples named, so
        // it is for a person.
        let exceptions: Set<String> = ["except", "excluding", "besides", "but", "apart"]
        if words[..<index].contains(where: { $0.offset >= clause && (hypothetical.contains($0.text) || exceptions.contains($0.text)) }) { return nil }
        // "(gradient 0 only if the hinge is inactive)": a value under a
        // condition is no value of the samples named.
        // (A sample given its own value after it, "…, except f3, which gets
        // f3 - f1", is no exception to the value: it is read on its own,
        // `ownValueClauses`.)
        let afterValueWord = words[index].offset + words[index].text.unicodeScalars.count
        let own = ownValueClauses(in: text, after: String(String.UnicodeScalarView(scalars[min(afterValueWord, scalars.count)...]))).map(\.range)
        if words[(index + 1)...].contains(where: { word in
            word.offset < end && !own.contains { $0.contains(word.offset) }
                && (["if", "only", "when", "whenever", "unless"].contains(word.text) || exceptions.contains(word.text))
        }) { return nil }
        var fragment = MathFragment(fragment: Fragment("0", start: at), proseBefore: prose)
        fragment.inWords = true
        let afterValue = words[index].offset + words[index].text.unicodeScalars.count
        let after = String(String.UnicodeScalarView(scalars[min(afterValue, scalars.count)...]))
        fragment.clauseAfter = String(after.prefix { !".;\n".contains($0) }.prefix(200))
        return (fragment, after, start..<words[index].offset)
    }

    /// Where the text before `offset` ends once spaces and emphasis marks
    /// (`*`, `_`) are passed over: the index of the last other scalar, or -1.
    static func openerBefore(_ offset: Int, in scalars: [Unicode.Scalar]) -> Int {
        var k = offset - 1
        while k >= 0, scalars[k] == " " || scalars[k] == "*" || scalars[k] == "_" { k -= 1 }
        return k
    }

    /// Whether what stands at `k` (from `openerBefore`) opens a sentence or
    /// a remark: the text's or a line's start, a colon, an opening bracket
    /// (`(zero for f3, f4, f6)`), or a full stop not in a number.
    static func opensSentence(at k: Int, in scalars: [Unicode.Scalar]) -> Bool {
        k < 0 || scalars[k] == "\n" || scalars[k] == ":" || scalars[k] == "("
            || scalars[k] == "." && (k == 0 || !Prose.isDigit(scalars[k - 1]))
    }

    /// A value right after the words for the samples left, which open its
    /// sentence, a remark in brackets or a clause after `;` or `,`:
    /// `(others zero)`, `(the rest 0)`, `All others: 0.`, `Remaining:
    /// zero`, `…, $f_5 \mapsto f_1 - f_5$; rest 0.`. Only spaces or a colon
    /// stand between the words and the value (`the others, zero for f3` is
    /// not).
    static func restOpening(_ before: ArraySlice<ProseWords.Word>, in scalars: [Unicode.Scalar], before value: Int) -> Bool {
        guard let rest = before.last, ["others", "rest", "remaining"].contains(rest.text) else { return false }
        let between = scalars[(rest.offset + rest.text.unicodeScalars.count)..<value]
        guard between.allSatisfy({ $0 == " " || $0 == ":" }) else { return false }
        var start = rest.offset
        if before.count >= 2, let lead = before.dropLast().last, ["the", "all"].contains(lead.text),
           scalars[(lead.offset + lead.text.unicodeScalars.count)..<rest.offset].allSatisfy({ $0 == " " }) {
            start = lead.offset
        }
        let k = openerBefore(start, in: scalars)
        return opensSentence(at: k, in: scalars) || scalars[k] == ";" || scalars[k] == ","
    }

    /// Whether a line's value in words opens a sentence of its own: the
    /// sentence holding it (or, when it has none before the value, the
    /// value at `value`) starts the line, its first word no word that
    /// joins it to the line before ("and", "or", "but", "so", "while").
    static func lineOpensSentence(_ line: Fragment, at value: SourceLocation?, sentence: Range<Int>) -> Bool {
        let text = line.text.drop { $0.isWhitespace || $0 == "-" || $0 == "*" }
        if let value { guard value == line.location(at: line.text.unicodeScalars.count - text.unicodeScalars.count) else { return false } }
        else { guard sentence.lowerBound == 0 || line.text.unicodeScalars.prefix(sentence.lowerBound).allSatisfy({ $0.properties.isWhitespace }) else { return false } }
        let first = text.prefix { $0.isLetter }.lowercased()
        return !first.isEmpty && !["and", "or", "but", "so", "while", "whereas", "then", "also", "with", "for", "wrt", "w"].contains(first)
    }

    /// Whether the words before a colon, from their line's or sentence's
    /// start, name the samples left and nothing else: "All other f's",
    /// "The remaining ones", "Everything else", "Others".
    static func restOnly(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        var start = scalars.endIndex
        while start > scalars.startIndex, scalars[start - 1] != "\n", scalars[start - 1] != ";",
              !(scalars[start - 1] == "." && start < scalars.endIndex && scalars[start] == " ") { start -= 1 }
        let w = DerivativeContext.words(of: String(String.UnicodeScalarView(scalars[start...])))
        let leading: Set<Substring> = ["all", "the", "every", "any", "each", "for"]
        guard let first = w.firstIndex(where: { !leading.contains($0) }) else { return false }
        switch w.count - first {
        case 1: return ["others", "rest"].contains(w[first])
        case 2: return w[first] == "everything" && w[first + 1] == "else"
            || ["other", "remaining"].contains(w[first]) && DerivativeContext.namesOtherSamples(w, at: first)
        case 3: return ["other", "remaining"].contains(w[first]) && DerivativeContext.namesOtherSamples(w, at: first)
        default: return false
        }
    }

    /// Whether a value in words at `i` is what the samples have, after a
    /// verb of having: "… has zero gradient", "the others get a zero
    /// gradient", "receive zero derivatives" (zero, then the word of
    /// derivatives); "f3, f4, f6 get nothing", "the rest receive nothing".
    static func zeroAfterHaving(_ words: [String], at i: Int) -> Bool {
        let having: Set<String> = ["has", "have", "get", "gets", "receive", "receives", "contribute", "contributes"]
        let verb = i > 1 && words[i - 1] == "a" ? i - 2 : i - 1
        guard verb >= 0, having.contains(words[verb]) else { return false }
        if words[i] == "nothing" { return verb == i - 1 }
        return i + 1 < words.count && ["gradient", "gradients", "derivative", "derivatives", "grad", "grads"].contains(words[i + 1])
    }

    /// Whether the words after a value in words give it to the samples
    /// left: "for the three samples not in this triplet", "for the other
    /// samples", "for every other embedding", "for the samples outside t_1".
    /// (Its clause only, up to `,`, `;` or `.`, naming no sample by number:
    /// "for f3 since it is not in the triplet" names f3.)
    static func namesTheRestAfter(_ text: String) -> Bool {
        // (A triplet's label, `t1`, `t_1`, `L_1`, names no sample; nor does
        // the value restated in brackets, `(0)`.)
        let clause = String(text.prefix { !",;.".contains($0) })
            .replacingOccurrences(of: #"\b[tTL]_?\{?[0-9₀-₉]+\}?"#, with: "t", options: .regularExpression)
            .replacingOccurrences(of: #"\(\s*0\s*\)"#, with: "", options: .regularExpression)
        // (`… and it is 0 with respect to every other sample`: so too.)
        guard clause.range(of: #"^\s*(?:for|to|on|with\s+respect\s+to|wrt|w\.r\.t\.?)\s"#, options: [.regularExpression, .caseInsensitive]) != nil,
              !clause.contains(where: \.isNumber) else { return false }
        var said = DerivativeContext()
        said.sentence = clause
        let w = said.words
        return said.namesSamplesOutside || w.indices.contains { ["other", "remaining"].contains(w[$0]) && DerivativeContext.namesOtherSamples(w, at: $0) }
    }

    /// A plain-text line with the samples left named in brackets right after
    /// the words that say they are the ones left (`All other derivatives (f1,
    /// f5, f6) are 0`, `the rest (f_2, f_5, f_6) are zero`, `others (f₁, f₃)
    /// are 0`): the brackets taken away (`All other derivatives f1, f5, f6
    /// are 0`), so that the list is read as the names the value is given to,
    /// never as a triplet, and its value is not read as the last answer's.
    static func restNamesUnbracketed(_ line: Fragment) -> Fragment {
        let text = String(line.text)
        guard text.contains("("), let regex = restNamesInBrackets else { return line }
        let ns = text as NSString
        var pieces: [(range: Range<Int>, text: String)] = []
        for m in regex.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
            let open = m.range(at: 1), close = m.range(at: 2)
            // (Offsets in scalars, as fragments count.)
            let scalars = { (at: Int) in ns.substring(to: at).unicodeScalars.count }
            pieces.append((scalars(open.location)..<scalars(open.location + open.length), ""))
            pieces.append((scalars(close.location)..<scalars(close.location + close.length), ""))
        }
        return pieces.isEmpty ? line : line.replacing(pieces)
    }

    /// Words naming the samples left, then a list of two samples or more in
    /// brackets (its `(` and `)` captured).
    private static let restNamesInBrackets = try? NSRegularExpression(
        pattern: #"(?i)\b(?:others?|rest|remaining)\b[^()\n.;:=]{0,40}?(\()\s*(?:f_?\{?[0-9]\}?|f[₁-₆])(?:\s*(?:,|,?\s*and)\s*(?:f_?\{?[0-9]\}?|f[₁-₆]))+\s*(\))"#)

    /// A plain-text line split before a clause that gives a value in
    /// words after maths (`dL/df_4 = f_1 - f_4; the gradients with respect
    /// to f_2, f_5, f_6 are zero.`, `…, dL/df_6 = f_2 - f_6, and it does not
    /// depend on f_3, f_4, f_5 (gradient 0).`): the clause starts after the
    /// last `;`, `, and`, `, while` or `, whereas` before the value, or
    /// at its sentence's start (`dL/df_4 = f_1 - f_4. The rest (f_2, f_5,
    /// f_6) are zero.`: after the full stop that ends the sentence of maths),
    /// holds no `=`, and the line before it does. Any other line is
    /// returned whole.
    /// (Values in words before it count as `=`: `The gradient w.r.t. f1 is
    /// f5 - f2, w.r.t. f2 it is f2 - f1 …; for f3, f4 and f6 it is 0.`,
    /// "is", "are" or "equals" before a value in samples; `statesInWords`.)
    static func valueClauseSplit(_ line: Fragment, hypothetical: Set<String> = []) -> [Fragment] {
        guard let zero = valueInWords(in: line, hypothetical: hypothetical) else { return [line] }
        let scalars = Array(line.text.unicodeScalars)
        func follows(_ i: Int, by word: String) -> Bool {
            var k = i + 1
            while k < scalars.count, scalars[k] == " " { k += 1 }
            let w = word.unicodeScalars
            return k + w.count < scalars.count && zip(scalars[k...], w).allSatisfy { $0 == $1 } && !Prose.isLetter(scalars[k + w.count])
        }
        // (`valueInWords` starts the sentence after a full stop that ends one.)
        let sentenceStop = zero.sentence.lowerBound > 0 && scalars[zero.sentence.lowerBound - 1] == "." ? zero.sentence.lowerBound - 1 : nil
        // `… with respect to fa is 0, with respect to fp it is 0 and with
        // respect to fn it is also 0`: clauses each opening on "with respect
        // to" (after a comma, a semicolon or "and"), the part before holding
        // a value in words of its own: each clause read alone, in turn.
        // (The clause holds nothing but the sample and its value's verb: no
        // other value, no comma.)
        if let cut = zero.sentence.last(where: { i in
               guard scalars[i] == "," || scalars[i] == ";" || scalars[i] == " " && follows(i, by: "and") else { return false }
               let clause = String(String.UnicodeScalarView(scalars[(i + 1)..<zero.sentence.upperBound]))
               return Self.opensOnRespect(clause) && !clause.contains(",") && !clause.contains(";") && !statesInWords(clause)
           }), !scalars[..<zero.sentence.upperBound].contains("="),
           // (Only when no value follows it: `…, and with respect to fn it
           // is fa - fn` after the last 0 leaves the line as it was.)
           Self.sampleNamed.firstMatch(in: zero.after, range: NSRange(zero.after.startIndex..., in: zero.after)) == nil,
           case let before = line.slice(0..<cut),
           valueInWords(in: before, hypothetical: hypothetical) != nil {
            return valueClauseSplit(before, hypothetical: hypothetical) + [line.slice((cut + 1)..<scalars.count)]
        }
        // (A head's colon, `∂/∂f₁: f₅ − f₂; …; rest 0`, states as `=` does.)
        guard line.text.contains("=") || statesInWords(line.text) || statesByHead(line.text) else { return [line] }
        guard let cut = zero.sentence.last(where: { i in
            scalars[i] == ";" || scalars[i] == "," && ["and", "while", "whereas"].contains { follows(i, by: $0) }
        }) ?? sentenceStop else { return [line] }
        guard !scalars[(cut + 1)..<zero.sentence.upperBound].contains("="),
              scalars[..<cut].contains("=") || statesInWords(String(String.UnicodeScalarView(scalars[..<cut])))
                || statesByHead(String(String.UnicodeScalarView(scalars[..<cut]))) else { return [line] }
        // (A clause about another triplet, `…, whereas for t1 the gradients
        // … are zero`: the line is left whole, as before.)
        let clause = String(String.UnicodeScalarView(scalars[(cut + 1)...]))
        if clause.range(of: #"(?<![A-Za-z])[tT]_?\{?[0-9]"#, options: .regularExpression) != nil { return [line] }
        return [line.slice(0..<cut), line.slice((cut + 1)..<scalars.count)]
    }

    /// A sample named in plain text or TeX (`f5`, `f_{a}`, `F₃`): a value
    /// after a value in words.
    static let sampleNamed = try! NSRegularExpression(pattern: #"[fF]\s*_?\{?\s*[0-9₀-₉apnₐₚₙ]"#)

    /// Whether a clause opens on "with respect to" (`w.r.t.`, `wrt`), maybe
    /// after "and", "the"/"its" and "gradient"/"derivative".
    static func opensOnRespect(_ clause: String) -> Bool {
        respectOpening.firstMatch(in: clause, options: [.anchored], range: NSRange(clause.startIndex..., in: clause)) != nil
    }

    /// `opensOnRespect`'s shape, compiled once.
    private static let respectOpening = try! NSRegularExpression(
        pattern: #"\s*(?i:and\s+)?(?i:(?:the|its)\s+(?:gradient|derivative)\s+)?(?i:with\s+respect\s+to|w\.r\.t\.?|wrt)\s"#)

    /// Whether plain text states a value in samples after "is", "are" or
    /// "equals" (`… w.r.t. f1 is f5 - f2`, `it is (f2 - f1)`), as `=` would;
    /// "f3 is not in the triplet" states none. So does a value in samples
    /// right before the sample it is for (`gradient f_5 - f_2 with respect
    /// to f_1`, `I get f2 - f6 for f5`).
    static func statesInWords<S: StringProtocol>(_ text: S) -> Bool {
        let text = String(text)
        return valueAfterVerb.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// `statesInWords`' shape, compiled once.
    private static let valueAfterVerb = try! NSRegularExpression(
        pattern: #"(?i)\b(?:is|are|equals)\s+[-−(]*\s*f_?\{?[0-9₀-₉]"#
            + #"|\bf_?\{?[0-9₀-₉]\}?\)?\s+(?:with\s+respect\s+to|w\.r\.t\.?|wrt|for)\s+f_?\{?[0-9₀-₉]"#)

    /// The words after a value in words that announce the samples it is
    /// about ("for", "w.r.t.", "with respect to (all) (the) samples"), as a
    /// pattern's start: the TeX reader ends it at the maths, plain text at
    /// the names.
    static let namesLead = #"^\s*(for|w\.?r\.?t\.?|with respect to)( (all )?(the )?(samples?|embeddings?|vectors?))?"#

    /// Words after a value in words that announce the samples it is
    /// about: "… is zero for", "… vanishes with respect to (the samples)".
    /// Whether the inlines from `start` to the end of the sentence are
    /// samples' names (`$f_3$`, `$\mathbf f_4$`) joined by `,` or "and",
    /// then the sentence's end: nothing else that a waiting value could
    /// be given to (`… and $f_5 - f_1$ for $f_5$` is not).
    static func onlySamplesFollow(_ list: [Inline], from start: Int) -> Bool {
        var k = start
        while k < list.count {
            switch list[k] {
            case .math(let m):
                // (By its letters: the sheet's declared letters, `z_3`, are not known here.)
                guard undecorated(m.tex.text).range(of: #"^[A-Za-z]_?\d$"#, options: .regularExpression) != nil else { return false }
            case .text(let t):
                if joinsNames(t.text) { break }
                // The sentence ends: `.`, `;` or a line's end, nothing but
                // spaces before; or its reason follows (`… since they are not
                // in this triplet`, `(not involved)`).
                return t.text.range(of: #"^\s*([.;]|$|\n)"#, options: .regularExpression) != nil
                    || t.text.range(of: #"^\s*,?\s*(since|because|as they|as none|\()"#, options: [.regularExpression, .caseInsensitive]) != nil
            }
            k += 1
        }
        return true
    }

    /// Maths that is zero alone, under any decoration: `0`, `\mathbf{0}`,
    /// `\vec 0`, `\boldsymbol{0}`.
    static func isZero(_ tex: Substring) -> Bool { undecorated(tex) == "0" }

    /// TeX without the decorations a sample or a zero wears (`\mathbf`,
    /// `\boldsymbol`, `\bm`, `\vec`, `\mathrm`, `\symbf`), braces and spaces.
    static func undecorated(_ tex: Substring) -> String {
        var t = String(tex)
        for command in ["\\mathbf", "\\boldsymbol", "\\bm", "\\vec", "\\mathrm", "\\symbf"] { t = t.replacingOccurrences(of: command, with: "") }
        return t.filter { !"{} ".contains($0) }
    }

    static func announcesNames(_ after: String) -> Bool {
        after.range(of: namesLead + #"\s*$"#, options: [.regularExpression, .caseInsensitive]) != nil
    }

    /// Words between the samples a value is about: `, `, ` and `, `, and `.
    static func joinsNames(_ text: Substring) -> Bool {
        text.range(of: #"^\s*(,|,?\s*and|&)?\s*$"#, options: .regularExpression) != nil
    }

    /// The samples named after a value in words in a plain-text line
    /// (`The derivative is zero for f2, f5, f6.`): the range from after
    /// the words that announce them to the sentence's end, or nil; and,
    /// when the names are followed by other values in the sentence (`0 for
    /// f_3, f_4 and f_6, f_5 - f_2 for f_1, …`), the names only, then the
    /// range of the rest, read as a sentence of its own after the value
    /// (before, the value went to every sample the rest named).
    static func namesAfterValue(in line: Fragment, at value: Int) -> (names: Range<Int>?, rest: Range<Int>?)? {
        let scalars = Array(line.text.unicodeScalars)
        var k = value
        while k < scalars.count, Prose.isLetter(scalars[k]) || scalars[k].properties.numericType != nil { k += 1 }
        var end = k
        while end < scalars.count, !(scalars[end] == "." && (end + 1 == scalars.count || scalars[end + 1].properties.isWhitespace)) { end += 1 }
        let rest = String(String.UnicodeScalarView(scalars[k..<end]))
        guard let lead = rest.range(of: namesLead + #"\s+"#, options: [.regularExpression, .caseInsensitive]) else { return nil }
        let start = k + rest[lead].unicodeScalars.count
        // (`Nothing for the other samples (0).`: the value restated in
        // brackets after them is no name.)
        if let restated = rest.range(of: #"\s*\(\s*0\s*\)\s*$"#, options: .regularExpression) {
            end -= rest[restated].unicodeScalars.count
        }
        guard start < end else { return nil }
        let named = String(String.UnicodeScalarView(scalars[start..<end]))
        if valueAmongNames.firstMatch(in: named, range: NSRange(named.startIndex..., in: named)) != nil {
            let ns = named as NSString
            let length = leadingNames.firstMatch(in: named, range: NSRange(location: 0, length: ns.length))?.range.length ?? 0
            let namesEnd = start + ns.substring(to: length).unicodeScalars.count
            return (namesEnd > start ? start..<namesEnd : nil, namesEnd..<end)
        }
        return (start..<end, nil)
    }

    /// A value among the names after a value in words: a sample, a sign
    /// and another sample or a number (`f_5 - f_2`, `f1-f5`).
    private static let valueAmongNames = try! NSRegularExpression(
        pattern: #"(?<![A-Za-z])[fF]_?\{?[0-9₀-₉]+\}?\s*[-−+*·]\s*\(?\s*(?:[fF]_?\{?[0-9₀-₉]|[0-9])"#)

    /// Samples' names joined by `,`, "and" or `&` at a text's start.
    private static let leadingNames = try! NSRegularExpression(
        pattern: #"^(?:\s*(?:,\s*|and\s+|&\s*)?(?<![A-Za-z])[fF]_?\{?[0-9₀-₉]+\}?(?![A-Za-z0-9_{}]|\s*[-−+*·]))+"#)

    /// The samples added after a value in words by words that say the
    /// value is theirs too (`… are zero, and f_3 too.`, `…, f_3 as well`,
    /// `…, and so is f_3`, `…, as is the one w.r.t. f_3`, `…, and also
    /// f₃`): their range in `line`, names in plain text joined by `,` or
    /// "and", or nil. Left unread, the value would be dropped for them; read,
    /// a sample answered otherwise too is answered twice.
    static func namesAddedAfterValue(in line: Fragment, at value: Int) -> Range<Int>? {
        let scalars = Array(line.text.unicodeScalars)
        var k = value
        while k < scalars.count, Prose.isLetter(scalars[k]) || scalars[k].properties.numericType != nil { k += 1 }
        let rest = String(String.UnicodeScalarView(scalars[k...]))
        let ns = rest as NSString
        guard let m = namesAddedExpression.firstMatch(in: rest, range: NSRange(location: 0, length: ns.length)),
              m.range(at: 1).location != NSNotFound || m.range(at: 3).location != NSNotFound else { return nil }
        let names = m.range(at: 2)
        let start = k + ns.substring(to: names.location).unicodeScalars.count
        return start..<(start + ns.substring(with: names).unicodeScalars.count)
    }

    /// The words right after a value in words that add samples to it: ", and
    /// so is", "as is", "also", "likewise" (group 1, when they are there).
    /// (`namesAddedExpression` and `addsBeforeMaths` start with them.)
    private static let addingWords = #"(?i)^\s*[,;]?\s*(?:and\s+)?((?:so|also|likewise|as)\s+(?:(?:is|are|does|do)\s+)?)?"#

    /// `, and (so is|also|likewise) [the one w.r.t.] NAMES (too|as well|also)`:
    /// group 1 the words before the names that add them, 2 the names, 3
    /// the words after them that do.
    private static let namesAddedExpression = try! NSRegularExpression(pattern:
        addingWords + #"(?:(?:for\s+|(?:the\s+)?(?:ones?|gradients?|derivatives?)\s+)?(?:w\.?r\.?t\.?|wrt|with respect to|for)\s+)?((?:[A-Za-z]_?\{?[0-9]\}?|[A-Za-z][₀-₉])(?:\s*(?:,|,?\s*and)\s*(?:[A-Za-z]_?\{?[0-9]\}?|[A-Za-z][₀-₉]))*)(?![A-Za-z0-9_])\s*(too|as well|also)?\s*(?:[.;)]|$)"#)

    /// Whether the inlines after a value in words add samples named in
    /// maths to it (`… are zero, and $f_3$ too.`, `…, as is $f_1$`, `…, and
    /// so is $f_6$`): `after`, the words after the value, are only "and",
    /// "so is", "as is", "also", "likewise" and the words that announce
    /// samples; the maths of `list` only samples' names; and the words after
    /// them "too", "as well" or "also" unless the words before said so.
    static func addsSamplesInMaths(after: String, _ list: [Inline]) -> Bool {
        let ns = after as NSString
        guard let m = addsBeforeMaths.firstMatch(in: after, range: NSRange(location: 0, length: ns.length)) else { return false }
        let said = m.range(at: 1).location != NSNotFound
        let ending = said ? #"^\s*(too|as well|also)?\s*([.;)]|$)"# : #"^\s*(too|as well|also)\s*([.;)]|$)"#
        var named = 0
        for inline in list {
            switch inline {
            case .math(let m):
                guard undecorated(m.tex.text).range(of: #"^[A-Za-z]_?\d$"#, options: .regularExpression) != nil else { return false }
                named += 1
            case .text(let t):
                if joinsNames(t.text) { continue }
                return named > 0 && t.text.range(of: ending, options: [.regularExpression, .caseInsensitive]) != nil
            }
        }
        return named > 0 && said
    }

    /// The words between a value in words and samples it adds in maths
    /// (group 1: "so is", "as is", "also", "likewise", which add them).
    private static let addsBeforeMaths = try! NSRegularExpression(pattern:
        addingWords + #"(?:(?:the\s+)?(?:ones?|gradients?|derivatives?)\s+)?(?:(?:w\.?r\.?t\.?|wrt|with respect to|for)\s+)?$"#)

    static func hasMath(_ block: Block) -> Bool {
        func any(_ inlines: [Inline]) -> Bool { inlines.contains { if case .math = $0 { true } else { false } } }
        switch block.kind {
        case .paragraph(let i), .heading(_, let i): return any(i)
        case .displayMath: return true
        case .table(let t): return t.rows.contains { $0.contains { any($0.inlines) } }
        case .code(_, let f): return MathDelimiters.scan(f).pieces.contains { if case .math = $0 { true } else { false } }
        default: return false
        }
    }

    /// The whole lines of a text run that begin with a derivative head or
    /// with `=` (quote marks and code fences aside), read by the grammar as
    /// plain text. A run's first line may share its line with maths before
    /// it, and its last with maths after.
    static func derivativeLines(in text: Fragment, startsLine: Bool, followedByMath: Bool, maths: MathContext,
                                question: QuestionID? = nil, triplets: [[Int]] = []) -> [MathFragment] {
        var result: [MathFragment] = []
        let lines = text.lines()
        for (n, line) in lines.enumerated() {
            if (n == 0 && !startsLine) || (n == lines.count - 1 && followedByMath) { continue }
            let lead = line.text.prefix { " \t>-*+`".contains($0) }
            var piece = line.slice(lead.unicodeScalars.count..<line.count)
            // A printed dictionary's entry, a list of the triplets in code,
            // a printed log's labels (`Q5 t1 (1, 2, 5) grad_f1 = …`).
            if let entries = printedEntries(piece, question: question, triplets: triplets) {
                result += entries.map { MathFragment(fragment: $0, proseBefore: "", plainText: true) }
                continue
            }
            if let list = codeTripletList(piece) {
                result.append(MathFragment(fragment: list, proseBefore: "", plainText: true))
                continue
            }
            piece = loggedLine(piece, question: question, triplets: triplets) ?? piece
            guard piece.text.contains("=") else { continue }
            if let (label, rest) = labelledTriplets(piece, maths: maths) {
                result.append(MathFragment(fragment: rest, proseBefore: label, plainText: true))
                continue
            }
            // A line read as maths: `= …` (or `&= …`) is a line of a chain
            // (it continues the open claim, or is reported; never left
            // unread); otherwise its first item must be a derivative.
            let naming = SampleNaming(bareRoles: true)
            let span = maths.span(piece.text, plainText: true)
            let items = MathItem.splittingProse(span.items, in: span.tree, naming: naming)
            guard let item = items.first else { continue }
            // A derivative anywhere after prose words ("so dL/df1 = …"); one
            // that cannot be read only where the line starts with it.
            let continues = item.continuesChain && item.separator == .start
            let stated = items.contains { if case .success? = $0.head(naming) { true } else { false } }
            // `t₃ = (f₂, f₁, f₆)` in plain text among TeX maths: a triplet
            // stated, for the triplet reader (the derivative reader skips it).
            // So is `(a, p, n) = (1, 2, 5)`, the members after the roles named in order.
            let triplet: Bool = {
                guard item.separator == .start else { return false }
                if case .success? = TripletShape.read(item) { return true }
                let members = withoutRolesLead(item)
                return members.nodes.count != item.nodes.count && TripletShape.readUnlabelled(members) != nil
            }()
            guard continues || stated || triplet || (item.separator == .start && item.head(naming) != nil) else { continue }
            result.append(MathFragment(fragment: piece, proseBefore: "", plainText: true))
        }
        return result
    }

    /// A display that is one `array` laid out as a table of answers (a
    /// row per triplet, a column per derivative): its cells, read as that
    /// table; nil for any other display.
    static func answerTableCells(_ display: MathSource, announced: Bool = false, denied: Bool = false, maths: MathContext,
                                 triplets: [[Int]] = []) -> [MathFragment]? {
        Table.mathArray(display).flatMap { AnswerTable.read($0, announced: announced, denied: denied, maths: maths, triplets: triplets) }
    }

    /// Whether words before a table deny that its cells are derivatives
    /// ("these are not the gradients", "but first the distances").
    static func deniesDerivatives<S: Sequence<Inline>>(_ inlines: S) -> Bool {
        let text = inlines.compactMap { if case .text(let t) = $0 { String(t.text).lowercased() } else { nil } }.joined(separator: " ")
        return denyingWords.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// `deniesDerivatives`' words, compiled once.
    private static let denyingWords = try! NSRegularExpression(pattern: #"\bnot (the )?(derivatives|gradients|partials)\b|\bbut first\b"#)

    /// Whether the words and maths just before a table say that its cells
    /// are derivatives (`Entry $(k, i)$ of the matrix is $\frac{\partial
    /// L_k}{\partial f_i}$:`, "the gradients, one row per triplet"): a
    /// derivative's sign in the maths, or the word.
    static func announcesDerivatives<S: Sequence<Inline>>(_ inlines: S) -> Bool {
        // (Words that deny it, "these are not derivatives", "but first the
        // distances", announce nothing.)
        if deniesDerivatives(inlines) { return false }
        let text = inlines.compactMap { if case .text(let t) = $0 { String(t.text).lowercased() } else { nil } }.joined(separator: " ")
        return text.split(whereSeparator: { !$0.isLetter }).contains(where: derivativeWords.contains) || inlines.contains { inline in
            if case .math(let m) = inline { return ["\\partial", "∂", "\\nabla", "∇"].contains { m.tex.text.contains($0) } }
            return false
        }
    }

    /// The words of `announcesDerivatives`.
    private static let derivativeWords: Set<Substring> = ["derivative", "derivatives", "gradient", "gradients", "partial", "partials"]

    /// The maths of a derivative in a general index with the condition on
    /// its index that the sentence states after it, `$… f_i} = 0$ for $i =
    /// 3, 4, 6$` (or `for $i \in \{3, 4, 6\}$`, `for i = 3, 4 and 6` in
    /// words): the maths with `\quad \text{for } i \in \{3, 4, 6\}` after
    /// it, at the condition's place, as `indexList` reads it; how many
    /// inlines after it that took, and the text left after the condition.
    static func indexConditionAfter(_ tex: Fragment, in list: [Inline], at n: Int) -> (Fragment, Int, Fragment?)? {
        guard ["_i", "{i}", "_j", "{j}", "_k", "{k}"].contains(where: { tex.text.containsBytes($0) }),
              n + 1 < list.count, case .text(let words) = list[n + 1] else { return nil }
        let condition = #"^\s*([ijk])\s*(?:=|\\in|∈|in)\s*(?:\\\{|\{)?\s*([0-9]+(?:\s*(?:,|and|\\text\{\s*and\s*\})\s*[0-9]+)*)\s*(?:\\\}|\})?\s*$"#
        let lead = #"^\s*,?\s*(?:for all|for every|for each|for|when|if)\s+"#
        func set(_ numbers: Substring) -> String {
            numbers.replacingOccurrences(of: #"\\text\{\s*and\s*\}|and"#, with: ",", options: .regularExpression)
                .split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: ", ")
        }
        func joined(_ letter: Substring, _ numbers: Substring, at location: SourceLocation) -> Fragment {
            var builder = FragmentBuilder()
            builder.append(tex)
            builder.append(" \\quad \\text{for } \(letter) \\in \\{\(set(numbers))\\}", at: location)
            return builder.build(or: tex.start)
        }
        let text = String(words.text)
        guard let leadMatch = text.range(of: lead, options: .regularExpression) else { return nil }
        let afterLead = text[leadMatch.upperBound...]
        // `for $i = 3, 4, 6$`: the condition is the next maths, nothing else after "for".
        // (Only where the sentence, or a clause of it, ends there: not
        // "for $i = 1, 2, 5$ only if …".)
        let endsThere: Bool = {
            guard n + 3 < list.count, case .text(let next) = list[n + 3] else { return true }
            let trimmed = next.text.drop { $0 == " " || $0 == "\t" }
            return trimmed.isEmpty || trimmed.first.map { ".,;:)\n".contains($0) } == true
        }()
        if afterLead.allSatisfy(\.isWhitespace), endsThere, n + 2 < list.count, case .math(let m) = list[n + 2], !m.display,
           let c = try? Regex(condition).wholeMatch(in: String(m.tex.text)),
           let letter = c.output[1].substring, let numbers = c.output[2].substring {
            return (joined(letter, numbers, at: m.tex.start), 2, nil)
        }
        // `for i = 3, 4 and 6.` in words: up to the sentence's end.
        let scalars = text.unicodeScalars
        let start = scalars.distance(from: scalars.startIndex, to: leadMatch.upperBound.samePosition(in: scalars) ?? scalars.endIndex)
        var end = start
        let chars = Array(scalars)
        while end < chars.count, !(chars[end] == "." && (end + 1 == chars.count || chars[end + 1] == " " || chars[end + 1] == "\n")), chars[end] != ";", chars[end] != "\n" { end += 1 }
        let phrase = String(String.UnicodeScalarView(chars[start..<end]))
        guard let c = try? Regex(condition).wholeMatch(in: phrase), let letter = c.output[1].substring, let numbers = c.output[2].substring else { return nil }
        let rest = end < chars.count ? words.slice(end..<chars.count) : nil
        return (joined(letter, numbers, at: words.location(at: start)), 1, rest)
    }

    /// Whether a plain-text line restates the question, `Q: …` (the
    /// answer's own mark, `A: …`, is no restatement).
    static func restatesQuestion(_ text: Substring) -> Bool {
        let trimmed = text.drop { $0 == " " || $0 == "\t" }
        return trimmed.hasPrefix("Q: ") || trimmed.hasPrefix("Q:\t")
    }

    /// Whether a plain-text line is a remark: all of it in one pair of
    /// parentheses (perhaps in emphasis, `*(ran out of time)*`), with a
    /// word of three letters or more and a space in it.
    static func isRemark(_ text: Substring) -> Bool {
        var trimmed = String(text).trimmingWhitespace()
        while let first = trimmed.first, let last = trimmed.last, first == last, first == "*" || first == "_", trimmed.count > 2 {
            trimmed = String(trimmed.dropFirst().dropLast())
        }
        guard trimmed.hasPrefix("("), trimmed.hasSuffix(")"), trimmed.contains(" ") else { return false }
        var depth = 0
        for (n, c) in trimmed.enumerated() {
            if c == "(" { depth += 1 }
            if c == ")" { depth -= 1; if depth == 0, n + 1 < trimmed.count { return false } }
        }
        return trimmed.split(whereSeparator: { !$0.isLetter }).contains { $0.count >= 3 && !$0.hasPrefix("f") }
    }

    /// The words that announce the samples a value in words is about, and
    /// the space after them: "w.r.t.", "wrt", "with respect to".
    static let respectLead = #"(?i)\b(w\.r\.t\.?|wrt|with respect to)\s+"#
    private static let respectLeadExpression = try! NSRegularExpression(pattern: respectLead)

    /// Where the last of those words and its space end in `said`, in
    /// scalars (`gradient w.r.t. f3, f4 is 0` → at `f3`); nil without them.
    static func afterLastRespectLead(_ said: String) -> Int? {
        let ns = said as NSString
        guard let last = respectLeadExpression.matches(in: said, range: NSRange(location: 0, length: ns.length)).last else { return nil }
        return ns.substring(to: last.range.location + last.range.length).unicodeScalars.count
    }

    /// The samples' names written in plain text that a value in words is
    /// given to, in prose beside the sheet's maths: after the words that
    /// announce them ("w.r.t.", "wrt", "with respect to"), only names
    /// (`f_2`, `f2`, `f₂`) joined by `,` or "and", then only the words
    /// that link them to the value (`The gradients w.r.t. f_2, f_5 and f_6
    /// are zero.`, `(the gradient wrt f3 and f4 is 0)`). Their range in
    /// `text`, or nil (`w.r.t. f_2 and the margin is 0` names something else).
    static func plainNamesBeforeValue(in text: Fragment, sentence: Range<Int>) -> Range<Int>? {
        let scalars = Array(text.text.unicodeScalars)
        guard sentence.upperBound <= scalars.count else { return nil }
        let said = String(String.UnicodeScalarView(scalars[sentence]))
        // (Or the names open the sentence: `f3, f4, f6 get nothing`, or a
        // colon closing them, `f3, f4, f6: 0 (not involved)`, beside the
        // sheet's maths.)
        let closedByColon = said.trimmingWhitespace().hasSuffix(":")
        let lead = Self.afterLastRespectLead(said) ?? 0
        let start = sentence.lowerBound + lead
        let linking: Set<Substring> = ["are", "is", "all", "both", "each", "equal", "equals", "to", "identically", "simply", "then", "the", "gradient",
                                       "gradients", "derivative", "derivatives", "and", "has", "have", "get", "gets", "receive", "receives", "a"]
        var end = start
        var named = 0
        var k = start
        while k < sentence.upperBound {
            while k < sentence.upperBound, [" ", ",", "\t"].contains(scalars[k]) { k += 1 }
            var e = k
            while e < sentence.upperBound, ![" ", ",", "\t"].contains(scalars[e]) { e += 1 }
            guard e > k else { break }
            var word = Substring(String(String.UnicodeScalarView(scalars[k..<e])))
            let closes = closedByColon && word.count > 1 && word.hasSuffix(":")
            if closes { word = word.dropLast() }
            if isIndexed(word, letter: "f") {
                named += 1
                end = closes ? e - 1 : e
                if closes { break }
            } else if word != "and" {
                break
            }
            k = e
        }
        let rest = String(String.UnicodeScalarView(scalars[end..<sentence.upperBound]))
        guard named > 0, rest.lowercased().split(whereSeparator: { !$0.isLetter }).allSatisfy(linking.contains) else { return nil }
        return start..<end
    }

    /// The inside of a remark in brackets that gives samples it names a
    /// value in words (`(gradient w.r.t. f3, f4, f6 is 0)`, `(the gradients
    /// with respect to f2, f5, f6 are zero)`), or nil: only when the words
    /// announce the samples ("w.r.t.", "wrt", "with respect to") or the
    /// value opens the remark (`(zero for f3, f4, f6)`, `(others zero)`,
    /// `(f3, f4, f6: 0)`; `opensWithValue`), and no condition holds it.
    static func bracketedValueInWords(_ line: Fragment, hypothetical: Set<String>) -> Fragment? {
        let scalars = Array(line.text.unicodeScalars)
        guard let open = scalars.firstIndex(of: "("), let close = scalars.lastIndex(of: ")"), open < close else { return nil }
        let inside = line.slice((open + 1)..<close)
        // (`(the other three samples get 0)`, `(all other gradients are
        // zero)`: words naming the samples left, then their value.)
        guard inside.text.range(of: Self.respectLead, options: .regularExpression) != nil || opensWithValue(inside.text)
                || MathItem.namesTheRest(String(inside.text)),
              !inside.text.contains("="), valueInWords(in: inside, hypothetical: hypothetical) != nil else { return nil }
        return inside
    }

    /// Whether a remark's words open with a value in words and the samples
    /// it is for: the value then "for" (`zero for f3, f4, f6`, `0 for …`),
    /// the samples left then the value (`others zero`, `the rest: 0`), or
    /// samples' names, a colon and the value alone (`f3, f4, f6: 0`), a
    /// reason in words after it or not (`f3, f4, f6: zero, they are not in
    /// this triplet`: no number, colon or `=` in it).
    static func opensWithValue(_ words: Substring) -> Bool {
        let text = String(words)
        return valueOpeningPattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// `opensWithValue`'s shape, compiled once.
    private static let valueOpeningPattern = try! NSRegularExpression(
        pattern: #"^\s*(?:(?:zero|0)\s+for\s|(?:(?:all|the)\s+)?(?:others|rest|remaining)\s*:?\s*(?:zero|0)\s*$|[^:]*:\s*(?:zero|0)\s*(?:[,;][^0-9:=]*)?$)"#,
        options: [.caseInsensitive])

    /// A plain-text sentence that names a derivative in words and gives its
    /// value after "is" or "equals" (`The derivative of L with respect to
    /// fa is fn - fp.`): the verb as `=`, places kept; any other line as it is.
    static func derivativeInWordsIs(_ line: Fragment) -> Fragment {
        let text = String(line.text)
        guard let match = text.firstMatch(of: #/(?i)^\s*(?:the\s+)?(?:partial\s+)?(?:derivative|gradient|grad)\s+of\s+\S+\s+(?:with\s+respect\s+to|w\.r\.t\.?|wrt)\s+\S+(\s+(?:is|equals)\s+)/#) else { return line }
        let verb = match.output.1
        let scalars = text.unicodeScalars
        let lower = scalars.distance(from: scalars.startIndex, to: verb.startIndex.samePosition(in: scalars) ?? scalars.startIndex)
        let upper = scalars.distance(from: scalars.startIndex, to: verb.endIndex.samePosition(in: scalars) ?? scalars.startIndex)
        return line.replacing([(lower..<upper, " = ")])
    }

    /// The arrows of a plain-text line, `→`, `⟶` and `->` (not `<->`,
    /// `-->`), as ranges of its scalars.
    static func plainArrows(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var arrows: [Range<Int>] = []
        var i = 0
        while i < scalars.count {
            if scalars[i] == "\u{2192}" || scalars[i] == "\u{27F6}" {
                arrows.append(i..<(i + 1))
            } else if scalars[i] == "-", i + 1 < scalars.count, scalars[i + 1] == ">", i == 0 || !"<-".unicodeScalars.contains(scalars[i - 1]) {
                arrows.append(i..<(i + 2))
                i += 1
            }
            i += 1
        }
        return arrows
    }

    /// `Hinge inactive → constant loss → ∂L/∂fₐ = 0, …`, `→ ∂L/∂f₁ = f₅ −
    /// f₂, …` (after a part's label): in a plain-text line, arrows before
    /// its first `=` that lead on to a derivative are statement separators,
    /// as `⇒` (`\Rightarrow`) is: the derivative after the last one starts
    /// an item of its own, the words before them are the sentence's. Only
    /// when nothing before the last arrow mentions a derivative and what
    /// lies between it and the `=` is a derivative head alone; any other
    /// arrow stays the relation it is (and is reported between two sides).
    static func leadingArrows(_ line: Fragment, maths: MathContext) -> Fragment {
        let scalars = Array(line.text.unicodeScalars)
        guard let equals = scalars.firstIndex(of: "="), equals + 1 >= scalars.count || scalars[equals + 1] != ">" else { return line }
        let arrows = plainArrows(scalars).filter { $0.upperBound <= equals }
        guard let last = arrows.last else { return line }
        let naming = SampleNaming(bareRoles: true)
        let before = maths.span(line.slice(0..<last.lowerBound).text, plainText: true)
        guard !before.items.contains(where: \.mentionsDerivative) else { return line }
        let head = maths.span(line.slice(last.upperBound..<equals).text, plainText: true)
        guard head.items.count == 1, head.items[0].isBareHead(naming) else { return line }
        return line.replacing(arrows.map { ($0, "\u{21D2}") })
    }

    /// `dL/df1 = (f5 - f2) + (f4 - f3) + …  →  2f1 - 2f2 - …`: in a
    /// plain-text line, one derivative's working, then an arrow and the
    /// working simplified: the arrow gives the result, as `=` would (the
    /// working is checked against it as any chain's). Only when the line
    /// holds one arrow, after its every `=`; before it one item, a
    /// derivative head then `=` and its working; after it one value alone
    /// (no relation, no words). An arrow between statements (`L = 0 → dL/df1
    /// = 0`) stays what it is.
    static func workingArrow(_ line: Fragment, maths: MathContext) -> Fragment {
        let scalars = Array(line.text.unicodeScalars)
        let arrows = plainArrows(scalars)
        guard arrows.count == 1, let arrow = arrows.first, let equals = scalars.lastIndex(of: "="), equals < arrow.lowerBound else { return line }
        let naming = SampleNaming(bareRoles: true)
        let before = maths.span(line.slice(0..<arrow.lowerBound).text, plainText: true)
        guard before.items.count == 1, case let item = before.items[0], item.sides.count >= 2,
              item.sides.dropFirst().allSatisfy({ $0.relation == .equals && !$0.nodes.isEmpty }),
              case .success? = item.head(naming) else { return line }
        let after = maths.span(line.slice(arrow.upperBound..<scalars.count).text, plainText: true)
        guard after.items.count == 1, case let value = after.items[0], value.sides.count == 1, value.leadingProse(naming).count == 0,
              !value.mentionsDerivative, MathItem.holdsValue(value.nodes, naming) else { return line }
        return line.replacing([(arrow, "=")])
    }

    /// `dL/df1 = f5 - f2  |  dL/df2 = f2 - f1  |  …`: statements on one
    /// plain-text line set apart by a bar with space on both sides. Each
    /// such bar becomes `;` when every piece between them states something
    /// (`=`) and holds no other bar, so that `| f_a - f_p |` (an absolute
    /// value) and `||a - p||` (a norm) stay what they are.
    static func separatingBars(_ line: Fragment) -> Fragment {
        let scalars = Array(line.text.unicodeScalars)
        guard scalars.contains("|") else { return line }
        func blank(_ i: Int) -> Bool { i < 0 || i >= scalars.count || scalars[i] == " " || scalars[i] == "\t" }
        let bars = scalars.indices.filter { scalars[$0] == "|" }
        let cuts = bars.filter { blank($0 - 1) && blank($0 + 1) }
        guard !cuts.isEmpty, cuts.count == bars.count else { return line }
        let bounds = [-1] + cuts + [scalars.count]
        for n in 0..<(bounds.count - 1) where !scalars[(bounds[n] + 1)..<bounds[n + 1]].contains("=") { return line }
        return line.replacing(cuts.map { ($0..<($0 + 1), ";") })
    }

    /// A plain-text line of triplets set apart by spaces alone, `t1 = (f1,
    /// f2, f5)  t2 = (f1, f3, f4)`: a comma after each `)` that two spaces
    /// or more and a triplet's label (`t2 =`, `T2=`) follow, places kept.
    static func separatingTriplets(_ line: Fragment) -> Fragment {
        let scalars = Array(line.text.unicodeScalars)
        var cuts: [Int] = []
        for (i, c) in scalars.enumerated() where c == ")" {
            var j = i + 1
            while j < scalars.count, scalars[j] == " " || scalars[j] == "\t" { j += 1 }
            guard j - i > 2, j + 1 < scalars.count, scalars[j] == "t" || scalars[j] == "T" else { continue }
            var k = j + 1
            if k < scalars.count, scalars[k] == "_" { k += 1 }
            let digits = k
            while k < scalars.count, Prose.isDigit(scalars[k]) { k += 1 }
            guard k > digits else { continue }
            while k < scalars.count, scalars[k] == " " { k += 1 }
            if k < scalars.count, scalars[k] == "=" { cuts.append(i + 1) }
        }
        guard !cuts.isEmpty else { return line }
        var builder = FragmentBuilder()
        var previous = 0
        for cut in cuts {
            builder.append(line.slice(previous..<cut))
            builder.append(",", at: line.location(at: cut))
            previous = cut
        }
        builder.append(line.slice(previous..<scalars.count))
        return builder.build(or: line.start)
    }

    /// `Triplets: t1 = (f1, f2, f5), t2 = …` in plain text: words before a
    /// colon, then a triplet stated. The words are the maths' prose (read as
    /// maths, the colon would open the first item and hide its triplet).
    /// The words may hold a remark in brackets that is words too
    /// (`Triplets (anchor, positive, negative): t1 = …`).
    static func labelledTriplets(_ line: Fragment, maths: MathContext) -> (String, Fragment)? {
        let scalars = Array(line.text.unicodeScalars)
        guard let colon = scalars.firstIndex(of: ":"), colon > 0, colon + 1 < scalars.count,
              isWordsLabel(scalars[..<colon]) else { return nil }
        let rest = line.slice((colon + 1)..<scalars.count)
        let span = maths.span(rest.text, plainText: true)
        guard let first = span.items.first, case .success? = TripletShape.read(first) else { return nil }
        return (String(String.UnicodeScalarView(scalars[..<colon])), rest)
    }

    /// Whether text before a colon is words only: letters, spaces and
    /// emphasis, commas, hyphens and slashes, and brackets balanced
    /// around such words (`(anchor, positive, negative)`, `[a / p / n]`);
    /// no digit, no relation.
    static func isWordsLabel(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        var depth = 0
        for c in scalars {
            switch c {
            case "(", "[": depth += 1
            case ")", "]":
                depth -= 1
                if depth < 0 { return false }
            case ",", "/", "-": continue
            default: guard Prose.isLetter(c) || " \t*_".unicodeScalars.contains(c) else { return false }
            }
        }
        return depth == 0 && scalars.contains(where: Prose.isLetter)
    }

    func problem(_ id: AnswerID, _ location: SourceLocation, _ reason: String, detail: String? = nil) -> SheetProblem {
        SheetProblem(id: id, location: location, reason: reason, detail: detail)
    }
}

extension AnswerID {
    /// Text of `question` at `location` that no answer claims.
    static func unplaced(_ question: QuestionID, _ location: SourceLocation) -> AnswerID {
        AnswerID(question, .unplaced(line: location.line, column: location.column))
    }
}

/// A piece of maths with the prose just before it, which says whether a bare
/// expression is an answer's result (`which gives $…$`) or a mention
/// (`where $f_5$ is the negative`).
struct MathFragment {
    var fragment: Fragment
    var proseBefore: String
    /// Displayed maths (a block of its own, `$$`), not inline.
    var display = false
    /// Inline maths that is the whole of its paragraph.
    var ownParagraph = false
    /// The block it stands in, counted in its section.
    var paragraph = 0
    /// Inline maths that starts its paragraph, prose after it (`$f_2$ appears in …`).
    var leadsProse = false
    /// Inline maths that is all its paragraph but a colon after it
    /// (`- $f_1$:` over a display): a label of what follows, no answer.
    var labels = false
    /// The prose right after the maths in its paragraph (its start).
    var proseAfter = ""
    /// The words of the rest of its sentence, the maths between left out.
    var sentenceRest = ""
    /// A value in words: the words after it to its clause's end ("zero
    /// for the other three samples" says how many are left).
    var clauseAfter = ""
    /// A line of plain text rather than TeX: line breaks end items.
    var plainText = false
    /// A triplet stated in the words that open its paragraph, which go on
    /// to answer it (`Triplet 1 (1, 2, 5): the derivative …`;
    /// `SheetParser.tripletOpening`): the paragraph is its part.
    var opensParagraph = false
    /// A value written in words ("are zero"): it answers only the samples
    /// its sentence names.
    var inWords = false
    /// The words of a plain-text sentence before its value in words
    /// (`With respect to f3, f4 and f6` before `the gradient is 0`): read
    /// for the samples it names, never as an answer or a triplet.
    var namesSamples = false
    /// A clause of its own (the clause of the rest cut from the values
    /// before it): the samples named before it are none of its.
    var ownClause = false
    /// A line whose words give every value one change (`ChangingWords.ofEvery`,
    /// "…. All of these are multiplied by 2."): its block is for a person.
    var changesEvery = false
    /// Another question this cell answers: a table under Question 5 with
    /// a column of the sums over the triplets holds Question 6's answers;
    /// a table of several triplets' rows under part 5.j is Question 5's
    /// (5: each row answers the part its label names).
    var question: Int?
    /// The triplet a table's row or column labels this cell with.
    var tableTriplet: Int?
    /// One triplet's contribution in a table of Question 6's totals
    /// (`AnswerTable.contributionTotals`): the total's working, and
    /// Question 5.k's answer only under Question 5.
    var contribution = false
    /// Why this piece is for a person (a table's row whose triplet is not
    /// certain): reported as such, never read.
    var forPerson: String?

    init(fragment: Fragment, proseBefore: String, display: Bool = false, plainText: Bool = false) {
        self.fragment = fragment
        self.proseBefore = proseBefore
        self.display = display
        self.plainText = plainText
    }
}
