import CoursecheckModels
import Foundation

/// The accuracies of Part I's encoders trained under one recipe on K seeds
/// (JSON schema `coursecheck.accuracy/2`): what `verify --accuracy-reference`
/// judges a sheet's claimed accuracies against. It names what its runs
/// depend on and nothing else: the recipe, the sizes and bias convention,
/// each encoder as the assignment specified it (cell, levels, directions)
/// and the data (fingerprint). Editing the rest of the assignment (its
/// points, a margin, a triplet) leaves it usable.
///
/// A file of the first schema (`coursecheck.accuracy/1`) named the whole
/// assignment file by its SHA-256 instead of the encoders; it is still read,
/// and used only with that very assignment file.
public struct AccuracyReference: Codable, Equatable, Sendable {
    public var schema = AccuracyReference.schemaName
    public var recipe: Recipe
    public var sizes: TrainingSizes
    /// The encoders trained, one for each of `models`, as the assignment's
    /// Part I specified them; empty in a file of the first schema.
    public var encoders: [ModelSpec]
    /// Only in a file of the first schema: the SHA-256 of the whole
    /// assignment file it was made with.
    public var assignmentSHA256: String?
    public var dataFingerprint: String
    public var classes: [String]
    public var seeds: [UInt]
    public var models: [ModelAccuracy]

    public static let schemaName = "coursecheck.accuracy/2"
    /// The first schema, bound to the whole assignment file.
    public static let firstSchemaName = "coursecheck.accuracy/1"

    enum CodingKeys: String, CodingKey {
        case schema, recipe, sizes, encoders, classes, seeds, models
        case assignmentSHA256 = "assignment_sha256"
        case dataFingerprint = "data_fingerprint"
    }

    public init(recipe: Recipe, sizes: TrainingSizes, encoders: [ModelSpec], dataFingerprint: String, classes: [String],
                seeds: [UInt], models: [ModelAccuracy]) {
        self.recipe = recipe
        self.sizes = sizes
        self.encoders = encoders
        self.assignmentSHA256 = nil
        self.dataFingerprint = dataFingerprint
        self.classes = classes
        self.seeds = seeds
        self.models = models
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schema = try c.decode(String.self, forKey: .schema)
        recipe = try c.decode(Recipe.self, forKey: .recipe)
        sizes = try c.decode(TrainingSizes.self, forKey: .sizes)
        encoders = try c.decodeIfPresent([ModelSpec].self, forKey: .encoders) ?? []
        assignmentSHA256 = try c.decodeIfPresent(String.self, forKey: .assignmentSHA256)
        dataFingerprint = try c.decode(String.self, forKey: .dataFingerprint)
        classes = try c.decode([String].self, forKey: .classes)
        seeds = try c.decode([UInt].self, forKey: .seeds)
        models = try c.decode([ModelAccuracy].self, forKey: .models)
    }

    /// The encoder trained as `slug`.
    public func encoder(_ slug: String) -> ModelSpec? { encoders.first { $0.slug == slug } }

    /// An encoder as its runs saw it, for messages: `a 2-level bidirectional LSTM`.
    public static func architecture(_ spec: ModelSpec) -> String {
        "a \(spec.levels)-level \(spec.bidirectional ? "bidirectional " : "")\(spec.recurrence == .lstm ? "LSTM" : "RNN")"
    }

    /// Whether two specs train the same encoder (the name aside).
    public static func sameEncoder(_ a: ModelSpec, _ b: ModelSpec) -> Bool {
        a.recurrence == b.recurrence && a.levels == b.levels && a.bidirectional == b.bidirectional
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
            throw AccuracyReferenceError(path: path, reason: "not a \(schemaName) file (\(Self.describe(error)))")
        }
        switch reference.schema {
        case schemaName:
            let slugs = reference.models.map(\.slug)
            guard reference.assignmentSHA256 == nil, reference.encoders.map(\.slug) == slugs else {
                throw AccuracyReferenceError(path: path, reason: "its encoders (\(reference.encoders.map(\.slug).joined(separator: ", "))) are not those of its models (\(slugs.joined(separator: ", ")))")
            }
        case firstSchemaName:
            guard reference.assignmentSHA256 != nil, reference.encoders.isEmpty else {
                throw AccuracyReferenceError(path: path, reason: "not a \(firstSchemaName) file (no 'assignment_sha256')")
            }
        default:
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
