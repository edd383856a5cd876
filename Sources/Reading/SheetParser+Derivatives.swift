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
        /// A derivative written alone in its maths (`$\frac{\partial L}{\partial f_a}$`),
        /// waiting for its value in the next maths after "is" or "=".
        /// `open`: written with its `=` (`$\frac{\partial L}{\partial f_n} =$ $f_a - f_n$`),
        /// so only space may stand before the value.
        /// `empty`: where its empty side is, reported as such when no value follows.
        var pendingHead: (source: Fragment, proseBefore: String, plainText: Bool, open: Bool, empty: SourceLocation?)?
        func reportPending(_ sheet: inout ParsedSheet) {
            guard let p = pendingHead else { return }
            sheet.problems.append(problem(.unplaced(question, p.source.start), p.empty ?? p.source.start,
                                          p.empty == nil ? "cannot read this derivative" : "empty side of '='",
                                          detail: p.source.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")))
            pendingHead = nil
        }
        let pieces = fragments.flatMap(Self.mappingRows).flatMap { Self.vectorRows($0, maths: maths, naming: naming) }
            .flatMap { Self.indexCases($0, maths: maths, naming: naming, samples: part.samples) }
            .flatMap { Self.indexList($0, maths: maths, naming: naming, samples: part.samples) }
        for (index, var piece) in pieces.enumerated() {
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
                if continues || !startsWithHead && (p.open ? words.isEmpty : words.count <= 4 && Prose.announcesResult(piece.proseBefore)) {
                    var builder = FragmentBuilder()
                    builder.append(p.source)
                    builder.append(continues ? " " : " = ", at: piece.fragment.start)
                    // `&= …` outside its environment: the `&` is layout.
                    let skip = continues ? piece.fragment.text.unicodeScalars.prefix { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "&" }.count : 0
                    builder.append(piece.fragment.slice(skip..<piece.fragment.count))
                    piece = MathFragment(fragment: builder.build(or: p.source.start), proseBefore: p.proseBefore,
                                         plainText: p.plainText && piece.plainText)
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
                } else {
                    pendingHead = p
                    reportPending(&sheet)
                }
            }
            // A block that opens with words (a list item `- w.r.t. the
            // positive $f_p$: …`, a paragraph) starts a sentence of its own;
            // a display after "all others are:" goes on with the last.
            if piece.paragraph != context.paragraph {
                if piece.proseBefore.contains(where: \.isLetter) { context.startSentence() }
                context.paragraph = piece.paragraph
            }
            context.read(prose: piece.proseBefore)
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
            guard original.text.unicodeScalars.count <= SheetParser.maximumFragment else {
                sheet.problems.append(problem(.unplaced(question, original.start), original.start,
                                              "math longer than \(SheetParser.maximumFragment) characters"))
                continue
            }
            let span = maths.read(original, plainText: piece.plainText)
            let items = Self.joiningWorkingRows(span.items.flatMap { Self.splittingStatedTriplet($0, naming: naming) }, naming: naming)
            for (n, item) in items.enumerated() {
                let at = span.location(item.range.lowerBound)
                // Text between items (`\text{, so }`, a plain-text line's
                // words) goes on the sentence.
                if !item.textBefore.isEmpty { context.read(prose: item.textBefore) }
                // `For $t_1 = (f_1, f_2, f_5)$ the gradient …`, `5.1  t1=(1,2,5):  dL/df1 = …`:
                // a triplet stated in Question 5 is the one its derivatives
                // after it are about; one stated right after another, only
                // commas or "and" between, makes a list of the triplets,
                // about which none is.
                let followsTriplet = context.lastWasTriplet
                context.lastWasTriplet = false
                // Only the assignment's own triplet labels: another numbering is the triplets check's to report.
                if question == .question(5), case .success(let t)? = Self.statedTriplet(item, naming: naming),
                   part.triplets.indices.contains(t.label - 1), part.triplets[t.label - 1] == t.members {
                    if followsTriplet, Self.onlySeparators(n == 0 ? piece.proseBefore : item.textBefore) {
                        if let stated = context.statementLabel, label == stated.label { label = nil }
                        context.statementLabel = nil
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
                if let (role, sample) = item.roleDefinition(naming) {
                    // `a = 1`, `f_n = f_5`: which sample plays a role, not an
                    // answer; in Question 5.k it must be the triplet's.
                    let known = rolesMeanSamples ? self.roles(ofTriplet: question.tripletNumber ?? label, sheet: sheet) : [:]
                    if let actual = known[role], actual != sample, let k = question.tripletNumber ?? label {
                        sheet.problems.append(problem(.unplaced(question, at), at,
                            "the roles stated contradict the triplet", detail: "\(role) = \(sample) here, but in t_\(k) \(role) is \(actual)"))
                    }
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
                let head: DerivativeHead
                switch item.head(naming) {
                case nil:
                    readOther(item, in: span, proseBefore: (n == 0 ? piece.proseBefore + " " : "") + item.textBefore, inWords: piece.inWords,
                              ownLine: piece.display || piece.plainText || piece.ownParagraph,
                              leadsProse: n == 0 && piece.leadsProse, labels: items.count == 1 && piece.labels,
                              sentenceRest: piece.sentenceRest,
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
                    if item.sides.count == 1, Self.generalIndex(span.text(item.range)) {
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
                    // `dL/df_i = sum over k of dLk/df_i` (plain text, its words taken
                    // out): a rule for a general index whose other sides name no
                    // sample and no number says how the answers are made; it
                    // answers nothing.
                    if item.sides.count > 1, Self.generalIndex(span.text(item.sides[0].range)),
                       item.sides.dropFirst().allSatisfy({ !$0.nodes.isEmpty && !MathItem.holdsValue($0.nodes, naming) }) { continue }
                    sheet.problems.append(problem(.unplaced(question, at), span.location(error.offset), error.message,
                                                  detail: span.text(item.range)))
                    context.open = nil
                    context.unread = true
                    continue
                case .success(let h)?:
                    head = h
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
                    if let k = head.triplet(in: part.triplets), rolesMeanSamples { label = k }
                    let roles = rolesMeanSamples ? self.roles(ofTriplet: question.tripletNumber ?? label, sheet: sheet) : [:]
                    let symbol = roles[head.variable] ?? head.variable
                    var id = AnswerID(question, .derivative(symbol))
                    if question == .question(5) {
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
                        var claim = try Self.claim(item, head: head, after: heads.count, id: id, in: span, naming: naming, allowed: allowed)
                        claim.symbol = symbol
                        if rolesMeanSamples { try substitute(roles, in: &claim, question: question, label: label, headRole: symbol != head.variable) }
                        sheet.derivatives[id, default: []].append(claim)
                        context.open = id
                        context.openRoles = roles
                        context.answered.insert(symbol)
                        context.derivativeInSentence = true
                    } catch {
                        sheet.problems.append(problem(id, span.location(error.offset), error.message))
                        context.unread = true
                    }
                }
            }
        }
        reportPending(&sheet)
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
        while rest.count > 1, namesDerivatives(rest[0].nodes, naming: naming) { rest.removeFirst() }
        let values = try Statements.chain(rest, in: span.tree, naming: naming, allowed: allowed)
        let start = rest[0].relationRange?.upperBound ?? rest[0].range.lowerBound
        let text = span.text(start..<end)
        let terms = values.count > 1 ? topLevelTerms(rest[0].nodes, in: span.tree, naming: naming, allowed: allowed) : []
        return DerivativeClaim(id: id, symbol: head.variable, sides: values, firstSideTerms: terms,
                               text: text, location: span.location(head.range.lowerBound))
    }

    /// A vector equation, `\begin{bmatrix} ∂L/∂f_1 \\ … \end{bmatrix} =
    /// \begin{bmatrix} f_5 - f_2 \\ … \end{bmatrix}` (any matrix or array
    /// environment of one column), or a tuple equation, `(∂L/∂f_1, …, ∂L/∂f_6)
    /// = (f_5 - f_2, …, 0)` (parentheses, brackets or angles, members between
    /// commas): every side with as many rows, every row of the first a
    /// derivative. One maths a row, `∂L/∂f_1 = f_5 - f_2`, each placed at its
    /// cells. Any other maths is left as it is.
    static func vectorRows(_ piece: MathFragment, maths: MathContext, naming: SampleNaming) -> [MathFragment] {
        let text = piece.fragment.text
        // Every maths fragment asks: plain byte searches.
        // A tuple starts the maths: `(`, `[`, `\left(`, `\langle`, `\big(`.
        let start = text.drop { $0 == " " || $0 == "\n" || $0 == "\t" }
        let tuple = (start.hasPrefix("(") || start.hasPrefix("[") || start.hasPrefix("\\left") || start.hasPrefix("\\langle")
                     || start.hasPrefix("\\big") || start.hasPrefix("\\Big")) && text.containsBytes(",")
        // A head over a tuple of samples names them with an ellipsis.
        // A gradient in words over a tuple, `grad of L(t1) w.r.t. (f1, ..., f6) = (…)`.
        let inWords = (text.containsBytes("w.r.t") || text.containsBytes("wrt") || text.containsBytes("respect to")) && text.containsBytes(",")
        guard tuple || inWords || text.containsBytes("matrix") || text.containsBytes("{array}") || text.containsBytes("dots") else { return [piece] }
        let span = maths.span(text, plainText: piece.plainText)
        guard span.items.count == 1 else { return [piece] }
        let sides = span.items[0].sides
        // `\frac{\partial L_1}{\partial (f_1, \dots, f_6)} = [ … ]`: one head
        // over a tuple of samples, a row for each.
        if sides.count >= 2, let (numerator, samples) = tupleHead(sides[0].nodes, naming: naming) {
            let written = String(piece.fragment.slice(numerator.range).text).trimmingWhitespace()
            let head = written.hasPrefix("{") ? String(written.dropFirst().dropLast()) : written
            return tupleRows(piece, sides: Array(sides.dropFirst()), at: numerator.range.lowerBound, samples: samples) {
                "\\frac{\(head)}{\\partial \($0)} "
            } ?? [piece]
        }
        if sides.count >= 2, let (words, samples) = wordsTupleHead(sides[0].nodes, naming: naming) {
            let head = String(piece.fragment.slice(words).text)
            return tupleRows(piece, sides: Array(sides.dropFirst()), at: words.lowerBound, samples: samples) { "\(head)\($0) " } ?? [piece]
        }
        var columns: [[[MathNode]]] = []
        for side in sides {
            let flat = NodeShapes.flatten(side.nodes)
            guard side.relation == nil || side.relation == .equals, flat.count == 1 else { return [piece] }
            switch flat[0].kind {
            case .environment(_, _, let rows) where rows.allSatisfy({ $0.count == 1 && !$0[0].isEmpty }):
                columns.append(rows.map { $0[0] })
            case .environment(_, _, let rows) where rows.count == 1 && rows[0].count >= 2 && rows[0].allSatisfy({ !$0.isEmpty }):
                // A row vector, `\begin{bmatrix} 0 & 0 & 0 \end{bmatrix}`.
                columns.append(rows[0])
            case .fenced(let open, let body, _) where [.parenthesis, .bracket, .angle].contains(open.family):
                let parts = MathItems.split(body)
                guard parts.allSatisfy({ ($0.separator == .start || $0.separator == .comma) && !$0.nodes.isEmpty }) else { return [piece] }
                columns.append(parts.map(\.nodes))
            default:
                return [piece]
            }
        }
        guard columns.count >= 2, columns[0].count >= 2, columns.allSatisfy({ $0.count == columns[0].count }),
              columns[0].allSatisfy({ if case .success? = DerivativeShape.match($0, naming: naming) { true } else { false } }) else { return [piece] }
        var result: [MathFragment] = []
        for r in columns[0].indices {
            var builder = FragmentBuilder()
            for (c, column) in columns.enumerated() {
                guard let range = column[r].range else { return [piece] }
                if c > 0 { builder.append(" = ", at: piece.fragment.location(at: range.lowerBound)) }
                builder.append(piece.fragment.slice(range))
            }
            result.append(MathFragment(fragment: builder.build(or: piece.fragment.start), proseBefore: r == 0 ? piece.proseBefore : "",
                                       display: piece.display, plainText: piece.plainText))
        }
        return result
    }

    /// A derivative over a tuple of samples, `\frac{\partial L_1}{\partial
    /// (f_1, \dots, f_6)}` (an ellipsis between two samples stands for
    /// those between): the numerator's nodes and the samples, in order.
    static func tupleHead(_ nodes: [MathNode], naming: SampleNaming) -> (MathNode, [Symbol])? {
        let flat = NodeShapes.flatten(nodes)
        guard flat.count == 1, case let .fraction(_, numerator, denominator) = flat[0].kind else { return nil }
        let below = NodeShapes.flatten([denominator])
        guard below.count == 2, below[0].atomToken?.kind == .command("partial") || below[0].atomToken?.kind == .letter("d"),
              case let .fenced(open, body, _) = below[1].kind, open.family == .parenthesis || open.family == .bracket else { return nil }
        return tupleSamples(MathItems.split(body).map(\.nodes), naming: naming).map { (numerator, $0) }
    }

    /// A gradient in words over a tuple of samples, `grad of L(t1) w.r.t.
    /// (f1, ..., f6)` (∇ or the word gradient or derivative first, the tuple
    /// last, after w.r.t.; `...` an ellipsis): the range of the words up to
    /// the tuple, and the samples. Each sample after those words makes the
    /// head in words the grammar reads.
    static func wordsTupleHead(_ nodes: [MathNode], naming: SampleNaming) -> (Range<Int>, [Symbol])? {
        guard nodes.count >= 3, let w = nodes.firstIndex(where: { NodeShapes.core($0).atomRole == .respect }), w > 0, w + 2 == nodes.count,
              case let .fenced(open, body, _) = nodes[w + 1].kind, open.family == .parenthesis || open.family == .bracket else { return nil }
        let start = nodes[0].range.lowerBound, end = nodes[w + 1].range.lowerBound
        var spelled = ""
        for node in nodes {
            guard case .atom(let t, _) = node.kind, case .letter(let c) = t.kind, spelled.isEmpty || t.glued else { break }
            spelled.unicodeScalars.append(c)
        }
        guard NodeShapes.core(nodes[0]).atomRole == .nabla || ["gradient", "derivative"].contains(spelled.lowercased()) else { return nil }
        // Split at the tuple's commas only: plain text's `...` is periods.
        var parts: [[MathNode]] = [[]]
        for node in body {
            if node.atomRole == .punctuation(.comma) { parts.append([]) } else { parts[parts.count - 1].append(node) }
        }
        return tupleSamples(parts, naming: naming).map { (start..<end, $0) }
    }

    /// The samples a tuple's parts name, in order: an ellipsis (`\dots`,
    /// `\ldots`, `\cdots`, or `...` in plain text) between two samples
    /// stands for those between; nil unless every part is a sample or one
    /// such ellipsis, two samples at least, each once.
    static func tupleSamples(_ parts: [[MathNode]], naming: SampleNaming) -> [Symbol]? {
        var samples: [Symbol] = []
        var ellipsis = false
        for part in parts {
            let flatPart = NodeShapes.flatten(part)
            let dots = flatPart.count >= 2 && flatPart.allSatisfy { $0.atomRole == .punctuation(.period) }
            if dots || flatPart.count == 1 && flatPart[0].atomToken.map({
                [.command("dots"), .command("ldots"), .command("cdots"), .command("dotsc")].contains($0.kind) }) == true {
                guard !ellipsis, !samples.isEmpty else { return nil }
                ellipsis = true
                continue
            }
            guard let s = SampleShape.read(part, naming: naming), case .sample(let n) = s else { return nil }
            if ellipsis {
                guard case .sample(let from)? = samples.last, n > from + 1 else { return nil }
                samples += ((from + 1)...n).map { .sample($0) }
                ellipsis = false
            } else {
                samples.append(s)
            }
        }
        guard !ellipsis, samples.count >= 2, Set(samples).count == samples.count else { return nil }
        return samples
    }

    /// One maths a sample of a tuple head, `head(f_i) = vᵢ` (`\frac{NUM}{\partial
    /// f_i}`, `grad of L w.r.t. f_i`), the head placed at `at`, each value at
    /// its cell; nil when a side is not a tuple or vector of as many entries.
    static func tupleRows(_ piece: MathFragment, sides: [ChainSide], at offset: Int, samples: [Symbol],
                          head: (Symbol) -> String) -> [MathFragment]? {
        var columns: [[[MathNode]]] = []
        for side in sides {
            let flat = NodeShapes.flatten(side.nodes)
            guard side.relation == .equals, flat.count == 1 else { return nil }
            switch flat[0].kind {
            case .environment(_, _, let rows) where rows.allSatisfy({ $0.count == 1 && !$0[0].isEmpty }):
                columns.append(rows.map { $0[0] })
            case .environment(_, _, let rows) where rows.count == 1 && rows[0].allSatisfy({ !$0.isEmpty }):
                columns.append(rows[0])
            case .fenced(let open, let body, _) where [.parenthesis, .bracket, .angle].contains(open.family):
                let parts = MathItems.split(body)
                guard parts.allSatisfy({ ($0.separator == .start || $0.separator == .comma) && !$0.nodes.isEmpty }) else { return nil }
                columns.append(parts.map(\.nodes))
            default:
                return nil
            }
        }
        guard columns.allSatisfy({ $0.count == samples.count }) else { return nil }
        var result: [MathFragment] = []
        for (r, sample) in samples.enumerated() {
            var builder = FragmentBuilder()
            builder.append(head(sample), at: piece.fragment.location(at: offset))
            for column in columns {
                guard let range = column[r].range else { return nil }
                builder.append(" = ", at: piece.fragment.location(at: range.lowerBound))
                builder.append(piece.fragment.slice(range))
            }
            result.append(MathFragment(fragment: builder.build(or: piece.fragment.start), proseBefore: r == 0 ? piece.proseBefore : "",
                                       display: piece.display, plainText: piece.plainText))
        }
        return result
    }

    /// The triplet an item states, `t_2 = (f_1, f_3, f_4)`; also after its
    /// sub-question's number at the start of a line of text, `5.2  t2 = (…)`.
    static func statedTriplet(_ item: MathItem, naming: SampleNaming) -> Result<TripletStatement, NotationError>? {
        if let read = TripletShape.read(item, naming: naming) { return read }
        guard item.nodes.count > 1, case .atom(let token, _) = item.nodes[0].kind, case .number(let digits) = token.kind,
              digits.hasPrefix("5."), let k = Int(digits.dropFirst(2)),
              case .success(let t)? = TripletShape.read(MathItem(separator: item.separator, nodes: Array(item.nodes.dropFirst())), naming: naming),
              t.label == k else { return nil }
        return .success(t)
    }

    /// The members of a triplet written without its number: `(f_1, f_2,
    /// f_5)`, `t = (1, 2, 5)`, `t = (f_1, f_2, f_5)`.
    static func restatedTriplet(_ item: MathItem, naming: SampleNaming) -> [Int]? {
        // `(1,2,5):` — a colon closing the label is no part of it.
        if let last = item.nodes.last, last.atomRole == .punctuation(.colon), item.nodes.count > 1 {
            return restatedTriplet(MathItem(separator: item.separator, nodes: Array(item.nodes.dropLast())), naming: naming)
        }
        // `(a, p, n) = (f_1, f_2, f_5)`: the roles in order, then the samples.
        let sides = item.sides
        if sides.count == 2, sides[1].relation == .equals, rolesInOrder(sides[0].nodes) {
            return restatedTriplet(MathItem(separator: item.separator, nodes: sides[1].nodes), naming: naming)
        }
        if let t = unindexedTriplet(item) { return t.members }
        guard let t = TripletShape.readUnlabelled(item, naming: naming), t.from == nil else { return nil }
        return t.members
    }

    /// `t1=(1,2,5): dL/df1 = …` in a line of text: the triplet stated, then
    /// the rest of the item after its colon as an item of its own.
    static func splittingStatedTriplet(_ item: MathItem, naming: SampleNaming) -> [MathItem] {
        guard let colon = item.nodes.firstIndex(where: { $0.atomRole == .punctuation(.colon) }), colon > 0, colon + 1 < item.nodes.count,
              case .success? = statedTriplet(MathItem(separator: item.separator, nodes: Array(item.nodes[..<colon])), naming: naming)
        else { return [item] }
        return [MathItem(separator: item.separator, nodes: Array(item.nodes[..<colon])),
                MathItem(separator: .comma, nodes: Array(item.nodes[(colon + 1)...]))]
    }

    /// `(a, p, n)` in that order: the roles as a tuple.
    static func rolesInOrder(_ nodes: [MathNode]) -> Bool {
        let flat = NodeShapes.flatten(nodes)
        guard flat.count == 1, case .fenced(let open, let inner, _) = flat[0].kind, open.family == .parenthesis else { return false }
        let roles = SampleNaming(bareRoles: true)
        return MathItems.split(inner).map { SampleShape.read($0.nodes, naming: roles) } == [.anchor, .positive, .negative]
    }

    /// `(a, p, n)`: the roles as a tuple, naming no sample.
    static func rolesTuple(_ body: [MathNode], naming: SampleNaming) -> Bool {
        var flat = NodeShapes.flatten(body)
        // `t_k = (a, p, n)`, `t = (a, p, n)`: a triplet in general, in roles.
        if flat.count == 3, NodeShapes.relation(flat[1]) == .equals, NodeShapes.isTripletLetter(flat[0]) || {
            if case let .scripts(base, sub?, nil, 0) = NodeShapes.core(flat[0]).kind, NodeShapes.isTripletLetter(base),
               let c = NodeShapes.letter(sub), "ijkmt".unicodeScalars.contains(c) { return true }
            return false
        }() {
            flat = [flat[2]]
        }
        guard flat.count == 1, case .fenced(let open, let inner, _) = flat[0].kind, open.family == .parenthesis else { return false }
        let parts = MathItems.split(inner)
        var roles = naming
        roles.bareRoles = true
        return parts.count == 3 && parts.allSatisfy { SampleShape.read($0.nodes, naming: roles).map(Symbol.roles.contains) ?? false }
    }

    /// Whether text between two maths only separates them: commas,
    /// semicolons, `&`, "and", space.
    static func onlySeparators(_ text: String) -> Bool {
        text.lowercased().split(whereSeparator: { $0.isWhitespace || ",;&".contains($0) }).allSatisfy { $0 == "and" }
    }

    /// Whether a derivative's text names its sample by a general index,
    /// `f_i`, `f_{j}`, `fi`, `\mathbf{f}_k` (not a number, not a role).
    static func generalIndex(_ text: String) -> Bool {
        indexLetter(text) != nil
    }

    /// The name of a command that is all of an inline maths, `\max`,
    /// `\hinge`: a word, not maths; nil for anything else.
    static func operatorWord(_ text: Substring) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.first == "\\", ["max", "min", "hinge", "relu", "argmax", "argmin"].contains(trimmed.dropFirst().lowercased()) else { return nil }
        return String(trimmed.dropFirst())
    }

    /// Whether a side is a sum of derivatives and nothing else.
    static func namesDerivatives(_ side: [MathNode], naming: SampleNaming) -> Bool {
        var chunks: [[MathNode]] = [[]]
        for node in NodeShapes.flatten(side) {
            if NodeShapes.operation(node) == .plus { chunks.append([]); continue }
            chunks[chunks.count - 1].append(node)
        }
        return chunks.allSatisfy { chunk in
            guard !chunk.isEmpty, case .success? = DerivativeShape.match(chunk, naming: naming) else { return false }
            return true
        }
    }

    /// A derivative whose row ends in a sum of derivatives (`\frac{\partial
    /// L}{\partial f_1} &= \frac{\partial L_1}{\partial f_1} + … \\ &= (f_5 - f_2)
    /// + …`): that row and the next, which goes on with `=`, as one item, so
    /// that the sum is working and the rows after it its chain.
    static func joiningWorkingRows(_ items: [MathItem], naming: SampleNaming) -> [MathItem] {
        var result: [MathItem] = []
        var i = 0
        while i < items.count {
            let item = items[i]
            if i + 1 < items.count, items[i + 1].separator == .row, items[i + 1].continuesChain,
               case .success? = item.head(naming), let last = item.sides.last, item.sides.count >= 2,
               namesDerivatives(last.nodes, naming: naming) {
                result.append(MathItem(separator: item.separator, nodes: item.nodes + items[i + 1].nodes))
                i += 2
                continue
            }
            result.append(item)
            i += 1
        }
        return result
    }

    /// The signed top-level terms of a side, `(f_5 − f_2) + (f_4 − f_3)`, or
    /// none if one fails to read.
    static func topLevelTerms(_ side: [MathNode], in tree: MathTree, naming: SampleNaming, allowed: Set<Symbol>) -> [LinearExpression] {
        var chunks: [[MathNode]] = []
        for node in NodeShapes.flatten(side) {
            if let op = NodeShapes.operation(node), op == .plus || op == .minus, !(chunks.last?.isEmpty ?? true) {
                chunks.append([])
            }
            if chunks.isEmpty { chunks.append([]) }
            chunks[chunks.count - 1].append(node)
        }
        var terms: [LinearExpression] = []
        for chunk in chunks {
            guard let value = try? Statements.linearForm(chunk, in: tree, naming: naming, allowed: allowed) else { return [] }
            terms.append(value)
        }
        return terms
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
    /// A value the sentence states for the samples it names (or for every
    /// sample not yet answered, "all other derivatives are $0$"): read as
    /// exactly those samples' answers when the sentence speaks of their
    /// derivatives; reported otherwise, never added to the last answer.
    private func statedForSamples(_ body: [MathNode], in span: MathReading, question: QuestionID, symbols: [Symbol],
                                  allowed: Set<Symbol>, naming: SampleNaming, label: Int?, sentenceRest: String = "",
                                  context: inout DerivativeContext, into sheet: inout ParsedSheet) {
        let range = body.range ?? 0..<0
        let at = span.location(range.lowerBound)
        let written = span.text(range)
        defer { context.mentions = [] }
        let rolesMeanSamples = question == .question(5) || question.tripletNumber != nil
        let k = question.tripletNumber ?? label
        let roles = rolesMeanSamples ? self.roles(ofTriplet: k, sheet: sheet) : [:]
        var named: [Symbol] = []
        for s in context.mentions.map({ roles[$0] ?? $0 }) where !named.contains(s) { named.append(s) }
        if named.isEmpty {
            // "All the other derivatives are 0" after a derivative that could
            // not be read: which samples are the others is not known.
            guard !context.unread else {
                sheet.problems.append(problem(.unplaced(question, at), at,
                    "a value for the other samples after a derivative that could not be read", detail: written))
                context.open = nil
                return
            }
            named = symbols.filter { !context.answered.contains($0) }
        }
        let names = named.map(\.description).joined(separator: ", ")
        // "Every derivative not listed below is 0" said once in Question 5
        // itself, before its parts: a value for each derivative the parts
        // 5.1–5.k leave out (given to them once all are read).
        if question == .question(5), k == nil, context.mentions.isEmpty, context.speaksOfOthers {
            do throws(NotationError) {
                let (sides, text) = try Self.chain(body, in: span, naming: naming, allowed: Set(symbols))
                sheet.unlistedValue = UnlistedValue(sides: sides, text: text, location: at)
            } catch {
                sheet.problems.append(problem(.unplaced(question, at), span.location(error.offset),
                    "cannot read the value stated for the derivatives not listed", detail: "\(written): \(error.message)"))
            }
            context.open = nil
            return
        }
        // "For each triplet: the gradient w.r.t. the anchor is $f_n - f_p$,
        // …": the rule in roles, said in Question 5 before any triplet,
        // answers no triplet's sample (as in `readOther`).
        if question == .question(5), k == nil, !named.isEmpty, named.allSatisfy(Symbol.roles.contains),
           let sides = try? Self.chain(body, in: span, naming: naming, allowed: allowed).0,
           sides.allSatisfy({ side in Set(side.symbols).isSubset(of: Symbol.roles) }) {
            context.ruleInSentence = true
            sheet.ruleInRoles.append(problem(.unplaced(question, at), at, "maths that answers no derivative", detail: written))
            return
        }
        guard !named.isEmpty, named.allSatisfy(symbols.contains),
              !(question == .question(5) && k == nil) else {
            sheet.problems.append(problem(.unplaced(question, at), at,
                "a value stated after samples that does not say whose derivative it is", detail: "\(names.isEmpty ? "" : names + ": ")\(written)"))
            return
        }
        do throws(NotationError) {
            let (sides, text) = try Self.chain(body, in: span, naming: naming, allowed: allowed)
            var value: [LinearExpression] = []
            for side in sides {
                do { value.append(try side.renaming(roles)) } catch {
                    throw NotationError(range, "coefficient overflows 64-bit exact arithmetic")
                }
            }
            var ids: [AnswerID] = []
            for symbol in named {
                let id = question == .question(5) ? AnswerID(.triplet(k!), .derivative(symbol)) : AnswerID(question, .derivative(symbol))
                var claim = DerivativeClaim(id: id, symbol: symbol, sides: value, firstSideTerms: [], text: text, location: at)
                claim.reading = "read as ∂L/∂\(symbol) = $\(claim.answer)$: the value the sentence states for \(names)"
                sheet.derivatives[id, default: []].append(claim)
                context.answered.insert(symbol)
                ids.append(id)
            }
            context.shared = named.count > 1 ? SharedValue(ids: ids, symbols: named, values: 1, inTurn: DerivativeContext.pairsInTurn(sentenceRest)) : nil
            context.open = nil
        } catch {
            sheet.problems.append(problem(.unplaced(question, at), span.location(error.offset),
                "cannot read the value stated for other samples", detail: "\(names): \(written): \(error.message)"))
        }
    }

    /// The next value of a sentence that named several samples and gave
    /// the first value to them all (`with respect to $f_2$ and $f_1$ they
    /// are $f_2 - f_1$ and $f_5 - f_2$ (respectively)`): the values are
    /// theirs in turn. The first value stays the first sample's only; a
    /// sample no value has reached yet is a problem at its place until
    /// one does, and a value beyond the samples is one too.
    private func statedInTurn(_ body: [MathNode], in span: MathReading, question: QuestionID, allowed: Set<Symbol>, naming: SampleNaming,
                              context: inout DerivativeContext, into sheet: inout ParsedSheet) {
        guard var shared = context.shared else { return }
        let range = body.range ?? 0..<0
        let at = span.location(range.lowerBound)
        let turnReason = "values stated in turn for the samples named: none reached this sample"
        if shared.values == 1 {
            // The first value was given to every sample: it is the first's.
            takeBackSharedValue(from: 1, reason: turnReason, at: at, detail: span.text(range), context: &context, into: &sheet)
            if let first = shared.ids.first, var claims = sheet.derivatives[first], !claims.isEmpty {
                claims[claims.count - 1].reading = "read as ∂L/∂\(shared.symbols[0]) = $\(claims[claims.count - 1].answer)$: the first value the sentence states in turn for \(shared.symbols.map(\.description).joined(separator: ", "))"
                sheet.derivatives[first] = claims
            }
        }
        guard shared.values < shared.ids.count else {
            sheet.problems.append(problem(.unplaced(question, at), at, "more values stated in turn than samples named", detail: span.text(range)))
            context.shared = nil
            return
        }
        let id = shared.ids[shared.values], symbol = shared.symbols[shared.values]
        sheet.problems.removeAll { $0.id == id && $0.reason == turnReason }
        do throws(NotationError) {
            let (sides, text) = try Self.chain(body, in: span, naming: naming, allowed: allowed)
            var claim = DerivativeClaim(id: id, symbol: symbol, sides: sides, firstSideTerms: [], text: text, location: at)
            claim.reading = "read as ∂L/∂\(symbol) = $\(claim.answer)$: value \(shared.values + 1) the sentence states in turn for \(shared.symbols.map(\.description).joined(separator: ", "))"
            sheet.derivatives[id, default: []].append(claim)
            context.answered.insert(symbol)
        } catch {
            sheet.problems.append(problem(id, span.location(error.offset), "cannot read the value stated in turn", detail: "\(span.text(range)): \(error.message)"))
        }
        shared.values += 1
        context.shared = shared
    }

    /// Takes the value a sentence gave to all the samples it named back
    /// from those at `first` and after, each then a problem at `at`.
    private func takeBackSharedValue(from first: Int, reason: String, at: SourceLocation, detail: String,
                                     context: inout DerivativeContext, into sheet: inout ParsedSheet) {
        guard let shared = context.shared else { return }
        for (n, id) in shared.ids.enumerated().dropFirst(first) {
            if var list = sheet.derivatives[id], !list.isEmpty {
                list.removeLast()
                sheet.derivatives[id] = list.isEmpty ? nil : list
            }
            if sheet.derivatives[id] == nil { context.answered.remove(shared.symbols[n]) }
            sheet.problems.append(problem(id, at, reason, detail: detail))
        }
    }

    /// A second value after one given to several samples, with no word
    /// that pairs them ("respectively", "in turn"): which value is whose
    /// cannot be told. The first value is taken back from them all, and
    /// each is a problem at the second value's place.
    private func unpairedValues(_ body: [MathNode], in span: MathReading, question: QuestionID,
                                context: inout DerivativeContext, into sheet: inout ParsedSheet) {
        guard let shared = context.shared else { return }
        let at = span.location(body.range?.lowerBound ?? 0)
        let written = span.text(body.range ?? 0..<0)
        if shared.values == 1 {
            takeBackSharedValue(from: 0, reason: "several values for several samples, and no word says which is whose", at: at, detail: written,
                                context: &context, into: &sheet)
        }
        context.shared = SharedValue(ids: shared.ids, symbols: shared.symbols, values: shared.values + 1, inTurn: shared.inTurn)
    }

    /// Whether the maths after a list of heads (`$∂L/∂f_3$, $∂L/∂f_4$ and …
    /// are $0$`) is one value for them all: the first value that follows
    /// is not followed by another joined to it (`, $B$`, `and $B$`,
    /// "respectively").
    static func singleValueAfter(_ pieces: [MathFragment], from start: Int) -> Bool {
        var j = start
        // Past the rest of the heads.
        while j < pieces.count, pieces[j].fragment.text.contains("\\partial") || pieces[j].fragment.text.contains("∂") { j += 1 }
        guard j < pieces.count else { return true }
        let after = pieces[j].proseAfter.lowercased().drop { $0 == " " }
        if after.contains("respectiv") || after.contains("in turn") { return false }
        let joined = after.hasPrefix(",") || after.hasPrefix("and")
        return !(joined && j + 1 < pieces.count && pieces[j + 1].paragraph == pieces[j].paragraph)
    }

    /// Whether a derivative is taken with respect to a bare letter (`x`,
    /// `y`, `u`) that is no sample's, role's, loss's or triplet's, and no
    /// sample stands in its values.
    static func bareVariable(_ item: MathItem, naming: SampleNaming) -> Bool {
        let flat = NodeShapes.flatten(item.sides[0].nodes)
        guard let first = flat.first, case let .scripts(base, sub?, nil, 0) = NodeShapes.core(first).kind,
              base.atomRole == .nabla || NodeShapes.core(base).atomRole == .nabla,
              let c = NodeShapes.letter(sub), "xyzuvw".unicodeScalars.contains(c) else { return false }
        return !item.sides.dropFirst().contains { MathItem.namesSamples($0.nodes, naming) }
    }

    /// Whether prose between two values only joins them (`,`, `and`,
    /// `and then`, `resp.`), so that the second is the next of a list.
    static func connectsValues(_ prose: String) -> Bool {
        let words = prose.lowercased().split(whereSeparator: { !$0.isLetter })
        return words.count <= 2 && words.allSatisfy { ["and", "then", "resp", "respectively"].contains($0) }
            && !prose.contains(".") && !prose.contains(";")
    }

    /// An item without a derivative head: a continuation of the open claim,
    /// something known not to be an answer, or a problem.
    private func readOther(_ item: MathItem, in span: MathReading, proseBefore: String, inWords: Bool, ownLine: Bool, leadsProse: Bool, labels: Bool,
                           sentenceRest: String,
                           question: QuestionID, symbols: [Symbol],
                           allowed: Set<Symbol>, naming: SampleNaming, label: Int?, context: inout DerivativeContext,
                           into sheet: inout ParsedSheet) {
        let open = context.open, roles = context.openRoles
        let at = span.location(item.range.lowerBound)
        if item.mentionsDerivative {
            sheet.problems.append(problem(.unplaced(question, at), at, "cannot read this derivative", detail: span.text(item.range)))
            context.unread = true
            return
        }
        if item.isNonAnswer(naming) { return }
        // `(t1..t8 = 5.1..5.8)`: a range written with dots, outside any
        // chain, says how the answers are laid out.
        if open == nil, ["..", "\\dots", "\\ldots", "\u{2026}"].contains(where: span.text(item.range).contains) { return }
        // Prose before maths (`which gives`, `so`) is not the answer's text.
        let (skip, leadWords) = item.leadingProse(naming)
        let body = Array(item.nodes.dropFirst(skip))
        guard !body.isEmpty, MathItem.holdsValue(body, naming) else { return }
        let written = span.text(body.range ?? item.range)
        // `- $f_1$:` over the display that answers it: a label.
        if labels, skip == 0, SampleShape.read(body, naming: naming) != nil { return }
        let startsWithEquals = NodeShapes.relation(body[0]) == .equals
        // A lone symbol after prose is a mention (`where $f_5$ is the
        // negative`), not a result.
        let lead = leadWords.joined(separator: " ")
        let cue = Prose.announcesResult(proseBefore + " " + lead)
        // Prose words inside the maths (a plain-text line) are part of the sentence.
        if !lead.isEmpty { context.sentence += " " + lead }
        let afterProse = !(proseBefore.allSatisfy(\.isWhitespace) && lead.isEmpty)
        // So is one after "the anchor is" in a sentence that does not
        // speak of derivatives.
        // As is one that starts a paragraph, its prose after it (`$f_2$ appears in $t_1$, …`).
        if afterProse ? !cue || !context.speaksOfDerivatives : leadsProse && item.separator == .start,
           let s = SampleShape.read(body, naming: naming) {
            context.mentions.append(s)
            return
        }
        // `… of $f_a, f_p, f_n$`: samples listed after one that was a
        // mention are mentions too; `f_n \in \R^d` says where it lives.
        if item.separator == .comma, !context.mentions.isEmpty, !startsWithEquals {
            if let s = SampleShape.read(body, naming: naming) { context.mentions.append(s); return }
            if body.contains(where: { NodeShapes.core($0).atomToken.map { $0.kind == .command("in") || $0.kind == .other("∈") } == true }),
               let s = SampleShape.read(Array(body.prefix { NodeShapes.core($0).atomToken.map { $0.kind == .command("in") || $0.kind == .other("∈") } != true }), naming: naming) {
                context.mentions.append(s)
                return
            }
        }
        // A value stated about the samples the sentence names (`the gradient
        // with respect to every other sample ($f_3$, $f_4$, $f_5$) is $0$`)
        // is theirs, never the last answer's.
        // A role named as what the derivative is taken for ("for the
        // positive, the derivative is …") is a sample the sentence names.
        for role in context.namedRoles where !context.mentions.contains(role) { context.mentions.append(role) }
        // Samples named that are only the open answer's own ("since $f_1$ is
        // the anchor, this gives …") keep the sentence about that answer.
        let openSymbol: Symbol? = { if case .derivative(let s)? = open?.item { return s }; return nil }()
        let aboutOthers = context.mentions.contains { (roles[$0] ?? $0) != openSymbol }
        // `… $f_2$ and $f_1$ are $f_2 - f_1$ and $f_5 - f_2$`: the next
        // value of several given for the samples named, in turn.
        // ("Each of … has one: $A$, $B$ and $C$ in turn": the words that pair
        // them win over "each"; a second value with neither is for a person.)
        if afterProse, !startsWithEquals, !inWords, context.mentions.isEmpty, let shared = context.shared, open == nil,
           Self.connectsValues(proseBefore) {
            // "respectively" before the values or after them (the first
            // value's sentence, read to its end, holds what follows).
            if context.saysInTurn || shared.inTurn {
                statedInTurn(body, in: span, question: question, allowed: allowed, naming: naming, context: &context, into: &sheet)
            } else {
                unpairedValues(body, in: span, question: question, context: &context, into: &sheet)
            }
            return
        }
        if afterProse, !startsWithEquals,
           (cue && aboutOthers && context.speaksOfDerivatives) || (context.speaksOfOthers && (cue || inWords || context.endsWithOthers)) {
            statedForSamples(body, in: span, question: question, symbols: symbols, allowed: allowed, naming: naming, label: label, sentenceRest: sentenceRest,
                             context: &context, into: &sheet)
            return
        }
        // A value in words answers only the samples its sentence names.
        if inWords { return }
        // Maths in a sentence about the loss, not its derivatives ("with
        // the hinge inactive the loss is $0$"), answers nothing.
        // One that says what the open answer's working comes to ("since the
        // max is active, this simplifies to …") goes on with it.
        if afterProse, context.speaksOfLoss, !context.speaksOfDerivatives, !(open != nil && context.speaksOfWorking) { return }
        guard let id = open, var claims = sheet.derivatives[id], !claims.isEmpty else {
            // "For each triplet the anchor gets $f_n - f_p$ … the other
            // samples $0$": the rule in roles, in a sentence of Question 5
            // before any triplet is named, answers no triplet's sample.
            // (A colon or period closing the sentence is not the rule's.)
            var rule = body
            while let last = rule.last, last.atomRole == .punctuation(.colon) || last.atomRole == .punctuation(.period) { rule.removeLast() }
            let sides = rule.isEmpty ? nil : (try? Self.chain(rule, in: span, naming: naming, allowed: allowed))?.0
            if question == .question(5), label == nil, afterProse,
               Self.rolesTuple(body, naming: naming) || sides.map({ sides in
                   sides.allSatisfy({ !$0.symbols.isEmpty && Set($0.symbols).isSubset(of: Symbol.roles) })
                       || context.ruleInSentence && sides.allSatisfy({ $0 == .zero })
               }) == true {
                context.ruleInSentence = true
                sheet.ruleInRoles.append(problem(.unplaced(question, at), at, "maths that answers no derivative", detail: written))
                return
            }
            sheet.problems.append(problem(.unplaced(question, at), at, "maths that answers no derivative", detail: written))
            return
        }
        // Maths after the answer continues it only as a line of its chain
        // (`= …`), when the prose announces it, or as a row that starts with
        // `+` or `−` (`&\\quad + (f_4 − f_6)` after `\\nonumber \\\\[6pt]`);
        // a bare expression after a complete answer (`= f_n, \\; f_a − f_n`)
        // is no final side of it; a display of its own right after the
        // answer, with no prose between (`$$… = (f_a − f_p) − (f_a − f_n)$$
        // $$f_n − f_p$$`), is its working's next line, as it always was.
        // A value announced for derivatives in the plural ("does not appear
        // in $t_4$, $t_6$, so those derivatives are $0$") speaks of others
        // than the open answer, which it does not name: not its next line.
        if afterProse, !startsWithEquals, context.speaksOfDerivativesInThePlural, !context.mentions.contains(where: { (roles[$0] ?? $0) == openSymbol }) {
            sheet.problems.append(problem(.unplaced(question, at), at, "a value for derivatives its sentence does not name", detail: written))
            return
        }
        let nextDisplay = item.separator == .start && !afterProse && ownLine
        let plusRow = !afterProse && [.row, .lineBreak, .space].contains(item.separator)
            && NodeShapes.flatten(body).first.flatMap(NodeShapes.operation).map { $0 == .plus || $0 == .minus } == true
        guard startsWithEquals || cue || plusRow || nextDisplay else {
            sheet.problems.append(problem(id, at, "maths after the answer that is neither a line of its chain (`= …`) nor announced as its result (`which gives …`)", detail: written))
            return
        }
        do {
            let (sides, text) = try Self.chain(body, in: span, naming: naming, allowed: allowed)
            guard roles.isEmpty || !sides.contains(where: { !Set($0.symbols).isDisjoint(with: Symbol.roles) }) else {
                sheet.problems.append(problem(id, span.location(body[0].range.lowerBound),
                                              "role symbols on a line of their own: write them with the derivative they continue"))
                return
            }
            let shown = startsWithEquals ? span.text((body[0].range.upperBound)..<(body.range?.upperBound ?? body[0].range.upperBound)) : text
            // A row that starts with `+` or `−` (`&\quad + (f_4 − f_6)` after
            // `\nonumber \\[6pt]`) goes on with the last side; it is no new one.
            if plusRow {
                try claims[claims.count - 1].continueLastSide(with: sides[0], then: Array(sides.dropFirst()), text: shown)
            } else {
                claims[claims.count - 1].extend(with: sides, text: shown)
            }
            sheet.derivatives[id] = claims
        } catch {
            sheet.problems.append(problem(id, span.location(error.offset),
                                          "cannot read what follows the answer, which may be its final line", detail: "\(written): \(error.message)"))
        }
    }
}

/// Samples a sentence named together and the values it stated for them.
struct SharedValue {
    var ids: [AnswerID]
    var symbols: [Symbol]
    var values: Int
    /// Whether the rest of the sentence says the values go in turn.
    var inTurn = false
}

/// What the derivative reader knows at a point of a section: the claim a
/// continuation extends, the samples the current sentence has named, and
/// what was answered.
struct DerivativeContext {
    /// The claim a continuation extends: the last one read in this section,
    /// and what its role symbols stand for.
    var open: AnswerID?
    var openRoles: [Symbol: Symbol] = [:]
    /// Samples named alone in the current sentence (`$f_3$, $f_4$`).
    var mentions: [Symbol] = []
    /// The current sentence's prose so far.
    var sentence = ""
    /// Symbols answered in this section.
    var answered: Set<Symbol> = []
    /// Whether a derivative in this section could not be read (so which
    /// samples "the others" are is not known).
    var unread = false
    /// Whether the current sentence holds a derivative read (`$∂L/∂f_1 = …$, others $0$`).
    var derivativeInSentence = false
    /// The clause before a `;` in the current sentence, if any.
    var clauseBefore = ""
    /// Whether the last item read was a triplet stated.
    var lastWasTriplet = false
    /// The label a triplet stated set, and the paragraph it stands in.
    var statementLabel: (label: Int, paragraph: Int)?
    /// Whether maths of the rule in roles was passed over in this sentence.
    var ruleInSentence = false
    /// The block the prose read last stands in.
    var paragraph = 0
    /// The samples the current sentence gave one value to, and how many
    /// values it has stated for them so far.
    var shared: SharedValue?

    /// Forgets the sentence read so far: a new one starts.
    mutating func startSentence() {
        sentence = ""
        shared = nil
        clauseBefore = ""
        mentions = []
        ruleInSentence = false
        derivativeInSentence = false
    }

    var clauseBeforeSpeaksOfDerivatives: Bool {
        let cues: Set<Substring> = ["gradient", "gradients", "derivative", "derivatives", "partials"]
        return clauseBefore.lowercased().split { !$0.isLetter }.contains(where: cues.contains)
    }

    /// Prose before the next maths: a sentence that ends in it starts a new one.
    mutating func read(prose: String) {
        // An abbreviation's dot ends no sentence: "w.r.t." is the word `wrt`.
        var prose = prose
        if prose.containsBytes(".r.t") || prose.containsBytes(".R.T") || prose.containsBytes(".e.") || prose.containsBytes(".g.") {
            for (short, word) in [("w.r.t.", "wrt"), ("W.r.t.", "wrt"), ("W.R.T.", "wrt"), ("w.r.t", "wrt"), ("i.e.", "ie"), ("e.g.", "eg")] {
                prose = prose.replacingOccurrences(of: short, with: word)
            }
        }
        // `… involves $f_1$, $f_2$ and $f_5$: with respect to the anchor
        // $f_1$ it is …`: a clause that names what its derivative is taken
        // for, after `:` or `,`, is about that alone.
        if let last = Self.respectClause(in: prose) {
            startSentence()
            sentence = String(prose[last...])
            return
        }
        let ends = [". ", ".\n", "\n\n", "; "]
        if let last = ends.compactMap({ prose.range(of: $0, options: .backwards) }).max(by: { $0.upperBound < $1.upperBound }) {
            // The clause a `;` closes stays as the next clause's context.
            let before = sentence + prose[..<last.lowerBound]
            clauseBefore = prose[last] == "; " ? String(before.split(separator: ".", omittingEmptySubsequences: false).last ?? "") : ""
            sentence = String(prose[last.upperBound...])
            mentions = []
            ruleInSentence = false
            derivativeInSentence = false
        } else {
            sentence += prose
        }
    }

    /// Where the last clause that opens "with respect to …" or "wrt …"
    /// after `:`, `,`, `;` or "and" (after maths: "… is $f_2 - f_1$ and
    /// with respect to the negative …") starts in the prose, if one does.
    static func respectClause(in prose: String) -> String.Index? {
        var found: String.Index?
        for phrase in ["with respect to", "With respect to", "wrt", "Wrt", "WRT"] {
            var from = prose.startIndex
            while let r = prose.range(of: phrase, range: from..<prose.endIndex) {
                from = r.upperBound
                guard r.upperBound == prose.endIndex || !prose[r.upperBound].isLetter,
                      r.lowerBound == prose.startIndex || !prose[prose.index(before: r.lowerBound)].isLetter else { continue }
                let before = String(prose[..<r.lowerBound].reversed().drop { $0 == " " || $0 == "\t" || $0 == "\n" })
                // "and" alone since the maths before it (reversed: "dna").
                let and = before.hasPrefix("dna") && before.dropFirst(3).allSatisfy(\.isWhitespace)
                guard let mark = before.first, [":", ",", ";"].contains(mark) || and else { continue }
                if found.map({ r.lowerBound > $0 }) ?? true { found = r.lowerBound }
            }
        }
        return found
    }

    /// The sentence's words, lower case.
    /// ("w.r.t." was made the word `wrt` as the prose was read.)
    var words: [Substring] { sentence.lowercased().split { !$0.isLetter && $0 != "∂" && $0 != "∇" } }

    /// Whether the sentence speaks of the working before it ("this
    /// simplifies to", "which gives", "it reduces to").
    var speaksOfWorking: Bool {
        let cues: Set<Substring> = ["simplifies", "simplify", "simplified", "simplifying", "reduces", "collecting", "cancel", "cancels",
                                    "expanding", "expands", "rearranging"]
        return words.contains(where: cues.contains)
    }

    /// Whether the sentence speaks of the loss ("the loss is", "L is",
    /// "the max returns").
    var speaksOfLoss: Bool {
        words.contains { $0 == "loss" || $0 == "losses" || $0 == "max" || $0 == "maximum" }
    }

    /// Whether the sentence speaks of other derivatives in the plural
    /// ("those derivatives are", "these gradients", "all other partials"),
    /// not of summing them ("adding the gradients we get").
    var speaksOfDerivativesInThePlural: Bool {
        let w = words
        return w.indices.contains { i in
            ["derivatives", "gradients", "partials"].contains(w[i]) && i > 0
                && ["those", "these", "other", "remaining", "both"].contains(w[i - 1])
        }
    }

    /// Whether the sentence speaks of derivatives.
    var speaksOfDerivatives: Bool {
        let cues: Set<Substring> = ["gradient", "gradients", "derivative", "derivatives", "partial", "partials", "∂", "∇", "respect", "wrt"]
        return derivativeInSentence || words.contains(where: cues.contains) || sentence.contains("∂")
            || sentence.contains("\\partial") || sentence.contains("\\nabla")
    }

    /// Roles the sentence names as what a derivative is taken for: "for the
    /// positive", "of the anchor", "with respect to the negative" (not "is
    /// the negative", which describes a sample).
    var namedRoles: [Symbol] {
        let w = words
        var result: [Symbol] = []
        for (i, word) in w.enumerated() {
            let role: Symbol
            switch word {
            case "anchor": role = .anchor
            case "positive": role = .positive
            case "negative": role = .negative
            default: continue
            }
            var j = i - 1
            if j >= 0, w[j] == "the" { j -= 1 }
            guard j >= 0, ["for", "of", "to", "wrt"].contains(w[j]) else { continue }
            if !result.contains(role) { result.append(role) }
        }
        return result
    }

    /// Whether the prose before the maths ends "others", "the rest",
    /// "all others", so that the maths is their value without a linking word.
    /// Whether the sentence pairs values with the samples it names in
    /// order ("respectively", "in turn", "in that order", "resp.").
    var saysInTurn: Bool { Self.pairsInTurn(sentence) }

    /// Whether words pair values with samples in order.
    static func pairsInTurn(_ text: String) -> Bool {
        let w = text.lowercased().split { !$0.isLetter && $0 != "∂" && $0 != "∇" }
        return w.contains("respectively") || w.contains("resp") || w.indices.dropFirst().contains { i in
            (w[i] == "turn" && w[i - 1] == "in") || (w[i] == "order" && w[i - 1] == "that") || (w[i] == "then" && w[i - 1] == "and")
        }
    }

    var endsWithOthers: Bool {
        guard let last = words.last else { return false }
        return last == "others" || last == "rest"
    }

    /// Whether the sentence gives a value to every sample not yet answered
    /// ("all other derivatives are", "the remaining gradients are", "every
    /// other sample", "the rest are", "every derivative not listed is") —
    /// not "the derivative of the other norm", which is working. A clause
    /// after `;` speaks of the derivatives its sentence's first clause
    /// names ("only the non-zero gradients are listed; all others are 0").
    var speaksOfOthers: Bool {
        let w = words
        guard speaksOfDerivatives || clauseBeforeSpeaksOfDerivatives else { return false }
        // "not listed", "not shown", "unlisted", "omitted", "left out": the
        // derivatives the sheet does not write.
        let unwritten: Set<Substring> = ["listed", "shown", "written", "given", "stated", "mentioned"]
        for (i, word) in w.enumerated() {
            if ["unlisted", "omitted", "unwritten"].contains(word) { return true }
            if unwritten.contains(word), w[max(0, i - 2)..<i].contains(where: { ["not", "t", "never"].contains($0) }) { return true }
            if word == "left", i + 1 < w.count, w[i + 1] == "out" { return true }
        }
        let things: Set<Substring> = ["derivatives", "derivative", "gradients", "gradient", "partials", "samples", "sample",
                                      "embeddings", "embedding", "ones", "entries"]
        for (i, word) in w.enumerated() {
            let next = w[(i + 1)..<min(w.count, i + 3)]
            switch word {
            case "other", "remaining": if next.contains(where: things.contains) { return true }
            case "others", "rest":
                if next.isEmpty || next.first == "are" || next.first == "is" || next.contains(where: things.contains) { return true }
            default: continue
            }
        }
        return false
    }
}
