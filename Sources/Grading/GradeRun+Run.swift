import CoursecheckAssignment
import CoursecheckMaths
import CoursecheckReporting
import Foundation

extension GradeRun {
    /// One run's state: the files streamed as students are graded, the
    /// statistics, and what the LMS files need of each student.
    struct Run {
        let options: GradeOptions
        let output: GradeOutput
        let scorer: Scorer
        let roster: Roster?
        let previous: PreviousGrades?
        var statistics: ClassStatistics
        /// Per student only what the LMS files need: a class of any size
        /// keeps a few values per student, not their reports.
        var finalScores: [String: FinalScore] = [:]
        var grades: OutputStreamFile?
        var responses: OutputStreamFile?
        var regrade: OutputStreamFile?
        var regradeChanges = (checks: 0, students: Set<String>())
        /// The printed maximum of each question (grades.csv's
        /// `points_possible` row), which a student's question never exceeds.
        var questionCaps: [Cents] = []

        init(options: GradeOptions, output: GradeOutput, scorer: Scorer, roster: Roster?, previous: PreviousGrades?) throws {
            self.options = options
            self.output = output
            self.scorer = scorer
            self.roster = roster
            self.previous = previous
            statistics = try ClassStatistics(scorer: scorer)
        }

        mutating func start() throws {
            grades = try output.begin("grades.csv")
            let keys = scorer.questions.map(\.key)
            try grades?.write(CSVLine.render(["student_id", "name", "status", "score", "max_score", "percent", "needs_review_reason"] + keys))
            let possible = try Apportion.cents(try scorer.questionMaxima())
            questionCaps = possible.parts
            try grades?.write(CSVLine.render(["points_possible", "", "", possible.whole.description, possible.whole.description, "100.00", ""]
                + possible.parts.map(\.description)))
            responses = try output.begin("responses.jsonl")
            if previous != nil {
                regrade = try output.begin("regrade.csv")
                try regrade?.write(CSVLine.render(["student_id", "check", "old_status", "new_status", "old_points", "new_points"]))
            }
        }

        /// Grades `submissions`, letting go of each student once written:
        /// what stays per student is what the LMS files and statistics need.
        mutating func grade(_ submissions: inout [Submission], grader: StudentGrader, overrides: [String: [AnswerID: Overrides.Entry]]) throws {
            let output = self.output, roster = self.roster
            // Each worker takes its student's files out of `pending` (so what
            // has been graded is let go), reads, checks and writes the
            // student's own files; the shared files are appended here, in id
            // order, while the workers go on.
            let pending = Pending(submissions)
            submissions = submissions.map { Submission(key: $0.key) }
            try ParallelMap.stream(pending.count, jobs: options.jobs, window: GradeRun.window(jobs: options.jobs)) { k -> Result<StudentGrader.Output, Error> in
                Result {
                    let submission = pending.take(k)
                    var result = try grader.grade(submission, overrides: overrides[submission.key.value] ?? [:],
                                                  onRoster: roster.map { $0.students[submission.key.value] != nil } ?? true)
                    if let markdown = result.markdown { try output.write(markdown, to: "students/\(result.file).md") }
                    if let json = result.json { try output.write(json, to: "students/\(result.file).json") }
                    try output.write(result.gradescope, to: "gradescope/\(result.file)/results.json")
                    result.markdown = nil
                    result.json = nil
                    result.gradescope = ""
                    return result
                }
            } consume: { _, outcome in
                let result = try outcome.get()
                try record(result.grade, responses: result.responses)
            }
            // Rostered students without a submission.
            for id in (roster?.students.keys.sorted() ?? []) where finalScores[id] == nil {
                try record(StudentGrade(key: StudentKey(id, fromLMS: true), status: .noSubmission), responses: [])
            }
        }

        /// A student's lines in the shared files, statistics, and LMS needs.
        mutating func record(_ grade: StudentGrade, responses lines: [ResponseLine]) throws {
            let student = roster?.students[grade.key.value]
            var row = [CSVCell.id(grade.key), CSVCell.text(student?.name ?? grade.name ?? ""), grade.status.rawValue]
            var percent: Cents?
            if let score = grade.score {
                percent = try score.percent()
                let questions = try Apportion.cents(try score.byQuestion(scorer.questions).map(\.points), caps: questionCaps)
                row += [questions.whole.description, Cents(rounding: score.maximum).description, percent!.description,
                        CSVCell.text(grade.reviewReason)] + questions.parts.map(\.description)
            } else {
                row += ["", "", "", CSVCell.text(grade.reviewReason)] + scorer.questions.map { _ in "" }
            }
            try grades?.write(CSVLine.render(row))
            for line in lines { try responses?.write(line.compact) }
            if let previous, let regrade, grade.status != .noSubmission {
                for change in previous.changes(student: grade.key.value, lines: lines) {
                    try regrade.write(CSVLine.render([CSVCell.id(grade.key), change.check, change.oldStatus, change.newStatus,
                                                      change.oldPoints, change.newPoints]))
                    regradeChanges.checks += 1
                    regradeChanges.students.insert(grade.key.value)
                }
            }
            try statistics.add(grade)
            finalScores[grade.key.value] = FinalScore(key: grade.key, status: grade.status, total: grade.score?.total, percent: percent,
                                                      reason: grade.reviewReason, name: grade.name, email: grade.email)
        }

