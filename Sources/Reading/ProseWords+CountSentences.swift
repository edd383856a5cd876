extension ProseWords {
    /// A count stated in running prose, at word `i` (a number), and the kind
    /// its own words give it (nil: for the block's words to place):
    ///
    ///     That gives 36.                                 36
    ///     …, so 18 per class and 36 for both classes.    36 (not the 18)
    ///     The number of triplets overall is 120: …       120, all
    ///     there are 36, i.e. 36; we get 36; a total of 36; it comes to 36
    ///
    /// The number must close its clause (the end, a line break, or a mark
    /// other than a bracket after it, maybe after "in total" or "for both
    /// classes"), be no factor (no operation beside it), and either follow
    /// a word that concludes (`concludingWords`, "i.e.", "a total of",
    /// "comes to", or a verb of being after a subject that names a count:
    /// `countSubject`), or be said of both classes (`36 for both
    /// classes`). Never a figure of one class: not when its sentence says
    /// "per class", "for each class", "in one class" before it and nothing
    /// after it sums the classes (`For one class this gives 18.` states no
    /// count); nor a number whose clause speaks of samples, roles, pairs
    /// or choices (`the anchor can be any sample, so 6.`).
    func countInSentence(at i: Int) -> (value: Int, kind: CountClaim.Kind?)? {
        let w = words[i]
        guard let n = w.number, i > 0, !w.afterOperator,
              i + 1 == words.count || !words[i + 1].afterOperator else { return nil }
        // `i.e. 30% of all triplets`, `30 percent of them`: a share, no count.
        guard !w.percentage, i + 1 == words.count || !ProseWords.percentWords.contains(words[i + 1].text) else { return nil }
        // "… times negatives (3): 36.": the result after working's colon,
        // unless its sentence says one class.
        if resultOfWorking(at: i) {
            return ProseWords.saysPart(words, sentenceStart(before: i)..<i) ? nil : (n, nil)
        }
        let (end, sumsClasses) = wholeAfter(i)
        guard closesClause(before: end) else { return nil }
        let conclusion = concluded(at: i)
        guard conclusion != nil || sumsClasses else { return nil }
        // ("Total 36." after the classes' figures sums them: no figure of one class.)
        let sums = sumsClasses || conclusion?.sums == true
        let start = clauseStart(before: i)
        guard !namesNoTriplets(start..<i) else { return nil }
        // `the anchor can be any sample, so 6`: the clause before, of a
        // role or samples and with no figure, is what the number counts.
        if start > 0, case let previous = clauseStart(before: start - 1)..<start,
           namesNoTriplets(previous), !words[previous].contains(where: { $0.number != nil }) { return nil }
        // A figure of one class, nothing after it summing the classes: its
        // sentence, or the one before it that it concludes (`For one class
        // there are 3 anchors, … . That gives 18.`), says one class.
        let sentence = sentenceStart(before: i)
        let from = sentence > 0 ? sentenceStart(before: sentence - 1) : 0
        if end == i + 1, !sums, ProseWords.saysPart(words, from..<i) { return nil }
        // A sentence that already set a figure after `=` (`valid = 18 (…)
        // per class, so 36 over both classes`): which is the count is for a person.
        if words[sentence..<i].contains(where: { $0.afterEquals && $0.number != nil }) { return nil }
        return (n, conclusion?.kind)
    }

    /// Whether number `i` is the result that working in words comes to
    /// after a colon, ending its line (a remark in brackets may follow):
    ///
    ///     Count the anchor-positive pairs (6 per class) times the negatives (3): 36.
    ///     Pick the 3 samples, C(6,3) = 20, then order them in 3! ways: 120 (order matters).
    ///
    /// The words before the colon, in the number's sentence, hold a figure
    /// (the working), the colon's word is no role or class ("negative:
    /// 3" names a role's choices), and the number has two digits or more
    /// (a count of triplets, not a factor).
    private func resultOfWorking(at i: Int) -> Bool {
        let w = words[i]
        guard let n = w.number, n >= 10, i > 0, w.afterPunctuation, !w.afterEquals, !w.afterArrow, !w.bracketed,
              words[i - 1].labels, !w.afterLineBreak else { return false }
        let label = words[i - 1].text
        guard ProseWords.roles[label] == nil, !ProseWords.classWords.contains(label), ProseWords.labelKinds[label] == nil else { return false }
        // The line ends after it, or after a remark in brackets.
        let rest = words[(i + 1)...].prefix { !$0.afterLineBreak }
        guard rest.allSatisfy(\.bracketed) else { return false }
        let sentence = sentenceStart(before: i)
        return words[sentence..<(i - 1)].count >= 3 && words[sentence..<i].contains { $0.number != nil }
    }

    /// Whether words in `range` speak of things that are no triplets: a
    /// role, samples, pairs, choices (`notTripletNouns`).
    private func namesNoTriplets(_ range: Range<Int>) -> Bool {
        words[range].contains { ProseWords.notTripletNouns.contains($0.text) || ProseWords.roles[$0.text] != nil }
    }

    /// Verbs that say `=` before a figure they arrive at (`that gives 36`,
    /// `each class makes 18`, `we get 36`, `which leaves 18`).
    static let resultVerbs: Set<String> = [
        "gives", "giving", "give", "gave", "makes", "making", "make", "yields", "yielding", "yield",
        "get", "gets", "obtain", "obtains", "leaves", "leaving",
    ]
    /// Words that join a conclusion to what came before (`so 36`, `hence 36`).
    static let concludingConnectives: Set<String> = ["so", "hence", "thus", "therefore"]
    /// Words that conclude a count right before it (`that gives 36`, `so
    /// 36`, `we get 36`, `hence 36`): the verbs of a result and the
    /// connectives of a conclusion.
    static let concludingWords: Set<String> = resultVerbs.union(concludingConnectives)
    /// Words that make a figure after a count the last word on it (`…, so
    /// that halves to 18`, `Answer: 18`): the words that conclude a count,
    /// those of halving, and "answer" (`concludedFigure`).
    static let concludingAfterCount: Set<String> = concludingWords.union(["halving", "halve", "halves", "answer"])
    /// Words of summing that conclude a count opening its sentence
    /// ("Total 36.", "Altogether: 36") or, right before it, a later
    /// clause ("…; together 36", "…, in total 36").
    static let summingOpeners: Set<String> = ["total", "altogether", "overall", "together", "combined"]

    /// How many words at `i` make a phrase of summing (0: none): "in
    /// total", "in all", "all told" (two), "altogether", "overall",
    /// "together", "combined" (one). ("Total" alone opens a count, `Total:
    /// 36`, and sums nothing by itself.)
    func summingPhraseLength(at i: Int) -> Int {
        let w = words[i].text
        let next = i + 1 < words.count && !words[i + 1].afterPunctuation ? words[i + 1].text : nil
        if w == "in", let next, next == "total" || next == "all" { return 2 }
        if w == "all", next == "told" { return 2 }
        return ProseWords.summingOpeners.contains(w) && w != "total" ? 1 : 0
    }
    /// Verbs of being, after a subject that names a count (`the number of
    /// valid triplets is 36`, `there are 36`).
    static let beingWords: Set<String> = ["is", "are", "equals", "be", "was", "were"]
    /// Words of a subject that names a count (`countSubject`).
    static let countSubjectWords: Set<String> = ["number", "count", "total", "answer", "result", "triplets", "triplet",
                                                 "there", "that", "this", "which", "it"]
    /// Nouns of things that are no triplets: a number in a clause of them
    /// counts those (`3 samples per class, 6 in total`).
    static let notTripletNouns: Set<String> = [
        "sample", "samples", "embedding", "embeddings", "point", "points", "example", "examples", "element", "elements",
        "pair", "pairs", "choice", "choices", "option", "options", "way", "ways", "possibilities", "classes", "labels",
    ]

    /// A number concluded as a count, and the kind its subject names.
    private struct Conclusion: Equatable {
        var kind: CountClaim.Kind?
        /// Concluded by a word of summing (`Total 36.`).
        var sums = false
    }

    /// Whether words before number `i` conclude it as a count, and the kind
    /// the subject of a verb of being names (`countSubject`). Nil: nothing
    /// concludes it.
    private func concluded(at i: Int) -> Conclusion? {
        let before = words[i - 1].text
        // ("i.e. 36": its stop stands between.)
        if before == "e", i >= 2, words[i - 2].text == "i" { return Conclusion(kind: nil) }
        // "Total 36.", "Total: 36", "In total: 36", "Altogether 36": a word of
        // summing that opens the sentence the number closes. (Not after a
        // comma: "all 120 and valid, in total, 36" names both kinds.)
        if ProseWords.summingOpeners.contains(before) {
            let opening = before == "total" && i >= 2 && words[i - 2].text == "in" && !words[i - 1].afterPunctuation ? i - 2 : i - 1
            if sentenceStart(before: opening) == opening { return Conclusion(kind: nil, sums: true) }
            // "…; class 2 is symmetric, another 18; together 36.", "…, in
            // total 36": the word opening a later clause of the sentence,
            // the number right after it (not "…, in total, 36").
            if opening > 0, clauseStart(before: opening) == opening, !words[i].afterPunctuation {
                return Conclusion(kind: nil, sums: true)
            }
        }
        // "anchor: 6, positive: 2, negative: 3 -> 36": an arrow concludes as "so" does.
        if words[i].afterArrow { return Conclusion(kind: nil) }
        guard !words[i].afterPunctuation else { return nil }
        if ProseWords.concludingWords.contains(before) { return Conclusion(kind: nil) }
        // "a total of 36", "it comes to 36", "adds up to 36", "amounts to 36".
        if before == "of", i >= 2, words[i - 2].text == "total" { return Conclusion(kind: nil) }
        if before == "to", i >= 2, ["comes", "come", "amounts", "amount", "up"].contains(words[i - 2].text) { return Conclusion(kind: nil) }
        if ProseWords.beingWords.contains(before), let subject = countSubject(before: i - 1) {
            let kind = ProseWords.kind(ofAdjectives: subject) ?? (subject.contains(where: { ["overall", "all"].contains($0) }) ? .all : nil)
            return Conclusion(kind: kind)
        }
        return nil
    }

    /// The subject of the verb at `verb`: its words back to the clause's
    /// start, at most eight, with no number, holding a word that names a
    /// count (`countSubjectWords`: "the number of valid triplets", "there",
    /// "that"). Nil otherwise (`the number of anchors is 6` has its noun
    /// checked by the caller).
    private func countSubject(before verb: Int) -> [String]? {
        let start = clauseStart(before: verb)
        guard verb - start <= 8 else { return nil }
        let subject = words[start..<verb]
        guard !subject.isEmpty, !subject.contains(where: { $0.number != nil }),
              subject.contains(where: { ProseWords.countSubjectWords.contains($0.text) }) else { return nil }
        return subject.map(\.text)
    }

    /// Where the words after number `i` that sum it over the classes or
    /// the whole end (`in total`, `in all`, `altogether`, `overall`, `for
    /// both classes`, `over the two classes`, `across all classes`), and
    /// whether they name the classes.
    private func wholeAfter(_ i: Int) -> (end: Int, classes: Bool) {
        var k = i + 1
        func text(_ at: Int) -> String? { at < words.count && !words[at].afterPunctuation ? words[at].text : nil }
        if let t = text(k), ["altogether", "overall"].contains(t) { return (k + 1, false) }
        if text(k) == "in", let t = text(k + 1), ["total", "all"].contains(t), text(k + 2).map({ ["classes", "labels"].contains($0) }) != true {
            return (k + 2, false)
        }
        guard let t = text(k), ["for", "over", "across", "in", "from"].contains(t) else { return (i + 1, false) }
        k += 1
        var said = false
        while let t = text(k), ["both", "the", "two", "2", "all"].contains(t) { said = said || t != "the"; k += 1 }
        guard said, let t = text(k), ["classes", "labels", "groups"].contains(t) else { return (i + 1, false) }
        k += 1
        if let t = text(k), ["together", "combined"].contains(t) { k += 1 }
        return (k, true)
    }

    /// Whether the words end before `k`: nothing after, a line break, or a
    /// mark that is no opening bracket or operation (`36.`, `36, and`, `36:`).
    private func closesClause(before k: Int) -> Bool {
        guard k < words.count else { return true }
        let next = words[k]
        return next.afterLineBreak || next.afterPunctuation && !next.opensParenthesis && !next.bracketed
            && !next.afterOperator && !next.afterEquals && !next.afterArrow
    }

    /// The first word of the clause of word `i`: after the last mark or
    /// line break before it.
    private func clauseStart(before i: Int) -> Int {
        var k = i
        while k > 0, !words[k].afterPunctuation, !words[k].afterLineBreak { k -= 1 }
        return k
    }

    /// The first word of the sentence of word `i`: after the last full stop or line break before it.
    func sentenceStart(before i: Int) -> Int {
        var k = i
        while k > 0, !words[k - 1].endsSentence, !words[k].afterLineBreak { k -= 1 }
        return k
    }

    /// Whether words in `window` say one class: "per class", "each class",
    /// "for each (of the two) class(es)", "in one class", "a single class"
    /// — not a rate that describes the classes ("three samples per class",
    /// "3 anchors in each class").
    /// (`window`: the indices of `w` where the phrase may start.)
    static func saysPart(_ w: [Word], _ window: Range<Int>) -> Bool {
        let t = w.map(\.text)
        return window.contains { i in
            guard ["per", "each", "one", "single", "every"].contains(t[i]) else { return false }
            // "three samples per class", "3 anchors in each class": a
            // rate that describes the classes, not a count of one.
            if i >= 2, w[i - 2].number != nil || i >= 3 && t[i - 1] == "in" && w[i - 3].number != nil { return false }
            let next = t[(i + 1)..<min(t.count, i + 5)]
            guard let c = next.firstIndex(where: classWords.contains) else { return false }
            // "each of the two classes", "each class"; not "one class of 3" read past a number.
            return t[(i + 1)..<c].allSatisfy { ["of", "the", "two", "2", "both"].contains($0) }
        }
    }

    /// The words of a class (`saysPart`).
    static let classWords: Set<String> = ["class", "classes", "label", "labels", "group", "groups"]
}

