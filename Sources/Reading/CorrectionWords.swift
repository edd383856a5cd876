/// The words a student corrects an answer with, in one table. Every reader
/// of a correction takes its words from here: an inline correction
/// (`retractionOffset`, `retraction(in:)`: "$A$, or rather $B$"), a result
/// corrected in place (`correctsResult`: "$A$ — scratch that, $B$"), one in
/// brackets (`correctsInBrackets`: "$A$ (sorry, I mean $B$)"), a plain-text
/// line's tail (`correctedTail`: "f_4 - f_1 (no wait: f_1 - f_4)") and a
/// calculation taken back in Question 4 (`withoutRetractedCalculations`:
/// "$6·5·4 = 100$, sorry, $6·5·4 = 120$").
enum CorrectionWords {
    /// Hesitation before "sorry" or "actually": "no, sorry", "um, actually".
    static let hesitations: Set<String> = ["no", "oh", "er", "um", "uh", "hmm", "well"]

    /// The words an inline correction turns on: "or rather", "I mean",
    /// "sorry", "actually", "scratch that", "oops".
    static let inlineEnds: Set<String> = ["rather", "mean", "sorry", "actually", "scratch", "oops"]

    /// Words that correct a value inline, the corrected value right after
    /// them ("or rather", "I mean", "no, sorry", "actually no"): one of
    /// `inlineEnds` among them, a hesitation or "or" / "I" / "that" with it.
    static let inline: Set<String> = hesitations.union(["or", "i", "that"]).union(inlineEnds)

    /// Words that name a correction as such: "wait", "typo", "correction",
    /// "corrected".
    static let labels: Set<String> = ["wait", "typo", "correction", "corrected"]

    /// Words that alone say a correction is made: `inlineEnds` and `labels`
    /// (between two calculations, "…$, sorry, $…", "…$; typo: $…").
    static let saying: Set<String> = inlineEnds.union(labels)

    /// Words that may stand between correcting words and the value they
    /// give: "it is", "that should be", "the right one", "I mean".
    static let fillers: Set<String> = ["it", "is", "s", "that", "this", "should", "be", "the", "answer", "value", "right", "correct",
                                       "one", "i", "mean", "so", "sorry", "no", "wait", "actually", "result"]

    /// How a correction of a result right after it opens (`correctsResult`),
    /// longest first: "scratch that", "or rather", "I mean", "no, sorry",
    /// "wait, no", "actually no", "sorry", "wait", "oops", "actually".
    static let resultOpenings: [[String]] = [["scratch", "that"], ["or", "rather"], ["i", "mean"], ["no", "sorry"], ["wait", "no"],
                                             ["no", "wait"], ["actually", "no"], ["no", "actually"], ["sorry"], ["wait"], ["oops"], ["actually"]]

    /// Words that say a term or sign slipped from the working ("— scratch
    /// that, I lost the $f_3$ term: $B$", `opensSlipCorrection`).
    static let slips: Set<String> = ["lost", "forgot", "forgotten", "dropped", "missed", "omitted", "flipped", "typo", "slip"]

    /// Labels that open a corrected answer after a colon: "Correction:",
    /// "Corrected:", "Fixed:", "Edit:", "Update:", "Erratum:", "Redone:"
    /// (`… ← dropped the $f_2$ from $t_6$; redone: $…$`).
    static let answerLabels: Set<String> = ["correction", "corrected", "fixed", "edit", "update", "erratum", "redone"]

    /// Words that make correcting words point ahead, to what follows ("the
    /// following is wrong", "a common mistake is to write").
    static let pointingAhead: Set<String> = ["following", "below", "common", "typical", "often", "usual"]

    /// Words that may lead a correction after a value in a plain-text
    /// line or in brackets (`(no wait: f_1 - f_4)`, `(sorry, I mean B)`),
    /// and those of them that say it is one.
    /// (`(wait, that's the wrong sign: it's B)`: what was wrong may be said.)
    static let tailLead: Set<String> = labels.union(["no", "oops", "actually", "i", "mean", "should", "be", "it", "sorry", "rather",
                                                     "that", "s", "the", "wrong", "sign", "signs"])
    static let tailSaying: Set<String> = labels.union(["oops", "actually", "mean", "should", "sorry"])

    /// Words that give a value to someone else or doubt it: "the TA said
    /// it should be $B$", "it should be $B$ according to my friend, but I
    /// disagree", "Wolfram says $B$", "maybe $B$", "not sure". A value after
    /// them is neither a correction of the student's answer nor its next
    /// line. ("I think" is the student's own; "he / she thinks" is not;
    /// "according to" alone may be the chain rule's; "others" names samples;
    /// "partner" may be a positive's; "all told" sums.)
    static let othersOrDoubt: Set<String> = [
        "friend", "friends", "classmate", "classmates", "ta", "tas", "tutor", "professor", "prof", "instructor", "lecturer",
        "teacher", "book", "textbook", "someone", "somebody", "groupmate", "chatgpt",
        "wolfram", "sympy", "calculator", "google", "internet", "online", "said", "says", "claims", "claimed", "thinks", "suggested", "suggests", "told", "argued", "argues",
        "insists", "reckons", "disagree", "disagrees", "doubt", "doubts", "unsure", "maybe", "perhaps", "might", "possibly",
    ]

    /// The verbs of `othersOrDoubt` that are the student's own after "I" or "we".
    static let ownVerbs: Set<String> = ["said", "says", "claims", "claimed", "thinks", "suggested", "suggests", "told", "argued", "argues", "insists", "reckons", "doubt"]

    /// Whether a text's words give a value to someone else or doubt it
    /// (`othersOrDoubt`, "not sure", or "the solution", "the key").
    static func disputes(_ text: some StringProtocol) -> Bool {
        disputeIndex(text.lowercased().split { !$0.isLetter }.map(String.init)) != nil
    }

    /// Where the first word that gives a value to someone else or doubts
    /// it stands among lowercased `words` (`disputes`); nil when none does.
    static func disputeIndex(_ words: [String]) -> Int? {
        words.indices.first { k in
            let before = k > 0 ? words[k - 1] : ""
            // ("As I said", "we claimed": the student's own.)
            // ("All told" sums.)
            return othersOrDoubt.contains(words[k]) && !(ownSubjects.contains(before) && ownVerbs.contains(words[k]))
                    && !(words[k] == "told" && before == "all")
                || words[k] == "sure" && before == "not"
                // ("the solution gives $B$", "the official key": a source's, not "my
                // solution"; nor "the key step", "the solution is 120".)
                || sourceNouns.contains(words[k])
                    && (sourceAdjectives.contains(before) || before == "the" && k + 1 < words.count && reportingVerbs.contains(words[k + 1]))
        }
    }

    /// The subjects that make a verb of `ownVerbs` the student's own.
    private static let ownSubjects: Set<String> = ["i", "we"]
    /// A source by its noun after `sourceAdjectives`: "the solution", "the official key".
    private static let sourceNouns: Set<String> = ["solution", "solutions", "key"]
    private static let sourceAdjectives: Set<String> = ["official", "model", "sample", "answer", "posted", "published"]
    /// The verbs that make "the solution" or "the key" a source: "the solution gives …".
    private static let reportingVerbs: Set<String> = ["gives", "gave", "says", "said", "has", "had", "shows", "lists", "states", "writes",
                                                      "wrote", "uses", "got", "gets", "reads", "claims"]
}
