import CoursecheckMaths

/// The answers of fixtures/answers/submitted.md, transcribed as terms
/// (coefficient, symbol): what the notation generator renders. These are
/// the student's claims (right or wrong), not references.
public enum SubmittedAnswers {
    public typealias Terms = [(Int64, Symbol)]

    static let a = Symbol.anchor, p = Symbol.positive, n = Symbol.negative
    static func f(_ i: Int) -> Symbol { .sample(i) }

    /// Part I's table: model, parameters of its recurrent layers, test accuracy.
    public static let part1: [(name: String, parameters: Int, accuracy: String)] = [
        ("2-level bi-LSTM", 1_446_400, "73.00"), ("2-level bi-RNN", 361_600, "61.39"), ("bi-RNN", 120_800, "68.72"),
        ("bi-LSTM", 483_200, "86.49"), ("LSTM", 241_600, "86.03"), ("RNN", 60_400, "64.64"),
    ]

    /// Questions 2 and 3: derivative by role.
    public static let question2: [(Symbol, Terms)] = [(a, []), (p, []), (n, [])]
    public static let question3: [(Symbol, Terms)] = [(a, [(1, n), (-1, p)]), (p, [(1, p), (-1, a)]), (n, [(1, a), (-1, n)])]

    /// Question 5.k, k = 1…8: derivative by sample.
    public static let question5: [[Terms]] = [
        [[(1, f(5)), (-1, f(2))], [(1, f(2)), (-1, f(1))], [], [], [(1, f(1)), (-1, f(2))], []],
        [[(1, f(4)), (-1, f(3))], [], [(1, f(3)), (-1, f(1))], [(1, f(1)), (-1, f(4))], [], []],
        [[(1, f(1)), (-1, f(2))], [(1, f(6)), (-1, f(1))], [], [], [], [(1, f(2)), (-1, f(6))]],
        [[], [(1, f(4)), (-1, f(2))], [(1, f(3)), (-1, f(2))], [(1, f(2)), (-1, f(4))], [], []],
        [[(1, f(1)), (-1, f(3))], [], [(1, f(5)), (-1, f(1))], [], [(1, f(3)), (-1, f(5))], []],
        [[], [(1, f(5)), (-1, f(2))], [], [], [(1, f(2)), (-1, f(6))], [(1, f(6)), (-1, f(5))]],
        [[], [], [(1, f(6)), (-1, f(3))], [(1, f(4)), (-1, f(6))], [], [(1, f(3)), (-1, f(4))]],
        [[], [(1, f(6)), (-1, f(2))], [], [(1, f(4)), (-1, f(6))], [], [(1, f(2)), (-1, f(4))]],
    ]

    /// Question 6: the working (a sum of differences) and the result, by sample.
    public static let question6: [(working: [Terms], result: Terms)] = [
        ([[(1, f(5)), (-1, f(2))], [(1, f(4)), (-1, f(3))], [(1, f(1)), (-1, f(2))], [(1, f(1)), (-1, f(3))]],
         [(1, f(5)), (-2, f(2)), (1, f(4)), (-2, f(3)), (2, f(1))]),
        ([[(1, f(2)), (-1, f(1))], [(1, f(6)), (-1, f(1))], [(1, f(4)), (-1, f(2))], [(1, f(5)), (-1, f(2))], [(1, f(6)), (-1, f(2))]],
         [(-2, f(1)), (-2, f(2)), (1, f(4)), (1, f(5)), (2, f(6))]),
        ([[(1, f(3)), (-1, f(1))], [(1, f(3)), (-1, f(2))], [(1, f(5)), (-1, f(1))], [(1, f(6)), (-1, f(3))]],
         [(-2, f(1)), (-1, f(2)), (1, f(3)), (1, f(5)), (1, f(6))]),
        ([[(1, f(1)), (-1, f(4))], [(1, f(2)), (-1, f(4))], [(1, f(4)), (-1, f(6))], [(1, f(4)), (-1, f(6))]],
         [(1, f(1)), (1, f(2)), (-2, f(6))]),
        ([[(1, f(1)), (-1, f(2))], [(1, f(3)), (-1, f(5))], [(1, f(2)), (-1, f(6))]],
         [(1, f(1)), (1, f(3)), (-1, f(5)), (-1, f(6))]),
        ([[(1, f(2)), (-1, f(6))], [(1, f(6)), (-1, f(5))], [(1, f(3)), (-1, f(4))], [(1, f(2)), (-1, f(4))]],
         [(2, f(2)), (1, f(3)), (-2, f(4)), (-1, f(5))]),
    ]

    /// Question 4's two totals as stated, and Question 5's triplet list.
    public static let allTriplets = 120
    public static let validTriplets = 36
    public static let triplets: [[Int]] = [[1, 2, 5], [1, 3, 4], [2, 1, 6], [2, 3, 4], [3, 1, 5], [5, 6, 2], [6, 4, 3], [6, 4, 2]]

    /// The value of a term list.
    public static func value(_ terms: Terms) -> LinearExpression {
        (try? LinearExpression.sum(terms.map { try LinearExpression($0.1).scaled(by: Rational($0.0)) })) ?? .zero
    }
}