extension ProseWords {
    /// Verbs of picking a role (`6 ways to pick the anchor`).
    static let pickingVerbs: Set<String> = ["pick", "choose", "select", "get", "draw", "take", "place", "fill"]

    /// A count stated by a word of its kind before `=`, wherever it stands
    /// in its block: "There are 6 anchors. Valid = 36.", "…; total = 120",
    /// "so valid = 36 (…)". The word opens its clause (or follows "so",
    /// "hence", "and"), is not negated ("not valid = 84"), and the number
    /// closes its clause (no operation after it: `valid = 6 * 2 * 3`).
    /// "valid" gives the valid count, "all" all of them; "total",
    /// "overall", "ordered" only sum (`18 per class, so total = 36`): their
    /// block says which count. Nil: no such count.
    func equatedLabel(at i: Int) -> CountClaim.Kind?? {
        guard i >= 1, words[i].afterEquals, !words[i - 1].labels, words[i - 1].equates,
              let kind = ProseWords.labelKinds[words[i - 1].text], !isNegatedValid(at: i - 1) else { return nil }
        let label = i - 1
        let opens = label == 0 || words[label].afterPunctuation || words[label].afterLineBreak
            || ["so", "hence", "thus", "therefore", "and"].contains(words[label - 1].text)
        guard opens, closesStatement(after: i) else { return nil }
        // (Not of a part said before it in its sentence: `for a fixed anchor: valid = 6`.)
        let sentence = words.indices.prefix(label + 1).last(where: { $0 == 0 || words[$0].afterLineBreak || words[$0 - 1].endsSentence }) ?? 0
        if words[sentence..<label].contains(where: { ["fixed", "single", "each", "per", "every"].contains($0.text) }) { return nil }
        // (Not a figure of one class: `valid = 18, for each class`.)
        let end = words.indices.dropFirst(i + 1).first(where: { words[$0].afterLineBreak || words[$0 - 1].endsSentence }) ?? words.count
        if ProseWords.saysPart(words, (i + 1)..<end) { return nil }
        return kind == .valid || words[label].text == "all" ? .some(kind) : .some(nil)
    }

