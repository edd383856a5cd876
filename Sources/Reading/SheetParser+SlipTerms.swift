import Foundation

extension SheetParser {
    /// A correction that names the term it had slipped, then gives the
    /// result again after a colon:
    ///
    /// ```
    /// … = A — scratch that, I lost the $f_3$ term: $B$
    /// … = A, sorry, I forgot the f3 term: B
    /// ```
    ///
    /// The sample named before `term` is the sum's term the words speak
    /// of, not a derivative the value answers: the sample's maths is taken
    /// into the value's words (as `the sample term:`), so that the value is
    /// read as the corrected result of the answer before it
    /// (`correctsResult`), never as that sample's answer. Only a lone sample
    /// right before `term:` (or `terms:`), in the same paragraph as the
    /// value, after words that open on a correction (`CorrectionWords.resultOpenings`).
    static func slippedTermsNamed(_ pieces: [MathFragment]) -> [MathFragment] {
        guard pieces.count > 1 else { return pieces }
        var result: [MathFragment] = []
        var i = 0
        while i < pieces.count {
            let piece = pieces[i]
            if i + 1 < pieces.count, case let next = pieces[i + 1], next.paragraph == piece.paragraph,
               Self.matches(Self.loneSample, String(piece.fragment.text)), Self.matches(Self.termColon, next.proseBefore),
               Self.opensSlipCorrection(piece.proseBefore) {
                var merged = next
                merged.proseBefore = piece.proseBefore + "sample" + next.proseBefore
                result.append(merged)
                i += 2
                continue
            }
            result.append(piece)
            i += 1
        }
        return result
    }

    /// Whether words open on a correction and say what slipped
    /// (`— scratch that, I lost the`, `, sorry, I forgot the`).
    static func opensSlipCorrection(_ before: String) -> Bool {
        let words = before.lowercased().split { !$0.isLetter }.map(String.init)
        guard let opening = CorrectionWords.resultOpenings.first(where: { words.starts(with: $0) }) else { return false }
        return words.dropFirst(opening.count).contains(where: CorrectionWords.slips.contains)
    }

    /// A lone sample, TeX or plain: `f_3`, `f_{3}`, `f3`, `f₃`.
    static let loneSample = try! NSRegularExpression(pattern: #"^\s*f\s*(?:_\s*\{?\s*[1-9]\s*\}?|[1-9]|[₁-₉])\s*$"#)
    /// The words between such a sample and the value: `term:`, `terms:`.
    static let termColon = try! NSRegularExpression(pattern: #"^\s*terms?\s*:\s*$"#)

    static func matches(_ expression: NSRegularExpression, _ text: String) -> Bool {
        expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}
