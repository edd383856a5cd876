import Foundation

extension SheetParser {
    /// A paragraph of Question 5 that opens by stating a triplet in its
    /// words, then says what its gradients are: `Triplet 1 (1, 2, 5): the
    /// derivative of L with respect to $f_1$ is …`, `In t_2 = (1,3,4),
    /// $f_1$ (anchor) gets …`, `For t_3 = (2, 1, 6) the anchor is …` (a
    /// word before it at most: "for", "in", "next", "consider", "with").
    /// Returns the statement `t_k = (a, p, n)` it makes, placed at the
    /// label (read by the triplet reader, so that a wrong member is
    /// reported, and labelling the paragraph's answers as a statement in
    /// maths would), the text after it and its colon or comma, and where
    /// the label and members stand in the text. Nil
    /// when nothing follows (a line that only names a triplet is
    /// `SheetSection.tripletLine`'s) or the text opens otherwise.
    /// `worded`: only the word's form, `Triplet k (…)` (in plain text the
    /// letter's form, `t_1 = (…): …`, is read by the grammar already).
    ///
    /// ```
    /// Triplet 4 (2, 3, 4): the derivative …   → t_{4} = (2, 3, 4), "the derivative …"
    /// In t_2 = (f1, f3, f4), f1 gets …        → t_{2} = (1, 3, 4), "f1 gets …"
    /// Triplet 4 (2, 3, 4)                     → nil (nothing follows)
    /// ```
    static func tripletOpening(_ text: Fragment, worded: Bool) -> (statement: Fragment, rest: Fragment, label: Range<Int>)? {
        let source = String(text.text)
        guard source.count < 4000,
              let match = tripletOpeningPattern.firstMatch(in: source, range: NSRange(source.startIndex..., in: source)),
              let whole = Range(match.range, in: source) else { return nil }
        // (Group 1 is the item's number, `item`; then, by `group`'s count,
        // the label's (1–4), the members' (5–7), the roles said after them
        // (8–10) and the roles' players in words (11–13).)
        func range(_ n: Int) -> NSRange { match.range(at: n + 1) }
        func group(_ n: Int) -> Int? { Range(range(n), in: source).flatMap { Int(source[$0]) } }
        // (`the third triplet`: its number by the ordinal, a word's form.)
        let ordinal = Range(range(4), in: source)
        let word = range(1).location != NSNotFound || ordinal != nil
        let k = ordinal.flatMap { Self.ordinals[source[$0].lowercased()] } ?? group(3)
        // (The members in brackets, or the roles named in words: `the
        // anchor is sample 1, the positive sample 2 and the negative sample 5`.)
        guard word || !worded, let labelAt = Range(range(ordinal != nil ? 4 : word ? 1 : 2), in: source)?.lowerBound,
              let k, (1...99).contains(k), let a = group(5) ?? group(11), let p = group(6) ?? group(12), let n = group(7) ?? group(13) else { return nil }
        // The roles said again after the members must be theirs.
        let said = [8, 9, 10].map(group)
        if said.contains(where: { $0 != nil }), said != [a, p, n] { return nil }
        // `(2) In the second triplet …`: an item's number in brackets before
        // the opening must be the triplet's own. (The label then spans it:
        // it states nothing more.)
        var labelStart = labelAt
        if let item = Range(match.range(at: 1), in: source) {
            guard Int(source[item]) == k, let open = source[..<item.lowerBound].lastIndex(of: "(") else { return nil }
            labelStart = open
        }
        // What it says of the triplet follows: words or maths, never the end.
        let rest = source[whole.upperBound...].drop { $0.isWhitespace || $0 == ":" || $0 == "," }
        guard let next = rest.first, next.isLetter || next == "$" || next == "\\" else { return nil }
        let scalars = source.unicodeScalars
        let restOffset = scalars.distance(from: scalars.startIndex, to: rest.startIndex)
        let labelOffset = scalars.distance(from: scalars.startIndex, to: labelStart)
        let statement = Fragment(Substring("t_{\(k)} = (\(a), \(p), \(n))"), start: text.location(at: labelOffset), fixed: true)
        let labelEnd = scalars.distance(from: scalars.startIndex, to: whole.upperBound)
        return (statement, text.slice(restOffset..<text.count), labelOffset..<labelEnd)
    }

    /// `tripletOpening`'s shape, compiled once: an item's number in
    /// brackets or not (`(2) …`), an opening word or not,
    /// the label (`Triplet 1`, `t_1`, `t1`, `t_{1}`, `the first triplet`),
    /// a comma, `=`, "is" or nothing, then three members in parentheses
    /// (`1`, `f1`, `f_1`, `f_{1}`) — or the roles' players named in words
    /// in their order, anchor, positive, negative (`the anchor is sample 1,
    /// the positive sample 2 and the negative sample 5`, "is" optional
    /// after the first; a sample by "sample" and its number or by its name).
    private static let tripletOpeningPattern: NSRegularExpression = {
        let member = #"\s*(?:f\s*_?\s*\{?\s*)?([1-9])\s*\}?\s*"#
        let player = #"\s+(?:sample\s+|f\s*_?\s*\{?\s*)?([1-9])(?![\d.,]\d)\s*\}?"#
        let roles = #",?\s*the\s+anchor\s+is"# + player + #"\s*,\s*the\s+positive(?:\s+is)?"# + player
            + #"\s*,?\s*and\s+the\s+negative(?:\s+is)?"# + player + #"(?![\w\d])"#
        // (The roles said again after the members: `(1, 2, 5): sample 1 is
        // the anchor, 2 the positive and 5 the negative.`)
        let played = #"\s*(?:sample\s+|f\s*_?\s*\{?\s*)?([1-9])\s*\}?\s+(?:is\s+)?the\s+"#
        let said = #"(?:\s*[:,]\s*"# + played + #"anchor\s*,"# + played + #"positive\s*,?\s*and"# + played + #"negative\b\.?)"#
        let ordinal = #"(?:the\s+)?("# + SheetParser.ordinals.keys.sorted().joined(separator: "|") + #")\s+triplet"#
        let pattern = #"^\s*(?:\((?<item>\d{1,2})\)\s+)?(?:(?:for|in|next|consider|with)\s*,?\s+)?(?:(?:(triplet)\s*|(t)\s*_?\s*\{?\s*)"#
            + #"(\d{1,2})(?![\d.])\s*\}?|"# + ordinal + #")(?:\s*(?:,\s*|=\s*|is\s+)?\("# + member + "," + member + "," + member + #"\)"#
            + said + "?|" + roles + ")"
        return try! NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
    }()

    /// The ordinals that number a triplet in words (`the third triplet`).
    static let ordinals: [String: Int] = ["first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
                                          "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10]
}
