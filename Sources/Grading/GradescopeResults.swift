import CoursecheckAssignment
import CoursecheckReporting
import CoursecheckTraining
import CoursecheckVerification

/// Gradescope's autograder results (`results.json`): the score, a line of
/// output, and a test per check in the maximum, whose scores and maxima add
/// up exactly to the score and to the assignment's maximum (the printed
/// parts are apportioned, `Apportion.pairs`). Gradescope's specification
/// has no top-level maximum: it is the sum of the tests' `max_score`.
/// `jsonValue` is the fast writer, held equal to the `Codable` form by
/// `GradingJSONTests`.
public struct GradescopeResults: Codable, Equatable, Sendable {
    public var score: Cents
    public var output: String
    public var tests: [Test]

    public struct Test: Codable, Equatable, Sendable {
        public var name: String
        public var number: String
        public var score: Cents
        public var maxScore: Cents
        public var status: String
        public var output: String
        public var visibility: String

        enum CodingKeys: String, CodingKey {
            case name, number, score, status, output, visibility
            case maxScore = "max_score"
        }
    }

    init(score: Cents, output: String, tests: [Test]) {
        self.score = score
        self.output = output
        self.tests = tests
    }

    init(_ report: Report, score: SheetScore, printed: PrintedScore, status: StudentStatus) {
        var byID: [AnswerID: Check] = [:]
        for check in report.checks where byID[check.id] == nil { byID[check.id] = check }
        var tests: [Test] = []
        for (k, item) in score.checks.enumerated() where !item.maximum.isZero || item.advisory {
            var output = (item.advisory ? "advisory, no points: " : "") + item.status.rawValue
            if let evidence = byID[item.id]?.evidence, !evidence.isEmpty { output += ": " + evidence }
            if let by = item.creditedBy { output += " (no working shown: credited as \(by))" }
            if let override = item.override { output += " (\(override.note))" }
            tests.append(Test(name: item.id.description, number: item.question.key, score: printed.points[k], maxScore: printed.maxima[k],
                              status: item.advisory ? (item.status == .correct ? "passed" : "failed")
                                  : printed.points[k] == printed.maxima[k] ? "passed" : "failed", output: output, visibility: "visible"))
        }
        let summary = Status.allCases.map { "\(report.summary.count($0)) \($0.rawValue)" }.joined(separator: ", ")
        let provisional = status == .needsReview ? " Provisional: a grader reviews some answers before this is a grade." : ""
        self.init(score: printed.total, output: "coursecheck: " + summary + "." + provisional, tests: tests)
    }

    /// No sheet could be graded: every test at 0, so that the maximum is
    /// the assignment's, as for everyone.
    static func notGraded(_ reason: String, scorer: Scorer) throws -> GradescopeResults {
        let entries = scorer.catalogue.filter { !$0.maximum.isZero }
        let printed = try Apportion.pairs(points: entries.map { _ in .zero }, maxima: entries.map(\.maximum))
        let tests = entries.enumerated().map { k, entry in
            Test(name: entry.id.description, number: entry.question.key, score: .zero, maxScore: printed.maxima[k], status: "failed",
                 output: "not graded: no sheet could be read", visibility: "visible")
        }
        return GradescopeResults(score: .zero, output: "coursecheck: not graded: \(reason)", tests: tests)
    }

    /// For `verify --format gradescope`: one sheet against the assignment.
    public static func render(_ report: Report, assignment: Assignment, references: Part2References,
                              accuracy: AccuracyReference? = nil) throws -> String {
        let scorer = try Scorer(assignment: assignment, coverage: Coverage(assignment: assignment, part2: references, accuracy: accuracy))
        let score = try scorer.score(report)
        let status: StudentStatus = score.review.isEmpty ? .graded : .needsReview
        return GradescopeResults(report, score: score, printed: try PrintedScore(score), status: status).jsonValue.text
    }

    public var jsonValue: JSONValue {
        .object([
            "score": .number(score.number), "output": .string(output),
            "tests": .array(tests.map { test in
                .object([
                    "name": .string(test.name), "number": .string(test.number), "score": .number(test.score.number),
                    "max_score": .number(test.maxScore.number), "status": .string(test.status), "output": .string(test.output),
                    "visibility": .string(test.visibility),
                ])
            }),
        ])
    }
}

extension Cents: Codable {
    public init(from decoder: any Decoder) throws {
        let x = try decoder.singleValueContainer().decode(Double.self)
        self.init(Int64((x * 100).rounded()))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(number)
    }
}
