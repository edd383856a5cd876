import CoursecheckAssignment
import CoursecheckMaths
import CoursecheckNotation
import Foundation

extension SheetParser {
    /// Reads Question 4: for each of the two counts (all ordered triplets,
    /// valid ones) the stated number and the reasoning behind it, block by
    /// block.
    ///
    /// A count goes to "all" or "valid" by what the text says of it: its own
    /// words first (`36 valid triplets`, `$… = 120$ ordered triplets`,
    /// `36 are valid`); else, in a block that speaks of one kind only
    /// ("valid", or "all", "total", "ordered", "permutations", "possible"),
    /// that kind; in a block that speaks of both, the kind named last before
    /// it ("120 ordered … Valid ones: … = 36"); in a block that names
    /// neither, the kind of the block before. A count in a block of both
    /// kinds that no word before it places is reported.
    func parseCounts(_ section: SheetSection, into sheet: inout ParsedSheet, maths: MathContext) {
        // `Q4: 120 / 36`: the two figures alone, in the question's order.
        if sheet.counts.isEmpty, let (all, valid) = Self.tersePair(section) {
            sheet.counts[.all] = all
            sheet.counts[.valid] = valid
            return
        }
        // A figure left unplaced after every count read, that none of them
        // states ("… = 36 ordered selections. … so we divide by 2.⏎⏎Number
        // of triplets: 18."): the section's last word on its counts is one
        // not read, so which count is the answer is for a person.
        // So too a figure that words conclude after a block's last count
        // ("…; together 36. Hmm, but …, so halving: 18.").
        let problemsBefore = sheet.problems.count
        var concludedAfter: SourceLocation?
        // The value of the last total placed so far, by kind: the counts as
        // read so far (a class's 18 before "together 36" is not one).
        var lastPlaced: [CountClaim.Kind: Rational] = [:]
        // The words from the last block that placed a count on: that block's
        // after its last count (`after`), every later block's whole.
        var tail: [(after: Int, texts: [(offset: Int, text: Substring, location: (Int) -> SourceLocation)])] = []
        // The sheet's answers by label that no block placed (`Answer: 36`
        // after a total of its block): one that no count read states is
        // the last word on a count, for a person.
        var answersUnplaced: [(value: Int, location: SourceLocation)] = []
        defer {
            let stated = Set(lastPlaced.values)
            if concludedAfter == nil {
                concludedAfter = tail.lazy.compactMap { Self.concludedFigure(after: $0.after, $0.texts, stated: stated) }.first
                    ?? answersUnplaced.first { !stated.contains(Rational(Int64($0.value))) }?.location
            }
            if let at = concludedAfter ?? Self.figureAfterCounts(sheet.problems[problemsBefore...], counts: sheet.counts, stated: Set(lastPlaced.values)),
               !sheet.counts.isEmpty {
                sheet.counts = [:]
                sheet.problems.append(problem(.unplaced(.question(4), at), at,
                                              "a figure after the counts that none of them states: which is the answer is for a person"))
            }
        }
        var carried = CountClaim.Kind.all
        // A block without counts whose words say both kinds weakly (the
        // labels' words and "order matters"): what it carries on is in doubt.
        var carriedInDoubt = false
        var sequence = 0
        // The totals (and unread calculations) earlier blocks placed, by kind.
        var placedBefore: [CountClaim.Kind: [CountEvent]] = [:]
        // The last calculation of each kind that could not be read.
        var unreadAfter: [CountClaim.Kind: Int] = [:]
        // A section that writes figures of which nothing could be read
        // ("all triplets = 6 5 4 = 120"): its counts are for a person to
        // read, never simply missing.
        var readAny = false
        // Whether any block so far named a kind of count (in words, or a
        // count's own words).
        var namedKind = false
        // Whether a block so far named the valid ones (`namedKind` for them alone).
        var namedValid = false
        // The totals said of one class that no later calculation builds on
        // (`withoutParts`): if a count is left unstated, they may be it.
        var partsDropped: [CountEvent] = []
        defer {
            if !readAny, let (text, at) = Self.firstFigures(of: section) {
                sheet.problems.append(problem(.unplaced(.question(4), at), at, "no count could be read from this text", detail: text))
            }
            // ("Valid: $3·2·3 = 18$ for each class." and nothing more: for a
            // person, never simply missing.)
            // (A class's count is of valid triplets: only when no valid count is stated.)
            if let part = partsDropped.first, sheet.counts[.valid]?.stated == nil {
                sheet.problems.append(problem(.unplaced(.question(4), part.location), part.location,
                                              "a count said of one class only, with no total of the two", detail: part.text))
            }
        }
        // Each block, or each of its clauses when they state one count of
        // one kind each (`all = 120 (…), valid = 36 (…)`).
        // (A block's label is read before its questions are set aside: "How
        // many are valid? …" opens a block of the valid ones.)
        let groups = section.leaves.flatMap { leaf in
            let pieces = Self.withoutFirstAttempts(Self.pieces(of: leaf.block))
            let clauses = Self.countClauses(Self.signsAsText(Self.withoutQuestions(pieces)))
            let label = Self.leadingLabel(pieces)
            return clauses.enumerated().map { (pieces: $1, clause: clauses.count > 1, label: $0 == 0 ? label : nil) }
        }
        // A count corrected in words that could not be read ("(correction:
        // valid = 18)", "(valid should be 18)"): which count is the answer is
        // for a person, every count of the section unread. (A correction
        // whose figure is read is the last said, by the final-line rule.)
        var correction: SourceLocation?
        defer {
            if let at = correction, !sheet.counts.isEmpty {
                sheet.counts = [:]
                sheet.problems.append(problem(.unplaced(.question(4), at), at, "a count corrected in words: which is the answer is for a person"))
            }
        }
        // The figures that words give to someone else or doubt before them
        // in their sentence ("100, my friend says it is 120", "Maybe it is
        // 120."): one that a count states leaves the counts to a person.
        var disputed: [(value: Int, location: SourceLocation)] = []
        defer {
            let stated = Set(sheet.counts.values.compactMap(\.stated))
            if let at = disputed.first(where: { stated.contains($0.value) })?.location {
                sheet.counts = [:]
                sheet.problems.append(problem(.unplaced(.question(4), at), at,
                                              "a count given to someone else or doubted in its sentence: which is the answer is for a person"))
            }
        }
        for (group, clause, label) in groups {
            if let at = group.first?.location {
                disputed += Self.disputedFigures(group).map { ($0, at) }
            }
            var placedHere: [(CountClaim.Kind, CountEvent)] = []
            // In words of one kind, a calculation opening a bracketed remark
            // after a figure is that figure's (`120 (6*5*4, order matters)`).
            let oneKind = Self.kindsNamed(group).count == 1
            let pieces = group.flatMap { Self.arithmeticInProse($0, table: maths.table, remarks: oneKind) }
            guard !pieces.isEmpty else { continue }
            var events: [CountEvent] = []
            var qualifiers: [(offset: Int, kind: CountClaim.Kind)] = []
            // Words of the labels ("from the other class", "ignoring the
            // labels"): the kind of a block that names none otherwise.
            var classQualifiers: [(offset: Int, kind: CountClaim.Kind)] = []
            var broadAll = false
            // Where the reasoning's weaker words of all triplets stand ("ordered", "in total").
            var weakAll: [Int] = []
            var offset = 0
            var lastChain: Int?
            var saidTriplets = false
            // Where the block's sentences and clauses end (`.`, `!`, `?`, `;` before a space or
            // the end, a line break).
            var sentenceEnds: [Int] = []
            // Where the sentence holding `offset` starts (after the end before it; -1 at the block's start).
            func sentenceStart(_ offset: Int) -> Int { sentenceEnds.last(where: { $0 < offset }) ?? -1 }
            var hypotheticals: [Int] = []
            // Where words of the triplets that are not valid stand.
            var negatedValid: [Int] = []
            // Where a clause begins inside a sentence: `, ` and the words
            // that join a contrast ("whereas", "while", "but", "although").
            var clauseBreaks: [Int] = []
            var summing: [Int] = []
            // The block's words, each text at its offset.
            var texts: [(offset: Int, text: Substring)] = []
            // The same, with where each offset of its text stands in the sheet.
            var located: [(offset: Int, text: Substring, location: (Int) -> SourceLocation)] = []
            for piece in pieces {
                switch piece {
                case .text(let fragment):
                    texts.append((offset, fragment.text))
                    located.append((offset, fragment.text, fragment.location(at:)))
                    let words = ProseWords(fragment.text)
                    let scalars = Array(fragment.text.unicodeScalars)
                    for (j, c) in scalars.enumerated() where c == "\n" || "!?.;".unicodeScalars.contains(c) && (j + 1 == scalars.count || scalars[j + 1].properties.isWhitespace)
                        && !Prose.endsAbbreviation(scalars, j) {
                        sentenceEnds.append(offset + j)
                    }
                    let named = words.qualifiers()
                    qualifiers += named.map { (offset + $0.offset, $0.kind) }
                    weakAll += named.filter { $0.kind == .all && words.isWeakAll(at: $0.offset) }.map { offset + $0.offset }
                    // "in total", "in all", "altogether", "overall"
                    // (`summingPhraseLength`): words of summing, of all triplets only when nothing before them in
                    // their sentence names the valid ones (`Valid: $… = 36$ in total.`).
                    summing += words.words.indices.filter { words.summingPhraseLength(at: $0) > 0 }.map { offset + words.words[$0].offset }
                    // "would", "could": a count that is not the sheet's ("all would be 20").
                    hypotheticals += words.words.filter { ProseWords.hypotheticalWords.contains($0.text) }.map { offset + $0.offset }
                    // Counts of the triplets that are not valid ("$84$ are
                    // invalid", "No válidas: $84$") are none of the question's:
                    // as a "would", from their clause to the sentence's end.
                    negatedValid += words.words.indices.filter { words.isNegatedValid(at: $0) }.map { offset + words.words[$0].offset }
                    clauseBreaks += words.words.filter { ["whereas", "while", "but", "although", "though"].contains($0.text) }.map { offset + $0.offset }
                    clauseBreaks += scalars.indices.filter { scalars[$0] == "," && $0 + 1 < scalars.count && scalars[$0 + 1].properties.isWhitespace }
                        .map { offset + $0 }
                    classQualifiers += words.classQualifiers().map { (offset + $0.offset, $0.kind) }
                    broadAll = broadAll || words.namesAllBroadly
                    for product in words.choiceProducts() + words.timesProducts().map({ ($0.factors, $0.text, $0.offset, roles: [String?]()) }) {
                        var p = CountClaim.Product(factors: product.factors, text: product.text,
                                                   location: fragment.location(at: product.offset))
                        p.roles = product.roles
                        events.append(CountEvent(offset: offset + product.offset, own: nil, item: .product(p)))
                    }
                    // `$6 \cdot 5 \cdot 4 = 120$ unique triplets`: the
                    // calculation's result is a total stated, of the kind its
                    // words say.
                    // Only words that go on the calculation's sentence: not
                    // after a full stop or a line break ("… = 120$.\nValid
                    // triplets: …" begins another count).
                    let joined = fragment.text.prefix { $0 == " " || $0 == "\t" }.count < fragment.text.count
                        && fragment.text.drop(while: { $0 == " " || $0 == "\t" }).first.map { $0.isLetter } == true
                    let lead = words.leadingTriplets()
                    // (Not in a remark on a part after a count: `inPartRemark`.)
                    if let index = lastChain, lead.found, joined,
                       !Self.inPartRemark(texts, at: offset, after: events, sentenceEnds: sentenceEnds) {
                        events[index].statesTotal = true
                        // ("Valid triplets: $… = 36$ in total": words of summing
                        // after a count its sentence names valid give no kind.)
                        let start = sentenceStart(offset)
                        let validBefore = qualifiers.contains { $0.kind == .valid && $0.offset > start }
                            || events.contains { $0.own == .valid && $0.offset > start }
                        if !(lead.kind == .all && validBefore) { events[index].own = events[index].own ?? lead.kind }
                    }
                    for statement in words.countsOfTriplets(afterTriplets: saidTriplets)
                    where !Self.inPartRemark(texts, at: offset + statement.offset, after: events, sentenceEnds: sentenceEnds) {
                        // The sheet's answer, `Answer: 36`, with no kind of its
                        // own, only before the block's totals and words of a
                        // kind: after "All triplets = … = 120⏎" it may be
                        // either count (`answersUnplaced`).
                        if statement.kind == nil, words.answeredByLabel(offset: statement.offset),
                           events.contains(where: \.isTotal) || qualifiers.contains(where: { $0.offset < offset + statement.offset }) {
                            answersUnplaced.append((statement.value, fragment.location(at: statement.offset)))
                            continue
                        }
                        let s = CountClaim.Statement(value: statement.value, text: "\(statement.value) triplets",
                                                     location: fragment.location(at: statement.offset))
                        events.append(CountEvent(offset: offset + statement.offset, own: statement.kind, item: .statement(s)))
                    }
                    saidTriplets = saidTriplets || words.words.contains { $0.text == "triplets" }
                    lastChain = nil
                    offset += fragment.count
                case .math(let span):
                    lastChain = nil
                    for reading in readChains(span.tex, plainText: span.delimiter == "text", maths: maths) {
                        switch reading {
                        case .chain(let chain, let named):
                            // `$36/120 = 0.3$`, `$36/120 = 3/10$`: a share of
                            // the counts, or any calculation that is not of
                            // whole numbers, counts no triplets: a remark,
                            // neither a count nor a step of its reasoning.
                            if chain.values.contains(where: { !$0.isInteger }) {
                                readAny = true
                                lastChain = nil
                                offset += 1
                                continue
                            }
                            // `Valid triplets: $N_{total} = … = 36$`: the name
                            // says one kind, its sentence so far the other.
                            let thisSentence = sentenceEnds.last ?? -1
                            if let named, qualifiers.contains(where: { $0.offset > thisSentence && $0.kind != named }) {
                                sheet.problems.append(problem(.unplaced(.question(4), chain.location), chain.location,
                                    "a count whose name says one kind of triplets and whose sentence the other", detail: chain.text))
                                readAny = true
                                lastChain = nil
                                continue
                            }
                            events.append(CountEvent(offset: offset, own: named, item: .chain(chain)))
                            lastChain = events.count - 1
                        case .failure(let message, let at):
                            events.append(CountEvent(offset: offset, own: nil, item: .failure(message, at)))
                            lastChain = nil
                        }
                        offset += 1
                    }
                    offset += 1
                }
            }
            // `$6 \cdot 5 \cdot 4 = 100$, sorry, $6 \cdot 5 \cdot 4 = 120$`: a
            // calculation its words take back is withdrawn.
            events = Self.withoutRetractedCalculations(events, texts: texts)
            // A block that opens on a label of one kind (`leadingLabel`:
            // "Valid triplets:", "(b) valid:", "How many are valid?"): the
            // label says what its figures count, not the weaker words of
            // their reasoning ("Valid triplets: ordered (anchor, positive)
            // pairs in a class, 12 in total; each with 3 negatives: 36").
            // (Strong words of the other kind after it keep their place:
            // "All: 120, of which 36 are valid"; "The valid triplets: 36 …
            // Without the label constraint: … = 120".)
            if let label {
                if label == .valid {
                    qualifiers.removeAll { $0.kind == .all && weakAll.contains($0.offset) }
                    broadAll = false
                }
                qualifiers.insert((0, label), at: 0)
            }
            // Words of one kind that state their count by a figure alone,
            // with no total read (`all = 120 (6 x 5 x 4, order matters)`,
            // `120 (…) in total`): that figure is the count stated.
            if oneKind, hypotheticals.isEmpty, negatedValid.isEmpty, !events.contains(where: { $0.isTotal && !$0.isExpression }), let figure = Self.clauseFigure(pieces) {
                let s = CountClaim.Statement(value: figure.value, text: "\(figure.value)", location: figure.location)
                events.append(CountEvent(offset: -1, own: nil, item: .statement(s)))
            }
            // A count said of a case that is not the sheet's: in a sentence
            // with "would" / "could" ("If the order did not matter, all would
            // be 20"), or, in a clause of its own, of a part ("For a fixed
            // anchor, valid = 6", "per class"): neither stated nor reasoning.
            let partial = clause && Self.namesPart(group)
            // (A "would" inside brackets makes only the counts in those
            // brackets hypothetical: `120 (with repeats it would be 216)`.)
            let brackets = Self.bracketSpans(texts)
            let beforeHypotheticals = events.count
            events.removeAll { event in
                guard event.isTotal || event.isExpression else { return false }
                if partial { return true }
                let start = sentenceStart(event.offset)
                let end = sentenceEnds.first(where: { $0 >= event.offset }) ?? Int.max
                let wouldSays = hypotheticals.contains { h in
                    guard h > start && h < end else { return false }
                    // Outside brackets, from the clause the "would" stands in
                    // to the sentence's end: a count in an earlier clause is
                    // the sheet's (`$… = 120$, whereas with repeats it would
                    // be $6^3 = 216$`).
                    guard let span = brackets.last(where: { $0.contains(h) }) else {
                        return event.offset > (clauseBreaks.filter { $0 > start && $0 < h }.max() ?? start)
                    }
                    return span.contains(event.offset)
                }
                return wouldSays || negatedValid.contains { h in
                    // (Of the invalid ones, from their clause up to the
                    // clause that turns to the valid ones, if the sentence
                    // does: `That is $84$ invalid ones, so $120 - 84 = 36$
                    // valid triplets`; else to the sentence's end.)
                    guard h > start, h < end else { return false }
                    if let span = brackets.last(where: { $0.contains(h) }) { return span.contains(event.offset) }
                    guard event.offset > (clauseBreaks.filter { $0 > start && $0 < h }.max() ?? start) else { return false }
                    guard let valid = qualifiers.first(where: { $0.kind == .valid && $0.offset > h && $0.offset < end })?.offset else { return true }
                    return event.offset < (clauseBreaks.filter { $0 > h && $0 < valid }.max() ?? valid)
                }
            }
            // (A count of the block said of a case that is not the sheet's:
            // "…; together 36. If the order did not matter it would be 18,
            // and it does not, so 18.")
            let droppedHypothetical = !partial && events.count < beforeHypotheticals
            let whole = events
            events = Self.withoutParts(events, texts: texts, sentenceEnds: sentenceEnds)
            partsDropped += whole.filter { e in e.isTotal && !events.contains { $0.offset == e.offset } }
            if correction == nil, let at = Self.unreadCorrection(group, read: Set(events.compactMap(\.value))) { correction = at }
            let said = qualifiers
            qualifiers.removeAll { q in
                guard q.kind == .all, summing.contains(q.offset) else { return false }
                let start = sentenceStart(q.offset)
                // (Nor before a count of the valid ones they sum, nothing
                // between: "In total 36 valid triplets".)
                if let next = events.filter({ $0.offset > q.offset }).min(by: { $0.offset < $1.offset }),
                   next.own == .valid, sentenceStart(next.offset) == start { return true }
                // (Valid named by words, or by a count's own label: "Valid: $18$,
                // so $2·18 = 36$ in total".)
                return said.contains { $0.kind == .valid && $0.offset > start && $0.offset < q.offset }
                    || events.contains { $0.own == .valid && $0.offset > start && $0.offset < q.offset }
            }
            readAny = readAny || !events.isEmpty
            // Words of a kind with a figure of two digits or more, of which
            // no total could be read (`all = 120 (…), valid = 18 (anchor 3,
            // pos 2, neg 3) per class, so 36 over both classes`): for a
            // person, never simply missing.
            if !events.isEmpty, !events.contains(where: \.isTotal), !Self.kindsNamed(group).isEmpty,
               let at = Self.figureOfTwoDigits(pieces) {
                let text = Self.sourceText(group).split(whereSeparator: \.isWhitespace).joined(separator: " ")
                sheet.problems.append(problem(.unplaced(.question(4), at), at, "no count could be read from this text", detail: String(text.prefix(120))))
            }
            // Words about the labels name a block's kind when it has no
            // stronger words: one kind, unless the block's two totals are
            // in the question's order and sizes (`Without looking at the
            // labels: $… = 120$. Looking at them: $… = 36$`), which that
            // order tells apart; both kinds, each where it stands
            // ("Without the label constraint … $= 120$. With it: … the
            // other class …: $= 36$").
            if qualifiers.isEmpty {
                let kinds = Set(classQualifiers.map(\.kind))
                let totals = events.filter { $0.isTotal && $0.own == nil }.sorted { $0.offset < $1.offset }
                // (Both kinds in a block without counts leave the kind it
                // carries on in doubt: `carriedInDoubt`.)
                // (Of one kind with two separate totals in the other order,
                // `Without the labels: $… = 36$. With the labels: $… = 120$`,
                // nothing says which is which: left to the order rule, which
                // reports them.)
                let separate = totals.count == 2 && !totals[1].buildsOn(totals[0])
                if kinds.count == 2 && !events.isEmpty || kinds.count == 1 && !broadAll && !separate { qualifiers = classQualifiers }
            } else if Set(qualifiers.map(\.kind)).count == 1, let named = qualifiers.first?.kind {
                // Strong words of one kind ("any ordered choice … $= 120$"),
                // words about the labels of the other after them ("… the
                // negative from the other class: $= 36$"): each where it stands.
                let other = classQualifiers.filter { $0.kind != named && $0.offset > (qualifiers.map(\.offset).min() ?? 0) }
                if !other.isEmpty { qualifiers = (qualifiers + other).sorted { $0.offset < $1.offset } }
            }
            let valid = qualifiers.contains { $0.kind == .valid }
            let all = qualifiers.contains { $0.kind == .all } || (!valid && broadAll)
            var sorted = events.sorted(by: { $0.offset < $1.offset })
            // A calculation without its result right after a count whose
            // words place it ("36 are valid ($6 \cdot 2 \cdot 3$)") is that
            // count's reasoning: of its kind, unless words of the other kind
            // stand between them.
            // A product of choices in the sentence of the total it leads
            // to, whose words give that total its kind ("anchor 6 ways,
            // positive 2 ways, negative 3 ways, i.e. $6·2·3 = 36$ valid
            // triplets"): of that kind, unless words of another stand between.
            for n in sorted.indices.dropLast() where sorted[n].own == nil {
                guard case .product = sorted[n].item, let kind = sorted[n + 1].own, sorted[n + 1].isTotal,
                      !sentenceEnds.contains(where: { $0 > sorted[n].offset && $0 < sorted[n + 1].offset }),
                      !qualifiers.contains(where: { $0.kind != kind && $0.offset > sorted[n].offset && $0.offset <= sorted[n + 1].offset })
                else { continue }
                sorted[n].own = kind
            }
            for n in sorted.indices.dropFirst() where sorted[n].own == nil && sorted[n].isExpression {
                let before = sorted[n - 1]
                guard let kind = before.own, before.isTotal,
                      !qualifiers.contains(where: { $0.kind != kind && $0.offset > before.offset && $0.offset <= sorted[n].offset }) else { continue }
                sorted[n].own = kind
            }
            namedKind = namedKind || valid || all || sorted.contains { $0.own != nil }
            namedValid = namedValid || valid || sorted.contains { $0.own == .valid }
            // The kind each count of the block was given, in order.
            var decided: [(kind: CountClaim.Kind, event: CountEvent)] = []
            // The kind of the total right before a product of choices in
            // words, in its sentence, when the product comes to that total's
            // value: the product restates its working.
            func restatedKind(_ event: CountEvent) -> CountClaim.Kind? {
                guard case .product = event.item, let value = event.value else { return nil }
                let start = sentenceStart(event.offset)
                guard let nearest = decided.last(where: { $0.event.offset > start && $0.event.offset < event.offset && $0.event.isTotal }),
                      nearest.event.value == value else { return nil }
                return nearest.kind
            }
            for event in sorted {
                var kind: CountClaim.Kind
                // Whether the kind is only carried on from an earlier block.
                var byCarry = false
                if let own = event.own {
                    kind = own
                } else if valid != all {
                    // A block that names one kind: its counts are of that
                    // kind — but a total before the first word of it, with
                    // another after ("$… = 120$; valid: $… = 36$"), is the
                    // other count, unless the later one builds on it.
                    let named: CountClaim.Kind = valid ? .valid : .all
                    let first = qualifiers.filter { $0.kind == named }.map(\.offset).min()
                    // The word of the kind named after a count in its own
                    // clause, no other total between ("$36$ of them valid",
                    // "120 triplets, 36 of which are valid").
                    func namedAfter(_ event: CountEvent) -> Bool {
                        qualifiers.contains { q in
                            q.kind == named && q.offset > event.offset
                                && !sentenceEnds.contains(where: { $0 > event.offset && $0 < q.offset })
                                && !sorted.contains(where: { $0.isTotal && $0.offset > event.offset && $0.offset < q.offset })
                        }
                    }
                    // (A later total of the same value restates it: "$6·5·4 =
                    // 120$ triplets. So there are 120 triplets in all.")
                    func other(_ event: CountEvent) -> Bool {
                        guard let first, event.offset < first, event.own == nil, event.isTotal, !namedAfter(event) else { return false }
                        return sorted.contains(where: { later in
                            // (A calculation without its result is reasoning, not a total.)
                            later.offset > event.offset && later.isTotal && !later.isExpression && !later.buildsOn(event, through: sorted)
                                && (later.value == nil || later.value != event.value)
                                && (later.own == named || later.own == nil && (later.offset >= first || namedAfter(later)))
                        })
                    }
                    // A product of choices goes with the total it leads to
                    // ("6 choices for the anchor, 5 for the positive …, i.e.
                    // $120$ triplets; only … are valid").
                    let leadsTo = event.isTotal ? nil : sorted.first { $0.offset > event.offset && $0.isTotal }
                    if other(event) || leadsTo.map(other) == true {
                        kind = named == .valid ? .all : .valid
                    } else if first != nil, event.own == nil, event.isCalculation,
                              sorted.contains(where: { earlier in
                                  earlier.offset < event.offset && earlier.isCalculation && earlier.own == named
                                      && !event.buildsOn(earlier) && !earlier.buildsOn(event)
                                      && earlier.value.flatMap { a in event.value.map { b in named == .valid ? b > a : b < a } } == true
                              }) {
                        // A calculation after one its words make the count
                        // of the kind named, to a total the other kind would
                        // have (more than the valid ones, fewer than all),
                        // neither built on the other ("… $6·2·3 = 36$ valid
                        // triplets. Without the labels, $6·5·4 = 120$."):
                        // nothing says which count it is.
                        sheet.problems.append(problem(.unplaced(.question(4), event.location), event.location,
                            "a count that does not say whether it counts all triplets or the valid ones", detail: event.text))
                        continue
                    } else {
                        kind = named
                    }
                } else if !valid {
                    // A block that names neither kind: the kind it carries
                    // on — but two totals side by side ("$… = 120$ and
                    // $… = 36$") are the two counts only when their order
                    // (all, then valid) and their sizes (the valid ones are
                    // some of all) agree; otherwise they are reported.
                    let totals = sorted.filter { $0.isTotal && $0.own == nil }
                    let separate = totals.count == 2 && !totals[1].buildsOn(totals[0])
                    // (After an earlier block placed all triplets' total, two
                    // totals that do not restate it are steps of the count
                    // carried on: "This gives $6·2·3 = 36$ triplets. But …
                    // we get 18", "3·2 = 6 pairs per class, 12 pairs in all;
                    // …, so 12 · 3 = 36". Not when the block said a count of
                    // a case that is not the sheet's, which may be its last
                    // word: those are reported, as before.)
                    let restatesAll = placedBefore[.all].map { all in all.contains { $0.value != nil && $0.value == totals.first?.value } } ?? true
                    if separate, restatesAll || droppedHypothetical, let a = totals[0].value, let b = totals[1].value {
                        guard a > b else {
                            sheet.problems.append(problem(.unplaced(.question(4), event.location), event.location,
                                "a count that does not say whether it counts all triplets or the valid ones", detail: event.text))
                            continue
                        }
                        kind = event.offset == totals[0].offset ? .all : (event.offset == totals[1].offset ? .valid : carried)
                        byCarry = event.offset != totals[0].offset && event.offset != totals[1].offset
                    } else {
                        guard !carriedInDoubt else {
                            sheet.problems.append(problem(.unplaced(.question(4), event.location), event.location,
                                "a count that does not say whether it counts all triplets or the valid ones", detail: event.text))
                            continue
                        }
                        kind = carried
                        byCarry = true
                    }
                } else if !event.isTotal, let restated = restatedKind(event) {
                    // Both kinds named in the block, and a product of choices
                    // after the totals of its sentence to one of their values
                    // ("… and $6·2·3 = 36$ valid ones: 6 choices for the anchor,
                    // 2 for the positive and 3 for the negative"): it restates
                    // that total's working, and is of its kind.
                    kind = restated
                } else if let before = qualifiers.last(where: { $0.offset <= event.offset }) {
                    // Both kinds named in the block: the kind its sentence
                    // names before it — and when that sentence names both
                    // ("Valid, in total: 36"), nothing says which.
                    let start = sentenceStart(event.offset)
                    let inSentence = Set(qualifiers.filter { $0.offset > start && $0.offset <= event.offset }.map(\.kind))
                    guard inSentence.count < 2 else {
                        sheet.problems.append(problem(.unplaced(.question(4), event.location), event.location,
                            "a count whose sentence names both all triplets and the valid ones", detail: event.text))
                        continue
                    }
                    // Its sentence names no kind before it, but the other
                    // kind after it ("Of these, 36 triplets in total are
                    // valid" after "… ordered triplets."): the kind an
                    // earlier sentence named is not told to be its.
                    // (One kind named after it, the other nowhere in its
                    // sentence: "Only $6·2·3 = 36$ of them are valid." is
                    // of that kind.)
                    let end = sentenceEnds.first(where: { $0 > event.offset }) ?? Int.max
                    let after = Set(qualifiers.filter { $0.offset > event.offset && $0.offset < end }.map(\.kind))
                    if inSentence.isEmpty, after.count == 1, let named = after.first, named != before.kind {
                        kind = named
                    } else {
                        guard !inSentence.isEmpty || !after.contains(where: { $0 != before.kind }) else {
                            sheet.problems.append(problem(.unplaced(.question(4), event.location), event.location,
                                "a count whose sentence names both all triplets and the valid ones", detail: event.text))
                            continue
                        }
                        kind = inSentence.first ?? before.kind
                    }
                } else if case let start = sentenceStart(event.offset),
                          case let end = sentenceEnds.first(where: { $0 >= event.offset }) ?? Int.max,
                          case let named = Set(qualifiers.filter({ $0.offset > start && $0.offset < end }).map(\.kind)),
                          named.count == 1 {
                    // Both kinds named in the block, none before it: the one
                    // kind its own sentence names after it ("… so there are
                    // 120 triplets in total.").
                    kind = named.first!
                } else {
                    sheet.problems.append(problem(.unplaced(.question(4), event.location), event.location,
                        "a count that does not say whether it counts all triplets or the valid ones", detail: event.text))
                    continue
                }
                // A block whose words name no kind carries the last one on —
                // but not to a second total of a kind an earlier block already
                // stated (or tried to: an unread calculation), unless it is the
                // same total or builds on it ("Alle Tripel: $… = 120$.\n\n
                // Gültige Tripel: $… = 36$", "(a) $… = 120$ (b) $… = 36$"):
                // nothing says which count it is.
                // So too reasoning carried on to another value than the totals
                // placed ("All: $6·5·4 = 120$.\n\nEach anchor (6) has 2 possible
                // positives and 3 possible negatives."): not that count's.
                // (Not on a step of an earlier count, a total another one
                // builds on: `3·2·3 = 18` builds on nothing of "C(6,3) = 20
                // sets, … 3! = 6 ways, so 20·6 = 120", whatever its 3·2.)
                if byCarry, let before = placedBefore[kind], !before.isEmpty,
                   !before.contains(where: { earlier in
                       earlier.value != nil && (earlier.value == event.value
                           || event.buildsOn(earlier) && !before.contains(where: { $0.buildsOn(earlier) }))
                   }) {
                    // In a section that has named no kind, a second total
                    // after the first, smaller and not built on it ("(a) $6·5·4
                    // = 120$ (b) $6·2·3 = 36$"), answers the question's second
                    // ask as the first answered its first: the valid ones.
                    let totals = before.filter(\.isTotal)
                    // (So is a product of choices in words that leads to
                    // such a total in its sentence, to its value: "the anchor
                    // any of the 6, the positive any of the 2 others of its
                    // class, …: 6 · 2 · 3 = 36" is that total's working.)
                    let total = event.isTotal ? event : sorted.first { later in
                        later.offset > event.offset && later.isTotal && later.value == event.value
                            && sentenceStart(later.offset) == sentenceStart(event.offset)
                    }
                    // So too after blocks that named all triplets and never
                    // the valid ones ("All triplets: … = 120.⏎⏎For class 1:
                    // … ; together 36."): by its place, the question's second ask.
                    // (There, the last of the totals placed is the count
                    // stated: "All: C(6,3) = 20 sets, … so 20·6 = 120." Not
                    // a total in a remark in brackets: "Answer: 36 (class 1
                    // gives 3x2x3 = 18 …)" is a figure's working.)
                    if !namedValid, kind == .all, placedBefore[.valid] == nil, let total, totals.count == 1 || namedKind,
                       !Self.bracketSpans(texts).contains(where: { $0.contains(total.offset) }),
                       let a = totals.last?.value, let b = total.value, b < a, !totals.contains(where: total.buildsOn) {
                        kind = .valid
                    } else {
                        sheet.problems.append(problem(.unplaced(.question(4), event.location), event.location,
                            "a count that does not say whether it counts all triplets or the valid ones", detail: event.text))
                        continue
                    }
                }
                // A calculation on a valid count is valid, whatever "in all"
                // says ("$3·2·3 = 18$ for each class, so $2·18 = 36$ in all",
                // "Valid: $18$, so $2·18 = 36$ in total"): it sums the classes.
                if kind == .all, event.isCalculation,
                   (decided.filter { $0.kind == .valid }.map(\.event) + (placedBefore[.valid] ?? [])).contains(where: event.buildsOn) {
                    kind = .valid
                }
                decided.append((kind, event))
                if event.isTotal || event.value == nil { placedHere.append((kind, event)) }
                var claim = sheet.counts[kind] ?? CountClaim(kind: kind)
                sequence += 1
                switch event.item {
                case .product(var p):
                    p.sequence = sequence
                    claim.products.append(p)
                case .chain(var c):
                    c.sequence = sequence
                    claim.chains.append(c)
                    if c.values.count == 1 || event.statesTotal, var s = Self.statement(c) {
                        s.sequence = sequence
                        s.alone = c.values.count == 1 && !event.statesTotal
                        s.implied = c.isExpression && !event.statesTotal
                        claim.statements.append(s)
                    }
                case .statement(var s):
                    s.sequence = sequence
                    claim.statements.append(s)
                    if Self.figuresInWords(before: event.offset, texts) >= 2 { claim.reasonedInWords = s.location }
                case .failure(let message, let at):
                    sheet.problems.append(problem(.reasoning(kind), at, message))
                    unreadAfter[kind] = sequence
                }
                sheet.counts[kind] = claim
                carried = kind
            }
            for (kind, event) in placedHere { placedBefore[kind, default: []].append(event) }
            for (kind, event) in placedHere.sorted(by: { $0.1.offset < $1.1.offset }) where event.value != nil { lastPlaced[kind] = event.value }
            if let last = placedHere.map(\.1.offset).max() {
                if concludedAfter == nil {
                    concludedAfter = Self.concludedFigure(after: last, located, stated: Set(lastPlaced.values))
                }
                tail = [(last, located)]
            } else if !tail.isEmpty {
                tail.append((-1, located))
            }
            // What the block's words say its figures count of the classes
            // (`namedFigures`): the valid count's reasoning when the block
            // gave it anything, else the one kind it gave.
            let kinds = Set(decided.map(\.kind))
            if let kind = kinds.contains(.valid) ? .valid : kinds.first {
                sheet.counts[kind]?.namedFigures += Self.namedFigures(group)
            }
            // The kind the block ends on goes on into the next one.
            // Not a block without counts that asks ("How many triplets …, and
            // how many are valid?") or names both kinds ("*Number of triplets
            // (all / valid).*"): it heads what follows, it places nothing.
            let asks = pieces.last.map { piece in
                if case .text(let f) = piece { return f.text.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("?") }
                return false
            } ?? false
            if events.isEmpty, asks || valid && all { continue }
            carriedInDoubt = events.isEmpty && qualifiers.isEmpty && Set(classQualifiers.map(\.kind)).count == 2
            if let last = qualifiers.max(by: { $0.offset < $1.offset }) { carried = last.kind } else if all != valid { carried = valid ? .valid : .all }
        }
        // The final-line rule: the last total stated is the count claimed;
        // without a statement, the last side of the last calculation.
        for kind in CountClaim.Kind.allCases {
            guard var claim = sheet.counts[kind] else { continue }
            // A number alone before a later calculation is a step on the way
            // to it (`gives $18$ more: $18 + 18 = 36$`), not a total.
            let lastCalculation = claim.chains.filter { $0.values.count > 1 }.map(\.sequence).max() ?? 0
            claim.statements.removeAll { $0.alone && $0.sequence < lastCalculation }
            // A calculation without its result beside a count stated
            // ("$120$ (ordered: $6 \times 5 \times 4$)", "36 are valid
            // ($6 \cdot 2 \cdot 3$)") is the reasoning for that count, not
            // a second one: it states nothing when something else does.
            if claim.statements.contains(where: { !$0.implied }) { claim.statements.removeAll(where: \.implied) }
            // So is a total stated for a part that a later calculation adds
            // up or multiplies (`$3·2·3$ triplets per class, … $3·2·3 + 3·2·3 = 36$`).
            let chains = claim.chains
            claim.statements.removeAll { statement in
                chains.contains { $0.sequence > statement.sequence && $0.parts.contains(Rational(Int64(statement.value))) }
            }
            // A calculation that could not be read after the last one read
            // may be the final line: the count is not the earlier total
            // (`$6·5·4 = 120$ and \boxed{N_{\text{all}} = 210}`).
            let lastRead = max(claim.statements.map(\.sequence).max() ?? 0, claim.chains.map(\.sequence).max() ?? 0)
            if let unread = unreadAfter[kind], unread > lastRead {
                sheet.counts[kind] = claim
                continue
            }
            if let last = claim.statements.last {
                claim.stated = last.value
                claim.statedLocation = last.location
            } else if let chain = claim.chains.last,
                      let value = chain.values.last, value.denominator == 1, let n = Int(exactly: value.numerator) {
                claim.stated = n
                claim.statedLocation = chain.location
            }
            sheet.counts[kind] = claim
        }
    }

