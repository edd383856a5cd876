import CoursecheckNumerics
import Foundation

/// The state of a training run at the start of a batch, complete enough that
/// the run goes on from it exactly as if it had never stopped: where it is
/// (epoch, batch, Adam's step count), the epoch's running loss, the finished
/// epochs' records, the best epoch so far, and, as raw IEEE-754 doubles,
/// every trainable tensor, Adam's two moments and the best epoch's
/// parameters. Random streams need no saving (`Streams`).
///
/// On disk: one file, `checkpoint.bin`: a line of JSON (the header below),
/// then the doubles, little-endian. `identity` names the run (model, seed,
/// recipe, sizes, data); a checkpoint of another run is refused.
struct Checkpoint: Codable {
    var identity: String
    var epoch: Int
    var batch: Int
    var step: Int
    /// Σ batch loss × batch size over the epoch's batches so far (bits).
    var lossSumBits: UInt64
    var examplesSeen: Int
    var history: [StoredEpoch]
    var bestEpoch: Int
    var bestLossBits: UInt64
    /// Doubles per tensor, in `Classifier.trainables` order.
    var sizes: [Int]

    static let fileName = "checkpoint.bin"

    /// Writes the header and `tensors` (each [parameters, m, v, best]).
    static func save(_ header: Checkpoint, tensors: [[any DenseTensor]], bestCopies: [[Double]], to folder: String) throws {
        var data = try JSONEncoder.sorted.encode(header)
        data.append(0x0A)
        for (k, group) in tensors.enumerated() {
            for tensor in group { Self.append(tensor.elements, to: &data) }
            Self.append(bestCopies[k], to: &data)
        }
        try AtomicFile.write(data, to: folder + "/" + fileName)
    }

    /// The header and, per tensor, [parameters, m, v, best], or nil when the
    /// folder has no checkpoint. The header is checked before any tensor is
    /// read: a checkpoint of another run (`identity`), or one whose sizes or
    /// counters this run's model and recipe cannot have (a damaged or edited
    /// file), is refused with one line, never trusted with an offset.
    static func load(from folder: String, identity: String, sizes: [Int], epochs: Int) throws -> (Checkpoint, [[[Double]]])? {
        let path = folder + "/" + fileName
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        guard let newline = data.firstIndex(of: 0x0A),
              let header = try? JSONDecoder().decode(Checkpoint.self, from: data[data.startIndex..<newline]) else {
            throw DataError.badCheckpoint(path: path, reason: "not a coursecheck checkpoint: delete it to start the run again")
        }
        guard header.identity == identity else {
            throw DataError.badCheckpoint(path: path, reason: "the checkpoint is of another run (model, seed, recipe, sizes or data differ): delete it or give another --checkpoint folder")
        }
        guard header.sizes == sizes, (0...epochs).contains(header.epoch), header.batch >= 0, header.step >= 0,
              header.examplesSeen >= 0, header.history.count == header.epoch, (0...header.epoch).contains(header.bestEpoch) else {
            throw DataError.badCheckpoint(path: path, reason: "damaged: its header does not describe this run's model and recipe; delete it to start the run again")
        }
        // The sizes are this model's, so the byte count cannot overflow.
        let expected = sizes.reduce(0) { $0 + $1 * 8 * 4 }
        guard data.endIndex - (newline + 1) == expected else {
            throw DataError.badCheckpoint(path: path, reason: "damaged: \(data.endIndex - newline - 1) bytes of tensors, expected \(expected); delete it to start the run again")
        }
        var offset = newline + 1
        var groups: [[[Double]]] = []
        for size in sizes {
            var group: [[Double]] = []
            for _ in 0..<4 {
                group.append(data[offset..<offset + size * 8].withUnsafeBytes { raw in
                    (0..<size).map { Double(bitPattern: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 8, as: UInt64.self))) }
                })
                offset += size * 8
            }
            groups.append(group)
        }
        return (header, groups)
    }

    private static func append(_ values: [Double], to data: inout Data) {
        var bytes = [UInt8](repeating: 0, count: values.count * 8)
        bytes.withUnsafeMutableBytes { raw in
            for (k, x) in values.enumerated() { raw.storeBytes(of: x.bitPattern.littleEndian, toByteOffset: k * 8, as: UInt64.self) }
        }
        data.append(contentsOf: bytes)
    }
}

/// An `EpochRecord` with its losses as bits: exact through JSON.
struct StoredEpoch: Codable {
    var epoch: Int
    var trainLossBits: UInt64
    var validationLossBits: UInt64
    var validationCorrect: Int

    init(_ r: EpochRecord) {
        epoch = r.epoch
        trainLossBits = r.trainLoss.bitPattern
        validationLossBits = r.validationLoss.bitPattern
        validationCorrect = r.validationCorrect
    }

    var record: EpochRecord {
        EpochRecord(epoch: epoch, trainLoss: Double(bitPattern: trainLossBits),
                    validationLoss: Double(bitPattern: validationLossBits), validationCorrect: validationCorrect)
    }
}

/// One finished epoch: its mean training loss, and the validation loss and
/// correct count after it.
public struct EpochRecord: Codable, Equatable, Sendable {
    public var epoch: Int
    public var trainLoss: Double
    public var validationLoss: Double
    public var validationCorrect: Int

    enum CodingKeys: String, CodingKey {
        case epoch
        case trainLoss = "train_loss"
        case validationLoss = "validation_loss"
        case validationCorrect = "validation_correct"
    }
}

extension JSONEncoder {
    /// Sorted keys: the same value, the same bytes.
    static var sorted: JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }
}
