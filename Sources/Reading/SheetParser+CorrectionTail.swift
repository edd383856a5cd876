import Foundation
import CoursecheckMaths
import CoursecheckNotation

extension SheetParser {
    /// `dL/df_4 = f_4 - f_1 (no wait: f_1 - f_4), dL/df_5 = 0` and `dL/df3 =
    /// (…) + … = A  --> correction: B`: in a plain-text line, a derivative's
    /// value followed by a correction of it, in brackets that close its
    /// statement or after an arrow that ends the line: words of correction
    /// alone (`no wait`, `correction`, `oops`, `should be`, `I mean`), then
    /// one value and nothing else. The correction is the answer: the value
    /// it corrects (after the statement's last `=`) and the words are left
    /// out, the corrected value keeps its places (working before it is
    /// checked against it). Anything else (words after the value, a
    /// bracket of words alone, an arrow in a line of several statements, a
    /// correction naming a derivative) is left as written, for a person.
    /// So too after the comma that ends a statement (`dL/df_n = f_a - f_n,
    /// I mean f_n - f_a`).
    static func correctedTail(_ line: Fragment, maths: MathContext) -> Fragment {
        let scalars = Array(line.text.unicodeScalars)
        guard scalars.contains("(") || scalars.contains(",") || scalars.contains(">") || scalars.contains("\u{2192}") || scalars.contains("\u{21D2}") else { return line }
        let naming = SampleNaming(bareRoles: true)
        // The value of a correction: where it starts, given the text after
        // its opening (bracket or arrow) up to its end; nil unless words of
        // correction lead it and one value alone follows.
        func correctionValue(_ range: Range<Int>) -> Int? {
            var i = range.lowerBound
            var words: [String] = []
            // (`wait, that's the wrong sign: it's B`: an apostrophe's ending
            // is a word of its own, a colon may stand between the words.)
            func apostrophe(_ k: Int) -> Bool {
                (scalars[k] == "'" || scalars[k] == "\u{2019}") && k + 1 < range.upperBound && scalars[k + 1].properties.isAlphabetic
                    && k > range.lowerBound && scalars[k - 1].properties.isAlphabetic
            }
            while i < range.upperBound {
                while i < range.upperBound, scalars[i] == " " || scalars[i] == "\t" || scalars[i] == "," || scalars[i] == ":" || apostrophe(i) { i += 1 }
                var j = i
                while j < range.upperBound, scalars[j].properties.isAlphabetic { j += 1 }
                guard j > i, j == range.upperBound || apostrophe(j) || !(scalars[j].properties.numericType != nil || scalars[j] == "_" || scalars[j] == "'") else { break }
                let word = String(String.UnicodeScalarView(scalars[i..<j])).lowercased()
                guard CorrectionWords.tailLead.contains(word) else { break }
                words.append(word)
                i = j
            }
            guard !words.isEmpty, words.contains(where: CorrectionWords.tailSaying.contains) else { return nil }
            // A question is no correction: `(wait, should it be f1 - f5?)`,
            // `(should it be …)` — only "should be" in that order says one.
            if scalars[range].contains("?") { return nil }
            if let s = words.firstIndex(of: "should"), s + 1 >= words.count || words[s + 1] != "be" { return nil }
            while i < range.upperBound, scalars[i] == " " || scalars[i] == "\t" { i += 1 }
            if i < range.upperBound, scalars[i] == ":" { i += 1 }
            guard i < range.upperBound else { return nil }
            // (One value and nothing else: `I mean fn - fp would be the
            // other convention`, `sorry, fp - fa was my first guess` say no
            // correction — words after the value leave the line to a person.)
            guard !hasWord(scalars[i..<range.upperBound]) else { return nil }
            let span = maths.span(line.slice(i..<range.upperBound).text, plainText: true)
            guard span.items.count == 1, case let value = span.items[0], value.sides.count == 1, value.leadingProse(naming).count == 0,
                  !value.mentionsDerivative, MathItem.holdsValue(value.nodes, naming) else { return nil }
            return i
        }
        // A statement (from `start` to `end`) that states a derivative's
        // value: its last `=`.
        func statedValue(_ start: Int, _ end: Int) -> Int? {
            guard let equals = scalars[start..<end].lastIndex(of: "="), equals + 1 < end else { return nil }
            let span = maths.span(line.slice(start..<end).text, plainText: true)
            guard span.items.count == 1, case .success? = span.items[0].head(naming) else { return nil }
            return equals
        }
        // Top-level statement separators and brackets.
        var depth = 0
        var separators: [Int] = []
        var opens: [Int] = []
        var pairs: [(open: Int, close: Int)] = []
        for (k, c) in scalars.enumerated() {
            switch c {
            case "(": if depth == 0 { opens.append(k) }; depth += 1
            case ")": depth -= 1; if depth == 0, let o = opens.last { pairs.append((o, k)) }; if depth < 0 { return line }
            case ",", ";": if depth == 0 { separators.append(k) }
            default: break
            }
        }
        guard depth == 0 else { return line }
        var pieces: [(range: Range<Int>, text: String)] = []
        // In brackets that close a statement.
        for pair in pairs {
            let end = separators.first { $0 > pair.close } ?? scalars.count
            guard scalars[(pair.close + 1)..<end].allSatisfy({ $0 == " " || $0 == "\t" || $0 == "." }),
                  let value = correctionValue((pair.open + 1)..<pair.close) else { continue }
            let start = (separators.last { $0 < pair.open }).map { $0 + 1 } ?? 0
            guard let equals = statedValue(start, pair.open) else { continue }
            pieces += [((equals + 1)..<value, " "), (pair.close..<(pair.close + 1), "")]
        }
        if !pieces.isEmpty { return line.replacing(pieces) }
        // After the comma that ends a statement: `dL/df_n = f_a - f_n, I
        // mean f_n - f_a`, `…, sorry, actually f_1 - f_5, dL/df_2 = …`: the
        // words (commas among them) and one value up to a separator or the
        // line's end.
        var k = 0
        while k < separators.count {
            let comma = separators[k]
            guard let equals = statedValue(k > 0 ? separators[k - 1] + 1 : 0, comma) else { k += 1; continue }
            let ends = Array(separators[(k + 1)...]) + [scalars.count]
            var next: Int?
            for (j, e) in ends.enumerated() {
                var end = e
                while end > comma + 1, scalars[end - 1] == " " || scalars[end - 1] == "\t" || scalars[end - 1] == "." { end -= 1 }
                if let value = correctionValue((comma + 1)..<end) {
                    pieces.append(((equals + 1)..<value, " "))
                    next = k + 1 + j
                    break
                }
            }
            k = next ?? (k + 1)
        }
        if !pieces.isEmpty { return line.replacing(pieces) }
        // After an arrow that ends a line of one statement.
        guard separators.isEmpty else { return line }
        for k in scalars.indices {
            var arrow: Range<Int>?
            if scalars[k] == "\u{2192}" || scalars[k] == "\u{21D2}" || scalars[k] == "\u{27F6}" {
                arrow = k..<(k + 1)
            } else if scalars[k] == ">", k > 0, scalars[k - 1] == "-" || scalars[k - 1] == "=" {
                var from = k - 1
                while from > 0, scalars[from - 1] == "-" || scalars[from - 1] == "=" { from -= 1 }
                arrow = from..<(k + 1)
            }
            guard let arrow, let value = correctionValue(arrow.upperBound..<scalars.count),
                  let equals = statedValue(0, arrow.lowerBound) else { continue }
            return line.replacing([((equals + 1)..<value, " ")])
        }
        return line
    }
}
