import CoursecheckAssignment
import CoursecheckModels
import CoursecheckNumerics
import Foundation

/// Where a run keeps its checkpoint and how often it writes it.
public struct CheckpointOptions: Sendable {
    public var folder: String
    /// Seconds of training between two checkpoints (0: after every batch);
    /// one is written at the end of every epoch too.
    public var every: Double

    public init(folder: String, every: Double = 60) {
        self.folder = folder
        self.every = every
    }
}

/// Where a run is, for a progress bar.
public struct TrainingProgress: Sendable {
    public enum Phase: String, Sendable { case training, validating, testing }
    public var phase: Phase
    public var epoch: Int
    public var epochs: Int
    public var batch: Int
    public var batches: Int
    /// The epoch's mean training loss so far.
    public var loss: Double
    /// Seconds since this epoch (or phase) started in this process.
    public var elapsed: Double
}

/// Trains one encoder with its classifier head on prepared data: Adam on
/// every trainable tensor after clipping the whole gradient's L2 norm, one
/// epoch after another over bucketed batches, the validation loss after
/// each; the parameters of the epoch with the lowest validation loss are
/// kept and the test split is evaluated with them.
///
/// Deterministic: the batches of epoch e come from stream (seed, e), the
/// dropout mask of its batch k from (seed, e, k), and a step's arithmetic
/// is cut into `recipe.lanes` lanes whatever `threads` is.
public struct Trainer {
    public var spec: ModelSpec
    public var sizes: TrainingSizes
    public var bias: BiasConvention
    public var recipe: Recipe
    public var seed: UInt
    public var threads: Int
    public var checkpoint: CheckpointOptions?
    public var timings = false

    public init(spec: ModelSpec, inputSize: Int, hiddenSize: Int, bias: BiasConvention, recipe: Recipe, seed: UInt,
                threads: Int, checkpoint: CheckpointOptions? = nil) {
        self.spec = spec
        self.sizes = TrainingSizes(inputSize: inputSize, hiddenSize: hiddenSize, bias: bias.rawValue)
        self.bias = bias
        self.recipe = recipe
        self.seed = seed
        self.threads = threads
        self.checkpoint = checkpoint
    }

    /// Names the run: model, seed, recipe, sizes and data.
    func identity(_ data: PreparedData) throws -> String {
        struct Identity: Encodable {
            var model: String, seed: UInt, recipe: Recipe, sizes: TrainingSizes, classes: [String], data: String
        }
        let json = try JSONEncoder.sorted.encode(Identity(model: spec.slug, seed: seed, recipe: recipe, sizes: sizes,
                                                          classes: data.classes, data: data.fingerprint))
        return SHA256.hex(Array(json))
    }

