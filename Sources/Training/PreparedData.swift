import CoursecheckNumerics

/// A sequence of token ids (into a `PreparedData`'s vocabulary) and its class.
public struct Example: Sendable {
    public var tokens: [Int32]
    public var label: Int
}

/// The data as one seed's run sees it: the training data split into the
/// part trained on and a validation part (at random, seeded); the
/// vocabulary, every token seen at least `minCount` times in the part
/// trained on (most frequent first, ties in byte order), behind `<unk>` at
/// index 0; and the embedding table, one row per vocabulary word.
///
/// A word of the vocabulary without a vector in the embeddings file, and
/// `<unk>`, get a vector drawn from N(0, s²), s the standard deviation of
/// the file's values, in vocabulary order from a seeded stream. Every split
/// maps a token outside the vocabulary to `<unk>`.
public struct PreparedData: @unchecked Sendable {
    public let classes: [String]
    public let vocabulary: [String]
    public let table: Matrix
    public let train: [Example]
    public let validation: [Example]
    public let test: [Example]
    /// Vocabulary words (besides `<unk>`) that the embeddings file lacks.
    public let unknownWords: Int
    public let fingerprint: String

    public static let unknown = "<unk>"

    public init(_ data: TokenizedData, recipe: Recipe, seed: UInt) throws {
        classes = data.classes
        fingerprint = data.fingerprint
        let n = data.train.count
        let held = Int((Double(n) * recipe.validationFraction).rounded(.up))
        guard held >= 1, n - held >= 1 else {
            throw DataError.tooFewExamples(reason: "\(n) training examples cannot be split into a training part and a validation part of \(recipe.validationFraction)")
        }
        let order = try RandomSource(seed: Streams.seed(seed, Streams.split)).permutation(n)
        let validationIndices = Array(order[0..<held]).sorted()
        let trainIndices = Array(order[held...]).sorted()

        var counts = [Int](repeating: 0, count: data.tokens.count)
        for i in trainIndices { for t in data.train[i] { counts[Int(t)] += 1 } }
        let kept = counts.indices.filter { counts[$0] >= recipe.minCount && counts[$0] > 0 }
            .sorted { counts[$0] != counts[$1] ? counts[$0] > counts[$1]
                : Array(data.tokens[$0].utf8).lexicographicallyPrecedes(Array(data.tokens[$1].utf8)) }
        var remap = [Int32](repeating: 0, count: data.tokens.count)
        for (k, token) in kept.enumerated() { remap[token] = Int32(k + 1) }
        vocabulary = [Self.unknown] + kept.map { data.tokens[$0] }

        table = try Matrix(rows: vocabulary.count, columns: data.dimension)
        let rng = try RandomSource(seed: Streams.seed(seed, Streams.unknownWords))
        let sigma = data.vectorDeviation > 0 ? data.vectorDeviation : 1
        var missing = 0
        for row in 0..<vocabulary.count {
            if row > 0, let v = data.vector(kept[row - 1]) {
                for (j, x) in v.enumerated() { table[row, j] = x }
            } else {
                if row > 0 { missing += 1 }
                for j in 0..<data.dimension { table[row, j] = rng.gaussian(sigma: sigma) }
            }
        }
        unknownWords = missing
        let map = { (tokens: [Int32]) in tokens.map { remap[Int($0)] } }
        train = trainIndices.map { Example(tokens: map(data.train[$0]), label: data.trainLabels[$0]) }
        validation = validationIndices.map { Example(tokens: map(data.train[$0]), label: data.trainLabels[$0]) }
        test = zip(data.test, data.testLabels).map { Example(tokens: map($0), label: $1) }
    }
}
