import CSV
import CoursecheckAssignment
import CoursecheckMaths
import CoursecheckReporting
import CoursecheckVerification
import Foundation

/// `coursecheck grade`: a class of submissions into scores, feedback,
/// statistics and LMS files, all under one output folder.
public struct GradeOptions: Sendable {
    public var submissions: URL
    public var outputDirectory: URL
    public var assignment: Assignment
    public var source: AssignmentSource?
    public var roster: Roster?
    public var overrides: Overrides
    public var previous: URL?
    public var jobs: Int
    public var feedback: Feedback
    public var canvasColumn: String?

    public init(submissions: URL, outputDirectory: URL, assignment: Assignment, source: AssignmentSource? = nil,
                roster: Roster? = nil, overrides: Overrides = Overrides(), previous: URL? = nil, jobs: Int = 1,
                feedback: Feedback = .full, canvasColumn: String? = nil) {
        self.submissions = submissions
        self.outputDirectory = outputDirectory
        self.assignment = assignment
        self.source = source
        self.roster = roster
        self.overrides = overrides
        self.previous = previous
        self.jobs = max(1, jobs)
        self.feedback = feedback
        self.canvasColumn = canvasColumn
    }
}

/// What the run did: counts per status, and warnings for the person who ran it.
public struct GradeSummary: Sendable {
    public var counts: [StudentStatus: Int]
    public var warnings: [String]

    /// 0 when every submission was graded; 1 when some need review.
    public var exitStatus: Int32 {
        (counts[.needsReview] ?? 0) + (counts[.unreadable] ?? 0) > 0 ? 1 : 0
    }
}

/// The grading command cannot run at all (exit 2).
public struct GradeError: LocalizedError, Sendable {
    public var message: String
    public var errorDescription: String? { message }
}

public enum GradeRun {
    /// Students read and checked together, in student-id order.
    static func chunkSize(jobs: Int) -> Int { max(8, jobs * 8) }

    public static func run(_ options: GradeOptions) throws -> GradeSummary {
        let manager = FileManager.default
        let out = options.outputDirectory
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: options.submissions.path, isDirectory: &isDirectory) else {
            throw GradeError(message: "\(options.submissions.path): no such file or folder")
        }
        do {
            try manager.createDirectory(at: out, withIntermediateDirectories: true)
        } catch {
            throw GradeError(message: "\(out.path): cannot create the output folder")
        }
        guard manager.isWritableFile(atPath: out.path) else { throw GradeError(message: "\(out.path): the output folder is not writable") }

        // A zip is unpacked inside DIR (with our limits), and removed after.
        var folder = options.submissions
        var zipNotes: [Submission] = []
        let unpacked = out.appendingPathComponent(".unpacked")
        defer { try? manager.removeItem(at: unpacked) }
        if !isDirectory.boolValue {
            guard options.submissions.pathExtension.lowercased() == "zip" else {
                throw GradeError(message: "\(options.submissions.path): SUBMISSIONS must be a folder or a .zip of one")
            }
            try? manager.removeItem(at: unpacked)
            try manager.createDirectory(at: unpacked, withIntermediateDirectories: true)
            let result: SafeZip.Result
            do { result = try SafeZip.extract(options.submissions, into: unpacked) } catch {
                throw GradeError(message: (error as? LocalizedError)?.errorDescription ?? "\(error)")
            }
            for (path, reason) in result.skipped {
                let name = String(path.split(separator: "/").last ?? Substring(path))
                zipNotes.append(Submission(id: Submissions.studentID(name), sheet: nil, source: path, problem: "zip entry \(path): \(reason)"))
            }
            if let stopped = result.stopped {
                zipNotes.append(Submission(id: "(zip)", sheet: nil, source: options.submissions.lastPathComponent, problem: "zip: \(stopped)"))
            }
            folder = unpacked
        }
        var submissions = try Submissions.discover(in: folder)
        let found = Set(submissions.map(\.id))
        submissions += zipNotes.filter { !found.contains($0.id) }
        submissions.sort { $0.id < $1.id }

