import Foundation

/// Small labelled text data sets for training tests, written in every
/// format `train` reads, from a seeded generator (SplitMix64: the same files
/// on every machine).
///
/// The long-range task: the first token is `alpha` (label 1) or `beta`
/// (label 0), then `length − 1` distractors drawn from `w0`…`w{words−1}`:
/// only a model that carries the first token to the end can classify.
public struct SyntheticText {
    public var examples: [(text: String, label: Int)]

    public init(count: Int, length: Int, words: Int = 20, seed: UInt64) {
        var rng = SplitMix(seed: seed)
        examples = (0..<count).map { _ in
            let label = Int(rng.next() % 2)
            let distractors = (1..<length).map { _ in "w\(rng.next() % UInt64(words))" }
            return (([label == 1 ? "alpha" : "beta"] + distractors).joined(separator: " "), label)
        }
    }

    /// The words of the task and their vectors: N(0, 1) components of
    /// dimension `dimension`.
    public static func vectors(words: Int = 20, dimension: Int, seed: UInt64) -> [(String, [Double])] {
        var rng = SplitMix(seed: seed)
        return (["alpha", "beta"] + (0..<words).map { "w\($0)" }).map { word in
            (word, (0..<dimension).map { _ in rng.gaussian() })
        }
    }

    // MARK: Formats

    public func csv(delimiter: String = ",") -> String {
        "text\(delimiter)label\n" + examples.map { "\"\($0.text)\"\(delimiter)\($0.label)" }.joined(separator: "\n") + "\n"
    }

    public func jsonl() -> String {
        examples.map { "{\"text\": \"\($0.text)\", \"label\": \($0.label)}" }.joined(separator: "\n") + "\n"
    }

    /// Writes `{train,test}/{pos,neg}/<id>_<rating>.txt` under `root`, the
    /// examples split at `trainCount`; label 1 is `pos` (rating 8), 0 `neg`
    /// (rating 2).
    public func writeIMDB(to root: URL, trainCount: Int) throws {
        for split in ["train", "test"] { for label in ["pos", "neg"] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent("\(split)/\(label)"), withIntermediateDirectories: true)
        } }
        for (k, e) in examples.enumerated() {
            let split = k < trainCount ? "train" : "test"
            let name = "\(split)/\(e.label == 1 ? "pos" : "neg")/\(k)_\(e.label == 1 ? 8 : 2).txt"
            try e.text.replacingOccurrences(of: " w1 ", with: " w1<br /><br />")
                .write(to: root.appendingPathComponent(name), atomically: false, encoding: .utf8)
        }
    }

    public static func glove(_ vectors: [(String, [Double])]) -> String {
        vectors.map { ([$0.0] + $0.1.map { String($0) }).joined(separator: " ") }.joined(separator: "\n") + "\n"
    }

    public static func word2vec(_ vectors: [(String, [Double])]) -> String {
        "\(vectors.count) \(vectors.first?.1.count ?? 0)\n" + glove(vectors)
    }
}

extension SplitMix {
    /// N(0, 1) by Box–Muller.
    public mutating func gaussian() -> Double {
        let u = (Double(next() >> 11) + 0.5) / 9_007_199_254_740_992
        let v = Double(next() >> 11) / 9_007_199_254_740_992
        return (-2 * Foundation.log(u)).squareRoot() * Foundation.cos(2 * Double.pi * v)
    }
}
