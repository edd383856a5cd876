import CoursecheckNumerics

/// One direction of one level of a recurrent encoder: its parameters and the
/// gradients the backward pass writes. What a forward pass keeps for its
/// backward pass lives in `LayerActivations`, owned by the model's `Tape`.
///
/// Parameters start as PyTorch's: independent draws from U(−1/√H, 1/√H).
final class RecurrentLayer {
    let recurrence: Recurrence
    let inputSize: Int
    let hiddenSize: Int
    let bias: BiasConvention
    /// Whether the layer reads its sequence from the last step to the first.
    let reverse: Bool

    let weightIH: Matrix
    let weightHH: Matrix
    let biasIH: Vector
    /// nil under the one-bias convention.
    let biasHH: Vector?

    let gradWeightIH: Matrix
    let gradWeightHH: Matrix
    let gradBiasIH: Vector
    let gradBiasHH: Vector?

    init(recurrence: Recurrence, inputSize: Int, hiddenSize: Int, bias: BiasConvention, reverse: Bool, rng: RandomSource?) throws {
        self.recurrence = recurrence
        self.inputSize = inputSize
        self.hiddenSize = hiddenSize
        self.bias = bias
        self.reverse = reverse
        let rows = recurrence.gates * hiddenSize
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
    var tensors: [(name: String, shape: [Int], value: any DenseTensor, gradient: any DenseTensor)] {
        var list: [(name: String, shape: [Int], value: any DenseTensor, gradient: any DenseTensor)] = [
            ("W_ih", [weightIH.rows, weightIH.columns], weightIH, gradWeightIH),
            ("W_hh", [weightHH.rows, weightHH.columns], weightHH, gradWeightHH),
            (bias == .two ? "b_ih" : "b", [biasIH.count], biasIH, gradBiasIH),
        ]
        if let biasHH, let gradBiasHH {
            list.append(("b_hh", [biasHH.count], biasHH, gradBiasHH))
        }
        return list
    }

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
