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
    /// Added to an LSTM's forget-gate bias b_ih at the start (0: PyTorch's
    /// initialisation as it is; 1: Keras's `unit_forget_bias`, which
    /// Jozefowicz et al. (2015) found to help long-range dependencies).
    public var forgetBias = 0.0
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

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        epochs = try c.decode(Int.self, forKey: .epochs)
        batch = try c.decode(Int.self, forKey: .batch)
        learningRate = try c.decode(Double.self, forKey: .learningRate)
        maxLength = try c.decode(Int.self, forKey: .maxLength)
        dropout = try c.decode(Double.self, forKey: .dropout)
        clip = try c.decode(Double.self, forKey: .clip)
        validationFraction = try c.decode(Double.self, forKey: .validationFraction)
        minCount = try c.decode(Int.self, forKey: .minCount)
        forgetBias = try c.decodeIfPresent(Double.self, forKey: .forgetBias) ?? 0
        trainEmbeddings = try c.decode(Bool.self, forKey: .trainEmbeddings)
        beta1 = try c.decode(Double.self, forKey: .beta1)
        beta2 = try c.decode(Double.self, forKey: .beta2)
        epsilon = try c.decode(Double.self, forKey: .epsilon)
        bucketPool = try c.decode(Int.self, forKey: .bucketPool)
        lanes = try c.decode(Int.self, forKey: .lanes)
        tokenizer = try c.decode(String.self, forKey: .tokenizer)
    }

    enum CodingKeys: String, CodingKey {
        case epochs, batch, dropout, clip, beta1, beta2, epsilon, lanes, tokenizer
        case learningRate = "learning_rate"
        case maxLength = "max_length"
        case validationFraction = "validation_fraction"
        case minCount = "min_count"
        case trainEmbeddings = "train_embeddings"
        case bucketPool = "bucket_pool"
        case forgetBias = "forget_bias"
    }

    /// One line for people.
    public var summary: String {
        "\(epochs) epochs, batch \(batch), Adam lr \(learningRate), dropout \(dropout), clip \(clip), "
            + "max length \(maxLength), validation \(validationFraction), "
            + (forgetBias != 0 ? "forget bias +\(forgetBias), " : "")
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
