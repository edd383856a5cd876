import Foundation

/// An owned, zero-initialised vector of doubles, contiguous: `ZeroedStorage`
/// as `Matrix` keeps it, for the same reasons.
public final class Vector {
    public let count: Int
    @usableFromInline let base: UnsafeMutablePointer<Double>
    private let storage: ZeroedStorage

    public init(count: Int) throws {
        precondition(count > 0, "vector length must be positive, got \(count)")
        guard count <= Int.max / MemoryLayout<Double>.stride,
              let storage = ZeroedStorage(bytes: count * MemoryLayout<Double>.stride) else {
            throw GSLError(status: GSLError.noMemory, reason: "cannot allocate a vector of \(count)")
        }
        self.storage = storage
        self.base = storage.pointer.assumingMemoryBound(to: Double.self)
        self.count = count
    }

    deinit { storage.release() }

    /// Element i, bounds-checked.
    @inlinable
    public subscript(i: Int) -> Double {
        get {
            precondition(i >= 0 && i < count, "\(i) outside a vector of \(count)")
            return base[i]
        }
        set {
            precondition(i >= 0 && i < count, "\(i) outside a vector of \(count)")
            base[i] = newValue
        }
    }

    /// Elements j, j+1, j+2, j+3; past the end, zeros.
    @inlinable @inline(__always)
    public func load(_ j: Int) -> SIMD4<Double> {
        precondition(j >= 0 && j < count, "\(j) outside a vector of \(count)")
        if j + 4 <= count { return UnsafeRawPointer(base + j).loadUnaligned(as: SIMD4<Double>.self) }
        var v = SIMD4<Double>()
        for k in 0..<(count - j) { v[k] = base[j + k] }
        return v
    }

    /// Fills with independent draws from U(−a, a) (`gsl_ran_flat`).
    public func fillUniform(_ rng: RandomSource, bound a: Double) {
        for k in 0..<count { base[k] = rng.uniform(-a, a) }
    }
}

extension Vector: DenseTensor {
    public var elementBuffer: ElementBuffer { ElementBuffer(base: base, count: count) }
}
