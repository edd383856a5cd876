import CoursecheckMaths
import CoursecheckNotation
import Foundation

/// How a row of Question 5's answer table names its triplet when it gives
/// the triplet's members (`1: (1, 2, 5)`, `t_1 = (f_1, f_2, f_5)`, `5.1
/// (1,2,5)`, `Triplet 1: (f₁, f₂, f₅)`, `(1, 2, 5)`) or a number alone
/// (`3`, `#3` under a column per sample's derivative). Members are checked
/// against the assignment: a row is read as triplet k only when its
/// members are t_k's; otherwise it is for a person, never graded against
/// the triplet its index names.
extension AnswerTable {
    /// The index (nil when none is written) and members of a row label that
    /// ends in one triplet's members in brackets; nil for any other label.
    ///
    /// ```
    /// 1: (1, 2, 5)                 (1, [1, 2, 5])
    /// t_1 = (f_1, f_2, f_5)        (1, [1, 2, 5])
    /// Triplet 3 (2,1,6)            (3, [2, 1, 6])
    /// 5.4: (f₂, f₃, f₄)            (4, [2, 3, 4])
    /// (6, 4, 2)                    (nil, [6, 4, 2])
    /// Q5.4 (t4)                    nil: no members
    /// ```
    /// `words`: the cell's text, maths delimiters and emphasis aside;
    /// `inMaths`: whether the cell held maths (its members are read as TeX
    /// first, then as plain text).
    static func indexedMembers(_ words: String, inMaths: Bool, maths: MathContext) -> (Int?, [Int])? {
        let scalars = Array(words.unicodeScalars)
        guard let open = scalars.firstIndex(where: { $0 == "(" || $0 == "[" || $0 == "⟨" }) else { return nil }
        var end = scalars.count
        while end > open, scalars[end - 1] == " " || scalars[end - 1] == "\t" || scalars[end - 1] == ":" { end -= 1 }
        guard end > open, ")]⟩".unicodeScalars.contains(scalars[end - 1]) else { return nil }
        guard let index = labelIndex(Array(scalars[..<open])) else { return nil }
        let written = Substring(String(String.UnicodeScalarView(scalars[open..<end])))
        for plain in inMaths ? [false, true] : [true] {
            let span = maths.span(written, plainText: plain)
            if span.items.count == 1, let t = TripletShape.readUnlabelled(span.items[0]), t.from == nil {
                return (index, t.members)
            }
        }
        return nil
    }

    /// The index a label before a triplet's members gives: `.some(nil)` when
    /// there is none (the members alone), `.some(k)` for `1`, `#1`, `No. 1`,
    /// `t_1`, `t1`, `Triplet 1`, `5.1`, `Q5.1`, `5.1: t_1` (each may close on
    /// `:`, `=`, `.`, `)` or a dash), nil for anything else.
    static func labelIndex(_ label: [Unicode.Scalar]) -> Int?? {
        var end = label.count
        while end > 0, " \t:=.)-–—".unicodeScalars.contains(label[end - 1]) { end -= 1 }
        guard end > 0 else { return .some(nil) }
        let scalars = Array(label[..<end])
        let text = String(String.UnicodeScalarView(scalars)).lowercased()
        if let k = rowNumber(text) { return .some(k) }
        if text.hasPrefix("triplet"), let k = Int(String(text.dropFirst("triplet".count)).trimmingWhitespace()), (1...99).contains(k) { return .some(k) }
        if let (k, stop) = SheetSection.tripletLetter(scalars, from: 0), stop == scalars.count { return .some(k) }
        if let k = subQuestion(text) { return .some(k) }
        return nil
    }

