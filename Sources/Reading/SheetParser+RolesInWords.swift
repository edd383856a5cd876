import Foundation
import CoursecheckNotation

extension SheetParser {
    /// Whether a plain-text line says in words which roles a sample plays
    /// (`f_1: anchor twice (t1, t2); positive twice (t3, t5); never
    /// negative.`, `Sample f1: t1 as anchor, t3 as positive.`): a sample
    /// (perhaps after a word, "Sample") before a colon, then only words and
    /// triplets' names, a role among the words; no `=`, no operation, no
    /// number of its own. It heads the working that follows; read as maths,
    /// its colon and words would be taken for a value.
    static func namesRolesInWords(_ text: Substring) -> Bool {
        guard !text.contains("="), let colon = text.firstIndex(of: ":") else { return false }
        let label = text[..<colon].split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard let sample = label.last, isIndexed(sample, letter: "f"), label.count <= 2,
              label.dropLast().allSatisfy({ $0.allSatisfy(\.isLetter) }) else { return false }
        let words = text[text.index(after: colon)...].split(whereSeparator: { " \t,;.()".contains($0) })
        let roles: Set<String> = ["anchor", "positive", "negative", "anchors", "positives", "negatives"]
        return words.contains { roles.contains($0.lowercased()) }
            && words.allSatisfy { word in word.allSatisfy(\.isLetter) || isIndexed(word, letter: "t") }
    }

    /// `f1`, `f_1`, `f_{1}`, `f₁` (for `letter` f): a letter and its index
    /// in digits, as plain text writes a sample or a triplet.
    static func isIndexed(_ word: Substring, letter: Character) -> Bool {
        guard word.first == letter else { return false }
        var rest = word.dropFirst()
        if rest.first == "_" { rest = rest.dropFirst() }
        if rest.first == "{", rest.last == "}" { rest = rest.dropFirst().dropLast() }
        let subscripts = "₀₁₂₃₄₅₆₇₈₉"
        return !rest.isEmpty && (rest.allSatisfy { $0.isASCII && $0.isNumber } || rest.allSatisfy(subscripts.contains))
    }
}

extension SheetParser {
    /// Whether the text of a line before a colon is only samples' names:
    /// nothing (the names were maths just before it) or a plain-text list
    /// `f1, f5 and f6` (`f_1`, `f₁`), from the line's, sentence's or
    /// clause's (after `;`) start; the words that announce the names may
    /// lead it (`…; wrt f3, f4, f6: 0`, `for f2, f5: zero`), and a bracket
    /// may open it (`(f3, f4, f6: 0)`, a remark that the value closes).
    static func namesOnly(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        var start = scalars.endIndex
        while start > scalars.startIndex, scalars[start - 1] != "\n", scalars[start - 1] != ";",
              !(scalars[start - 1] == "." && start < scalars.endIndex && scalars[start] == " ") {
            start -= 1
        }
        var text = String(String.UnicodeScalarView(scalars[start...])).trimmingWhitespace()
        if text.hasPrefix("(") { text.removeFirst() }
        if let lead = text.range(of: #"^\s*(?i:w\.r\.t\.?|wrt|with respect to|for)\s+(?=\S)"#, options: .regularExpression) {
            text = String(text[lead.upperBound...])
            guard !text.isEmpty else { return false }
        }
        let names = text.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "\t" }).filter { $0 != "and" }
        return names.allSatisfy { isIndexed($0, letter: "f") }
    }

    /// Whether the words after a value are nothing but its sentence's end
    /// and perhaps a remark in brackets (` (not in this triplet).`), or the
    /// bracket that closes the remark the value ends (`(f3, f4, f6: 0)`),
    /// or a reason in words after a comma or semicolon (`f3, f4, f6: zero,
    /// they are not in this triplet`: no number, colon, `=` or bracket in it).
    static func remarkOnly(_ after: String) -> Bool {
        var rest = after.trimmingWhitespace()
        if rest.hasSuffix(".") { rest.removeLast() }
        rest = rest.trimmingWhitespace()
        guard !rest.isEmpty, rest != ")" else { return true }
        if rest.first == "," || rest.first == ";" {
            var reason = rest.dropFirst()
            if reason.hasSuffix(")") { reason = reason.dropLast() }
            return reason.contains(where: \.isLetter) && !reason.contains { $0.isNumber || ":=()".contains($0) }
        }
        guard rest.hasPrefix("("), rest.hasSuffix(")") else { return false }
        return !rest.dropFirst().dropLast().contains { $0 == "(" || $0 == ")" }
    }
}

