import CoursecheckVerification
import CoursecheckModels
import CoursecheckNumerics
import CoursecheckTestSupport
import CoursecheckTraining
import Foundation
import Testing

/// Writes the long-range task (train and test CSV, GloVe vectors) in a new folder.
private func longRange(length: Int, train: Int, test: Int, seed: UInt64) throws -> DataOptions {
    let folder = try PackagePaths.temporaryFolder()
    try SyntheticText(count: train, length: length, seed: seed).csv().write(to: folder.appendingPathComponent("train.csv"), atomically: false, encoding: .utf8)
    try SyntheticText(count: test, length: length, seed: seed + 1).csv().write(to: folder.appendingPathComponent("test.csv"), atomically: false, encoding: .utf8)
    try SyntheticText.glove(SyntheticText.vectors(dimension: 8, seed: seed + 2))
        .write(to: folder.appendingPathComponent("vectors.txt"), atomically: false, encoding: .utf8)
    return DataOptions(data: folder.appendingPathComponent("train.csv").path, testData: folder.appendingPathComponent("test.csv").path,
                       embeddings: folder.appendingPathComponent("vectors.txt").path)
}

private func train(_ slug: String, _ options: DataOptions, recipe: Recipe, seed: UInt, threads: Int = 2) throws -> TrainingResult {
    let spec = ModelSpec(name: slug, recurrence: slug.hasSuffix("lstm") ? .lstm : .rnn, levels: 1, bidirectional: slug.hasPrefix("bi"))
    let data = try TokenizedData.load(options, maxLength: recipe.maxLength, inputSize: 8)
    return try Trainer(spec: spec, inputSize: 8, hiddenSize: 16, bias: .two, recipe: recipe, seed: seed, threads: threads)
        .run(try PreparedData(data, recipe: recipe, seed: seed))
}

@Suite("Training on generated data")
struct TrainingTests {
    static var longRangeRecipe: Recipe {
        var r = Recipe()
        r.epochs = 8
        r.learningRate = 0.01
        r.dropout = 0
        r.forgetBias = 3
        return r
    }

    /// The label is the first of 60 tokens: the LSTM's gates carry it to
    /// the end, the plain RNN's state forgets it. The recipe adds 3 to the
    /// LSTM's forget-gate bias at the start (PyTorch's initialisation leaves
    /// f ≈ σ(0) = 0.5, whose product over 59 steps is 10⁻¹⁸); at seed 1 the
    /// LSTM is right on every test sequence after 8 epochs. Seeds 2 to 5
    /// reach 100, 81, 100 and 50.5 %, and forget bias 0 at seed 1 50.5 %:
    /// the README states this caveat (*What the long-range test shows*).
    @Test("Long range: at length 60 the LSTM reaches 95 % and the plain RNN stays at or below 80 %")
    func longRangeTask() throws {
        let options = try longRange(length: 60, train: 2000, test: 400, seed: 7)
        defer { try? FileManager.default.removeItem(atPath: (options.data as NSString).deletingLastPathComponent) }
        let seed: UInt = 1
        let lstm = try train("lstm", options, recipe: Self.longRangeRecipe, seed: seed)
        let rnn = try train("rnn", options, recipe: Self.longRangeRecipe, seed: seed)
        #expect(lstm.testAccuracy >= 0.95, "LSTM \(lstm.testAccuracy), history \(lstm.history.map(\.validationLoss))")
        #expect(rnn.testAccuracy <= 0.80, "RNN \(rnn.testAccuracy)")
    }

    @Test("The same data, recipe and seed give the same result for 1 and 2 threads", arguments: ["bi-lstm", "rnn"])
    func threadsDoNotMatter(slug: String) throws {
        let options = try longRange(length: 12, train: 300, test: 60, seed: 3)
        var recipe = Recipe()
        recipe.epochs = 2
        recipe.trainEmbeddings = true
        let one = try train(slug, options, recipe: recipe, seed: 5, threads: 1)
        let two = try train(slug, options, recipe: recipe, seed: 5, threads: 2)
        #expect(one == two)
        #expect(one.history.map(\.trainLoss).map(\.bitPattern) == two.history.map(\.trainLoss).map(\.bitPattern))
    }