    public func run(_ data: PreparedData, progress: ((TrainingProgress) -> Void)? = nil) throws -> TrainingResult {
        let longest = max(data.train.map(\.tokens.count).max() ?? 1, data.validation.map(\.tokens.count).max() ?? 1,
                          data.test.map(\.tokens.count).max() ?? 1)
        let classifier = try Classifier(spec: spec, inputSize: sizes.inputSize, hiddenSize: sizes.hiddenSize, bias: bias,
                                        classes: data.classes.count, table: data.table, trainEmbeddings: recipe.trainEmbeddings,
                                        seed: seed, schedule: Schedule(lanes: recipe.lanes, threads: threads),
                                        maxLength: longest, batch: recipe.batch, forgetBias: recipe.forgetBias)
        let trainables = classifier.trainables
        let adam = try ClippedAdam(trainables)
        let (m, v) = (adam.m, adam.v)
        var best = trainables.map(\.value.elements)
        let identity = try identity(data)

        var state = Checkpoint(identity: identity, epoch: 0, batch: 0, step: 0, lossSumBits: 0.0.bitPattern, examplesSeen: 0,
                               history: [], bestEpoch: 0, bestLossBits: Double.infinity.bitPattern,
                               sizes: trainables.map(\.value.count))
        if let checkpoint {
            try AtomicFile.folder(checkpoint.folder)
            if let (saved, groups) = try Checkpoint.load(from: checkpoint.folder, identity: identity, sizes: state.sizes,
                                                         epochs: recipe.epochs) {
                state = saved
                for (k, t) in trainables.enumerated() {
                    t.value.assign(groups[k][0])
                    m[k].assign(groups[k][1])
                    v[k].assign(groups[k][2])
                    best[k] = groups[k][3]
                }
            }
        }
        func save() throws {
            guard let checkpoint else { return }
            try Checkpoint.save(state, tensors: trainables.indices.map { [trainables[$0].value, m[$0], v[$0]] },
                                bestCopies: best, to: checkpoint.folder)
        }

        let lengths = data.train.map(\.tokens.count)
        let features = classifier.encoder.outputSize
        var epochSeconds: [Double] = []
        var lastSave = DispatchTime.now().uptimeNanoseconds
        while state.epoch < recipe.epochs {
            let start = DispatchTime.now().uptimeNanoseconds
            let epoch = state.epoch
            let batches = Batching.training(lengths: lengths, batch: recipe.batch, pool: recipe.bucketPool,
                                            rng: try RandomSource(seed: Streams.seed(seed, Streams.shuffle, epoch)))
            var lossSum = Double(bitPattern: state.lossSumBits)
            while state.batch < batches.count {
                let (members, _) = Batching.packed(batches[state.batch], lengths: lengths)
                let tokens = members.map { data.train[$0].tokens }
                let labels = members.map { data.train[$0].label }
                let mask = recipe.dropout > 0
                    ? DropoutMask.draw(rows: members.count, columns: features, probability: recipe.dropout,
                                       rng: try RandomSource(seed: Streams.seed(seed, Streams.dropout, epoch, state.batch)))
                    : nil
                let pass = try classifier.step(tokens, labels: labels, mask: mask)
                state.step += 1
                adam.update(step: state.step, recipe: recipe)
                lossSum += pass.loss * Double(members.count)
                state.examplesSeen += members.count
                state.batch += 1
                state.lossSumBits = lossSum.bitPattern
                let now = DispatchTime.now().uptimeNanoseconds
                progress?(TrainingProgress(phase: .training, epoch: epoch + 1, epochs: recipe.epochs, batch: state.batch,
                                           batches: batches.count, loss: lossSum / Double(state.examplesSeen),
                                           elapsed: Double(now - start) / 1e9))
                if let checkpoint, state.batch < batches.count, Double(now - lastSave) / 1e9 >= checkpoint.every {
                    try save()
                    lastSave = DispatchTime.now().uptimeNanoseconds
                }
            }
            progress?(TrainingProgress(phase: .validating, epoch: epoch + 1, epochs: recipe.epochs, batch: 0, batches: 0,
                                       loss: lossSum / Double(state.examplesSeen), elapsed: 0))
            let validation = try Self.evaluate(classifier, data.validation, batch: recipe.batch)
            let record = EpochRecord(epoch: epoch + 1, trainLoss: lossSum / Double(state.examplesSeen),
                                     validationLoss: validation.loss, validationCorrect: validation.correct)
            state.history.append(StoredEpoch(record))
            if validation.loss < Double(bitPattern: state.bestLossBits) {
                state.bestLossBits = validation.loss.bitPattern
                state.bestEpoch = epoch + 1
                best = trainables.map(\.value.elements)
            }
            state.epoch += 1
            state.batch = 0
            state.lossSumBits = 0.0.bitPattern
            state.examplesSeen = 0
            try save()
            lastSave = DispatchTime.now().uptimeNanoseconds
            epochSeconds.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }

        for (k, t) in trainables.enumerated() { t.value.assign(best[k]) }
        progress?(TrainingProgress(phase: .testing, epoch: recipe.epochs, epochs: recipe.epochs, batch: 0, batches: 0,
                                   loss: 0, elapsed: 0))
        let test = try Self.evaluate(classifier, data.test, batch: recipe.batch)
        let history = state.history.map(\.record)
        let bestRecord = history.first { $0.epoch == state.bestEpoch }
        let validationCorrect: Int
        if let bestRecord {
            validationCorrect = bestRecord.validationCorrect
        } else {
            validationCorrect = try Self.evaluate(classifier, data.validation, batch: recipe.batch).correct
        }
        return TrainingResult(
            model: spec.slug, seed: seed, epochs: recipe.epochs, recipe: recipe, sizes: sizes, classes: data.classes,
            parameters: trainables.dropLast(recipe.trainEmbeddings ? 1 : 0).reduce(0) { $0 + $1.value.count },
            vocabulary: data.vocabulary.count, unknownWords: data.unknownWords, nTrain: data.train.count,
            nValidation: data.validation.count, nTest: data.test.count, history: history, bestEpoch: state.bestEpoch,
            validationCorrect: validationCorrect, testCorrect: test.correct, testLoss: test.loss,
            dataFingerprint: data.fingerprint, epochSeconds: timings ? epochSeconds : nil)
    }

    /// Scales every gradient by c/‖g‖ when the norm of all of them together,
    /// ‖g‖ = √(Σ‖gₖ‖²) summed in `trainables` order, exceeds c > 0.
    static func clip(_ trainables: [Trainable], to c: Double) {
        guard c > 0 else { return }
        var squared = 0.0
        for t in trainables { squared += t.gradient.squaredNorm }
        let norm = squared.squareRoot()
        guard norm > c else { return }
        for t in trainables { t.gradient.scale(by: c / norm) }
    }

    /// The mean loss and the correct count of a split, without dropout.
    static func evaluate(_ classifier: Classifier, _ examples: [Example], batch: Int) throws -> (loss: Double, correct: Int) {
        let lengths = examples.map(\.tokens.count)
        var (lossSum, correct) = (0.0, 0)
        for members in Batching.evaluation(lengths: lengths, batch: batch) {
            let pass = try classifier.evaluate(members.map { examples[$0].tokens }, labels: members.map { examples[$0].label }, mask: nil)
            lossSum += pass.lossSum
            correct += pass.correct
        }
        return (lossSum / Double(examples.count), correct)
    }
}
