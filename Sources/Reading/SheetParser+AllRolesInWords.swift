import Foundation
import CoursecheckNotation

extension SheetParser {
    /// A plain-text line of Question 2 or 3 that gives all three
    /// derivatives one value in words (`all 0`, `all three grads are 0`,
    /// `the gradients are all zero`, `inactive -> L = 0 -> all three grads
    /// are 0`, `all 0 (hinge inactive so L = 0, constant)`), as the maths
    ///
    /// ```
    /// dL/df_a = dL/df_p = dL/df_n = 0
    /// ```
    ///
    /// placed at the value. One clause of the line (between arrows, `;`,
    /// `,`, `:`, brackets, or "so"/"hence"/"thus") is only the words of
    /// such a value: "all" or "three" (or a plural of derivatives) over
    /// `0` or "zero", nothing else but a verb. The rest of the line may
    /// say why (the loss, the hinge) but names no sample, no role and no
    /// derivative: a line that does ("all 0 except f_a") is left as it is.
    /// Nil for any other line.
    static func allRolesInWords(_ line: Fragment) -> Fragment? {
        let text = String(line.text)
        guard !mentionsSamplesOrDerivatives(text) else { return nil }
        let scalars = Array(text.unicodeScalars)
        // The clauses: cut at arrows, `;`, `,`, `:`, brackets.
        var cuts: [Int] = [0]
        var k = 0
        while k < scalars.count {
            let c = scalars[k]
            if ";,:()→⇒".unicodeScalars.contains(c) { cuts.append(k); cuts.append(k + 1) }
            if (c == "-" || c == "=") && k + 1 < scalars.count && scalars[k + 1] == ">" { cuts.append(k); cuts.append(k + 2); k += 1 }
            k += 1
        }
        cuts.append(scalars.count)
        var found: Range<Int>?
        for n in stride(from: 0, to: cuts.count - 1, by: 2) where cuts[n] < cuts[n + 1] {
            let clause = String(String.UnicodeScalarView(scalars[cuts[n]..<cuts[n + 1]]))
            guard let value = allValueClause(clause) else { continue }
            // (Two such clauses: which is the answer is not plain.)
            guard found == nil else { return nil }
            let offset = cuts[n] + clause.unicodeScalars.distance(from: clause.unicodeScalars.startIndex, to: value.lowerBound.samePosition(in: clause.unicodeScalars)!)
            found = offset..<(offset + clause[value].unicodeScalars.count)
        }
        guard let value = found else { return nil }
        // (A line naming the three roles gives them no other value outside
        // the clause: `0 for the anchor, f_p - f_a for the positive` is no
        // value for all three.)
        if rolesNamed(text) {
            let clause = cuts.indices.dropLast().first { cuts[$0] <= value.lowerBound && value.upperBound <= cuts[$0 + 1] }.map { cuts[$0]..<cuts[$0 + 1] }
            let rest = String(String.UnicodeScalarView(scalars.indices.filter { !(clause?.contains($0) ?? false) }.map { scalars[$0] }))
            let bare = roleSample.stringByReplacingMatches(in: rest, range: NSRange(rest.startIndex..., in: rest), withTemplate: " ")
            if bare.unicodeScalars.contains(where: { Prose.isDigit($0) || "−+-=*/·×".unicodeScalars.contains($0) })
                || bare.lowercased().contains("zero") { return nil }
        }
        let at = line.location(at: value.lowerBound)
        var builder = FragmentBuilder()
        builder.append("dL/df_a = dL/df_p = dL/df_n = ", at: at)
        let written = String(String.UnicodeScalarView(scalars[value]))
        if written.lowercased() == "zero" { builder.append("0", at: at) } else { builder.append(line.slice(value)) }
        return builder.build(or: line.start)
    }

    /// The value of a clause that gives all the derivatives it speaks of one
    /// value in words: `all 0`, `all three grads are 0`, `so the three
    /// gradients are zero`, `gradients are all 0`, `all three partial
    /// derivatives are zero` ("partial" before the derivatives' word),
    /// `… are zero as well` ("as well", "too", "also" after the value: the
    /// same value again, read as any other);
    /// nil otherwise.
    private static func allValueClause(_ clause: String) -> Range<String.Index>? {
        guard let match = allValuePattern.firstMatch(in: clause, range: NSRange(clause.startIndex..., in: clause)),
              let value = Range(match.range(at: 1), in: clause) else { return nil }
        // All three are covered: "all", "three", "every", "each", or derivatives in the plural.
        let words = clause.lowercased().split { !$0.isLetter && !$0.isNumber }
        guard words.contains(where: { ["all", "three", "3", "every", "each", "grads", "gradients", "derivatives", "derivs", "partials", "anchor", "positive", "negative"].contains($0) })
        else { return nil }
        return value
    }

