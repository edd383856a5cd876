import Foundation
import CoursecheckAssignment
import CoursecheckMaths
import CoursecheckNotation

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
    /// The block the open claim's derivative stands in.
    var openParagraph = 0
    /// The samples named in the block's closed clauses when the open claim
    /// was read (`mentionsSinceOpen` are those named after them).
    var openMentionsBefore: [Symbol] = []
    /// Samples named alone in the current sentence (`$f_3$, $f_4$`).
    var mentions: [Symbol] = []
    /// Where the sentence stood (its length in UTF-8) and how many samples
    /// it had named when it named the last (`mention`).
    var lastMention: (sentence: Int, count: Int)?
    /// The one sample the sentence's last value stated for samples was for
    /// (`… with respect to $f_5$ it is $A$`), which words taking it back may
    /// correct.
    var statedAlone: (sample: Symbol, id: AnswerID)?
    /// `statedAlone` when a value comes right after it, nothing between but
    /// words: no sample named since and no answer open (`… it is $A$, which
    /// is $B$`, `$A$, or rather $B$`).
    var answerJustStated: (sample: Symbol, id: AnswerID)? { mentions.isEmpty && open == nil ? statedAlone : nil }
    /// Whether the last number of the sentence named a sample (`samples 1,
    /// 2 and 5`): the next one listed after it, only commas, `and` or `or`
    /// between, names one too.
    var numbersNameSamples = false
    /// A sum written before the derivative it works out ("The sum $(f_5 -
    /// f_2) + …$ simplifies to $∂L/∂f_1 = …$"): its value, its top-level
    /// terms and text, and the problem reported if the next maths is no
    /// derivative with its value.
    var workingBefore: (value: LinearExpression, terms: [LinearExpression], text: String, paragraph: Int, problem: SheetProblem)?
    /// Samples named alone in the clauses and sentences before, in the
    /// same block (`Anchor $f_1$, positive $f_2$, negative $f_5$; the
    /// other three gradients are $0$`): what "the others" are other than.
    var mentionsBefore: [Symbol] = []
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
    /// Whether the clause or sentence just before, in the same paragraph,
    /// held a derivative read (`$∂L/∂f_4 = f_1 - f_4$; the others are $0$`,
    /// `… = f_1 - f_4$. The others are $0$.`).
    var derivativeInClauseBefore = false
    /// Whether the last item read was a triplet stated.
    var lastWasTriplet = false
    /// Maths of Question 2 or 3 in a sentence about the roles that answers
    /// nothing: working, unless the roles' answers do not all follow.
    var workingInRoles: [SheetProblem] = []
    /// k of a triplet named alone in the current sentence (`in $t_1$, by contrast, …`).
    var tripletInSentence: Int?
    /// k of the last triplet stated.
    var lastTripletLabel: Int?
    /// The label a triplet stated alone over what follows set (past its paragraph).
    var persistentLabel: Int?
    /// The label a triplet stated set, and the paragraph it stands in.
    var statementLabel: (label: Int, paragraph: Int)?
    /// Whether maths of the rule in roles was passed over in this sentence.
    var ruleInSentence = false
    /// Whether this sentence states a rule for a general index (`dL/df_i =
    /// sum over … of (f_n - f_p) + …`): the maths after it in the sentence
    /// is the rule's.
    var generalRuleInSentence = false
    /// The triplets the derivatives of the current block named in their
    /// losses (`∂L(t_1)/∂f_1`, …, `∂L(t_8)/∂f_2` in one table).
    var headLabels: Set<Int> = []
    /// The block the prose read last stands in.
    var paragraph = 0
    /// The prose of that block read so far, from its start.
    var blockProse = ""
    /// The samples the current sentence gave one value to, and how many
    /// values it has stated for them so far.
    var shared: SharedValue?
    /// A value written before the sample it is for, waiting for that
    /// sample (`$f_4 - f_3$ for $f_2$`).
    var valueBeforeSample: ValueBeforeSample?
    /// Samples listed right before the map being read (`f_3, f_4, f_6
    /// \mapsto 0`), which share its value (`SheetParser.samplesBeforeMaps`).
    var samplesBeforeMap: [Symbol] = []

    /// Whether a role's possessive names what a derivative is taken for
    /// (`the anchor's gradient is …, the positive's is …`): Questions 2
    /// and 3, where the roles are the variables.
    var possessiveRoles = false
    /// Whether the prose just read ended on a role clause (`roleClauses`):
    /// it announces the value after it, as "it is" does.
    var roleClauseBefore = false
    /// The words after a value in words to its clause's end (`MathFragment.clauseAfter`).
    var clauseAfter = ""
    /// Whether the sentence of the maths being read has words that change a
    /// value (`ChangingWords.anywhere`): no role clause is read in it.
    var valuesChangedAround = false

    /// `the anchor's gradient is`, `the positive's is`, `the negative's
    /// derivative equals`: a role's possessive, maybe the derivative's
    /// word, then the verb that gives the value.
    static let possessiveRole = try! NSRegularExpression(
        pattern: #"(?i)\bthe (anchor|positive|negative)['’]s(?:\s+(?:partial\s+)?(?:gradient|derivative))?\s+(is|equals|gives)\b"#)

    /// Other clauses by which Questions 2 and 3 give a role its value, the
    /// value right after them: `for the anchor it's`, `for the positive:`,
    /// `the positive has gradient`, `the negative gets`, `the anchor,
    /// which sits in both norms, gets`, `the gradient wrt the anchor is`,
    /// `w.r.t. the positive embedding,`. Each is read as "with respect to
    /// the anchor it is" (`roleClause(in:)`); a clause with no such verb or
    /// mark before its value (`wrt the anchor $f_a$ …`) is not one.
    static let roleClauses: [NSRegularExpression] = {
        let role = rolePattern
        let derivative = #"(?:(?:a|the)\s+)?(?:partial\s+)?(?:gradient|derivative)(?:\s+of)?"#
        return [
            #"\bfor\s+the\s+"# + role + #"\s*,?\s*(?:it['’]s|it\s+is|we\s+get|i\s+get|we\s+have|i\s+have|(?:the\s+)?(?:gradient|derivative)\s+is|:)"#,
            #"\bthe\s+"# + role + #"(?:\s*,[^,.;:$]{1,60},)?\s+(?:(?:gets|receives)(?:\s+"# + derivative + #")?|has\s+"# + derivative + #")"#,
            wrtRolePattern + #"\s*(?::|,|=|is\b|equals\b)"#,
            // `Anchor -> f_n - f_p; positive -> …`: a role opening its clause, an arrow.
            #"(?:^|(?<=[;,.]))\s*(?:the\s+)?"# + role + #"\s*(?:->|→|=>|⇒)"#,
            // `fa's gradient equals …, fp's equals …`: a role's sample's possessive.
            #"\bf_?\{?([apnₐₚₙ])\}?['’]s(?:\s+(?:partial\s+)?(?:gradient|derivative))?\s+(?:is|equals|gives)\b"#,
        ].map { try! NSRegularExpression(pattern: "(?i)" + $0 + #"\s*"#) }
    }()

    /// In plain text, where the value is seen: a clause naming what the
    /// derivative is taken for with no mark before the value (`Gradient wrt
    /// the anchor fn - fp`), the guard of `roleClauses(in:atEnd:)` keeping
    /// a sample named before words (`wrt the anchor f_a is …`) out.
    static let plainRoleClauses: [NSRegularExpression] = [
        wrtRolePattern + #"(?=\s)"#,
    ].map { try! NSRegularExpression(pattern: "(?i)" + $0 + #"\s*"#) }

    /// A role in words, its word captured (`the anchor embedding`).
    static let rolePattern = #"(anchor|positive|negative)(?:\s+(?:embedding|sample|vector))?"#
    /// "(the gradient) wrt the anchor": what a derivative is taken for.
    static let wrtRolePattern = #"\b(?:(?:the\s+)?(?:partial\s+)?(?:gradient|derivative)\s+)?(?:wrt|w\.r\.t\.?|with\s+respect\s+to)\s+the\s+"#
        + rolePattern

    /// The role a clause's capture names: its word, or its letter.
    static func roleWord(_ captured: String) -> String {
        let word = captured.lowercased()
        return ProseWords.roleLetterNames[word] ?? word
    }

    /// The role clauses (`roleClauses`) in `text` that a value follows, in
    /// order, none overlapping: at the chunk's end (`atEnd`, prose before
    /// maths; callers take the last) or, in a plain-text line, each with a
    /// value's first mark after it that is no sample named before words
    /// (`the anchor f_a is …` names the anchor's sample).
    static func roleClauses(in text: String, atEnd: Bool) -> [(range: NSRange, role: String)] {
        var found: [(range: NSRange, role: String)] = []
        let ns = text as NSString
        for regex in atEnd ? roleClauses : roleClauses + plainRoleClauses {
            for m in regex.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
                let end = m.range.location + m.range.length
                let after = ns.substring(from: end)
                if atEnd {
                    guard end == ns.length else { continue }
                } else {
                    guard let first = after.unicodeScalars.first, "f(-−0123456789\\".unicodeScalars.contains(first),
                          after.range(of: #"^f\s*_?\{?[apnₐₚₙ1-6₁-₆]\}?\s*(?:[A-Za-z=:,]|$)"#, options: .regularExpression) == nil
                    else { continue }
                }
                found.append((m.range, roleWord(ns.substring(with: m.range(at: 1)))))
            }
        }
        // (Overlapping matches: the first of them.)
        var kept: [(range: NSRange, role: String)] = []
        for f in found.sorted(by: { $0.range.location < $1.range.location })
        where kept.last.map({ $0.range.location + $0.range.length <= f.range.location }) ?? true {
            kept.append(f)
        }
        return kept
    }

    /// Forgets the sentence read so far: a new one starts.
    mutating func startSentence() {
        sentence = ""
        shared = nil
        tripletInSentence = nil
        clauseBefore = ""
        derivativeInClauseBefore = false
        mentions = []
        mentionsBefore = []
        lastMention = nil
        statedAlone = nil
        lossInSentence = false
        ruleInSentence = false
        generalRuleInSentence = false
        derivativeInSentence = false
    }

    var clauseBeforeSpeaksOfDerivatives: Bool {
        clauseBefore.lowercased().split { !$0.isLetter }.contains(where: Self.clauseBeforeCues.contains)
    }

    /// Words of derivatives in the clause a `;` closed.
    static let clauseBeforeCues: Set<Substring> = ["gradient", "gradients", "derivative", "derivatives", "partial", "partials", "differentiation",
                                                   "differentiating", "differentiate", "differentiated"]

    /// Words of derivatives in a sentence ("grads", "derivs": the short
    /// words of a terse sheet).
    static let derivativeCues: Set<Substring> = clauseBeforeCues.union(["grad", "grads", "deriv", "derivs", "∂", "∇", "respect", "wrt"])

    /// Prose before the next maths: a sentence that ends in it starts a new one.
    mutating func read(prose: String) {
        blockProse += prose
        // An abbreviation's dot ends no sentence: "w.r.t." is the word `wrt`.
        var prose = prose
        if prose.containsBytes(".r.t") || prose.containsBytes(".R.T") || prose.containsBytes(".e.") || prose.containsBytes(".g.") {
            for (short, word) in [("w.r.t.", "wrt"), ("W.r.t.", "wrt"), ("W.R.T.", "wrt"), ("w.r.t", "wrt"), ("i.e.", "ie"), ("e.g.", "eg")] {
                prose = prose.replacingOccurrences(of: short, with: word)
            }
        }
        // `With the hinge active, the anchor's gradient is $…$, the
        // positive's is $…$ and the negative's is $…$` (Questions 2 and 3):
        // each possessive opens a clause about its role, as "with respect to
        // the anchor it is" does.
        if possessiveRoles, !valuesChangedAround, prose.contains("'s") || prose.contains("’s") {
            prose = Self.possessiveRole.stringByReplacingMatches(in: prose, range: NSRange(prose.startIndex..., in: prose),
                                                                 withTemplate: "with respect to the $1 it $2")
        }
        // `for the anchor it's $…$`, `the positive has gradient $…$`,
        // `the gradient wrt the negative is $…$` (Questions 2 and 3): so too.
        // (A clause of its own, whatever joins it on: `…, while the negative
        // gets $…$` is the negative's alone, never shared with the anchor named before.)
        roleClauseBefore = false
        if possessiveRoles, !valuesChangedAround, let clause = Self.roleClauses(in: prose, atEnd: true).last {
            startSentence()
            sentence = "with respect to the \(clause.role) it is "
            roleClauseBefore = true
            return
        }
        // `… involves $f_1$, $f_2$ and $f_5$: with respect to the anchor
        // $f_1$ it is …`: a clause that names what its derivative is taken
        // for, after `:` or `,`, is about that alone.
        // (One opened by "and" only once the samples named before have had
        // their value: `with respect to $f_1$, and with respect to $f_2$, it
        // is $0$` gives both the one value.)
        if let (last, byAnd) = Self.respectClause(in: prose), !byAnd || mentions.isEmpty {
            startSentence()
            // (Maths follows the clause's words: a plain-text line's words
            // after it come trimmed, and "wrt" then "it is" are three
            // words, never "wrtit is".)
            sentence = String(prose[last...]) + " "
            return
        }
        let ends = [". ", ".\n", "\n\n", "; "]
        if let last = ends.compactMap({ prose.range(of: $0, options: .backwards) }).max(by: { $0.upperBound < $1.upperBound }) {
            // The clause a `;` closes stays as the next clause's context.
            let before = sentence + prose[..<last.lowerBound]
            clauseBefore = prose[last] == "; " ? String(before.split(separator: ".", omittingEmptySubsequences: false).last ?? "") : ""
            derivativeInClauseBefore = prose[last] != "\n\n" && derivativeInSentence
            sentence = String(prose[last.upperBound...])
            mentionsBefore = prose[last] == "\n\n" ? [] : mentionsBefore + mentions
            mentions = []
            // (`… is $A$; no, sorry, it is $B$`: a clause that opens on words
            // taking the value back keeps the sample it was stated for.)
            if prose[last] != "; " || SheetParser.retractionOffset(prose[last.upperBound...]) == nil { statedAlone = nil }
            numbersNameSamples = false
            lossInSentence = false
            tripletInSentence = nil
            ruleInSentence = false
            generalRuleInSentence = false
            derivativeInSentence = false
        } else {
            // `Here the anchor is $f_1$, the positive $f_2$ …, so the
            // gradient with respect to $f_1$ is …`: the first clause of the
            // sentence that says what its derivative is taken for names
            // that alone; the samples named before it are the clauses
            // before's (the roles' players), not this value's.
            if !mentions.isEmpty, Self.endsOnRespect(prose), !Self.namesRespect(sentence) {
                mentionsBefore += mentions
                mentions = []
            }
            sentence += prose
        }
    }

    /// Words inside a plain-text line's maths, before the item being read:
    /// part of the sentence (after "with respect to", as `read(prose:)`).
    mutating func read(lead: String) {
        guard !lead.isEmpty else { return }
        if !mentions.isEmpty, Self.endsOnRespect(lead), !Self.namesRespect(sentence) {
            mentionsBefore += mentions
            mentions = []
        }
        sentence += " " + lead
    }

    /// Names a sample in the current sentence. `$f_1$ through $f_6$`,
    /// `f1 thru f6`: a sample after only "through" or "thru" since the
    /// sample named last, its number greater, names the samples between
    /// too, in order. `lead`: words before it not yet read into the sentence.
    mutating func mention(_ sample: Symbol, lead: String = "") {
        if case .sample(let j) = sample, case .sample(let i)? = mentions.last, i < j, j - i < 12,
           let last = lastMention, last.count == mentions.count, last.sentence <= sentence.utf8.count,
           case let between = String(decoding: sentence.utf8.dropFirst(last.sentence), as: UTF8.self),
           case let words = Self.words(of: between + " " + lead),
           words.count == 1, Self.rangeWords.contains(words[0]) {
            mentions += ((i + 1)...j).map(Symbol.sample)
        } else {
            mentions.append(sample)
        }
        lastMention = (sentence.utf8.count, mentions.count)
    }

    /// The words that join the first and last samples of a range (`$f_1$
    /// through $f_6$`).
    static let rangeWords: Set<Substring> = ["through", "thru"]

    /// Whether prose ends on words that say what a derivative is taken for,
    /// its sample to follow: "… the gradient with respect to", "wrt the
    /// anchor", "w.r.t. sample" (read as `wrt`), only such words after it.
    static func endsOnRespect(_ prose: String) -> Bool {
        // (Only letters and spaces after the phrase: "wrt" stands for "w.r.t.".)
        let w = words(of: String(prose.reversed().prefix { $0.isLetter || $0.isWhitespace }.reversed()))
        guard let k = w.lastIndex(where: { $0 == "wrt" || $0 == "to" }),
              w[k] == "wrt" || k >= 2 && w[k - 1] == "respect" && w[k - 2] == "with" else { return false }
        return w[(k + 1)...].allSatisfy(respectTail.contains)
    }

    /// Words between "with respect to" and the sample it names.
    static let respectTail: Set<Substring> = ["the", "sample", "embedding", "anchor", "positive", "negative", "vector"]

    /// Whether prose says what a derivative is taken for anywhere ("with
    /// respect to", "wrt").
    static func namesRespect(_ prose: String) -> Bool {
        let w = words(of: prose)
        return w.contains("wrt") || w.indices.dropFirst(2).contains { w[$0] == "to" && w[$0 - 1] == "respect" && w[$0 - 2] == "with" }
    }

    /// Where the last clause that opens "with respect to …" or "wrt …"
    /// after `:`, `,`, `;` or "and" (after maths: "… is $f_2 - f_1$ and
    /// with respect to the negative …", "…, and with respect to the
    /// negative …") starts in the prose, if one does, and whether "and"
    /// opens it.
    /// (A line break inside the phrase, `with respect` / `to the negative`
    /// in a page's wrapped source, is a space.)
    static func respectClause(in written: String) -> (start: String.Index, byAnd: Bool)? {
        var found: (start: String.Index, byAnd: Bool)?
        let prose = String(written.map { $0.isNewline ? " " : $0 })
        for phrase in ["with respect to", "With respect to", "wrt", "Wrt", "WRT"] {
            var from = prose.startIndex
            while let r = prose.range(of: phrase, range: from..<prose.endIndex) {
                from = r.upperBound
                guard r.upperBound == prose.endIndex || !prose[r.upperBound].isLetter,
                      r.lowerBound == prose.startIndex || !prose[prose.index(before: r.lowerBound)].isLetter else { continue }
                let before = String(prose[..<r.lowerBound].reversed().drop { $0 == " " || $0 == "\t" || $0 == "\n" })
                // "and" alone since the maths before it (reversed: "dna"),
                // a comma or semicolon before it at most.
                let and = before.hasPrefix("dna") && before.dropFirst(3).allSatisfy { $0.isWhitespace || $0 == "," || $0 == ";" }
                guard let mark = before.first, [":", ",", ";"].contains(mark) || and else { continue }
                if found.map({ r.lowerBound > $0.start }) ?? true { found = (r.lowerBound, and) }
            }
        }
        // (Characters map one to one: the place found in `prose` is the same in `written`.)
        return found.map { (start: written.index(written.startIndex, offsetBy: prose.distance(from: prose.startIndex, to: $0.start)), byAnd: $0.byAnd) }
    }

    /// Whether the block is the writer's note on an earlier draft, opened
    /// by its label and a colon (`edit: redid the f_1 line after noticing
    /// I had written (f_5 - f_1) …`, `Correction: in my notes I had …`):
    /// maths in it that is not a whole derivative statement (`∂L/∂f_1 =
    /// …`) quotes the draft or the working and answers nothing; a
    /// derivative it names without a value is what it speaks of.
    /// Whether the clause being read (after the sentence's last `,`, `;`
    /// or `:`) quotes a draft: "I had", "at first", "I wrote",
    /// "originally", "before".
    /// (With `rest`, the words after the maths to the clause's end: "…
    /// term $f_5 - f_2$ the first time", "fixed above to …".) A term named
    /// ("forgot the anchor term $…$") or a value said to stand above is a
    /// quote too.
    func quotesDraft(rest: String = "") -> Bool {
        let clause = sentence.split(whereSeparator: { ",;:".contains($0) }).last.map(String.init) ?? sentence
        let after = rest.prefix { !";.:".contains($0) }
        return (clause + " " + after).lowercased().split { !$0.isLetter }.contains(where: Self.draftWords.contains)
    }

    /// Words of a clause that quotes a draft (`quotesDraft`); "not" too
    /// (`…, not $f_6 - f_2$`: the value rejected).
    static let draftWords: Set<Substring> = ["had", "wrote", "written", "write", "first", "originally", "original", "before", "earlier", "draft",
                                             "previously", "was", "were", "initially", "forgot", "forgotten", "missed", "left", "term", "terms",
                                             "above", "not"]

    var inCorrectionNote: Bool {
        let text = blockProse.drop { " \t\n*_>(".contains($0) }
        let word = text.prefix { $0.isLetter }.lowercased()
        guard CorrectionWords.answerLabels.contains(word) else { return false }
        return text.dropFirst(word.count).drop { $0 == " " || $0 == "*" || $0 == "_" }.first == ":"
    }

    /// The sentence's words, lower case.
    /// ("w.r.t." was made the word `wrt` as the prose was read.)
    var words: [Substring] { Self.words(of: sentence) }

    /// The words of prose, lower case; a letter's plural (`f's`, `x’s`,
    /// "all other f's") and a letter under a running index after "other"
    /// ("every other f_i") are the word "samples" (`pluralLetters`,
    /// `indexedSamples`).
    static func words(of prose: String) -> [Substring] {
        var text = prose.contains("'s") || prose.contains("’s") ? pluralLetters(prose) : prose
        if text.contains("_") { text = indexedSamples(text) }
        return text.lowercased().split { !$0.isLetter && $0 != "∂" && $0 != "∇" }
    }

    /// Prose with a letter under a running index after "other" or
    /// "remaining" (`every other f_i`, `all other f_{j}'s`, `the remaining
    /// three x_k`: the samples left by their letter) written as the word
    /// "samples". Not a role's or a triplet's letter (`f_a`, `t_i`), nor a
    /// sample's number (`other f_3` names f3).
    static func indexedSamples(_ prose: String) -> String {
        prose.replacingOccurrences(of: #"\b(other|remaining)(\s+(?:two\s+|three\s+|four\s+|five\s+)?)[b-moq-su-z]_\{?[ijk]\}?(?:['’]s)?(?![A-Za-z0-9_])"#,
                                   with: "$1$2samples", options: [.regularExpression, .caseInsensitive])
    }

    /// Prose with a single letter's plural (`f's`, `z’s`: the samples by
    /// their letter, "all other f's", "the remaining x's") written as the
    /// word "samples". Not a role's or a triplet's letter (`a's`, `t's`).
    static func pluralLetters(_ prose: String) -> String {
        prose.replacingOccurrences(of: #"(?<![A-Za-z0-9_'’])[b-moq-su-z]['’]s(?![A-Za-z0-9_])"#, with: "samples",
                                   options: [.regularExpression, .caseInsensitive])
    }

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
        lossInSentence || words.contains { $0 == "loss" || $0 == "losses" || $0 == "max" || $0 == "maximum" }
    }

    /// Whether the sentence named the loss in maths (`$L^t$ is the constant
    /// $0$`, `$L^t = \max(0, \cdot)$ returns $0$`).
    var lossInSentence = false

    /// Whether the sentence checks the answers rather than giving one
    /// ("Check: summing the six right-hand sides gives $0$", "I checked
    /// that …", "sanity:", "✓"): its values answer nothing.
    var checksAnswers: Bool {
        let cues = Self.checkWords
        // (Its clauses after `;` too: "I evaluated both sides against
        // finite differences for checking; all agree to $10^{-8}$".)
        let clause = clauseBefore.lowercased().split { !$0.isLetter }
        // (Not one that corrects an answer: "Sanity: I recomputed … and get
        // $…$ instead, so that is my final one.")
        guard !Self.saysCorrection(sentence) else { return false }
        return words.contains(where: cues.contains) || clause.contains(where: cues.contains)
            || sentence.contains("✓") || sentence.contains("✔") || sentence.contains("\\checkmark")
    }

    /// Whether the sentence, with `rest` (its words after the maths being
    /// read), makes an exception: "except (for)", "excluding", "with the
    /// exception of", "besides", "save", "all but", "other than", "apart
    /// from", "but not", "not for". A value stated with one
    /// ("the gradient is $0$ except for $f_1$, …", "$0$ for $f_3$, but not
    /// for $f_5$, where it is …") is not for the samples named.
    func makesException(rest: String) -> Bool {
        let w = words + rest.lowercased().split { !$0.isLetter }
        return w.indices.contains { i in
            switch w[i] {
            case "except", "excluding", "excepting", "exception", "besides", "save": return true
            case "but": return i > 0 && w[i - 1] == "all"
            case "than": return i > 0 && w[i - 1] == "other"
            case "from": return i > 0 && w[i - 1] == "apart"
            case "not": return i > 0 && w[i - 1] == "but" || i + 1 < w.count && w[i + 1] == "for"
            default: return false
            }
        }
    }

    /// Whether words correct an answer ("instead", "my final one",
    /// "actually", "wrong", "should be"): a sentence with them checks
    /// nothing, it answers.
    static func saysCorrection(_ text: String) -> Bool {
        let correcting: Set<Substring> = ["instead", "final", "actually", "wrong", "mistake", "should", "fixed", "correct", "corrected", "rather"]
        return text.lowercased().split { !$0.isLetter }.contains(where: correcting.contains)
    }

    /// Whether a text says it checks (`Check: Σᵢ ∂L/∂fᵢ = 0 ✓`): a word of
    /// checking or a tick.
    static func saysCheck(_ text: String) -> Bool {
        text.lowercased().split { !$0.isLetter }.contains(where: checkWords.contains) || text.contains("✓") || text.contains("✔")
            || text.contains("\\checkmark")
    }

    /// Words of checking the answers.
    static let checkWords: Set<Substring> = ["check", "checks", "checked", "checking", "sanity", "verify", "verified", "verifying",
                                             "verification", "crosscheck", "consistency"]

    /// Whether the piece being read opened with maths passed over as a
    /// check: the items after it, `, `-separated, are the check's too
    /// (`the coefficients … are $2, -2, -2, 1, 1, 0$, which sum to $0$`).
    var checkInPiece = false

    /// Whether the sentence adds up the answers as a whole ("the six
    /// results sum to", "adding all the gradients", "the total of the
    /// right-hand sides"): a zero it states is a check, not an answer.
    var sumsTheAnswers: Bool { sumsTheAnswers(writtenIn: "") }

    /// Whether the sentence, with the words of the span being read
    /// (`written`), adds up the answers as a whole: in a plain-text line the
    /// word "sum" is the grammar's `\sum` and never reaches the sentence
    /// (`coefficients in each row sum to 0`).
    func sumsTheAnswers(writtenIn written: String) -> Bool {
        let summing: Set<Substring> = ["sum", "sums", "summed", "summing", "add", "adds", "added", "adding", "total", "totals"]
        let whole: Set<Substring> = ["six", "eight", "three", "results", "sides", "answers", "lines", "rows", "row", "columns", "all", "together",
                                     "everything", "coefficients"]
        // (A TeX command in it, `\sum_k`, is no word.)
        let own = written.replacingOccurrences(of: #"\\[A-Za-z]+"#, with: " ", options: .regularExpression)
        let w = words + own.lowercased().split { !$0.isLetter }
        return w.contains(where: summing.contains) && w.contains(where: whole.contains)
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
        derivativeInSentence || words.contains(where: Self.derivativeCues.contains) || sentence.contains("∂")
            || sentence.contains("\\partial") || sentence.contains("\\nabla")
    }

    /// Roles the sentence names as what a derivative is taken for: "for the
    /// positive", "of the anchor", "with respect to the negative" (not "is
    /// the negative", which describes a sample).
    /// So too the roles listed after one so named ("with respect to the
    /// anchor, the positive and the negative is $0$"): only "the", "and",
    /// "or" between them (the words drop the commas).
    var namedRoles: [Symbol] {
        let w = words
        var result: [Symbol] = []
        // Where the last role so named stands.
        var lastNamed: Int?
        // (`with respect to f₅ (negative) it is …`: a role alone in
        // brackets is a remark on the sample named before it, no role the
        // derivative is taken for.)
        let lower = sentence.contains("(") ? sentence.lowercased() : ""
        for (i, word) in w.enumerated() {
            let role: Symbol
            switch word {
            case "anchor": role = .anchor
            case "positive": role = .positive
            case "negative": role = .negative
            default: continue
            }
            if !lower.isEmpty, lower.contains("(\(word))") { continue }
            var j = i - 1
            if j >= 0, w[j] == "the" { j -= 1 }
            let listed = lastNamed.map { last in j == last || j - 1 == last && ["and", "or"].contains(w[j]) } ?? false
            guard listed || j >= 0 && ["for", "of", "to", "wrt"].contains(w[j]) else { continue }
            lastNamed = i
            if !result.contains(role) { result.append(role) }
        }
        return result
    }

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

    /// The words that name the samples left: "the others", "the rest",
    /// "everything else".
    static let restWords: Set<Substring> = ["others", "rest", "else"]

    /// Whether the prose before the maths ends on the samples left: "…
    /// the others", "… the rest", "everything else" (the value follows them
    /// with no verb: "everything else $0$").
    var endsWithOthers: Bool {
        guard let last = words.last else { return false }
        return last == "others" || last == "rest"
            || last == "else" && words.count > 1 && Self.wholeWords.contains(words[words.count - 2])
    }

    /// The words before "else" that make it the samples left: "everything
    /// else", "all else", "anything else".
    static let wholeWords: Set<Substring> = ["everything", "all", "anything"]

    /// The verbs by which the samples left have their value: "the others
    /// get", "the rest have", "… equal".
    static let havingVerbs: Set<Substring> = ["are", "is", "get", "gets", "have", "has", "receive", "receives", "equal", "equals"]

    /// Whether the sentence gives a value to every sample not yet answered
    /// ("all other derivatives are", "the remaining gradients are", "every
    /// other sample", "the rest are", "every derivative not listed is") —
    /// not "the derivative of the other norm", which is working. A clause
    /// after `;` speaks of the derivatives its sentence's first clause
    /// names ("only the non-zero gradients are listed; all others are 0").
    var speaksOfOthers: Bool {
        guard speaksOfDerivatives || clauseBeforeSpeaksOfDerivatives || derivativeInClauseBefore else { return false }
        if namesSamplesOutside { return true }
        let w = words
        let things: Set<Substring> = ["derivatives", "derivative", "derivs", "gradients", "gradient", "grads", "grad", "partials", "samples", "sample",
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

    /// Whether the sentence speaks of what is left, with no word of
    /// derivatives: "everything else", "all else", "the rest", "the
    /// others", "the other three" (in a triplet's part after its answers,
    /// the part's other derivatives).
    var speaksOfTheRest: Bool {
        let w = words
        return w.indices.contains { i in
            switch w[i] {
            case "else": return i > 0 && Self.wholeWords.contains(w[i - 1])
            // ("the others get", "the rest have": a verb of having a value.)
            // (`…; rest 0`, `…, others: 0`: the word alone opening its
            // clause, the value right after it.)
            case "rest", "others":
                return i > 0 && ["the", "all"].contains(w[i - 1])
                    && (i + 1 == w.count || Self.havingVerbs.contains(w[i + 1]))
                    || w.count == 1
            // "the other three are", "the remaining two samples".
            case "other", "remaining":
                if i + 1 < w.count && ["two", "three", "four", "five"].contains(w[i + 1])
                    && (i + 2 == w.count || ["are", "is", "samples", "ones", "derivatives", "gradients", "entries"].contains(w[i + 2])) { return true }
                return Self.namesOtherSamples(w, at: i)
            default: return false
            }
        }
    }

    /// The words the samples left go by after "other" or "remaining":
    /// "samples", "embeddings", "vectors", "ones" (and a letter's plural,
    /// `f's`, read as "samples").
    static let samplesWords: Set<Substring> = ["samples", "sample", "embeddings", "embedding", "vectors", "vector", "ones", "features"]

    /// Whether "other" or "remaining" at `i` names the samples left:
    /// "every other embedding", "all other f's", "the other samples",
    /// "the remaining (three) ones", "remaining vectors" — the samples'
    /// word right after it (a number between), and before "other" a word
    /// that makes it all of them ("the", "all", "every", "any").
    static func namesOtherSamples(_ w: [Substring], at i: Int) -> Bool {
        var next = i + 1
        if next < w.count, ["two", "three", "four", "five"].contains(w[next]) { next += 1 }
        guard next < w.count, samplesWords.contains(w[next]) else { return false }
        return w[i] == "remaining" || i > 0 && ["the", "all", "every", "any"].contains(w[i - 1])
    }

    /// Whether the sentence names the samples a triplet leaves out or the
    /// sheet does not write, whatever it says of them: "samples outside the
    /// triplet", "not in t", "uninvolved", "unused", "not listed", "left out".
    var namesSamplesOutside: Bool {
        let w = words
        // "not listed", "not shown", "unlisted", "omitted", "left out": the
        // derivatives the sheet does not write.
        let unwritten: Set<Substring> = ["listed", "shown", "written", "given", "stated", "mentioned"]
        for (i, word) in w.enumerated() {
            if ["unlisted", "omitted", "unwritten"].contains(word) { return true }
            if unwritten.contains(word), w[max(0, i - 2)..<i].contains(where: { ["not", "t", "never"].contains($0) }) { return true }
            if word == "left", i + 1 < w.count, w[i + 1] == "out" { return true }
            // "a sample outside a triplet", "samples not in the triplet",
            // "embeddings not involved", "uninvolved samples".
            let triplet: Set<Substring> = ["triplet", "triplets", "triple", "it", "t"]
            if ["uninvolved", "absent", "unused"].contains(word) { return true }
            // "each triplet … (the other three samples get …)": in a sentence
            // about the triplets, the other samples are those outside them.
            if word == "other" || word == "remaining", w[(i + 1)..<min(w.count, i + 3)].contains(where: { ["samples", "embeddings"].contains($0) }),
               w.contains(where: { $0 == "triplet" || $0 == "triplets" }) { return true }
            if word == "outside", w[(i + 1)..<min(w.count, i + 3)].contains(where: triplet.contains) { return true }
            // "samples outside $t_k$ get …": the triplet in maths, after the samples' word.
            if word == "outside", i > 0, ["samples", "sample", "embeddings", "embedding", "vectors"].contains(w[i - 1]) { return true }
            if word == "not", i + 1 < w.count, ["involved", "appearing", "appear", "appears", "occur", "occurring", "participating", "containing", "involving", "including"].contains(w[i + 1])
                || ["in", "of", "part"].contains(w[i + 1]) && w[(i + 2)..<min(w.count, i + 4)].contains(where: triplet.contains) { return true }
        }
        return false
    }
}