    /// A count given after a label that names triplets and no kind, opening
    /// its line or sentence: "Number of triplets: 120. …", "Triplets: 120";
    /// or after the sheet's answer (`answeredByLabel`: "Answer: 36 (…)",
    /// "Final answer: 120, because …"). Its block says which count it is.
    /// Nil: no such count (a label of a kind is read by its own rule).
    /// (An answer after the block's own totals or words of a kind is not
    /// read there: what its block carries on is not always its kind.)
    func answerLabel(at i: Int) -> CountClaim.Kind?? {
        guard i >= 1, words[i - 1].labels, closesStatement(after: i) else { return nil }
        if answeredByLabel(at: i) { return .some(nil) }
        let label = i - 1
        var start = label
        do {
            // A short phrase that names triplets and no kind: "(The) number of triplets:".
            while start > 0, label - start < 5, !words[start].afterLineBreak, !words[start - 1].endsSentence,
                  words[start - 1].number == nil, !words[start - 1].labels { start -= 1 }
            let phrase = words[start...label].map(\.text)
            guard phrase.contains(where: { $0 == "triplets" || $0 == "triplet" }),
                  phrase.allSatisfy({ ProseWords.labelKinds[$0] == nil && !ProseWords.tripletAdjectives.contains($0) }) else { return nil }
        }
        guard start == 0 || words[start].afterLineBreak || words[start - 1].endsSentence else { return nil }
        return .some(nil)
    }

