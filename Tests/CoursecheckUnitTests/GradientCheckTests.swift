@_spi(Testing) import CoursecheckModels
import CoursecheckTestSupport
import Testing

private let shapes: [(Recurrence, Int, Bool)] = Recurrence.allCases.flatMap { cell in
    [1, 2].flatMap { levels in [false, true].map { (cell, levels, $0) } }
}

@Suite("Backpropagation through time against GSL central differences")
struct GradientCheckTests {
    @Test("Every cell × levels × directions passes at small sizes, under both bias conventions",
          arguments: shapes, BiasConvention.allCases)
    func passes(shape: (Recurrence, Int, Bool), bias: BiasConvention) throws {
        let (cell, levels, bidirectional) = shape
        let spec = ModelSpec(name: "test", recurrence: cell, levels: levels, bidirectional: bidirectional)
        let model = try RecurrentModel(spec: spec, inputSize: 5, hiddenSize: 4, bias: bias, seed: 11)
        var check = GradientCheck()
        check.steps = 5
        check.batch = 3
        check.coordinates = 6
        let result = try check.run(model)
        #expect(result.passed, "\(cell) levels \(levels) bidirectional \(bidirectional) \(bias): error \(result.maxRelativeError)")
        #expect(result.maxRelativeError < 1e-7)
        #expect(result.coordinates == 6 * (model.parameters.count + 1))
    }

    /// At the assignment's sizes and the benchmark's batch, the recurrences
    /// split the batch into lanes and run dâ·W_hh and dâ·W_ih in column
    /// tiles (`BLAS.gemmInTiles`): paths that small sizes never take.
    @Test("At the benchmark's batch and the assignment's sizes, lanes and tiles included, the check passes",
          arguments: [(Recurrence.lstm, 1, false), (.lstm, 2, true), (.rnn, 1, false)])
    func fullSize(shape: (Recurrence, Int, Bool)) throws {
        let spec = ModelSpec(name: "full", recurrence: shape.0, levels: shape.1, bidirectional: shape.2)
        let model = try RecurrentModel(spec: spec, inputSize: 100, hiddenSize: 200, bias: .two, seed: 13)
        var check = GradientCheck()
        check.steps = 3
        check.batch = 32
        let result = try check.run(model)
        #expect(result.passed, "\(shape): error \(result.maxRelativeError)")
    }

    @Test("A wrong sign in the forget gate's gradient makes the check fail", arguments: [1, 2])
    func brokenBackward(levels: Int) throws {
        let spec = ModelSpec(name: "broken", recurrence: .lstm, levels: levels, bidirectional: true)
        let model = try RecurrentModel(spec: spec, inputSize: 5, hiddenSize: 4, bias: .two, seed: 3)
        var check = GradientCheck()
        check.steps = 4
        // The forget gate's rows (h..<2h of W_hh's 4h) of the first layer's
        // W_hh gradient, negated after backward.
        let result = try check.run(model) { tensors in
            let w = tensors.first { $0.level == 0 && $0.direction == "forward" && $0.name == "W_hh" }!
            var g = w.gradients
            for k in 4 * 4..<8 * 4 { g[k] = -g[k] }
            w.setGradients(g)
        }
        #expect(!result.passed)
        #expect(result.maxRelativeError > 1e-3)
    }

    @Test("A single step and a single sequence are handled")
    func edges() throws {
        let spec = ModelSpec(name: "edge", recurrence: .lstm, levels: 2, bidirectional: true)
        let model = try RecurrentModel(spec: spec, inputSize: 3, hiddenSize: 2, bias: .one, seed: 5)
        var check = GradientCheck()
        check.steps = 1
        check.batch = 1
        #expect(try check.run(model).passed)
    }
}
