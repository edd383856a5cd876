import CoursecheckNumerics

/// Everything one forward pass of a `RecurrentModel` keeps for its backward
/// pass: a copy of the input, each level's output and dL/d(output), each
/// direction's own dL/d(level input) when the two run at once, and each
/// layer's `LayerActivations`.
///
/// Allocated for up to `rowCapacity` rows (T·B) and `batchCapacity`
/// sequences; a pass binds views of the rows it uses.
final class ModelActivations {
    let rowCapacity: Int
    let batchCapacity: Int
    let lanes: Int
    private(set) var lengths: SequenceLengths
    let layers: [[LayerActivations]]
    private let inputStore: Matrix
    private let outputStores: [Matrix]
    private let gradientStores: [Matrix]
    private let directionGradientStores: [[Matrix]]
    /// dL/d(top output) made from dL/d(final states): zero except the rows of
    /// the final states, which are set before a backward pass and zeroed
    /// after it.
    let finalGradientStore: Matrix

    init(model: RecurrentModel, rows: Int, batch: Int) throws {
        rowCapacity = rows
        batchCapacity = batch
        lanes = model.schedule.lanes
        let h = model.hiddenSize
        inputStore = try Matrix(rows: rows, columns: model.inputSize)
        let outputs = try model.layers.map { _ in try Matrix(rows: rows, columns: model.outputSize) }
        gradientStores = try model.layers.map { _ in try Matrix(rows: rows, columns: model.outputSize) }
        directionGradientStores = try model.layers.map { level in
            try level.count > 1 ? level.map { try Matrix(rows: rows, columns: $0.inputSize) } : []
        }
        finalGradientStore = try Matrix(rows: rows, columns: model.outputSize)
        let input = inputStore
        let lanes = model.schedule.lanes
        layers = try model.layers.enumerated().map { level, directions in
            try directions.enumerated().map { d, layer in
                try LayerActivations(rows: rows, batch: batch, lanes: lanes, layer: layer,
                                     input: level == 0 ? input.view : outputs[level - 1].view,
                                     output: outputs[level].columns(d * h..<(d + 1) * h))
            }
        }
        outputStores = outputs
        lengths = .full(steps: rows / batch, batch: batch)
    }

    var steps: Int { lengths.steps }
    var batch: Int { lengths.batch }
    private var used: Range<Int> { 0..<lengths.steps * lengths.batch }

    /// Binds every layer's views for a pass over `lengths`.
    func bind(_ lengths: SequenceLengths, threads: Int, hiddenSize h: Int) {
        self.lengths = lengths
        for (level, directions) in layers.enumerated() {
            for (d, layer) in directions.enumerated() {
                layer.bind(lengths, threads: threads, input: level == 0 ? input : output(level - 1),
                           output: output(level).columns(d * h..<(d + 1) * h))
            }
        }
    }

    var input: MatrixView { inputStore.rows(used) }
    func output(_ level: Int) -> MatrixView { outputStores[level].rows(used) }
    func gradient(_ level: Int) -> MatrixView { gradientStores[level].rows(used) }
    func directionGradients(_ level: Int) -> [MatrixView] { directionGradientStores[level].map { $0.rows(used) } }
    var top: MatrixView { output(outputStores.count - 1) }
    var finalGradient: MatrixView { finalGradientStore.rows(used) }
}