    /// Whether number `i` follows the label of the sheet's answer opening
    /// its line or sentence: `Answer: 36`, `Final answer: 120`, `**Answer:** 36`.
    func answeredByLabel(at i: Int) -> Bool {
        guard i >= 1, words[i - 1].labels, words[i - 1].text == "answer" else { return false }
        var start = i - 1
        if start > 0, words[start - 1].text == "final", !words[start].afterPunctuation, !words[start].afterLineBreak { start -= 1 }
        return start == 0 || words[start].afterLineBreak || words[start - 1].endsSentence
    }

    /// Whether the number at scalar `offset` follows the label of the
    /// sheet's answer (`answeredByLabel`).
    func answeredByLabel(offset: Int) -> Bool {
        words.firstIndex { $0.offset == offset }.map(answeredByLabel(at:)) ?? false
    }

    /// Whether number `i` ends a statement: nothing after it, a line
    /// break, an opening bracket, or a mark that is no operation before a
    /// word (`36.`, `36, because`, `36 (…)`), not "x" (`6 x 5`).
    private func closesStatement(after i: Int) -> Bool {
        guard i + 1 < words.count else { return true }
        let next = words[i + 1]
        if next.afterLineBreak || next.opensParenthesis && !next.afterOperator { return true }
        return next.afterPunctuation && next.number == nil && !next.afterOperator && !next.afterEquals && !next.afterArrow
    }