    /// A row label that names its triplet twice, by one name and another
    /// in brackets after it: the triplet when both name the same one,
    /// `.mislabelled` (for a person) when they name two; nil when the label
    /// is not two such names. A name is Question 5's part (`5.1`, `Q5.1`),
    /// the triplet's letter (`t_1`, `t₁`, `Triplet 1`) or its loss, alone
    /// or under the derivative's sign (`L_1`, `∂L_1`, `\partial L_1`).
    ///
    /// ```
    /// 5.1 (t₁)            .triplet(1)
    /// \partial L_1 (5.1)  .triplet(1)
    /// L_2 (Q5.2)          .triplet(2)
    /// 5.3 (t_2)           .mislabelled
    /// 5.1 (f_1, f_2, f_5) nil: members (`indexedMembers`)
    /// ```
    /// `words`: the cell's text, maths delimiters aside and TeX's text
    /// words as words.
    static func namedTwice(_ words: String) -> Key? {
        let text = subscriptDigitsWritten(words).trimmingWhitespace()
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "("), open > text.startIndex else { return nil }
        let first = String(text[..<open]), second = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
        guard let a = namedIndex(first), let b = namedIndex(second) else { return nil }
        return a == b ? .triplet(a) : .mislabelled
    }

    /// The triplet one name in a row label gives (`5.1`, `Q5.1`, `t_1`,
    /// `t1`, `Triplet 1`, `L_1`, `\partial L_1`, `∂L₁`), nil for anything
    /// else (`namedTwice`).
    static func namedIndex(_ name: String) -> Int? {
        var lower = subscriptDigitsWritten(name).lowercased().trimmingWhitespace()
        while let last = lower.last, ":=-–—".contains(last) { lower = String(lower.dropLast()).trimmingWhitespace() }
        guard !lower.isEmpty, !lower.contains("(") else { return nil }
        if let k = subQuestion(lower) { return k }
        let scalars = Array(lower.unicodeScalars)
        if let (k, stop) = SheetSection.tripletLetter(scalars, from: 0), stop == scalars.count { return k }
        if lower.hasPrefix("triplet"), let k = Int(String(lower.dropFirst("triplet".count)).trimmingWhitespace()), (1...99).contains(k) { return k }
        return lossIndex(lower)
    }

    /// k of one triplet's loss named alone, under the derivative's sign or
    /// in words (`l_1`, `\partial l_1`, `gradient of l_1`; lower case,
    /// subscripts written as digits); nil for anything else.
    static func lossIndex(_ lower: String) -> Int? {
        let text = lower.trimmingWhitespace()
        let range = NSRange(text.startIndex..., in: text)
        guard let match = Self.lossName.firstMatch(in: text, range: range), let digits = Range(match.range(at: 1), in: text),
              let k = Int(text[digits]), (1...99).contains(k) else { return nil }
        return k
    }

    /// One triplet's loss by its index, under the derivative's sign, after
    /// the derivative's word or alone (lower case): `l_1`, `l_{1}`, `l1`,
    /// `\partial l_1`, `∂l_1`, `\nabla l_1`, `\ell_1`, `ℓ1`, `gradient of
    /// l_1`, `derivative of l_1`, `grad l_1`.
    static let lossName = try! NSRegularExpression(
        pattern: #"^(?:\\partial|∂|\\nabla|∇|(?:gradients?|derivatives?|grad)(?:\s+of)?\s)?\s*(?:l|\\ell|ℓ)\s*_?\s*\{?\s*(\d{1,2})\s*\}?$"#)

    /// Text with the digits written as subscripts (`₀` to `₉`) written as
    /// digits: `t₁` is `t1`, `f₁₂` is `f12`.
    static func subscriptDigitsWritten(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { (0x2080...0x2089).contains($0.value) }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            (0x2080...0x2089).contains(scalar.value) ? Unicode.Scalar(scalar.value - 0x2080 + 0x30)! : scalar
        }))
    }

    /// A row's number alone: `3`, `3.`, `#3`, `No. 3`, `Nr 3` (1 to 99); nil otherwise.
    static func rowNumber(_ text: String) -> Int? {
        var rest = Substring(text.lowercased().filter { $0 != "*" && $0 != "$" && $0 != "`" }.trimmingWhitespace())
        for prefix in ["#", "no.", "no", "nr.", "nr", "n°"] where rest.hasPrefix(prefix) {
            rest = rest.dropFirst(prefix.count).drop { $0 == " " }
            break
        }
        while let last = rest.last, ".:)".contains(last) { rest = rest.dropLast() }
        guard !rest.isEmpty, rest.count <= 2, rest.allSatisfy({ $0.isASCII && $0.isNumber }), let k = Int(rest), (1...99).contains(k) else { return nil }
        return k
    }

    /// A row label read as members, placed: the assignment's triplet with
    /// those members (that of its index, when it gives one), or
    /// `.mislabelled`. Without the assignment's triplets, the index as
    /// written (members alone name nothing).
    static func resolved(_ key: Key, triplets: [[Int]]) -> Key {
        guard case let .members(index, members, text) = key else { return key }
        guard !triplets.isEmpty else { return index.map(Key.triplet) ?? .other(text) }
        if let k = index { return triplets.indices.contains(k - 1) && triplets[k - 1] == members ? .triplet(k) : .mislabelled }
        let matching = triplets.indices.filter { triplets[$0] == members }
        return matching.count == 1 ? .triplet(matching[0] + 1) : .mislabelled
    }

    /// Rows named by a number alone (`3`, `#3`, `No. 3`) under a header whose
    /// every column after the first is one sample's derivative (two or
    /// more; a column of Question 6's sums may stand beside them), the corner
    /// empty or naming the rows' numbers (`#`, `k`, `No.`): the columns are
    /// the samples, so each row is a triplet and its number that triplet's.
    /// Only when every row left unnamed is such a number, each once.
    static func numberedTripletRows(_ rowKeys: [Key], header: [Key], corner: String?) -> [Key] {
        let columns = header.dropFirst()
        let sampleColumns = columns.filter { if case .head(.sample, nil) = $0 { true } else { false } }
        // (Or a column per role's derivative, `| # | (a, p, n) | ∂L/∂fₐ | ∂L/∂fₚ | ∂L/∂fₙ |`:
        // roles are a triplet's, so each row is one; a column of the roles'
        // members may stand beside them.)
        let roleColumns = columns.filter { key in Symbol.roles.contains { key == .head($0, label: nil) } }
        let membersColumns = columns.filter { if case .other(let text) = $0 { Self.membersHeaders.contains(text.lowercased().filter { !" $*`".contains($0) }) } else { false } }
        let derivativeColumns = sampleColumns.count >= 2 ? sampleColumns.count : roleColumns.count == 3 ? roleColumns.count + membersColumns.count : 0
        guard derivativeColumns >= 2, derivativeColumns + columns.filter({ if case .question = $0 { true } else { false } }).count == columns.count,
              ["", "#", "k", "no", "no.", "nr", "nr."].contains(corner ?? "") else { return rowKeys }
        let numbers = rowKeys.map { key -> Int? in if case .other(let text) = key { rowNumber(text) } else { nil } }
        let unnamed = rowKeys.indices.filter { if case .other = rowKeys[$0] { true } else { false } }
        guard !unnamed.isEmpty, unnamed.allSatisfy({ numbers[$0] != nil }),
              Set(unnamed.compactMap { numbers[$0] }).count == unnamed.count else { return rowKeys }
        return rowKeys.indices.map { numbers[$0].map(Key.triplet) ?? rowKeys[$0] }
    }

    /// Headers of a column of each triplet's members beside its role
    /// columns (lower case, spaces and emphasis aside): `(a, p, n)`,
    /// `(anchor, positive, negative)`, `members`, `triplet`.
    static let membersHeaders: Set<String> = ["(a,p,n)", "(f_a,f_p,f_n)", "(fa,fp,fn)", "(anchor,positive,negative)", "members", "triplet", "(a,p,n)="]

    /// The members a cell states as a triplet (`(1, 2, 5)`, `(f_1, f_2,
    /// f_5)`), nil when it states none.
    static func statedMembers(_ cell: Table.Cell, maths: MathContext) -> [Int]? {
        let pieces = cell.inlines.compactMap { inline -> MathSource? in if case .math(let m) = inline { m } else { nil } }
        let text = pieces.count == 1 ? String(pieces[0].tex.text) : cell.source
        let span = maths.span(Substring(text), plainText: pieces.count != 1)
        guard span.items.count == 1, let t = TripletShape.readUnlabelled(span.items[0]), t.from == nil else { return nil }
        return t.members
    }

    /// A row's cells for a person: each non-empty cell a fragment the
    /// derivative reader reports with `why`, answering nothing.
    static func forPerson(_ cells: ArraySlice<Table.Cell>, why: String) -> [MathFragment] {
        cells.filter { !$0.source.trimmingWhitespace().isEmpty }.map { cell in
            var fragment = MathFragment(fragment: Fragment(Substring(cell.source.trimmingWhitespace()), start: cell.location), proseBefore: "")
            fragment.forPerson = why
            return fragment
        }
    }
}

extension SheetParser {
    /// A table's cells under part 5.j whose rows (or columns) name two
    /// triplets or more (`### 5.3`, then "Triplets 4 to 8 in a table": `|
    /// Q5.4 (t4) | … |`, `| Q5.5 (t5) | … |`, …): each row answers the part
    /// its label names, so the table is Question 5's (`question` 5), read as
    /// it would be under Question 5 itself. A table of the part's own
    /// triplet alone, or of one other, stays the part's (a derivative of
    /// another triplet's loss under a part is for a person).
    static func rowsOfTheirOwnParts(_ cells: [MathFragment], in section: SheetSection) -> [MathFragment] {
        // A triplet's contribution to Question 6's total answers Question 5.k
        // only under Question 5: elsewhere it is the total's working alone.
        var cells = cells
        if section.question != .question(5) && section.question?.tripletNumber == nil { cells.removeAll(where: \.contribution) }
        guard case .question(5, _?) = section.heading, Set(cells.compactMap(\.tableTriplet)).count >= 2 else { return cells }
        return cells.map { cell in
            var cell = cell
            if cell.question == nil { cell.question = 5 }
            return cell
        }
    }
}
