import ArgumentParser
import CoursecheckModels
import CoursecheckNumerics
import CoursecheckReporting
import CoursecheckTraining
import Foundation

struct AccuracyReferenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accuracy-reference",
        abstract: "Train every model on K seeds under one recipe and write the accuracy reference that verify judges accuracies against.",
        discussion: """
        Writes FILE (JSON schema coursecheck.accuracy/2: the recipe, the sizes, each encoder as the \
        assignment specifies it (cell, levels, directions), the data's fingerprint, per model the accuracies, mean, standard deviation, n_test \
        and the bands) and prints a summary. Each (model, seed) result is saved in the progress \
        folder (--checkpoint, default FILE.progress) when it completes, and the run in progress is \
        checkpointed: started again with the same arguments after being stopped at any moment, \
        it goes on and writes the same bytes as a run never stopped. K ≥ 10 is recommended.
        """
    )

    @OptionGroup var assignment: AssignmentOption

    @OptionGroup var training: TrainingOptions

    @Option(help: "How many seeds (K ≥ 2; 10 or more recommended).")
    var seeds: Int

    @Option(help: "The first seed; the runs use seed, seed + 1, …, seed + K − 1.")
    var seed: UInt = 1

    @Option(help: "Models to train, by slug, comma-separated (default: all of the assignment's).")
    var models: String?

    @Option(help: "The progress folder (default: FILE.progress).")
    var checkpoint: String?

    @Option(help: "Where to write the reference (JSON).")
    var output: String

    func validate() throws {
        guard (2...1000).contains(seeds) else { throw ValidationError("--seeds must be from 2 to 1000, found \(seeds)") }
    }

    func run() throws {
        let (spec, _) = try assignment.load()
        guard let part = spec.part1 else { throw UnusableInput(message: "the assignment has no part1") }
        var specs = part.models
        if let models {
            specs = try models.split(separator: ",").map { slug in
                guard let m = part.model(slug: String(slug)) else {
                    throw UnusableInput(message: "no model '\(slug)'; the assignment has \(part.models.map(\.slug).joined(separator: ", "))")
                }
                return m
            }
        }
        let sizes = training.sizes(part)
        let recipe = training.recipe
        let data = try TokenizedData.load(try training.dataOptions, maxLength: recipe.maxLength, inputSize: sizes.input)
        var run = ReferenceRun(specs: specs, seeds: (0..<UInt(seeds)).map { seed + $0 }, recipe: recipe, inputSize: sizes.input,
                               hiddenSize: sizes.hidden, bias: sizes.bias, threads: training.jobs,
                               folder: checkpoint ?? output + ".progress")
        run.checkpointEvery = training.checkpointEvery
        let bar = ProgressBar()
        let reference = try run.run(data) { p in
            if let t = p.training { bar.update(t, prefix: "[\(p.index + 1)/\(p.count) \(p.model) seed \(p.seed)] ") }
        }
        bar.finish()
        try Printer.emit(try JSONValue.canonicalText(of: reference), to: output)
        try Printer.emit(reference.markdown(), to: nil)
        // After the run, so that a run that cannot start says one line.
        if seeds < 5 {
            let t = StudentT.quantile(0.995, degreesOfFreedom: Double(seeds - 1))
            let points = 100 * t * (0.005 * 0.005 * (1 + 1 / Double(seeds))).squareRoot()
            FileHandle.standardError.write(Data(("coursecheck: warning: with K = \(seeds) seeds the 99 % band is wide: t(0.995, \(seeds - 1)) = "
                + "\(String(format: "%.2f", t)), about ±\(String(format: "%.1f", points)) points even with no spread; K ≥ 10 is recommended\n").utf8))
        }
    }
}
