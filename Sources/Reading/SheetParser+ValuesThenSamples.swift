import CoursecheckAssignment
import CoursecheckDocument
import CoursecheckMaths
import CoursecheckNotation
import Foundation

/// Values listed first, the samples they are for after them in brackets.
extension SheetParser {
    /// `0, 0, 0 (for f_a, f_p, f_n)`, `fn - fp, fp - fa, fa - fn (w.r.t. fa,
    /// fp, fn)`, `f5 - f2; f2 - f1 (resp. f1 and f2)`: in a plain-text line,
    /// values separated by `,` or `;` (outside brackets), then one bracket
    /// that closes the line and names as many samples, after words that say
    /// whom the values are for ("for", "w.r.t.", "wrt", "with respect to",
    /// "resp.", "respectively", "in order", "of") or none: value i is the
    /// derivative with respect to sample i (the bracket may list the
    /// derivatives instead, `(d/dfa, d/dfp, d/dfn)`: then exactly the three
    /// roles or the six samples, each once). Read as `dL/dS_i = V_i` each,
    /// the bracket set aside, places kept. As many values as samples, or
    /// the line is left as written (for a person); a value with words in it
    /// (`zero`) is left too.
    ///
    /// ```
    /// 0, 0, 0 (for f_a, f_p, f_n)       dL/df_a = 0, dL/df_p = 0, dL/df_n = 0
    /// fn - fp, fp - fa (fa, fp)         dL/dfa = fn - fp, dL/dfp = fp - fa
    /// 0, 0 (for f_a, f_p, f_n)          unchanged: two values, three samples
    /// ```
    static func valuesThenSamples(_ line: Fragment, maths: MathContext) -> Fragment {
        // (Cheap test first: most lines end in no bracket.)
        guard line.text.contains(")") else { return line }
        let scalars = Array(line.text.unicodeScalars)
        guard let (open, end) = Prose.closingBracket(scalars), end > 2, open > 0 else { return line }
        // The samples: words saying whom first, then the names.
        var inside = String(String.UnicodeScalarView(scalars[(open + 1)..<(end - 1)])).trimmingCharacters(in: .whitespaces)
        var lowered = inside.lowercased()
        var opened = true
        while opened {
            opened = false
            for words in whomWords where lowered.hasPrefix(words) {
                inside = String(inside.dropFirst(words.count)).trimmingCharacters(in: .whitespaces)
                lowered = inside.lowercased()
                opened = true
                break
            }
        }
        var names = inside.replacingOccurrences(of: " and ", with: ",").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        // `(d/dfa, d/dfp, d/dfn)`, `(∂/∂fₐ, ∂/∂fₚ, ∂/∂fₙ)`: the derivatives in
        // order, each over its sample, all written alike; read as the samples.
        let operators = names.map { name in orderOperator.firstMatch(in: name, range: NSRange(name.startIndex..., in: name)) }
        if operators.allSatisfy({ $0 != nil }) {
            names = zip(names, operators).map { name, m in
                guard let m, let r = Range(m.range, in: name) else { return name }
                return String(name[r.upperBound...])
            }
        } else if operators.contains(where: { $0 != nil }) {
            return line
        }
        guard names.count >= 2, names.allSatisfy({ !$0.isEmpty && $0.unicodeScalars.count <= 6 }) else { return line }
        var symbols: [Symbol] = []
        for name in names {
            let span = maths.span(name, plainText: true)
            guard span.items.count == 1, let s = SampleShape.read(span.items[0].nodes, naming: bareRoles) else { return line }
            symbols.append(s)
        }
        guard Set(symbols).count == symbols.count else { return line }
        // (Derivatives in order name the three roles, or the six samples,
        // each once: `(d/dfa, d/dfp)` is for a person.)
        if operators.contains(where: { $0 != nil }) {
            guard Set(symbols) == Set(Symbol.roles) || Set(symbols) == Set((1...6).map { Symbol.sample($0) }) else { return line }
        }
        // The values: pieces between `,` and `;` outside brackets.
        var starts = [0]
        var depth = 0
        for i in 0..<open {
            let c = scalars[i]
            if "([{".unicodeScalars.contains(c) { depth += 1 }
            if ")]}".unicodeScalars.contains(c) { depth = max(0, depth - 1) }
            if depth == 0, c == "," || c == ";" { starts.append(i + 1) }
        }
        guard starts.count == names.count else { return line }
        var edits: [(range: Range<Int>, text: String)] = []
        for (n, start) in starts.enumerated() {
            let stop = n + 1 < starts.count ? starts[n + 1] - 1 : open
            var lower = start
            while lower < stop, scalars[lower] == " " || scalars[lower] == "\t" { lower += 1 }
            let piece = scalars[lower..<stop]
            // A value: maths, never words (`zero`, `the same`).
            guard piece.contains(where: { !$0.properties.isWhitespace }), !hasWord(piece) else { return line }
            edits.append((lower..<lower, "dL/d\(names[n]) = "))
        }
        edits.append((open..<end, String(repeating: " ", count: end - open)))
        return line.replacing(edits)
    }

    /// The operator of a derivative over a sample, at a name's start:
    /// `d/d` (`d/dfa`), `dL/d`, `∂/∂`, `∂L/∂`.
    static let orderOperator = try! NSRegularExpression(pattern: #"^(?:d|∂|𝜕)\s*L?\s*/\s*(?:d|∂|𝜕)\s*(?=f)"#)

    /// Words that open the bracket of the samples, longest first.
    static let whomWords = ["with respect to", "respectively", "in that order", "in order", "w.r.t.", "w.r.t", "resp.", "wrt", "for", "of", ":"]

    /// A sample's name in the bracket: its letter, or a role's (`f_a`, `fp`).
    static let bareRoles = SampleNaming(bareRoles: true)

    /// Whether the scalars hold a word of two letters or more (`zero`, `is`),
    /// not a sample's name (`f5`, `fa`, `f_n`).
    static func hasWord(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        var run = 0
        for c in scalars {
            run = c.properties.isAlphabetic && c.isASCII ? run + 1 : 0
            if run >= 3 { return true }
        }
        let letters = scalars.split { !($0.properties.isAlphabetic && $0.isASCII) }
        return letters.contains { $0.count == 2 && $0.first != "f" && $0.first != "F" }
    }
}