    @Test("The tokenizer: lower case, runs of letters and digits, one token per other character, <br /> as space")
    func tokenizer() {
        #expect(Tokenizer.tokens("Don't stop!<br /><br />It's GREAT, 10/10.") ==
                ["don", "'", "t", "stop", "!", "it", "'", "s", "great", ",", "10", "/", "10", "."])
        #expect(Tokenizer.tokens("Café  naïve — déjà-vu", limit: 3) == ["café", "naïve", "—"])
        #expect(Tokenizer.tokens("a<br>b<BR/>c".lowercased()) == ["a", "b", "c"])
        #expect(Tokenizer.tokens("   ").isEmpty)
    }

    @Test("Every format reads the same examples: CSV, TSV, JSONL and the aclImdb layout")
    func formatsAgree() throws {
        let folder = try PackagePaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = SyntheticText(count: 40, length: 6, seed: 11)
        try data.csv().write(to: folder.appendingPathComponent("d.csv"), atomically: false, encoding: .utf8)
        try data.csv(delimiter: "\t").write(to: folder.appendingPathComponent("d.tsv"), atomically: false, encoding: .utf8)
        try data.jsonl().write(to: folder.appendingPathComponent("d.jsonl"), atomically: false, encoding: .utf8)
        // The same files as Windows writes them: CRLF line endings.
        for name in ["d.csv", "d.tsv", "d.jsonl"] {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            try text.replacingOccurrences(of: "\n", with: "\r\n").write(to: folder.appendingPathComponent("crlf-" + name), atomically: false, encoding: .utf8)
        }
        try data.writeIMDB(to: folder.appendingPathComponent("imdb"), trainCount: 30)
        let loader = DataLoader()
        let expected = data.examples.map { "\($0.text)|\($0.label)" }
        for name in ["d.csv", "d.tsv", "d.jsonl", "crlf-d.csv", "crlf-d.tsv", "crlf-d.jsonl"] {
            let read = try loader.loadFile(folder.appendingPathComponent(name).path)
            #expect(read.map { "\($0.text)|\($0.label)" } == expected, "\(name)")
        }
        let imdb = try loader.load(folder.appendingPathComponent("imdb").path)
        #expect(imdb.train.count == 30 && imdb.test?.count == 10)
        let tokens = (imdb.train + imdb.test!).map { "\(Tokenizer.tokens($0.text).joined(separator: " "))|\($0.label == "pos" ? 1 : 0)" }
        #expect(Set(tokens) == Set(expected))
    }

    @Test("CSV: quotes, doubled quotes and newlines inside a field")
    func csvQuoting() throws {
        let folder = try PackagePaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("q.csv").path
        try "id,text,label\n1,\"He said \"\"no\"\",\nthen left\",neg\n2,plain,pos\n".write(toFile: path, atomically: false, encoding: .utf8)
        let read = try DataLoader().loadFile(path)
        #expect(read.map(\.text) == ["He said \"no\",\nthen left", "plain"])
        #expect(read.map(\.label) == ["neg", "pos"])
        #expect(read[1].place.hasSuffix("q.csv:4"))
    }

    @Test("GloVe and word2vec text give the same vectors; unknown words get seeded vectors")
    func vectorFormats() throws {
        let folder = try PackagePaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let vectors = SyntheticText.vectors(words: 3, dimension: 4, seed: 1)
        try SyntheticText.glove(vectors).write(to: folder.appendingPathComponent("g.txt"), atomically: false, encoding: .utf8)
        try SyntheticText.word2vec(vectors).write(to: folder.appendingPathComponent("w.txt"), atomically: false, encoding: .utf8)
        let words: Set = ["alpha", "w2", "absent"]
        let g = try EmbeddingFile(path: folder.appendingPathComponent("g.txt").path).read(keeping: words, dimension: 4)
        let w = try EmbeddingFile(path: folder.appendingPathComponent("w.txt").path).read(keeping: words, dimension: 4)
        #expect(g.vectors == w.vectors)
        #expect(g.vectors["alpha"] == vectors[0].1)
        #expect(g.vectors["absent"] == nil && g.count == 5)
        // CRLF line endings, no newline at the end, and values as printed
        // with every digit: each read back as the same double.
        var exact: [String: [Double]] = [:]
        var lines: [String] = []
        for k in 0..<200 {
            let vector: [Double] = (0..<4).map { j in Double(k * 4 + j + 1) / 7 - 13.5 }
            exact["x\(k)"] = vector
            lines.append((["x\(k)"] + vector.map { "\($0)" }).joined(separator: " "))
        }
        try lines.joined(separator: "\r\n").write(to: folder.appendingPathComponent("crlf.txt"), atomically: false, encoding: .utf8)
        let c = try EmbeddingFile(path: folder.appendingPathComponent("crlf.txt").path).read(keeping: Set(exact.keys), dimension: 4)
        #expect(c.count == 200 && c.vectors == exact)
    }
}