    /// Where, in words (`texts`) after a count placed (`offset`; -1 for a
    /// later block's), a figure of two digits or more that no count read
    /// states follows a word that concludes (`ProseWords.concludingAfterCount`:
    /// "so", "hence", "giving", "leaves", "halves", "answer"): the last word
    /// on the count, not read.
    ///
    ///     …; together 36. Hmm, but a triplet and its mirror are the same, so halving: 18.
    ///     … = 36 ordered picks.⏎⏎Each is counted twice, so that halves to 18.
    ///     Answer: 18
    ///
    /// Not a figure of a part ("so 18 per class", "so each class has 18"),
    /// nor a percentage.
    static func concludedFigure(after offset: Int, _ texts: [(offset: Int, text: Substring, location: (Int) -> SourceLocation)],
                                stated: Set<Rational>) -> SourceLocation? {
        let hypothetical = ProseWords.hypotheticalWords.union(["if", "were", "had", "without", "unless"])
        for t in texts {
            let prose = ProseWords(t.text)
            let words = prose.words
            for (i, w) in words.enumerated() where t.offset + w.offset > offset {
                guard let n = w.number, n >= 10, !stated.contains(Rational(Int64(n))), w.text.first?.isNumber == true else { continue }
                if w.percentage { continue }
                let next = words[(i + 1)..<min(words.count, i + 3)].map(\.text)
                if let first = next.first, ["per", "each", "for", "of", "percent"].contains(first)
                    || first == "in" && next.count > 1 && ["each", "one", "a", "every"].contains(next[1]) { continue }
                // (Nor a figure of pairs, samples or a role: "two classes give 12 such pairs".)
                if next.contains(where: { ProseWords.partNouns.contains($0) || ProseWords.roles[$0] != nil }) { continue }
                // A word that concludes at most three words before it, in
                // its sentence; no other case
                // ("could give 72 if …", "would be 20"), no part said in
                // it or the sentence before ("in one class … This gives 18.").
                let sentence = prose.sentenceStart(before: i)
                let previous = sentence > 0 ? prose.sentenceStart(before: sentence - 1) : 0
                let sentenceEnd = words[i...].firstIndex(where: \.endsSentence).map { $0 + 1 } ?? words.count
                guard sentence < words.count, words[max(sentence, i - 3)..<i].contains(where: { ProseWords.concludingAfterCount.contains($0.text) }),
                      !words[sentence..<sentenceEnd].contains(where: { hypothetical.contains($0.text) }),
                      !ProseWords.saysPart(words, previous..<i) else { continue }
                return t.location(w.offset)
            }
        }
        return nil
    }

