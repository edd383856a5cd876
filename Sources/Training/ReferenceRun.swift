import CoursecheckModels
import Foundation

/// Makes an accuracy reference: every model named on every seed under one
/// recipe, each (model, seed) result saved in the progress folder as soon as
/// it is done, so that a run stopped at any moment goes on where it stopped
/// and ends with the same bytes as a run never stopped:
/// ```
/// FOLDER/identity.json                  recipe, sizes, encoders, data
/// FOLDER/results/SLUG-seedN.json        a finished run (coursecheck.train/1)
/// FOLDER/running/SLUG-seedN/            the checkpoint of the run in progress
/// ```
/// Runs go seed by seed, the models in order within a seed. A folder made
/// for another recipe, other sizes or other data, or with runs of a model
/// the assignment now specifies otherwise (cell, levels, directions), is
/// refused; more seeds or more models than before reuse what is done. The
/// rest of the assignment (points, Part II) is not part of it.
public struct ReferenceRun {
    public var specs: [ModelSpec]
    public var seeds: [UInt]
    public var recipe: Recipe
    public var inputSize: Int
    public var hiddenSize: Int
    public var bias: BiasConvention
    public var threads: Int
    public var folder: String
    public var checkpointEvery: Double = 60

    public init(specs: [ModelSpec], seeds: [UInt], recipe: Recipe, inputSize: Int, hiddenSize: Int, bias: BiasConvention,
                threads: Int, folder: String) {
        self.specs = specs
        self.seeds = seeds
        self.recipe = recipe
        self.inputSize = inputSize
        self.hiddenSize = hiddenSize
        self.bias = bias
        self.threads = threads
        self.folder = folder
    }

    /// Where the reference is: run `index` (0-based) of `count`.
    public struct Progress: Sendable {
        public var index: Int
        public var count: Int
        public var model: String
        public var seed: UInt
        public var training: TrainingProgress?
    }

    struct Identity: Codable, Equatable {
        var recipe: Recipe
        var sizes: TrainingSizes
        var dataFingerprint: String
        var classes: [String]
        /// Every encoder the folder has runs of, as it was trained.
        var encoders: [ModelSpec]
    }

    public func run(_ data: TokenizedData, progress: ((Progress) -> Void)? = nil) throws -> AccuracyReference {
        let sizes = TrainingSizes(inputSize: inputSize, hiddenSize: hiddenSize, bias: bias.rawValue)
        try AtomicFile.folder(folder)
        try AtomicFile.folder(folder + "/results")
        try AtomicFile.folder(folder + "/running")
        var identity = Identity(recipe: recipe, sizes: sizes, dataFingerprint: data.fingerprint, classes: data.classes, encoders: specs)
        let identityPath = folder + "/identity.json"
        if let saved = FileManager.default.contents(atPath: identityPath) {
            guard var known = try? JSONDecoder().decode(Identity.self, from: saved),
                  Identity(recipe: known.recipe, sizes: known.sizes, dataFingerprint: known.dataFingerprint, classes: known.classes,
                           encoders: specs) == identity else {
                throw DataError.badCheckpoint(path: folder, reason: "this progress folder was made for another recipe, other sizes or other data: delete it or give another --checkpoint folder")
            }
            // The runs of a model are reused only for the encoder they trained.
            for spec in specs {
                if let before = known.encoders.first(where: { $0.slug == spec.slug }) {
                    guard AccuracyReference.sameEncoder(before, spec) else {
                        throw DataError.badCheckpoint(path: folder, reason: "this progress folder has runs of '\(spec.slug)' as \(AccuracyReference.architecture(before)), and the assignment in use specifies \(AccuracyReference.architecture(spec)): delete it or give another --checkpoint folder")
                    }
                } else {
                    known.encoders.append(spec)
                }
            }
            identity = known
        }
        try AtomicFile.write(try JSONEncoder.sorted.encode(identity), to: identityPath)

        var results: [String: [UInt: TrainingResult]] = [:]
        let count = specs.count * seeds.count
        var index = 0
        for seed in seeds {
            var prepared: PreparedData?
            for spec in specs {
                defer { index += 1 }
                let name = "\(spec.slug)-seed\(seed)"
                let resultPath = "\(folder)/results/\(name).json"
                if let saved = FileManager.default.contents(atPath: resultPath) {
                    do {
                        results[spec.slug, default: [:]][seed] = try JSONDecoder().decode(TrainingResult.self, from: saved)
                        continue
                    } catch {
                        throw DataError.badCheckpoint(path: resultPath, reason: "not a coursecheck.train/1 result: delete it to train that run again")
                    }
                }
                if prepared == nil { prepared = try PreparedData(data, recipe: recipe, seed: seed) }
                let running = "\(folder)/running/\(name)"
                var trainer = Trainer(spec: spec, inputSize: inputSize, hiddenSize: hiddenSize, bias: bias, recipe: recipe,
                                      seed: seed, threads: threads, checkpoint: CheckpointOptions(folder: running, every: checkpointEvery))
                trainer.timings = false
                let here = index
                let result = try trainer.run(prepared!) { p in
                    progress?(Progress(index: here, count: count, model: spec.slug, seed: seed, training: p))
                }
                try AtomicFile.write(try JSONEncoder.sorted.encode(result), to: resultPath)
                try? FileManager.default.removeItem(atPath: running)
                results[spec.slug, default: [:]][seed] = result
            }
        }
        let models = specs.map { spec in
            AccuracyReference.ModelAccuracy(slug: spec.slug, results: seeds.map { results[spec.slug]![$0]! })
        }
        return AccuracyReference(recipe: recipe, sizes: sizes, encoders: specs,
                                 dataFingerprint: data.fingerprint, classes: data.classes, seeds: seeds, models: models)
    }
}