        let scorer = Scorer(assignment: options.assignment)
        let maxima = scorer.questionMaxima(options.assignment)
        let part2: Part2References
        let part1: Part1References?
        do {
            part2 = try Part2References(options.assignment)
            part1 = try options.assignment.part1.map(Part1References.init)
        } catch {
            throw GradeError(message: "the references cannot be computed: \(error)")
        }
        let grader = StudentGrader(assignment: options.assignment, source: options.source, part1: part1, part2: part2,
                                   scorer: scorer, feedback: options.feedback)
        let previous = try options.previous.map { try PreviousGrades.load($0) }

        for sub in ["students", "gradescope"] {
            try? manager.removeItem(at: out.appendingPathComponent(sub))
            try manager.createDirectory(at: out.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        let grades = try StreamedCSV(out.appendingPathComponent("grades.csv"))
        try grades.row(["student_id", "name", "status", "score", "max_score", "percent", "needs_review_reason"] + maxima.map(\.key))
        let total = (try? Rational.sumExact(maxima.map(\.maximum))) ?? .zero
        try grades.row(["points_possible", "", "", total.twoDecimals, total.twoDecimals, "100.00", ""] + maxima.map(\.maximum.twoDecimals))
        let responses = try StreamedText(out.appendingPathComponent("responses.jsonl"))
        let regrade = previous == nil ? nil : try StreamedCSV(out.appendingPathComponent("regrade.csv"))
        try regrade?.row(["student_id", "check", "old_status", "new_status", "old_points", "new_points"])
        var regradeChanges = (checks: 0, students: Set<String>())

        var statistics = ClassStatistics(questions: maxima)
        // Per student only what the LMS files need: a class of any size
        // keeps a few values per student, not their reports.
        var finalScores: [String: FinalScore] = [:]
        let roster = options.roster
        var index = 0
        while index < submissions.count {
            let chunk = Array(submissions[index..<min(submissions.count, index + chunkSize(jobs: options.jobs))])
            index += chunk.count
            // Each worker reads, checks and writes its students' own files;
            // the shared files are appended here, in student-id order.
            let outputs = try ParallelMap.map(chunk.count, jobs: options.jobs) { k -> Result<StudentGrader.Output, Error> in
                Result {
                    var output = grader.grade(chunk[k], overrides: options.overrides.entries[chunk[k].id] ?? [:],
                                              onRoster: roster.map { $0.students[chunk[k].id] != nil } ?? true)
                    try write(output, to: out)
                    output.markdown = nil
                    output.json = nil
                    output.gradescope = nil
                    return output
                }
            }.map { try $0.get() }
            for output in outputs {
                let grade = output.grade
                try responses.write(output.responses)
                try grades.row(gradesRow(grade, name: roster?.students[grade.id]?.name ?? "", maxima: maxima))
                if let previous, let regrade {
                    for change in previous.changes(student: grade.id, score: grade.score) {
                        try regrade.row([grade.id, change.check, change.oldStatus, change.newStatus, change.oldPoints, change.newPoints])
                        regradeChanges.checks += 1
                        regradeChanges.students.insert(grade.id)
                    }
                }
                let carried = Set(grade.score?.checks.filter(\.carriedForward).map(\.question) ?? [])
                statistics.add(grade, carriedQuestions: carried)
                finalScores[grade.id] = FinalScore(status: grade.status, total: grade.score?.total, maximum: grade.score?.maximum,
                                                   reason: grade.needsReviewReason)
            }
        }
        // Rostered students without a submission.
        for id in (roster?.students.keys.sorted() ?? []) where finalScores[id] == nil {
            let grade = StudentGrade(id: id, status: .noSubmission, score: nil, reasons: [], wrong: [:], questionPoints: [:])
            try grades.row(gradesRow(grade, name: roster?.students[id]?.name ?? "", maxima: maxima))
            statistics.add(grade, carriedQuestions: [])
            finalScores[id] = FinalScore(status: .noSubmission, total: nil, maximum: nil, reason: "")
        }
        try grades.finish()
        try responses.finish()
        try regrade?.finish()

        var warnings: [String] = []
        let canvasColumn = options.canvasColumn ?? "coursecheck"
        if options.canvasColumn == nil {
            warnings.append("canvas.csv: no --canvas-column given; its grade column is 'coursecheck', so Canvas will create a new assignment on import (give the column's own 'Title (id)' header to fill an existing one)")
        }
        try Exports.canvas(out.appendingPathComponent("canvas.csv"), scores: finalScores, roster: roster, column: canvasColumn, total: total)
        if let roster, roster.hasEmail || roster.hasSISID {
            try Exports.moodle(out.appendingPathComponent("moodle.csv"), scores: finalScores, roster: roster)
        }
        var regradeText: String?
        if previous != nil {
            regradeText = "Against the previous grading: \(regradeChanges.checks) check\(regradeChanges.checks == 1 ? "" : "s") changed "
                + "for \(regradeChanges.students.count) student\(regradeChanges.students.count == 1 ? "" : "s") (regrade.csv).\n"
        }
        try OutputFile.write(statistics.markdown(regrade: regradeText), to: out.appendingPathComponent("class-report.md").path)
        try OutputFile.write(statistics.json(), to: out.appendingPathComponent("class-report.json").path)
        try OutputFile.write(Charts.histogram(statistics.histogram), to: out.appendingPathComponent("score-histogram.svg").path)
        try OutputFile.write(Charts.facility(statistics.questionFigures), to: out.appendingPathComponent("question-facility.svg").path)
        if let regradeText { warnings.append(regradeText.trimmingCharacters(in: .newlines)) }
        return GradeSummary(counts: statistics.counts, warnings: warnings)
    }

    /// A student's own files: students/ID.md and .json, gradescope/ID/results.json.
    static func write(_ output: StudentGrader.Output, to out: URL) throws {
        if let markdown = output.markdown {
            try OutputFile.writeNew(markdown, to: out.appendingPathComponent("students/\(output.file).md").path)
        }
        if let json = output.json {
            try OutputFile.writeNew(json, to: out.appendingPathComponent("students/\(output.file).json").path)
        }
        let folder = out.appendingPathComponent("gradescope/\(output.file)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try OutputFile.writeNew(output.gradescope ?? unreadableGradescope(output.grade), to: folder.appendingPathComponent("results.json").path)
    }

    static func gradesRow(_ grade: StudentGrade, name: String, maxima: [(key: String, maximum: Rational)]) -> [String] {
        guard let score = grade.score else {
            return [grade.id, name, grade.status.rawValue, "", "", "", grade.needsReviewReason] + maxima.map { _ in "" }
        }
        return [grade.id, name, grade.status.rawValue, score.total.twoDecimals, score.maximum.twoDecimals,
                StudentGrader.percent(score), grade.needsReviewReason]
            + maxima.map { (grade.questionPoints[$0.key] ?? .zero).twoDecimals }
    }

    static func unreadableGradescope(_ grade: StudentGrade) -> String {
        JSONValue.object(["score": .number(0), "output": .string("coursecheck: not graded: \(grade.needsReviewReason)"), "tests": .array([])]).text
    }
}

/// Runs `body` for 0..<count on `jobs` threads; results in index order.
enum ParallelMap {
    /// The shared counter and results, behind a lock.
    final class Box<T>: @unchecked Sendable {
        let lock = NSLock()
        var next = 0
        var results: [T?]
        init(_ count: Int) { results = Array(repeating: nil, count: count) }
    }

    static func map<T: Sendable>(_ count: Int, jobs: Int, _ body: @escaping @Sendable (Int) -> T) -> [T] {
        let box = Box<T>(count)
        let group = DispatchGroup()
        for _ in 0..<min(jobs, count) {
            group.enter()
            Thread.detachNewThread {
                while true {
                    let k: Int = box.lock.withLock { defer { box.next += 1 }; return box.next }
                    guard k < count else { break }
                    let value = body(k)
                    box.lock.withLock { box.results[k] = value }
                }
                group.leave()
            }
        }
        group.wait()
        return box.results.map { $0! }
    }
}
