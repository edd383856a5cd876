import CoursecheckAssignment
import Foundation

/// What to read: the data, the test data when the data has no test split of
/// its own, the embeddings, and how to read labels.
public struct DataOptions: Sendable {
    public var data: String
    public var testData: String?
    public var embeddings: String
    public var loader = DataLoader()
    /// Label text → class index 0..<C; nil: the training labels, sorted
    /// (as numbers when all are whole numbers), are the classes.
    public var labelMap: [String: Int]?

    public init(data: String, testData: String? = nil, embeddings: String, loader: DataLoader = DataLoader(),
                labelMap: [String: Int]? = nil) {
        self.data = data
        self.testData = testData
        self.embeddings = embeddings
        self.loader = loader
        self.labelMap = labelMap
    }
}

/// The data read once, before anything a seed decides: every text as the
/// ids of its tokens (at most `maxLength`) in one table of every token seen,
/// the labels as class indices, the classes, the vectors the embeddings file
/// has for those tokens, and the fingerprint of the files read.
public struct TokenizedData: Sendable {
    public var classes: [String]
    /// Every distinct token, in order of first appearance.
    public var tokens: [String]
    public var train: [[Int32]]
    public var trainLabels: [Int]
    public var test: [[Int32]]
    public var testLabels: [Int]
    /// tokens[k]'s vector starts at vectorOffsets[k] in `vectors`, or is
    /// absent (−1).
    var vectorOffsets: [Int]
    var vectors: [Double]
    public var dimension: Int
    public var vectorCount: Int
    public var vectorDeviation: Double
    /// What the runs see, hashed (`fingerprint(…)`): two loads with the
    /// same fingerprint give every run the same input.
    public var fingerprint: String

    /// Reads and tokenizes `options`' files; throws `DataError`.
    public static func load(_ options: DataOptions, maxLength: Int, inputSize: Int) throws -> TokenizedData {
        let raw = try options.loader.load(options.data)
        let testExamples: [LabelledText]
        if let testData = options.testData {
            testExamples = try options.loader.loadFile(testData)
        } else if let test = raw.test {
            testExamples = test
        } else {
            throw DataError.noTestSplit(path: options.data)
        }
        let (classes, map) = try labelMap(options.labelMap, raw.train)

        var index: [String: Int32] = [:]
        var tokens: [String] = []
        func ids(_ examples: [LabelledText]) throws -> ([[Int32]], [Int]) {
            var out: [[Int32]] = []
            var labels: [Int] = []
            out.reserveCapacity(examples.count)
            for example in examples {
                guard let label = map[example.label] else {
                    throw DataError.labelOutsideMap(place: example.place, label: example.label, map: classes)
                }
                let words = Tokenizer.tokens(example.text, limit: maxLength)
                guard !words.isEmpty else { throw DataError.emptyText(place: example.place) }
                out.append(words.map { word in
                    if let id = index[word] { return id }
                    let id = Int32(tokens.count)
                    index[word] = id
                    tokens.append(word)
                    return id
                })
                labels.append(label)
            }
            return (out, labels)
        }
        let (train, trainLabels) = try ids(raw.train)
        let (test, testLabels) = try ids(testExamples)

        let read = try EmbeddingFile(path: options.embeddings).read(keeping: Set(tokens), dimension: inputSize)
        var offsets = [Int](repeating: -1, count: tokens.count)
        var vectors: [Double] = []
        for (k, word) in tokens.enumerated() {
            if let v = read.vectors[word] {
                offsets[k] = vectors.count
                vectors += v
            }
        }
        var data = TokenizedData(classes: classes, tokens: tokens, train: train, trainLabels: trainLabels, test: test,
                                 testLabels: testLabels, vectorOffsets: offsets, vectors: vectors, dimension: inputSize,
                                 vectorCount: read.count, vectorDeviation: read.standardDeviation, fingerprint: "")
        data.fingerprint = data.contentFingerprint()
        return data
    }

    /// SHA-256 of everything a run is given, whatever file it came from and
    /// whatever option chose it (the columns, the label map, the tokenizer,
    /// `--max-length`, the files' bytes):
    /// ```
    /// "coursecheck-data/2", the tokenizer's name, the dimension,
    /// the classes in order, every distinct token in order,
    /// train: per example its label and token ids; test: the same,
    /// per token its vector's 64-bit patterns (or that it has none),
    /// the vectors' count and standard deviation (bits)
    /// ```
    /// A corrected label, another text column or a re-tokenized corpus of the
    /// same size gives another fingerprint, so a progress folder or
    /// checkpoint made with it is refused; renaming a file changes nothing.
    func contentFingerprint() -> String {
        var hasher = SHA256.Hasher()
        hasher.update("coursecheck-data/2")
        hasher.update(Tokenizer.name)
        hasher.update(UInt64(dimension))
        hasher.update(UInt64(classes.count))
        for name in classes { hasher.update(name) }
        hasher.update(UInt64(tokens.count))
        for token in tokens { hasher.update(token) }
        for (split, labels) in [(train, trainLabels), (test, testLabels)] {
            hasher.update(UInt64(split.count))
            var bytes: [UInt8] = []
            for (ids, label) in zip(split, labels) {
                bytes.removeAll(keepingCapacity: true)
                for value in [UInt32(label), UInt32(ids.count)] + ids.map({ UInt32(bitPattern: $0) }) {
                    for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
                }
                hasher.update(bytes)
            }
        }
        for k in tokens.indices {
            guard let v = vector(k) else { hasher.update(UInt64.max); continue }
            hasher.update(v.flatMap { x in (0..<8).map { UInt8(truncatingIfNeeded: x.bitPattern >> ($0 * 8)) } })
        }
        hasher.update(UInt64(vectorCount))
        hasher.update(vectorDeviation.bitPattern)
        return hasher.finalize()
    }

    /// The classes in order and the map from label text to class.
    static func labelMap(_ given: [String: Int]?, _ train: [LabelledText]) throws -> ([String], [String: Int]) {
        if let given {
            let classes = given.sorted { ($0.value, $0.key) < ($1.value, $1.key) }
            // Several labels may share a class: the class is named by the first.
            var names: [String] = []
            for (label, c) in classes where c == names.count { names.append(label) }
            return (names, given)
        }
        let labels = Set(train.map(\.label))
        let numbers = labels.compactMap { Int($0) }
        let sorted = numbers.count == labels.count
            ? labels.sorted { Int($0)! < Int($1)! } : labels.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        guard sorted.count >= 2 else {
            throw DataError.tooFewExamples(reason: "the training data has \(sorted.count) label\(sorted.count == 1 ? "" : "s") (\(sorted.joined(separator: ", "))): a classifier needs at least 2")
        }
        return (sorted, Dictionary(uniqueKeysWithValues: sorted.enumerated().map { ($1, $0) }))
    }

    /// The vector the embeddings file gives token k, or nil.
    func vector(_ k: Int) -> ArraySlice<Double>? {
        let offset = vectorOffsets[k]
        return offset < 0 ? nil : vectors[offset..<offset + dimension]
    }
}
