import CoursecheckAssignment
import CoursecheckMaths
import CoursecheckReporting
import CoursecheckTraining
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
    /// The LMS column's maximum, when no LMS file gives it (`--scale-to`).
    public var scaleTo: Rational?
    /// Grades of students under review go into the LMS files too.
    public var exportProvisional: Bool
    /// Canvas's gradebook export and Moodle's grading worksheet, to read
    /// names from and write back filled.
    public var canvasGradebook: String?
    public var moodleWorksheet: String?
    /// Part I's trained accuracies (`--accuracy-reference`), already
    /// validated against the assignment (`AccuracyCheck.validate`).
    public var accuracyReference: AccuracyReference?
    /// Tests: writing this output file (a path relative to the output
    /// folder) fails as on a full disk.
    @_spi(Testing) public var failWriting: String?

    public init(submissions: URL, outputDirectory: URL, assignment: Assignment, source: AssignmentSource? = nil,
                roster: Roster? = nil, overrides: Overrides = Overrides(), previous: URL? = nil, jobs: Int = 1,
                feedback: Feedback = .full, canvasColumn: String? = nil, scaleTo: Rational? = nil, exportProvisional: Bool = false,
                canvasGradebook: String? = nil, moodleWorksheet: String? = nil, accuracyReference: AccuracyReference? = nil) {
        self.accuracyReference = accuracyReference
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
        self.scaleTo = scaleTo
        self.exportProvisional = exportProvisional
        self.canvasGradebook = canvasGradebook
        self.moodleWorksheet = moodleWorksheet
    }
}

/// What the run did: counts per status, the lines to end the run with, and
/// problems of the download as a whole (for standard error).
public struct GradeSummary: Sendable {
    public var counts: [StudentStatus: Int]
    public var lines: [String]
    public var problems: [String]

    /// 0 when every submission was graded; 1 when some need review.
    public var exitStatus: Int32 {
        (counts[.needsReview] ?? 0) + (counts[.unreadable] ?? 0) > 0 ? 1 : 0
    }
}

/// The grading command cannot run (exit 2), with one line saying why.
public struct GradeError: LocalizedError, Sendable {
    public var message: String
    public init(message: String) { self.message = message }
    public var errorDescription: String? { message }
}

public enum GradeRun {
    /// How many students the grading workers may run ahead of the one
    /// whose lines are being written (student-id order).
    static func window(jobs: Int) -> Int { max(8, jobs * 8) }

    /// Everything that can refuse the run is checked before the output
    /// folder is touched: a run that fails on its input leaves nothing behind.
    public static func run(_ options: GradeOptions) throws -> GradeSummary {
        let tree = try openSubmissions(options)
        var discovery = Discovery(tree)
        tree.listed()
        var gradebook = try options.canvasGradebook.map { try CanvasGradebook.load($0, column: options.canvasColumn) }
        var worksheet = try options.moodleWorksheet.map { try MoodleWorksheet.load($0) }
        let roster = try options.roster ?? gradebook.map { try Roster.read($0.table) } ?? worksheet.map { try Roster.read($0.table) }
        let canvasMaximum = try columnMaximum(options.scaleTo, gradebook?.pointsPossible, "Canvas's Points Possible for '\(options.canvasColumn ?? "")'")
        let moodleMaximum = try columnMaximum(options.scaleTo, worksheet?.maximumGrade, "the Moodle worksheet's Maximum Grade")

        let part2: Part2References
        let part1: Part1References?
        let scorer: Scorer
        do {
            part2 = try Part2References(options.assignment)
            part1 = try options.assignment.part1.map { try Part1References($0, accuracy: options.accuracyReference) }
            scorer = try Scorer(assignment: options.assignment,
                                coverage: Coverage(assignment: options.assignment, part2: part2, accuracy: options.accuracyReference))
        } catch {
            throw GradeError(message: "the assignment cannot be graded: \(error)")
        }
        let students = Set(discovery.submissions.map(\.key.value)).union(roster?.students.keys ?? [:].keys)
        let overrides = try options.overrides.validated(assignment: options.assignment, scorer: scorer, students: students)
        let previous = try options.previous.map { try PreviousGrades.load($0) }
        let grader = StudentGrader(assignment: options.assignment, source: options.source, part1: part1, part2: part2,
                                   scorer: scorer, feedback: options.feedback, tree: tree)
        try checkApplied(overrides, submissions: discovery.submissions, grader: grader)

        let output = try GradeOutput(options.outputDirectory, failing: options.failWriting)
        do {
            var run = try Run(options: options, output: output, scorer: scorer, roster: roster, previous: previous)
            try run.start()
            try run.grade(&discovery.submissions, grader: grader, overrides: overrides)
            run.statistics.notes = discovery.notes
            return try run.finish(canvasMaximum: canvasMaximum, moodleMaximum: moodleMaximum, gradebook: &gradebook,
                                  worksheet: &worksheet, problems: discovery.notes)
        } catch {
            output.abandon()
            throw error
        }
    }

