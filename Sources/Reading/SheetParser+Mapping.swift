extension SheetParser {
    /// A gradient written as a mapping from samples to values, as in code:
    /// `grad = {f_a: 0, f_p: 0, f_n: 0}`, `dL1 = {f1: f5 - f2, f2: f2 - f1, …}`.
    /// One maths a key, `\frac{\partial L}{\partial f_a} = value` (the loss
    /// labelled by the name's number, `dL1` → `L_1`), each value placed at
    /// its text. The name must be a gradient's (`grad`, `gradient`, `∇L`,
    /// `\nabla L`, `dL`, with a number or not), every key a sample (`f_a`,
    /// `f1`, `f_{3}`) once, and the braces all there is after `=`; any
    /// other maths is left as it is.
    static func mappingRows(_ piece: MathFragment) -> [MathFragment] {
        let text = piece.fragment.text
        guard text.containsBytes("{"), text.containsBytes(":") else { return [piece] }
        let scalars = Array(text.unicodeScalars)
        guard let equals = scalars.firstIndex(of: "="), var open = scalars[(equals + 1)...].firstIndex(where: { !$0.properties.isWhitespace }),
              scalars[open] == "{" || (scalars[open] == "\\" && open + 1 < scalars.count && scalars[open + 1] == "{") else { return [piece] }
        if scalars[open] == "\\" { open += 1 }
        // The name: letters, digits and the gradient's marks only.
        let name = String(String.UnicodeScalarView(scalars[..<equals])).lowercased()
            .filter { !" \t\\{}_".contains($0) }.replacingOccurrences(of: "nabla", with: "∇")
        let label = name.drop { !$0.isNumber }
        let stem = name.prefix { !$0.isNumber }
        guard ["grad", "gradl", "gradient", "∇", "∇l", "dl", "gradientl"].contains(stem), label.count <= 2,
              label.allSatisfy(\.isNumber), name.hasSuffix(label) else { return [piece] }
        // The braces' body, to the matching `}` (`\}`), nothing but space after.
        var depth = 0, close: Int?
        var i = open
        while i < scalars.count {
            if scalars[i] == "{" { depth += 1 }
            if scalars[i] == "}" { depth -= 1; if depth == 0 { close = i; break } }
            i += 1
        }
        guard var close else { return [piece] }
        var after = close + 1
        while after < scalars.count, scalars[after].properties.isWhitespace || scalars[after] == "." { after += 1 }
        guard after == scalars.count else { return [piece] }
        if close > open + 1, scalars[close - 1] == "\\" { close -= 1 }
        // Entries at top-level commas: `key: value`.
        var entries: [(key: String, value: Range<Int>)] = []
        var start = open + 1, level = 0
        func entry(_ end: Int) -> Bool {
            guard let colon = scalars[start..<end].firstIndex(of: ":") else { return false }
            let key = String(String.UnicodeScalarView(scalars[start..<colon])).filter { !" \t{}_\\'\"".contains($0) }.lowercased()
            var lower = colon + 1
            while lower < end, scalars[lower].properties.isWhitespace { lower += 1 }
            var upper = end
            while upper > lower, scalars[upper - 1].properties.isWhitespace { upper -= 1 }
            guard upper > lower else { return false }
            entries.append((key, lower..<upper))
            return true
        }
        i = open + 1
        while i < close {
            switch scalars[i] {
            case "(", "[", "{": level += 1
            case ")", "]", "}": level -= 1
            case "," where level == 0:
                guard entry(i) else { return [piece] }
                start = i + 1
            default: break
            }
            i += 1
        }
        guard entry(close), entries.count >= 2 else { return [piece] }
        // Every key a sample, each once.
        var samples: [String] = []
        for (key, _) in entries {
            guard key.hasPrefix("f"), key.count >= 2, key.dropFirst().allSatisfy({ $0.isNumber }) || ["a", "p", "n"].contains(key.dropFirst()) else { return [piece] }
            samples.append("f_" + key.dropFirst())
        }
        guard Set(samples).count == samples.count else { return [piece] }
        let loss = label.isEmpty ? "L" : "L_{\(label)}"
        var result: [MathFragment] = []
        for ((_, value), sample) in zip(entries, samples) {
            var builder = FragmentBuilder()
            builder.append("\\frac{\\partial \(loss)}{\\partial \(sample)} = ", at: piece.fragment.location(at: value.lowerBound))
            builder.append(piece.fragment.slice(value))
            result.append(MathFragment(fragment: builder.build(or: piece.fragment.start), proseBefore: result.isEmpty ? piece.proseBefore : "",
                                       display: piece.display, plainText: piece.plainText))
        }
        return result
    }
}
