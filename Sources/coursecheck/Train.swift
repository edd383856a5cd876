import ArgumentParser
import CoursecheckModels
import CoursecheckReporting
import CoursecheckTraining
import Foundation

struct Train: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Train one encoder with a classifier head and report its validation and test accuracy.",
        discussion: """
        Sizes come from the assignment unless --input-size/--hidden-size say otherwise; the \
        embeddings' dimension must equal the input size. The same data, recipe and seed give \
        the same bytes for --jobs 1 and --jobs 2 (--timings adds the seconds of each epoch, \
        which do not repeat). With --checkpoint DIR, a run that is stopped goes on from its \
        last checkpoint when started again with the same arguments. Exit status 2 when the \
        data, the embeddings or the checkpoint cannot be used.
        """
    )

    @OptionGroup var assignment: AssignmentOption

    @Option(help: "The model's slug, e.g. lstm.")
    var model: String

    @OptionGroup var training: TrainingOptions

    @Option(help: "The seed of every random stream of the run.")
    var seed: UInt = 1

    @Option(help: "A folder for the run's checkpoint.")
    var checkpoint: String?

    @Flag(help: "Report the seconds of each epoch (the output then differs from run to run).")
    var timings = false

    @OptionGroup var output: OutputOptions

    func run() throws {
        let part = try assignment.part1()
        guard let spec = part.model(slug: model) else {
            throw UnusableInput(message: "no model '\(model)'; the assignment has \(part.models.map(\.slug).joined(separator: ", "))")
        }
        let sizes = training.sizes(part)
        let recipe = training.recipe
        let data = try TokenizedData.load(try training.dataOptions, maxLength: recipe.maxLength, inputSize: sizes.input)
        let prepared = try PreparedData(data, recipe: recipe, seed: seed)
        var trainer = Trainer(spec: spec, inputSize: sizes.input, hiddenSize: sizes.hidden, bias: sizes.bias, recipe: recipe,
                              seed: seed, threads: training.jobs,
                              checkpoint: checkpoint.map { CheckpointOptions(folder: $0, every: training.checkpointEvery) })
        trainer.timings = timings
        let bar = ProgressBar()
        let result = try trainer.run(prepared) { bar.update($0) }
        bar.finish()
        try output.emit(markdown: result.markdown(), json: { try JSONValue.canonicalText(of: result) })
    }
}
