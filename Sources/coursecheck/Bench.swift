import ArgumentParser
import CoursecheckModels
import CoursecheckReporting
import CoursecheckTraining

struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Time one model's forward and forward+backward passes (median after a warm-up of at least 2 runs and 0.3 s)."
    )

    @OptionGroup var assignment: AssignmentOption

    @Option(help: "The model's slug, e.g. 2-level-bi-lstm.")
    var model: String

    @Option(help: "Sequences per batch.")
    var batch = 32

    @Option(help: "Time steps per sequence.")
    var steps = 50

    @Option(help: "Timed runs (after a warm-up of at least 2 runs and 0.3 s).")
    var repeats = 10

    @Flag(help: "Time a whole training step instead (lookup, forward, head, backward, clipping, Adam) on lengths from T down to 3T/4.")
    var train = false

    @Option(help: "Threads for --train (the work is cut in 2 lanes either way).")
    var jobs = 2

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if !(1...4096).contains(batch) { throw ValidationError("--batch must be from 1 to 4096, found \(batch)") }
        if !(1...4096).contains(steps) { throw ValidationError("--steps must be from 1 to 4096, found \(steps)") }
        if !(1...1000).contains(repeats) { throw ValidationError("--repeats must be from 1 to 1000, found \(repeats)") }
    }

    func run() throws {
        let part = try assignment.part1()
        guard let spec = part.model(slug: model) else {
            throw UnusableInput(message: "no model '\(model)'; the assignment has \(part.models.map(\.slug).joined(separator: ", "))")
        }
        if train {
            let result = try TrainingBenchmark.run(spec, inputSize: part.inputSize, hiddenSize: part.hiddenSize, bias: part.bias,
                                                   batch: batch, steps: steps, repeats: repeats, threads: jobs)
            let line = "\(result.model): one training step of \(result.tokens) tokens (batch \(batch), lengths \(steps)…\(steps - (batch - 1) * steps / (4 * batch))): "
                + "\(String(format: "%.1f", result.stepMs)) ms, \(Int(result.tokensPerSecond.rounded())) tokens/s\n"
            try output.emit(markdown: line, json: { try JSONValue.canonicalText(of: result) })
            return
        }
        let result = try ModelBenchmark.run(spec, inputSize: part.inputSize, hiddenSize: part.hiddenSize, bias: part.bias,
                                            batch: batch, steps: steps, repeats: repeats)
        try output.emit(markdown: result.markdown(), json: { try JSONValue.canonicalText(of: result) })
    }
}
