import CoursecheckAssignment
import CoursecheckMaths
import CoursecheckReading
import CoursecheckReporting
import CoursecheckVerification
import Foundation

/// What a student gets shown: everything, or verdicts only (no expected
/// answers, no evidence or diagnosis that would reveal them), for feedback
/// released before everyone's deadline has passed.
public enum Feedback: String, Sendable, CaseIterable {
    case full
    case verdicts
}

/// A student's status in the class outputs.
public enum StudentStatus: String, Sendable {
    case graded
    case needsReview = "needs_review"
    case noSubmission = "no_submission"
    case unreadable
}

/// One student's outcome, compact enough to keep for the whole class: the
/// score per check and per question, and what the class report groups.
public struct StudentGrade: Sendable {
    public var id: String
    public var status: StudentStatus
    public var score: SheetScore?
    /// Why a grader must look (review items, or why the sheet is unreadable).
    public var reasons: [String]
    /// Check id → the answer as read (canonical) and its diagnosis notes,
    /// for wrong answers only.
    public var wrong: [String: (answer: String, diagnoses: [String])]
    /// Question key → points.
    public var questionPoints: [String: Rational]
    /// Question key → what this sheet's checks of it are out of (unverifiable
    /// checks left out).
    public var questionMaxima: [String: Rational] = [:]

    public var needsReviewReason: String { reasons.joined(separator: "; ") }
}

/// Grades one submission: reads and checks the sheet with references
/// computed once for the class, scores it, and renders the student's files.
struct StudentGrader: Sendable {
    let assignment: Assignment
    let source: AssignmentSource?
    let part1: Part1References?
    let part2: Part2References
    let scorer: Scorer
    let feedback: Feedback

    struct Output: Sendable {
        var grade: StudentGrade
        /// File name (without extension) under students/ and gradescope/.
        var file: String
        var markdown: String?
        var json: String?
        var gradescope: String?
        var responses: String
    }

    /// A submission whose id is not on the roster is graded, and flagged.
    func grade(_ submission: Submission, overrides: [String: Overrides.Entry], onRoster: Bool = true) -> Output {
        var output = gradeSheet(submission, overrides: overrides)
        if !onRoster { output.grade.reasons.append("not on the roster") }
        return output
    }

    func gradeSheet(_ submission: Submission, overrides: [String: Overrides.Entry]) -> Output {
        var grade = StudentGrade(id: submission.id, status: .graded, score: nil, reasons: submission.notes, wrong: [:], questionPoints: [:])
        let file = StudentGrader.fileName(submission.id)
        guard let sheet = submission.sheet else {
            grade.status = .unreadable
            grade.reasons.insert(submission.problem ?? "no sheet", at: 0)
            return Output(grade: grade, file: file, responses: "")
        }
        let report: Report
        do {
            var text = try SheetText.read(path: sheet.path)
            text.path = submission.source
            report = try Verifier.verify(text: text, assignment: assignment, source: source, references: part2, part1References: part1)
        } catch {
            grade.status = .unreadable
            // Messages name the file as the class folder does (no absolute
            // or temporary paths).
            let message = ((error as? LocalizedError)?.errorDescription ?? "\(error)")
                .replacingOccurrences(of: sheet.path, with: submission.source)
            grade.reasons.insert(message, at: 0)
            return Output(grade: grade, file: file, responses: "")
        }
        let score = scorer.score(report, overrides: overrides)
        grade.score = score
        grade.reasons += score.review
        if !score.review.isEmpty || !submission.notes.isEmpty { grade.status = .needsReview }
        for item in score.checks {
            grade.questionPoints[item.question] = (try? (grade.questionPoints[item.question] ?? .zero).adding(item.points)) ?? .zero
            grade.questionMaxima[item.question] = (try? (grade.questionMaxima[item.question] ?? .zero).adding(item.maximum)) ?? .zero
        }
        for check in report.checks where check.status == .incorrect || check.status == .inconsistent {
            grade.wrong[check.id.description] = (check.canonical, check.diagnosis.map { "\($0.note): \($0.explanation)" })
        }
        let shown = feedback == .full ? report : StudentGrader.verdictsOnly(report)
        return Output(grade: grade, file: file,
                      markdown: shown.markdown() + StudentGrader.scoreMarkdown(score, grade: grade),
                      json: StudentGrader.json(shown, score: score, grade: grade),
                      gradescope: StudentGrader.gradescope(shown, score: score),
                      responses: StudentGrader.responses(report, score: score, student: submission.id))
    }

    /// A file name for an id: letters, digits, `.`, `-` and `_` kept,
    /// anything else `_`.
    static func fileName(_ id: String) -> String {
        let kept = String(id.unicodeScalars.map { s -> Character in
            (s.isASCII && (CharacterSet.alphanumerics.contains(s) || s == "-" || s == "_" || s == ".")) ? Character(s) : "_"
        })
        return kept.hasPrefix(".") ? "_" + kept : kept
    }

    /// The report without what reveals the expected answers.
    static func verdictsOnly(_ report: Report) -> Report {
        let checks = report.checks.map { check -> Check in
            var c = check
            c.expected = ""
            c.evidence = check.status == .unparsable || check.status == .missing ? check.evidence : ""
            c.diagnosis = []
            return c
        }
        return Report(sheet: report.sheet, assignment: report.assignment, checks: checks)
    }

