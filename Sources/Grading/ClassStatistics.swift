import CoursecheckAssignment
import CoursecheckMaths
import CoursecheckReporting
import Foundation

/// What the class report says, gathered one student at a time in student-id
/// order (so the same class gives the same bytes for any `--jobs`): a few
/// numbers per scored student, and per check the wrong answers grouped by
/// their canonical form with counts and the first student ids. Every
/// percent is of the assignment's one maximum.
public struct ClassStatistics: Sendable {
    public let questions: [QuestionID]
    public let questionMaxima: [Rational]
    public let maximum: Rational
    /// Checks out of the maximum (no sheet can have them verified).
    public let outside: [AnswerID]
    var counts: [StudentStatus: Int] = [:]
    /// Per scored student (graded or under review): percent, total points,
    /// points per question.
    var percents: [Double] = []
    var totals: [Double] = []
    var questionPoints: [[Double]] = []
    var carried: [Int]
    /// Check → answer → (count, first ids).
    var wrongAnswers: [AnswerID: [String: (count: Int, ids: [String])]] = [:]
    /// Check → diagnosis → count.
    var diagnoses: [AnswerID: [String: Int]] = [:]
    var review: [(id: String, status: StudentStatus, reason: String)] = []
    /// About the download, not a student (a zip over its limits, an output
    /// folder inside SUBMISSIONS).
    var notes: [String] = []

    static let idsShown = 3

    init(scorer: Scorer) throws {
        questions = scorer.questions
        questionMaxima = try scorer.questionMaxima()
        maximum = scorer.maximum
        outside = scorer.coverage.undecidable
        carried = Array(repeating: 0, count: scorer.questions.count)
    }

    mutating func add(_ grade: StudentGrade) throws {
        counts[grade.status, default: 0] += 1
        if grade.status == .needsReview || grade.status == .unreadable {
            review.append((grade.key.value, grade.status, grade.reviewReason))
        }
        guard let score = grade.score else { return }
        percents.append(try score.fraction().doubleValue * 100)
        totals.append(score.total.doubleValue)
        questionPoints.append(try score.byQuestion(questions).map(\.points.doubleValue))
        let carriedQuestions = Set(score.checks.filter(\.carriedForward).map(\.question))
        for (q, question) in questions.enumerated() where carriedQuestions.contains(question) { carried[q] += 1 }
        for (check, wrong) in grade.wrong.sorted(by: { $0.key < $1.key }) {
            var entry = wrongAnswers[check, default: [:]][wrong.answer] ?? (0, [])
            entry.count += 1
            if entry.ids.count < ClassStatistics.idsShown { entry.ids.append(grade.key.value) }
            wrongAnswers[check, default: [:]][wrong.answer] = entry
            for note in wrong.diagnoses { diagnoses[check, default: [:]][note, default: 0] += 1 }
        }
    }

    // MARK: - Figures

    static func mean(_ xs: [Double]) -> Double { xs.isEmpty ? 0 : xs.reduce(0, +) / Double(xs.count) }

    /// The population standard deviation, σ = √(Σ(x − x̄)² / n): the class
    /// is the whole population, not a sample of one.
    static func deviation(_ xs: [Double]) -> Double {
        guard xs.count > 1 else { return 0 }
        let m = mean(xs)
        return (xs.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(xs.count)).squareRoot()
    }

    /// Pearson's r, or nil when either side does not vary.
    static func correlation(_ xs: [Double], _ ys: [Double]) -> Double? {
        guard xs.count > 1 else { return nil }
        let mx = mean(xs), my = mean(ys)
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for (x, y) in zip(xs, ys) { sxy += (x - mx) * (y - my); sxx += (x - mx) * (x - mx); syy += (y - my) * (y - my) }
        guard sxx > 0, syy > 0 else { return nil }
        return sxy / (sxx * syy).squareRoot()
    }

    static func fixed(_ x: Double) -> String { String(format: "%.2f", x) }

    /// Percent scores in ten bins, 0–10 % … 90–100 %.
    var histogram: [Int] {
        var bins = [Int](repeating: 0, count: 10)
        for p in percents { bins[min(9, max(0, Int(p / 10)))] += 1 }
        return bins
    }

    struct QuestionFigures {
        var key: String
        var maximum: Rational
        /// Scored students, for a question in the maximum; 0 for one out of it.
        var n: Int
        var mean: Double
        /// Mean points over the question's maximum; nil when n = 0.
        var facility: Double?
        var discrimination: Double?
        var full: Double
        var zero: Double
        var carried: Double
    }

    var questionFigures: [QuestionFigures] {
        questions.enumerated().map { q, question in
            let maximum = questionMaxima[q]
            guard !maximum.isZero, !percents.isEmpty else {
                return QuestionFigures(key: question.key, maximum: maximum, n: 0, mean: 0, facility: nil, discrimination: nil, full: 0, zero: 0, carried: 0)
            }
            let points = questionPoints.map { $0[q] }
            let rest = zip(totals, points).map { $0 - $1 }
            let n = Double(points.count)
            let top = maximum.doubleValue
            return QuestionFigures(
                key: question.key, maximum: maximum, n: points.count, mean: ClassStatistics.mean(points),
                facility: ClassStatistics.mean(points) / top, discrimination: ClassStatistics.correlation(points, rest),
                full: Double(points.filter { $0 >= top - 1e-9 }.count) / n * 100,
                zero: Double(points.filter { $0 == 0 }.count) / n * 100,
                carried: Double(carried[q]) / n * 100)
        }
    }
}
