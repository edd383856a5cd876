import CoursecheckMaths
import CoursecheckNotation
import Foundation

extension ModelProse {
    /// The sentence with each piece of arithmetic working that ends in a
    /// count cut down to that count, every other character of it a space
    /// (offsets kept): "the RNN has $200 \cdot 100 + 200 \cdot 200 + 2
    /// \cdot 200 = 60{,}400$ parameters", "the bi-RNN has 2 * 60,400 =
    /// 120,800 parameters" read as "the RNN has 60{,}400 parameters".
    ///
    /// Working is a maths span (`$…$`, `\(…\)`) or, outside maths, a run of
    /// numbers, brackets and the signs `+ - − * × · / =`, holding only
    /// those, with a number or a bracket before its first `=`; its count
    /// is the one number right after its last `=`, nothing after it in
    /// the span (a run ends with that number). Anything else (`d = 400`, a
    /// letter in the span, `= 2 \cdot 60{,}400` ending the span) is left as
    /// written, which leaves its sentence unread.
    static func workingCut(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out = s
        var k = 0
        // Maths spans first.
        while k < out.count {
            let open = k, close: Int, inner: Range<Int>
            if out[k] == "$" {
                guard let end = out[(k + 1)...].firstIndex(of: "$"), end > k + 1 else { k += 1; continue }
                close = end + 1
                inner = (open + 1)..<end
            } else if out[k] == "\\", k + 1 < out.count, out[k + 1] == "(" {
                guard let end = (k + 2..<max(k + 2, out.count - 1)).first(where: { out[$0] == "\\" && out[$0 + 1] == ")" }) else { k += 1; continue }
                close = end + 2
                inner = (open + 2)..<end
            } else {
                k += 1
                continue
            }
            if let count = countOfWorking(Array(out[inner]), tex: true) {
                let kept = (inner.lowerBound + count.lowerBound)..<(inner.lowerBound + count.upperBound)
                for j in open..<close where !kept.contains(j) { out[j] = " " }
            }
            k = close
        }
        // Runs of plain arithmetic.
        let allowed = Set("0123456789 ,.+-−*×·/()=".unicodeScalars)
        // (`2 x 241,600`: a letter x between numbers multiplies.)
        func timesX(_ j: Int) -> Bool {
            guard out[j] == "x" || out[j] == "X" else { return false }
            let before = out[..<j].last { $0 != " " }, after = out[(j + 1)...].first { $0 != " " }
            return before.map { ("0"..."9").contains($0) || $0 == ")" } == true && after.map { ("0"..."9").contains($0) || $0 == "(" } == true
        }
        k = 0
        while k < out.count {
            guard allowed.contains(out[k]) else { k += 1; continue }
            var end = k
            while end < out.count, allowed.contains(out[end]) || timesX(end) { end += 1 }
            // (Trimmed to its first digit or bracket: a comma before it parts clauses.)
            var start = k
            while start < end, !(("0"..."9").contains(out[start]) || out[start] == "(") { start += 1 }
            let run = (start..<end).map { timesX($0) ? "*" : out[$0] }
            if start < end, run.contains("="), let count = countOfWorking(run, tex: false) {
                let kept = (start + count.lowerBound)..<(start + count.upperBound)
                for j in start..<(start + count.upperBound) where !kept.contains(j) { out[j] = " " }
            }
            k = end
        }
        return out
    }

    /// The sentence with each bracketed working blanked, every character of
    /// it a space (offsets kept), and the working each bracket held, left
    /// to right: "The bi-LSTM has 483,200 parameters (2·241,600)", "… has
    /// 1,446,400 weights (483,200 + 2 × 4 × (200·400 + 200·200 + 2·200))"
    /// read as "The bi-LSTM has 483,200 parameters". The working supports
    /// the count beside it; it is no answer of its own.
    ///
    /// A bracketed working is `(`…`)` (brackets nested inside it) holding
    /// numbers, brackets, spaces and the signs `+ - − * × · ⋅ / ^` (a letter
    /// `x` between numbers multiplies) only, with at least one sign after a
    /// number or a bracket: `(2·60,400)`, `(60,000 + 400)`. A bracket with
    /// an `=` (`(= 60,400)`, a result: see `workingCut`), a word (`(2
    /// directions)`), a percentage (`(84.4 %)`) or one number alone
    /// (`(60,400)`) is left as written.
    static func bracketedWorking(_ s: [Unicode.Scalar]) -> (blanked: [Unicode.Scalar], workings: [(range: Range<Int>, text: String)]) {
        var out = s
        var workings: [(range: Range<Int>, text: String)] = []
        var k = 0
        while k < s.count {
            guard s[k] == "(", let close = closingBracket(s, from: k) else { k += 1; continue }
            let inner = Array(s[(k + 1)..<close])
            if isArithmetic(inner) {
                for j in k...close { out[j] = " " }
                workings.append((k..<(close + 1), String(String.UnicodeScalarView(inner)).trimmingWhitespace()))
            }
            k = close + 1
        }
        return (out, workings)
    }

