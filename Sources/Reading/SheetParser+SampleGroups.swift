import Foundation
import CoursecheckDocument

extension SheetParser {
    /// One sample named alone in maths: `f_1`, `f_{1}`, `f₁`.
    private static let groupSample = try! NSRegularExpression(pattern: #"^\s*f\s*(?:_\s*\{?\s*([1-9])\s*\}?|([₁-₉]))\s*$"#)
    /// One triplet's loss alone in maths: `L_1`, `L_{1}`, `L₁`, `\ell_1`.
    private static let groupLoss = try! NSRegularExpression(pattern: #"^\s*(?:L|\\ell)\s*(?:_\s*\{?\s*([1-9])\s*\}?|([₁-₉]))\s*$"#)
    /// The words a heading of a group by sample may hold around its sample.
    static let groupHeadingWords: Set<Substring> = ["gradients", "gradient", "derivatives", "derivative", "with", "respect", "to", "wrt", "w", "r", "t"]

    /// Question 5 grouped by sample: a block that only says what the
    /// derivatives after it are taken for (`**Gradients with respect to
    /// $f_1$**`, `*With respect to $f_1$:*`, `Derivatives w.r.t. $f_3$`),
    /// the sample in maths at its end: that sample; nil otherwise. Its
    /// words must say "with respect to" or "w.r.t."; any other word (`The
    /// gradient with respect to $f_1$ is …`) makes it no such heading.
    static func sampleGroupHeading(_ list: [Inline]) -> Int? {
        var words = ""
        var sample: Int?
        for inline in list {
            switch inline {
            case .text(let t):
                guard sample == nil || t.text.allSatisfy({ $0.isWhitespace || "*_:.".contains($0) }) else { return nil }
                words += " " + t.text
            case .math(let m):
                guard sample == nil, !m.display, let k = Self.digit(of: groupSample, in: m.tex.text) else { return nil }
                sample = k
            }
        }
        let said = words.lowercased().split { !$0.isLetter }
        // (Or the sample alone before a colon: `*$f_1$:*`.)
        guard let sample, said.allSatisfy(groupHeadingWords.contains), said.contains("respect") || said.contains("wrt") || said.contains("w") || (said.isEmpty && words.contains(":")),
              words.allSatisfy({ $0.isLetter || $0.isWhitespace || "*_:.".contains($0) }) else { return nil }
        return sample
    }

    /// An item of a group by sample (`- $L_3$: $f_1 - f_2$`, `- $L_6$: $f_5
    /// - f_6$ — scratch that, $f_6 - f_5$`): the triplet's loss alone in
    /// maths, a colon, then its value in maths, read as `$\frac{\partial
    /// L_{3}}{\partial f_{1}} = f_1 - f_2$` (the head at the loss's place,
    /// the value at its own), the words and maths after the value as they
    /// are. nil for any other block (a value with `=` in it, words before
    /// the loss or between it and its colon).
    static func sampleGroupItem(_ list: [Inline], sample: Int) -> [Inline]? {
        let kept = list.enumerated().filter { _, inline in
            if case .text(let t) = inline { return !t.text.allSatisfy(\.isWhitespace) }
            return true
        }
        guard kept.count >= 3, case .math(let loss) = kept[0].element, !loss.display, let k = Self.digit(of: groupLoss, in: loss.tex.text),
              case .text(let colon) = kept[1].element, colon.text.trimmingCharacters(in: .whitespaces) == ":",
              case .math(let value) = kept[2].element, !value.display, !value.tex.text.contains("="), !value.tex.text.contains(":")
        else { return nil }
        var builder = FragmentBuilder()
        builder.append("\\frac{\\partial L_{\(k)}}{\\partial f_{\(sample)}} = ", at: loss.tex.start)
        builder.append(value.tex)
        let row = MathSource(tex: builder.build(or: loss.tex.start), display: false, delimiter: loss.delimiter, location: loss.location)
        return [.math(row)] + list[(kept[2].offset + 1)...]
    }

    /// The digit a pattern's first or second group holds (`1`, or `₁` as 1).
    private static func digit(of pattern: NSRegularExpression, in text: Substring) -> Int? {
        let s = String(text)
        guard let m = pattern.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) else { return nil }
        if let r = Range(m.range(at: 1), in: s) { return Int(s[r]) }
        if let r = Range(m.range(at: 2), in: s), let v = s[r].unicodeScalars.first?.value { return Int(v) - 0x2080 }
        return nil
    }
}
