import CoursecheckModels
import CoursecheckNumerics
import Foundation

/// Wall-clock time of one training step (embedding lookup, forward, head
/// with dropout, backward, gradient clipping, Adam) on a generated batch of
/// B sequences whose lengths fall evenly from T to 3T/4 (longest first), as
/// bucketing leaves them: the median over `repeats` steps after a warm-up of
/// at least 2 steps and 0.3 s (`Timing`), each step the one training takes
/// (`ClippedAdam`). The NumPy peer (bench/train_numpy.py
/// --bench) times the same step on the same lengths.
public struct TrainingBenchmark: Codable, Equatable, Sendable {
    public var schema = "coursecheck.train-bench/1"
    public var model: String
    public var batch: Int
    public var steps: Int
    public var inputSize: Int
    public var hiddenSize: Int
    /// Σ lengths: the real tokens of one step.
    public var tokens: Int
    public var stepMs: Double
    public var tokensPerSecond: Double

    enum CodingKeys: String, CodingKey {
        case schema, model, batch, steps, tokens
        case inputSize = "input_size"
        case hiddenSize = "hidden_size"
        case stepMs = "step_ms"
        case tokensPerSecond = "tokens_per_second"
    }

    /// The lengths of the benchmark's batch: T − ⌊b·T/(4B)⌋ for b = 0…B−1.
    public static func lengths(batch: Int, steps: Int) -> [Int] {
        (0..<batch).map { steps - $0 * steps / (4 * batch) }
    }

    public static func run(_ spec: ModelSpec, inputSize: Int, hiddenSize: Int, bias: BiasConvention, batch: Int, steps: Int,
                           repeats: Int = 10, threads: Int = 2) throws -> TrainingBenchmark {
        let vocabulary = 1000
        let table = try Matrix(rows: vocabulary, columns: inputSize)
        table.fillGaussian(try RandomSource(seed: 1), sigma: 0.4)
        var recipe = Recipe()
        recipe.batch = batch
        let classifier = try Classifier(spec: spec, inputSize: inputSize, hiddenSize: hiddenSize, bias: bias, classes: 2, table: table,
                                        trainEmbeddings: false, seed: 1, schedule: Schedule(lanes: recipe.lanes, threads: threads),
                                        maxLength: steps, batch: batch)
        let lengths = Self.lengths(batch: batch, steps: steps)
        let tokens: [[Int32]] = lengths.enumerated().map { b, n in (0..<n).map { t in Int32((b * 31 + t * 7) % vocabulary) } }
        let labels = (0..<batch).map { $0 % 2 }
        let mask = DropoutMask.draw(rows: batch, columns: classifier.encoder.outputSize, probability: recipe.dropout,
                                    rng: try RandomSource(seed: 2))
        let adam = try ClippedAdam(classifier.trainables)
        var step = 0
        let median = try Timing.medianMilliseconds(repeats: repeats) {
            _ = try classifier.step(tokens, labels: labels, mask: mask)
            step += 1
            adam.update(step: step, recipe: recipe)
        }
        let total = lengths.reduce(0, +)
        return TrainingBenchmark(model: spec.slug, batch: batch, steps: steps, inputSize: inputSize, hiddenSize: hiddenSize,
                                 tokens: total, stepMs: median, tokensPerSecond: Double(total) / (median / 1000))
    }
}
