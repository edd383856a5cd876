@preconcurrency import CGSL

/// One direction of one level of a recurrent encoder: its parameters in GSL
/// matrices and vectors, the activations its forward pass keeps for the
/// backward pass, and the gradients the backward pass writes.
///
/// Parameters start as PyTorch's: independent draws from U(−1/√H, 1/√H).
public final class RecurrentLayer {
    public let cell: Cell
    public let inputSize: Int
    public let hiddenSize: Int
    public let bias: BiasConvention
    /// Whether the layer reads its sequence from the last step to the first.
    public let reverse: Bool

    public let weightIH: Matrix
    public let weightHH: Matrix
    public let biasIH: Vector
    /// nil under the one-bias convention.
    public let biasHH: Vector?

    public let gradWeightIH: Matrix
    public let gradWeightHH: Matrix
    public let gradBiasIH: Vector
    public let gradBiasHH: Vector?

    /// Buffers of the last forward pass, reused while the shape stays.
    var workspace: Workspace?

    /// For tests only: corrupts the backward pass so that a gradient check
    /// must fail.
    var fault: Fault?

    enum Fault {
        /// Flips the sign of the forget gate's gradient.
        case forgetGateSign
    }

    public init(cell: Cell, inputSize: Int, hiddenSize: Int, bias: BiasConvention, reverse: Bool, rng: RandomSource?) throws {
        self.cell = cell
        self.inputSize = inputSize
        self.hiddenSize = hiddenSize
        self.bias = bias
        self.reverse = reverse
        let rows = cell.gates * hiddenSize
        weightIH = try Matrix(rows: rows, columns: inputSize)
        weightHH = try Matrix(rows: rows, columns: hiddenSize)
        biasIH = try Vector(count: rows)
        biasHH = bias == .two ? try Vector(count: rows) : nil
        gradWeightIH = try Matrix(rows: rows, columns: inputSize)
        gradWeightHH = try Matrix(rows: rows, columns: hiddenSize)
        gradBiasIH = try Vector(count: rows)
        gradBiasHH = bias == .two ? try Vector(count: rows) : nil

        // Without a generator the parameters stay zero: enough to take an
        // inventory of the allocated tensors.
        guard let rng else { return }
        let bound = 1 / Double(hiddenSize).squareRoot()
        weightIH.fillUniform(rng, bound: bound)
        weightHH.fillUniform(rng, bound: bound)
        biasIH.fillUniform(rng, bound: bound)
        biasHH?.fillUniform(rng, bound: bound)
    }

    /// Parameters and their gradients, by name, in a fixed order.
    public var tensors: [(name: String, shape: [Int], value: UnsafeMutableBufferPointer<Double>, gradient: UnsafeMutableBufferPointer<Double>)] {
        var list = [
            ("W_ih", [weightIH.rows, weightIH.columns], weightIH.buffer, gradWeightIH.buffer),
            ("W_hh", [weightHH.rows, weightHH.columns], weightHH.buffer, gradWeightHH.buffer),
            (bias == .two ? "b_ih" : "b", [biasIH.count], biasIH.buffer, gradBiasIH.buffer),
        ]
        if let biasHH, let gradBiasHH {
            list.append(("b_hh", [biasHH.count], biasHH.buffer, gradBiasHH.buffer))
        }
        return list
    }
}

extension RecurrentLayer {
    /// The step processed s-th: s, or T − 1 − s for a reverse layer.
    func step(at s: Int, of steps: Int) -> Int {
        reverse ? steps - 1 - s : s
    }

    /// The step processed just before step t (t − 1, or t + 1 for a reverse
    /// layer); nil for the first one processed.
    func step(before t: Int, of steps: Int) -> Int? {
        let previous = reverse ? t + 1 : t - 1
        return (0..<steps).contains(previous) ? previous : nil
    }
}
