import ArgumentParser
import CoursecheckCore
import Foundation

struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Verify every answer of a sheet and report, answer by answer, what holds.",
        discussion: """
        Exit status: 0 when every check is correct or unverifiable; 1 when any is \
        incorrect, inconsistent, missing or unparsable; 2 when the input cannot be used.
        """
    )

    @Argument(help: "The answer sheet (Markdown with LaTeX).")
    var sheet: String

    @Option(help: "The assignment file.")
    var assignment = "fixtures/assignment.json"

    @OptionGroup var output: OutputOptions

    func run() throws {
        let report: Report
        do {
            let spec = try Assignment.load(from: assignment)
            report = try Verifier.verify(sheetPath: sheet, assignment: spec)
        } catch {
            Failure.exit(error)
        }
        let text = output.format == .json ? try report.json() : report.markdown()
        do {
            try Printer.emit(text, to: output.output)
        } catch {
            Failure.exit(error)
        }
        if report.exitStatus != 0 { throw ExitCode(report.exitStatus) }
    }
}
