import CoursecheckMaths
import CoursecheckNotation
import Foundation

/// Question 5 as a small table per triplet, a row per sample with its role
/// and a column of the triplet's loss's derivatives:
///
/// ```
/// | role     | sample | gradient of L_1 |
/// |----------|--------|-----------------|
/// | anchor   | f_1    | f_5 - f_2       |
/// | positive | f_2    | f_2 - f_1       |
/// | negative | f_5    | f_1 - f_5       |
/// ```
///
/// The column's header names the triplet (`gradient of L_1`, `∂L_1`,
/// `L_1`), the sample column each row's variable, and the role column is
/// checked against the assignment: a row is read as the derivative of L_k
/// with respect to its sample only when that sample plays the role written
/// in t_k; otherwise it is for a person.
extension AnswerTable {
    /// The rows' keys (each row's sample, or `.mislabelled` when its role
    /// is not that sample's in t_k), the sample column to leave out and
    /// k, when the table is such a table; nil otherwise. Every row must
    /// open on a role's word and give one sample; every column but those
    /// two must name the same triplet's loss.
    static func roleRows(_ rows: [[Table.Cell]], header: [Key], headerCells: [String], triplets: [[Int]],
                         maths: MathContext) -> (keys: [Key], sampleColumn: Int, triplet: Int)? {
        guard !triplets.isEmpty, header.count >= 3, !rows.isEmpty else { return nil }
        let names = headerCells.map { $0.lowercased().filter { !"*`$".contains($0) }.trimmingWhitespace() }
        guard let column = names.indices.dropFirst().first(where: { Self.sampleColumnNames.contains(names[$0]) }) else { return nil }
        let losses = header.indices.filter { $0 != 0 && $0 != column }.map { header[$0] }
        guard case .triplet(let k)? = losses.first, losses.allSatisfy({ $0 == .triplet(k) }), triplets.indices.contains(k - 1) else { return nil }
        var keys: [Key] = []
        for row in rows {
            guard column < row.count, let role = Self.roleIndex(row[0].source),
                  case .symbol(.sample(let i)) = Self.key(row[column], maths: maths) else { return nil }
            keys.append(triplets[k - 1].indices.contains(role) && triplets[k - 1][role] == i ? .symbol(.sample(i)) : .mislabelled)
        }
        return (keys, column, k)
    }

    /// The headers of a column of samples: `sample`, `embedding`, `f_i`,
    /// `w.r.t.` (lower case, emphasis and maths delimiters aside).
    static let sampleColumnNames: Set<String> = ["sample", "samples", "embedding", "embeddings", "f_i", "f_{i}", "w.r.t.", "wrt", "w.r.t"]

    /// A role's place in a triplet (anchor 0, positive 1, negative 2) from
    /// a cell that is only its word (`anchor`, `**positive**`, `neg.`);
    /// nil for anything else.
    static func roleIndex(_ text: String) -> Int? {
        let word = text.lowercased().filter { !" *_().`".contains($0) }
        return Self.roleWords[word]
    }

    /// The words of the roles, and their places in a triplet.
    static let roleWords: [String: Int] = ["anchor": 0, "anc": 0, "positive": 1, "pos": 1, "negative": 2, "neg": 2]

    /// A plain-text cell that names one sample and then its value after a
    /// colon (`f1: f5 - f2`, `f₁: f₅ − f₂`, `f_1: 0`): the sample's number
    /// and the value as a cell of its own, at its place; nil for any other
    /// cell. Under a column of one role's derivatives (`| ∂L/∂fₐ |`) the
    /// sample is the one the student says plays that role.
    static func sampleBeforeColon(_ cell: Table.Cell) -> (Int, Table.Cell)? {
        // (In maths, `$f_1:\ f_5 - f_2$`: the value the maths after the
        // colon, TeX's spacing aside.)
        if let m = Self.singleMath(cell) {
            let scalars = Array(m.tex.text.unicodeScalars)
            guard let colon = scalars.firstIndex(of: ":") else { return nil }
            let name = String(String.UnicodeScalarView(scalars[..<colon]))
            guard let match = Self.sampleName.firstMatch(in: name, range: NSRange(name.startIndex..., in: name)),
                  let digit = Range(match.range(at: 1), in: name), let sample = Int(name[digit]) else { return nil }
            var from = colon + 1
            while from < scalars.count, scalars[from] == " " || scalars[from] == "\\" && from + 1 < scalars.count && " ,;:!".unicodeScalars.contains(scalars[from + 1]) {
                from += scalars[from] == " " ? 1 : 2
            }
            guard from < scalars.count, !scalars[from...].contains(":") else { return nil }
            let value = m.tex.slice(from..<scalars.count)
            return (sample, Table.Cell(inlines: [.math(MathSource(tex: value, display: false, delimiter: m.delimiter, location: value.start))], location: value.start))
        }
        guard cell.inlines.count == 1, case .text(let t) = cell.inlines[0] else { return nil }
        let scalars = Array(t.text.unicodeScalars)
        guard let colon = scalars.firstIndex(of: ":"), colon + 1 < scalars.count else { return nil }
        let name = subscriptDigitsWritten(String(String.UnicodeScalarView(scalars[..<colon])))
        let range = NSRange(name.startIndex..., in: name)
        guard let match = Self.sampleName.firstMatch(in: name, range: range), let digit = Range(match.range(at: 1), in: name),
              let sample = Int(name[digit]) else { return nil }
        let value = t.slice((colon + 1)..<scalars.count)
        guard !value.text.allSatisfy(\.isWhitespace), !value.text.contains(":") else { return nil }
        return (sample, Table.Cell(inlines: [.text(value)], location: value.start))
    }

    /// One sample by its number (subscripts written as digits first): `f1`,
    /// `f_1`, `f_{1}`, `**f1**`.
    static let sampleName = try! NSRegularExpression(pattern: #"^[\s*]*"# + IndexPatterns.sample + #"[\s*]*$"#)
}