    /// The verbs of a first attempt: "I first got", "had", "wrote", ….
    static let attemptVerbs: Set<Substring> = ["got", "had", "wrote", "computed", "found", "thought", "tried", "counted"]

    /// Whether `text` ends a sentence (`.`, `!`, `?` before a space or its
    /// end, a line break) before the word `word`, or at all when it lacks it.
    static func endsSentence(_ text: Substring, before word: String) -> Bool {
        let lower = text.lowercased()
        let limit = lower.range(of: word).map { lower[..<$0.lowerBound] } ?? lower[...]
        let s = Array(limit.unicodeScalars)
        for (i, c) in s.enumerated() where c == "\n" || ".!?".unicodeScalars.contains(c) && (i + 1 == s.count || s[i + 1] == " ") {
            return true
        }
        return false
    }

    /// A block's pieces without the maths of a first attempt its words take
    /// back: `I first got $6^3 = 216$, but that is wrong …, so … $6 \cdot 5
    /// \cdot 4 = 120$` — the maths after "first got" ("had", "wrote",
    /// "computed", "found", "thought", "tried") up to the "but" that turns
    /// from it is quoted, not a count of the sheet's. (Without a "but"
    /// after it in the block, nothing is taken back.)
    static func withoutFirstAttempts(_ pieces: [MathDelimiters.Piece]) -> [MathDelimiters.Piece] {
        // (Cheap first: a block without "first" takes nothing back.)
        guard pieces.contains(where: { if case .text(let t) = $0 { t.text.lowercased().contains("first") } else { false } }) else { return pieces }
        let verbs = attemptVerbs
        func words(_ t: Fragment) -> [Substring] { t.text.lowercased().split { !$0.isLetter } }
        var result: [MathDelimiters.Piece] = []
        var attempt: [MathDelimiters.Piece] = []
        var inAttempt = false
        for piece in pieces {
            switch piece {
            case .text(let t):
                let w = words(t)
                // (A sentence that ends before any "but" ends the attempt
                // unretracted: "I first got $120$. But for the valid ones …".)
                if inAttempt, Self.endsSentence(t.text, before: "but") {
                    inAttempt = false
                    result += attempt
                    attempt = []
                    result.append(piece)
                    continue
                }
                if inAttempt, let but = w.firstIndex(of: "but") {
                    // The attempt ends at "but": its maths withdrawn.
                    inAttempt = false
                    attempt = []
                    if let first = w[(but + 1)...].firstIndex(of: "first"), first + 1 < w.count, verbs.contains(w[first + 1]), !w[(first + 1)...].contains("but") {
                        inAttempt = true
                    }
                } else if !inAttempt, let first = w.lastIndex(of: "first"), first + 1 < w.count, verbs.contains(w[first + 1]),
                          !w[(first + 1)...].contains("but") {
                    inAttempt = true
                } else if inAttempt {
                    attempt.append(piece)
                    continue
                }
                result.append(piece)
            case .math:
                if inAttempt { attempt.append(piece) } else { result.append(piece) }
            }
        }
        // No "but" after the attempt: nothing taken back.
        return result + attempt
    }

