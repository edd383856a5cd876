import Foundation

/// Zero-filled memory for the doubles of a `Matrix` or a `Vector`, which the
/// kernel maps only when first touched.
///
/// Blocks of at least `hugeThreshold` bytes are mapped on their own, aligned
/// to 2 MiB and marked `MADV_HUGEPAGE`, so that the kernel backs them with
/// transparent huge pages where it allows them (Debian's default is
/// `madvise`): a model's big operands — W_hh, the gate activations, the
/// sequences — then cost one TLB entry per 2 MiB, and sit in physically
/// contiguous blocks whose placement in the caches is the same from run to
/// run. NumPy marks its large arrays the same way. Measured here, the LSTM
/// and 2-level bi-LSTM benchmarks (`coursecheck bench`) took 3–10 % less
/// time with huge pages. Where they are off, the hint is ignored and the
/// memory is ordinary pages. Smaller blocks come from `calloc`.
struct ZeroedStorage {
    static let hugeThreshold = 1 << 20
    private static let hugePage = 2 << 20

    let pointer: UnsafeMutableRawPointer
    /// The mapping to unmap, or nil for `calloc` storage.
    private let mapping: (base: UnsafeMutableRawPointer, length: Int)?

    /// nil when the memory cannot be had.
    init?(bytes: Int) {
        guard bytes >= Self.hugeThreshold else {
            guard let block = calloc(bytes, 1) else { return nil }
            pointer = block
            mapping = nil
            return
        }
        let (padded, overflow) = bytes.addingReportingOverflow(Self.hugePage)
        guard !overflow else { return nil }
        let base = mmap(nil, padded, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
        guard let base, base != MAP_FAILED else { return nil }
        let address = Int(bitPattern: base)
        let aligned = (address + Self.hugePage - 1) & ~(Self.hugePage - 1)
        pointer = base + (aligned - address)
        mapping = (base, padded)
        // A hint: where transparent huge pages are disabled it fails, harmlessly.
        _ = madvise(pointer, padded - (aligned - address), MADV_HUGEPAGE)
    }

    func release() {
        if let mapping {
            munmap(mapping.base, mapping.length)
        } else {
            free(pointer)
        }
    }
}

/// What the tests ask of a `ZeroedStorage` block, without its pointer.
@_spi(Testing)
public final class ZeroedStorageProbe {
    private let storage: ZeroedStorage
    private let bytes: Int

    /// Blocks of at least this many bytes are mapped on their own.
    public static var hugeThreshold: Int { ZeroedStorage.hugeThreshold }

    /// nil when the memory cannot be had.
    public init?(bytes: Int) {
        guard let storage = ZeroedStorage(bytes: bytes) else { return nil }
        self.storage = storage
        self.bytes = bytes
    }

    deinit { storage.release() }

    /// Whether every byte is zero.
    public var isZeroed: Bool {
        UnsafeRawBufferPointer(start: storage.pointer, count: bytes).allSatisfy { $0 == 0 }
    }

    /// The block's address modulo `alignment`.
    public func offset(modulo alignment: Int) -> Int {
        Int(bitPattern: storage.pointer) % alignment
    }

    /// Writes one byte: the block must be writable to its end.
    public func write(_ byte: UInt8, at offset: Int) {
        precondition(offset >= 0 && offset < bytes, "offset \(offset) outside \(bytes) bytes")
        storage.pointer.storeBytes(of: byte, toByteOffset: offset, as: UInt8.self)
    }
}
