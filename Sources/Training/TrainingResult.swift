/// What `coursecheck train` reports (JSON schema `coursecheck.train/1`).
/// Accuracies are fractions 0–1; a standard error is √(p(1 − p)/n), the
/// binomial one. Everything but `epochSeconds` (present only when timings
/// are asked for) is the same for the same data, recipe and seed.
public struct TrainingResult: Codable, Equatable, Sendable {
    public var schema = "coursecheck.train/1"
    public var model: String
    public var seed: UInt
    public var epochs: Int
    public var recipe: Recipe
    public var sizes: TrainingSizes
    public var classes: [String]
    public var parameters: Int
    public var vocabulary: Int
    public var unknownWords: Int
    public var nTrain: Int
    public var nValidation: Int
    public var nTest: Int
    public var history: [EpochRecord]
    public var bestEpoch: Int
    public var validationCorrect: Int
    public var testCorrect: Int
    public var testLoss: Double
    public var dataFingerprint: String
    public var epochSeconds: [Double]?

    public var validationAccuracy: Double { Double(validationCorrect) / Double(nValidation) }
    public var testAccuracy: Double { Double(testCorrect) / Double(nTest) }
    public var validationStandardError: Double { Self.standardError(validationAccuracy, nValidation) }
    public var testStandardError: Double { Self.standardError(testAccuracy, nTest) }

    public static func standardError(_ p: Double, _ n: Int) -> Double { (p * (1 - p) / Double(n)).squareRoot() }

    enum CodingKeys: String, CodingKey {
        case schema, model, seed, epochs, recipe, sizes, classes, parameters, vocabulary, history
        case unknownWords = "unknown_words"
        case nTrain = "n_train"
        case nValidation = "n_validation"
        case nTest = "n_test"
        case bestEpoch = "best_epoch"
        case validationCorrect = "validation_correct"
        case testCorrect = "test_correct"
        case testLoss = "test_loss"
        case dataFingerprint = "data_fingerprint"
        case epochSeconds = "epoch_seconds"
        case validationAccuracy = "validation_accuracy"
        case testAccuracy = "test_accuracy"
        case validationStandardError = "validation_standard_error"
        case testStandardError = "test_standard_error"
    }

    public init(model: String, seed: UInt, epochs: Int, recipe: Recipe, sizes: TrainingSizes, classes: [String],
                parameters: Int, vocabulary: Int, unknownWords: Int, nTrain: Int, nValidation: Int, nTest: Int,
                history: [EpochRecord], bestEpoch: Int, validationCorrect: Int, testCorrect: Int, testLoss: Double,
                dataFingerprint: String, epochSeconds: [Double]? = nil) {
        (self.model, self.seed, self.epochs, self.recipe, self.sizes, self.classes) = (model, seed, epochs, recipe, sizes, classes)
        (self.parameters, self.vocabulary, self.unknownWords) = (parameters, vocabulary, unknownWords)
        (self.nTrain, self.nValidation, self.nTest) = (nTrain, nValidation, nTest)
        (self.history, self.bestEpoch, self.validationCorrect, self.testCorrect, self.testLoss) = (history, bestEpoch, validationCorrect, testCorrect, testLoss)
        self.dataFingerprint = dataFingerprint
        self.epochSeconds = epochSeconds
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schema = try c.decode(String.self, forKey: .schema)
        model = try c.decode(String.self, forKey: .model)
        seed = try c.decode(UInt.self, forKey: .seed)
        epochs = try c.decode(Int.self, forKey: .epochs)
        recipe = try c.decode(Recipe.self, forKey: .recipe)
        sizes = try c.decode(TrainingSizes.self, forKey: .sizes)
        classes = try c.decode([String].self, forKey: .classes)
        parameters = try c.decode(Int.self, forKey: .parameters)
        vocabulary = try c.decode(Int.self, forKey: .vocabulary)
        unknownWords = try c.decode(Int.self, forKey: .unknownWords)
        nTrain = try c.decode(Int.self, forKey: .nTrain)
        nValidation = try c.decode(Int.self, forKey: .nValidation)
        nTest = try c.decode(Int.self, forKey: .nTest)
        history = try c.decode([EpochRecord].self, forKey: .history)
        bestEpoch = try c.decode(Int.self, forKey: .bestEpoch)
        validationCorrect = try c.decode(Int.self, forKey: .validationCorrect)
        testCorrect = try c.decode(Int.self, forKey: .testCorrect)
        testLoss = try c.decode(Double.self, forKey: .testLoss)
        dataFingerprint = try c.decode(String.self, forKey: .dataFingerprint)
        epochSeconds = try c.decodeIfPresent([Double].self, forKey: .epochSeconds)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schema, forKey: .schema)
        try c.encode(model, forKey: .model)
        try c.encode(seed, forKey: .seed)
        try c.encode(epochs, forKey: .epochs)
        try c.encode(recipe, forKey: .recipe)
        try c.encode(sizes, forKey: .sizes)
        try c.encode(classes, forKey: .classes)
        try c.encode(parameters, forKey: .parameters)
        try c.encode(vocabulary, forKey: .vocabulary)
        try c.encode(unknownWords, forKey: .unknownWords)
        try c.encode(nTrain, forKey: .nTrain)
        try c.encode(nValidation, forKey: .nValidation)
        try c.encode(nTest, forKey: .nTest)
        try c.encode(history, forKey: .history)
        try c.encode(bestEpoch, forKey: .bestEpoch)
        try c.encode(validationCorrect, forKey: .validationCorrect)
        try c.encode(testCorrect, forKey: .testCorrect)
        try c.encode(testLoss, forKey: .testLoss)
        try c.encode(dataFingerprint, forKey: .dataFingerprint)
        try c.encodeIfPresent(epochSeconds, forKey: .epochSeconds)
        try c.encode(validationAccuracy, forKey: .validationAccuracy)
        try c.encode(testAccuracy, forKey: .testAccuracy)
        try c.encode(validationStandardError, forKey: .validationStandardError)
        try c.encode(testStandardError, forKey: .testStandardError)
    }
}
