/// The tokenizer every split and the vocabulary go through
/// (`coursecheck-tokens/1`), deterministic and documented:
///
/// 1. HTML line breaks (`<br>`, `<br/>`, `<br />`, any case) are white space;
/// 2. the text is lower-cased (Unicode's default case mapping);
/// 3. a token is a maximal run of letters, digits and combining marks, or a
///    single other character that is not white space (punctuation, symbols,
///    apostrophes: `don't!` → `don`, `'`, `t`, `!`);
/// 4. only the first `limit` tokens are kept (`--max-length`).
public enum Tokenizer {
    public static let name = "coursecheck-tokens/1"

    /// The tokens of `text`, at most `limit`.
    public static func tokens(_ text: String, limit: Int = .max) -> [String] {
        var out: [String] = []
        var word = String.UnicodeScalarView()
        let scalars = Array(text.lowercased().unicodeScalars)
        var k = 0
        func flush() {
            if !word.isEmpty {
                out.append(String(word))
                word = String.UnicodeScalarView()
            }
        }
        while k < scalars.count, out.count < limit {
            let c = scalars[k]
            if c == "<", let end = lineBreak(scalars, at: k) {
                flush()
                k = end
                continue
            }
            if isWordScalar(c) {
                word.append(c)
            } else {
                flush()
                if !c.properties.isWhitespace, out.count < limit { out.append(String(c)) }
            }
            k += 1
        }
        if out.count < limit { flush() }
        return out
    }

    /// Letters, digits and combining marks; ASCII decided without a table.
    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII {
            let v = c.value
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A)
        }
        let p = c.properties
        if p.isAlphabetic || p.numericType != nil { return true }
        switch p.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// The index after `<br>`, `<br/>` or `<br />` starting at `k`, or nil.
    static func lineBreak(_ s: [Unicode.Scalar], at k: Int) -> Int? {
        guard k + 3 < s.count, s[k + 1] == "b", s[k + 2] == "r" else { return nil }
        var j = k + 3
        while j < s.count, s[j] == " " { j += 1 }
        if j < s.count, s[j] == "/" { j += 1 }
        return j < s.count && s[j] == ">" ? j + 1 : nil
    }
}