    /// Every override must apply (exit 2 naming its row, before anything is
    /// written): the few students named are graded here once, and a row for
    /// a student with no submission or no readable sheet, or for a place
    /// where the sheet has no text, is an error. The first such row in the
    /// file is named.
    static func checkApplied(_ overrides: [String: [AnswerID: Overrides.Entry]], submissions: [Submission], grader: StudentGrader) throws {
        guard !overrides.isEmpty else { return }
        let byKey = Dictionary(submissions.map { ($0.key.value, $0) }, uniquingKeysWith: { a, _ in a })
        var unapplied: [(place: String, message: String)] = []
        for (student, entries) in overrides {
            guard let submission = byKey[student] else {
                unapplied += entries.values.map { ($0.place, "student '\(student)' has no submission (only on the roster): the override cannot apply") }
                continue
            }
            let graded = try grader.grade(submission, overrides: entries, onRoster: true)
            guard let score = graded.grade.score else {
                let why = graded.grade.reviewReason
                unapplied += entries.values.map { ($0.place, "student '\(student)' has no sheet that could be read (\(why)): the override cannot apply") }
                continue
            }
            let applied = Set(score.checks.filter { $0.override != nil }.map(\.id))
            let sheet = graded.grade.notes.first { $0.hasPrefix("graded: ") }.map { String($0.dropFirst("graded: ".count)) } ?? "the sheet"
            for (id, entry) in entries where !applied.contains(id) {
                unapplied.append((entry.place, "\(id) applies to nothing: \(sheet) of student '\(student)' has no text at that place"))
            }
        }
        func line(_ place: String) -> Int { Int(place.split(separator: ":").last ?? "") ?? 0 }
        if let first = unapplied.min(by: { line($0.place) != line($1.place) ? line($0.place) < line($1.place) : $0.message < $1.message }) {
            throw GradeError(message: "\(first.place): \(first.message)")
        }
    }

    /// The LMS column's maximum: its own file's, or `--scale-to`; both must agree.
    static func columnMaximum(_ scaleTo: Rational?, _ given: Rational?, _ what: String) throws -> Rational? {
        if let scaleTo, let given, scaleTo != given {
            throw GradeError(message: "--scale-to \(scaleTo.twoDecimals) disagrees with \(what), \(given.twoDecimals)")
        }
        return given ?? scaleTo
    }

    /// The download as a tree: a folder (the output folder may not lie
    /// inside it) or a zip.
    static func openSubmissions(_ options: GradeOptions) throws -> any SubmissionTree {
        let path = options.submissions.path
        var info = stat()
        guard stat(path, &info) == 0 else { throw GradeError(message: "\(path): no such file or folder") }
        if info.st_mode & S_IFMT == S_IFDIR {
            if let inside = outputInside(options.outputDirectory, folder: options.submissions) {
                throw GradeError(message: "\(options.outputDirectory.path): the output folder lies inside SUBMISSIONS (\(inside)); choose a folder outside it")
            }
            do {
                return try FolderTree(url: options.submissions, excluding: options.outputDirectory)
            } catch {
                throw GradeError(message: (error as? LocalizedError)?.errorDescription ?? "\(error)")
            }
        }
        guard info.st_mode & S_IFMT == S_IFREG, options.submissions.pathExtension.lowercased() == "zip" else {
            throw GradeError(message: "\(path): SUBMISSIONS must be a folder or a .zip of one")
        }
        do {
            return try ZipArchive(url: options.submissions)
        } catch {
            throw GradeError(message: (error as? LocalizedError)?.errorDescription ?? "\(error)")
        }
    }

    /// Where the output folder lies inside `folder` (its real path), or nil.
    /// The output folder need not exist: its nearest existing ancestor is
    /// resolved and the rest appended.
    static func outputInside(_ output: URL, folder: URL) -> String? {
        guard let base = realPath(folder.path) else { return nil }
        var existing = output.standardizedFileURL
        var rest: [String] = []
        while realPath(existing.path) == nil, existing.path != "/" {
            rest.insert(existing.lastPathComponent, at: 0)
            existing.deleteLastPathComponent()
        }
        guard let resolved = realPath(existing.path) else { return nil }
        let full = ([resolved] + rest).joined(separator: "/")
        return full == base || full.hasPrefix(base.hasSuffix("/") ? base : base + "/") ? full : nil
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

/// Runs `body` for 0..<count on `jobs` threads and hands each result to
/// `consume` on the calling thread in index order, as soon as it and every
/// result before it are done. Workers never run more than `window` indices
/// ahead of what `consume` has taken (at least `jobs`, so that every worker
/// has an item), so memory stays bounded however large
/// `count` is; there is no barrier between groups of indices, and `consume`
/// overlaps the workers' next items. An error thrown by `consume` stops the
/// workers (after the items they are on) and is rethrown.
enum ParallelMap {
    /// The shared counters and the results not yet consumed, behind a condition.
    final class Box<T>: @unchecked Sendable {
        let condition = NSCondition()
        var next = 0
        var consumed = 0
        var stopped = false
        var results: [Int: T] = [:]
    }

    static func stream<T: Sendable>(_ count: Int, jobs: Int, window: Int, _ body: @escaping @Sendable (Int) -> T,
                                    consume: (Int, T) throws -> Void) throws {
        let box = Box<T>()
        let window = max(window, jobs)
        let group = DispatchGroup()
        for _ in 0..<min(jobs, count) {
            group.enter()
            Thread.detachNewThread {
                while true {
                    box.condition.lock()
                    while !box.stopped && box.next < count && box.next >= box.consumed + window { box.condition.wait() }
                    guard !box.stopped && box.next < count else { box.condition.unlock(); break }
                    let k = box.next
                    box.next += 1
                    box.condition.unlock()
                    let value = body(k)
                    box.condition.lock()
                    box.results[k] = value
                    box.condition.broadcast()
                    box.condition.unlock()
                }
                group.leave()
            }
        }
        defer {
            box.condition.lock()
            box.stopped = true
            box.condition.broadcast()
            box.condition.unlock()
            group.wait()
        }
        for k in 0..<count {
            box.condition.lock()
            while box.results[k] == nil { box.condition.wait() }
            let value = box.results.removeValue(forKey: k)!
            box.consumed = k + 1
            box.condition.broadcast()
            box.condition.unlock()
            try consume(k, value)
        }
    }
}