@Suite("The accuracy band")
struct AccuracyBandTests {
    @Test("t quantiles come from GSL")
    func quantiles() {
        #expect(abs(StudentT.quantile(0.995, degreesOfFreedom: 2) - 9.924843) < 1e-5)
        #expect(abs(StudentT.quantile(0.995, degreesOfFreedom: 9) - 3.249836) < 1e-5)
        #expect(abs(StudentT.quantile(0.9995, degreesOfFreedom: 9) - 4.780913) < 1e-5)
    }

    @Test("At K = 3 with no spread the 99 % band is about ±6 points; claims inside, between and outside")
    func verdicts() {
        let band = AccuracyBand(accuracies: [0.85, 0.85, 0.85], nTest: 25_000)
        // s is floored at 0.005: t(0.995, 2)·√(0.005²·4/3 + 0.85·0.15/25000) ≈ 0.0615.
        #expect(abs(band.halfWidth(AccuracyBand.inner) - 0.0615) < 0.0005)
        #expect(band.judge(0.90) == .inside)
        if case .between(let z) = band.judge(0.85 + band.halfWidth(0.995) + 0.001) { #expect(z > 0) } else { Issue.record("not between") }
        if case .outside = band.judge(0.60) {} else { Issue.record("not outside") }
        let ten = AccuracyBand(accuracies: [0.84, 0.85, 0.86, 0.85, 0.84, 0.86, 0.85, 0.85, 0.84, 0.86], nTest: 25_000)
        #expect(ten.judge(0.85) == .inside)
        if case .outside = ten.judge(0.80) {} else { Issue.record("0.80 is not outside the band of ten seeds around 0.85") }
    }
}

@Suite("Part I's accuracies against a reference")
struct AccuracyCheckTests {
    /// A reference whose LSTM runs got 85.0, 85.4 and 84.6 % of 1,000 test
    /// examples (made-up runs: the band's arithmetic is under test).
    private var reference: AccuracyReference {
        let runs = [850, 854, 846].enumerated().map { k, correct in
            TrainingResult(model: "lstm", seed: UInt(k + 1), epochs: 1, recipe: Recipe(), sizes: TrainingSizes(inputSize: 100, hiddenSize: 200, bias: "two"),
                           classes: ["neg", "pos"], parameters: 0, vocabulary: 0, unknownWords: 0, nTrain: 1, nValidation: 1, nTest: 1000,
                           history: [], bestEpoch: 1, validationCorrect: 1, testCorrect: correct, testLoss: 0, dataFingerprint: "")
        }
        return AccuracyReference(recipe: Recipe(), sizes: TrainingSizes(inputSize: 100, hiddenSize: 200, bias: "two"),
                                 encoders: [], dataFingerprint: "", classes: ["neg", "pos"], seeds: [1, 2, 3],
                                 models: [.init(slug: "lstm", results: runs)])
    }

    @Test("Inside the 99 % band correct, outside the 99.9 % band incorrect, between unverifiable with z")
    func verdicts() {
        let spec = ModelSpec(name: "LSTM", recurrence: .lstm, levels: 1, bidirectional: false)
        let check = AccuracyCheck(reference: reference)
        let band = reference.models[0].accuracyBand
        // m = 0.85, s = 0.004 → floored to 0.005; σ = √(0.005²·4/3 + 0.85·0.15/1000) = 0.012682; t(0.995, 2) = 9.925.
        #expect(abs(band.sigma - 0.012682) < 1e-5)
        let inner = band.halfWidth(AccuracyBand.inner), outer = band.halfWidth(AccuracyBand.outer)
        #expect(check.check(spec, claimed: 0.86, text: "86 %").status == .correct)
        #expect(check.check(spec, claimed: 0.85 + inner - 1e-9, text: "").status == .correct)
        let between = check.check(spec, claimed: 0.85 + (inner + outer) / 2, text: "")
        #expect(between.status == .unverifiable)
        #expect(between.evidence.contains("z = "))
        #expect(check.check(spec, claimed: 0.85 - outer - 1e-9, text: "").status == .incorrect)
        let far = check.check(spec, claimed: 0.30, text: "30 %")
        #expect(far.status == .incorrect && far.evidence.contains("K = 3 seeds") && far.evidence.contains("5 epochs"), "\(far)")
        let other = check.check(ModelSpec(name: "RNN", recurrence: .rnn, levels: 1, bidirectional: false), claimed: 0.6, text: "60 %")
        #expect(other.status == .unverifiable && other.evidence.contains("no runs of RNN"))
    }
}
