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

    /// For each order of choosing the three roles whose numbers of choices
    /// are the same throughout, the number of choices of each role
    /// (`["anchor": 6, "positive": 2, "negative": 3]` choosing the anchor
    /// first): a product of choices per role must be one of these.
    public var allOrders: [[String: Int]] = []
    public var validOrders: [[String: Int]] = []

    /// The valid triplets whose anchor is of each class, by enumeration
    /// (`[1: 18, 2: 18]`), and how many classes the labels make: what a
    /// figure "per class" and a number of "classes" must be.
    public var validByClass: [Int: Int] = [:]
    public var classes = 0

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
        let label = { (sample: Int) in part.labels[sample - 1] }
        validByClass = Dictionary(grouping: valid, by: { label($0[0]) }).mapValues(\.count)
        classes = Set(part.labels).count
        allOrders = TripletCounts.orders(tuples)
        validOrders = TripletCounts.orders(valid)

        let closedAll = try Combinatorics.choose(n, 3) * Combinatorics.factorial(3)
        let sizes = Dictionary(grouping: part.labels, by: { $0 }).values.map(\.count)
        let closedValid = sizes.reduce(0) { $0 + $1 * ($1 - 1) * (n - $1) }
        guard closedAll == all, closedValid == valid.count else {
            throw Disagreement(description: "enumeration (\(all), \(valid.count)) disagrees with the closed forms (\(closedAll), \(closedValid))")
        }
    }

    /// Per order of choosing the roles (positions 0, 1, 2 of a tuple: anchor,
    /// positive, negative), each role's number of choices given the roles
    /// chosen before it, when it is the same whatever those were.
    static func orders(_ tuples: [[Int]]) -> [[String: Int]] {
        let names = ["anchor", "positive", "negative"]
        var result: [[String: Int]] = []
        for order in [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]] {
            let first = Set(tuples.map { $0[order[0]] }).count
            let byFirst = Dictionary(grouping: tuples, by: { $0[order[0]] })
            let second = Set(byFirst.values.map { Set($0.map { $0[order[1]] }).count })
            let byTwo = Dictionary(grouping: tuples, by: { [$0[order[0]], $0[order[1]]] })
            let third = Set(byTwo.values.map(\.count))
            guard second.count == 1, third.count == 1 else { continue }
            result.append([names[order[0]]: first, names[order[1]]: second.first!, names[order[2]]: third.first!])
        }
        return result
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
