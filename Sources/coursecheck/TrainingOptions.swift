import ArgumentParser
import CoursecheckAssignment
import CoursecheckModels
import CoursecheckTraining
import Foundation

/// The data, the recipe and the resources of `train` and `accuracy-reference`.
struct TrainingOptions: ParsableArguments {
    @Option(help: "The data: an aclImdb folder ({train,test}/{pos,neg}/<id>_<rating>.txt), or a .csv, .tsv or .jsonl file.")
    var data: String

    @Option(help: "The test split, when the data has none of its own (.csv, .tsv or .jsonl).")
    var testData: String?

    @Option(help: "Word vectors: GloVe text (word v1 … vd) or word2vec text (a 'count d' first line).")
    var embeddings: String

    @Option(help: "The column (CSV/TSV) or key (JSONL) holding the text.")
    var textColumn = "text"

    @Option(help: "The column (CSV/TSV) or key (JSONL) holding the label.")
    var labelColumn = "label"

    @Option(help: ArgumentHelp("Labels to classes, e.g. 'neg=0,pos=1' (default: the training labels, sorted).",
                               discussion: "A label outside the map stops the run."))
    var labelMap: String?

    @Option(help: "Epochs.") var epochs = 5
    @Option(help: "Sequences per batch.") var batch = 32
    @Option(help: "Adam's learning rate.") var learningRate = 1e-3
    @Option(help: "Tokens kept from the start of each text.") var maxLength = 256
    @Option(help: "Dropout probability of the head's input.") var dropout = 0.5
    @Option(help: "Largest L2 norm of the whole gradient (0: no clipping).") var clip = 5.0
    @Option(help: "Fraction of the training data held out to choose the epoch.") var validationFraction = 0.1
    @Option(help: "Training tokens seen fewer times are left out of the vocabulary.") var minCount = 1
    @Flag(help: "Train the embeddings too (frozen by default).") var trainEmbeddings = false
    @Option(help: "Added to an LSTM's forget-gate bias at the start (0: PyTorch's initialisation; 1: Keras's).") var forgetBias = 0.0

    @Option(help: "Features of each input step (default: the assignment's); the vectors must have this dimension.")
    var inputSize: Int?

    @Option(help: "Hidden units per direction (default: the assignment's).")
    var hiddenSize: Int?

    @Option(help: "Threads (1 or 2; results are the same bits for either).")
    var jobs = min(2, ProcessInfo.processInfo.activeProcessorCount)

    @Option(help: "Seconds of training between two checkpoints (with --checkpoint; 0: after every batch).")
    var checkpointEvery = 60.0

    func validate() throws {
        func check(_ ok: Bool, _ message: String) throws { if !ok { throw ValidationError(message) } }
        try check((1...1000).contains(epochs), "--epochs must be from 1 to 1000, found \(epochs)")
        try check((1...4096).contains(batch), "--batch must be from 1 to 4096, found \(batch)")
        try check(learningRate > 0 && learningRate < 10, "--learning-rate must be in (0, 10), found \(learningRate)")
        try check((1...100_000).contains(maxLength), "--max-length must be from 1 to 100000, found \(maxLength)")
        try check(dropout >= 0 && dropout < 1, "--dropout must be in [0, 1), found \(dropout)")
        try check(clip >= 0 && clip.isFinite, "--clip must be 0 or more, found \(clip)")
        try check(validationFraction > 0 && validationFraction < 1, "--validation-fraction must be in (0, 1), found \(validationFraction)")
        try check(abs(forgetBias) <= 10, "--forget-bias must be from -10 to 10, found \(forgetBias)")
        try check(minCount >= 1, "--min-count must be 1 or more, found \(minCount)")
        try check((1...256).contains(jobs), "--jobs must be from 1 to 256, found \(jobs)")
        try check(checkpointEvery >= 0, "--checkpoint-every must be 0 or more, found \(checkpointEvery)")
        for (name, value) in [("--input-size", inputSize), ("--hidden-size", hiddenSize)] {
            if let value { try check((1...4096).contains(value), "\(name) must be from 1 to 4096, found \(value)") }
        }
        _ = try parsedLabelMap()
    }

    /// `--label-map` as label → class; classes must be 0, 1, … with none left out.
    func parsedLabelMap() throws -> [String: Int]? {
        guard let labelMap else { return nil }
        var map: [String: Int] = [:]
        for pair in labelMap.split(separator: ",") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, let c = Int(parts[1].trimmingCharacters(in: .whitespaces)), c >= 0 else {
                throw ValidationError("--label-map must read 'label=class,…' with classes 0, 1, …; found '\(pair)'")
            }
            let label = String(parts[0])
            guard map[label] == nil else { throw ValidationError("--label-map names '\(label)' twice") }
            map[label] = c
        }
        let classes = Set(map.values)
        guard classes.count >= 2, classes == Set(0..<classes.count) else {
            throw ValidationError("--label-map must use the classes 0, 1, … (at least two) with none left out, found \(classes.sorted())")
        }
        return map
    }

    var recipe: Recipe {
        var r = Recipe()
        r.epochs = epochs
        r.batch = batch
        r.learningRate = learningRate
        r.maxLength = maxLength
        r.dropout = dropout
        r.clip = clip
        r.validationFraction = validationFraction
        r.minCount = minCount
        r.trainEmbeddings = trainEmbeddings
        r.forgetBias = forgetBias
        return r
    }

    var dataOptions: DataOptions {
        get throws {
            DataOptions(data: data, testData: testData, embeddings: embeddings,
                        loader: DataLoader(textColumn: textColumn, labelColumn: labelColumn), labelMap: try parsedLabelMap())
        }
    }

    /// The sizes: the flags', else the assignment's.
    func sizes(_ part: Assignment.RecurrentPart) -> (input: Int, hidden: Int, bias: BiasConvention) {
        (inputSize ?? part.inputSize, hiddenSize ?? part.hiddenSize, part.bias)
    }
}
