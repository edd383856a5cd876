import ArgumentParser
import Foundation
import CoursecheckGrading
import CoursecheckReading
import CoursecheckReporting
import CoursecheckTraining
import CoursecheckVerification

struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Verify every answer of a sheet and report, answer by answer, what holds.",
        discussion: """
        Exit status: 0 when every check is correct or unverifiable; 1 when any is \
        incorrect, inconsistent, missing or unparsable; 2 when the input cannot be used. \
        `--format gradescope` writes Gradescope's autograder results.json, scored with \
        the assignment's points, so the same checks run inside Gradescope. With \
        `--format gradescope`, SHEET may be a student's submission folder: the sheet \
        is chosen as `grade` chooses it, and a folder without a readable sheet lists \
        every test at 0 of its maximum (exit 0 once results.json is written).
        """
    )

    @Argument(help: "The answer sheet (Markdown with LaTeX), or with --format gradescope a submission folder.")
    var sheet: String

    @OptionGroup var assignment: AssignmentOption

    @Option(help: ArgumentHelp("An accuracy reference (coursecheck accuracy-reference): Part I's accuracies are judged against it.",
                               discussion: "Refused (exit 2) when made for other sizes or another assignment."))
    var accuracyReference: String?

    @OptionGroup var output: OutputOptions

    func run() throws {
        let (spec, source) = try assignment.load()
        var part1: Part1References?
        var accuracy: AccuracyReference?
        if let accuracyReference {
            let reference = try AccuracyReference.read(accuracyReference)
            guard let part = spec.part1 else { throw UnusableInput(message: "the assignment has no part1 to judge accuracies of") }
            try AccuracyCheck.validate(reference, path: accuracyReference, part: part, assignmentSHA256: source.sha256)
            part1 = try Part1References(part, accuracy: reference)
            accuracy = reference
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: sheet, isDirectory: &isFolder), isFolder.boolValue {
            guard output.format == .gradescope else {
                throw UnusableInput(message: "\(sheet): cannot read the sheet: it is a directory (only --format gradescope reads a submission folder)")
            }
            let results = try GradescopeSubmission.results(folder: URL(fileURLWithPath: sheet), assignment: spec, source: source,
                                                           accuracy: accuracy)
            try output.emit(markdown: "", json: { "" }, gradescope: { results })
            return
        }
        var document = try SheetDocument.read(path: sheet)
        document.path = Verifier.displayPath(sheet)
        // Computed once: the checks and, for Gradescope, what no sheet can verify.
        let references = try Part2References(spec)
        let report = try Verifier.verify(document: document, assignment: spec, source: source, references: references,
                                         part1References: part1)
        try output.emit(markdown: report.markdown(), json: { try report.json() },
                        gradescope: { try GradescopeResults.render(report, assignment: spec, references: references, accuracy: accuracy) })
        if report.exitStatus != 0 { throw ExitCode(report.exitStatus) }
    }
}
