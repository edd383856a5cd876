import CoursecheckNumerics
import Foundation

/// Wall-clock time of a model's forward and forward+backward passes: the
/// median over `repeats` runs, on seeded inputs, after a warm-up of at least
/// `warmup` runs and `warmupSeconds` seconds (`Timing.medianMilliseconds`).
public struct ModelBenchmark: Codable, Equatable, Sendable {
    public var schema = "coursecheck.bench/1"
    public var model: String
    public var batch: Int
    public var steps: Int
    public var inputSize: Int
    public var hiddenSize: Int
    public var forwardMs: Double
    public var forwardBackwardMs: Double

    enum CodingKeys: String, CodingKey {
        case schema, model, batch, steps
        case inputSize = "input_size"
        case hiddenSize = "hidden_size"
        case forwardMs = "forward_ms"
        case forwardBackwardMs = "forward_backward_ms"
    }

    public static func run(_ spec: ModelSpec, inputSize: Int, hiddenSize: Int, bias: BiasConvention,
                           batch: Int, steps: Int, repeats: Int = 10, warmup: Int = 2,
                           warmupSeconds: Double = 0.3) throws -> ModelBenchmark {
        let model = try RecurrentModel(spec: spec, inputSize: inputSize, hiddenSize: hiddenSize, bias: bias, seed: 1)
        let rng = try RandomSource(seed: 2)
        let input = try Matrix(rows: steps * batch, columns: inputSize)
        input.fillGaussian(rng, sigma: 1)
        let gradOutput = try Matrix(rows: steps * batch, columns: model.outputSize)
        gradOutput.fillGaussian(rng, sigma: 1)
        // dL/dX too, as the NumPy peer computes it.
        let gradInput = try Matrix(rows: steps * batch, columns: inputSize)

        func median(_ body: () throws -> Void) throws -> Double {
            try Timing.medianMilliseconds(warmup: warmup, warmupSeconds: warmupSeconds, repeats: repeats, body)
        }
        let forward = try median { _ = try model.forward(input, steps: steps, batch: batch) }
        let both = try median {
            try model.forward(input, steps: steps, batch: batch).backward(gradOutput, inputGradient: gradInput)
        }
        return ModelBenchmark(model: spec.slug, batch: batch, steps: steps, inputSize: inputSize, hiddenSize: hiddenSize,
                              forwardMs: forward, forwardBackwardMs: both)
    }
}
