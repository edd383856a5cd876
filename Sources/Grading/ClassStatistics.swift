import CoursecheckMaths
import CoursecheckReporting
import Foundation

/// What the class report says, gathered one student at a time in student-id
/// order (so the same class gives the same bytes for any `--jobs`): a few
/// numbers per student, and per check the wrong answers grouped by their
/// canonical form with counts and the first student ids.
public struct ClassStatistics: Sendable {
    public let questions: [(key: String, maximum: Rational)]
    var counts: [StudentStatus: Int] = [:]
    /// Per scored student: total, maximum, points per question (catalogue order).
    var scores: [(id: String, total: Double, maximum: Double, questions: [Double], maxima: [Double], carried: [Bool])] = []
    /// Check → answer → (count, first ids).
    var wrongAnswers: [String: [String: (count: Int, ids: [String])]] = [:]
    /// Check → diagnosis → count.
    var diagnoses: [String: [String: Int]] = [:]
    var review: [(id: String, status: StudentStatus, reason: String)] = []

    static let idsShown = 3

    init(questions: [(key: String, maximum: Rational)]) {
        self.questions = questions
    }

    mutating func add(_ grade: StudentGrade, carriedQuestions: Set<String>) {
        counts[grade.status, default: 0] += 1
        if grade.status == .needsReview || grade.status == .unreadable || (grade.status == .graded && !grade.reasons.isEmpty) {
            review.append((grade.id, grade.status, grade.needsReviewReason))
        }
        guard let score = grade.score else { return }
        scores.append((grade.id, score.total.doubleValue, score.maximum.doubleValue,
                       questions.map { grade.questionPoints[$0.key]?.doubleValue ?? 0 },
                       questions.map { grade.questionMaxima[$0.key]?.doubleValue ?? 0 },
                       questions.map { carriedQuestions.contains($0.key) }))
        for (check, wrong) in grade.wrong.sorted(by: { $0.key < $1.key }) {
            var entry = wrongAnswers[check, default: [:]][wrong.answer] ?? (0, [])
            entry.count += 1
            if entry.ids.count < ClassStatistics.idsShown { entry.ids.append(grade.id) }
            wrongAnswers[check, default: [:]][wrong.answer] = entry
            for note in wrong.diagnoses { diagnoses[check, default: [:]][note, default: 0] += 1 }
        }
    }

    // MARK: - Figures

    static func mean(_ xs: [Double]) -> Double { xs.isEmpty ? 0 : xs.reduce(0, +) / Double(xs.count) }

    static func median(_ xs: [Double]) -> Double {
        guard !xs.isEmpty else { return 0 }
        let s = xs.sorted()
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }

