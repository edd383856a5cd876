import CoursecheckDocument
import CoursecheckNotation

extension SheetParser {
    /// A plain-text line of Question 5 that opens by stating a triplet and
    /// then gives its gradients after a wide space (two spaces or more, or
    /// a tab) or an arrow, `t1 = (1, 2, 5)   ∂L/∂f₁ = f₅ − f₂, …`, `t1 = (1,
    /// 2, 5) → ∂L/∂f₁ = …`: the statement and the rest, read as two lines
    /// (as `t1 = (1, 2, 5): ∂L/∂f₁ = …` is read, its label the part's); nil
    /// unless the text before the gap reads as one triplet's statement (as
    /// `tripletBeforeColon` reads it) and something other than another
    /// triplet's label follows (`t1 = (…)  t2 = (…)` is
    /// `separatingTriplets`'s). One space is no gap.
    ///
    /// ```
    /// t1 = (1, 2, 5)   ∂L/∂f₁ = f₅ − f₂    "t1 = (1, 2, 5)", "∂L/∂f₁ = f₅ − f₂"
    /// t1 = (1, 2, 5) → ∂L/∂f₁ = f₅ − f₂    "t1 = (1, 2, 5)", "∂L/∂f₁ = f₅ − f₂"
    /// t1 = (1, 2, 5) ∂L/∂f₁ = …            nil
    /// ```
    static func tripletGap(_ line: Fragment, maths: MathContext) -> (statement: Fragment, rest: Fragment)? {
        let scalars = Array(line.text.unicodeScalars)
        var i = 0
        while i < scalars.count, scalars[i] == " " || scalars[i] == "\t" { i += 1 }
        // (`**t1 = (1, 2, 5)** → …`: the statement in emphasis of its own.)
        let opening = i
        while i < scalars.count, scalars[i] == "*" || scalars[i] == "_", i - opening < 2 { i += 1 }
        let emphasis = scalars[opening..<i]
        guard i < scalars.count, scalars[i] == "t" || scalars[i] == "T",
              let close = scalars[i...].prefix(40).firstIndex(of: ")") else { return nil }
        var j = close + 1
        if !emphasis.isEmpty {
            guard scalars[j...].starts(with: emphasis.reversed()) else { return nil }
            j += emphasis.count
        }
        let end = j
        while j < scalars.count, scalars[j] == " " || scalars[j] == "\t" { j += 1 }
        if let arrow = tripletGapArrows.first(where: { j + $0.count <= scalars.count && scalars[j..<(j + $0.count)].elementsEqual($0) }),
           j > end, j + arrow.count < scalars.count, scalars[j + arrow.count] == " " {
            j += arrow.count
            while j < scalars.count, scalars[j] == " " || scalars[j] == "\t" { j += 1 }
        } else if !(j - end > 1 || j > end && scalars[end] == "\t") {
            return nil
        }
        // Something follows, and it is no triplet's label.
        guard j < scalars.count, !(scalars[j] == "t" || scalars[j] == "T") || j + 1 < scalars.count && Prose.isLetter(scalars[j + 1]) else { return nil }
        let statement = line.slice(i..<(close + 1))
        let span = maths.span(statement.text, plainText: true)
        guard span.items.count == 1, case .success? = TripletShape.read(span.items[0], naming: SampleNaming()) else { return nil }
        return (statement, line.slice(j..<scalars.count))
    }

    /// The arrows that may stand between a triplet's statement and its
    /// gradients (`→`, `->`, `=>`, `⇒`, `⟶`), longest first.
    private static let tripletGapArrows: [[Unicode.Scalar]] =
        ["-->", "==>", "->", "=>", "\u{2192}", "\u{27F6}", "\u{21D2}", "\u{27F9}"].map { Array($0.unicodeScalars) }
}
