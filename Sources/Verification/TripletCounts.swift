import CoursecheckAssignment
import CoursecheckNumerics

/// Question 4's reference: how many ordered triplets (anchor, positive,
/// negative) of distinct samples exist, and how many are valid (anchor and
/// positive in one class, negative in another).
///
/// Counted by enumeration (GSL combinations × permutations) and
/// cross-checked with the closed forms
/// ```
/// all   = P(n, 3) = C(n, 3)·3!
/// valid = Σ_c m_c·(m_c − 1)·(n − m_c)     (m_c: size of class c)
/// ```
public struct TripletCounts: Sendable {
    public var all: Int
    public var valid: Int
    /// Per role, how many choices the enumeration shows: the number of
    /// anchors, of positives for each anchor, of negatives for each (anchor,
    /// positive). `nil` where it differs from anchor to anchor.
    public var allFactors: [Int]?
    public var validFactors: [Int]?

    /// The reference computation contradicts itself.
    public struct Disagreement: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    public init(part: Assignment.TripletPart) throws {
        let n = part.samples
        let tuples = try Combinatorics.orderedTuples(of: n, choose: 3).map { $0.map { $0 + 1 } }
        let valid = tuples.filter(part.isValid)
        all = tuples.count
        self.valid = valid.count
        allFactors = TripletCounts.factors(tuples)
        validFactors = TripletCounts.factors(valid)

        let closedAll = try Combinatorics.choose(n, 3) * Combinatorics.factorial(3)
        let sizes = Dictionary(grouping: part.labels, by: { $0 }).values.map(\.count)
        let closedValid = sizes.reduce(0) { $0 + $1 * ($1 - 1) * (n - $1) }
        guard closedAll == all, closedValid == valid.count else {
            throw Disagreement(description: "enumeration (\(all), \(valid.count)) disagrees with the closed forms (\(closedAll), \(closedValid))")
        }
    }

    /// [anchors, positives per anchor, negatives per (anchor, positive)] when
    /// each is the same throughout.
    static func factors(_ tuples: [[Int]]) -> [Int]? {
        let anchors = Dictionary(grouping: tuples, by: { $0[0] })
        let positives = Set(anchors.values.map { Set($0.map { $0[1] }).count })
        let pairs = Dictionary(grouping: tuples, by: { [$0[0], $0[1]] })
        let negatives = Set(pairs.values.map(\.count))
        guard positives.count == 1, negatives.count == 1 else { return nil }
        return [anchors.count, positives.first!, negatives.first!]
    }
}