    /// Population standard deviation.
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
        for s in scores where s.maximum > 0 {
            bins[min(9, max(0, Int((s.total / s.maximum * 100) / 10)))] += 1
        }
        return bins
    }

    struct QuestionFigures {
        var key: String
        var maximum: Double
        var n: Int
        var mean: Double
        var facility: Double
        var discrimination: Double?
        var full: Double
        var zero: Double
        var carried: Double
    }

    var questionFigures: [QuestionFigures] {
        // Over the students for whom the question counts (its checks not all
        // unverifiable on their sheet); facility is their points over their
        // maximum.
        questions.enumerated().map { q, question in
            let counted = scores.filter { $0.maxima[q] > 0 }
            let points = counted.map { $0.questions[q] }
            let rest = counted.map { $0.total - $0.questions[q] }
            let possible = counted.reduce(0) { $0 + $1.maxima[q] }
            let n = Double(max(1, counted.count))
            return QuestionFigures(
                key: question.key, maximum: question.maximum.doubleValue, n: counted.count, mean: ClassStatistics.mean(points),
                facility: possible > 0 ? points.reduce(0, +) / possible : 0,
                discrimination: ClassStatistics.correlation(points, rest),
                full: Double(counted.filter { $0.questions[q] >= $0.maxima[q] }.count) / n * 100,
                zero: Double(points.filter { $0 == 0 }.count) / n * 100,
                carried: Double(counted.filter { $0.carried[q] }.count) / n * 100)
        }
    }

    // MARK: - Reports

    func markdown(regrade: String?) -> String {
        let percents = scores.filter { $0.maximum > 0 }.map { $0.total / $0.maximum * 100 }
        var out = "# Class report\n\n"
        out += "| Submissions | Count |\n|---|---:|\n"
        for status in [StudentStatus.graded, .needsReview, .unreadable, .noSubmission] {
            out += "| \(status.rawValue) | \(counts[status] ?? 0) |\n"
        }
        out += "\n## Scores\n\n"
        out += "Percent of each student's maximum, over \(percents.count) scored submissions: mean \(Self.fixed(Self.mean(percents))), "
            + "median \(Self.fixed(Self.median(percents))), standard deviation \(Self.fixed(Self.deviation(percents))).\n\n"
        out += "![Score histogram](score-histogram.svg)\n\n| Percent | Students |\n|---|---:|\n"
        for (k, count) in histogram.enumerated() { out += "| \(k * 10)–\(k * 10 + 10) | \(count) |\n" }
        out += "\n## Questions\n\n![Facility per question](question-facility.svg)\n\n"
        out += "| Question | Max | n | Mean | Facility | Discrimination | Full marks % | Zero % | Carried forward % |\n"
        out += "|---|---:|---:|---:|---:|---:|---:|---:|---:|\n"
        for f in questionFigures {
            out += "| `\(f.key)` | \(Self.fixed(f.maximum)) | \(f.n) | \(Self.fixed(f.mean)) | \(Self.fixed(f.facility)) | "
                + "\(f.discrimination.map(Self.fixed) ?? "—") | \(Self.fixed(f.full)) | \(Self.fixed(f.zero)) | \(Self.fixed(f.carried)) |\n"
        }
        out += "\n## Common wrong answers\n\n"
        if wrongAnswers.isEmpty { out += "None.\n" }
        for check in wrongAnswers.keys.sorted() {
            let answers = wrongAnswers[check]!.sorted { ($1.value.count, $0.key) < ($0.value.count, $1.key) }
            out += "- `\(check)`: " + answers.prefix(5).map { answer, entry in
                "$\(answer.replacingOccurrences(of: "|", with: "\\vert "))$ — \(entry.count) (\(entry.ids.joined(separator: ", "))\(entry.count > entry.ids.count ? ", …" : ""))"
            }.joined(separator: "; ") + "\n"
            if let notes = diagnoses[check] {
                for (note, count) in notes.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) {
                    out += "  - \(count) student\(count == 1 ? "" : "s"): \(note)\n"
                }
            }
        }
        out += "\n## Needs review\n\n"
        if review.isEmpty { out += "Nobody.\n" }
        for item in review { out += "- `\(item.id)` (\(item.status.rawValue)): \(item.reason.replacingOccurrences(of: "\n", with: " "))\n" }
        if let regrade { out += "\n## Regrade\n\n" + regrade }
        return out
    }

    func json() -> String {
        let percents = scores.filter { $0.maximum > 0 }.map { $0.total / $0.maximum * 100 }
        var statuses: [String: JSONValue] = [:]
        for status in [StudentStatus.graded, .needsReview, .unreadable, .noSubmission] { statuses[status.rawValue] = .int(counts[status] ?? 0) }
        let questionsJSON: [JSONValue] = questionFigures.map { f in
            .object([
                "question": .string(f.key), "maximum": .string(Self.fixed(f.maximum)), "n": .int(f.n),
                "mean": .string(Self.fixed(f.mean)), "facility": .string(Self.fixed(f.facility)),
                "discrimination": f.discrimination.map { .string(Self.fixed($0)) } ?? .null,
                "full_marks_percent": .string(Self.fixed(f.full)), "zero_percent": .string(Self.fixed(f.zero)),
                "carried_forward_percent": .string(Self.fixed(f.carried)),
            ])
        }
        var wrong: [String: JSONValue] = [:]
        for (check, answers) in wrongAnswers {
            wrong[check] = .array(answers.sorted { ($1.value.count, $0.key) < ($0.value.count, $1.key) }.map { answer, entry in
                .object(["answer": .string(answer), "count": .int(entry.count), "first_students": .array(entry.ids.map(JSONValue.string))])
            })
        }
        var notes: [String: JSONValue] = [:]
        for (check, counts) in diagnoses { notes[check] = .object(counts.mapValues { .int($0) }) }
        return JSONValue.object([
            "schema": .string("coursecheck.class/1"),
            "submissions": .object(statuses),
            "scores": .object([
                "mean_percent": .string(Self.fixed(Self.mean(percents))), "median_percent": .string(Self.fixed(Self.median(percents))),
                "standard_deviation_percent": .string(Self.fixed(Self.deviation(percents))),
                "histogram": .array(histogram.map { .int($0) }),
            ]),
            "questions": .array(questionsJSON),
            "wrong_answers": .object(wrong),
            "diagnoses": .object(notes),
            "needs_review": .array(review.map { .object(["student_id": .string($0.id), "status": .string($0.status.rawValue), "reason": .string($0.reason)]) }),
        ]).text
    }
}
