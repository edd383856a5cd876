import Foundation
import CoursecheckAssignment
import CoursecheckMaths
import CoursecheckNotation

extension SheetParser {
    /// A value the sentence states for the samples it names (or for every
    /// sample not yet answered, "all other derivatives are $0$"): read as
    /// exactly those samples' answers when the sentence speaks of their
    /// derivatives; reported otherwise, never added to the last answer.
    func statedForSamples(_ body: [MathNode], in span: MathReading, question: QuestionID, symbols: [Symbol],
                                  allowed: Set<Symbol>, naming: SampleNaming, label: Int?, sentenceRest: String = "",
                                  context: inout DerivativeContext, into sheet: inout ParsedSheet) {
        let range = body.range ?? 0..<0
        let at = span.location(range.lowerBound)
        let written = span.text(range)
        defer { context.mentions = [] }
        // "In $t_1$, by contrast, the others are $0$" under Question 5.2:
        // a value in a sentence about another triplet is for a person.
        if let own = question.tripletNumber, let other = [label, context.tripletInSentence].compactMap({ $0 }).first(where: { $0 != own }) {
            sheet.problems.append(problem(.unplaced(question, at), at,
                "a value stated in a sentence about t_\(other) under Question 5.\(own)", detail: written))
            context.open = nil
            return
        }
        let rolesMeanSamples = question == .question(5) || question.tripletNumber != nil
        let k = question.tripletNumber ?? label
        let roles = rolesMeanSamples ? self.roles(ofTriplet: k, sheet: sheet) : [:]
        var named: [Symbol] = []
        for s in context.mentions.map({ roles[$0] ?? $0 }) where !named.contains(s) { named.append(s) }
        let forTheRest = named.isEmpty
        if named.isEmpty {
            // "All the other derivatives are 0" after a derivative that could
            // not be read: which samples are the others is not known.
            guard !context.unread else {
                sheet.problems.append(problem(.unplaced(question, at), at,
                    "a value for the other samples after a derivative that could not be read", detail: written))
                context.open = nil
                return
            }
            // The others are other than the samples answered, and than
            // those the sentences before in the block named ("Anchor $f_1$,
            // positive $f_2$, negative $f_5$; the other three gradients are
            // $0$", said before the part's answers).
            let before = Set(context.mentionsBefore.map { roles[$0] ?? $0 })
            // (Under Question 5 itself, the parts told apart by their
            // labels, `∂L₂/∂f₁ = …` under `t2 = (…)`: answered are that
            // triplet's samples, not every part's so far.)
            var answered = context.answered
            if question == .question(5), let k {
                answered = Set(symbols.filter { sheet.derivatives[AnswerID(.triplet(k), .derivative($0))]?.isEmpty == false })
            }
            named = symbols.filter { !answered.contains($0) && !before.contains($0) }
            // "… zero for the other three samples" when not three are left
            // (the answers before it not read as such): which they are is
            // for a person.
            let words = context.words + (sentenceRest + " " + context.clauseAfter).lowercased().split { !$0.isLetter && !$0.isNumber }
            if let said = Self.countOfOthers(words), said != named.count {
                sheet.problems.append(problem(.unplaced(question, at), at,
                    "a value for the other \(said) samples where \(named.count) are left unanswered: which they are is for a person", detail: written))
                context.open = nil
                return
            }
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
                claim.forTheRest = forTheRest
                sheet.derivatives[id, default: []].append(claim)
                context.answered.insert(symbol)
                ids.append(id)
            }
            context.shared = named.count > 1 ? SharedValue(ids: ids, symbols: named, values: 1, inTurn: DerivativeContext.pairsInTurn(sentenceRest)) : nil
            context.statedAlone = named.count == 1 ? (named[0], ids[0]) : nil
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
    func statedInTurn(_ body: [MathNode], in span: MathReading, question: QuestionID, allowed: Set<Symbol>, naming: SampleNaming,
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
    func takeBackSharedValue(from first: Int, reason: String, at: SourceLocation, detail: String,
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
    func unpairedValues(_ body: [MathNode], in span: MathReading, question: QuestionID,
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

    /// Whether the sentence's words so far name a sum ("The sum",
    /// "Summing", "Adding", "the total of"), among its last five ("adding
    /// these up gives", "summing the four terms gives", "from t1, t2 we
    /// collect").
    static func namesSum(_ words: [Substring]) -> Bool {
        words.suffix(5).contains { ["sum", "summing", "adding", "add", "total", "sums", "collect", "collects", "gather", "gathers"].contains($0) }
    }

    /// Whether the words between two values say the first comes to the
    /// second, and nothing else: "which is", "i.e.", "that is", "so",
    /// "giving", "which gives", "which simplifies to", "which equals" (not
    /// "and it is", which may open another sample's clause).
    static func restatesAs(_ between: String) -> Bool {
        let words = between.lowercased().replacingOccurrences(of: "i.e", with: "ie").split { !$0.isLetter }
        return restatingWords.contains(words.joined(separator: " "))
    }

    /// The last sentence of a text: what follows its last `.`, `!` or `?`.
    static func sentenceEnding(_ text: String) -> Substring {
        Prose.sentences(text).last ?? ""
    }

    /// The first sentence of a text: up to its first `.`, `!` or `?`.
    static func sentenceOpening(_ text: String) -> Substring {
        Prose.sentences(text).first ?? ""
    }

    /// The role a bracket opened right before a value names, closed right
    /// after it: `(anchor: $…$)`, `(as the positive: $…$)`, `(negative =
    /// $…$)`; nil for any other words.
    static func roleInBracket(before: String, after: String) -> Symbol? {
        guard after.drop(while: { $0 == " " }).first == ")",
              let open = before.lastIndex(of: "(") else { return nil }
        let words = before[before.index(after: open)...].lowercased().split(whereSeparator: { !$0.isLetter })
        let named = words.compactMap { w -> Symbol? in
            switch w {
            case "anchor": .anchor
            case "positive": .positive
            case "negative": .negative
            default: nil
            }
        }
        guard named.count == 1, words.allSatisfy(roleBracketWords.contains) else { return nil }
        return named[0]
    }

    /// The words a bracket naming a role may hold (`roleInBracket`).
    static let roleBracketWords: Set<Substring> = ["as", "the", "it", "is", "s", "its", "role", "rule", "gradient", "for", "anchor", "positive", "negative"]

    /// `restatesAs`' phrases.
    static let restatingWords: Set<String> = ["which is", "ie", "that is", "so", "giving", "which gives", "which simplifies to", "simplifying to",
                                              "which equals", "which reduces to", "so it is", "which comes to", "i e"]

    /// Whether the rest of a sentence opens by saying that what came before
    /// comes to what follows ("simplifies to", "and collecting terms
    /// gives", "gives", "reduces to"; ", which simplifies to", ", i.e.",
    /// ", so", ", giving", ", and this is", ", that is").
    static func comesTo(_ rest: String) -> Bool {
        let words = rest.lowercased().replacingOccurrences(of: "i.e", with: "ie").split { !$0.isLetter }.prefix(6)
        let cues: Set<Substring> = ["simplifies", "simplify", "reduces", "gives", "give", "giving", "yields", "yield", "equals", "becomes", "comes",
                                    "so", "hence", "thus", "ie"]
        // ("is" only after a word pointing back: "and this is", "which is", "that is".)
        let back: Set<Substring> = ["this", "which", "that", "it"]
        guard let k = words.indices.first(where: { cues.contains(words[$0]) || words[$0] == "is" && $0 > words.startIndex && back.contains(words[$0 - 1]) })
        else { return false }
        // (Before the cue only `and` and words of simplifying: "and collecting terms gives";
        // or the sample the sum is for, named in maths: "$…$ for $f_1$, hence".)
        let between: Set<Substring> = ["and", "collecting", "terms", "simplifying", "then", "this", "which", "it", "grouping", "like", "that", "for"]
        return words[..<k].allSatisfy(between.contains)
    }

    /// Words after which a whole number says which sample, role or class
    /// (`samples 1, 2 and 5`, `anchor 2`, `label 1`).
    static let wordsNamingSamples: Set<Substring> = [
        "sample", "samples", "embedding", "embeddings", "anchor", "positive", "negative", "label", "labels", "class", "classes",
    ]

    /// Words after which a whole number counts things (`36 of the 120
    /// triplets`, `4 gates`).
    static let wordsCounted: Set<Substring> = [
        "of", "triplet", "triplets", "sample", "samples", "embeddings", "parameters", "params", "weights", "gates", "levels",
        "layers", "classes", "choices", "ways", "anchors", "positives", "negatives", "terms",
    ]

    /// Whether the nodes are one whole number in brackets, `(2)`, `[3]`.
    static func numberInBrackets(_ nodes: [MathNode]) -> Bool {
        guard nodes.count == 1, case .fenced(_, let body, _) = nodes[0].kind, body.count == 1 else { return false }
        return NodeShapes.integer(body[0]) != nil
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
        guard DerivativeShape.overGeneralLetter(item.sides[0].nodes) else { return false }
        return !item.sides.dropFirst().contains { MathItem.namesSamples($0.nodes, naming) }
    }

    /// Whether prose between two values only joins them (`,`, `and`,
    /// `and then`, `resp.`), so that the second is the next of a list.
    static func connectsValues(_ prose: String) -> Bool {
        let words = prose.lowercased().split(whereSeparator: { !$0.isLetter })
        return words.count <= 2 && words.allSatisfy { ["and", "then", "resp", "respectively"].contains($0) }
            && !prose.contains(".") && !prose.contains(";")
    }

    /// The words allowed around samples given a zero after them (`readOther`).
    static let wordsOfZero: Set<Substring> = DerivativeContext.havingVerbs.union(DerivativeContext.restWords).union(DerivativeContext.wholeWords).union([
        "and", "the", "both", "all", "to", "each", "of", "gradient", "gradients", "grad", "grads", "derivative", "derivatives",
        "other", "remaining", "samples", "sample", "ones", "embeddings", "embedding",
        "while", "whilst", "whereas", "but", "also", "too", "then", "so", "again", "likewise", "similarly",
        "two", "three", "four", "five"])

    /// A sample (`f_1`, `f5`, `f_{a}`, `fₙ`, `\mathbf{f}_2`) or a number alone.
    static let valueLike = try! NSRegularExpression(pattern: #"(?<![A-Za-z])f\}?\s*_?\{?[1-6apnₐₚₙ₁-₆]|^\s*[-−]?\d+(?:\.\d+)?\s*$"#)


    /// How many the words say the samples left are: "the other three
    /// samples", "the remaining 3", "the three others"; nil when they say no number.
    static func countOfOthers(_ words: [Substring]) -> Int? {
        let numbers: [Substring: Int] = ["two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5]
        for (i, w) in words.enumerated() {
            if ["other", "remaining"].contains(w), i + 1 < words.count, let n = numbers[words[i + 1]] { return n }
            if let n = numbers[w], i + 1 < words.count, ["others", "remaining"].contains(words[i + 1]) { return n }
        }
        return nil
    }

    /// Whether the words around maths name it as a term set aside, not a
    /// value: `forgot $t_1$'s anchor term $f_5 - f_2$`, `with its term $f_2 -
    /// f_6$ added` — "term" right before it, in a sentence that says the term
    /// was left out or added, and not after words that give it as a value
    /// ("we get the term …", "the final answer is the term …").
    static func namesTermAside(proseBefore: String, sentence: [Substring], rest: String) -> Bool {
        let before = proseBefore.trimmingCharacters(in: .whitespaces).lowercased()
        let lead = before.split(whereSeparator: { !$0.isLetter })
        guard let word = lead.last, ["term", "terms", "summand", "summands"].contains(word), before.hasSuffix(word) else { return false }
        let aside: Set<Substring> = ["forgot", "forgotten", "forget", "missed", "missing", "dropped", "omitted", "added", "adding", "left"]
        let giving: Set<Substring> = ["is", "are", "get", "gets", "gives", "give", "answer", "result", "equals", "becomes"]
        return (sentence + lead + rest.lowercased().split(whereSeparator: { !$0.isLetter })).contains(where: aside.contains)
            && !lead.contains(where: giving.contains)
    }

    /// Whether an item's sides after its first are all linear forms in the
    /// roles alone (`… = (f_a - f_p) - (f_a - f_n)`): working in roles.
    static func workedInRoles(_ item: MathItem, in span: MathReading, naming: SampleNaming, allowed: Set<Symbol>) -> Bool {
        item.sides.count > 1 && item.sides.dropFirst().allSatisfy { side in
            (try? Self.chain(side.nodes, in: span, naming: naming, allowed: allowed))
                .map { $0.values.allSatisfy { !$0.symbols.isEmpty && Set($0.symbols).isSubset(of: Symbol.roles) } } == true
        }
    }

    /// Whether a text is an arrow alone (`->`, `=>`, `→`, `⇒`).
    static func arrowOnly(_ text: String) -> Bool {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines).unicodeScalars
        return t.contains { ">→⇒⟶".unicodeScalars.contains($0) } && t.allSatisfy { "-=>→⇒⟶".unicodeScalars.contains($0) }
    }

    /// An item without a derivative head: a continuation of the open claim,
    /// something known not to be an answer, or a problem.
    func readOther(_ item: MathItem, in span: MathReading, proseBefore: String, inWords: Bool, ownLine: Bool, leadsProse: Bool, labels: Bool,
                           sentenceRest: String, wordsAfter: String = "", proseAfter: String = "", leadAfter: String = "",
                           question: QuestionID, symbols: [Symbol],
                           allowed: Set<Symbol>, naming: SampleNaming, label: Int?, context: inout DerivativeContext,
                           into sheet: inout ParsedSheet) {
        let open = context.open, roles = context.openRoles
        let at = span.location(item.range.lowerBound)
        if item.mentionsDerivative {
            // (`Check: Σᵢ ∂L/∂fᵢ = 0 ✓`: what a check sums, no answer; in
            // plain text the words of the check may be the item's own.)
            if context.checksAnswers || DerivativeContext.saysCheck(span.text(item.range)) { return }
            // `Derivation: $\frac{\partial}{\partial f_a}[\tfrac12\|f_a - f_p\|^2 - …] =
            // (f_a - f_p) - (f_a - f_n)$`: the loss differentiated as written,
            // its other sides in the roles alone, is Question 2's or 3's
            // working (for a person only if the answers do not all follow).
            if question == .question(2) || question == .question(3), Self.workedInRoles(item, in: span, naming: naming, allowed: allowed) {
                context.workingInRoles.append(problem(.unplaced(question, at), at, "maths that answers no derivative", detail: span.text(item.range)))
                return
            }
            sheet.problems.append(problem(.unplaced(question, at), at, "cannot read this derivative", detail: span.text(item.range)))
            context.unread = true
            return
        }
        // `$f_n - f_p$ times two`, `fn - fp divided by 2`, `twice $…$`,
        // `… plus fa`, `$…$ squared`: words beside a value that change it.
        // What the value is, and whose, is for a person.
        // (A value: a sample in it, or a number alone; not words read as
        // maths, "I double-checked Q6", "I did them twice".)
        if case let written = span.text(item.range),
           Self.valueLike.firstMatch(in: written, range: NSRange(written.startIndex..., in: written)) != nil,
           // (Words that change every value of the block, "…, each times 2",
           // are the block's: `parseDerivatives` leaves it to a person first.)
           ChangingWords.changedBeside(before: proseBefore, after: wordsAfter.allSatisfy(\.isWhitespace) ? proseAfter : wordsAfter,
                                       loneSample: SampleShape.read(Array(item.nodes), naming: naming) != nil) {
            sheet.problems.append(problem(.unplaced(question, at), at, "a value that the words beside it change: for a person", detail: span.text(item.range)))
            context.unread = true
            // (The samples named for it are its: `for fa we get fn - fp (…,
            // then doubled), for fp we get …` gives the next value to f_p
            // alone.)
            context.mentions = []
            // (`I get twice f4 - f3 for f2, …`: the sample named right after
            // it is this value's, not the next clause's.)
            if question == .question(5) || question.tripletNumber != nil,
               Self.introducesItsSample(wordsAfter.allSatisfy(\.isWhitespace) ? proseAfter : wordsAfter) {
                context.valueBeforeSample = ValueBeforeSample(body: [], span: span, at: at, changed: true)
            }
            return
        }
        // `… for $f_2$` after a value held for the sample after it: that sample's value.
        if context.valueBeforeSample != nil, let s = SampleShape.read(item.nodes, naming: naming),
           givesHeldValue(to: s, proseBefore: proseBefore, question: question, symbols: symbols, allowed: allowed, naming: naming,
                          label: label, context: &context, into: &sheet) { return }
        // `anchor f_1 → f_5 - f_2`: a sample mapped to its gradient.
        if sampleMappedToValue(item, in: span, question: question, symbols: symbols, allowed: allowed, naming: naming, label: label,
                               context: &context, into: &sheet) { return }
        // The words of a value in words naming samples in brackets (`With
        // respect to the others (f2, f5, f6) the gradient is 0`): each a
        // mention (not a triplet).
        if inWords, !proseBefore.allSatisfy(\.isWhitespace), item.nodes.count == 1, case .fenced(_, let members, _) = item.nodes[0].kind {
            let parts = members.split { $0.atomRole == .punctuation(.comma) }
            let samples = parts.compactMap { SampleShape.read(Array($0), naming: naming) }
            if !parts.isEmpty, samples.count == parts.count {
                context.mentions += samples
                return
            }
        }
        if let first = item.sides.first, LossShape.read(first.nodes, naming: naming) != nil { context.lossInSentence = true }
        // `max(0, ·) picks 0`, `Since max(0, z) returns 0, …`: the hinge
        // written out names the max, as the word does ("the max returns
        // 0"): what its sentence says it gives is the loss's value.
        if item.appliesMax || Self.maxInSentenceBefore(span.text(0..<item.range.lowerBound)) { context.lossInSentence = true }
        if item.isNonAnswer(naming) { return }
        // `f_1 appears in t_1, t_5 (t_1: f_5 - f_2, t_5: f_1 - f_3)`: the
        // terms Question 6's sum will add, listed; its working, no answer
        // (each term kept, for the check of that working).
        if question == .question(6), let listed = item.termsByTriplet(naming) {
            let terms = listed.compactMap { term -> TermList.Term? in
                guard let read = try? Self.chain(term.value, in: span, naming: naming, allowed: allowed),
                      let value = read.values.last else { return nil }
                return TermList.Term(triplet: term.triplet, value: value, text: read.text)
            }
            if !terms.isEmpty { sheet.termLists.append(TermList(terms: terms, location: at)) }
            return
        }
        // `(2) Sample 1 is the anchor of t2; …`: a whole number in brackets
        // opening its line, words after it, numbers a paragraph; it
        // continues no answer.
        if item.separator == .start, proseBefore.allSatisfy(\.isWhitespace), Self.numberInBrackets(item.nodes),
           wordsAfter.drop(while: \.isWhitespace).first?.isLetter == true { return }
        // Maths in a note on an earlier draft (`edit: … I had written (f_5 -
        // f_1) for t_1 at first; it is (f_5 - f_2)`) quotes it: no answer —
        // unless it goes on with a derivative the note itself states (`I
        // first had dL/df4 = f4 - f1; fixed to f1 - f4`).
        // (A value the note gives as what it is now, `edit: … wrong, it is
        // $f_5 - f_1$`, is no quote: read as any other, so the answer it
        // corrects is answered twice and goes to a person.)
        if context.inCorrectionNote, !(context.open != nil && context.openParagraph == context.paragraph), context.quotesDraft(rest: sentenceRest) { return }
        // (One sample named before it, `edit: the $f_5$ line is wrong, it
        // is …`: the value is that sample's second answer.)
        // Any other value in a note (`Fixed: I now get $-f_5 + f_2$`) is for
        // a person, never the open answer's next line.
        if context.inCorrectionNote, !(context.open != nil && context.openParagraph == context.paragraph) {
            // (A sample it names is a mention.)
            if let s = SampleShape.read(Array(item.nodes), naming: naming) {
                context.mention(s)
                return
            }
            if context.mentions.count == 1, !item.nodes.contains(where: { NodeShapes.relation($0) != nil }) {
                statedForSamples(Array(item.nodes), in: span, question: question, symbols: symbols, allowed: allowed, naming: naming, label: label,
                                 sentenceRest: sentenceRest, context: &context, into: &sheet)
            } else {
                sheet.problems.append(problem(.unplaced(question, at), at, "a value in a note on an earlier answer: which answer it gives is for a person",
                                              detail: span.text(item.range)))
                context.unread = true
            }
            return
        }
        if !item.nodes.contains(where: { NodeShapes.relation($0) != nil }),
           Self.namesTermAside(proseBefore: proseBefore, sentence: context.words, rest: sentenceRest) { return }
        // `(t1..t8 = 5.1..5.8)`: a range written with dots, outside any
        // chain, says how the answers are laid out.
        if open == nil, ["..", "\\dots", "\\ldots", "\u{2026}"].contains(where: span.text(item.range).contains) { return }
        // `from 5.1–5.8:`: a range of the parts, in words.
        if open == nil, span.text(item.range).range(of: #"^\s*5\.\d\s*[–—-]{1,2}\s*5\.\d\s*:?\s*$"#, options: .regularExpression) != nil { return }
        // `Adding 5a) to 5h):`: a part named by its label, the letter joined
        // to the question's number (plain text reads it as maths), outside
        // any chain: a reference, no value.
        if open == nil, span.text(item.range).range(of: #"^\s*5[a-h]\)\s*:?\s*$"#, options: .regularExpression) != nil { return }
        // Prose before maths (`which gives`, `so`) is not the answer's text.
        let (skip, leadWords) = item.leadingProse(naming)
        var body = Array(item.nodes.dropFirst(skip))
        // `anchor f_1, positive f_2, negative f_5:` (plain text): the colon
        // closing a lone sample is the sentence's, as after `$f_5$:` in TeX;
        // the sample is read as TeX's would be.
        if body.count >= 2, body.last?.atomRole == .punctuation(.colon), case let bare = Self.withoutClosingMark(body), bare.count < body.count,
           SampleShape.read(bare, naming: naming) != nil {
            body = bare
        }
        // `Nothing to differentiate here (L ≡ 0):`: the loss's value in
        // brackets after the words, a remark on the case.
        if skip > 0, !item.mentionsDerivative, MathItem.statesLossInBrackets(body, naming: naming) { return }
        // `Only samples 1, 2 and 5 appear`, `anchor 2, positive 3`, `its
        // negative sample 4`, `have label 1` (plain text): a whole number
        // other than 0 right after a word naming a sample, a role or a
        // label (`and`, `or` and commas between) is which one, no value.
        // (The word may be the item's own in plain text, `positive 3`.)
        let parts = span.text(item.range).split(whereSeparator: \.isWhitespace)
        if (1...2).contains(parts.count), let number = parts.last, number.first != "0", number.allSatisfy(\.isASCII), number.allSatisfy(\.isNumber),
           parts.count == 1 || parts[0].allSatisfy({ $0.isASCII && $0.isLetter }) {
            let own = parts.count == 2 ? Substring(parts[0].lowercased()) : nil
            // (The words just before it first: in plain text the words
            // between items reach the sentence without their spaces.)
            let before = proseBefore.lowercased().split { !$0.isLetter }.last(where: { !["and", "or"].contains($0) })
            let word = own ?? before ?? context.words.last(where: { !["and", "or"].contains($0) })
            let colon = own == nil && proseBefore.last(where: { !$0.isWhitespace }).map { ":=".contains($0) } == true
            if !colon, word.map(Self.wordsNamingSamples.contains) == true || own == nil && before == nil && context.numbersNameSamples {
                context.numbersNameSamples = true
                return
            }
        }
        context.numbersNameSamples = false
        // `36 of the 120 triplets are valid` (a summary in plain text): a
        // whole number other than 0 that a word of counting follows counts
        // things; no derivative's value.
        if body.count == 1, let k = NodeShapes.integer(body[0]), k != 0,
           let next = (wordsAfter.allSatisfy(\.isWhitespace) ? sentenceRest : wordsAfter).lowercased().split(whereSeparator: { !$0.isLetter }).first,
           (wordsAfter.allSatisfy(\.isWhitespace) ? sentenceRest : wordsAfter).drop(while: \.isWhitespace).first?.isLetter == true,
           Self.wordsCounted.contains(next) { return }
        guard !body.isEmpty, MathItem.holdsValue(body, naming) else { return }
        // `Q3) hinge active ->` (plain text): an arrow alone points to what
        // follows; no value.
        if Self.arrowOnly(span.text(body.range ?? item.range)) { return }
        // `Total gradient = sum over triplets:` (plain text): a sign between
        // words, no value.
        if item.plainWordsBesideSigns(span.text(body.range ?? item.range)) { return }
        let written = span.text(body.range ?? item.range)
        if Self.rolesBySlashes(written) { return }
        // `- $f_1$:` over the display that answers it: a label.
        if labels, skip == 0, SampleShape.read(body, naming: naming) != nil { return }
        // A sample in the words of a value in words (`f2, f5, f6: the
        // derivative is zero`) is one the value is about.
        if inWords, !context.saysInTurn, let s = SampleShape.read(body, naming: naming) {
            context.mention(s, lead: leadWords.joined(separator: " "))
            return
        }
        let startsWithEquals = NodeShapes.relation(body[0]) == .equals
        // A lone symbol after prose is a mention (`where $f_5$ is the
        // negative`), not a result.
        let lead = leadWords.joined(separator: " ")
        let cue = Prose.announcesResult(proseBefore + " " + lead) || !context.mentions.isEmpty && lead.isEmpty && Prose.labelsMentions(proseBefore)
            || context.roleClauseBefore && lead.isEmpty
        // Prose words inside the maths (a plain-text line) are part of the sentence.
        context.read(lead: lead)
        let afterProse = !(proseBefore.allSatisfy(\.isWhitespace) && lead.isEmpty)
        // (A value after words, no `=` first: one that may restate, correct
        // or follow the answer just stated.)
        let valueAfterWords = afterProse && !startsWithEquals
        // `dL/df_p = A, the TA said it should be B`, `…, it should be B
        // according to my friend, but I disagree`, `…, maybe B`: a value
        // after the answer that the words of its sentence give to someone
        // else or doubt is neither its next line nor its correction: which
        // answer is the student's is for a person.
        if valueAfterWords, let id = open ?? context.answerJustStated?.id, sheet.derivatives[id] != nil,
           CorrectionWords.disputes(Self.sentenceEnding(proseBefore + " " + lead))
            || [wordsAfter, leadAfter, sentenceRest].contains(where: { CorrectionWords.disputes(Self.sentenceOpening($0)) })
            // (In plain text the words after the value may be the span's
            // next items, `…, it is fp - fa, but I disagree`: up to its clause's end.)
            || CorrectionWords.disputes(String(span.text(item.range.upperBound..<span.tree.source.count)).split(separator: ";").first.map { Self.sentenceOpening(String($0)) } ?? "") {
            sheet.problems.append(problem(id, at, "a value the words give to someone else or doubt (\"the TA said\", \"according to\", \"but I disagree\", \"maybe\"): which answer is the student's is for a person",
                                          detail: written))
            return
        }
        // A value in a sentence that checks the answers, or a zero they add
        // up to (`Check: the six right-hand sides sum to $0$ ✓`), answers
        // nothing — never the open answer's next line.
        if afterProse || context.checkInPiece && item.separator == .comma, !startsWithEquals,
           context.checksAnswers && !DerivativeContext.saysCorrection(sentenceRest)
            || context.sumsTheAnswers(writtenIn: String(String.UnicodeScalarView(span.tree.source)))
                && (try? Self.chain(body, in: span, naming: naming, allowed: allowed))?.values == [.zero] {
            context.checkInPiece = true
            return
        }
        // A value stated with an exception ("… is $0$ except for $f_1$, $f_2$,
        // $f_5$", "$0$ for $f_3$, but not for $f_5$, where it is …"): which
        // samples it is for is for a person — never the open answer's next
        // line, never every sample named.
        if afterProse, !startsWithEquals, context.makesException(rest: sentenceRest) {
            // (The samples it names are mentions; the value is reported once.)
            if let s = SampleShape.read(body, naming: naming) {
                context.mention(s)
                return
            }
            sheet.problems.append(problem(.unplaced(question, at), at, "a value stated with an exception (\"except for …\", \"but not for …\"): which samples it is for is for a person",
                                          detail: span.text(body.range ?? item.range)))
            context.unread = true
            return
        }
        // `… with respect to $f_a$ it is $A$, which is $B$`, `for $f_a$ we
        // get $A$, i.e. $B$`: a value right after one stated for one sample,
        // words saying the first comes to it ("which is", "i.e.", "so",
        // "giving"), no sample named since, is that answer's next side: the
        // last is the answer, the first its working. (One that cannot be
        // read leaves the answer to a person.)
        if valueAfterWords, let stated = context.answerJustStated,
           Self.restatesAs(proseBefore + " " + lead), var claims = sheet.derivatives[stated.id], !claims.isEmpty {
            if let (sides, text) = try? Self.chain(body, in: span, naming: naming, allowed: allowed) {
                claims[claims.count - 1].extend(with: sides, text: text)
                sheet.derivatives[stated.id] = claims
            } else {
                sheet.problems.append(problem(stated.id, at, "cannot read what follows the answer, which may be its final line", detail: span.text(body.range ?? item.range)))
            }
            return
        }
        // `… with respect to $f_5$ it is $A$, wait, that should be $B$`,
        // `… is f5 - f1, no, scratch that, it is f1 - f5`: a value after
        // words that take back the value just stated for one sample in the
        // sentence, no sample named since, is that sample's answer again.
        // (The words then withdraw the first, or leave both to a person:
        // `withdrawingRetracted`.)
        // (`… is $A$ (sorry, I mean $B$), …`: words of correction alone in
        // brackets around the value, opened right after the first, replace
        // it, as `correctedTail` does in a line of plain text.)
        if valueAfterWords, let stated = context.answerJustStated,
           Self.correctsInBrackets(proseBefore + " " + lead, after: wordsAfter.allSatisfy(\.isWhitespace) ? sentenceRest : wordsAfter) {
            if var claims = sheet.derivatives[stated.id], !claims.isEmpty {
                claims.removeLast()
                sheet.derivatives[stated.id] = claims.isEmpty ? nil : claims
            }
            context.mentions = [stated.sample]
            statedForSamples(body, in: span, question: question, symbols: symbols, allowed: allowed, naming: naming, label: label,
                             sentenceRest: sentenceRest, context: &context, into: &sheet)
            return
        }
        if valueAfterWords, let stated = context.answerJustStated,
           Self.retractionOffset(Substring(proseBefore + " " + lead)) != nil {
            // (Words that go on after the corrected value, `$A$, I mean, $B$
            // when the loss is negated`, qualify it: the answer is for a
            // person.)
            let after = (wordsAfter.allSatisfy(\.isWhitespace) ? sentenceRest : wordsAfter).drop { $0 == " " || $0 == "\t" }
            if let next = after.first, next.isLetter, !Self.opensOnRespect(String(after)), !after.lowercased().hasPrefix("and ") {
                sheet.problems.append(problem(stated.id, at, "a correction that words after it qualify: for a person", detail: span.text(body.range ?? item.range)))
                return
            }
            let sample = stated.sample
            context.mentions = [sample]
            statedForSamples(body, in: span, question: question, symbols: symbols, allowed: allowed, naming: naming, label: label,
                             sentenceRest: sentenceRest, context: &context, into: &sheet)
            return
        }
        // `In t_3, f_2 is the anchor, f_1 the positive …`: a sample with
        // a role's word right after it in its clause says which role it
        // plays.
        let following = wordsAfter.prefix { !".;:!?".contains($0) }.lowercased().split(whereSeparator: { !$0.isLetter })
        if following.prefix(3).contains(where: { ["anchor", "positive", "negative"].contains($0) }),
           let s = SampleShape.read(body, naming: naming) {
            context.mention(s)
            return
        }
        // So is one after "the anchor is" in a sentence that does not
        // speak of derivatives.
        // As is one that starts a paragraph, its prose after it (`$f_2$ appears in $t_1$, …`).
        // And one in a block after the open answer's whose words go on right
        // after it (`Contributions to f2 come from t1, …`): the subject of
        // its clause, never a value joined to the last answer (`= f2`).
        if afterProse ? !cue || !context.speaksOfDerivatives || context.openParagraph != context.paragraph && Self.opensSentence(wordsAfter)
                      : leadsProse && item.separator == .start,
           let s = SampleShape.read(body, naming: naming) {
            context.mention(s)
            return
        }
        // `The anchor appears in both terms, p and n in one each:` (plain
        // text): a lone sample right after its clause's comma or
        // semicolon, with words after it, opens a clause as its subject,
        // before any answer is open: a mention, as one opening the line is.
        if !afterProse, context.open == nil, item.separator == .comma || item.separator == .semicolon,
           Self.opensSentence(wordsAfter), let s = SampleShape.read(body, naming: naming) {
            context.mention(s)
            return
        }
        // `… of $f_a, f_p, f_n$`: samples listed after one that was a
        // mention are mentions too; `f_n \in \R^d` says where it lives.
        if item.separator == .comma, !context.mentions.isEmpty, !startsWithEquals {
            if let s = SampleShape.read(body, naming: naming) { context.mention(s); return }
            if body.contains(where: { NodeShapes.core($0).atomToken.map { $0.kind == .command("in") || $0.kind == .other("∈") } == true }),
               let s = SampleShape.read(Array(body.prefix { NodeShapes.core($0).atomToken.map { $0.kind == .command("in") || $0.kind == .other("∈") } != true }), naming: naming) {
                context.mention(s)
                return
            }
        }
        // `$\partial L/\partial f_2 = f_4 - f_3$, I mean $f_3 - f_4$`, `… = A
        // — scratch that, B`, `… = A, sorry, B, …`, `… = A (wait, no: B)`:
        // words of correction alone right after the answer, in its block,
        // then one value with nothing after it but punctuation: the value
        // takes the place of the answer's result, its working kept.
        // (Before a sum's working is held for the next answer: `…, sorry,
        // $f_6 - f_3$, $\partial L/\partial f_4 = …$` corrects, it announces nothing.)
        if afterProse, !startsWithEquals, let id = open, var claims = sheet.derivatives[id], !claims.isEmpty,
           context.openParagraph == context.paragraph,
           Self.correctsResult(proseBefore + " " + lead, after: wordsAfter.allSatisfy(\.isWhitespace) ? sentenceRest : wordsAfter),
           !Self.dashOrSign(written, wordsInMaths: !lead.isEmpty || !item.textBefore.allSatisfy(\.isWhitespace)),
           let (sides, text) = try? Self.chain(body, in: span, naming: naming, allowed: allowed), sides.count == 1 {
            claims[claims.count - 1].correctResult(to: sides[0], text: text, at: at)
            sheet.derivatives[id] = claims
            return
        }
        let openSymbol: Symbol? = { if case .derivative(let s)? = open?.item { return s }; return nil }()
        // "The sum $(f_5 - f_2) + (f_4 - f_3) + …$ simplifies to
        // $∂L/∂f_1 = …$", "Adding $…$ gives $…$": a sum its words name,
        // ending its maths, the words right after it saying it comes to
        // what follows, is the working of the derivative next; held until
        // then (and reported as below if none follows).
        // (Round 38: "summing gives $…$, which simplifies to $∂L/∂f_1 =
        // …$", "…, i.e. $…$", "…, giving $…$", "…, and this is $…$";
        // the terms listed after a colon, `Contributions to $f_1$ come from
        // t1, t2: $…$. Total: $∇_{f_1} L = …$`, `Terms for f_1 (…): … .
        // Simplified: …`; in plain text the words between its items and
        // those that open the next, `(…) + (…) gives dL/df_1 = …`. A sum
        // announced by a cue of its own ("summing gives", a colon) is held
        // so only when no answer is open or the words since it named another
        // sample, `$f_2$ is used by t1, t3; summing gives $…$`: after the
        // open answer alone it may be that answer's next line.)
        let restAfter = !wordsAfter.allSatisfy(\.isWhitespace) || !leadAfter.isEmpty ? wordsAfter + " " + leadAfter
            : !sentenceRest.allSatisfy(\.isWhitespace) ? sentenceRest : proseAfter
        // (`and the sum (f_5 − f_2) + …` in plain text: the word, read as
        // maths, names the sum before its terms.)
        let sumWord = body.count > 1 && span.text(body[0].range).lowercased() == "sum"
        let sum = sumWord ? Array(body.dropFirst()) : body
        if afterProse || sumWord, !startsWithEquals, !inWords, question == .question(6) || question.tripletNumber != nil,
           sumWord || Self.namesSum(context.words) || Self.namesSum(proseBefore.lowercased().split { !$0.isLetter })
               || Self.listsTerms(context.words, before: proseBefore + " " + lead),
           Self.comesTo(restAfter) || Self.leadsToResultNext(restAfter),
           !cue || open == nil || (context.mentionsSinceOpen + context.mentions).contains(where: { (roles[$0] ?? $0) != openSymbol }),
           let (values, text) = try? Self.chain(sum, in: span, naming: naming, allowed: allowed), values.count == 1 {
            let terms = Self.topLevelTerms(sum, in: span.tree, naming: naming, allowed: allowed)
            let reported = open.flatMap { id in sheet.derivatives[id].map { !$0.isEmpty } == true ? id : nil }
            let problem = reported.map {
                self.problem($0, at, "maths after the answer that is neither a line of its chain (`= …`) nor announced as its result (`which gives …`)", detail: written)
            } ?? self.problem(.unplaced(question, at), at, "maths that answers no derivative", detail: written)
            if terms.count > 1 {
                context.workingBefore = (values[0], terms, text, context.paragraph, problem)
                return
            }
        }
        // A value stated about the samples the sentence names (`the gradient
        // with respect to every other sample ($f_3$, $f_4$, $f_5$) is $0$`)
        // is theirs, never the last answer's.
        // A role named as what the derivative is taken for ("for the
        // positive, the derivative is …") is a sample the sentence names.
        for role in context.namedRoles where !context.mentions.contains(role) { context.mentions.append(role) }
        // `The gradient is $f_p - f_a$ with respect to the anchor, $f_n - f_p$
        // with respect to the positive, …`: a value whose own words, right
        // after it, name what its derivative is taken for comes after a role
        // or sample that the words before may have named for the value
        // before it. Whose it is cannot be told: for a person.
        // `For an active triplet the gradients are f_n − f_p for the anchor,
        // f_p − f_a for the positive and f_a − f_n for the negative`: under
        // Question 5 before its parts, a value in the roles alone whose own
        // words name the role it is for states the rule in roles, no part's
        // answer; passed over as the rule in roles is (never graded).
        if afterProse, !startsWithEquals, question == .question(5), label == nil, open == nil,
           Self.namesVariableAfter(wordsAfter.allSatisfy(\.isWhitespace) ? sentenceRest : wordsAfter),
           let sides = try? Self.chain(body, in: span, naming: naming, allowed: allowed).0,
           sides.allSatisfy({ !$0.symbols.isEmpty && Set($0.symbols).isSubset(of: Symbol.roles) }) {
            context.ruleInSentence = true
            sheet.ruleInRoles.append(problem(.unplaced(question, at), at, "maths that answers no derivative", detail: span.text(body.range ?? item.range)))
            return
        }
        // `I get $f_4 - f_3$ for $f_2$, …`: a value before the one sample it is for.
        if afterProse || item.separator == .comma, !startsWithEquals,
           holdsValueForSample(body, in: span, at: at, between: wordsAfter.allSatisfy(\.isWhitespace) ? proseAfter : wordsAfter,
                               question: question, naming: naming, context: &context, into: &sheet) { return }
        // `anchor $f_1$ → $f_4 - f_3$`: the sample named, an arrow, its value.
        if afterProse, !startsWithEquals, lead.isEmpty,
           valueAfterArrow(body, in: span, proseBefore: proseBefore, question: question, symbols: symbols, allowed: allowed, naming: naming,
                           label: label, context: &context, into: &sheet) { return }
        if afterProse, !startsWithEquals, !context.mentions.isEmpty,
           Self.namesVariableAfter(wordsAfter.allSatisfy(\.isWhitespace) ? sentenceRest : wordsAfter) {
            sheet.problems.append(problem(.unplaced(question, at), at,
                "a value between two roles or samples named (\"… with respect to the anchor, $B$ with respect to …\"): whose it is is for a person",
                detail: span.text(body.range ?? item.range)))
            context.unread = true
            context.mentions = []
            return
        }
        // Samples named that are only the open answer's own ("since $f_1$ is
        // the anchor, this gives …") keep the sentence about that answer.
        let aboutOthers = context.mentions.contains { (roles[$0] ?? $0) != openSymbol }
        // `… $f_2$ and $f_1$ are $f_2 - f_1$ and $f_5 - f_2$`: the next
        // value of several given for the samples named, in turn.
        // ("Each of … has one: $A$, $B$ and $C$ in turn": the words that pair
        // them win over "each"; a second value with neither is for a person.)
        // (In plain text the values after the first stand after commas,
        // items of their own with no prose before: `… are f5 - f2, f2 - f1,
        // 0, …`.)
        if afterProse || item.separator == .comma, !startsWithEquals, !inWords, context.mentions.isEmpty, let shared = context.shared, open == nil,
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
        // `For $f_2$, $f_5$ and $f_6$: $0$.`: samples named as a label, a
        // colon, then the value: theirs, never the open answer's next line.
        // The label may call them the others (`every other sample ($f_3$,
        // $f_4$, $f_6$): $0$`, `the remaining ones [$f_3, f_4, f_6$]: $0$`).
        let labelWords: Set<Substring> = ["for", "and", "the", "samples", "sample", "embeddings", "embedding", "with", "respect", "to", "wrt",
                                          "every", "each", "any", "all", "other", "others", "remaining", "rest", "of", "ones"]
        if afterProse, !startsWithEquals, lead.isEmpty, !context.mentions.isEmpty, aboutOthers,
           proseBefore.trimmingCharacters(in: .whitespaces).hasSuffix(":"), context.words.allSatisfy(labelWords.contains) {
            statedForSamples(body, in: span, question: question, symbols: symbols, allowed: allowed, naming: naming, label: label, sentenceRest: sentenceRest,
                             context: &context, into: &sheet)
            return
        }
        // `…; $f_2$, $f_5$, $f_6$ get $0$`: zero after other samples just
        // named is theirs, never the open answer's next line; so when the
        // words call them the rest (`Everything else ($f_2$, $f_5$, $f_6$)
        // gets $0$`, `The others, $f_2$, …, get $0$`, `The remaining
        // embeddings, $f_3$, $f_4$ and $f_6$, get $0$`).
        // (The words allowed around the samples: verbs of having a value,
        // the rest's words, the words of derivatives, and conjunctions that
        // join the clause on: "while $f_2$, … get $0$".)
        let wordsOfZero = Self.wordsOfZero
        // ("Again the three samples outside the triplet ($f_1$, $f_3$, $f_4$)
        // have derivative $0$": the words that say the samples are outside.)
        let wordsOfOutside: Set<Substring> = context.namesSamplesOutside
            ? ["outside", "triplet", "this", "that", "it", "t", "not", "in", "involved", "appear", "appears", "appearing", "occur", "do", "does", "which", "are", "is"]
            : []
        if afterProse, !startsWithEquals, !context.mentions.isEmpty, aboutOthers,
           context.words.allSatisfy({ wordsOfZero.contains($0) || wordsOfOutside.contains($0) }),
           let zero = try? Self.chain(body, in: span, naming: naming, allowed: allowed), zero.values.count == 1, zero.values[0] == .zero {
            statedForSamples(body, in: span, question: question, symbols: symbols, allowed: allowed, naming: naming, label: label, sentenceRest: sentenceRest,
                             context: &context, into: &sheet)
            return
        }
        // `…, and $0$ for the others.`: a value the words right after it
        // give to the samples not answered. (Not "otherwise": the other
        // branch of a condition, "$0$ otherwise".)
        let after = wordsAfter.allSatisfy(\.isWhitespace) ? sentenceRest : wordsAfter
        if !startsWithEquals, context.mentions.isEmpty, open != nil || afterProse,
           after.range(of: #"^\s*(?:for|to|on|with\s+respect\s+to|wrt|w\.r\.t\.?)\s+(?:all\s+)?(?:the\s+)?(?:others|rest|other\s+(?:samples|ones|embeddings|derivatives|gradients)|remaining(?:\s+(?:samples|ones|embeddings|derivatives|gradients))?)\b"#,
                            options: [.regularExpression, .caseInsensitive]) != nil
               // (`$0$ for the three samples not in this triplet`, `… for every other embedding`.)
               || !startsWithEquals && context.mentions.isEmpty && (open != nil || afterProse) && Self.namesTheRestAfter(after) {
            statedForSamples(body, in: span, question: question, symbols: symbols, allowed: allowed, naming: naming, label: label, sentenceRest: sentenceRest,
                             context: &context, into: &sheet)
            return
        }
        if afterProse, !startsWithEquals,
           // (A value in words under a condition or an exception, "except
           // $f_1$ (gradient 0)", "(gradient 0 only if …)", is for a person.)
           (cue || inWords && !(context.words + sentenceRest.lowercased().split { !$0.isLetter }).contains(where: {
               ["except", "excluding", "besides", "but", "unless", "only", "if", "when", "whenever"].contains($0) }))
               && aboutOthers && context.speaksOfDerivatives || (context.speaksOfOthers && (cue || inWords || context.endsWithOthers))
            // "Everything else is zero." in a triplet's part after its
            // answers: the part's other derivatives.
            // ("Everything else $0$.", "the rest have $0$": the value right
            // after the words, or after their verb; "All other f's: 0",
            // "Every other embedding: $0$": after a colon closing them.)
            // (The triplet's part may be its label's, `∂L₁/∂f₁ = …` under
            // `t1 = (1, 2, 5)`, as well as its heading's.)
            || (inWords || cue || context.endsWithOthers || context.words.last.map(DerivativeContext.havingVerbs.contains) == true
                || proseBefore.trimmingCharacters(in: .whitespaces).hasSuffix(":"))
               && (question.tripletNumber ?? label) != nil && !context.answered.isEmpty && context.mentions.isEmpty
               && context.speaksOfTheRest {
            statedForSamples(body, in: span, question: question, symbols: symbols, allowed: allowed, naming: naming, label: label, sentenceRest: sentenceRest,
                             context: &context, into: &sheet)
            return
        }
        // A value in words answers only the samples its sentence names.
        // (Samples it names that no rule gave it, and no answer has, are
        // for a person, never missing: `It is zero for f3, f4 and f6, and
        // …`, a sentence not about their derivatives.)
        if inWords {
            if context.mentions.contains(where: { !context.answered.contains(roles[$0] ?? $0) }) {
                sheet.problems.append(problem(.unplaced(question, at), at, "a value in words for samples named, in a sentence not read as their derivatives",
                                              detail: span.text(item.range)))
                context.unread = true
            }
            return
        }
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
            let rule = Self.withoutClosingMark(body)
            let sides = rule.isEmpty ? nil : (try? Self.chain(rule, in: span, naming: naming, allowed: allowed.union(Symbol.roles)))?.0
            // So is zero for the samples outside a triplet ("a triplet not
            // containing $f_i$ contributes $\mathbf 0$"), there or in
            // Question 6.
            // (Before the parts, "samples outside the triplet get $0$" is
            // that rule even without a word of derivatives.)
            let zeroRule = (context.ruleInSentence || context.speaksOfOthers || question == .question(5) && context.namesSamplesOutside)
                && sides.map({ $0.allSatisfy { $0 == .zero } }) == true
            // (In Question 6, `a sample collects $f_n - f_p$ for each
            // triplet it anchors, …`: the rule in roles too.)
            // (`a: f_n - f_p, p: f_p - f_a, …`: a row per role, the rows after
            // the first in the sentence the first began.)
            let roleRow = Self.ruleRowForRole(rule, in: span, naming: naming, allowed: allowed)
            let rolesOnly = Self.rolesTuple(rule, naming: naming) || sides.map({ sides in
                sides.allSatisfy({ !$0.symbols.isEmpty && Set($0.symbols).isSubset(of: Symbol.roles) })
            }) == true || Self.rulePerRoleInBrackets(rule, in: span, naming: naming, allowed: allowed) || roleRow
            if question == .question(5) || question == .question(6) && (zeroRule || rolesOnly), label == nil,
               afterProse || roleRow && context.ruleInSentence && [.comma, .semicolon].contains(item.separator),
               zeroRule || rolesOnly {
                context.ruleInSentence = true
                sheet.ruleInRoles.append(problem(.unplaced(question, at), at, "maths that answers no derivative", detail: written))
                // Zero for the samples outside the triplet, before Question
                // 5's parts: each part's derivatives of the others, left out.
                if question == .question(5), zeroRule, context.namesSamplesOutside, sheet.unlistedValue == nil, let sides {
                    sheet.unlistedValue = UnlistedValue(sides: sides, text: written, location: at, outsideOnly: true)
                }
                return
            }
            // `the anchor collects $(f_a - f_p) - (f_a - f_n)$, the positive
            // only $-(f_a - f_p)$`: working in the roles' words, before
            // Question 2's or 3's answers; for a person only if the
            // question's answers do not all follow (`parseDerivatives`).
            // `contributes (f_a - f_p) to the anchor`: the role named in
            // the words right after it, before its clause ends, likewise.
            let clauseAfter = wordsAfter.prefix { !".;:!?".contains($0) }.lowercased()
                .split(whereSeparator: { !$0.isLetter })
            let roles: [Substring] = ["anchor", "positive", "negative"]
            if question == .question(2) || question == .question(3), afterProse,
               context.words.contains(where: { roles.contains($0) }) || clauseAfter.contains(where: { roles.contains($0) })
                   || context.mentions.contains(where: Symbol.roles.contains) {
                context.workingInRoles.append(problem(.unplaced(question, at), at, "maths that answers no derivative", detail: written))
                return
            }
            // `dL/df_i = sum over triplets where i is the anchor of (f_n -
            // f_p) + sum where …`: the terms of a rule for a general index,
            // in its sentence, answer nothing.
            if context.generalRuleInSentence, afterProse { return }
            // `the $\tfrac12$ cancels …`, `α = 1`, `$\max = 0$`: a given, no answer.
            if Self.statesOnlyAGiven(body, naming: naming, aboutDerivatives: context.speaksOfDerivatives || !context.mentions.isEmpty) { return }
            sheet.problems.append(problem(.unplaced(question, at), at, "maths that answers no derivative", detail: written))
            // (Right after a value stated for one sample, no sample named
            // since, `$A$, or rather, on second thought, $B$`, `$A$, which
            // is really $B$`: which is that sample's answer is for a person.)
            if valueAfterWords, let stated = context.answerJustStated,
               question == .question(2) || question == .question(3) || question.tripletNumber != nil,
               sheet.derivatives[stated.id]?.isEmpty == false {
                sheet.problems.append(problem(stated.id, at, "a second value right after the answer, its words not read: which is the answer is for a person", detail: written))
            }
            // (Values a sentence states in turn for the samples it named: one
            // not read, joined to them as the next (`, `, "and"), breaks the
            // turn, and no later value is placed by it;
            // the first, given to them all, stays only the first's — or, with
            // no word pairing them, none's.)
            if let shared = context.shared, shared.values == 1, Self.connectsValues(proseBefore + " " + lead) {
                takeBackSharedValue(from: context.saysInTurn || shared.inTurn ? 1 : 0,
                                    reason: "values stated for the samples named, one of them not read: which is whose is for a person",
                                    at: at, detail: written, context: &context, into: &sheet)
            }
            context.shared = nil
            // `dl_t2/d(f(x_1)) = f(x_4) - f(x_3), …; all other gradients
            // are zero`: a statement with `=` left unread may be an answer
            // in a notation not read; which samples "the others" are is
            // then not known (for a person, never 0 for every sample).
            if body.contains(where: { NodeShapes.relation($0) == .equals }) { context.unread = true }
            // (So is a value after samples the sentence named for it (`w.r.t.
            // f_5 is f_1 - f_5` in words not read): those samples are
            // spent, never given the next value in words, and the samples
            // left are not known.)
            if !context.mentions.isEmpty, question == .question(5) || question.tripletNumber != nil {
                context.unread = true
                context.mentions = []
            }
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
        // `∂L/∂f_1 = …` then `$f_2$ is used by t1, t3; summing gives $…$`:
        // a value announced by a cue after clauses that, since the open
        // answer, named another sample is about that sample, never the open
        // answer's next line; whose it is the words do not say for certain.
        if afterProse, !startsWithEquals, cue, context.mentionsSinceOpen.contains(where: { (roles[$0] ?? $0) != openSymbol }) {
            sheet.problems.append(problem(.unplaced(question, at), at, "a value announced after words naming another sample than the answer before it", detail: written))
            return
        }
        // `- positive ($f_2$): $f_2 - f_1$` in the block after the answer's:
        // a value after words naming other samples than the open answer's,
        // in a block of its own, is no line of that answer; whose it is
        // the words do not say for certain.
        if afterProse, !startsWithEquals, aboutOthers, !context.mentions.isEmpty, context.openParagraph != context.paragraph {
            sheet.problems.append(problem(.unplaced(question, at), at, "a value after samples named in a block of its own, not the answer before it", detail: written))
            return
        }
        // A value right after a clause whose words are of the rest ("the
        // others …", "everything else …") that no reading above gave to the
        // samples left is theirs, never the open answer's next line: for a
        // person. (Not the rest named in an earlier clause: "as for the
        // others, this simplifies to $…$" goes on with the answer.)
        let lastClause = proseBefore.split(whereSeparator: { ",;:.!?\u{2013}\u{2014}".contains($0) }).last ?? ""
        if afterProse, !startsWithEquals,
           lastClause.lowercased().split(whereSeparator: { !$0.isLetter }).contains(where: DerivativeContext.restWords.contains) {
            sheet.problems.append(problem(.unplaced(question, at), at, "a value for the samples left that the words do not name", detail: written))
            return
        }
        let nextDisplay = item.separator == .start && !afterProse && ownLine
        let plusRow = !afterProse && [.row, .lineBreak, .space].contains(item.separator)
            && NodeShapes.flatten(body).first.flatMap(NodeShapes.operation).map { $0 == .plus || $0 == .minus } == true
        // `$\frac{\partial L_1}{\partial f_1} = f_5 - f_2$ (anchor: $f_n -
        // f_p$)`: a bracket right after the answer naming the role its
        // sample plays and the rule in roles is said beside it, no line of
        // it. Both must agree with it — the triplet gives the sample that
        // role, the rule with the triplet's samples is the answer — else
        // the answer is for a person.
        // (In Questions 2 and 3 the role is the answer's own: `$∂L/∂f_a =
        // f_n - f_p$ (anchor: $f_n - f_p$)`.)
        if afterProse, !startsWithEquals, let openSymbol,
           let role = Self.roleInBracket(before: proseBefore + " " + lead, after: wordsAfter.allSatisfy(\.isWhitespace) ? sentenceRest : wordsAfter),
           let sides = try? Self.chain(body, in: span, naming: naming, allowed: allowed).0, sides.count == 1,
           !sides[0].symbols.isEmpty, Set(sides[0].symbols).isSubset(of: Symbol.roles), let answer = claims.last?.answer {
            let inTriplets = question == .question(5) || question.tripletNumber != nil
            let known = inTriplets ? self.roles(ofTriplet: question.tripletNumber ?? label, sheet: sheet)
                : Dictionary(uniqueKeysWithValues: Symbol.roles.map { ($0, $0) })
            if known[role] == openSymbol, let renamed = try? sides[0].renaming(known), renamed == answer { return }
            sheet.problems.append(problem(id, at, "a role and its rule said beside the answer that do not agree with it (the triplet's roles, the answer): for a person",
                                          detail: written))
            return
        }
        // `#### Positive gradients ($f_p - f_a$)` after the last answer:
        // maths after words, in the roles alone, unannounced, is the rule
        // in roles (Question 5), not the answer's next line.
        if !(startsWithEquals || cue || plusRow || nextDisplay), afterProse, question == .question(5) || question.tripletNumber != nil,
           let sides = try? Self.chain(body, in: span, naming: naming, allowed: allowed).0,
           sides.allSatisfy({ !$0.symbols.isEmpty && Set($0.symbols).isSubset(of: Symbol.roles) }) {
            sheet.ruleInRoles.append(problem(.unplaced(question, at), at, "maths that answers no derivative", detail: written))
            return
        }
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

    /// Whether the hinge is written out, `max(0, ·)`, `\max(0, z)`, in the
    /// sentence of a maths span before the maths being read (`Inactive case:
    /// max(0, ·) picks 0`: in plain text the line is one span).
    static func maxInSentenceBefore(_ before: String) -> Bool {
        let lastSentence = before.components(separatedBy: ". ").last ?? ""
        let sentence = lastSentence.components(separatedBy: CharacterSet(charactersIn: ";\n")).last ?? ""
        return sentence.range(of: #"(?<![A-Za-z])\\?max\s*\("#, options: .regularExpression) != nil
    }

    /// Whether the text right after a plain-text line's first maths goes on
    /// with words on that line, the maths being the subject of a sentence
    /// (`f₂ appears in t1, t3, …`, `f_5 is the negative of t1`): a word of
    /// two letters or more before any other mark or line break. Such a
    /// sample opens its sentence as `$f_2$ appears in …` opens a paragraph
    /// (`MathFragment.leadsProse`); it never goes on with the chain before.
    static func opensSentence(_ after: String) -> Bool {
        let rest = after.drop { $0 == " " || $0 == "\t" }
        let word = rest.prefix(while: \.isLetter)
        return word.count > 1 && word.allSatisfy(\.isASCII)
    }

    /// Whether the words right after a value name what a derivative is
    /// taken for: "with respect to …", "wrt …", "w.r.t. …", "for the
    /// positive" (not after a mark: "…, with respect to the positive it is"
    /// opens the next clause).
    static func namesVariableAfter(_ text: String) -> Bool {
        let t = text.drop { $0.isWhitespace }.lowercased()
        if t.hasPrefix("with respect to") || t.hasPrefix("w.r.t") { return true }
        let words = t.split(whereSeparator: { !$0.isLetter })
        guard let first = words.first, t.hasPrefix(first) else { return false }
        if first == "wrt" { return true }
        let roles: Set<Substring> = ["anchor", "positive", "negative"]
        return first == "for" && words.dropFirst().first(where: { $0 != "the" }).map(roles.contains) == true
    }

    /// `Q3 (gradient wrt anchor = f_n − f_p, positive = f_p − f_a, negative
    /// = f_a − f_n)`: a question's rule (its label, or words before), then in
    /// brackets a value in the roles alone for each role it names (two or
    /// more, each after its `=`, or after its role and a colon, `(f_a: f_n −
    /// f_p; …)`): the rule in roles, as `(f_n − f_p, …)` would be.
    static func rulePerRoleInBrackets(_ body: [MathNode], in span: MathReading, naming: SampleNaming, allowed: Set<Symbol>) -> Bool {
        let flat = NodeShapes.flatten(body)
        guard let last = flat.last, case .fenced(let open, let inner, _) = last.kind, open.family == .parenthesis,
              !flat.dropLast().contains(where: { NodeShapes.relation($0) != nil }) else { return false }
        let parts = MathItems.split(inner)
        return parts.count >= 2 && parts.allSatisfy { part in
            // (`(f_a: f_n − f_p; f_p: …)`: each role's row after a colon.)
            if ruleRowForRole(part.nodes, in: span, naming: naming, allowed: allowed) { return true }
            let sides = MathItem(separator: .start, nodes: part.nodes).sides
            guard sides.count == 2, let values = try? chain(sides[1].nodes, in: span, naming: naming, allowed: allowed.union(Symbol.roles)).0 else { return false }
            return values.allSatisfy { !$0.symbols.isEmpty && Set($0.symbols).isSubset(of: Symbol.roles) }
        }
    }

    /// Whether the words before a value open a bracket of words of
    /// correction alone (`(sorry, I mean`, `(no wait,`, `(oops:`), led by
    /// words of `correctedTail`'s and saying one, and the words after it
    /// close that bracket: `$A$ (sorry, I mean $B$)`.
    static func correctsInBrackets(_ before: String, after: String) -> Bool {
        let text = before.trimmingCharacters(in: .whitespaces)
        guard text.first == "(", after.drop(while: { $0 == " " }).first == ")", !text.contains(")") else { return false }
        let words = text.lowercased().split { !$0.isLetter }.map(String.init)
        return !words.isEmpty && words.allSatisfy(CorrectionWords.tailLead.contains) && words.contains(where: CorrectionWords.tailSaying.contains)
            && !text.contains("?") && (words.firstIndex(of: "should").map { $0 + 1 < words.count && words[$0 + 1] == "be" } ?? true)
    }

    /// Whether the words between an answer and a value correct the answer's
    /// result, and the words after the value let it stand alone: words of
    /// correction alone (`, I mean`, `, or rather`, `, sorry,`, `— scratch
    /// that,`, `wait —`, `, wait, no,`, then at most `it is`, `that should
    /// be`), nothing after the value but punctuation; or the same words in
    /// brackets the value closes (`(wait, no: $B$)`). Words before them
    /// (`, which I first wrote as`), a question (`wait, should it be …?`) or
    /// words after the value (`B when the loss is negated`) are no such
    /// correction.
    static func correctsResult(_ before: String, after: String) -> Bool {
        var text = Substring(before.trimmingCharacters(in: .whitespaces))
        let rest = after.trimmingCharacters(in: .whitespaces)
        if text.first == "(" {
            guard rest.first == ")", !text.contains(")") else { return false }
            text = text.dropFirst()
        } else {
            guard rest.allSatisfy({ ".,;".contains($0) }) else { return false }
        }
        guard !text.contains("?"), !text.contains("("), !text.contains("."),
              text.allSatisfy({ $0.isLetter || $0 == " " || $0 == "," || $0 == ":" || $0 == ";" || $0 == "\u{2014}" || $0 == "\u{2013}" || $0 == "-" })
        else { return false }
        let words = text.lowercased().split { !$0.isLetter }.map(String.init)
        guard let opening = CorrectionWords.resultOpenings.first(where: { words.starts(with: $0) }) else { return false }
        let more = words.dropFirst(opening.count)
        if let s = more.firstIndex(of: "should"), s + 1 >= more.endIndex || more[s + 1] != "be" { return false }
        // `— scratch that, I lost the sample term:` (`slippedTermsNamed`): what
        // slipped, said before a colon that opens the result again.
        // (Only a term named so: `I forgot the negative's:` may say whose answer follows.)
        if text.hasSuffix(":"), let last = more.last, ["term", "terms"].contains(last), more.contains(where: CorrectionWords.slips.contains) { return true }
        return more.allSatisfy(CorrectionWords.fillers.contains)
    }

    /// Whether a value after correction words in a plain-text line opens
    /// on a minus with a space after it: `dL/df1 = f2 - f5 wait - f5 - f2`
    /// may be a dash after "wait" or the sign of `-f5 - f2`, which one is
    /// for a person. (An em dash is never a sign: `wait — fn - fp` corrects.)
    /// (`wordsInMaths`: the words were read inside the
    /// line's maths, as in plain text, before the item or as its lead; in
    /// TeX the dash is in the words, `$A$ wait — $B$`.)
    static func dashOrSign(_ written: String, wordsInMaths: Bool) -> Bool {
        guard wordsInMaths, let first = written.first, "-\u{2212}\u{2013}".contains(first) else { return false }
        return written.dropFirst().first?.isWhitespace == true
    }
}