    /// The figures of a block's words and maths that a word of its sentence
    /// before them gives to someone else or doubts (`CorrectionWords.disputeIndex`):
    /// `All: 100, my friend says it is 120.` gives 120, `Maybe it is 120.` 120.
    static func disputedFigures(_ group: [MathDelimiters.Piece]) -> [Int] {
        let text = sourceText(group, separator: " ").lowercased()
        // (Cheap test first: most blocks hold no such word.)
        guard CorrectionWords.disputes(text) else { return [] }
        return Prose.sentences(text).flatMap { sentence -> [Int] in
            let tokens = sentence.split { !$0.isLetter && !$0.isNumber }.map(String.init)
            guard let k = CorrectionWords.disputeIndex(tokens) else { return [] }
            return tokens[(k + 1)...].compactMap { Int($0) }
        }
    }

    /// The runs of digits in a text, as whole numbers, in order (`3·2·3 =
    /// 18` gives 3, 2, 3, 18).
    static func wholeNumbers(in text: some StringProtocol) -> [Int] {
        text.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
    }

    /// Where a figure of Question 4 that no reading placed (`problems`)
    /// stands after both counts read (`counts`), with a figure of two
    /// digits or more that neither states; nil when there is none.
    static func figureAfterCounts(_ problems: ArraySlice<SheetProblem>, counts: [CountClaim.Kind: CountClaim],
                                  stated: Set<Rational>) -> SourceLocation? {
        // (Both counts read: with one unread, its place already goes to a person.)
        let read = counts.values.compactMap(\.statedLocation)
        guard read.count == CountClaim.Kind.allCases.count, let last = read.max() else { return nil }
        return problems.first { p in
            guard p.location > last, p.id.question == .question(4), case .unplaced = p.id.item else { return false }
            let figures = Self.wholeNumbers(in: p.detail ?? "")
            return figures.contains { $0 >= 10 && !stated.contains(Rational(Int64($0))) }
        }?.location
    }

    /// How many figures the words of a block (`texts`, each at its offset)
    /// write before `offset`, outside its maths: the figures of reasoning
    /// in words before a count stated there ("Count the same-class pairs
    /// (6 per class, 12 in all) times the negatives (3): 36" has three).
    static func figuresInWords(before offset: Int, _ texts: [(offset: Int, text: Substring)]) -> Int {
        texts.filter { $0.offset < offset }.reduce(0) { sum, t in
            sum + ProseWords(t.text).words.filter { $0.number != nil && t.offset + $0.offset < offset }.count
        }
    }

    /// Where words correct a count whose figure was not read: words of
    /// correction ("correction", "should be", "typo", "mistake", "wrong",
    /// "oops") and a kind's word, then `=`, `:`, "is" or "should be" and a
    /// figure (`valid = 18`, `valid should be 18`) not among the values
    /// `read` in the block.
    ///
    /// So too a remark in brackets that corrects the count before it
    /// ("(no wait: … so 24 in all)", "(correction: class 1 gives 12 and
    /// class 2 another 12, so 24 total)", "(on reflection … really 6·2·2 =
    /// 24)"): words of correction inside it, and its last figure (of two
    /// digits or more) one that no figure outside the brackets states.
    static func unreadCorrection(_ group: [MathDelimiters.Piece], read: Set<Rational>) -> SourceLocation? {
        let text = sourceText(group, separator: " ").lowercased()
        if correctingRemark(text) { return group.first?.location }
        let words = Set(text.split(whereSeparator: { !$0.isLetter }))
        guard !words.isDisjoint(with: ["correction", "corrected", "typo", "mistake", "wrong", "oops"]) || text.contains("should be") else { return nil }
        let ns = text as NSString
        let figures = correctedFigure.matches(in: text, range: NSRange(location: 0, length: ns.length)).compactMap { Int(ns.substring(with: $0.range(at: 1))) }
        guard figures.contains(where: { !read.contains(Rational(Int64($0))) }) else { return nil }
        return group.first?.location
    }

    /// Whether a remark in round brackets of `text` corrects the count
    /// before it (`unreadCorrection`).
    static func correctingRemark(_ text: String) -> Bool {
        let correcting: Set<Substring> = ["correction", "corrected", "typo", "mistake", "wrong", "oops", "wait", "actually", "really",
                                          "reflection", "instead", "rather"]
        var depth = 0
        var outside = "", remark = "", remarks: [String] = []
        for c in text {
            if c == "(" { depth += 1; if depth == 1 { remark = ""; continue } }
            if c == ")", depth > 0 { depth -= 1; if depth == 0 { remarks.append(remark); outside += " "; continue } }
            if depth > 0 { remark.append(c) } else { outside.append(c) }
        }
        let stated = Set(Self.wholeNumbers(in: outside))
        return remarks.contains { r in
            let words = Set(r.split(whereSeparator: { !$0.isLetter }))
            guard !words.isDisjoint(with: correcting), let last = Self.wholeNumbers(in: r).last, last >= 10 else { return false }
            return !stated.contains(last)
        }
    }

