@preconcurrency import CGSL
import Foundation

/// An owned, zero-initialised GSL vector of doubles, contiguous
/// (`stride == 1`): `ZeroedStorage` wrapped by `gsl_vector_view_array`, as
/// `Matrix` does, for the same reasons.
public final class Vector: @unchecked Sendable {
    public let pointer: UnsafeMutablePointer<gsl_vector>
    public let count: Int
    private let storage: ZeroedStorage

    public init(count: Int) throws {
        precondition(count > 0, "vector length must be positive, got \(count)")
        guard count <= Int.max / MemoryLayout<Double>.stride,
              let storage = ZeroedStorage(bytes: count * MemoryLayout<Double>.stride) else {
            throw GSLError(status: Int32(GSL_ENOMEM), reason: "cannot allocate a vector of \(count)")
        }
        pointer = .allocate(capacity: 1)
        pointer.initialize(to: gsl_vector_view_array(storage.pointer.assumingMemoryBound(to: Double.self), count).vector)
        self.storage = storage
        self.count = count
    }

    deinit {
        storage.release()
        pointer.deallocate()
    }

    public var data: UnsafeMutablePointer<Double> { pointer.pointee.data }
    public var buffer: UnsafeMutableBufferPointer<Double> { UnsafeMutableBufferPointer(start: data, count: count) }
    public var whole: gsl_vector { pointer.pointee }

    public subscript(i: Int) -> Double {
        get { data[i] }
        set { data[i] = newValue }
    }

    /// Fills with independent draws from U(−a, a).
    public func fillUniform(_ rng: RandomSource, bound a: Double) {
        for k in 0..<count { data[k] = rng.uniform(-a, a) }
    }
}
