import Foundation
import CoursecheckAssignment
import CoursecheckMaths
import CoursecheckNotation

extension SheetParser {
    /// Reads every `∂L/∂s = …` item of a section, each maths fragment read
    /// by the grammar (`MathContext`). Items are the grammar's: separated by
    /// top-level commas, semicolons, full stops, `\\` and the rows of
    /// `align`-like environments, `\quad`, text and implications. In
    /// Question 5 an item's label `t_k` (or the section's number 5.k) names
    /// its triplet.
    ///
    /// A claim's chain goes on past its item until the next derivative: an
    /// item that starts with `=` (`&= …` on the next line of an `align`, or
    /// `$$= …$$`), or maths after prose (`which gives $f_1 - f_2$`), adds
    /// sides, and the last side is the answer. Every other item is either
    /// known not to be an answer (a triplet `t_k = (…)`, a label, a
    /// definition of L, prose) or reported: an item that cannot be read while
    /// a claim is open makes that claim's answer unreadable, since it may be
    /// its final line.
    func parseDerivatives(_ fragments: [MathFragment], question: QuestionID, symbols: [Symbol],
                          into sheet: inout ParsedSheet, label: inout Int?, maths: MathContext) {
        // In Question 5, f_a, f_p, f_n name the triplet's anchor, positive
        // and negative: read them, then replace them.
        let rolesMeanSamples = question == .question(5) || question.tripletNumber != nil
        let allowed = Set(symbols).union(rolesMeanSamples ? Symbol.roles : [])
        let naming = SampleNaming(bareRoles: allowed.isSuperset(of: Symbol.roles))
        var context = DerivativeContext()
        context.possessiveRoles = question == .question(2) || question == .question(3)
        // A table's row whose triplet is not certain (`AnswerTable.forPerson`):
        // each of its cells is reported, and answers nothing.
        let fragments = fragments.filter { piece in
            guard let why = piece.forPerson else { return true }
            let at = piece.fragment.start
            sheet.problems.append(problem(.unplaced(question, at), at, why, detail: String(piece.fragment.text)))
            context.unread = true
            return false
        }
        /// A derivative written alone in its maths (`$\frac{\partial L}{\partial f_a}$`),
        /// waiting for its value in the next maths after "is" or "=".
        /// `open`: written with its `=` (`$\frac{\partial L}{\partial f_n} =$ $f_a - f_n$`),
        /// so only space may stand before the value.
        /// `empty`: where its empty side is, reported as such when no value follows.
        var pendingHead: (source: Fragment, proseBefore: String, plainText: Bool, open: Bool, empty: SourceLocation?)?
        func reportPending(_ sheet: inout ParsedSheet) {
            guard let p = pendingHead else { return }
            // `$\frac{\partial L}{\partial f_5} =$ ~~$f_1 + f_3 - 2f_5$~~`: its
            // value struck out on its line, withdrawn by the writer; the head
            // states nothing (the answer is elsewhere, or missing).
            if p.open, let empty = p.empty,
               sheet.omitted.values.joined().contains(where: { $0.kind == .struckOut && $0.location.line == empty.line && $0.location >= empty }) {
                pendingHead = nil
                return
            }
            sheet.problems.append(problem(.unplaced(question, p.source.start), p.empty ?? p.source.start,
                                          p.empty == nil ? "cannot read this derivative" : "empty side of '='",
                                          detail: p.source.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")))
            pendingHead = nil
        }
        // `F = [f_1, …, f_6]`: the samples stacked under a name, for the
        // gradients over it (`\nabla_F L_k = (…)`) here and after.
        for fragment in fragments where fragment.fragment.text.containsBytes("=") && fragment.fragment.text.containsBytes(",") {
            for item in maths.span(fragment.fragment.text, plainText: fragment.plainText).items {
                if let (letter, samples) = item.sampleStack(naming) { sheet.sampleStacks[letter] = samples }
            }
        }
        let stacks = sheet.sampleStacks
        // An order of the roles for Questions 2 and 3, of every sample for
        // the others (a row of three under Question 5.3 lists no roles).
        let inRoles = question == .question(2) || question == .question(3)
        let orders = sheet.componentOrders.filter { $0.allSatisfy(Symbol.roles.contains) == inRoles }
        let written = fragments.flatMap(Self.mappingRows).flatMap { Self.vectorRows($0, maths: maths, naming: naming, stacks: stacks,
                                                                                       orders: orders) }
            .flatMap { Self.bracedStatements($0, maths: maths, naming: naming) }
            .flatMap { Self.indexCases($0, maths: maths, naming: naming, samples: part.samples) }
            .flatMap { Self.indexList($0, maths: maths, naming: naming, samples: part.samples) }
            .flatMap(Self.withoutIndexRange)
        // `… — scratch that, I lost the $f_3$ term: $B$`: the sample is the slipped term's.
        let pieces = Self.slippedTermsNamed(written)
        // `…, each times 2`, `All of these are multiplied by 2.`: a block
        // whose words give every value one change (`ChangingWords.ofEvery`),
        // in any sentence of it, leaves each value in it to a person.
        let changedBlocks = Set(pieces.lazy.filter {
            $0.changesEvery || ChangingWords.ofEvery($0.proseBefore + " " + $0.fragment.text + " " + $0.proseAfter + " " + $0.sentenceRest)
        }.map(\.paragraph))
        // `…, so the answers are the first cases: $A$, $B$ and $C$.`: values
        // restating the answers, checked against them after the section.
        let restatements = rolesMeanSamples ? [] : Self.restatementRuns(pieces, maths: maths, naming: naming)
        for (index, var piece) in pieces.enumerated() {
            if restatements.contains(where: { $0.contains(index) }) {
                reportPending(&sheet)
                context.open = nil
                continue
            }
            if changedBlocks.contains(piece.paragraph) {
                reportPending(&sheet)
                let at = piece.fragment.start
                sheet.problems.append(problem(.unplaced(question, at), at,
                    "a value in a block whose words change every value (\"each times 2\", \"all multiplied by 2\"): for a person",
                    detail: piece.fragment.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")))
                context.unread = true
                continue
            }
            if let p = pendingHead {
                pendingHead = nil
                // "The derivative $∂L/∂f_a$ is $f_n - f_p$": the head and its
                // value in two maths, only "is", "=", "equals" between them.
                // (Emphasis around the value, `$… =$ **$f_n - f_p$**`, is no word.)
                let words = piece.proseBefore.split(whereSeparator: { $0.isWhitespace || $0 == "*" || $0 == "_" })
                // A value, never another derivative: `$∂L/∂f_3 =$` left blank
                // before `$∂L/∂f_4 = 0$` does not take f_4's 0.
                let next = MathContext(table: maths.table).read(piece.fragment, plainText: piece.plainText)
                let startsWithHead = next.items.first.map { $0.head(naming) != nil || $0.isBareHead(naming) || $0.isOpenHead(naming) } ?? false
                // `- $∂L/∂f_1$` with its chain in the items under it, each
                // `$= …$`: the next maths, nothing between, carries it on.
                let lead = piece.fragment.text.drop { $0.isWhitespace || $0 == "&" }
                let continues = !p.open && words.isEmpty && lead.hasPrefix("=") && !lead.hasPrefix("==")
                // (Not words giving the value to someone else or doubting it:
                // `$∂L/∂f_p$ — my friend says $B$`, `…, maybe $B$`.)
                if continues || !startsWithHead && (p.open ? words.isEmpty : words.count <= 4 && Prose.announcesResult(piece.proseBefore)
                                                    && !CorrectionWords.disputes(piece.proseBefore)) {
                    var builder = FragmentBuilder()
                    builder.append(p.source)
                    builder.append(continues ? " " : " = ", at: piece.fragment.start)
                    // `&= …` outside its environment: the `&` is layout.
                    let skip = continues ? piece.fragment.text.unicodeScalars.prefix { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "&" }.count : 0
                    builder.append(piece.fragment.slice(skip..<piece.fragment.count))
                    let (after, rest) = (piece.proseAfter, piece.sentenceRest)
                    piece = MathFragment(fragment: builder.build(or: p.source.start), proseBefore: p.proseBefore,
                                         plainText: p.plainText && piece.plainText)
                    // (The words after the value are still after it.)
                    (piece.proseAfter, piece.sentenceRest) = (after, rest)
                } else if !p.open, p.empty == nil, Self.onlySeparators(piece.proseBefore), !piece.display,
                          next.items.count == 1, next.items[0].isBareHead(naming), Self.singleValueAfter(pieces, from: index + 1) {
                    // `$∂L/∂f_3$, $∂L/∂f_4$ and $∂L/∂f_6$ are all 0`: heads
                    // listed before one value, as if chained by `=`.
                    var builder = FragmentBuilder()
                    builder.append(p.source)
                    builder.append(" = ", at: piece.fragment.start)
                    builder.append(piece.fragment)
                    pendingHead = (builder.build(or: p.source.start), p.proseBefore, p.plainText && piece.plainText, false, nil)
                    continue
                } else if !p.open, p.empty == nil, Self.roleAside(piece, after: p.source, plainText: p.plainText, next: pieces.dropFirst(index + 1).first,
                                                          maths: maths, naming: naming) {
                    // `$\frac{\partial L}{\partial f_a}$ (here $f_a = f_1$): $f_5 - f_2$`:
                    // the role's sample said in an aside between the head and
                    // its value; the aside is read as a role stated (checked
                    // against the triplet) and the head waits for the value.
                    pendingHead = p
                } else {
                    pendingHead = p
                    reportPending(&sheet)
                }
            }
            // A block that opens with words (a list item `- w.r.t. the
            // positive $f_p$: …`, a paragraph) starts a sentence of its own;
            // a display after "all others are:" goes on with the last.
            if piece.paragraph != context.paragraph {
                // (A plain-text line carries its words inside its maths: one
                // that opens on a word or a label, `t2 = (1,3,4): the anchor
                // is f1, …` after a blank line, starts a sentence too; the
                // last paragraph's "wrt f4: 0." is not its "wrt the anchor".)
                if piece.proseBefore.contains(where: \.isLetter) || Self.plainParagraphOpensOnWord(piece) { context.startSentence() }
                // A block whose derivatives name several triplets' losses (a
                // table of them all) labels nothing after it: "all other
                // gradients are 0" below it is every triplet's, not the last's.
                if context.headLabels.count > 1, let k = label, context.headLabels.contains(k) { label = nil }
                context.headLabels = []
                context.paragraph = piece.paragraph
                context.blockProse = ""
            }
            context.valuesChangedAround = ChangingWords.anywhere(piece.proseBefore + " " + piece.proseAfter + " " + piece.sentenceRest)
            context.read(prose: piece.proseBefore)
            if piece.ownClause {
                context.mentionsBefore += context.mentions
                context.mentions = []
            }
            context.clauseAfter = piece.clauseAfter
            // A triplet stated labels the derivatives of its own paragraph
            // only: not those after "(for $t_1 = (…)$)" closing a working,
            // nor those after a list of the triplets with comments.
            if let stated = context.statementLabel, stated.paragraph != piece.paragraph {
                if label == stated.label { label = nil }
                context.statementLabel = nil
            }
            let original = piece.fragment
            // `the $\max$ returns $0$`: an operator named alone in maths is
            // a word of its sentence.
            if !piece.display, let name = Self.operatorWord(original.text) {
                context.read(prose: name)
                continue
            }
            // `$\tfrac12$$\|$f_a - f_p$\|$$^2$`: a coefficient alone in its
            // maths, the next maths glued to it opening a norm, is the
            // factor of a term of the loss the writer's spans split; it
            // states no value.
            if !piece.display, Self.isCoefficient(original.text), index + 1 < pieces.count,
               pieces[index + 1].paragraph == piece.paragraph, pieces[index + 1].proseBefore.isEmpty,
               Self.opensNorm(pieces[index + 1].fragment.text) {
                continue
            }
            guard original.text.unicodeScalars.count <= SheetParser.maximumFragment else {
                sheet.problems.append(problem(.unplaced(question, original.start), original.start,
                                              "math longer than \(SheetParser.maximumFragment) characters"))
                continue
            }
            let span = maths.read(original, plainText: piece.plainText)
            context.checkInPiece = false
            let items = Self.joiningWorkingRows(span.items.flatMap { Self.splittingStatedTriplet($0, naming: naming) }, naming: naming)
            // (`f_3, f_4, f_6 \mapsto 0`: the samples listed before a map are its own.)
            let (beforeMaps, mappedInTurn) = question == .question(5) || question.tripletNumber != nil
                ? Self.samplesBeforeMaps(items, naming: naming) : ([:], [])
            let listedBeforeMap = beforeMaps.isEmpty ? [] : Set(beforeMaps.flatMap { map, samples in (map - samples.count)..<map })
            for (n, listed) in items.enumerated() {
                context.samplesBeforeMap = beforeMaps[n] ?? []
                let at = span.location(listed.range.lowerBound)
                // `- f₁: f₅ − f₂`, `anchor f₁: ∂L/∂fₐ = …` under Question
                // 5.k: a row opened by the one sample it is for and a colon
                // (`sampleRow`); the value is that sample's, the derivative
                // read without its label.
                var item = listed
                switch sampleRow(listed, words: (n == 0 ? piece.proseBefore + " " : "") + listed.textBefore, question: question, label: label,
                                 naming: naming, sheet: sheet) {
                case .derivative(let rest)?:
                    item = rest
                case .value(let sample, let body)?:
                    flushHeldValue(before: nil, naming: naming, question: question, context: &context, into: &sheet)
                    context.open = nil
                    context.mentions = [sample]
                    statedByCue(body, in: span, question: question, symbols: symbols, allowed: allowed, naming: naming, label: label,
                                context: &context, into: &sheet)
                    continue
                case .disagrees(let detail)?:
                    sheet.problems.append(problem(.unplaced(question, at), at, "the sample opening this row is not the one its answer is for",
                                                  detail: "\(span.text(listed.range)): \(detail)"))
                    context.open = nil
                    context.unread = true
                    continue
                case nil:
                    break
                }
                flushHeldValue(before: item, naming: naming, question: question, context: &context, into: &sheet)
                // A sum held as the working of the derivative after it
                // (`readOther`): this item's, or reported.
                // (A sample named alone between them, `$…$ for $f_1$, hence
                // $∇_{f_1} L = …$`, is the sum's words, as are words alone in
                // a line of plain text, `(…) + (…) gives dL/df_1 = …`: the
                // working waits on.)
                let waits = SampleShape.read(item.nodes, naming: naming) != nil || item.leadingProse(naming).count == item.nodes.count
                var workingBefore = waits ? nil : context.workingBefore
                if !waits { context.workingBefore = nil }
                defer { if let w = workingBefore { sheet.problems.append(w.problem) } }
                // Text between items (`\text{, so }`, a plain-text line's
                // words) goes on the sentence.
                // (`… the negative f5. So the gradient with respect to f1 is
                // …`, plain text: a full stop before the words
                // (`MathItem.markBefore`) ends the samples named before it;
                // they are not the next sentence's.)
                if item.textBefore.hasPrefix(". ") {
                    context.mentionsBefore += context.mentions
                    context.mentions = []
                    context.read(prose: String(item.textBefore.dropFirst(2)))
                } else if !item.textBefore.isEmpty {
                    context.read(prose: item.textBefore)
                }
                if listedBeforeMap.contains(n) { continue }
                // (`f_1, f_3 \mapsto A, B`: values in turn, for a person.)
                if mappedInTurn.contains(n) {
                    sheet.problems.append(problem(.unplaced(question, at), at, "samples mapped to values in turn: which value is whose is for a person",
                                                  detail: span.text(item.range)))
                    context.unread = true
                    context.samplesBeforeMap = []
                    continue
                }
                // `For $t_1 = (f_1, f_2, f_5)$ the gradient …`, `5.1  t1=(1,2,5):  dL/df1 = …`:
                // a triplet stated in Question 5 is the one its derivatives
                // after it are about; one stated right after another, only
                // commas or "and" between, makes a list of the triplets,
                // about which none is.
                let followsTriplet = context.lastWasTriplet
                context.lastWasTriplet = false
                // `For $t_3$ the anchor is …, so …`, `$t_3$: …`: a triplet's
                // label alone, starting its sentence or after "for" / "in" /
                // "triplet", is the one its paragraph's derivatives are about.
                // Two in one paragraph: which one the derivatives are about
                // cannot be told, and none is.
                // A line of plain text is one piece: there the label is an
                // item among its words (`For t_2 the anchor is f_1, …`).
                if items.count == 1 || piece.plainText, let k = Self.labelAlone(item) { context.tripletInSentence = k }
                if question == .question(5), items.count == 1 || piece.plainText, let k = Self.labelAlone(item),
                   part.triplets.indices.contains(k - 1) {
                    // (The prose since its sentence began: a paragraph's prose before may end the last one.)
                    let prior = piece.plainText ? (n == 0 ? piece.proseBefore + " " : "") + item.textBefore
                        : n == 0 ? piece.proseBefore : item.textBefore
                    let before = prior.split(omittingEmptySubsequences: false, whereSeparator: { ".!?;\n".contains($0) }).last ?? ""
                    let words = before.lowercased().split(whereSeparator: { !$0.isLetter })
                    if let stated = context.statementLabel, stated.paragraph == piece.paragraph, stated.label != k {
                        label = nil
                        context.statementLabel = (0, piece.paragraph)
                    } else if words.isEmpty || ["for", "in", "triplet"].contains(words.last!) {
                        label = k
                        context.statementLabel = (k, piece.paragraph)
                    }
                    context.open = nil
                    continue
                }
                // Only the assignment's own triplet labels: another numbering is the triplets check's to report.
                // (`t_1 = (1, 2, 5): anchor f_1 → …`, plain text: the colon
                // closing the statement before words is no part of it.)
                if question == .question(5), case .success(let t)? = Self.statedTriplet(Self.withoutClosingMark(item), naming: naming),
                   part.triplets.indices.contains(t.label - 1), part.triplets[t.label - 1] == t.members {
                    // (A list goes on only with the next triplet: `t_1` after `t_8` starts the answers.)
                    let listed = followsTriplet && Self.onlySeparators(n == 0 ? piece.proseBefore : item.textBefore)
                        && context.lastTripletLabel.map { t.label == $0 + 1 } != false
                    context.lastTripletLabel = t.label
                    if piece.labels && items.count == 1 || piece.ownParagraph && items.count == 1 && !listed {
                        // `$t_1 = (f_1, f_2, f_5)$:` or `**$t_1 = (…)$**` alone
                        // over a list or a display: the label of what follows,
                        // past its paragraph — unless another statement follows
                        // it (a list of the triplets, one a paragraph).
                        label = t.label
                        context.statementLabel = nil
                        context.persistentLabel = t.label
                    } else if listed {
                        if let stated = context.statementLabel, label == stated.label { label = nil }
                        if let persistent = context.persistentLabel, label == persistent { label = nil }
                        context.statementLabel = nil
                        context.persistentLabel = nil
                    } else {
                        label = t.label
                        context.statementLabel = (t.label, piece.paragraph)
                    }
                    context.lastWasTriplet = true
                    // What follows a new triplet continues no earlier answer.
                    context.open = nil
                    continue
                }
                // `t = (1, 2, 5)`, `(f_1, f_2, f_5)` under Question 5.k: its own triplet restated.
                if let k = question.tripletNumber ?? label, part.triplets.indices.contains(k - 1),
                   Self.restatedTriplet(item, naming: naming) == part.triplets[k - 1] {
                    context.open = nil
                    continue
                }
                if let stated = Self.rolesStated(item, prose: (n == 0 ? piece.proseBefore + " " : "") + item.textBefore, naming: naming) {
                    // `a = 1`, `f_n = f_5`, `anchor $= f_1$`, `(a = f1, p = f2,
                    // n = f5)`: which sample plays a role, not an answer; in
                    // Question 5.k it must be the triplet's.
                    let known = rolesMeanSamples ? self.roles(ofTriplet: question.tripletNumber ?? label, sheet: sheet) : [:]
                    for (role, sample) in stated {
                        if let actual = known[role], actual != sample, let k = question.tripletNumber ?? label {
                            sheet.problems.append(problem(.unplaced(question, at), at,
                                "the roles stated contradict the triplet", detail: "\(role) = \(sample) here, but in t_\(k) \(role) is \(actual)"))
                            // (Stated right after an answer in its maths, `∇_{fₐ} = … = f₅ − f₂
                            // (for f₂)`: that answer's sample is in doubt, for a person.)
                            if n > 0, let id = context.open {
                                sheet.problems.append(problem(id, at, "the role stated beside this answer contradicts the triplet",
                                                              detail: "\(role) = \(sample) here, but in t_\(k) \(role) is \(actual)"))
                            }
                        }
                    }
                    continue
                }
                // A derivative of a general triplet's loss under Question 5,
                // no triplet named (`Row $k$ lists … $\frac{\partial L_k}{\partial f_6}$:`),
                // names the derivatives: it awaits no value.
                if question == .question(5), label == nil, item.isBareHead(naming), case .success(let h)? = item.head(naming), h.loss.label == .generic {
                    continue
                }
                // `Double-checked $∂L/∂f_4$ by hand: …`, `Correction: in my
                // notes I had $∂L/∂f_n$ with the opposite sign`: a derivative
                // named alone in a sentence that checks the answers, or in a
                // note on a draft, is what it speaks of; no value waits for it.
                // (But a note's derivative alone before words that give its
                // value and the value's maths, `Correction: $∂L/∂f_5$ should be
                // $f_6 - f_2$`, states the corrected answer: read as `=`.)
                if item.isBareHead(naming), context.checksAnswers || context.inCorrectionNote,
                   !(context.inCorrectionNote && !context.checksAnswers && n == items.count - 1 && Self.valueFollows(pieces, after: index)) {
                    context.open = nil
                    continue
                }
                if n == items.count - 1, item.isBareHead(naming) {
                    pendingHead = (original.slice(item.range), n == 0 ? piece.proseBefore : "", piece.plainText, false, nil)
                    continue
                }
                if n == items.count - 1, item.isOpenHead(naming), let first = item.sides[0].nodes.range,
                   let last = item.sides[item.sides.count - 2].nodes.range {
                    pendingHead = (original.slice(first.lowerBound..<last.upperBound), n == 0 ? piece.proseBefore : "", piece.plainText, true,
                                   span.location(item.sides[item.sides.count - 1].range.lowerBound))
                    continue
                }
                // `dL/df_1 = dL1/df_1 + dL2/df_1 + …` ending its line of plain
                // text, the next line of its block going on with `= (…) + …`:
                // the sum is working, its chain carried on to that line.
                if n == items.count - 1, piece.plainText, index + 1 < pieces.count, pieces[index + 1].plainText,
                   pieces[index + 1].paragraph == piece.paragraph, pieces[index + 1].proseBefore.isEmpty,
                   pieces[index + 1].fragment.text.drop(while: \.isWhitespace).hasPrefix("="),
                   !pieces[index + 1].fragment.text.drop(while: \.isWhitespace).hasPrefix("=="),
                   case .success? = item.head(naming), item.sides.count >= 2, let last = item.sides.last,
                   Self.namesDerivatives(last.nodes, naming: naming) {
                    pendingHead = (original.slice(item.range), n == 0 ? piece.proseBefore : "", true, false, nil)
                    continue
                }
                // `∂L_1/∂f_3, ∂L_3/∂f_3, ∂L_6/∂f_3 = 0`: derivatives listed
                // before one `= 0` each have that zero (only zero: another
                // value after a list is for a person).
                // (Not under a condition: "(If the hinge were inactive, …,
                // ∂L/∂f_3 = 0)" states no value of the listed ones.)
                var valueItem = item, valueIndex = n
                let conditional = (context.words + (piece.proseBefore + " " + item.textBefore).lowercased().split { !$0.isLetter })
                    .contains { ["if", "had", "were", "would", "unless", "inactive", "when", "whenever"].contains($0) }
                if !conditional, item.isBareHead(naming), n + 1 < items.count,
                   let j = items[(n + 1)...].firstIndex(where: { !$0.isBareHead(naming) }),
                   items[(n + 1)...j].allSatisfy({ $0.separator == .comma }),
                   case .success? = items[j].head(naming), items[j].sides.count == 2,
                   let zero = try? Self.chain(items[j].sides[1].nodes, in: span, naming: naming, allowed: allowed),
                   zero.values.count == 1, zero.values[0] == .zero {
                    (valueItem, valueIndex) = (items[j], j)
                }
                let head: DerivativeHead
                switch item.head(naming) {
                case nil:
                    // `the following $8 \times 6$ table`: a table's size.
                    if n == items.count - 1, MathItem.isDimension(item.nodes),
                       let word = piece.proseAfter.lowercased().split(whereSeparator: { !$0.isLetter }).first,
                       ["table", "matrix", "array", "grid"].contains(word) {
                        continue
                    }
                    let wordsAfter = span.text(item.range.upperBound..<(n + 1 < items.count ? items[n + 1].range.lowerBound : span.tree.source.count))
                    readOther(item, in: span, proseBefore: (n == 0 ? piece.proseBefore + " " : "") + item.textBefore,
                              inWords: piece.inWords || piece.namesSamples,
                              ownLine: piece.display || piece.plainText || piece.ownParagraph,
                              leadsProse: n == 0 && (piece.leadsProse || piece.plainText && Self.opensSentence(wordsAfter)),
                              labels: items.count == 1 && piece.labels,
                              sentenceRest: piece.sentenceRest, wordsAfter: wordsAfter, proseAfter: n == items.count - 1 ? piece.proseAfter : "",
                              leadAfter: n + 1 < items.count ? items[n + 1].leadingProse(naming).words.joined(separator: " ") : "",
                              question: question, symbols: symbols, allowed: allowed, naming: naming, label: label,
                              context: &context, into: &sheet)
                    continue
                case .failure(let error)?:
                    // "$\frac{\partial L}{\partial f_i}$ is the gradient of …":
                    // a derivative named by a general index and given no value
                    // says what a notation means; it answers nothing.
                    // In a sentence it is the derivatives' name ("all the other
                    // $\partial L/\partial f_i$ are $0$"), and no answer goes on past it.
                    // `\nabla_x \tfrac12\|x - y\|^2 = x - y`: a derivative with
                    // respect to a bare letter that names no sample is a
                    // general fact, no answer.
                    if error.message == "cannot read the variable of this derivative", Self.bareVariable(item, naming: naming) {
                        context.open = nil
                        continue
                    }
                    // (`\frac{\partial L_r}{\partial f_m}` alone, with a letter
                    // index other than i, j, k, is such a name too.)
                    // (`\nabla J^{(k)}`, `\nabla L_k` alone: the gradient with no
                    // variable, the name of the gradients, as "the gradient" is.)
                    if item.sides.count == 1, Self.generalIndex(span.text(item.range)) || Self.letterIndexedVariable(item)
                        || Self.gradientWithoutVariable(span.text(item.range)) {
                        context.read(prose: " derivatives ")
                        context.open = nil
                        continue
                    }
                    // `∂L/∂f_i = ∑_k ∂L_k/∂f_i`: a rule between derivatives
                    // in a general index, every side one, states no value.
                    if item.sides.allSatisfy({ side in
                        side.nodes.range.map { Self.generalIndex(span.text($0)) } == true
                            && DerivativeShape.mentionsDerivative(NodeShapes.flatten(side.nodes))
                    }) { continue }
                    // `Check: $\sum_{i=1}^{6} \nabla_{f_i} L = 0$`, `Check: Σᵢ
                    // ∂L/∂fᵢ = 0 ✓`: a derivative not read, in a sentence that
                    // checks the answers, is what it checks; no answer.
                    if context.checksAnswers || DerivativeContext.saysCheck(span.text(item.range)) {
                        context.open = nil
                        continue
                    }
                    // `Derivation: $\frac{\partial}{\partial f_a}[…] = (f_a - f_p) - (f_a
                    // - f_n)$` in Question 2 or 3: working in roles (for a
                    // person only if the answers do not all follow).
                    if question == .question(2) || question == .question(3), Self.workedInRoles(item, in: span, naming: naming, allowed: allowed) {
                        context.workingInRoles.append(problem(.unplaced(question, at), span.location(error.offset), error.message,
                                                              detail: span.text(item.range)))
                        context.open = nil
                        continue
                    }
                    // `dL/df_i = sum over k of dLk/df_i` (plain text, its words taken
                    // out): a rule for a general index whose other sides name no
                    // sample and no number says how the answers are made; it
                    // answers nothing.
                    // `\frac{\partial L_k}{\partial f_i} = \delta_{i a_k}(f_{n_k} - f_{p_k}) + …`,
                    // `[i = a_k](f_{n_k} - f_{p_k}) + …`: a rule for a general
                    // triplet, its values written in the general triplet's
                    // members, answers no sample of any triplet.
                    if item.sides.count > 1, error.message == "cannot read the variable of this derivative",
                       item.sides.dropFirst().contains(where: { Self.namesGeneralMember($0.nodes) }) {
                        context.generalRuleInSentence = true
                        context.open = nil
                        continue
                    }
                    if item.sides.count > 1, Self.generalIndex(span.text(item.sides[0].range)),
                       item.sides.dropFirst().allSatisfy({ !$0.nodes.isEmpty && !MathItem.holdsValue($0.nodes, naming) }) {
                        context.generalRuleInSentence = true
                        continue
                    }
                    sheet.problems.append(problem(.unplaced(question, at), span.location(error.offset), error.message,
                                                  detail: span.text(item.range)))
                    context.open = nil
                    context.unread = true
                    continue
                case .success(let h)?:
                    // `correction: in my first draft dL/df5 had -f5 only once`:
                    // a derivative a note on a draft names, with no `=`, is
                    // what it speaks of.
                    if context.inCorrectionNote, item.sides.count == 1 {
                        context.open = nil
                        continue
                    }
                    head = h
                }
                // `$\frac{\partial L}{\partial f_a} = f_n - f_p$ times 2`,
                // `dL/dfp = fp - fa, doubled`: words right after the value
                // that change it; what it is is for a person.
                if valueItem.sides.count > 1, n == 0 && ChangingWords.changesNext(piece.proseBefore) || ChangingWords.rightAfter(
                    span.text(valueItem.range.upperBound..<(valueIndex + 1 < items.count ? items[valueIndex + 1].range.lowerBound : span.tree.source.count))
                        + (valueIndex == items.count - 1 ? piece.proseAfter : "")) {
                    sheet.problems.append(problem(.unplaced(question, at), at, "a value that the words after it change: for a person",
                                                  detail: span.text(item.range)))
                    context.open = nil
                    context.unread = true
                    continue
                }
                context.open = nil
                context.mentions = []
                context.shared = nil
                // `∂L/∂f_a = ∂L/∂f_p = ∂L/∂f_n = 0`: heads chained by `=`,
                // each equal to the value after the last.
                var heads = [head]
                let sides = item.sides
                while heads.count < sides.count, sides[heads.count].relation == .equals,
                      case .success(let more)? = DerivativeShape.match(sides[heads.count].nodes, naming: naming) {
                    heads.append(more)
                }
                // `∂E/∂f_1 = \sum_{k \in \{1,2,3,5\}} ∂E_k/∂f_1 = …`: the same
                // derivative named twice on its way is one answer.
                let distinct = question != .question(6) ? heads : heads.enumerated().filter { n, head in !heads[..<n].contains {
                    $0.variable == head.variable && $0.triplet(in: part.triplets) == head.triplet(in: part.triplets)
                } }.map(\.element)
                for head in distinct {
                    let at = span.location(head.range.lowerBound)
                    // `\sum_t \nabla_{f_1} L^{(t)}`, `L_{\text{total}}`: Question 6's sum.
                    if head.loss.summed, question != .question(6) {
                        sheet.problems.append(problem(.unplaced(question, at), at, "the derivative of the loss summed over the triplets outside Question 6",
                                                      detail: span.text(item.range)))
                        continue
                    }
                    // `∂L_{t_2}/∂f_1` under Question 5.1: another triplet's
                    // derivative is not this question's answer.
                    if let k = question.tripletNumber, let j = head.triplet(in: part.triplets), j != k {
                        sheet.problems.append(problem(.unplaced(question, at), at, "a derivative of t_\(j)'s loss under Question 5.\(k)",
                                                      detail: span.text(item.range)))
                        continue
                    }
                    if let k = head.triplet(in: part.triplets), rolesMeanSamples {
                        label = k
                        context.headLabels.insert(k)
                    }
                    let roles = rolesMeanSamples ? self.roles(ofTriplet: question.tripletNumber ?? label, sheet: sheet) : [:]
                    let symbol = roles[head.variable] ?? head.variable
                    var id = AnswerID(question, .derivative(symbol))
                    if question == .question(5) {
                        // `Row $k$ lists $\frac{\partial L_k}{\partial f_1}, \dots$`:
                        // a derivative of a general triplet's loss given no
                        // value names the derivatives; it answers nothing.
                        if label == nil, head.loss.label == .generic, item.sides.count == 1 { continue }
                        // `(∂L/∂f_a, ∂L/∂f_p, ∂L/∂f_n) = (f_n - f_p, f_p - f_a,
                        // f_a - f_n)` before the triplets' parts: a derivative
                        // for a role, no triplet named, its value in the roles
                        // alone, is Question 3's rule restated; it answers no
                        // triplet's sample (passed over beside their answers).
                        // (A colon or full stop closing the rule, `∂L/∂f_n = f_a − f_n:`
                        // over the parts, is the sentence's, not the value's.)
                        if label == nil, Symbol.roles.contains(head.variable),
                           let rule = try? Self.claim(Self.withoutClosingMark(valueItem), head: head, after: heads.count, id: id, in: span,
                                                      naming: naming, allowed: allowed),
                           rule.sides.allSatisfy({ !$0.symbols.isEmpty && Set($0.symbols).isSubset(of: Symbol.roles) }) {
                            sheet.ruleInRoles.append(problem(.unplaced(question, at), at, "maths that answers no derivative", detail: span.text(item.range)))
                            continue
                        }
                        guard let k = label else {
                            sheet.problems.append(problem(.unplaced(question, at), at, "derivative without a triplet", detail: "label it t_k or put it under Question 5.k"))
                            continue
                        }
                        id = AnswerID(.triplet(k), .derivative(symbol))
                    } else if question == .question(6), let k = head.triplet(in: part.triplets) {
                        // `∂L_{t_4}/∂f_3` under Question 6 (a summary of
                        // 5.1–5.8): one triplet's loss is Question 5.k's.
                        id = AnswerID(.triplet(k), .derivative(symbol))
                    }
                    guard Set(symbols).contains(symbol) else {
                        let names = symbols.map(\.description).joined(separator: ", ")
                        sheet.problems.append(problem(.unplaced(question, at), at, "derivative with respect to \(symbol)", detail: "this question asks about \(names)"))
                        continue
                    }
                    do {
                        var claim = try Self.claim(valueItem, head: head, after: heads.count, id: id, in: span, naming: naming, allowed: allowed)
                        claim.symbol = symbol
                        if let w = workingBefore, w.paragraph == context.paragraph, claim.sides.count == 1, distinct.count == 1 {
                            claim.sides.insert(w.value, at: 0)
                            claim.firstSideTerms = w.terms
                            claim.text = w.text + " = " + claim.text
                            workingBefore = nil
                        }
                        if rolesMeanSamples { try substitute(roles, in: &claim, question: question, label: label, headRole: symbol != head.variable) }
                        sheet.derivatives[id, default: []].append(claim)
                        // `My friend says dL/dfp = fp - fa.`, `The TA wrote $…$ on
                        // the board`: an answer the words of its sentence before it
                        // give to someone else, or doubt, is for a person.
                        if CorrectionWords.disputes(Self.sentenceEnding((n == 0 ? piece.proseBefore + " " : "") + item.textBefore)) {
                            sheet.problems.append(problem(id, at, "an answer the words before it give to someone else or doubt (\"my friend says\", \"maybe\"): whether it is the student's is for a person",
                                                          detail: span.text(item.range)))
                        }
                        context.open = id
                        context.statedAlone = nil
                        context.openParagraph = context.paragraph
                        context.openMentionsBefore = context.mentionsBefore
                        context.openRoles = roles
                        context.answered.insert(symbol)
                        context.derivativeInSentence = true
                    } catch {
                        sheet.problems.append(problem(id, span.location(error.offset), error.message))
                        context.unread = true
                    }
                }
            }
            // `… is f_n − f_p, with respect to` / `the positive it is …`: a
            // plain-text line that ends by opening a clause on what a
            // derivative is taken for goes on on the next line; the clause's
            // words are the sentence's (they stand after its last maths).
            if piece.plainText, let last = items.last {
                let trailing = span.text(last.range.upperBound..<span.tree.source.count)
                if DerivativeContext.respectClause(in: trailing) != nil { context.read(prose: trailing + " ") }
            }
        }
        reportPending(&sheet)
        flushHeldValue(before: nil, naming: naming, question: question, context: &context, into: &sheet)
        for run in restatements {
            checkRestatement(pieces[run], question: question, from: pieces.first?.fragment.start, maths: maths, naming: naming,
                             allowed: allowed, into: &sheet)
        }
        if let w = context.workingBefore { sheet.problems.append(w.problem) }
        if !Set(Symbol.roles).isSubset(of: context.answered) { sheet.problems += context.workingInRoles }
    }

    /// Whether maths after a derivative written alone is an aside in
    /// brackets saying which sample its role is (`$∂L/∂f_a$ (here $f_a =
    /// f_1$): …`, `(i.e. $f_p = f_2$)`): opened right before it after at
    /// most a linking word, holding only that statement of the head's own
    /// role, and closed right after it before the value.
    static func roleAside(_ piece: MathFragment, after head: Fragment, plainText: Bool, next: MathFragment?,
                          maths: MathContext, naming: SampleNaming) -> Bool {
        guard let next, !piece.plainText, !piece.display, next.paragraph == piece.paragraph else { return false }
        let before = piece.proseBefore.trimmingCharacters(in: .whitespaces)
        guard let open = before.lastIndex(where: { $0 == "(" || $0 == "[" }),
              before[..<open].allSatisfy(\.isWhitespace) else { return false }
        let close: Character = before[open] == "(" ? ")" : "]"
        let words = before[before.index(after: open)...].lowercased().split(whereSeparator: { !$0.isLetter })
        let linking: Set<Substring> = ["here", "i", "e", "ie", "where", "with", "so", "that", "is", "namely", "now"]
        guard words.count <= 2, words.allSatisfy(linking.contains),
              next.proseBefore.drop(while: \.isWhitespace).first == close else { return false }
        let reading = MathContext(table: maths.table)
        let items = reading.read(piece.fragment, plainText: false).items
        guard items.count == 1, let (role, _) = items[0].roleDefinition(naming),
              let headItem = reading.read(head, plainText: plainText).items.first,
              case .success(let h)? = headItem.head(naming) else { return false }
        return h.variable == role
    }

    /// The claim an item states: its head, then the chain of sides after
    /// it, each a linear form; the text from just after the head's `=`.
    static func claim(_ item: MathItem, head: DerivativeHead, after heads: Int = 1, id: AnswerID, in span: MathReading,
                      naming: SampleNaming, allowed: Set<Symbol>) throws(NotationError) -> DerivativeClaim {
        let sides = item.sides
        guard sides.count > heads else { throw NotationError(head.range, "a derivative without '=' and its value") }
        var rest = Array(sides.dropFirst(heads))
        var end = item.range.upperBound
        // A value by cases of the hinge: the case this question asks for
        // (Question 2: inactive; 3, 5 and 6: active), when its condition says so.
        if rest.count == 1, let branches = CasesShape.branches(rest[0].nodes, in: span.tree) {
            let hinge: CasesShape.Hinge = id.question == .question(2) ? .inactive : .active
            guard let value = CasesShape.value(rest[0].nodes, for: hinge, in: span.tree), let range = value.range else {
                throw NotationError(rest[0].range, branches.count == 2
                    ? "a value by cases whose conditions do not say which case has the hinge \(hinge == .active ? "active" : "inactive")"
                    : "a value by cases with \(branches.count) cases")
            }
            rest = [ChainSide(relation: rest[0].relation, nodes: value, relationRange: range.lowerBound..<range.lowerBound)]
            end = range.upperBound
        }
        // `= \frac{\partial L_{t_1}}{\partial f_1} + \frac{\partial L_{t_2}}{\partial f_1} + …`:
        // a step that names the derivatives summed is working with no value
        // of its own to check; the sides after it are read.
        // So is one that differentiates an expression as written (`=
        // \frac{\partial}{\partial f_p}\tfrac12\|f_a - f_p\|^2 = f_a - f_p`).
        while rest.count > 1, namesDerivatives(rest[0].nodes, naming: naming)
                || DerivativeShape.mentionsDerivative(NodeShapes.flatten(rest[0].nodes)) { rest.removeFirst() }
        let values = try Statements.chain(rest, in: span.tree, naming: naming, allowed: allowed)
        let start = rest[0].relationRange?.upperBound ?? rest[0].range.lowerBound
        let text = span.text(start..<end)
        let terms = values.count > 1 ? topLevelTerms(rest[0].nodes, in: span.tree, naming: naming, allowed: allowed) : []
        return DerivativeClaim(id: id, symbol: head.variable, sides: values, firstSideTerms: terms,
                               text: text, location: span.location(head.range.lowerBound))
    }

    /// The sides of maths that carries on a chain or states a value
    /// (`= f_1 - f_2 = …`, `f_1 - f_2`), each read; the text as written.
    static func chain(_ nodes: [MathNode], in span: MathReading, naming: SampleNaming,
                      allowed: Set<Symbol>) throws(NotationError) -> (values: [LinearExpression], text: String) {
        var sides = MathItem(separator: .start, nodes: nodes).sides
        if sides.count > 1, sides[0].nodes.isEmpty { sides.removeFirst(); sides[0].relation = nil }
        let values = try Statements.chain(sides, in: span.tree, naming: naming, allowed: allowed)
        return (values, nodes.range.map(span.text) ?? "")
    }
}

extension SheetParser {
    /// Whether a piece is a plain-text paragraph's first line that opens on
    /// a word of two letters or more or on a triplet's label (`t2 = …`,
    /// `t_2:`), only space and emphasis before it: a block that opens with
    /// words, as prose before maths in TeX does, so it starts a sentence of
    /// its own. (A sample opening it, `f5 - f2` under `wrt f1:`, may be the
    /// value the sentence before waits for.)
    static func plainParagraphOpensOnWord(_ piece: MathFragment) -> Bool {
        guard piece.plainText, piece.proseBefore.allSatisfy(\.isWhitespace) else { return false }
        let scalars = piece.fragment.text.unicodeScalars.drop { $0.properties.isWhitespace || $0 == "*" || $0 == "_" }
        let letters = scalars.prefix(while: Prose.isLetter)
        if letters.count >= 2 { return true }
        guard letters.first == "t" || letters.first == "T" else { return false }
        return scalars.dropFirst().drop { $0 == "_" || $0 == "{" }.first.map(Prose.isDigit) == true
    }
}

extension SheetParser {
    /// Whether the maths after piece `index` is in its paragraph, after at
    /// most four words that announce a result (`is`, `=`, `should be`): the
    /// value a derivative written alone before it waits for.
    static func valueFollows(_ pieces: [MathFragment], after index: Int) -> Bool {
        guard index + 1 < pieces.count, pieces[index + 1].paragraph == pieces[index].paragraph else { return false }
        let prose = pieces[index + 1].proseBefore
        let words = prose.split(whereSeparator: { $0.isWhitespace || $0 == "*" || $0 == "_" })
        return !words.isEmpty && words.count <= 4 && Prose.announcesResult(prose)
    }
}
