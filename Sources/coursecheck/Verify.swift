import ArgumentParser
import CoursecheckGrading
import CoursecheckReading
import CoursecheckReporting
import CoursecheckVerification

struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Verify every answer of a sheet and report, answer by answer, what holds.",
        discussion: """
        Exit status: 0 when every check is correct or unverifiable; 1 when any is \
        incorrect, inconsistent, missing or unparsable; 2 when the input cannot be used. \
        `--format gradescope` writes Gradescope's autograder results.json, scored with \
        the assignment's points, so the same checks run inside Gradescope.
        """
    )

    @Argument(help: "The answer sheet (Markdown with LaTeX).")
    var sheet: String

    @OptionGroup var assignment: AssignmentOption

    @OptionGroup var output: OutputOptions

    func run() throws {
        let (spec, source) = try assignment.load()
        var document = try SheetDocument.read(path: sheet)
        document.path = Verifier.displayPath(sheet)
        // Computed once: the checks and, for Gradescope, what no sheet can verify.
        let references = try Part2References(spec)
        let report = try Verifier.verify(document: document, assignment: spec, source: source, references: references)
        try output.emit(markdown: report.markdown(), json: { try report.json() },
                        gradescope: { try GradescopeResults.render(report, assignment: spec, references: references) })
        if report.exitStatus != 0 { throw ExitCode(report.exitStatus) }
    }
}
