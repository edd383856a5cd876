import Foundation

extension SheetSection {
    /// How Question 5 was headed: the level of its heading block (nil for
    /// a line of a paragraph or a list item's label), and whether the
    /// heading named it in words (`### Question 5`, `Q5:`, `--- Question 5
    /// ---`) rather than by its number alone (`5)`, `(5)`, `### 5.`), so
    /// that a number alone under it is not the sheet's way of heading
    /// questions.
    struct QuestionFiveHeading: Equatable {
        var level: Int?
        var inWords: Bool
    }

    /// Where a heading read as Question k stands when the sheet is in
    /// Question 5: one rule for every style of heading, a heading block
    /// (`### (3)`, `#### 3`), a line (`(3)`, `3)`, `3.`, `[3]`), a list
    /// item's label, or a number between rules (`--- (3) ---`, `== 3) ==`,
    /// `=== 3 ===`).
    ///
    /// A number alone (`bare`: no question's word, no part's number of its
    /// own) is part 5.k when k counts on from the part the sheet is in (a
    /// later part's number under a part: `--- (2) ---` after `--- (1) ---`;
    /// `6)` after part 5.8 is Question 6) and either it is a heading block
    /// deeper than Question 5's (`#### (3)` under `## 5.`, any k right under
    /// Question 5), or Question 5 was headed in words (k = 1 right under
    /// it). A heading block shallower than Question 5's stays a question.
    ///
    /// Returns the heading and whether it may as well be Question 6 (a 6
    /// counting on, `### (6)` after `### (5)`, `#### 6.` right under `##
    /// Question 5`): what its section holds then decides
    /// (`holdsSumsOverTriplets`).
    static func nested(_ heading: Heading, bare: Bool, level: Int?, under current: Heading?,
                       questionFive: QuestionFiveHeading?) -> (heading: Heading, eitherSix: Bool) {
        guard bare, case .question(let k, nil) = heading, case .question(5, let sub)? = current,
              let five = questionFive else { return (heading, false) }
        var deeper = false
        if let level, let outer = five.level {
            guard level >= outer else { return (heading, false) }
            deeper = level > outer
        }
        let countsOn = sub.map { k > $0 } ?? (deeper || k == 1)
        guard deeper || five.inWords, countsOn else { return (heading, false) }
        return (.question(5, sub: k), k == 6)
    }

    /// Whether a heading's text is a number alone: one or two digits, in
    /// parentheses or brackets or not, with a full stop, colon or bracket
    /// after it, in emphasis or between rules of its own (`(3)`, `3)`,
    /// `3.`, `[3]`, `**3.**`, `--- (3) ---`, `== 3) ==`, `### 3`); not
    /// `5.3`, `Q3`, `3) t3 = …`.
    /// Scanned by hand, not by a regular expression: it runs on every line
    /// of every sheet, and a regex literal is parsed again at each call.
    static func isBareNumber(_ text: String) -> Bool {
        var rest = Substring(text)
        while let first = rest.first, bareNumberRules.contains(first) { rest.removeFirst() }
        while let last = rest.last, bareNumberRules.contains(last) { rest.removeLast() }
        if let first = rest.first, first == "(" || first == "[" { rest.removeFirst() }
        var digits = 0
        // (As the regex's `\d` on characters: the first scalar is numeric,
        // so `6️⃣` and `3́` count, as `²`, `½`, `①` do.)
        while let first = rest.first, first.isNumber {
            rest.removeFirst()
            digits += 1
        }
        guard digits == 1 || digits == 2 else { return false }
        if let first = rest.first, first == ")" || first == "]" { rest.removeFirst() }
        if let first = rest.first, first == "." || first == ":" || first == ")" { rest.removeFirst() }
        return rest.isEmpty
    }

    /// What may stand around a bare number: spaces, emphasis, rules.
    private static let bareNumberRules: Set<Character> = [" ", "\t", "\n", "#", "*", "_", "-", "=", "~", "\u{2013}", "\u{2014}", "\u{2500}", "\u{2550}"]
}
