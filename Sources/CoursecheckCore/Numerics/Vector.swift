@preconcurrency import CGSL
import Foundation

/// An owned, zero-initialised GSL vector of doubles, contiguous
/// (`stride == 1`): `calloc` storage wrapped by `gsl_vector_view_array`, as
/// `Matrix` does, for the same reason.
public final class Vector: @unchecked Sendable {
    public let pointer: UnsafeMutablePointer<gsl_vector>
    public let count: Int

    public init(count: Int) throws {
        precondition(count > 0, "vector length must be positive, got \(count)")
        guard let storage = calloc(count, MemoryLayout<Double>.stride) else {
            throw GSLError(status: Int32(GSL_ENOMEM), reason: "cannot allocate a vector of \(count)")
        }
        pointer = .allocate(capacity: 1)
        pointer.initialize(to: gsl_vector_view_array(storage.assumingMemoryBound(to: Double.self), count).vector)
        self.count = count
    }

    deinit {
        free(pointer.pointee.data)
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
