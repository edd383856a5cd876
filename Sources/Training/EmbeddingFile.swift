import Foundation

/// Word vectors in a text format, read once and kept only for the words
/// asked for:
/// - GloVe: one word per line, then its d values, separated by spaces;
/// - word2vec text: the same after a first line `count d`.
///
/// Every line is checked (d values, each a finite number) whether or not its
/// word is kept; a word that appears twice keeps its first vector. The mean
/// and standard deviation of every value read give unknown words their
/// scale (`Vocabulary`).
public struct EmbeddingFile: Sendable {
    public let path: String

    public init(path: String) { self.path = path }

    public struct Vectors: Sendable {
        public var dimension: Int
        /// The vectors of the words asked for that the file has.
        public var vectors: [String: [Double]]
        /// How many vectors the file holds.
        public var count: Int
        /// The standard deviation of all the values of the file.
        public var standardDeviation: Double
    }

    /// Reads the file, keeping the vectors of `words`; throws `DataError`
    /// when a line is malformed or the dimension is not `dimension`.
    public func read(keeping words: Set<String>, dimension expected: Int) throws -> Vectors {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
                throw DataError.unreadable(path: path, reason: isFolder.boolValue ? "it is a folder" : String(cString: strerror(errno)))
            }
            throw DataError.missing(path: path)
        }
        defer { try? handle.close() }
        var result = Vectors(dimension: expected, vectors: [:], count: 0, standardDeviation: 0)
        var dimension: Int?
        var (sum, squares, values) = (0.0, 0.0, 0)
        var row = [Double]()
        var number = 0
        try LineReader(handle: handle, path: path).forEachLine { line in
            number += 1
            let place = "\(path):\(number)"
            let fields = Self.fields(line)
            if fields.isEmpty { return }
            if number == 1, fields.count == 2, let n = Int(Self.text(line, fields[0])), let d = Int(Self.text(line, fields[1])), n >= 0 {
                // word2vec's header.
                guard d == expected else { throw DataError.wrongDimension(path: path, found: d, expected: expected) }
                dimension = d
                return
            }
            if dimension == nil {
                dimension = fields.count - 1
                guard fields.count - 1 == expected else {
                    throw DataError.wrongDimension(path: path, found: fields.count - 1, expected: expected)
                }
            }
            guard fields.count == expected + 1 else {
                throw DataError.badEmbeddingRow(place: place, reason: "\(fields.count - 1) values, expected \(expected)")
            }
            row.removeAll(keepingCapacity: true)
            for (k, field) in fields.dropFirst().enumerated() {
                guard let x = Double(Self.text(line, field)), x.isFinite else {
                    throw DataError.badEmbeddingRow(place: place, reason: "value \(k + 1) is not a finite number")
                }
                row.append(x)
                sum += x
                squares += x * x
            }
            values += expected
            result.count += 1
            guard let word = String(validating: line[fields[0]], as: UTF8.self) else {
                throw DataError.badEmbeddingRow(place: place, reason: "the word is not UTF-8")
            }
            if words.contains(word), result.vectors[word] == nil { result.vectors[word] = row }
        }
        guard result.count > 0 else { throw DataError.badEmbeddingRow(place: path, reason: "no vectors") }
        let mean = sum / Double(values)
        result.standardDeviation = max(0, squares / Double(values) - mean * mean).squareRoot()
        return result
    }

    /// The byte ranges of the fields of a line, split at spaces and tabs.
    static func fields(_ line: ArraySlice<UInt8>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = -1
        for k in line.indices {
            let c = line[k]
            if c == 0x20 || c == 0x09 {
                if start >= 0 { out.append(start..<k); start = -1 }
            } else if start < 0 {
                start = k
            }
        }
        if start >= 0 { out.append(start..<line.endIndex) }
        return out
    }

    /// A field's bytes as text, for `Double(_:)` (Swift's own parser, which
    /// returns the double nearest the decimal, as `strtod` does, and takes
    /// the whole field or nothing) and `Int(_:)`. A number is short, so the
    /// string stays inline, with no allocation.
    static func text(_ line: ArraySlice<UInt8>, _ field: Range<Int>) -> String {
        String(decoding: line[field], as: UTF8.self)
    }
}

/// Reads a file line by line in 4 MiB chunks; each line is handed over
/// without its newline (LF) and without a CR before it (a file written on
/// Windows), as a slice of the chunk's bytes.
struct LineReader {
    let handle: FileHandle
    let path: String

    func forEachLine(_ body: (ArraySlice<UInt8>) throws -> Void) throws {
        var pending: [UInt8] = []
        while true {
            let chunk: Data
            do { chunk = try handle.read(upToCount: 4 << 20) ?? Data() } catch {
                throw DataError.unreadable(path: path, reason: error.localizedDescription)
            }
            if chunk.isEmpty { break }
            pending.append(contentsOf: chunk)
            guard let lastNewline = pending.lastIndex(of: 0x0A) else { continue }
            try Self.lines(pending[...lastNewline], body)
            pending.removeSubrange(0...lastNewline)
        }
        if !pending.isEmpty { try Self.lines(pending[...] + [0x0A], body) }
    }

    /// Hands over the lines of `buffer`, which ends with a newline.
    private static func lines(_ buffer: ArraySlice<UInt8>, _ body: (ArraySlice<UInt8>) throws -> Void) throws {
        var start = buffer.startIndex
        while let end = buffer[start...].firstIndex(of: 0x0A) {
            var line = buffer[start..<end]
            if line.last == 0x0D { line = line.dropLast() }
            try body(line)
            start = end + 1
        }
    }
}