        mutating func finish(canvasMaximum: Rational?, moodleMaximum: Rational?, gradebook: inout CanvasGradebook?,
                             worksheet: inout MoodleWorksheet?, problems: [String]) throws -> GradeSummary {
            for file in [grades, responses, regrade].compactMap({ $0 }) {
                try file.finish()
                file.close()
            }
            var lines: [String] = []
            var keys = KeyWarnings()
            let scores = finalScores.keys.sorted().map { finalScores[$0]! }
            let canvas = LMSGrades(maximum: scorer.maximum, columnMaximum: canvasMaximum, exportProvisional: options.exportProvisional)
            let moodle = LMSGrades(maximum: scorer.maximum, columnMaximum: moodleMaximum, exportProvisional: options.exportProvisional)
            let column = options.canvasColumn ?? "coursecheck"
            try output.write(try Exports.canvas(scores, roster: roster, column: column, grades: canvas, keys: &keys), to: "canvas.csv")
            try output.write(try Exports.moodle(scores, roster: roster, grades: moodle, keys: &keys), to: "moodle.csv")
            lines.append(canvas.summary("canvas.csv"))
            if moodleMaximum != canvasMaximum { lines.append(moodle.summary("moodle.csv")) }
            if options.canvasColumn == nil {
                lines.append("canvas.csv: no --canvas-column given; its grade column is 'coursecheck', so Canvas will create a new assignment on import (give the column's own 'Title (id)' header to fill an existing one)")
            }
            if var book = gradebook {
                let (text, filled, added) = try book.fill(finalScores, grades: canvas, keys: &keys)
                try output.write(text, to: "canvas-gradebook.csv")
                lines.append("canvas-gradebook.csv: \(filled) grade\(filled == 1 ? "" : "s") filled in '\(book.columnName)'"
                    + (added > 0 ? "; \(added) graded student\(added == 1 ? "" : "s") not in the export added at the end" : ""))
                gradebook = book
            }
            if var sheet = worksheet {
                let (text, filled, added) = try sheet.fill(finalScores, grades: moodle, keys: &keys)
                try output.write(text, to: "moodle-worksheet.csv")
                lines.append("moodle-worksheet.csv: \(filled) grade\(filled == 1 ? "" : "s") filled"
                    + (sheet.feedback == nil ? " (the worksheet has no 'Feedback comments' column: no feedback written)" : "")
                    + (added > 0 ? "; \(added) graded student\(added == 1 ? "" : "s") not in the worksheet added at the end" : ""))
                worksheet = sheet
            }
            var regradeText: String?
            if previous != nil {
                regradeText = "Against the previous grading: \(regradeChanges.checks) check\(regradeChanges.checks == 1 ? "" : "s") changed "
                    + "for \(regradeChanges.students.count) student\(regradeChanges.students.count == 1 ? "" : "s") (regrade.csv).\n"
            }
            let report = ClassReport(statistics)
            try output.write(report.markdown(statistics, regrade: regradeText), to: "class-report.md")
            try output.write(try report.json(), to: "class-report.json")
            try output.write(Charts.histogram(statistics.histogram), to: "score-histogram.svg")
            try output.write(Charts.facility(statistics.questionFigures), to: "question-facility.svg")
            lines += try output.finish()
            if let regradeText { lines.append(regradeText.trimmingCharacters(in: .newlines)) }
            lines += keys.lines
            let review = statistics.counts[.needsReview] ?? 0, unreadable = statistics.counts[.unreadable] ?? 0
            if review + unreadable > 0 {
                let provisional = review == 0 ? "" : options.exportProvisional
                    ? "; --export-provisional: the provisional grades of the \(review) under review are in the LMS files"
                    : "; the LMS files leave their grade cells empty (--export-provisional writes the provisional grades)"
                lines.append("\(review + unreadable) submission\(review + unreadable == 1 ? "" : "s") need\(review + unreadable == 1 ? "s" : "") review "
                    + "(\(review) with answers to decide, \(unreadable) unreadable): see 'Needs review' in \(options.outputDirectory.path)/class-report.md\(provisional)")
            }
            return GradeSummary(counts: statistics.counts, lines: lines, problems: problems)
        }
    }
}

/// The submissions not yet taken by a grading worker.
private final class Pending: @unchecked Sendable {
    private let lock = NSLock()
    private var submissions: [Submission]
    let count: Int
    init(_ submissions: [Submission]) {
        self.submissions = submissions
        count = submissions.count
    }
    /// Submission `k`, leaving only its key behind.
    func take(_ k: Int) -> Submission {
        lock.withLock {
            let submission = submissions[k]
            submissions[k] = Submission(key: submission.key)
            return submission
        }
    }
}
