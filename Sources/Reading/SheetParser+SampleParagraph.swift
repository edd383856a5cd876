import Foundation
import CoursecheckDocument

extension SheetParser {
    /// A sample named (`f_1`, `f5`, `f_{3}`).
    private static let namedSample = try! NSRegularExpression(pattern: #"[fF]\}?\s*_?\s*\{?\s*[0-9₀-₉]"#)
    /// A value that names a sample, or zero alone.
    private static let sampleOrZero = try! NSRegularExpression(pattern: #"[fF]\}?\s*_?\s*\{?\s*[0-9₀-₉]|^\s*(?:0|zero)\s*$"#)
    /// Words that make a value's text more than the value (`… and …`, `in t_1`).
    private static let wordsInValue = try! NSRegularExpression(pattern: #"(?i)\b(?:and|in|for|with|triplets?|is|are|it)\b"#)

    /// A paragraph of Question 5 about one sample across the triplets: `Sample 1 (f₁) is the anchor in triplets 1 and 2 …. Its
    /// gradient is f₅ − f₂ in triplet 1, f₄ − f₃ in triplet 2 and f₁ − f₃
    /// in triplet 5, and it is 0 in triplets 3, 4, 6, 7 and 8, where sample
    /// 1 does not appear.` Read as the rows `dL_1/df_1 = f₅ − f₂, dL_2/df_1
    /// = …` that say the same (each value at its place, each head at the
    /// words that give its triplet).
    ///
    /// Only when the whole paragraph has that shape: it opens on "Sample"
    /// and the sample's number (its name in brackets after it, if written,
    /// the same sample); a sentence of words about it may follow, naming no
    /// other sample by its name; then "Its gradient is" (or "gradients
    /// are", "derivative is"), or a colon right after the sample (`Sample
    /// f_1: in t_1 it is f_5 - f_2, in t_2 it is …; it is 0 in t_4, …`);
    /// values each before "in triplet k" or after "in t_k it is", joined
    /// by commas or "and"; then at most "and it is 0 in triplets …" and a
    /// clause that opens on "where", "since", "as" or "because". A
    /// triplet named twice, or anything else, leaves the paragraph as it
    /// was (for a person).
    /// `tex`: the paragraph joined from TeX's text and inline maths
    /// (`Its gradient is $f_5 - f_2$ in triplet 1, …`); the heads are then
    /// written in TeX.
    static func sampleParagraphRows(_ line: Fragment, tex: Bool = false) -> Fragment? {
        let text = String(line.text)
        guard text.count < 2000, text.range(of: "t", options: .caseInsensitive) != nil,
              let opening = sampleParagraphOpening.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              let whole = Range(opening.range, in: text) else { return nil }
        // The sample: by its number after "Sample" or by its name; a name
        // in brackets after the number must be the same sample.
        func digit(_ n: Int) -> String? {
            guard let r = Range(opening.range(at: n), in: text) else { return nil }
            return n == 3 || n == 5 ? Self.subscriptDigit(text[r]) : String(text[r])
        }
        guard let sample = digit(1) ?? digit(4) ?? digit(5) else { return nil }
        if let named = digit(2) ?? digit(3), named != sample { return nil }
        let ns = text as NSString
        func offset(_ utf16: Int) -> Int { ns.substring(to: utf16).unicodeScalars.count }
        // The values start after a colon right after the sample (`Sample
        // f_1: in t_1 it is …`), or after "Its gradient is" that ends the
        // words about it (`Sample 1 (f₁) is the anchor in …. Its gradient
        // is …`), which name no other sample.
        var valuesStart: Int
        let after = NSMaxRange(opening.range)
        if let colon = colonLead.firstMatch(in: text, options: [.anchored], range: NSRange(location: after, length: ns.length - after)) {
            valuesStart = NSMaxRange(colon.range)
        } else {
            let lead = text[whole.upperBound...]
            guard let verb = lead.range(of: #"\.\s+its\s+(?:gradient\s+is|gradients\s+are|derivative\s+is|derivatives\s+are)\s+"#,
                                        options: [.regularExpression, .caseInsensitive]),
                  case let between = String(text[whole.upperBound..<verb.lowerBound]),
                  Self.namedSample.firstMatch(in: between, range: NSRange(between.startIndex..., in: between)) == nil else { return nil }
            valuesStart = NSRange(verb.upperBound..., in: text).location
        }
        var pieces: [(range: Range<Int>, text: String)] = [(0..<offset(valuesStart), "")]
        var seen: Set<Int> = []
        var at = valuesStart
        // (Whether the last value's comma or "and" leads on to the zero.)
        var joined = false
        // (Whether the last value stands alone, changed by its words.)
        var changedLast = false
        func head(_ k: Int) -> String { tex ? "\\frac{\\partial L_{\(k)}}{\\partial f_{\(sample)}} = " : "dL_\(k)/df_\(sample) = " }
        // The values, each before its triplet (`A in triplet 1`) or after it (`in t_1 it is A`).
        while true {
            let rest = NSRange(location: at, length: ns.length - at)
            let found: (item: NSTextCheckingResult, value: NSRange, k: Int?)
            if let m = tripletThenValue.firstMatch(in: text, options: [.anchored], range: rest) {
                found = (m, m.range(at: 2), Int(ns.substring(with: m.range(at: 1))))
            } else if let m = valueInTriplet.firstMatch(in: text, options: [.anchored], range: rest) {
                found = (m, m.range(at: 1), Int(ns.substring(with: m.range(at: 2))))
            } else { break }
            let (item, value, k) = found
            let written = ns.substring(with: value), more = item.range(at: 3).length > 0
            guard let k, (1...99).contains(k), seen.insert(k).inserted,
                  Self.sampleOrZero.firstMatch(in: written, range: NSRange(written.startIndex..., in: written)) != nil,
                  Self.wordsInValue.firstMatch(in: written, range: NSRange(written.startIndex..., in: written)) == nil else { return nil }
            // The head stands before the value; the words that gave its
            // triplet go.
            let itemStart = offset(item.range.location), valueStart = offset(value.location), valueEnd = offset(NSMaxRange(value))
            if ChangingWords.anywhere(written) {
                // `f5 - f2 times two in triplet 1`, `twice f4 - f3 in
                // triplet 2`: words that change the value make it one for a
                // person. It stands as a sentence of its own, no head given
                // (in TeX, the paragraph is left as it was).
                guard !tex else { return nil }
                if let last = pieces.indices.last, pieces.count > 1 { pieces[last].text = ". " }
                pieces.append((itemStart..<valueStart, ""))
                pieces.append((valueEnd..<offset(NSMaxRange(item.range)), more ? ". " : ""))
                changedLast = true
            } else {
                changedLast = false
                pieces.append((itemStart..<valueStart, head(k)))
                pieces.append((valueEnd..<offset(NSMaxRange(item.range)), more ? ", " : ""))
            }
            at = NSMaxRange(item.range)
            joined = more
            if !more { break }
        }
        guard !seen.isEmpty else { return nil }
        // "and it is 0 in triplets 4, 6, 7 and 8" (`; it is 0 in t_4, …`), then its reason.
        if let zero = zeroInTriplets.firstMatch(in: text, options: [.anchored], range: NSRange(location: at, length: ns.length - at)) {
            var rows: [String] = []
            for n in ns.substring(with: zero.range(at: 1)).split(whereSeparator: { !$0.isNumber }) {
                guard let k = Int(n), (1...99).contains(k), seen.insert(k).inserted else { return nil }
                rows.append(head(k) + "0")
            }
            pieces.append((offset(zero.range.location)..<offset(NSMaxRange(zero.range)), (joined ? "" : changedLast ? ". " : ", ") + rows.joined(separator: ", ")))
            at = NSMaxRange(zero.range)
            joined = false
        }
        // (A reason that changes the values, `…, since I dropped the half
        // and so all are times 2`, leaves the paragraph to a person.)
        guard !joined,
              paragraphTail.firstMatch(in: text, options: [.anchored], range: NSRange(location: at, length: ns.length - at)) != nil,
              !ChangingWords.anywhere(ns.substring(from: at)) else { return nil }
        pieces.append((offset(at)..<text.unicodeScalars.count, "."))
        return line.replacing(pieces.filter { !$0.range.isEmpty || !$0.text.isEmpty })
    }

    /// The digit of a subscript (`₁` → "1").
    private static func subscriptDigit(_ s: Substring) -> String {
        String(s.unicodeScalars.compactMap { c in (0x2080...0x2089).contains(c.value) ? Character(String(c.value - 0x2080)) : nil })
    }

    /// `sampleParagraphRows`' opening, compiled once: "Sample" and its
    /// number, maybe its name in brackets (`(f1)`, `(f_1)`, `(f₁)`,
    /// `(\mathbf{f}_1)`), or "Sample" and its name (`Sample f_1`).
    private static let sampleParagraphOpening: NSRegularExpression = {
        let name = #"(?:(?:\\(?:mathbf|boldsymbol|bm|vec)\s*\{\s*f\s*\}|f)\s*_?\s*\{?\s*([1-9])\s*\}?|f([₁-₉]))"#
        return try! NSRegularExpression(pattern: #"^\s*sample\s+(?:([1-9])(?![\d.,]\d)\s*(?:\(\s*"# + name + #"\s*\))?|"# + name + ")",
                                        options: [.caseInsensitive])
    }()

    /// A colon right after the sample, before its values.
    private static let colonLead = try! NSRegularExpression(pattern: #"\s*:\s*"#)

    /// What follows a value: a comma or "and" if another value follows
    /// (not "and it is 0 …"), as `sampleParagraphRows`' patterns' group 3.
    private static let another = #"((?:\s*,\s*(?:and\s+)?|\s+and\s+)(?!(?:and\s+)?(?:it\s+is|is)\s))?"#

    /// One value before "in triplet k" (or `t_k`), compiled once.
    private static let valueInTriplet = try! NSRegularExpression(
        pattern: #"([^,;.]+?)\s+in\s+(?:triplet\s+|t_?\{?)(\d{1,2})\}?(?!\d)"# + another, options: [.caseInsensitive])

    /// One value after "in triplet k" (or `t_k`) and "it is" or a colon,
    /// up to the next comma, semicolon, "and" or the end, compiled once.
    private static let tripletThenValue = try! NSRegularExpression(
        pattern: #"in\s+(?:triplet\s+|t_?\{?)(\d{1,2})\}?(?!\d)\s*,?\s*(?:it\s+is|it's|we\s+get|the\s+gradient\s+is|:)\s+([^,;]+?)(?=\s*(?:[,;]|\band\b|\.?\s*$))"# + another,
        options: [.caseInsensitive])

    /// "and it is 0 in triplets 4, 6, 7 and 8" (`; it is 0 in t_4, t_6 …`,
    /// "zero"), compiled once.
    private static let zeroInTriplets = try! NSRegularExpression(
        pattern: #"\s*[,;]?\s*(?:and\s+)?(?:it\s+is\s+|is\s+)?(?:0|zero)\s+in\s+(?:all\s+)?(?:the\s+)?(?:other\s+)?(?:triplets?\s+)?((?:t_?\{?)?\d{1,2}\}?(?:\s*(?:,\s*and|,|and)\s*(?:t_?\{?)?\d{1,2}\}?)*)(?!\d)"#,
        options: [.caseInsensitive])

    /// The paragraph's end: nothing, or a reason after a comma, compiled once.
    private static let paragraphTail = try! NSRegularExpression(
        pattern: #"\s*(?:,?\s*(?:where|since|as|because)\b[^.]*)?\.?\s*$"#, options: [.caseInsensitive])
}

extension SheetParser {
    /// A TeX paragraph's text and inline maths joined, places kept, for
    /// `sampleParagraphRows`; nil when it holds a display.
    static func joinedParagraph(_ list: [Inline]) -> Fragment? {
        // (Only a paragraph that opens on "Sample": the others are not joined.)
        guard case .text(let first)? = list.first,
              first.text.drop(while: \.isWhitespace).prefix(6).lowercased() == "sample" else { return nil }
        var builder = FragmentBuilder()
        var start: SourceLocation?
        for inline in list {
            switch inline {
            case .text(let t):
                start = start ?? t.start
                builder.append(t)
            case .math(let m):
                guard !m.display else { return nil }
                start = start ?? m.tex.start
                builder.append(m.tex)
            }
        }
        guard let start else { return nil }
        return builder.build(or: start)
    }
}