extension SheetParser {
    /// `and ∂L₁/∂f₃, ∂L₁/∂f₄ and ∂L₁/∂f₆ are 0` (plain text): derivatives
    /// named in words before a value in words, as the maths `∂L₁/∂f₃,
    /// ∂L₁/∂f₄, ∂L₁/∂f₆ = 0` (each its place), the listed derivatives
    /// each given the value. Nil unless every name is one derivative, read
    /// by the grammar, and only linking words stand around them.
    static func headsBeforeValue(_ line: Fragment, names: Range<Int>, value: MathFragment, maths: MathContext) -> MathFragment? {
        let scalars = Array(line.text.unicodeScalars)
        // The parts between `,` and the word "and".
        var parts: [Range<Int>] = []
        var start = names.lowerBound
        var k = names.lowerBound
        func isWord(_ w: String, at i: Int) -> Bool {
            let u = Array(w.unicodeScalars)
            return i + u.count <= names.upperBound && Array(scalars[i..<(i + u.count)]) == u
                && (i == 0 || scalars[i - 1] == " ") && (i + u.count == scalars.count || scalars[i + u.count] == " ")
        }
        while k < names.upperBound {
            if scalars[k] == "," { parts.append(start..<k); k += 1; start = k; continue }
            if isWord("and", at: k) { parts.append(start..<k); k += 3; start = k; continue }
            k += 1
        }
        parts.append(start..<names.upperBound)
        let linking: Set<String> = ["are", "is", "all", "both", "equal", "to", "so", "also", "then", "hence"]
        var heads: [Range<Int>] = []
        for part in parts {
            var words = String(String.UnicodeScalarView(scalars[part])).split(separator: " ").map(String.init)
            while let last = words.last, linking.contains(last.lowercased()) { words.removeLast() }
            while let first = words.first, linking.contains(first.lowercased()) { words.removeFirst() }
            if words.isEmpty { continue }
            // `When the hinge is inactive, all three gradients, dL/df_a,
            // dL/df_p and dL/df_n, are 0`: clauses of words alone before
            // the first head (letters, no sample, number or sign) say why
            // or announce the list; after it, every part is a head.
            // (Not a role's letters in plain text: "Since fa is fixed, …".)
            if heads.isEmpty, words.count > 1, words.allSatisfy({ word in
                word.allSatisfy { $0.isLetter || "'’-".contains($0) } && !["fa", "fp", "fn"].contains(word.lowercased())
            }) { continue }
            guard words.count == 1, let head = String(String.UnicodeScalarView(scalars[part])).range(of: words[0]) else { return nil }
            let text = String(String.UnicodeScalarView(scalars[part]))
            let lower = part.lowerBound + text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: head.lowerBound.samePosition(in: text.unicodeScalars)!)
            let range = lower..<(lower + words[0].unicodeScalars.count)
            let span = maths.span(line.slice(range).text, plainText: true)
            guard span.items.count == 1, case .success? = span.items[0].head(SampleNaming(bareRoles: false)), span.items[0].sides.count == 1 else { return nil }
            heads.append(range)
        }
        guard heads.count >= 1 else { return nil }
        var builder = FragmentBuilder()
        for (n, range) in heads.enumerated() {
            if n > 0 { builder.append(", ", at: line.location(at: range.lowerBound)) }
            builder.append(line.slice(range))
        }
        builder.append(" = ", at: value.fragment.start)
        builder.append(value.fragment)
        return MathFragment(fragment: builder.build(or: line.start), proseBefore: "", plainText: true)
    }
}

extension SheetParser {
    /// A plain-text line with each role's possessive that gives a value
    /// (`the anchor's gradient is`, `the positive's is`) written as the
    /// clause "with respect to the anchor it is", places kept: the words
    /// Questions 2 and 3 read a role's value by (`DerivativeContext.possessiveRole`).
    /// So too the other role clauses (`DerivativeContext.roleClauses`:
    /// `for the anchor it's fn - fp`, `the positive has gradient fp - fa`).
    static func possessiveRoles(_ line: Fragment) -> Fragment {
        let text = String(line.text)
        func scalarRange(_ r: Range<String.Index>) -> Range<Int> {
            let u = text.unicodeScalars
            return u.distance(from: u.startIndex, to: r.lowerBound)..<u.distance(from: u.startIndex, to: r.upperBound)
        }
        // (Not in a sentence with words that change a value: "…, each
        // times 2" leaves every role's value to a person.)
        guard !ChangingWords.anywhere(text) else { return line }
        var pieces: [(range: Range<Int>, text: String)] = []
        if text.contains("'s") || text.contains("’s") {
            let matches = DerivativeContext.possessiveRole.matches(in: text, range: NSRange(text.startIndex..., in: text))
            pieces = matches.compactMap { m in
                guard let r = Range(m.range, in: text), let role = Range(m.range(at: 1), in: text), let verb = Range(m.range(at: 2), in: text) else { return nil }
                return (scalarRange(r), "with respect to the \(text[role].lowercased()) it \(text[verb].lowercased())")
            }
        }
        for clause in DerivativeContext.roleClauses(in: text, atEnd: false) {
            guard let r = Range(clause.range, in: text) else { continue }
            let range = scalarRange(r)
            guard !pieces.contains(where: { $0.range.overlaps(range) }) else { continue }
            // (A clause of its own, as in maths: `…, and for the negative
            // it is …` shares no value with a role named before it.)
            pieces.append((range, "; with respect to the \(clause.role) it is "))
        }
        guard !pieces.isEmpty else { return line }
        return line.replacing(pieces.sorted { $0.range.lowerBound < $1.range.lowerBound })
    }
}
