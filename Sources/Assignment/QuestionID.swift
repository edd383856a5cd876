

/// A question of the assignment, as ids and report headings name it.
///
/// Part I has two questions, the parameter counts and the test accuracies;
/// Part II has numbered questions, some with sub-questions (Question 5.k
/// asks about the k-th triplet). A sheet may name a Part II question the
/// assignment does not have; it is still a `QuestionID`, so that the problem
/// can be reported under it.
public enum QuestionID: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Part I · Parameters in the RNN/LSTM layers.
    case parameters
    /// Part I · Test accuracy.
    case accuracy
    /// Part II · Question n, or n.sub.
    case partII(Int, sub: Int?)

    /// Part II, Question n.
    public static func question(_ n: Int) -> QuestionID { .partII(n, sub: nil) }

    /// Part II, Question 5.k: the k-th triplet (1-based).
    public static func triplet(_ k: Int) -> QuestionID { .partII(5, sub: k) }

    /// The id prefix: `part1.params`, `part1.accuracy`, `part2.q5`, `part2.q5.3`.
    public var key: String {
        switch self {
        case .parameters: "part1.params"
        case .accuracy: "part1.accuracy"
        case let .partII(n, sub): "part2.q\(n)" + (sub.map { ".\($0)" } ?? "")
        }
    }

    /// The heading in reports: `Part I · Test accuracy`, `Part II · Question 5.3`.
    public var heading: String {
        switch self {
        case .parameters: "Part I · Parameters in the RNN/LSTM layers"
        case .accuracy: "Part I · Test accuracy"
        case let .partII(n, sub): "Part II · Question \(n)" + (sub.map { ".\($0)" } ?? "")
        }
    }

    /// 1 or 2.
    public var part: Int {
        if case .partII = self { return 2 }
        return 1
    }

    /// The triplet a Question 5.k asks about (k), else nil.
    public var tripletNumber: Int? {
        if case let .partII(5, k?) = self { return k }
        return nil
    }

    public var description: String { key }

    private var order: (Int, Int, Int) {
        switch self {
        case .parameters: (1, 0, 0)
        case .accuracy: (1, 1, 0)
        case let .partII(n, sub): (2, n, sub ?? 0)
        }
    }

    public static func < (a: QuestionID, b: QuestionID) -> Bool { a.order < b.order }
}
