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
}
