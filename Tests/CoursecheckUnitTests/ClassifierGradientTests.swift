@_spi(Testing) import CoursecheckModels
import CoursecheckNumerics
import CoursecheckTestSupport
import CoursecheckTraining
import Testing

private let shapes: [(Recurrence, Int, Bool)] = Recurrence.allCases.flatMap { cell in
    [1, 2].flatMap { levels in [false, true].map { (cell, levels, $0) } }
}

/// A table of `words` random vectors of dimension `input`.
private func table(words: Int, input: Int, seed: UInt) throws -> Matrix {
    let m = try Matrix(rows: words, columns: input)
    m.fillGaussian(try RandomSource(seed: seed), sigma: 1)
    return m
}

@Suite("The whole classifier against GSL central differences")
struct ClassifierGradientTests {
    @Test("Lookup, encoder, dropout, head and loss pass the directional check with lengths that differ",
          arguments: shapes)
    func passes(shape: (Recurrence, Int, Bool)) throws {
        let spec = ModelSpec(name: "test", recurrence: shape.0, levels: shape.1, bidirectional: shape.2)
        let classifier = try Classifier(spec: spec, inputSize: 5, hiddenSize: 4, bias: .two, classes: 3,
                                        table: table(words: 9, input: 5, seed: 2), trainEmbeddings: true, seed: 11,
                                        schedule: .machine, maxLength: 6, batch: 4)
        // Longest first; the last sequence has one step.
        let tokens: [[Int32]] = [[1, 2, 3, 4, 5, 6], [7, 8, 1, 2], [3, 3, 4], [5]]
        let mask = DropoutMask.draw(rows: 4, columns: classifier.encoder.outputSize, probability: 0.3, rng: try RandomSource(seed: 4))
        var check = GradientCheck()
        check.coordinates = 4
        let result = try classifier.gradientCheck(check, tokens: tokens, labels: [0, 2, 1, 2], mask: mask)
        #expect(result.passed, "\(shape): error \(result.maxRelativeError)")
        #expect(result.maxRelativeError < 1e-6)
    }

    @Test("At the assignment's sizes and a batch of 32 of varying lengths, lanes and tiles included, the check passes",
          arguments: [(Recurrence.lstm, 1, false), (.lstm, 2, true)])
    func fullSize(shape: (Recurrence, Int, Bool)) throws {
        let spec = ModelSpec(name: "full", recurrence: shape.0, levels: shape.1, bidirectional: shape.2)
        let classifier = try Classifier(spec: spec, inputSize: 100, hiddenSize: 200, bias: .two, classes: 2,
                                        table: table(words: 50, input: 100, seed: 3), trainEmbeddings: false, seed: 5,
                                        schedule: Schedule(lanes: 2, threads: 2), maxLength: 6, batch: 32)
        let rng = try RandomSource(seed: 9)
        let tokens: [[Int32]] = (0..<32).map { b in (0..<(6 - b / 7)).map { _ in Int32(rng.integer(below: 50)) } }
        var check = GradientCheck()
        check.directions = 2
        check.coordinates = 1
        let result = try classifier.gradientCheck(check, tokens: tokens, labels: (0..<32).map { $0 % 2 }, mask: nil)
        #expect(result.passed, "\(shape): error \(result.maxRelativeError)")
    }
}

@Suite("Packed sequences: padding never leaks")
struct PackedSequenceTests {
    /// Each sequence of a packed batch gives the same final states as when
    /// it runs alone, and changing the padding rows changes nothing.
    @Test("A packed batch equals its sequences run one by one, whatever the padding holds", arguments: shapes)
    func packedEqualsAlone(shape: (Recurrence, Int, Bool)) throws {
        let spec = ModelSpec(name: "packed", recurrence: shape.0, levels: shape.1, bidirectional: shape.2)
        let model = try RecurrentModel(spec: spec, inputSize: 3, hiddenSize: 4, bias: .two, seed: 21)
        let lengths = SequenceLengths([5, 4, 2, 2, 1])
        let (steps, batch) = (lengths.steps, lengths.batch)
        let rng = try RandomSource(seed: 8)
        let input = try Matrix(rows: steps * batch, columns: 3)
        input.fillGaussian(rng, sigma: 1)
        let packed = try Matrix(rows: batch, columns: model.outputSize)
        do {
            let tape = try model.forward(input.view, lengths: lengths)
            tape.finalStates(into: packed.view)
        }
        // Garbage in every padding row: nothing may change.
        for b in 0..<batch { for t in lengths.lengths[b]..<steps { for j in 0..<3 { input[t * batch + b, j] = 1e6 } } }
        let again = try Matrix(rows: batch, columns: model.outputSize)
        do {
            let tape = try model.forward(input.view, lengths: lengths)
            tape.finalStates(into: again.view)
            let out = try tape.copyOutput()
            for b in 0..<batch { for t in lengths.lengths[b]..<steps { for j in 0..<out.columns { #expect(out[t * batch + b, j] == 0) } } }
        }
        #expect(packed.elements == again.elements)
        for b in 0..<batch {
            let n = lengths.lengths[b]
            let alone = try Matrix(rows: n, columns: 3)
            for t in 0..<n { for j in 0..<3 { alone[t, j] = input[t * batch + b, j] } }
            let states = try Matrix(rows: 1, columns: model.outputSize)
            let tape = try model.forward(alone.view, lengths: SequenceLengths([n]))
            tape.finalStates(into: states.view)
            for j in 0..<model.outputSize {
                #expect(abs(states[0, j] - packed[b, j]) <= 1e-13, "sequence \(b), feature \(j)")
            }
        }
    }
}