    /// The index of the `)` that closes the `(` at `open`; nil when none does.
    static func closingBracket(_ s: [Unicode.Scalar], from open: Int) -> Int? {
        var depth = 0
        for j in open..<s.count {
            if s[j] == "(" { depth += 1 } else if s[j] == ")" { depth -= 1 }
            if depth == 0 { return j }
        }
        return nil
    }

    /// Whether `inner` is plain arithmetic with a sign in it (see
    /// `bracketedWorking`): `2·241,600`, `4 x (200·100 + 200·200 + 2·200)`.
    static func isArithmetic(_ inner: [Unicode.Scalar]) -> Bool {
        func isDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }
        var signed = false
        var last: Unicode.Scalar?
        for (j, c) in inner.enumerated() {
            // (`2 x 241,600`: a letter x between numbers multiplies.)
            let times = (c == "x" || c == "X") && last.map { isDigit($0) || $0 == ")" } == true
                && inner[(j + 1)...].first { $0 != " " }.map { isDigit($0) || $0 == "(" } == true
            guard arithmeticScalars.contains(c) || times else { return false }
            if arithmeticSigns.contains(c) || times, last.map({ isDigit($0) || $0 == ")" }) == true { signed = true }
            if c != " " { last = c }
        }
        return signed && inner.contains(where: isDigit)
    }

    /// What plain arithmetic is written with, and its signs.
    private static let arithmeticScalars = Set("0123456789 ,.+-−*×·⋅/^()\u{A0}\u{2009}\u{202F}".unicodeScalars)
    private static let arithmeticSigns = Set("+-−*×·⋅/^".unicodeScalars)

    /// The count after working's last `=`, in TeX and in plain text, compiled once.
    private static let texCount = try! NSRegularExpression(pattern: #"^\s*(\d{1,3}(?:(?:,|\{,\}|\\,)\d{3})+|\d+)\s*$"#)
    private static let plainCount = try! NSRegularExpression(pattern: #"^\s*(\d{1,3}(?:,\d{3})+|\d+)(?![\d.,]*\d)"#)

    /// The offsets of the count `working` ends in, or nil when it is not
    /// working (see `workingCut`). In TeX (`tex`) the number may be grouped
    /// by `{,}` or `\,` and the signs are `\cdot`, `\times`, `\ast`;
    /// spacing commands and `\left`/`\right` are nothing; outside TeX a
    /// run may go on after the number (`= 483,200 (84.4 %)`).
    static func countOfWorking(_ working: [Unicode.Scalar], tex: Bool) -> Range<Int>? {
        guard let last = working.lastIndex(of: "="), let first = working.firstIndex(of: "=") else { return nil }
        // Before the first `=`: numbers and signs only, ending in a number or a bracket.
        var left = String(String.UnicodeScalarView(working[..<first]))
        if tex {
            left = left.replacingOccurrences(of: #"\\(?:cdot|times|ast|left|right|[,;:! ])|\{,\}|[{}]"#, with: " ", options: .regularExpression)
        }
        let signs = Set("0123456789 ,.+-−*×·/()".unicodeScalars)
        guard left.unicodeScalars.allSatisfy(signs.contains),
              let closing = left.unicodeScalars.last(where: { $0 != " " }), ("0"..."9").contains(closing) || closing == ")" else { return nil }
        // Between the `=` signs: the same.
        var middle = String(String.UnicodeScalarView(working[first..<last]))
        if tex {
            middle = middle.replacingOccurrences(of: #"\\(?:cdot|times|ast|left|right|[,;:! ])|\{,\}|[{}]"#, with: " ", options: .regularExpression)
        }
        guard middle.unicodeScalars.allSatisfy({ signs.contains($0) || $0 == "=" }) else { return nil }
        // After the last `=`: one number (in TeX, and nothing else).
        let after = String(String.UnicodeScalarView(working[(last + 1)...]))
        guard let m = (tex ? texCount : plainCount).firstMatch(in: after, range: NSRange(after.startIndex..., in: after)),
              let r = Range(m.range(at: 1), in: after) else { return nil }
        let from = last + 1 + after[..<r.lowerBound].unicodeScalars.count
        return from..<(from + after[r].unicodeScalars.count)
    }

    /// Whether the grammar's arithmetic reads every side of the working and
    /// they do not all have one value (thousands' separators dropped first).
    /// Working it cannot read contradicts nothing.
    static func contradicts(_ working: [Unicode.Scalar], tex: Bool) -> Bool {
        var text = String(String.UnicodeScalarView(working))
        text = text.replacingOccurrences(of: #"\{,\}|\\,(?=\d{3})|(?<=\d),(?=\d{3}(?!\d))"#, with: "", options: .regularExpression)
        // (`2 x 241,600`: a letter x between numbers multiplies.)
        text = text.replacingOccurrences(of: #"(?<=[\d)] ?)[xX](?= ?[\d(])"#, with: "*", options: .regularExpression)
        let span = MathSpan(text, plainText: !tex)
        guard span.items.count == 1 else { return false }
        let sides = span.items[0].sides
        guard sides.count >= 2, sides.dropFirst().allSatisfy({ $0.relation == .equals }),
              let values = try? Statements.chain(sides, in: span.tree, allowed: [], mode: .count),
              values.count == sides.count, let first = values.first, first.isConstant else { return false }
        return values.contains { $0 != first }
    }
}
