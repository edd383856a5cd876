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
    /// SHA-256 of the files read (role, path, bytes), one per line.
    public var fingerprint: String

    /// Reads and tokenizes `options`' files; throws `DataError`.
    public static func load(_ options: DataOptions, maxLength: Int, inputSize: Int) throws -> TokenizedData {
        let raw = try options.loader.load(options.data)
        var files = raw.files.map { "data\t\($0.path)\t\($0.bytes)" }
        let testExamples: [LabelledText]
        if let testData = options.testData {
            testExamples = try options.loader.loadFile(testData)
            files.append("test\t\(DataLoader.name(testData))\t\(try DataLoader.size(testData))")
        } else if let test = raw.test {
            testExamples = test
        } else {
            throw DataError.noTestSplit(path: options.data)
        }
        files.append("embeddings\t\(DataLoader.name(options.embeddings))\t\(try DataLoader.size(options.embeddings))")
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
        let fingerprint = SHA256.hex(Array(files.map { $0 + "\n" }.joined().utf8))
        return TokenizedData(classes: classes, tokens: tokens, train: train, trainLabels: trainLabels, test: test,
                             testLabels: testLabels, vectorOffsets: offsets, vectors: vectors, dimension: inputSize,
                             vectorCount: read.count, vectorDeviation: read.standardDeviation, fingerprint: fingerprint)
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
