import Foundation
import CoursecheckDocument

extension SheetParser {
    /// Where words take back an earlier answer: their place, the section's
    /// start, the next block's and the next section's, and whether the words
    /// introduce the corrected answer after them in their block ("…, it
    /// should be $…$", "the right one is $…$").
    struct Retraction {
        var start: SourceLocation
        var at: SourceLocation
        var blockEnd: SourceLocation?
        var end: SourceLocation?
        var introducesCorrection: Bool
    }

    /// A first attempt the sheet takes back: "wait, this is wrong because
    /// …", "Correction:", "scratch that", "Redone:", "Edit:" written after an
    /// answer and before a second, different answer to the same derivative
    /// in the same section. The answers before the words are withdrawn; the
    /// one after is the sheet's. Without such words between them, two
    /// different answers stay "answered twice" for a person to weigh.
    ///
    /// Words that quote an answer to the same derivative after them in their
    /// own block speak of that answer ("my first attempt was wrong, I had
    /// $…$"): they withdraw nothing — unless they introduce it as the
    /// correction ("…, it should be $…$").
    static func withdrawingRetracted(_ sheet: inout ParsedSheet) {
        let points = retractions(in: sheet.sections)
        guard !points.isEmpty else { return }
        for (id, claims) in sheet.derivatives where Set(claims.map(\.answer)).count > 1 {
            var kept = claims
            for point in points {
                let quoted = claims.contains { c in c.location > point.at && (point.blockEnd.map { c.location < $0 } ?? true) }
                if quoted, !point.introducesCorrection { continue }
                let inSection = { (c: DerivativeClaim) in c.location >= point.start && (point.end.map { c.location < $0 } ?? true) }
                let before = kept.filter { inSection($0) && $0.location < point.at }
                let after = kept.filter { inSection($0) && $0.location > point.at }
                guard !before.isEmpty, !after.isEmpty else { continue }
                kept.removeAll { inSection($0) && $0.location < point.at }
            }
            sheet.derivatives[id] = kept
        }
    }

    /// The places where a section's words take back what came before.
    static func retractions(in sections: [SheetSection]) -> [Retraction] {
        var result: [Retraction] = []
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
                    let after = String(t.text.unicodeScalars.dropFirst(offset)).lowercased()
                    let introduces = ["should be", "should read", "should have been", "correct one", "right one", "correct answer",
                                      "instead", "it is actually", "is actually", "correct version", "fixed:", "corrected:"]
                        .contains(where: after.contains)
                    result.append(Retraction(start: section.location, at: t.location(at: offset), blockEnd: blockEnd, end: end,
                                             introducesCorrection: introduces))
                }
            }
        }
        return result
    }

    /// Where words that take back an earlier answer start in a text, or nil:
    /// "wait", "this / that / it / the above … is (was) wrong", "scratch
    /// that", "my mistake", "made a mistake", "oops", "ignore the above",
    /// "redone", "redo", and the labels "Correction:", "Corrected:",
    /// "Fixed:", "Edit:", "Update:" / "Update (…):". Words that point ahead
    /// ("… is wrong:", "the following is wrong", "a common mistake") speak
    /// of what follows, not of an earlier answer.
    static func retractionOffset(_ text: Substring) -> Int? {
        let words = ProseWords(text).words
        let lower = text.lowercased()
        // (So does a text that ends on a colon: "Careful, it is wrong to write:".)
        let ahead = ["following", "below", "common", "typical", "often", "usual"].contains { w in
            words.contains { $0.text == w }
        } || text.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix(":")
        for (i, w) in words.enumerated() {
            let next = i + 1 < words.count ? words[i + 1].text : ""
            let previous = i > 0 ? words[i - 1].text : ""
            switch w.text {
            case "wait", "oops", "redone", "redo", "scratch":
                return w.offset
            case "wrong" where ["is", "was", "are", "were", "s"].contains(previous) && !ahead:
                // Its subject one of the earlier answers ("this", "that", "it",
                // "above", "first", "answer", "attempt", "one"), not "which is
                // wrong" of what follows; nor a sentence ending on a colon.
                let subject = words[max(0, i - 5)..<max(0, i - 1)].map(\.text)
                guard subject.contains(where: { ["this", "that", "it", "above", "first", "answer", "attempt", "one", "previous", "earlier", "sign", "signs"].contains($0) })
                else { continue }
                let end = w.offset + w.text.unicodeScalars.count
                if lower.unicodeScalars.dropFirst(end).first(where: { !$0.properties.isWhitespace }) == ":" { continue }
                return w.offset
            case "mistake" where ["my", "a"].contains(previous) && (previous == "my" || i >= 2 && words[i - 2].text == "made") && !ahead:
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
