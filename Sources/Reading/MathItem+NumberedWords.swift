import CoursecheckNotation

extension MathItem {
    /// The end of a word that starts with a number joined to it by a
    /// hyphen, all written together: `3-dim`, `2-norm`, `10-fold`, `1-D`,
    /// `3-d` (letters after the hyphen: two or more that are not a sample,
    /// or the one letter D of a dimension); nil for anything else
    /// (`2-f_1`, `1-a`, `3 - dim`). `joined(offset)` says whether the
    /// character at a source offset is no space.
    static func numberedWord(_ nodes: [MathNode], at i: Int, naming: SampleNaming, joined: (Int) -> Bool) -> Int? {
        guard i + 2 < nodes.count, case .atom(let t, _) = nodes[i].kind, case .number(let digits) = t.kind, !digits.contains("."),
              NodeShapes.operation(nodes[i + 1]) == .minus,
              joined(nodes[i + 1].range.lowerBound - 1), joined(nodes[i + 1].range.upperBound) else { return nil }
        var end = i + 2
        var word = String.UnicodeScalarView()
        while end < nodes.count, case .atom(let l, nil) = nodes[end].kind, case .letter(let c) = l.kind, c.isASCII,
              end == i + 2 || joined(nodes[end].range.lowerBound - 1) {
            word.append(c)
            end += 1
        }
        let dimension = word.count == 1 && (word.first == "D" || word.first == "d")
        guard dimension || word.count >= 2 && SampleShape.read(nodes, at: i + 2, naming: naming) == nil else { return nil }
        return end
    }
}
