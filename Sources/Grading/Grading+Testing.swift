import CoursecheckAssignment
import CoursecheckReporting
import CoursecheckVerification
import Foundation

/// Test-only entry points (`@_spi(Testing) import CoursecheckGrading`): the
/// fast JSON writers beside the typed forms they must equal.
@_spi(Testing)
public enum GradingTestHooks {
    /// `ParallelMap.stream` with integer items: what `consume` saw, in
    /// order, and the most items from the first not yet consumed up to one
    /// being started, at any moment (the window, plus one for the moment
    /// between the stream's count and this hook's).
    public static func stream(_ count: Int, jobs: Int, window: Int, failAt: Int? = nil,
                              _ body: @escaping @Sendable (Int) -> Int) throws -> (seen: [Int], lead: Int) {
        final class Lead: @unchecked Sendable {
            let lock = NSLock()
            var consumed = 0
            var worst = 0
        }
        let lead = Lead()
        var seen: [Int] = []
        try ParallelMap.stream(count, jobs: jobs, window: window, { k in
            lead.lock.withLock { lead.worst = max(lead.worst, k - lead.consumed + 1) }
            return body(k)
        }) { k, value in
            lead.lock.withLock { lead.consumed = k + 1 }
            if k == failAt { throw GradeError(message: "stop at \(k)") }
            seen.append(value)
        }
        return (seen, lead.lock.withLock { lead.worst })
    }

    static func score(_ report: Report, assignment: Assignment) throws -> (SheetScore, PrintedScore) {
        let scorer = try Scorer(assignment: assignment, coverage: Coverage(assignment: assignment, part2: try Part2References(assignment)))
        let score = try scorer.score(report)
        return (score, try PrintedScore(score))
    }

    /// A student's JSON built directly, and through its `Encodable` form.
    public static func studentJSON(_ report: Report, assignment: Assignment) throws -> (fast: JSONValue, typed: JSONValue) {
        let (score, printed) = try score(report, assignment: assignment)
        var grade = StudentGrade(key: StudentKey("1", fromLMS: true), status: score.review.isEmpty ? .graded : .needsReview)
        grade.review = score.review.map(\.description)
        grade.notes = ["graded: sheet.md"]
        let files = StudentFiles(report: report, score: score, printed: printed, grade: grade)
        return (files.json(), try JSONValue(encoding: files.typed))
    }

    /// Gradescope's results built directly, and through their `Codable` form.
    public static func gradescopeJSON(_ report: Report, assignment: Assignment) throws -> (fast: JSONValue, typed: JSONValue) {
        let (score, printed) = try score(report, assignment: assignment)
        let results = GradescopeResults(report, score: score, printed: printed, status: .graded)
        return (results.jsonValue, try JSONValue(encoding: results))
    }
}
