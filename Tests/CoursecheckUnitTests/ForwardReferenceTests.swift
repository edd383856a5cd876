import CoursecheckModels
import CoursecheckNumerics
import Foundation
import Testing

/// The gradient check proves that backward differentiates forward, not that
/// forward computes the right function: here forward is compared with the
/// equations written out one scalar at a time (PyTorch's, gates i, f, g, o),
/// with glibc's exp and tanh.
@Suite("Forward pass against the equations, one scalar at a time")
struct ForwardReferenceTests {
    private static let small: [(Recurrence, Int, Bool, BiasConvention)] = Recurrence.allCases.flatMap { cell in
        [1, 2].flatMap { levels in
            [false, true].flatMap { bi in BiasConvention.allCases.map { (cell, levels, bi, $0) } }
        }
    }

    @Test("Every cell × levels × directions × bias convention at small sizes", arguments: small)
    func smallSizes(shape: (Recurrence, Int, Bool, BiasConvention)) throws {
        try compare(cell: shape.0, levels: shape.1, bidirectional: shape.2, bias: shape.3,
                    input: 5, hidden: 4, steps: 4, batch: 3)
    }

    /// The benchmark's batch and the assignment's sizes: lanes, tiles and
    /// huge pages, paths that small sizes never take.
    @Test("At the assignment's sizes and the benchmark's batch",
          arguments: [(Recurrence.lstm, 1, false), (.lstm, 2, true), (.rnn, 1, false)])
    func fullSize(shape: (Recurrence, Int, Bool)) throws {
        try compare(cell: shape.0, levels: shape.1, bidirectional: shape.2, bias: .two,
                    input: 100, hidden: 200, steps: 3, batch: 32)
    }

    private func compare(cell: Recurrence, levels: Int, bidirectional: Bool, bias: BiasConvention,
                         input: Int, hidden: Int, steps: Int, batch: Int) throws {
        let spec = ModelSpec(name: "reference", recurrence: cell, levels: levels, bidirectional: bidirectional)
        let model = try RecurrentModel(spec: spec, inputSize: input, hiddenSize: hidden, bias: bias, seed: 17)
        let x = try Matrix(rows: steps * batch, columns: input)
        // Pre-activations reach a few units: the gates saturate in places.
        x.fillGaussian(try RandomSource(seed: 18), sigma: 2)
        let output = try model.forward(x, steps: steps, batch: batch).copyOutput()

        var below = (0..<steps * batch).map { r in (0..<input).map { x[r, $0] } }
        for level in 0..<levels {
            let directions = spec.directions.map { direction in
                let tensors = Dictionary(uniqueKeysWithValues: model.parameters
                    .filter { $0.level == level && $0.direction == direction }.map { ($0.name, $0) })
                return reference(Layer(tensors, reverse: direction == "backward", cell: cell, hidden: hidden),
                                 below, steps: steps, batch: batch)
            }
            below = (0..<steps * batch).map { r in directions.flatMap { $0[r] } }
        }
        var worst = 0.0
        for r in 0..<steps * batch {
            for k in 0..<model.outputSize { worst = max(worst, abs(output[r, k] - below[r][k])) }
        }
        #expect(worst < 1e-13, "\(spec.recurrence) levels \(levels) bidirectional \(bidirectional) \(bias): \(worst)")
    }

    /// One layer's parameters, read from the model as copies.
    private struct Layer {
        var weightIH: [Double], weightHH: [Double], bias: [Double]
        var reverse: Bool, cell: Recurrence, hiddenSize: Int, inputSize: Int

        init(_ tensors: [String: ParameterTensor], reverse: Bool, cell: Recurrence, hidden: Int) {
            weightIH = tensors["W_ih"]!.values
            weightHH = tensors["W_hh"]!.values
            let b = tensors["b_ih"] ?? tensors["b"]!
            bias = zip(b.values, tensors["b_hh"]?.values ?? [Double](repeating: 0, count: b.count)).map { $0 + $1 }
            self.reverse = reverse
            self.cell = cell
            hiddenSize = hidden
            inputSize = tensors["W_ih"]!.shape[1]
        }
    }

    /// hₜ of every row t·B + b, from the layer's own tensors.
    private func reference(_ layer: Layer, _ x: [[Double]], steps: Int, batch: Int) -> [[Double]] {
        let h = layer.hiddenSize, gates = layer.cell.gates, inputs = layer.inputSize
        var out = [[Double]](repeating: [Double](repeating: 0, count: h), count: steps * batch)
        for b in 0..<batch {
            var hPrev = [Double](repeating: 0, count: h), cPrev = [Double](repeating: 0, count: h)
            let order = layer.reverse ? Array((0..<steps).reversed()) : Array(0..<steps)
            for t in order {
                let r = t * batch + b
                var a = [Double](repeating: 0, count: gates * h)
                for k in 0..<gates * h {
                    var sum = layer.bias[k]
                    for j in 0..<inputs { sum += layer.weightIH[k * inputs + j] * x[r][j] }
                    for j in 0..<h { sum += layer.weightHH[k * h + j] * hPrev[j] }
                    a[k] = sum
                }
                for u in 0..<h {
                    switch layer.cell {
                    case .rnn:
                        hPrev[u] = Foundation.tanh(a[u])
                    case .lstm:
                        let sigma = { (v: Double) in 1 / (1 + Foundation.exp(-v)) }
                        let (i, f) = (sigma(a[u]), sigma(a[h + u]))
                        let (g, o) = (Foundation.tanh(a[2 * h + u]), sigma(a[3 * h + u]))
                        cPrev[u] = f * cPrev[u] + i * g
                        hPrev[u] = o * Foundation.tanh(cPrev[u])
                    }
                }
                out[r] = hPrev
            }
        }
        return out
    }
}
