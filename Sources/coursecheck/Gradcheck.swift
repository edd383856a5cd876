import ArgumentParser
import CoursecheckModels
import CoursecheckReporting

struct Gradcheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check every model's backward pass against GSL central differences.",
        discussion: "Exit status 1 when any model's worst relative error exceeds the tolerance."
    )

    @OptionGroup var assignment: AssignmentOption
    @OptionGroup var output: OutputOptions

    func run() throws {
        let check = GradientCheck()
        let report = try GradientCheckReport(assignment.part1(), check: check)
        try output.emit(markdown: report.markdown(tolerance: check.tolerance), json: { try JSONValue.canonicalText(of: report) })
        if !report.passed { throw ExitCode(1) }
    }
}
