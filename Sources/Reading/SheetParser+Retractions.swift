import CoursecheckDocument

extension SheetParser {
    /// A first attempt the sheet takes back: "wait, this is wrong because
    /// …", "Correction:", "scratch that", "Redone:", "Edit:" written after an
    /// answer and before a second, different answer to the same derivative
    /// in the same section. The answers before the words are withdrawn; the
    /// one after is the sheet's. Without such words between them, two
    /// different answers stay "answered twice" for a person to weigh.
    static func withdrawingRetracted(_ sheet: inout ParsedSheet) {
        let all = sheet.derivatives.values.joined().map(\.location)
        // Words that quote an answer after them in their own block ("it is
        // wrong to write $∂L/∂f_a = …$", "my first attempt was wrong, I had
        // $…$") speak of that answer, not of the one before: no retraction.
        let points = retractions(in: sheet.sections).filter { point in
            !all.contains { at in at > point.at && (point.blockEnd.map { at < $0 } ?? true) }
        }
        guard !points.isEmpty else { return }
        for (id, claims) in sheet.derivatives where Set(claims.map(\.answer)).count > 1 {
            var kept = claims
            for point in points {
                let inSection = { (c: DerivativeClaim) in c.location >= point.start && (point.end.map { c.location < $0 } ?? true) }
                let before = kept.filter { inSection($0) && $0.location < point.at }
                let after = kept.filter { inSection($0) && $0.location > point.at }
                guard !before.isEmpty, !after.isEmpty else { continue }
                kept.removeAll { inSection($0) && $0.location < point.at }
            }
            sheet.derivatives[id] = kept
        }
    }

    /// Where a section's words take back what came before (the place of
    /// the words), with the section's start, the next block's and the next
    /// section's.
    static func retractions(in sections: [SheetSection]) -> [(start: SourceLocation, at: SourceLocation, blockEnd: SourceLocation?, end: SourceLocation?)] {
        var result: [(start: SourceLocation, at: SourceLocation, blockEnd: SourceLocation?, end: SourceLocation?)] = []
        for (i, section) in sections.enumerated() {
            let end = i + 1 < sections.count ? sections[i + 1].location : nil
            for (n, leaf) in section.leaves.enumerated() {
                let blockEnd = n + 1 < section.leaves.count ? section.leaves[n + 1].block.location : end
                let inlines: [Inline]
                switch leaf.block.kind {
                case .paragraph(let x), .heading(_, let x): inlines = x
                default: continue
                }
                for inline in inlines {
                    guard case .text(let t) = inline, let offset = retractionOffset(t.text) else { continue }
                    result.append((section.location, t.location(at: offset), blockEnd, end))
                }
            }
        }
        return result
    }

    /// Where words that take back an earlier answer start in a text, or nil:
    /// "wait", "… is wrong", "was wrong", "scratch that", "my mistake",
    /// "made a mistake", "oops", "ignore the above", "redone", "redo",
    /// and the labels "Correction:", "Corrected:", "Fixed:", "Edit:",
    /// "Update:" / "Update (…):".
    static func retractionOffset(_ text: Substring) -> Int? {
        let words = ProseWords(text).words
        for (i, w) in words.enumerated() {
            let next = i + 1 < words.count ? words[i + 1].text : ""
            let previous = i > 0 ? words[i - 1].text : ""
            switch w.text {
            case "wait", "oops", "redone", "redo", "scratch":
                return w.offset
            case "wrong" where ["is", "was", "are", "were", "s"].contains(previous):
                return w.offset
            case "mistake" where ["my", "a"].contains(previous) && (previous == "my" || i >= 2 && words[i - 2].text == "made"):
                return w.offset
            case "ignore" where ["the", "this", "that", "my"].contains(next):
                return w.offset
            case "correction", "corrected", "fixed", "edit", "update", "erratum":
                // A label: the word followed by `:`, or by a remark in brackets and `:`.
                if w.labels || w.closesParenthesis { return w.offset }
                if let close = text.unicodeScalars.dropFirst(w.offset).firstIndex(of: ")"),
                   text.unicodeScalars[text.unicodeScalars.index(after: close)...].first == ":",
                   text.unicodeScalars[text.unicodeScalars.index(text.unicodeScalars.startIndex, offsetBy: w.offset + w.text.unicodeScalars.count)...].drop(while: { $0 == " " }).first == "(" {
                    return w.offset
                }
            default:
                continue
            }
        }
        return nil
    }
}