    /// A kind's word, then `=`, `:`, "is" or "should be" and a figure that is
    /// no factor (`valid = 18`, not `valid: 3*2*3`), compiled once.
    private static let correctedFigure = try! NSRegularExpression(
        pattern: #"\b(?:valid|all|total)\b[^0-9.;]{0,20}?(?:=|:|\bis\b|should be)\s*\$?\s*(\d+)(?!\d)(?!\s*(?:[*×·x+/^-]|\\cdot|\\times))"#)

    /// The spans of a block (its offsets) inside round or square brackets,
    /// from the words' brackets (maths between them counted inside).
    static func bracketSpans(_ texts: [(offset: Int, text: Substring)]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var open: [Int] = []
        for t in texts {
            for (i, c) in t.text.unicodeScalars.enumerated() {
                if c == "(" || c == "[" { open.append(t.offset + i) }
                if c == ")" || c == "]", let o = open.popLast() { spans.append(o..<(t.offset + i + 1)) }
            }
        }
        // Innermost last among those containing a point: sorted by start.
        return spans.sorted { $0.lowerBound < $1.lowerBound }
    }

    /// Counts said of one class ("each class gives $3·2·3 = 18$", "$3
    /// \times 2 \times 3 = 18$ for each of the two classes", "per class
    /// there are 3 anchors, 2 positives and 3 negatives"): a product of
    /// choices or a calculation whose words say it counts the triplets of
    /// one class is no count of the question's, neither stated nor
    /// reasoning — unless a later calculation builds on it (`… = 18; the two
    /// classes give $2·18 = 36$`), whose step it is. (It is never made into
    /// a whole the sheet does not write: reasoning is what the sheet says.)
    static func withoutParts(_ events: [CountEvent], texts: [(offset: Int, text: Substring)], sentenceEnds: [Int]) -> [CountEvent] {
        let classWords = ProseWords.classWords
        // The words of the block, each at its offset in the block.
        let words: [ProseWords.Word] = texts.flatMap { t in
            ProseWords(t.text).words.map { var w = $0; w.offset += t.offset; return w }
        }
        func sentence(of offset: Int) -> Range<Int> {
            let start = sentenceEnds.last(where: { $0 < offset }) ?? -1
            let end = sentenceEnds.first(where: { $0 >= offset }) ?? Int.max
            return (start + 1)..<end
        }
        let saysPart = ProseWords.saysPart
        // Where the words that make a count of triplets one anchor's start
        // (`saysPerAnchor`): the sentence's words before it, no other count
        // or calculation between them and it (`…, six triplets, and there
        // are 36 valid triplets` states the whole).
        func perAnchor(_ event: CountEvent) -> Int? {
            guard case .statement = event.item else { return nil }
            let range = sentence(of: event.offset)
            guard let phrase = Self.saysPerAnchor(words.filter { range.contains($0.offset) && $0.offset < event.offset }) else { return nil }
            let between = events.contains { other in
                guard other.offset > phrase, other.offset < event.offset else { return false }
                if case .product = other.item { return false }
                return true
            }
            return between ? nil : phrase
        }
        var result: [CountEvent] = []
        for event in events {
            // A part that a later calculation builds on (`3·2·3 = 18, and
            // two classes, so 2·18 = 36`) is that calculation's step, kept.
            if events.contains(where: { $0.offset > event.offset && $0.buildsOn(event) }) { result.append(event); continue }
            let range = sentence(of: event.offset)
            // A part's choices that lead to the part's calculation, which a
            // later one builds on (`in one class 3 choices …, $3·2·3 = 18$;
            // the two classes give $2·18 = 36$`): its step too, kept.
            if case .product = event.item, events.contains(where: { step in
                step.offset > event.offset && range.contains(step.offset) && step.isCalculation
                    && events.contains { $0.offset > step.offset && $0.buildsOn(step) }
            }) { result.append(event); continue }
            // The sentence's words around this count only, not those of the
            // counts before and after it (`$3·2·3 = 18$ per class, $2·18 = 36$`).
            let previous = events.map(\.offset).filter { $0 < event.offset }.max() ?? -1
            let next = events.map(\.offset).filter { $0 > event.offset }.min() ?? Int.max
            var inSentence = words.filter { range.contains($0.offset) && $0.offset > previous && $0.offset < next }
            // Nor words that a comma or stop closes before it (`$…$ per class, $2·18 = 36$`,
            // `$…$ per class, so $2·18 = 36$`): the earlier count's.
            if let closed = texts.last(where: { $0.offset < event.offset && $0.offset > previous }),
               closed.offset + closed.text.unicodeScalars.count <= event.offset,
               let mark = closed.text.unicodeScalars.lastIndex(where: { ",;.".unicodeScalars.contains($0) }) {
                let cut = closed.offset + closed.text.unicodeScalars.distance(from: closed.text.unicodeScalars.startIndex, to: mark)
                inSentence.removeAll { $0.offset < cut }
            }
            let part: Bool
            switch event.item {
            case .product:
                // The part said before the product, in its sentence; or the
                // working of one anchor's count (`each of the six anchors
                // gives two times three, six triplets`).
                let before = inSentence.filter { $0.offset < event.offset }.count
                part = saysPart(inSentence, max(0, before - 6)..<before)
                    || events.contains { later in
                        later.offset > event.offset && range.contains(later.offset) && perAnchor(later).map { $0 < event.offset } == true
                    }
            case .chain(let c) where !c.isExpression:
                // Right before it (`each class gives $…$`) or right after it (`$…$ for each of the two classes`).
                let before = inSentence.filter { $0.offset < event.offset }.count
                let after = before < inSentence.count ? inSentence[before] : nil
                // (Not a part that opens an aside after a dash or a colon, a
                // comma closing it: `$… = 36$ — for each class, 3 choices of
                // anchor, …` heads the words after it, not the count.)
                let headsAside: Bool = {
                    // (Not when a total follows in the sentence: "— for each
                    // class, so $2·18 = 36$ in all".)
                    guard !events.contains(where: { $0.offset > event.offset && range.contains($0.offset) && $0.isTotal }),
                          let t = texts.first(where: { $0.offset > event.offset }),
                          let mark = t.text.first(where: { $0 != " " }), "—–:(".contains(mark),
                          let word = inSentence[before..<min(inSentence.count, before + 5)].first(where: { classWords.contains($0.text) })
                    else { return false }
                    // (The class's word in that same text, a comma after it.)
                    let scalars = Array(t.text.unicodeScalars)
                    guard word.offset >= t.offset, word.offset < t.offset + scalars.count else { return false }
                    var k = word.offset - t.offset + word.text.unicodeScalars.count
                    while k < scalars.count, scalars[k] == " " { k += 1 }
                    // `$2 × (3 × 2 × 3) = 36$ (per class: 3 anchors, 2
                    // positives, 3 negatives; two classes)`: an aside in
                    // brackets, a colon or comma after the part's words,
                    // that names the two classes too, sets out the factors.
                    if mark == "(" {
                        let close = scalars[k...].firstIndex(of: ")") ?? scalars.count
                        let inside = String(String.UnicodeScalarView(scalars[k..<close])).lowercased()
                        return k < scalars.count && ":,".unicodeScalars.contains(scalars[k])
                            && inside.range(of: #"\b(two|2|both)\s+(classes|labels|groups)\b"#, options: .regularExpression) != nil
                    }
                    return k < scalars.count && scalars[k] == ","
                }()
                part = saysPart(inSentence, max(0, before - 3)..<before)
                    || !headsAside && after.map { ["for", "per", "in", "each", "within"].contains($0.text) } == true
                        && saysPart(inSentence, before..<min(inSentence.count, before + 2))
            case .statement:
                // `so each of the six anchors gives two times three, six
                // triplets, and there are 36 valid triplets`: a count of
                // triplets in the clause a role's "each" opens is one anchor's.
                part = perAnchor(event) != nil
            default:
                part = false
            }
            if !part { result.append(event) }
        }
        return result
    }

    /// Whether the words before a count (in its sentence, after the count
    /// before it) say it is one anchor's: "each of the six anchors gives
    /// …", "per anchor", "every anchor has …" (only "of", "the" and a
    /// number between), and no word after them concludes or sums ("so",
    /// "hence", "total", "all", "altogether", "together") or names the
    /// anchors again (`For each anchor …, so 6 anchors give 36`).
    /// (The phrase's offset; nil when the words say no such thing.)
    static func saysPerAnchor(_ words: [ProseWords.Word]) -> Int? {
        guard let k = words.indices.last(where: { ["each", "per", "every"].contains(words[$0].text) }) else { return nil }
        var j = k + 1
        while j < words.count, ["of", "the"].contains(words[j].text) || words[j].number != nil, j - k <= 4 { j += 1 }
        guard j < words.count, words[j].text == "anchor" || words[j].text == "anchors" else { return nil }
        let after: Set<String> = ["so", "hence", "thus", "therefore", "total", "all", "altogether", "together", "overall", "anchor", "anchors", "both", "classes"]
        return words[(j + 1)...].contains { after.contains($0.text) } ? nil : words[k].offset
    }

    /// Maths with the words that name what a factor counts taken out, `2
    /// \text{ classes} \times 3 \text{ anchors} = …` as `2 \times 3 = …`: a
    /// `\text{…}` of letters and spaces right after a number. Places kept.
    static func droppingUnits(_ fragment: Fragment) -> Fragment {
        let text = String(fragment.text)
        guard text.contains("\\text{") else { return fragment }
        let scalars = Array(text.unicodeScalars)
        var cuts: [Range<Int>] = []
        let open = Array("\\text{".unicodeScalars)
        var i = 0
        while i + open.count < scalars.count {
            guard Array(scalars[i..<(i + open.count)]) == open else { i += 1; continue }
            var before = i - 1
            while before >= 0, scalars[before] == " " { before -= 1 }
            var end = i + open.count
            while end < scalars.count, scalars[end] != "}", Prose.isLetter(scalars[end]) || scalars[end] == " " { end += 1 }
            // (Only inside the arithmetic: an operation or `=` after it, not
            // the words after a result, `= 36 \text{ valid}`.)
            var next = end + 1
            while next < scalars.count, scalars[next] == " " { next += 1 }
            let rest = String(String.UnicodeScalarView(scalars[min(next, scalars.count)...]))
            let inside = ["\\times", "\\cdot", "×", "·", "*", "="].contains(where: rest.hasPrefix)
            if before >= 0, Prose.isDigit(scalars[before]), end < scalars.count, scalars[end] == "}", end > i + open.count, inside {
                cuts.append(i..<(end + 1))
                i = end + 1
            } else {
                i += 1
            }
        }
        guard !cuts.isEmpty else { return fragment }
        return fragment.replacing(cuts.map { ($0, " ") })
    }

    /// Text with its plain arithmetic (`so 6 * 5 * 4 = 120 triplets`,
    /// `all: 6×5×4 = 120`) taken out as maths: a run of the grammar's
    /// tokens (read as plain text) that are numbers, operations, relations
    /// and parentheses, with a number on each side of an `=` and an
    /// operation or a second `=` (`= 120` alone, or `n = 6`, is prose).
    static func arithmeticInProse(_ piece: MathDelimiters.Piece, table: CommandTable, remarks: Bool = false) -> [MathDelimiters.Piece] {
        // (A calculation without its result needs a sign of times: `6×5×4, i.e. 120`.)
        guard case .text(let written) = piece, written.text.contains("=") || written.text.contains("(") || remarks && written.text.contains(":")
                || written.text.unicodeScalars.contains(where: { "×*·⋅".unicodeScalars.contains($0) }) else { return [piece] }
        let text = chainsInWords(classesInWords(proseArithmetic(written)))
        let tokens = Tokenizer(table: table, linesSeparate: true).tokenize(text.text)
        enum Part { case number, equals, operation, other }
        func part(_ token: MathToken) -> Part {
            switch token.kind {
            case .number: return .number
            case .superscript: return .operation
            case .other(let c):
                switch table.characters[c]?.role {
                case .relation(.equals)?: return .equals
                case .operation?: return .operation
                case .delimiter(let d)? where d.family == .parenthesis: return .operation
                default: return .other
                }
            case .command(let name):
                if case .operation? = table.commands[name]?.role { return .operation }
                return .other
            default: return .other
            }
        }
        // `6 C 3`, `6 P 3`, `6 choose 3` (the word is the letter C): the
        // count grammar's infix combination and permutation, between two
        // numbers, are operations of the run.
        func isNumber(_ at: Int) -> Bool {
            guard tokens.indices.contains(at), case .number = tokens[at].kind else { return false }
            return true
        }
        // `P(6,3)`, `C(6, 3)`, `A(6,3)`: the count grammar's functions, their
        // letter and the commas between their arguments, are operations too.
        var inFunction = Set<Int>()
        for at in tokens.indices {
            guard case .letter(let c) = tokens[at].kind, "PCAV".unicodeScalars.contains(c), at + 1 < tokens.count,
                  tokens[at + 1].kind == .other("("),
                  // A word's last letter (`isP(`) is not the function's.
                  !(at > 0 && tokens[at - 1].offset + tokens[at - 1].length == tokens[at].offset
                    && { if case .letter = tokens[at - 1].kind { true } else { false } }()) else { continue }
            var k = at + 2
            while k < tokens.count, isNumber(k) || tokens[k].kind == .other(",") { k += 1 }
            guard k < tokens.count, tokens[k].kind == .other(")"), k > at + 2 else { continue }
            inFunction.formUnion(at...k)
        }
        // `⁶P₃`, `^6C_3`: the letter between a (super)script number and a
        // subscript number; Unicode scripts come as `^{6}`, `_{3}`, their
        // braces the tokenizer's own.
        func isSynthetic(_ at: Int, _ kind: MathToken.Kind) -> Bool {
            tokens.indices.contains(at) && tokens[at].kind == kind && tokens[at].synthetic
        }
        func numberEnds(_ at: Int) -> Bool { isNumber(at) || isSynthetic(at, .endGroup) && isNumber(at - 1) }
        func isSubscriptNumber(_ at: Int) -> Bool {
            tokens.indices.contains(at) && tokens[at].kind == .subscript
                && (isNumber(at + 1) || isSynthetic(at + 1, .beginGroup) && isNumber(at + 2))
        }
        func isCountLetter(_ at: Int) -> Bool {
            guard tokens.indices.contains(at), case .letter(let c) = tokens[at].kind else { return false }
            return c == "C" || c == "P"
        }
        let parts: [Part] = tokens.indices.map { at in
            if isCountLetter(at), numberEnds(at - 1), isNumber(at + 1) || isSubscriptNumber(at + 1) { return .operation }
            if isSubscriptNumber(at), isCountLetter(at - 1), numberEnds(at - 2) { return .operation }
            // The braces of those scripts, next to the letter.
            if isSynthetic(at, .endGroup), isNumber(at - 1), isCountLetter(at + 1) { return .operation }
            if isSynthetic(at, .beginGroup), isNumber(at + 1), isCountLetter(at - 2)
                || isSynthetic(at + 2, .endGroup) && isCountLetter(at + 3) { return .operation }
            if isSynthetic(at, .endGroup), isNumber(at - 1), isSynthetic(at - 2, .beginGroup), isCountLetter(at - 4) { return .operation }
            if inFunction.contains(at), !isNumber(at), tokens[at].kind != .other(")") { return .operation }
            return part(tokens[at])
        }
        // Whether the brackets `inside` pair up, none closing before it opens.
        func balanced(_ inside: Range<Int>) -> Bool {
            var depth = 0
            for at in inside {
                if tokens[at].kind == .other("(") { depth += 1 }
                if tokens[at].kind == .other(")") { depth -= 1; if depth < 0 { return false } }
            }
            return depth == 0
        }
        // `upper` moved on over the `)` that close brackets opened in
        // `lower..<upper` (`2 * (3 * 2 * 3` → `2 * (3 * 2 * 3)`).
        func closingBrackets(_ lower: Int, _ upper: Int) -> Int {
            var upper = upper
            while upper < tokens.count, tokens[upper].kind == .other(")"), !balanced(lower..<upper) { upper += 1 }
            return upper
        }
        // Numbers and operations only, a number or an opening bracket at its
        // start and a number or a closing bracket at its end, two numbers or
        // more, no `=`, its brackets paired (`2 * (3 * 2 * 3)`, `(3 * 2 * 3)
        // * 2`): a calculation without its result.
        func bareCalculation(_ inside: Range<Int>) -> Bool {
            (isNumber(inside.lowerBound) || tokens[inside.lowerBound].kind == .other("("))
                && (isNumber(inside.upperBound - 1) || tokens[inside.upperBound - 1].kind == .other(")"))
                && parts[inside].filter({ $0 == .number }).count >= 2
                && parts[inside].contains(.operation) && !parts[inside].contains(.equals) && balanced(inside)
        }
        // The scalars tokens `inside` cover.
        func span(_ inside: Range<Int>) -> Range<Int> {
            tokens[inside.lowerBound].offset..<(tokens[inside.upperBound - 1].offset + max(tokens[inside.upperBound - 1].length, 1))
        }
        // Whether the tokens `inside` are one bracket, `(` to its own `)`,
        // around a relation: `(3 * 2 * 3 = 18)`, not `(6 - 1) * 4 = 20`.
        func encloses(_ inside: Range<Int>) -> Bool {
            guard inside.count >= 5, tokens[inside.lowerBound].kind == .other("("),
                  tokens[inside.upperBound - 1].kind == .other(")"),
                  parts[inside].contains(.equals) else { return false }
            var depth = 0
            for at in inside.dropLast() {
                if tokens[at].kind == .other("(") { depth += 1 }
                if tokens[at].kind == .other(")") { depth -= 1 }
                if depth == 0 { return false }
            }
            return true
        }
        var runs: [Range<Int>] = []
        var i = 0
        while i < tokens.count {
            guard parts[i] != .other else { i += 1; continue }
            var end = i
            while end < tokens.count, parts[end] != .other { end += 1 }
            let j = end
            // An opening `=` continues the sentence; it is not the run's; an
            // operation or a parenthesis left open at its end (`= 36 (anchor,
            // …`) begins the prose after it.
            var lower = i
            // (Nor a parenthesis that closes words before it: `… (ordered, no
            // repeats) = 6 * 5 * 4 = 120`.)
            while lower < j, parts[lower] == .equals || tokens[lower].kind == .other(")") { lower += 1 }
            // `120 (= 6 × 5 × 4, ordered …)`: the calculation inside is the
            // stated number's, written without its result.
            if lower + 3 < j, isNumber(lower), tokens[lower + 1].kind == .other("("), parts[lower + 2] == .equals {
                var upper = j
                while upper > lower + 3, !isNumber(upper - 1) { upper -= 1 }
                let inside = parts[(lower + 3)..<upper]
                if inside.filter({ $0 == .number }).count >= 2, inside.contains(.operation), !inside.contains(.equals),
                   !tokens[(lower + 3)..<upper].contains(where: { $0.kind == .other("(") || $0.kind == .other(")") }) {
                    runs.append(tokens[lower + 3].offset..<(tokens[upper - 1].offset + max(tokens[upper - 1].length, 1)))
                }
                i = max(end, i + 1)
                continue
            }
            // `120 triplets in all (6*5*4)`: a calculation in parentheses,
            // numbers and operations only, without its result, beside the
            // count it explains (as `$6\cdot5\cdot4$` would be).
            // (`total: 120 (6·5·4)`: the count, then its calculation.)
            let open = lower >= j ? nil : tokens[lower].kind == .other("(") ? lower
                : (isNumber(lower) && lower + 1 < j && tokens[lower + 1].kind == .other("(") ? lower + 1 : nil)
            if let open, j - open >= 5, tokens[j - 1].kind == .other(")"), !parts[open..<j].contains(.equals) {
                // (No `=` anywhere between the brackets, checked above.)
                if bareCalculation((open + 1)..<(j - 1)) { runs.append(span((open + 1)..<(j - 1))) }
                i = max(end, i + 1)
                continue
            }
            // `120 (6 x 5 x 4, order matters)`, in words of one kind: the
            // calculation, without its result, opening a remark after the
            // figure it explains.
            if remarks, isNumber(lower), lower + 2 < j, tokens[lower + 1].kind == .other("("), j < tokens.count, tokens[j].kind == .other(","),
               bareCalculation((lower + 2)..<j) {
                runs.append(span((lower + 2)..<j))
                i = max(end, i + 1)
                continue
            }
            // `(ordered: 6 × 5 × 4)`, in words of one kind: the calculation,
            // without its result, after a label's colon and ending the words
            // (only closing marks after it; not `Valid: 6 anchors × 2 …`).
            // So too after a word that concludes, ending its sentence
            // (`…, giving 2·(3·2·3).`: `concludesCalculation`).
            let labelled = remarks && lower > 0 && tokens[lower - 1].kind == .other(":")
            if lower < j, labelled || lower < tokens.count && concludesCalculation(text.text, at: tokens[lower].offset) {
                var upper = j
                while upper > lower, !isNumber(upper - 1) { upper -= 1 }
                upper = closingBrackets(lower, upper)
                let closing: Set<MathToken.Kind> = [.other(")"), .other(";"), .other(","), .other("."), .other("]")]
                let stops: Set<MathToken.Kind> = [.other(";"), .other(".")]
                let rest = tokens[upper...].prefix { labelled ? true : !stops.contains($0.kind) }
                let ends = labelled ? rest.allSatisfy({ closing.contains($0.kind) })
                    : rest.allSatisfy({ closing.contains($0.kind) }) && (upper + rest.count == tokens.count || stops.contains(tokens[upper + rest.count].kind))
                if upper > lower, bareCalculation(lower..<upper), ends {
                    runs.append(span(lower..<upper))
                    i = max(end, i + 1)
                    continue
                }
            }
            // `6×5×4, i.e. 120 triplets`: a calculation without its result
            // that words concluding it follow with a figure (`resultFollows`):
            // that figure's reasoning.
            if lower < j {
                var upper = j
                while upper > lower, !isNumber(upper - 1), tokens[upper - 1].kind != .other(")") { upper -= 1 }
                if upper > lower, bareCalculation(lower..<upper), resultFollows(text.text, at: span(lower..<upper).upperBound) {
                    runs.append(span(lower..<upper))
                    i = max(end, i + 1)
                    continue
                }
            }
            // `120 (permutations of 3 out of 6, 6 × 5 × 4)`: the calculation,
            // without its result, closing a remark after a comma.
            if lower > 0, lower < j, tokens[lower - 1].kind == .other(","), tokens[j - 1].kind == .other(")"), j - 1 > lower,
               bareCalculation(lower..<(j - 1)) {
                runs.append(span(lower..<(j - 1)))
                i = max(end, i + 1)
                continue
            }
            var upper = j
            func closes(_ t: MathToken) -> Bool {
                if case .number = t.kind { return true }
                return t.kind == .other(")") || t.kind == .other("!")
            }
            while upper > lower, !closes(tokens[upper - 1]) { upper -= 1 }
            var depth = 0
            for (n, t) in tokens[lower..<upper].enumerated() {
                if t.kind == .other("(") { depth += 1 }
                if t.kind == .other(")") { depth -= 1 }
                if depth < 0 { upper = lower + n; break }
            }
            if depth > 0, let open = tokens[lower..<upper].lastIndex(where: { $0.kind == .other("(") }) { upper = open }
            while upper > lower, !closes(tokens[upper - 1]) { upper -= 1 }
            // `(3 * 2 * 3 = 18)`: a calculation with its result in brackets
            // of its own is read inside them (the brackets around a relation
            // were an error at its `=`).
            if encloses(lower..<upper) {
                lower += 1
                upper -= 1
            }
            let runEnd = upper
            let run = Array(parts[lower..<runEnd])
            if runEnd > lower, let equals = run.firstIndex(of: .equals), run[..<equals].contains(.number), run[(equals + 1)...].contains(.number),
               run.contains(.operation) || run.filter({ $0 == .equals }).count > 1 {
                // `sum over a of 5*4 = 6*20 = 120`: after "sum … of" the first
                // side is the summand, not a value of the sum; the chain starts
                // after it (when another `=` follows).
                let before = String(String.UnicodeScalarView(Array(text.text.unicodeScalars)[..<tokens[lower].offset])).lowercased()
                let summand = before.range(of: #"\bsum\b[^.=;]*\bof\s*$"#, options: .regularExpression) != nil
                if summand, run.filter({ $0 == .equals }).count > 1, lower + equals + 1 < runEnd {
                    runs.append(tokens[lower + equals + 1].offset..<(tokens[runEnd - 1].offset + max(tokens[runEnd - 1].length, 1)))
                } else {
                    runs.append(tokens[lower].offset..<(tokens[runEnd - 1].offset + max(tokens[runEnd - 1].length, 1)))
                }
            }
            i = max(end, i + 1)
        }
        guard !runs.isEmpty else { return [piece] }
        var cut = FragmentSlicer(text)
        var result: [MathDelimiters.Piece] = []
        var start = 0
        let count = text.text.unicodeScalars.count
        for run in runs {
            if start < run.lowerBound { result.append(.text(cut.slice(start..<run.lowerBound))) }
            let maths = cut.slice(run)
            result.append(.math(MathSource(tex: maths, display: false, delimiter: "text", location: maths.start)))
            start = run.upperBound
        }
        if start < count { result.append(.text(cut.slice(start..<count))) }
        return result
    }

    /// Whether words that conclude a calculation, then a figure, follow
    /// `offset` (`…, i.e. 120 triplets`, `, that is 36`, `, so 120`,
    /// `, giving 36`): the calculation before is that figure's working.
    static func resultFollows(_ text: Substring, at offset: Int) -> Bool {
        let scalars = text.unicodeScalars
        guard offset <= scalars.count else { return false }
        let rest = String(String.UnicodeScalarView(scalars.dropFirst(offset))).lowercased()
        return rest.range(of: #"^\s*,?\s*(?:i\.\s?e\.|that is|so|giving|which gives|hence|thus)\s*,?\s*\d"#, options: .regularExpression) != nil
    }

    /// Whether the words before `offset` conclude a calculation written
    /// without its result (`…, giving 2·(3·2·3).`, `so 6 · 2 · 3`, `i.e.
    /// 2 × 18`, `which makes`, `we get`, `a total of`), in a sentence that
    /// says no single class before it (`For one class this gives 3·2·3.`
    /// is a class's figure, no count) unless it stated its count already
    /// (`36 are valid: each class contributes …, giving 2·(3·2·3).`: the
    /// calculation is that count's reasoning).
    static func concludesCalculation(_ text: Substring, at offset: Int) -> Bool {
        let before = String(String.UnicodeScalarView(text.unicodeScalars.prefix(offset))).lowercased()
        guard before.range(of: #"(\b(giving|gives|give|makes|making|yields|yielding|so|hence|thus|therefore|get|obtain|equals|is|are)|\bi\.\s?e\.,?|\btotal of)\s*$"#,
                           options: .regularExpression) != nil else { return false }
        let sentence = before.components(separatedBy: CharacterSet(charactersIn: ".;!?\n")).last ?? before
        let words = ProseWords(sentence[...])
        return !ProseWords.saysPart(words.words, words.words.indices) || !words.countsOfTriplets().isEmpty
    }

    /// Prose arithmetic as it is meant, in the same places: a number in
    /// Markdown emphasis (`= **120**`, `*36*`, `__36__`: the delimiter runs,
    /// opening after a space, `=`, `:` or `(` and closing before a space or
    /// punctuation, become spaces) and the letter `x` written for times
    /// between two numbers (`6 x 5 x 4`), a number and a bracket set apart
    /// by spaces (`2 x (3 x 2 x 3)`), or after a number's noun (`2
    /// classes x 3`: the noun, one word of letters, becomes spaces) as `×`.
    /// Every scalar keeps its offset, so places stay exact.
    static func proseArithmetic(_ fragment: Fragment) -> Fragment {
        var s = Array(fragment.text.unicodeScalars)
        func isSpace(_ at: Int) -> Bool { s[at].properties.isWhitespace }
        func isLetter(_ at: Int) -> Bool { at >= 0 && at < s.count && Prose.isLetter(s[at]) }
        func isDigit(_ at: Int) -> Bool { at >= 0 && at < s.count && Prose.isDigit(s[at]) }
        var changed = false
        var i = 0
        while i < s.count {
            let c = s[i]
            guard c == "*" || c == "_", i == 0 || isSpace(i - 1) || "=:(".unicodeScalars.contains(s[i - 1]) else { i += 1; continue }
            var r = i
            while r < s.count, s[r] == c, r - i < 3 { r += 1 }
            guard isDigit(r) else { i = r; continue }
            var j = r
            while j < s.count, isDigit(j) || (s[j] == "." || s[j] == ",") && isDigit(j + 1) { j += 1 }
            let n = r - i
            guard j + n <= s.count, (j..<(j + n)).allSatisfy({ s[$0] == c }),
                  j + n == s.count || !(isLetter(j + n) || isDigit(j + n) || s[j + n] == c) else { i = j; continue }
            for k in i..<r { s[k] = " " }
            for k in j..<(j + n) { s[k] = " " }
            changed = true
            i = j + n
        }
        // `x` alone between spaces, a number (or a number's noun) before it
        // and a number after it.
        for at in s.indices where (s[at] == "x" || s[at] == "X") && !isLetter(at - 1) && !isLetter(at + 1) {
            var after = at + 1
            while after < s.count, s[after] == " " { after += 1 }
            var before = at - 1
            while before >= 0, s[before] == " " { before -= 1 }
            // `2 x (3 x 2 x 3)`, `(3 x 2) x 2`: a bracket's side is a number's.
            let opens = after < s.count && s[after] == "(" && after > at + 1
            let closes = before >= 0 && s[before] == ")" && before < at - 1
            guard isDigit(after) || opens, before >= 0, before < at - 1 || isDigit(before) else { continue }
            if isDigit(before) || closes {
                s[at] = "\u{00D7}"
                changed = true
                continue
            }
            var start = before
            while isLetter(start - 1) { start -= 1 }
            guard isLetter(before), start >= 2, s[start - 1] == " ", isDigit(start - 2) else { continue }
            for k in start...before { s[k] = " " }
            s[at] = "\u{00D7}"
            changed = true
        }
        // `6 anchors × 2 positives × 3 negatives = 36`, `12 ordered (a,p)
        // pairs × 3 = 36`, `2 classes × P(3,2) ordered pairs × 3 = …`: a
        // factor's noun (`factorNoun`) before a times sign, or before the
        // `=` that ends the product, becomes spaces; a factor follows each.
        func blankNoun(before at: Int) -> Bool {
            guard let noun = factorNoun(s, before: at) else { return false }
            for k in noun { s[k] = " " }
            return true
        }
        // (`2 classes * (3*2*3) = 36`: a bracket that opens on a number
        // is a number's side, as for `x`; so is a count's function, `P(3,2)`.)
        func numberAfter(_ at: Int) -> Bool {
            var after = at + 1
            while after < s.count, s[after] == " " { after += 1 }
            guard after > at + 1 else { return false }
            if countFunction(s, at: after) != nil { return true }
            if after < s.count, s[after] == "(" {
                after += 1
                while after < s.count, s[after] == " " { after += 1 }
            }
            return isDigit(after)
        }
        if blankFactorRemarks(&s) { changed = true }
        var inProduct = false
        for at in s.indices {
            let c = s[at]
            if c == "\u{00D7}" || c == "*" || c == "\u{00B7}", numberAfter(at) {
                if blankNoun(before: at) { changed = true }
                inProduct = true
            } else if c == "=", inProduct, numberAfter(at) {
                if blankNoun(before: at) { changed = true }
                inProduct = false
            } else if !(c == " " || isDigit(at) || isLetter(at)) {
                inProduct = false
            }
        }
        if joinWrappedCalculations(&s) { changed = true }
        guard changed else { return fragment }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: s)
        return Fragment(String(view)[...], start: fragment.start, jumps: fragment.jumps, fixed: fragment.fixed)
    }

    /// A remark in brackets of words only after a factor, before `=` or
    /// another factor (`6 × 2 × 3 × 2 (both classes) = 72`, `6 (anchors) ×
    /// 2 × 3 = 36`), becomes spaces, as a factor's noun does: the product
    /// goes on through it. A factor is a number after a sign of times, or
    /// one before a sign of times after the bracket. Returns whether one
    /// was.
    static func blankFactorRemarks(_ s: inout [Unicode.Scalar]) -> Bool {
        func isDigit(_ at: Int) -> Bool { at >= 0 && at < s.count && Prose.isDigit(s[at]) }
        func isLetter(_ at: Int) -> Bool { at >= 0 && at < s.count && Prose.isLetter(s[at]) }
        let times = "×*·⋅".unicodeScalars
        var blanked = false
        for open in s.indices where s[open] == "(" {
            var close = open + 1
            while close < s.count, isLetter(close) || s[close] == " " { close += 1 }
            guard close < s.count, s[close] == ")", close > open + 1 else { continue }
            var before = open - 1
            while before >= 0, s[before] == " " { before -= 1 }
            guard isDigit(before) else { continue }
            var after = close + 1
            while after < s.count, s[after] == " " { after += 1 }
            guard after < s.count, s[after] == "=" || times.contains(s[after]) else { continue }
            var number = after + 1
            while number < s.count, s[number] == " " { number += 1 }
            guard isDigit(number) else { continue }
            var start = before
            while isDigit(start - 1) { start -= 1 }
            var sign = start - 1
            while sign >= 0, s[sign] == " " { sign -= 1 }
            guard sign >= 0 && times.contains(s[sign]) || times.contains(s[after]) else { continue }
            for k in open...close { s[k] = " " }
            blanked = true
        }
        return blanked
    }

    /// A calculation wrapped over two lines of its paragraph, as an HTML
    /// page or a Markdown paragraph shows on one: the line break becomes a
    /// space when a number ends the line and `=`, `×`, `·` or `⋅` opens the
    /// next with a number after it (`so 3 · 2 · 3⏎= 18 valid`), or when `=`
    /// or an operation ends the line and a number opens the next (`6 × 5 ×⏎4
    /// = 120`). (`*` and `-` opening a line are a list's.) Not when the
    /// next line says a case that is not the sheet's ("would", "could",
    /// "if": `× 2 would be 72 if a and p could swap`), though "if" after a
    /// result (`6 * 2 * 3⏎= 36 if the anchor and the positive share a
    /// class`) says which triplets count, and is joined.
    /// Returns whether a break was joined.
    static func joinWrappedCalculations(_ s: inout [Unicode.Scalar]) -> Bool {
        func isDigit(_ at: Int) -> Bool { at >= 0 && at < s.count && Prose.isDigit(s[at]) }
        func blank(_ at: Int) -> Bool { s[at] == " " || s[at] == "\t" }
        var joined = false
        for at in s.indices where s[at] == "\n" {
            var before = at - 1
            while before >= 0, blank(before) { before -= 1 }
            var after = at + 1
            while after < s.count, blank(after) { after += 1 }
            guard before >= 0, after < s.count else { continue }
            var next = after + 1
            while next < s.count, blank(next) { next += 1 }
            // (Not into a line of a case that is not the sheet's: `… = 36` /
            // `× 2 would be 72 if a and p could swap, but they cannot.`)
            var end = after
            while end < s.count, s[end] != "\n" { end += 1 }
            // ("if" after the result the next line opens with, `6 * 2 * 3⏎= 36
            // if the anchor and the positive share a class`, says when a
            // triplet counts: the sheet's case. After a further factor it
            // says another case.)
            let nextLine = String(String.UnicodeScalarView(s[after..<end])).lowercased()
            let opensWithResult = s[after] == "="
            guard nextLine.split(whereSeparator: { !$0.isLetter }).allSatisfy({
                !ProseWords.hypotheticalWords.contains(String($0)) && ($0 != "if" || opensWithResult)
            }) else { continue }
            let opensWithSign = "=×·⋅".unicodeScalars.contains(s[after]) && isDigit(next)
            let endsWithSign = "=×·⋅*+".unicodeScalars.contains(s[before]) && isDigit(after)
            if isDigit(before) && opensWithSign || endsWithSign {
                s[at] = " "
                joined = true
            }
        }
        return joined
    }

    /// The first block of a section that writes figures, folded, and its
    /// place; nil when none does. Figures are maths, an `=`, or a number
    /// of two digits or more: a title's numbering (`II.2-level models`,
    /// `(a)`) is none.
    static func firstFigures(of section: SheetSection) -> (String, SourceLocation)? {
        for leaf in section.leaves {
            if case .heading = leaf.block.kind { continue }
            let pieces = pieces(of: leaf.block)
            let text = sourceText(pieces, separator: " ")
            let maths = pieces.contains { if case .math = $0 { true } else { false } }
            let number = text.split { !($0.isASCII && $0.isNumber) }.contains { $0.count >= 2 }
            guard maths || text.contains("=") || number else { continue }
            let folded = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            return (folded.count > 120 ? String(folded.prefix(117)) + "…" : folded, leaf.block.location)
        }
        return nil
    }

    /// The pieces with each question they restate taken out
    /// (`Prose.questions`): its words blanked (a line break kept, so every
    /// offset keeps its place), its maths dropped, its `?` kept (a block that
    /// only asks still asks).
    static func withoutQuestions(_ pieces: [MathDelimiters.Piece]) -> [MathDelimiters.Piece] {
        // (Most blocks ask nothing: no `?`, nothing to do.)
        guard pieces.contains(where: { if case .text(let f) = $0 { f.text.contains("?") } else { false } }) else { return pieces }
        // The block's text, a piece of maths standing as one letter.
        var scalars: [Unicode.Scalar] = []
        var starts: [Int] = []
        for piece in pieces {
            starts.append(scalars.count)
            switch piece {
            case .text(let f): scalars += f.text.unicodeScalars
            case .math: scalars.append("x")
            }
        }
        // (Not a short one that names one kind, "Which are valid? Those …:
        // $36$": it heads its answer, as a label would.)
        let questions = Prose.questions(scalars).filter { q in
            let words = ProseWords(Substring(String(String.UnicodeScalarView(scalars[q]))))
            return Set(words.qualifiers().map(\.kind)).count != 1 || words.words.count > 5
        }
        guard !questions.isEmpty else { return pieces }
        func asked(_ i: Int) -> Bool { questions.contains { $0.contains(i) } }
        return pieces.indices.compactMap { n in
            switch pieces[n] {
            case .math: return asked(starts[n]) ? nil : pieces[n]
            case .text(var f):
                let s = f.text.unicodeScalars.enumerated().map { k, c in asked(starts[n] + k) && c != "\n" ? " " : c }
                f.text = Substring(String(String.UnicodeScalarView(s)))
                return .text(f)
            }
        }
    }

    /// A block's text and maths in reading order; a whole number spelled
    /// in several words is written in digits (`spelledAsDigits`).
    static func pieces(of block: Block) -> [MathDelimiters.Piece] {
        func from(_ inlines: [Inline]) -> [MathDelimiters.Piece] {
            inlines.map { inline in
                switch inline {
                case .text(let t): .text(spelledAsDigits(t))
                case .math(let m): .math(m)
                }
            }
        }
        switch block.kind {
        case .paragraph(let inlines), .heading(_, let inlines): return from(inlines)
        case .displayMath(let m): return [.math(m)]
        case .code(_, let f): return MathDelimiters.scan(f).pieces
        case .table(let t):
            // Each body row after the first is a sentence of its own (`| All
            // triplets | 120 | … |` over `| Valid triplets | 36 | $6 \times
            // 2 \times 3$ (…) |`); the header and the first row are read
            // together, as before (a header of the kinds over one row of
            // their counts).
            return t.rows.enumerated().flatMap { n, row in
                let cells = row.flatMap { from($0.inlines) + [.text(Fragment(" ", start: $0.location))] }
                guard n > max(0, t.headerRows - 1), n + 1 < t.rows.count, let last = row.last else { return cells }
                return cells + [.text(Fragment("\n", start: last.location))]
            }
        default: return []
        }
    }

    /// Text with each whole number spelled in several words, or a tens
    /// word alone, written in digits, places kept (`one hundred and twenty
    /// triplets` → `120 triplets`, `thirty-six valid ones` → `36 valid
    /// ones`; `ProseWords.spelledNumbers`): Question 4's rules read figures
    /// in digits. A run of number words not read whole ("one hundred and
    /// twenty-odd") is left as written, a word that is no number.
    static func spelledAsDigits(_ fragment: Fragment) -> Fragment {
        let words = ProseWords(fragment.text).words
        let pieces = words.compactMap { w -> (range: Range<Int>, text: String)? in
            guard w.spelled, let value = w.spelledValue else { return nil }
            return (w.offset..<(w.offset + w.text.unicodeScalars.count), String(value))
        }
        return pieces.isEmpty ? fragment : fragment.replacing(pieces)
    }

    enum ChainReading {
        /// A calculation, and the kind of count its name says, if it has one.
        case chain(CountClaim.Chain, named: CountClaim.Kind?)
        case failure(String, SourceLocation)
    }

    /// The name a count's chain starts with, and the kind the name says:
    /// a letter with a word under or over it, `N_{\text{all}}`,
    /// `n_{valid}`, `T^{\mathrm{total}}`, or within bars (`|T_{valid}|`,
    /// the size of a set), `\#_{valid}`; nil when the side is no such name
    /// or its word names no kind (`N_1`).
    static func countName(_ side: ChainSide) -> CountClaim.Kind? {
        var nodes = NodeShapes.flatten(side.nodes)
        if nodes.count == 1, case .fenced(let open, let body, let close) = nodes[0].kind, open.family == .vert, close.family == .vert {
            nodes = NodeShapes.flatten(body)
        }
        // `\#\text{all}`: the number sign before the word, no script.
        if nodes.count == 2, nodes[0].atomToken.map({ $0.kind == .command("#") || $0.kind == .other("#") }) == true {
            return NodeShapes.word(nodes[1]).flatMap { countKind(word: $0.lowercased()) }
        }
        guard nodes.count == 1, case let .scripts(base, sub, sup, 0) = nodes[0].kind, (sub == nil) != (sup == nil) else { return nil }
        let baseIsName = NodeShapes.letter(base).map { $0.isASCII && $0.properties.isAlphabetic } == true
            || base.atomToken.map { $0.kind == .command("#") || $0.kind == .other("#") } == true
        guard baseIsName, let label = (sub ?? sup), let word = NodeShapes.word(label)?.lowercased() else { return nil }
        return countKind(word: word)
    }

    /// The kind of count a name's word says, if it says one.
    static func countKind(word: String) -> CountClaim.Kind? {
        switch word {
        case "all", "total", "tot", "ordered", "perm", "permutations", "any", "unrestricted", "possible": return .all
        case "valid", "val": return .valid
        default: return nil
        }
    }

    /// The calculations of a maths span, one per item (`6·2·3 = 2·(3·2·3)
    /// = 36`), each side evaluated by the grammar; none for maths that is
    /// not one: a set or a tuple of samples (`\{f_1, f_4\}`, a class)
    /// describes, it does not count.
    private func readChains(_ written: Fragment, plainText: Bool, maths: MathContext) -> [ChainReading] {
        var fragment = plainText ? written : Self.droppingUnits(written)
        if plainText, let split = Self.slashBetweenStatements(fragment, maths: maths) { fragment = split }
        let span = maths.read(fragment, plainText: plainText)
        if MathItem.namesSamples(span.tree.nodes) { return [] }
        // `$y_a = y_p \neq y_n$`, `$a \neq p$`: maths without a number states a
        // condition; it counts nothing.
        if !fragment.text.unicodeScalars.contains(where: { $0.properties.numericType != nil }) { return [] }
        // `$\frac{36}{120} = 30\%$`: a percentage is a share, no count.
        if fragment.text.unicodeScalars.contains("%") { return [] }
        // `\{1, 2, 3\}`, `C_1 = \{4, 5, 6\}`: a set of indices (a class) describes.
        if span.tree.nodes.contains(where: { node in
            guard case .fenced(let open, let body, _) = node.kind, open.family == .brace else { return false }
            return body.contains { $0.atomRole == .punctuation(.comma) }
        }) { return [] }
        // `$a,p$`, `$n$`: letters alone (roles, a variable's name) count nothing.
        if span.tree.nodes.allSatisfy({ node in
            NodeShapes.letter(node) != nil || node.atomRole == .punctuation(.comma)
        }) { return [] }
        var result: [ChainReading] = []
        // `\#\text{all} = …`: the number sign alone, then its word as text
        // (which ends an item): the name of the chain that follows.
        func textName(_ k: Int) -> CountClaim.Kind? {
            guard k > 0, k < span.items.count, case .text(let w) = span.items[k].separator, span.items[k].continuesChain,
                  case let sign = NodeShapes.flatten(span.items[k - 1].nodes), sign.count == 1,
                  sign[0].atomToken.map({ $0.kind == .command("#") || $0.kind == .other("#") }) == true else { return nil }
            return Self.countKind(word: w.trimmingWhitespace().lowercased())
        }
        for (n, item) in span.items.enumerated() {
            // `out of $n = 6$`, `$|C_1| = |C_2| = 3$`: a quantity named, no count.
            if Self.quantityValue(item.sides) { continue }
            if textName(n + 1) != nil { continue }
            do throws(NotationError) {
                var sides = item.sides
                // `N_{\text{valid}} := 6 \cdot 2 \cdot 3 = 36`: the count's
                // name, then its chain, of the kind the name says.
                var named: CountClaim.Kind?
                if let kind = textName(n), sides.count > 1, sides[0].nodes.isEmpty, sides[1].relation == .equals {
                    named = kind
                    sides.removeFirst()
                    sides[0].relation = nil
                }
                // (`:=` written as `:` then `=` is one relation, `MathItem.sides`.)
                if sides.count > 1, let kind = Self.countName(sides[0]),
                   let link = sides[1].relation, link == .equals || link == .definedAs || link == .identical {
                    named = kind
                    sides.removeFirst()
                    sides[0].relation = nil
                }
                let values: [Rational]
                var formulaFirst = false
                do throws(NotationError) {
                    values = try Statements.count(sides, in: span.tree)
                } catch {
                    // `n(n-1)(n-2) = 6 \cdot 5 \cdot 4 = 120`: a formula in
                    // symbols, then the numbers put in: the calculation is
                    // the numbers' (the formula is not evaluated).
                    guard let k = Self.symbolicLead(sides, in: span.tree) else { throw error }
                    sides.removeFirst(k)
                    sides[0].relation = nil
                    values = try Statements.count(sides, in: span.tree)
                    formulaFirst = true
                }
                // "= 36" continues a sentence: read it as "36". A number
                // alone (`$= 36$`, `$36$`) states the total.
                let start = named != nil || formulaFirst ? sides[0].range.lowerBound
                    : item.continuesChain ? (sides[1].relationRange?.upperBound ?? item.range.lowerBound) : item.range.lowerBound
                let range = start..<item.range.upperBound
                let at = span.location(n == 0 ? 0 : item.range.lowerBound)
                var chain = CountClaim.Chain(values: values, text: span.text(range), location: at)
                chain.parts = Self.parts(of: sides, in: span.tree)
                let written = sides.filter { !$0.nodes.isEmpty }
                if values.count == 1, written.count == 1 {
                    let flat = NodeShapes.flatten(written[0].nodes)
                    chain.isExpression = !(flat.count == 1 && NodeShapes.integer(flat[0]) != nil)
                }
                result.append(.chain(chain, named: named))
            } catch {
                result.append(.failure(error.message, span.location(error.offset)))
            }
        }
        return result
    }

    /// How many sides a calculation opens with that are a formula in
    /// symbols (`n(n-1)(n-2)`, `\sum_{a=1}^{6} …`): each one unknown to
    /// the arithmetic, then `=` and two sides or more that are all numbers.
    /// Nil when there are none or the rest is not such a calculation.
    static func symbolicLead(_ sides: [ChainSide], in tree: MathTree) -> Int? {
        for k in 1..<max(1, sides.count - 1) {
            let lead = sides[k - 1]
            // (A name alone, `N_1 = 6 \cdot 5 \cdot 4`, is no formula: what
            // it names is for `countName` to say.)
            guard (try? Statements.count([ChainSide(relation: nil, nodes: lead.nodes)], in: tree)) == nil,
                  Self.holdsLetter(lead.nodes) && NodeShapes.flatten(lead.nodes).count >= 2 || Self.fallingFactorial(lead.nodes)
                      || Self.sizeOfWrittenSet(lead.nodes) else { return nil }
            guard sides[k].relation == .equals else { return nil }
            var rest = Array(sides[k...])
            rest[0].relation = nil
            if (try? Statements.count(rest, in: tree)) != nil { return k }
        }
        return nil
    }

    /// Whether the nodes are the falling factorial in Pochhammer's symbol,
    /// `(6)_3`, `(n)_k`: a formula whose numbers come after it (the
    /// grammar does not evaluate it).
    static func fallingFactorial(_ nodes: [MathNode]) -> Bool {
        let flat = NodeShapes.flatten(nodes)
        guard flat.count == 1, case let .scripts(base, sub?, nil, 0) = flat[0].kind,
              case let .fenced(open, body, close) = base.kind, open.family == .parenthesis, close.family == .parenthesis else { return false }
        let inside = NodeShapes.flatten(body), index = NodeShapes.flatten([sub])
        return inside.count == 1 && index.count == 1
            && (NodeShapes.integer(inside[0]) != nil || NodeShapes.letter(inside[0]) != nil)
            && (NodeShapes.integer(index[0]) != nil || NodeShapes.letter(index[0]) != nil)
    }

    /// Whether the nodes are the size of a set written out between bars,
    /// `|\{(a, p, n)\}|` (not a name's, `|T|`, which `countName` reads).
    static func sizeOfWrittenSet(_ nodes: [MathNode]) -> Bool {
        let flat = NodeShapes.flatten(nodes)
        guard flat.count == 1, case let .fenced(open, body, close) = flat[0].kind, open.family == .vert, close.family == .vert else { return false }
        return holdsLetter(body) && NodeShapes.flatten(body).contains { if case .fenced = $0.kind { true } else { false } }
    }

    /// Whether a letter stands anywhere in the nodes (a symbol's name).
    static func holdsLetter(_ nodes: [MathNode]) -> Bool {
        nodes.contains { node in
            switch node.kind {
            case .atom(let t, _): if case .letter = t.kind { return true } else { return false }
            case .group(let inner), .fenced(_, let inner, _): return holdsLetter(inner)
            case let .scripts(base, sub, sup, _): return holdsLetter([base] + [sub, sup].compactMap { $0 })
            case let .fraction(_, n, d): return holdsLetter([n, d])
            case let .command(_, _, arguments, _): return holdsLetter(arguments)
            default: return false
            }
        }
    }

    /// Whether a chain gives a quantity's value, not a count: `n = 6`,
    /// `|C_1| = |C_2| = 3` (a lower-case letter, or a set's size between
    /// bars, each side but the last; a whole number last).
    static func quantityValue(_ sides: [ChainSide]) -> Bool {
        // (A size, not a count: `n = 120` may well be the answer.)
        guard sides.count >= 2, let last = sides.last, NodeShapes.flatten(last.nodes).count == 1,
              let value = NodeShapes.integer(NodeShapes.flatten(last.nodes)[0]), value <= 12 else { return false }
        return sides.dropLast().allSatisfy { side in
            let flat = NodeShapes.flatten(side.nodes)
            guard flat.count == 1 else { return false }
            if let letter = NodeShapes.letter(flat[0]) { return letter.properties.isLowercase }
            if case .fenced(let open, let body, _) = flat[0].kind, open.family == .vert { return holdsLetter(body) && !body.isEmpty }
            return false
        } && sides.dropFirst().allSatisfy { $0.relation == .equals }
    }

    /// `6 * 5 * 4 = 120 / 6 * 2 * 3 = 36` in plain text: two calculations
    /// set apart by a slash with space on both sides. Read as one chain the
    /// slash divides (`120 / 6 * 2 * 3`) and the chain is false; read as two
    /// statements each holds. Then the slash is a separator (`;`), so that
    /// neither a right count is graded wrong nor a wrong one read as right
    /// (a false half keeps the whole chain, reported false as written).
    static func slashBetweenStatements(_ line: Fragment, maths: MathContext) -> Fragment? {
        let scalars = Array(line.text.unicodeScalars)
        func blank(_ i: Int) -> Bool { i >= 0 && i < scalars.count && (scalars[i] == " " || scalars[i] == "\t") }
        let slashes = scalars.indices.filter { scalars[$0] == "/" && blank($0 - 1) && blank($0 + 1) }
        guard slashes.count == 1, let slash = slashes.first,
              scalars[..<slash].contains("="), scalars[(slash + 1)...].contains("=") else { return nil }
        let own = MathContext(table: maths.table)
        /// The values of the one chain `text` holds, if it is one.
        func values(_ text: Substring) -> [Rational]? {
            let span = own.span(text, plainText: true)
            guard span.items.count == 1, span.items[0].sides.count >= 2 else { return nil }
            return try? Statements.count(span.items[0].sides, in: span.tree)
        }
        func holds(_ v: [Rational]?) -> Bool { v.map { $0.count >= 2 && Set($0).count == 1 } ?? false }
        let before = line.slice(0..<slash), after = line.slice((slash + 1)..<scalars.count)
        // The words after the second calculation (`(all / valid)`) are not its.
        let afterMaths = after.text.prefix { $0 != "(" && !$0.isLetter || $0 == "x" }
        guard !holds(values(line.text.prefix { $0 != "(" })), holds(values(before.text)), holds(values(Substring(afterMaths))) else { return nil }
        var builder = FragmentBuilder()
        builder.append(before)
        builder.append(";", at: line.location(at: slash))
        builder.append(after)
        return builder.build(or: line.start)
    }

    /// The values of the parts of a calculation's sides: every term of a
    /// sum, every run of factors of a product (written with `·`, `×`, `*`),
    /// every parenthesised or braced sub-expression, and the parts of
    /// those — what a step stated before it may be.
    static func parts(of sides: [ChainSide], in tree: MathTree) -> [Rational] {
        var parts: [Rational] = []
        func value(_ nodes: [MathNode]) -> Rational? {
            guard !nodes.isEmpty, let v = try? Statements.chain([ChainSide(relation: nil, nodes: nodes)], in: tree, allowed: [], mode: .count).first,
                  v.isConstant else { return nil }
            return v.constant
        }
        func walk(_ nodes: [MathNode], depth: Int) {
            guard depth < 8, parts.count < 200 else { return }
            let flat = NodeShapes.flatten(nodes)
            // Terms, at top-level `+` and `-`.
            var terms: [[MathNode]] = [[]]
            for node in flat {
                if let op = NodeShapes.operation(node), op == .plus || op == .minus, !(terms.last?.isEmpty ?? true) { terms.append([]) }
                terms[terms.count - 1].append(node)
            }
            for term in terms {
                if terms.count > 1, let v = value(term) { parts.append(v) }
                // The dividend of a division by a smaller number: `36 / 2 =
                // 18` builds on 36 (not a ratio: `36/120 = 0.3`).
                if let d = term.firstIndex(where: { NodeShapes.operation($0) == .divide }), d > 0,
                   let v = value(Array(term[..<d])),
                   let w = value(Array(term[(d + 1)...].prefix { NodeShapes.operation($0) == nil })), w < v { parts.append(v) }
                // Runs of factors at explicit multiplications.
                var factors: [[MathNode]] = [[]]
                for node in term {
                    if NodeShapes.operation(node) == .times { factors.append([]) } else { factors[factors.count - 1].append(node) }
                }
                if factors.count > 1, factors.count <= 8 {
                    for i in 0..<factors.count {
                        for j in (i + 1)...factors.count where j - i < factors.count {
                            var run: [MathNode] = []
                            for (n, f) in factors[i..<j].enumerated() {
                                if n > 0, let times = term.first(where: { NodeShapes.operation($0) == .times }) { run.append(times) }
                                run += f
                            }
                            if let v = value(run) { parts.append(v) }
                        }
                    }
                }
                for node in term {
                    switch node.kind {
                    case .fenced(_, let body, _):
                        if let v = value(body) { parts.append(v) }
                        walk(body, depth: depth + 1)
                    case .group(let inner):
                        if let v = value(inner) { parts.append(v) }
                        walk(inner, depth: depth + 1)
                    case let .fraction(_, n, d):
                        // (The numerator over a smaller whole is a part:
                        // `\frac{36}{2} = 18` builds on 36; not a ratio, `\frac{36}{120}`.)
                        if let v = value([n]), let w = value([d]), w < v { parts.append(v) }
                        walk([n], depth: depth + 1)
                        walk([d], depth: depth + 1)
                    default:
                        continue
                    }
                }
            }
        }
        for side in sides where !side.nodes.isEmpty { walk(side.nodes, depth: 0) }
        return parts
    }

    /// The chain's last side as a statement, when it is a whole number.
    static func statement(_ chain: CountClaim.Chain) -> CountClaim.Statement? {
        guard let value = chain.values.last, value.denominator == 1, let n = Int(exactly: value.numerator) else { return nil }
        return CountClaim.Statement(value: n, text: chain.text, location: chain.location)
    }
}

extension SheetParser {
    /// A block's counts without the calculations taken back right after
    /// them: a calculation, then only words of correction (`, sorry,`, `—
    /// wait, no:`, `; actually,`, `, I mean`: `CorrectionWords.saying`, with
    /// the fillers and inline-correction words of the retractions), then another calculation
    /// (`$6 \cdot 5 \cdot 4 = 100$, sorry, $6 \cdot 5 \cdot 4 = 120$`): the
    /// first is withdrawn, the second is the sheet's.
    static func withoutRetractedCalculations(_ events: [CountEvent], texts: [(offset: Int, text: Substring)]) -> [CountEvent] {
        var withdrawn: Set<Int> = []
        for i in events.indices.dropLast() {
            guard case .chain = events[i].item, case .chain = events[i + 1].item else { continue }
            let between = texts.filter { $0.offset > events[i].offset && $0.offset < events[i + 1].offset }.map { String($0.text) }.joined(separator: " ")
            let words = ProseWords(Substring(between)).words.map(\.text)
            guard words.contains(where: CorrectionWords.saying.contains),
                  words.allSatisfy({ CorrectionWords.saying.contains($0) || CorrectionWords.fillers.contains($0) || CorrectionWords.inline.contains($0) })
            else { continue }
            withdrawn.insert(i)
        }
        return events.indices.filter { !withdrawn.contains($0) }.map { events[$0] }
    }
}

/// Something Question 4's text states, at its offset in its block: a
/// product of choices, a calculation, or a total.
struct CountEvent {
    enum Item {
        case product(CountClaim.Product)
        case chain(CountClaim.Chain)
        case statement(CountClaim.Statement)
        /// A calculation that cannot be read: reported on the reasoning of its kind.
        case failure(String, SourceLocation)
    }

    var offset: Int
    /// The kind its own words give it.
    var own: CountClaim.Kind?
    var item: Item
    /// A calculation followed by "… triplets": its result is a total stated.
    var statesTotal = false

    /// A total: a calculation or a number stated (not a product of choices).
    var isTotal: Bool {
        switch item {
        case .chain, .statement: true
        default: false
        }
    }

    /// A calculation written without its result (`6 \cdot 5 \cdot 4`).
    var isExpression: Bool {
        if case .chain(let c) = item { return c.isExpression }
        return false
    }

    /// A calculation to a total (`6 \cdot 5 \cdot 4 = 120`), not a number alone.
    var isCalculation: Bool {
        if case .chain(let c) = item { return c.values.count > 1 }
        return false
    }

    /// The value it arrives at.
    var value: Rational? {
        switch item {
        case .chain(let c): c.values.last
        case .statement(let s): Rational(Int64(s.value))
        case .product(let p): Rational(Int64(clamping: p.value))
        case .failure: nil
        }
    }

    /// Whether this calculation uses `earlier`'s value as a part
    /// (`2 \cdot 18 = 36` after `18`, `2 \cdot (3 \cdot 2 \cdot 3)` after `3 \cdot 2 \cdot 3`).
    func buildsOn(_ earlier: CountEvent) -> Bool {
        guard case .chain(let c) = item, let value = earlier.value else { return false }
        return c.parts.contains(value)
    }

    /// Whether this calculation builds on `earlier` directly or through
    /// totals of `steps` between them, each on the one before (`18 × 2 =
    /// 36`, then `36 × 2 = 72`, after `3 · 2 · 3 = 18`).
    func buildsOn(_ earlier: CountEvent, through steps: [CountEvent]) -> Bool {
        if buildsOn(earlier) { return true }
        return steps.contains { step in
            step.offset > earlier.offset && step.offset < offset && step.isTotal && buildsOn(step)
                && step.buildsOn(earlier, through: steps)
        }
    }

    var location: SourceLocation {
        switch item {
        case .product(let p): p.location
        case .chain(let c): c.location
        case .statement(let s): s.location
        case .failure(_, let at): at
        }
    }

    var text: String {
        switch item {
        case .product(let p): p.text
        case .chain(let c): c.text
        case .statement(let s): s.text
        case .failure(let message, _): message
        }
    }
}