    /// `allValueClause`'s shape, compiled once: who (all, the three, every
    /// gradient), a verb, an adverb that changes nothing (`trivially`,
    /// `just`), the value, then only words saying for whom or when (`for
    /// all three embeddings`, `in this case`, `as well`).
    private static let allValuePattern: NSRegularExpression = {
        let derivatives = #"(?:(?:partial\s+)?(?:grads?|gradients?|derivatives?|derivs?)|partials?)"#
        let adverbs = #"(?:trivially|simply|just|identically|exactly|all|both)"#
        let trailing = #"(?:\s+(?:as\s+well|too|also|here|in\s+this\s+case|in\s+that\s+case|(?:for|of)\s+(?:all\s+(?:three|3)|each|every\s+one|all|the\s+(?:anchor|positive|negative))(?:\s+(?:of\s+them|embeddings|samples|vectors|roles))?))*"#
        let pattern = #"^\s*(?i:(?:so|hence|thus|therefore|then)\s+)?(?i:(?:all|the|every|each)\s+)?(?i:(?:three|3)\s+)?(?i:"# + derivatives
            + #"\s+)?(?i:(?:are|is|=)\s*)?(?i:"# + adverbs + #"\s+)?(0|(?i:zero))(?i:"# + trailing + #")\s*\.?\s*$"#
        return try! NSRegularExpression(pattern: pattern)
    }()

    /// A role's sample anywhere in a text (`f_a`, `fₙ`).
    private static let roleSample = try! NSRegularExpression(pattern: #"(?<![A-Za-z])f\s*_?\{?[apnₐₚₙ]\}?"#)
    /// A derivative's sign or head.
    private static let derivativeSign = try! NSRegularExpression(pattern: #"[∂∇]|\bd\w*\s*/\s*d|\bgrad_|\\partial|\\nabla"#)
    /// A sign of the loss ("the loss is positive"), no role.
    private static let signOfLoss = try! NSRegularExpression(
        pattern: #"(?i)\b(?:loss|L|hinge)\s+(?:is|was|stays|remains|becomes|gets)\s+(?:strictly\s+)?(?:positive|negative)\b"#)

    /// Whether text names a sample (`f_a`, `f1`, `fₐ`), a role in words or
    /// a derivative (`∂`, `∇`, `d…/d…`, `grad_`).
    /// All three roles named, each by its letter (`fa, fp or fn`, `(f_a,
    /// f_p, f_n)`) or its word (`for the anchor, for the positive and for
    /// the negative`), and no other sample, is no mention: the sentence
    /// speaks of the three the value is for.
    private static func mentionsSamplesOrDerivatives(_ text: String) -> Bool {
        let whole = NSRange(text.startIndex..., in: text)
        if derivativeSign.firstMatch(in: text, range: whole) != nil { return true }
        var named: Set<String> = []
        for m in samplePattern.matches(in: text, range: whole) {
            guard let r = Range(m.range(at: 1), in: text) else { continue }
            guard let role = ProseWords.roleLetterNames[String(text[r])] else { return true }
            named.insert(role)
        }
        // ("the loss is positive", "L stays negative": a sign of the loss,
        // no role.)
        let spoken = signOfLoss.stringByReplacingMatches(in: text, range: whole, withTemplate: " ")
        let words = spoken.lowercased().split { !$0.isLetter }
        if words.contains(where: { ["except", "but", "only", "not", "unless", "anchors", "positives", "negatives"].contains($0) }) { return true }
        named.formUnion(words.lazy.map(String.init).filter { ["anchor", "positive", "negative"].contains($0) })
        return !named.isEmpty && named.count < 3
    }

    /// Whether text names a role at all (its letter or its word): with
    /// `mentionsSamplesOrDerivatives` false, it names all three.
    private static func rolesNamed(_ text: String) -> Bool {
        samplePattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
            || text.lowercased().split { !$0.isLetter }.contains { ["anchor", "positive", "negative"].contains($0) }
    }

    /// A sample in plain text (`f_a`, `f1`, `fₐ`), its index captured.
    private static let samplePattern = try! NSRegularExpression(pattern: #"(?<![A-Za-z])f\s*_?\{?([apn0-9ₐₚₙ₀-₉])(?![A-Za-z])"#)
}
