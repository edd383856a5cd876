import Foundation

/// The accuracies of Part I's encoders trained under one recipe on K seeds
/// (JSON schema `coursecheck.accuracy/1`): what `verify --accuracy-reference`
/// judges a sheet's claimed accuracies against. It names the assignment
/// (SHA-256), the sizes and the data (fingerprint) it was made for.
public struct AccuracyReference: Codable, Equatable, Sendable {
    public var schema = AccuracyReference.schemaName
    public var recipe: Recipe
    public var sizes: TrainingSizes
    public var assignmentSHA256: String
    public var dataFingerprint: String
    public var classes: [String]
    public var seeds: [UInt]
    public var models: [ModelAccuracy]

    public static let schemaName = "coursecheck.accuracy/1"

    enum CodingKeys: String, CodingKey {
        case schema, recipe, sizes, classes, seeds, models
        case assignmentSHA256 = "assignment_sha256"
        case dataFingerprint = "data_fingerprint"
    }

    public init(recipe: Recipe, sizes: TrainingSizes, assignmentSHA256: String, dataFingerprint: String, classes: [String],
                seeds: [UInt], models: [ModelAccuracy]) {
        self.recipe = recipe
        self.sizes = sizes
        self.assignmentSHA256 = assignmentSHA256
        self.dataFingerprint = dataFingerprint
        self.classes = classes
        self.seeds = seeds
        self.models = models
    }

    /// One model's runs and the statistics the band is made of.
    public struct ModelAccuracy: Codable, Equatable, Sendable {
        public var slug: String
        public var runs: [Run]
        public var accuracies: [Double]
        public var mean: Double
        public var standardDeviation: Double
        public var nTest: Int
        /// t(0.995, K − 1)·σ and t(0.9995, K − 1)·σ (`AccuracyBand`).
        public var band: [String: Double]

        public struct Run: Codable, Equatable, Sendable {
            public var seed: UInt
            public var testCorrect: Int
            public var validationCorrect: Int
            public var nValidation: Int
            public var bestEpoch: Int

            enum CodingKeys: String, CodingKey {
                case seed
                case testCorrect = "test_correct"
                case validationCorrect = "validation_correct"
                case nValidation = "n_validation"
                case bestEpoch = "best_epoch"
            }
        }

        enum CodingKeys: String, CodingKey {
            case slug, runs, accuracies, mean, band
            case standardDeviation = "standard_deviation"
            case nTest = "n_test"
        }

        /// The statistics of `results` (one per seed, in seed order).
        public init(slug: String, results: [TrainingResult]) {
            self.init(slug: slug,
                      runs: results.map { Run(seed: $0.seed, testCorrect: $0.testCorrect, validationCorrect: $0.validationCorrect,
                                              nValidation: $0.nValidation, bestEpoch: $0.bestEpoch) },
                      nTest: results.first?.nTest ?? 0)
        }

        /// The statistics of `runs`, from their counts: accuracy k/n_test.
        init(slug: String, runs: [Run], nTest: Int) {
            self.slug = slug
            self.runs = runs
            self.nTest = nTest
            accuracies = runs.map { Double($0.testCorrect) / Double(max(nTest, 1)) }
            mean = 0
            standardDeviation = 0
            band = [:]
            if accuracies.count >= 2 {
                let b = AccuracyBand(accuracies: accuracies, nTest: nTest)
                mean = b.mean
                standardDeviation = b.standardDeviation
                band = ["0.995": b.halfWidth(AccuracyBand.inner), "0.9995": b.halfWidth(AccuracyBand.outer)]
            }
        }

        /// The band the model's claims are judged against.
        public var accuracyBand: AccuracyBand {
            AccuracyBand(mean: mean, standardDeviation: standardDeviation, seeds: accuracies.count, nTest: nTest)
        }
    }

    /// The model whose slug is `slug`.
    public func model(_ slug: String) -> ModelAccuracy? { models.first { $0.slug == slug } }

    /// Reads a reference file and checks that it holds together: its schema,
    /// at least 2 seeds per model, and statistics that are those of its own
    /// runs (so that an edited file is refused rather than believed).
    public static func read(_ path: String) throws -> AccuracyReference {
        guard let data = FileManager.default.contents(atPath: path) else {
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            throw AccuracyReferenceError(path: path, reason: !exists ? "no such file" : isFolder.boolValue ? "it is a folder" : "cannot read it")
        }
        let reference: AccuracyReference
        do { reference = try JSONDecoder().decode(AccuracyReference.self, from: data) } catch {
            throw AccuracyReferenceError(path: path, reason: "not a coursecheck.accuracy/1 file (\(Self.describe(error)))")
        }
        guard reference.schema == schemaName else {
            throw AccuracyReferenceError(path: path, reason: "schema '\(reference.schema)', expected '\(schemaName)'")
        }
        var checked = reference
        for (k, model) in reference.models.enumerated() {
            guard model.runs.count >= 2, model.nTest >= 1 else {
                throw AccuracyReferenceError(path: path, reason: "model '\(model.slug)' has \(model.runs.count) run(s): a band needs at least 2 seeds")
            }
            guard model.runs.allSatisfy({ (0...model.nTest).contains($0.testCorrect) }) else {
                throw AccuracyReferenceError(path: path, reason: "model '\(model.slug)': a run has more correct test examples than n_test = \(model.nTest), or fewer than 0")
            }
            // The counts are the truth: the fractions, mean and standard
            // deviation are recomputed from them and must agree with what the
            // file says to within rounding (a file written by an earlier
            // build may hold a fraction one ulp off), so that an edited file
            // is refused rather than believed.
            let recomputed = ModelAccuracy(slug: model.slug, runs: model.runs, nTest: model.nTest)
            guard recomputed.accuracies.count == model.accuracies.count,
                  zip(recomputed.accuracies, model.accuracies).allSatisfy({ abs($0 - $1) <= 1e-12 }),
                  abs(recomputed.mean - model.mean) <= 1e-12, abs(recomputed.standardDeviation - model.standardDeviation) <= 1e-12 else {
                throw AccuracyReferenceError(path: path, reason: "model '\(model.slug)': the accuracies, mean or standard deviation are not those of its runs")
            }
            checked.models[k] = recomputed
        }
        return checked
    }

    private static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): "no '\(key.stringValue)'"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            "wrong type at '\(context.codingPath.map(\.stringValue).joined(separator: "."))'"
        default: "not valid JSON"
        }
    }
}

/// An accuracy reference that cannot be used.
public struct AccuracyReferenceError: LocalizedError, Equatable, Sendable {
    public var path: String
    public var reason: String
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
    public var errorDescription: String? { "\(path): \(reason)" }
}
