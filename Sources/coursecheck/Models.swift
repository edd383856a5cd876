import ArgumentParser
import CoursecheckModels
import CoursecheckReporting

struct Models: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the tensors and parameter totals of Part I's six recurrent encoders."
    )

    @OptionGroup var assignment: AssignmentOption

    @Option(help: "Features of each input step (default: the assignment's).")
    var inputSize: Int?

    @Option(help: "Hidden units per direction (default: the assignment's).")
    var hiddenSize: Int?

    @Option(help: "Bias vectors per layer: two (PyTorch, cuDNN) or one (Keras).")
    var bias: BiasConvention?

    @OptionGroup var output: OutputOptions

    func validate() throws {
        for (name, value) in [("--input-size", inputSize), ("--hidden-size", hiddenSize)] {
            if let value, !(1...4096).contains(value) {
                throw ValidationError("\(name) must be from 1 to 4096, found \(value)")
            }
        }
    }

    func run() throws {
        let part = try assignment.part1()
        let report = try ModelsReport(specs: part.models, inputSize: inputSize ?? part.inputSize,
                                      hiddenSize: hiddenSize ?? part.hiddenSize, bias: bias ?? part.bias)
        try output.emit(markdown: report.markdown(), json: { try JSONValue.canonicalText(of: report) })
    }
}

extension BiasConvention: ExpressibleByArgument {}
