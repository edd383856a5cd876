import ArgumentParser
import CoursecheckGrading
import Foundation

struct Grade: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Grade a whole class: scores, feedback, statistics and LMS exports.",
        discussion: """
        SUBMISSIONS is a folder, or a .zip of one, as an LMS downloads it: one sheet file \
        per student, or a folder per student. Ids come from Canvas and Moodle naming, else \
        the file or folder name. Writes into DIR: students/ID.md and .json, grades.csv, \
        canvas.csv (moodle.csv when the roster has emails or SIS ids), gradescope/ID/results.json, \
        responses.jsonl, class-report.md and .json, score-histogram.svg, question-facility.svg, \
        and regrade.csv with --previous. Exit status: 0 when every submission was graded; \
        1 when some need review; 2 when the command cannot run.
        """
    )

    @Argument(help: "A folder of submissions, or a .zip of one.")
    var submissions: String

    @Option(name: .customLong("output-dir"), help: "Where to write the results.")
    var outputDirectory: String

    @OptionGroup var assignment: AssignmentOption

    @Option(help: "Class list CSV: id,name (email, sis_id, section when present).")
    var roster: String?

    @Option(help: "An earlier grade output folder: writes regrade.csv with what changed.")
    var previous: String?

    @Option(help: "Grader decisions CSV: student_id,check,status_or_points,reason.")
    var overrides: String?

    @Option(help: "What students/ID.md shows: full, or verdicts (no expected answers).")
    var feedback: FeedbackOption = .full

    @Option(name: .customLong("canvas-column"), help: "Canvas's own 'Title (id)' header of the assignment column.")
    var canvasColumn: String?

    @Option(help: "Threads reading and checking submissions (default: the core count).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        guard jobs >= 1, jobs <= 256 else { throw ValidationError("--jobs must be from 1 to 256") }
    }

    func run() throws {
        let (spec, source) = try assignment.load()
        let options = GradeOptions(
            submissions: URL(fileURLWithPath: submissions), outputDirectory: URL(fileURLWithPath: outputDirectory),
            assignment: spec, source: source, roster: try roster.map(Roster.load),
            overrides: try overrides.map(Overrides.load) ?? Overrides(), previous: previous.map { URL(fileURLWithPath: $0) },
            jobs: jobs, feedback: feedback.value, canvasColumn: canvasColumn)
        let summary = try GradeRun.run(options)
        var line = "graded \(summary.counts[.graded] ?? 0), needs review \(summary.counts[.needsReview] ?? 0), "
            + "unreadable \(summary.counts[.unreadable] ?? 0), no submission \(summary.counts[.noSubmission] ?? 0); wrote \(outputDirectory)\n"
        for warning in summary.warnings { line += "note: \(warning)\n" }
        try Printer.emit(line, to: nil)
        if summary.exitStatus != 0 { throw ExitCode(summary.exitStatus) }
    }
}

enum FeedbackOption: String, ExpressibleByArgument, CaseIterable {
    case full
    case verdicts

    var value: Feedback { self == .full ? .full : .verdicts }
}
