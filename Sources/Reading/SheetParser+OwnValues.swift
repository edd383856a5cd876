import Foundation

extension SheetParser {
    /// The clauses after a value in words, in its sentence, that give a
    /// sample a value of its own, in plain text:
    ///
    ///     The other samples get nothing, and f5 gets f1 - f5.
    ///     Every other embedding has zero gradient, except f3, which gets f3 - f1.
    ///     The rest are 0 but f_5, whose derivative is f_1 - f_5.
    ///     The others vanish, while f5 has f1 - f5; f6 is 0 too.
    ///
    /// A clause opens at `and`, `but`, `except` (`for`), `apart from`,
    /// `besides`, `while`, `whereas` or a semicolon; it names one sample,
    /// then says it has a value (`gets`, `has`, `is`, `receives`, `takes`,
    /// `equals`, `=`, `:`, after `which`, `that` or `whose gradient` /
    /// `derivative` if any), then the value, maths only (samples, numbers,
    /// signs, brackets), up to the clause's end. Such a sample is not among
    /// the samples left that the value in words is for: each clause is
    /// returned as the derivative it states, `dL/df5 = f1 - f5` (its places
    /// kept), to be read before the value in words, so that the sample is
    /// answered by its own value first; with the range of the line it spans.
    /// (`but f5 is not zero`, `and f5 too` give no value: no such clause.)
    ///
    /// `after` is the line's text after the value in words.
    static func ownValueClauses(in line: Fragment, after: String) -> [(clause: Fragment, range: Range<Int>)] {
        let scalars = Array(line.text.unicodeScalars)
        let from = max(0, scalars.count - after.unicodeScalars.count)
        var end = from
        while end < scalars.count, !(scalars[end] == "." && (end + 1 == scalars.count || scalars[end + 1].properties.isWhitespace)) { end += 1 }
        let text = String(String.UnicodeScalarView(scalars[from..<end]))
        guard text.contains(where: { $0 == "f" || $0 == "F" }) else { return [] }
        let ns = text as NSString
        // (Offsets in scalars, as fragments count, from the line's start.)
        func offset(_ utf16: Int) -> Int { from + ns.substring(to: utf16).unicodeScalars.count }
        return ownValueClause.matches(in: text, range: NSRange(location: 0, length: ns.length)).compactMap { m -> (clause: Fragment, range: Range<Int>)? in
            let sample = m.range(at: 1), verb = m.range(at: 2), value = m.range(at: 3)
            guard ns.substring(with: value).contains(where: \.isNumber) else { return nil }
            let start = offset(sample.location)
            let clause = line.slice(start..<offset(value.location + value.length))
                .replacing([(0..<0, "dL/d"), ((offset(verb.location) - start)..<(offset(verb.location + verb.length) - start), " = ")])
            return (clause, offset(m.range.location)..<offset(m.range.location + m.range.length))
        }
    }

    /// A clause of `ownValueClauses`: the sample, the words that give it its
    /// value, and the value (captured in turn).
    private static let ownValueClause = try! NSRegularExpression(pattern: #"""
        (?ix) (?: (?:,\s*|\s+) (?:and|but|except(?:\s+for)?|apart\s+from|besides|while|whereas) \s+ | ;\s* )
        (f_?\{?[1-9]\}?|f[₁-₉])
        ( \s*,?\s* (?: (?:which|that) \s+ | whose \s+ (?:gradient|derivative|grad) \s+ )?
          (?:gets|has|is|receives|takes|equals|=|:) \s* )
        ( [-−+*·/()\s0-9₀-₉fF_{}]*? [0-9₀-₉)}] )
        (?= \s* (?:[,;]|$) )
        """#)
}