    /// A role's number of choices later in the sentence its label opens
    /// (`Positive: same class minus the anchor itself, 2 options.`): the
    /// first number there, with a word of choices after it ("options",
    /// "ways", "choices"). Nil when another figure, label or sentence
    /// comes first.
    func labelledChoices(after i: Int) -> (value: Int, next: Int)? {
        var k = i + 1
        while k < words.count, k - i <= 12, !words[k].afterLineBreak, !words[k].labels {
            if let n = words[k].number {
                guard n > 1, k + 1 < words.count, !words[k + 1].afterPunctuation,
                      ProseWords.choiceWords.contains(words[k + 1].text) else { return nil }
                return (n, k + 2)
            }
            if words[k].endsSentence { return nil }
            k += 1
        }
        return nil
    }

    /// Whether the words of a bracketed remark say a part of the triplets:
    /// one class or one role's sample ("each anchor gives", "per class",
    /// "for every anchor"), a class by its name ("class 1 gives 18, class 2
    /// another 18"), or a part added to another ("another 18"). A count for
    /// such a part is reasoning for the count before the remark.
    ///
    /// Not a remark that corrects the count or states a whole of its own
    /// ("(no wait: each class gives 12, so 24 in all)", "(36 for both)"):
    /// its figure may be the answer, so the remark is not set aside as
    /// reasoning (review 19's e04).
    static func remarkSaysPart(_ w: [Word]) -> Bool {
        let ownCount: Set<String> = ["wait", "actually", "correction", "oops", "mistake", "wrong", "instead", "rather", "should",
                                     "total", "all", "overall", "altogether", "both", "together"]
        if w.contains(where: { ownCount.contains($0.text) }) { return false }
        if saysPart(w, w.indices) { return true }
        let parts = classWords.union(roles.keys).union(["sample", "pair", "pairs"])
        return w.indices.contains { i in
            switch w[i].text {
            case "each", "per", "every": return w[(i + 1)..<min(w.count, i + 3)].contains { parts.contains($0.text) }
            case "class", "label", "group": return i + 1 < w.count && w[i + 1].number != nil
            case "another": return i + 1 < w.count && w[i + 1].number != nil
            default: return false
            }
        }
    }
}
