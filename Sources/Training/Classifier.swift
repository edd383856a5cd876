import CoursecheckModels
import CoursecheckNumerics

/// A sequence classifier: embedding lookup, one of Part I's encoders, and a
/// head (`Head`) on the encoder's final states.
/// ```
/// X = E[tokens] (T·B × I)  →  encoder  →  [h→(last) | h←(0)] (B × D·H)  →  head  →  L
/// ```
/// The embeddings are looked up batch by batch, into one input matrix sized
/// for the longest batch: the corpus is never held embedded. With frozen
/// embeddings (the default) dL/dX is not computed; trained, it is added into
/// the table's gradient row by row (dE[token] += dX[row]).
public final class Classifier {
    public let encoder: RecurrentModel
    let head: Head
    public let table: Matrix
    let tableGradient: Matrix?
    private let input: Matrix
    private let inputGradient: Matrix?
    private let features: Matrix
    private let featureGradient: Matrix

    /// A classifier for sequences of at most `maxLength` tokens in batches of
    /// at most `batch`; the encoder's parameters are drawn from `seed`'s
    /// encoder stream and the head's from its head stream.
    public init(spec: ModelSpec, inputSize: Int, hiddenSize: Int, bias: BiasConvention, classes: Int, table: Matrix,
                trainEmbeddings: Bool, seed: UInt, schedule: Schedule, maxLength: Int, batch: Int, forgetBias: Double = 0) throws {
        precondition(table.columns == inputSize, "a table of \(table.columns) columns for input size \(inputSize)")
        encoder = try RecurrentModel(spec: spec, inputSize: inputSize, hiddenSize: hiddenSize, bias: bias,
                                     seed: Streams.seed(seed, Streams.encoder), schedule: schedule)
        if forgetBias != 0, spec.recurrence == .lstm {
            // Rows H..<2H of b_ih (or b) are the forget gate's.
            for p in encoder.parameters where p.name == "b_ih" || p.name == "b" {
                let t = p.trainable.value
                for k in hiddenSize..<2 * hiddenSize { t[flat: k] += forgetBias }
            }
        }
        head = try Head(features: encoder.outputSize, classes: classes, rng: RandomSource(seed: Streams.seed(seed, Streams.head)))
        // A trained table is the run's own: the data's stays as it was read.
        if trainEmbeddings {
            let own = try Matrix(rows: table.rows, columns: table.columns)
            own.assign(from: table)
            self.table = own
        } else {
            self.table = table
        }
        tableGradient = trainEmbeddings ? try Matrix(rows: table.rows, columns: table.columns) : nil
        input = try Matrix(rows: maxLength * batch, columns: inputSize)
        inputGradient = trainEmbeddings ? try Matrix(rows: maxLength * batch, columns: inputSize) : nil
        features = try Matrix(rows: batch, columns: encoder.outputSize)
        featureGradient = try Matrix(rows: batch, columns: encoder.outputSize)
    }

    /// Every tensor an optimizer updates, in a fixed order: the encoder's
    /// (level by level, direction by direction), the head's, then the
    /// embedding table when it is trained.
    public var trainables: [Trainable] {
        var list = encoder.parameters.map(\.trainable) + head.trainables
        if let tableGradient { list.append(Trainable(value: table, gradient: tableGradient)) }
        return list
    }

    /// The batch's embedded input: row t·B + b holds E[tokens[b][t]] for
    /// t < lengths[b], zero after.
    private func lookup(_ tokens: [[Int32]], _ lengths: SequenceLengths) -> MatrixView {
        let (steps, batch) = (lengths.steps, lengths.batch)
        let x = input.rows(0..<steps * batch)
        let source = table.view
        for b in 0..<batch {
            let sequence = tokens[b]
            for t in 0..<steps {
                if t < sequence.count {
                    x.copyRow(t * batch + b, from: source, row: Int(sequence[t]))
                } else {
                    x.zeroRow(t * batch + b, columns: 0..<x.columns)
                }
            }
        }
        return x
    }

    /// The loss of a batch (token ids longest first, with their labels)
    /// without gradients; `mask` is dropout's, nil when evaluating.
    func evaluate(_ tokens: [[Int32]], labels: [Int], mask: DropoutMask?) throws -> Head.Pass {
        let lengths = SequenceLengths(tokens.map(\.count))
        let tape = try encoder.forward(lookup(tokens, lengths), lengths: lengths)
        let x = features.rows(0..<lengths.batch)
        tape.finalStates(into: x)
        return try head.forward(x, labels: labels, mask: mask)
    }

    /// Forward and backward over a batch: every trainable's gradient holds
    /// dL/dθ of the batch's mean loss afterwards.
    func step(_ tokens: [[Int32]], labels: [Int], mask: DropoutMask?) throws -> Head.Pass {
        let lengths = SequenceLengths(tokens.map(\.count))
        let x = lookup(tokens, lengths)
        let tape = try encoder.forward(x, lengths: lengths)
        let states = features.rows(0..<lengths.batch)
        tape.finalStates(into: states)
        let pass = try head.forward(states, labels: labels, mask: mask)
        let dStates = featureGradient.rows(0..<lengths.batch)
        try head.backward(pass, gradInput: dStates)
        let dX = inputGradient?.rows(0..<lengths.steps * lengths.batch)
        try tape.backward(finalStateGradient: dStates, inputGradient: dX)
        if let tableGradient, let dX {
            tableGradient.zeroElements()
            let g = tableGradient.view
            for b in 0..<lengths.batch {
                for t in 0..<tokens[b].count { g.addRow(Int(tokens[b][t]), from: dX, row: t * lengths.batch + b) }
            }
        }
        return pass
    }
}

extension Classifier {
    /// The whole classifier (lookup, encoder, head, loss) against GSL central
    /// differences (`GradientCheck`), on one batch of token ids (longest
    /// first, lengths may differ) with a dropout mask held fixed: along
    /// random directions over every trainable tensor, and at random entries
    /// of each.
    public func gradientCheck(_ check: GradientCheck, tokens: [[Int32]], labels: [Int], mask: DropoutMask?) throws -> GradientCheck.Result {
        _ = try step(tokens, labels: labels, mask: mask)
        let tensors = trainables.map { (value: $0.value, gradient: $0.gradient.elements) }
        return try check.run(slug: encoder.spec.slug, tensors: tensors, rng: RandomSource(seed: check.seed)) {
            try evaluate(tokens, labels: labels, mask: mask).loss
        }
    }
}
