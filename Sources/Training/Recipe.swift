/// How a model is trained: everything besides the data and the seed that
/// decides the result. Two runs with the same recipe, data and seed give the
/// same bits, whatever `--jobs` says.
public struct Recipe: Codable, Equatable, Sendable {
    public var epochs = 5
    public var batch = 32
    public var learningRate = 1e-3
    /// Tokens kept from the start of each text.
    public var maxLength = 256
    /// The probability that dropout zeroes a feature of the head's input.
    public var dropout = 0.5
    /// The largest L2 norm of the whole gradient; larger ones are scaled down.
    public var clip = 5.0
    /// The fraction of the training data held out, at random (seeded), to
    /// choose the epoch.
    public var validationFraction = 0.1
    /// Training tokens seen fewer times are left out of the vocabulary.
    public var minCount = 1
    /// Whether the embeddings are trained too (frozen by default).
    public var trainEmbeddings = false
    /// Adam's β₁, β₂ and ε.
    public var beta1 = 0.9
    public var beta2 = 0.999
    public var epsilon = 1e-8
    /// Batches are made of pools of this many batches' examples sorted by
    /// length (bucketing), the batches then shuffled.
    public var bucketPool = 100
    /// How a step's work is cut (`Schedule.lanes`): part of the arithmetic.
    public var lanes = 2
    public var tokenizer = Tokenizer.name

    public init() {}

    enum CodingKeys: String, CodingKey {
        case epochs, batch, dropout, clip, beta1, beta2, epsilon, lanes, tokenizer
        case learningRate = "learning_rate"
        case maxLength = "max_length"
        case validationFraction = "validation_fraction"
        case minCount = "min_count"
        case trainEmbeddings = "train_embeddings"
        case bucketPool = "bucket_pool"
    }

    /// One line for people.
    public var summary: String {
        "\(epochs) epochs, batch \(batch), Adam lr \(learningRate), dropout \(dropout), clip \(clip), "
            + "max length \(maxLength), validation \(validationFraction), "
            + (trainEmbeddings ? "embeddings trained" : "embeddings frozen")
    }
}

/// The sizes of the encoders trained.
public struct TrainingSizes: Codable, Equatable, Sendable {
    public var inputSize: Int
    public var hiddenSize: Int
    public var bias: String

    public init(inputSize: Int, hiddenSize: Int, bias: String) {
        self.inputSize = inputSize
        self.hiddenSize = hiddenSize
        self.bias = bias
    }

    enum CodingKeys: String, CodingKey {
        case bias
        case inputSize = "input_size"
        case hiddenSize = "hidden_size"
    }
}
