@testable import CoursecheckCore
import CoursecheckTestSupport
import Testing

private let shapes: [(Cell, Int, Bool)] = Cell.allCases.flatMap { cell in
    [1, 2].flatMap { levels in [false, true].map { (cell, levels, $0) } }
}

@Suite("Backpropagation through time against GSL central differences")
struct GradientCheckTests {
    @Test("Every cell × levels × directions passes at small sizes, under both bias conventions",
          arguments: shapes, BiasConvention.allCases)
    func passes(shape: (Cell, Int, Bool), bias: BiasConvention) throws {
        let (cell, levels, bidirectional) = shape
        let spec = ModelSpec(name: "test", cell: cell, levels: levels, bidirectional: bidirectional)
        let model = try RecurrentModel(spec: spec, inputSize: 5, hiddenSize: 4, bias: bias, seed: 11)
        var check = GradientCheck()
        check.steps = 5
        check.batch = 3
        check.coordinates = 6
        let result = try check.run(model)
        #expect(result.passed, "\(cell) levels \(levels) bidirectional \(bidirectional) \(bias): error \(result.maxRelativeError)")
        #expect(result.maxRelativeError < 1e-7)
        #expect(result.coordinates == 6 * (model.tensors.count + 1))
    }

    @Test("A wrong sign in the forget gate's gradient makes the check fail", arguments: [1, 2])
    func brokenBackward(levels: Int) throws {
        let spec = ModelSpec(name: "broken", cell: .lstm, levels: levels, bidirectional: true)
        let model = try RecurrentModel(spec: spec, inputSize: 5, hiddenSize: 4, bias: .two, seed: 3)
        model.layers[0][0].fault = .forgetGateSign
        var check = GradientCheck()
        check.steps = 4
        let result = try check.run(model)
        #expect(!result.passed)
        #expect(result.maxRelativeError > 1e-3)
    }

    @Test("A single step and a single sequence are handled")
    func edges() throws {
        let spec = ModelSpec(name: "edge", cell: .lstm, levels: 2, bidirectional: true)
        let model = try RecurrentModel(spec: spec, inputSize: 3, hiddenSize: 2, bias: .one, seed: 5)
        var check = GradientCheck()
        check.steps = 1
        check.batch = 1
        #expect(try check.run(model).passed)
    }
}