    static func percent(_ score: SheetScore) -> String {
        guard !score.maximum.isZero, let ratio = try? score.total.divided(by: score.maximum).multiplied(by: Rational(100)) else { return "0.00" }
        return ratio.twoDecimals
    }

    static func scoreMarkdown(_ score: SheetScore, grade: StudentGrade) -> String {
        var out = "\n## Score\n\n**\(score.total.twoDecimals) / \(score.maximum.twoDecimals)** (\(percent(score)) %)\n\n"
        out += "| Check | Verdict | Points |\n|---|---|---:|\n"
        for item in score.checks where !item.maximum.isZero || !item.points.isZero || item.override != nil {
            var verdict = item.status.rawValue
            if item.carriedForward { verdict += " (carried forward)" }
            if let override = item.override { verdict += " — \(override)" }
            out += "| `\(item.id)` | \(verdict) | \(item.points.twoDecimals) / \(item.maximum.twoDecimals) |\n"
        }
        if !grade.reasons.isEmpty {
            out += "\nFor a grader to look at:\n\n" + grade.reasons.map { "- " + $0.replacingOccurrences(of: "\n", with: " ") + "\n" }.joined()
        }
        return out
    }

    static func json(_ report: Report, score: SheetScore, grade: StudentGrade) -> String? {
        guard case .object(var members) = report.jsonValue else { return nil }
        var checks: [String: JSONValue] = [:]
        for item in score.checks {
            var entry: [String: JSONValue] = ["points": .string(item.points.twoDecimals), "maximum": .string(item.maximum.twoDecimals)]
            if let override = item.override { entry["override"] = .string(override) }
            checks[item.id] = .object(entry)
        }
        members["score"] = .object([
            "total": .string(score.total.twoDecimals), "maximum": .string(score.maximum.twoDecimals),
            "percent": .string(percent(score)), "checks": .object(checks),
            "review": .array(grade.reasons.map(JSONValue.string)),
        ])
        return JSONValue.object(members).text
    }

    /// Gradescope's autograder results: a test per scored check.
    static func gradescope(_ report: Report, score: SheetScore) -> String {
        var tests: [JSONValue] = []
        let byID = Dictionary(report.checks.map { ($0.id.description, $0) }, uniquingKeysWith: { a, _ in a })
        for item in score.checks where !item.maximum.isZero || !item.points.isZero {
            let check = byID[item.id]
            var output = item.status.rawValue
            if let evidence = check?.evidence, !evidence.isEmpty { output += ": " + evidence }
            if let override = item.override { output += " (\(override))" }
            tests.append(.object([
                "name": .string(item.id), "number": .string(item.question),
                "score": .number(Double(item.points.twoDecimals) ?? 0), "max_score": .number(Double(item.maximum.twoDecimals) ?? 0),
                "status": .string(item.points == item.maximum ? "passed" : "failed"),
                "output": .string(output), "visibility": .string("visible"),
            ]))
        }
        let summary = "\(report.summary.correct) correct, \(report.summary.incorrect) incorrect, \(report.summary.inconsistent) inconsistent, "
            + "\(report.summary.missing) missing, \(report.summary.unparsable) unparsable, \(report.summary.unverifiable) unverifiable"
        return JSONValue.object([
            "score": .number(Double(score.total.twoDecimals) ?? 0),
            "output": .string("coursecheck: " + summary),
            "tests": .array(tests),
        ]).text
    }

    /// One JSON line per check: id, status, the answer as read, points,
    /// diagnosis notes.
    static func responses(_ report: Report, score: SheetScore, student: String) -> String {
        var out = ""
        let byID = Dictionary(score.checks.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for check in report.checks {
            let item = byID[check.id.description]
            out += CompactJSON.object([
                ("answer", .string(check.canonical)),
                ("check", .string(check.id.description)),
                ("diagnosis", .array(check.diagnosis.map { .string($0.note) })),
                ("maximum", .string(item?.maximum.twoDecimals ?? "0.00")),
                ("points", .string(item?.points.twoDecimals ?? "0.00")),
                ("status", .string(check.status.rawValue)),
                ("student_id", .string(student)),
            ]) + "\n"
        }
        return out
    }
}

/// One-line JSON with keys in the order given (callers give them sorted).
enum CompactJSON {
    static func object(_ members: [(String, JSONValue)]) -> String {
        "{" + members.map { quote($0.0) + ": " + value($0.1) }.joined(separator: ", ") + "}"
    }

    static func value(_ v: JSONValue) -> String {
        switch v {
        case .array(let items): "[" + items.map(value).joined(separator: ", ") + "]"
        case .string(let s): quote(s)
        default: String(v.text.dropLast())
        }
    }

    static func quote(_ s: String) -> String {
        String(JSONValue.string(s).text.dropLast())
    }
}

/// Gradescope's autograder format for one sheet (`verify --format gradescope`).
public enum GradescopeResults {
    public static func render(_ report: Report, assignment: Assignment) -> String {
        StudentGrader.gradescope(report, score: Scorer(assignment: assignment).score(report))
    }
}
