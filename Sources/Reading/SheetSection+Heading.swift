import CoursecheckMaths

extension SheetSection {
    /// Recognises `Part I`, `Part 2`, `Question 5`, `## Q5.3:`, `**Question 4**`.
    /// Returns the heading, its column, and the rest of the line with its column.
    static func parseHeading(_ line: Substring) -> (Heading, Int, Substring, Int)? {
        let scalars = Array(line.unicodeScalars)
        var i = 0
        func skip(_ set: Set<Unicode.Scalar>) { while i < scalars.count, set.contains(scalars[i]) { i += 1 } }
        skip([" ", "\t", "#", "*", "_"])
        let column = i + 1
        func word(_ w: String) -> Bool {
            let ws = Array(w.lowercased().unicodeScalars)
            guard i + ws.count <= scalars.count else { return false }
            for k in 0..<ws.count where Character(scalars[i + k]).lowercased() != String(ws[k]) { return false }
            // The word must end here: "Questions" or "Partial" are prose.
            if i + ws.count < scalars.count, Lexer.isLetter(scalars[i + ws.count]) { return false }
            i += ws.count
            return true
        }
        func number() -> Int? {
            let start = i
            while i < scalars.count, Lexer.isDigit(scalars[i]), i - start < 4 { i += 1 }
            guard i > start else { return nil }
            return Int(String(String.UnicodeScalarView(scalars[start..<i])))
        }
        let heading: Heading
        if word("part") {
            skip([" ", "\t"])
            if word("ii") || word("2") { heading = .part(2) } else if word("i") || word("1") { heading = .part(1) } else { return nil }
        } else if word("question") || word("q") {
            skip([" ", "\t"])
            guard let n = number() else { return nil }
            var sub: Int?
            if i + 1 < scalars.count, scalars[i] == ".", Lexer.isDigit(scalars[i + 1]) {
                i += 1
                sub = number()
            }
            heading = .question(n, sub: sub)
        } else {
            return nil
        }
        // What follows the number must not continue a word or a number.
        if i < scalars.count, Lexer.isLetter(scalars[i]) || Lexer.isDigit(scalars[i]) { return nil }
        skip([" ", "\t", "*", "_", ":", ")", ".", "#"])
        let rest = String(String.UnicodeScalarView(scalars[i...]))
        return (heading, column, Substring(rest), i + 1)
    }
}
