import ArgumentParser
import CoursecheckGrading
import CoursecheckMaths
import CoursecheckTraining
import CoursecheckVerification
import Foundation

struct Grade: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Grade a whole class: scores, feedback, statistics and LMS exports.",
        discussion: """
        SUBMISSIONS is a folder, or a .zip of one, as an LMS downloads it (Canvas, Moodle, \
        Gradescope's export, or a file or folder per student). Each student's latest submission is \
        graded against one maximum for the whole assignment. Writes into DIR: students/ID.md and \
        .json, grades.csv, canvas.csv, moodle.csv, gradescope/ID/results.json, responses.jsonl, \
        class-report.md and .json, score-histogram.svg, question-facility.svg, regrade.csv with \
        --previous, and the LMS's own files filled with --canvas-gradebook and --moodle-worksheet; \
        a manifest lists what the run wrote, so the next run removes only its own stale files. \
        Exit status: 0 when every submission was graded; 1 when some need review; 2 when the \
        command cannot run (nothing is written then).
        """
    )

    @Argument(help: "A folder of submissions, or a .zip of one.")
    var submissions: String

    @Option(name: .customLong("output-dir"), help: "Where to write the results (not inside SUBMISSIONS).")
    var outputDirectory: String

    @OptionGroup var assignment: AssignmentOption

    @Option(help: "Class list: a CSV with id,name (email, sis_id, section when present), Canvas's gradebook export or Moodle's grading worksheet.")
    var roster: String?

    @Option(help: "An earlier grade output folder: writes regrade.csv with what changed.")
    var previous: String?

    @Option(help: "Grader decisions CSV: student_id,check,status_or_points,reason.")
    var overrides: String?

    @Option(help: "What students/ID.md shows: full, or verdicts (no expected answers).")
    var feedback: FeedbackOption = .full

    @Option(name: .customLong("canvas-column"), help: "Canvas's own 'Title (id)' header of the assignment column.")
    var canvasColumn: String?

    @Option(name: .customLong("canvas-gradebook"), help: "Canvas's gradebook export: names from it, and written back with the assignment's column filled.")
    var canvasGradebook: String?

    @Option(name: .customLong("moodle-worksheet"), help: "Moodle's grading worksheet: names from it, and written back with Grade and Feedback comments filled.")
    var moodleWorksheet: String?

    @Option(name: .customLong("scale-to"), help: "The LMS column's maximum, when no LMS file gives it: grades are scaled to it.")
    var scaleTo: String?

    @Option(help: ArgumentHelp("An accuracy reference (coursecheck accuracy-reference): Part I's accuracies are judged against it.",
                               discussion: "Advisory (no points) unless the assignment's points section gives part1.accuracy points; then a claim between the bands goes to review. Refused (exit 2) when made for other sizes or another assignment."))
    var accuracyReference: String?

    @Flag(name: .customLong("export-provisional"), help: "Also write the provisional grades of students under review into the LMS files.")
    var exportProvisional = false

    @Option(help: "Threads reading and checking submissions (default: the core count).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        guard jobs >= 1, jobs <= 256 else { throw ValidationError("--jobs must be from 1 to 256") }
        if let scaleTo {
            guard let value = Rational(decimalText: scaleTo), !value.isZero else {
                throw ValidationError("--scale-to must be a number of points greater than 0, found '\(scaleTo)'")
            }
        }
    }

    func run() throws {
        let (spec, source) = try assignment.load()
        let reference = try accuracyReference.map { path in
            let reference = try AccuracyReference.read(path)
            guard let part = spec.part1 else { throw UnusableInput(message: "the assignment has no part1 to judge accuracies of") }
            try AccuracyCheck.validate(reference, path: path, part: part, assignmentSHA256: source.sha256)
            return reference
        }
        let options = GradeOptions(
            submissions: URL(fileURLWithPath: submissions), outputDirectory: URL(fileURLWithPath: outputDirectory),
            assignment: spec, source: source, roster: try roster.map(Roster.load),
            overrides: try overrides.map(Overrides.load) ?? Overrides(), previous: previous.map { URL(fileURLWithPath: $0) },
            jobs: jobs, feedback: feedback.value, canvasColumn: canvasColumn, scaleTo: scaleTo.flatMap { Rational(decimalText: $0) },
            exportProvisional: exportProvisional, canvasGradebook: canvasGradebook, moodleWorksheet: moodleWorksheet,
            accuracyReference: reference)
        let summary = try GradeRun.run(options)
        for problem in summary.problems {
            try? FileHandle.standardError.write(contentsOf: Data("coursecheck: warning: \(problem)\n".utf8))
        }
        var text = "graded \(summary.counts[.graded] ?? 0), needs review \(summary.counts[.needsReview] ?? 0), "
            + "unreadable \(summary.counts[.unreadable] ?? 0), no submission \(summary.counts[.noSubmission] ?? 0); wrote \(outputDirectory)\n"
        for line in summary.lines { text += "note: \(line)\n" }
        try Printer.emit(text, to: nil)
        if summary.exitStatus != 0 { throw ExitCode(summary.exitStatus) }
    }
}

enum FeedbackOption: String, ExpressibleByArgument, CaseIterable {
    case full
    case verdicts

    var value: Feedback { self == .full ? .full : .verdicts }
}
