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
        func group(_ n: Int) -> Int? { Range(match.range(at: n), in: source).flatMap { Int(source[$0]) } }
        // (`the third triplet`: its number by the ordinal, a word's form.)
        let ordinal = Range(match.range(at: 4), in: source)
        let word = match.range(at: 1).location != NSNotFound || ordinal != nil
        let k = ordinal.flatMap { Self.ordinals[source[$0].lowercased()] } ?? group(3)
        guard word || !worded, let labelStart = Range(match.range(at: ordinal != nil ? 4 : word ? 1 : 2), in: source)?.lowerBound,
              let k, (1...99).contains(k), let a = group(5), let p = group(6), let n = group(7) else { return nil }
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

    /// `tripletOpening`'s shape, compiled once: an opening word or not,
    /// the label (`Triplet 1`, `t_1`, `t1`, `t_{1}`, `the first triplet`),
    /// a comma or `=` or neither, then three members in parentheses (`1`,
    /// `f1`, `f_1`, `f_{1}`).
    private static let tripletOpeningPattern: NSRegularExpression = {
        let member = #"\s*(?:f\s*_?\s*\{?\s*)?([1-9])\s*\}?\s*"#
        let ordinal = #"(?:the\s+)?("# + SheetParser.ordinals.keys.sorted().joined(separator: "|") + #")\s+triplet"#
        let pattern = #"^\s*(?:(?:for|in|next|consider|with)\s*,?\s+)?(?:(?:(triplet)\s*|(t)\s*_?\s*\{?\s*)"#
            + #"(\d{1,2})(?![\d.])\s*\}?|"# + ordinal + #")\s*(?:,\s*|=\s*)?\("# + member + "," + member + "," + member + #"\)"#
        return try! NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
    }()

    /// The ordinals that number a triplet in words (`the third triplet`).
    static let ordinals: [String: Int] = ["first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
                                          "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10]
}
