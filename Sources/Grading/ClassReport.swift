import CoursecheckNumerics
import CoursecheckAssignment
import CoursecheckReporting
import Foundation

/// The class report, `class-report.md` for people and `class-report.json`
/// (schema `coursecheck.class/1`, one typed form, written canonically).
struct ClassReport: Encodable {
    var schema = "coursecheck.class/1"
    var maximum: String
    var outOfMaximum: [String]
    var submissions: [String: Int]
    var scores: Scores
    var questions: [Question]
    var wrongAnswers: [String: [WrongAnswer]]
    var diagnoses: [String: [String: Int]]
    var needsReview: [ReviewEntry]
    var download: [String]

    struct Scores: Encodable {
        var meanPercent, medianPercent, populationStandardDeviationPercent: String
        var histogram: [Int]
        enum CodingKeys: String, CodingKey {
            case histogram
            case meanPercent = "mean_percent", medianPercent = "median_percent"
            case populationStandardDeviationPercent = "population_standard_deviation_percent"
        }
    }

    struct Question: Encodable {
        var question, maximum: String
        var n: Int
        var mean, facility: String
        var discrimination: String?
        var fullMarksPercent, zeroPercent, carriedForwardPercent: String
        enum CodingKeys: String, CodingKey {
            case question, maximum, n, mean, facility, discrimination
            case fullMarksPercent = "full_marks_percent", zeroPercent = "zero_percent", carriedForwardPercent = "carried_forward_percent"
        }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(question, forKey: .question)
            try c.encode(maximum, forKey: .maximum)
            try c.encode(n, forKey: .n)
            try c.encode(mean, forKey: .mean)
            try c.encode(facility, forKey: .facility)
            try c.encode(discrimination, forKey: .discrimination)
            try c.encode(fullMarksPercent, forKey: .fullMarksPercent)
            try c.encode(zeroPercent, forKey: .zeroPercent)
            try c.encode(carriedForwardPercent, forKey: .carriedForwardPercent)
        }
    }

    struct WrongAnswer: Encodable {
        var answer: String
        var count: Int
        var firstStudents: [String]
        enum CodingKeys: String, CodingKey { case answer, count, firstStudents = "first_students" }
    }

    struct ReviewEntry: Encodable {
        var studentID, status, reason: String
        enum CodingKeys: String, CodingKey { case status, reason, studentID = "student_id" }
    }

    enum CodingKeys: String, CodingKey {
        case schema, maximum, submissions, scores, questions, diagnoses, download
        case outOfMaximum = "out_of_maximum", wrongAnswers = "wrong_answers", needsReview = "needs_review"
    }

    init(_ s: ClassStatistics) {
        let fixed = ClassStatistics.fixed
        maximum = s.maximum.twoDecimals
        outOfMaximum = s.outside.map(\.description)
        submissions = Dictionary(uniqueKeysWithValues: StudentStatus.allCases.map { ($0.rawValue, s.counts[$0] ?? 0) })
        scores = Scores(meanPercent: fixed(ClassStatistics.mean(s.percents)), medianPercent: fixed(Timing.median(s.percents)),
                        populationStandardDeviationPercent: fixed(ClassStatistics.deviation(s.percents)), histogram: s.histogram)
        questions = s.questionFigures.map { f in
            Question(question: f.key, maximum: f.maximum.twoDecimals, n: f.n, mean: f.n == 0 ? "n/a" : fixed(f.mean),
                     facility: f.facility.map(fixed) ?? "n/a", discrimination: f.discrimination.map(fixed),
                     fullMarksPercent: f.n == 0 ? "n/a" : fixed(f.full), zeroPercent: f.n == 0 ? "n/a" : fixed(f.zero),
                     carriedForwardPercent: f.n == 0 ? "n/a" : fixed(f.carried))
        }
        var wrong: [String: [WrongAnswer]] = [:]
        for (check, answers) in s.wrongAnswers {
            wrong[check.description] = ClassReport.ranked(answers).map { WrongAnswer(answer: $0.key, count: $0.value.count, firstStudents: $0.value.ids) }
        }
        wrongAnswers = wrong
        diagnoses = Dictionary(uniqueKeysWithValues: s.diagnoses.map { ($0.key.description, $0.value) })
        needsReview = s.review.map { ReviewEntry(studentID: $0.id, status: $0.status.rawValue, reason: $0.reason) }
        download = s.notes
    }

    /// Most common first, then by answer.
    static func ranked(_ answers: [String: (count: Int, ids: [String])]) -> [(key: String, value: (count: Int, ids: [String]))] {
        answers.sorted { ($1.value.count, $0.key) < ($0.value.count, $1.key) }
    }

    func json() throws -> String { try JSONValue.canonicalText(of: self) }

    func markdown(_ s: ClassStatistics, regrade: String?) -> String {
        var out = "# Class report\n\n"
        out += "| Submissions | Count |\n|---|---:|\n"
        for status in [StudentStatus.graded, .needsReview, .unreadable, .noSubmission] { out += "| \(status.rawValue) | \(s.counts[status] ?? 0) |\n" }
        out += "\n## Scores\n\n"
        out += "Every score is out of the assignment's maximum of **\(maximum) points**, the same for every student and in every file"
        if !outOfMaximum.isEmpty {
            out += "; left out of it, because no sheet can have them verified: " + outOfMaximum.map { "`\($0)`" }.joined(separator: ", ")
        }
        out += ".\n\n"
        out += "Percent of the maximum, over \(s.percents.count) scored submissions (graded or under review): mean \(scores.meanPercent), "
            + "median \(scores.medianPercent), population standard deviation (σ, over the class as a whole) \(scores.populationStandardDeviationPercent).\n\n"
        out += "![Score histogram](score-histogram.svg)\n\n| Percent | Students |\n|---|---:|\n"
        for (k, count) in scores.histogram.enumerated() { out += "| \(k * 10)–\(k * 10 + 10) | \(count) |\n" }
        out += "\n## Questions\n\n![Facility per question](question-facility.svg)\n\n"
        out += "| Question | Max | n | Mean | Facility | Discrimination | Full marks % | Zero % | Carried forward % |\n"
        out += "|---|---:|---:|---:|---:|---:|---:|---:|---:|\n"
        for q in questions {
            out += "| `\(q.question)` | \(q.maximum) | \(q.n) | \(q.mean) | \(q.facility) | \(q.discrimination ?? "—") | "
                + "\(q.fullMarksPercent) | \(q.zeroPercent) | \(q.carriedForwardPercent) |\n"
        }
        out += "\n## Common wrong answers\n\n"
        if s.wrongAnswers.isEmpty { out += "None.\n" }
        for check in s.wrongAnswers.keys.sorted() {
            let answers = ClassReport.ranked(s.wrongAnswers[check]!)
            out += "- `\(check)`: " + answers.prefix(5).map { answer, entry in
                "$\(answer.replacingOccurrences(of: "|", with: "\\vert "))$ — \(entry.count) (\(entry.ids.joined(separator: ", "))\(entry.count > entry.ids.count ? ", …" : ""))"
            }.joined(separator: "; ") + "\n"
            if let notes = s.diagnoses[check] {
                for (note, count) in notes.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) {
                    out += "  - \(count) student\(count == 1 ? "" : "s"): \(note)\n"
                }
            }
        }
        out += "\n## Needs review\n\n"
        out += "Their grade cells are left empty in the LMS files (canvas.csv, moodle.csv and the LMS's own files written back) "
            + "unless `--export-provisional` is given; grades.csv keeps the provisional score with its status.\n\n"
        if s.review.isEmpty { out += "Nobody.\n" }
        for item in s.review { out += "- `\(item.id)` (\(item.status.rawValue)): \(item.reason.replacingOccurrences(of: "\n", with: " "))\n" }
        if !download.isEmpty {
            out += "\n## The download\n\n" + download.map { "- \($0)\n" }.joined()
        }
        if let regrade { out += "\n## Regrade\n\n" + regrade }
        return out
    }
}
