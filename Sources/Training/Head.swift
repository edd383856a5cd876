import CoursecheckNumerics
import Foundation

/// The classifier's head: dropout, a linear layer and softmax cross-entropy
/// over C classes, on the encoder's final states x (B × F):
/// ```
/// x̃ = x ⊙ M,   z = x̃·Wᵀ + b,   L = (1/B) Σ_b −log softmax(z_b)[y_b]
/// ```
/// where M is the dropout mask (entries 0 or 1/(1 − p)), or 1 when evaluating.
/// Backward:
/// ```
/// dz = (softmax(z) − onehot(y)) / B,   dW = dzᵀ·x̃,   db = Σ_b dz_b,   dx = (dz·W) ⊙ M
/// ```
/// W and b start as PyTorch's `nn.Linear`: U(−1/√F, 1/√F).
final class Head {
    let features: Int
    let classes: Int
    let weight: Matrix
    let bias: Vector
    let gradWeight: Matrix
    let gradBias: Vector

    init(features: Int, classes: Int, rng: RandomSource) throws {
        self.features = features
        self.classes = classes
        weight = try Matrix(rows: classes, columns: features)
        bias = try Vector(count: classes)
        gradWeight = try Matrix(rows: classes, columns: features)
        gradBias = try Vector(count: classes)
        let bound = 1 / Double(features).squareRoot()
        weight.fillUniform(rng, bound: bound)
        bias.fillUniform(rng, bound: bound)
    }

    var trainables: [Trainable] {
        [Trainable(value: weight, gradient: gradWeight), Trainable(value: bias, gradient: gradBias)]
    }

    /// What a forward pass keeps for its backward pass.
    struct Pass {
        let dropped: Matrix
        let probabilities: Matrix
        let labels: [Int]
        let mask: DropoutMask?
        /// The mean loss over the batch.
        let loss: Double
        /// Σ_b −log p_b: the loss before the mean, for evaluation sums.
        let lossSum: Double
        /// How many rows have the true class as their most probable one.
        let correct: Int
    }

    func forward(_ x: MatrixView, labels: [Int], mask: DropoutMask?) throws -> Pass {
        let b = x.rows
        precondition(x.columns == features && labels.count == b, "the head reads \(b)×\(features) with \(b) labels")
        let dropped = try Matrix(rows: b, columns: features)
        dropped.view.copy(from: x)
        if let mask {
            precondition(mask.rows == b && mask.columns == features, "a \(mask.rows)×\(mask.columns) mask for \(b)×\(features)")
            for k in 0..<dropped.count { dropped[flat: k] *= mask.scale[k] }
        }
        let z = try Matrix(rows: b, columns: classes)
        try BLAS.gemm(dropped.view, .none, weight.view, .transpose, into: z.view)
        var lossSum = 0.0
        var correct = 0
        for r in 0..<b {
            var top = -Double.infinity
            var best = 0
            for c in 0..<classes {
                z[r, c] += bias[c]
                if z[r, c] > top { top = z[r, c]; best = c }
            }
            var total = 0.0
            for c in 0..<classes { total += Foundation.exp(z[r, c] - top) }
            let logTotal = Foundation.log(total)
            // −log softmax in the log domain: exact where p itself underflows.
            lossSum -= z[r, labels[r]] - top - logTotal
            for c in 0..<classes { z[r, c] = Foundation.exp(z[r, c] - top - logTotal) }
            if best == labels[r] { correct += 1 }
        }
        return Pass(dropped: dropped, probabilities: z, labels: labels, mask: mask,
                    loss: lossSum / Double(b), lossSum: lossSum, correct: correct)
    }

    /// Writes dL/dW and dL/db, and dL/dx into `gradInput` (B × F).
    func backward(_ pass: Pass, gradInput: MatrixView) throws {
        let b = pass.labels.count
        let dz = pass.probabilities
        for r in 0..<b {
            dz[r, pass.labels[r]] -= 1
            for c in 0..<classes { dz[r, c] /= Double(b) }
        }
        try BLAS.gemm(dz.view, .transpose, pass.dropped.view, .none, into: gradWeight.view)
        for c in 0..<classes {
            var total = 0.0
            for r in 0..<b { total += dz[r, c] }
            gradBias[c] = total
        }
        try BLAS.gemm(dz.view, .none, weight.view, .none, into: gradInput)
        if let mask = pass.mask {
            for r in 0..<b { for j in 0..<features { gradInput[r, j] *= mask.scale[r * features + j] } }
        }
    }
}

/// Which features dropout keeps: each independently with probability 1 − p,
/// scaled by 1/(1 − p) (inverted dropout), drawn from a seeded stream. A mask
/// is a value: a gradient check holds one fixed while it moves the
/// parameters.
public struct DropoutMask: Sendable {
    public let rows: Int
    public let columns: Int
    /// 0 or 1/(1 − p), row-major.
    public let scale: [Double]

    public static func draw(rows: Int, columns: Int, probability p: Double, rng: RandomSource) -> DropoutMask {
        precondition(p >= 0 && p < 1, "dropout probability must be in [0, 1), got \(p)")
        let kept = 1 / (1 - p)
        let scale = (0..<rows * columns).map { _ in rng.uniform(0, 1) < p ? 0 : kept }
        return DropoutMask(rows: rows, columns: columns, scale: scale)
    }
}
