import CoursecheckAssignment
import CoursecheckReporting
import CoursecheckVerification

/// A student's own files: the report as `verify` writes it, with the score
/// and what was found in the submission.
struct StudentFiles {
    let report: Report
    let score: SheetScore
    let printed: PrintedScore
    let grade: StudentGrade

    /// Checks a student is shown a line for: those in the maximum, and those
    /// out of it that hold points or an override.
    var shown: [Int] {
        score.checks.indices.filter { !score.checks[$0].maximum.isZero || !score.checks[$0].points.isZero || score.checks[$0].override != nil }
    }

    func markdown() -> String {
        report.markdown() + scoreMarkdown() + StudentFiles.submissionMarkdown(grade)
    }

    func scoreMarkdown() -> String {
        var out = "\n## Score\n\n**\(printed.total) / \(printed.maximum)** (\(printed.percent) %)"
        if grade.status == .needsReview { out += " — provisional: a grader reviews the answers below before it is a grade" }
        out += "\n\n| Check | Verdict | Points |\n|---|---|---:|\n"
        for k in shown {
            let item = score.checks[k]
            var verdict = item.status.rawValue
            if item.carriedForward { verdict += " (carried forward)" }
            if let by = item.creditedBy { verdict += " (no working shown: credited as `\(by)`)" }
            if let override = item.override { verdict += " — \(override.note)" }
            out += "| `\(item.id)` | \(verdict) | \(printed.points[k]) / \(printed.maxima[k]) |\n"
        }
        let outside = score.checks.filter { $0.maximum.isZero && !$0.id.isPlace }.map(\.id)
        if !outside.isEmpty {
            out += "\nOut of the maximum (no sheet can have them verified): " + outside.map { "`\($0)`" }.joined(separator: ", ") + ".\n"
        }
        return out
    }

    static func submissionMarkdown(_ grade: StudentGrade) -> String {
        var out = ""
        if !grade.review.isEmpty {
            out += "\n## For a grader to look at\n\n" + grade.review.map { "- " + oneLine($0) + "\n" }.joined()
        }
        if !grade.notes.isEmpty {
            out += "\n## Submission\n\n" + grade.notes.map { "- " + oneLine($0) + "\n" }.joined()
        }
        return out
    }

    static func oneLine(_ text: String) -> String { text.replacingOccurrences(of: "\n", with: " ") }

    /// What an unreadable submission's student is shown.
    static func unreadableMarkdown(_ grade: StudentGrade) -> String {
        "# coursecheck report\n\nStudent: `\(grade.key)`\n\nNot graded: no sheet could be read.\n" + submissionMarkdown(grade)
    }

    /// The report's JSON with a `score` object (schema `coursecheck.report/1`).
    var typed: StudentReport {
        var checks: [String: StudentReport.Score.Item] = [:]
        for k in shown {
            let item = score.checks[k]
            checks[item.id.description] = .init(points: printed.points[k].description, maximum: printed.maxima[k].description,
                                                 override: item.override?.note, creditedBy: item.creditedBy?.description)
        }
        return StudentReport(report: report, score: .init(
            total: printed.total.description, maximum: printed.maximum.description, percent: printed.percent.description,
            status: grade.status.rawValue, checks: checks, review: grade.review, notes: grade.notes))
    }

    func json() -> JSONValue { typed.jsonValue }
}

extension AnswerID {
    /// Text at a place that no answer claims (`part2.q5.1@12:3`).
    var isPlace: Bool {
        if case .unplaced = item { return true }
        return false
    }
}

/// A student's JSON: the report (`coursecheck.report/1`) and its score.
/// `jsonValue` builds it directly; `GradingJSONTests` holds it equal to the
/// `Encodable` form.
struct StudentReport: Encodable {
    var report: Report
    var score: Score

    struct Score: Encodable, Equatable {
        var total, maximum, percent, status: String
        var checks: [String: Item]
        var review: [String]
        var notes: [String]

        struct Item: Encodable, Equatable {
            var points, maximum: String
            var override: String?
            var creditedBy: String?

            enum CodingKeys: String, CodingKey {
                case points, maximum, override
                case creditedBy = "credited_by"
            }
        }
    }

    enum CodingKeys: String, CodingKey { case score }

    func encode(to encoder: any Encoder) throws {
        try report.encode(to: encoder)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(score, forKey: .score)
    }

    var jsonValue: JSONValue {
        guard case .object(var members) = report.jsonValue else { return report.jsonValue }
        members["score"] = .object([
            "total": .string(score.total), "maximum": .string(score.maximum), "percent": .string(score.percent),
            "status": .string(score.status),
            "checks": .object(score.checks.mapValues { item in
                var entry: [String: JSONValue] = ["points": .string(item.points), "maximum": .string(item.maximum)]
                if let override = item.override { entry["override"] = .string(override) }
                if let by = item.creditedBy { entry["credited_by"] = .string(by) }
                return .object(entry)
            }),
            "review": .array(score.review.map(JSONValue.string)),
            "notes": .array(score.notes.map(JSONValue.string)),
        ])
        return .object(members)
    }
}
