@preconcurrency import CGSL
import Foundation

/// An owned, zero-initialised GSL matrix of doubles, row-major and contiguous
/// (`tda == columns`).
///
/// The storage is a `ZeroedStorage` wrapped with `gsl_matrix_view_array`,
/// rather than `gsl_matrix_calloc`'s, which writes every zero itself: its
/// pages are mapped only when touched, so a model built only to take its
/// inventory touches no memory, and large blocks get huge pages.
///
/// Views (`whole`, `rows(_:)`, `columns(_:)`) are plain `gsl_matrix` values
/// that share the storage; they live no longer than the matrix.
public final class Matrix: @unchecked Sendable {
    public let pointer: UnsafeMutablePointer<gsl_matrix>
    public let rows: Int
    public let columns: Int
    private let storage: ZeroedStorage

    public init(rows: Int, columns: Int) throws {
        precondition(rows > 0 && columns > 0, "matrix shape must be positive, got \(rows)×\(columns)")
        let (count, overflow) = rows.multipliedReportingOverflow(by: columns)
        guard !overflow, count <= Int.max / MemoryLayout<Double>.stride,
              let storage = ZeroedStorage(bytes: count * MemoryLayout<Double>.stride) else {
            throw GSLError(status: Int32(GSL_ENOMEM), reason: "cannot allocate a \(rows)×\(columns) matrix")
        }
        pointer = .allocate(capacity: 1)
        pointer.initialize(to: gsl_matrix_view_array(storage.pointer.assumingMemoryBound(to: Double.self), rows, columns).matrix)
        self.storage = storage
        self.rows = rows
        self.columns = columns
    }

    deinit {
        storage.release()
        pointer.deallocate()
    }

    public var count: Int { rows * columns }
    public var data: UnsafeMutablePointer<Double> { pointer.pointee.data }
    public var buffer: UnsafeMutableBufferPointer<Double> { UnsafeMutableBufferPointer(start: data, count: count) }

    /// The whole matrix as a view.
    public var whole: gsl_matrix { pointer.pointee }

    /// Rows `range` as a view (`gsl_matrix_submatrix`).
    public func rows(_ range: Range<Int>) -> gsl_matrix {
        gsl_matrix_submatrix(pointer, range.lowerBound, 0, range.count, columns).matrix
    }

    /// Columns `range` of every row as a strided view.
    public func columns(_ range: Range<Int>) -> gsl_matrix {
        gsl_matrix_submatrix(pointer, 0, range.lowerBound, rows, range.count).matrix
    }

    public subscript(i: Int, j: Int) -> Double {
        get { data[i * columns + j] }
        set { data[i * columns + j] = newValue }
    }

    /// Fills with independent draws from U(−a, a).
    public func fillUniform(_ rng: RandomSource, bound a: Double) {
        for k in 0..<count { data[k] = rng.uniform(-a, a) }
    }

    /// Fills with independent draws from N(0, σ²).
    public func fillGaussian(_ rng: RandomSource, sigma: Double) {
        for k in 0..<count { data[k] = rng.gaussian(sigma: sigma) }
    }
}

extension gsl_matrix {
    /// Rows `range` of a view, itself a view.
    public func rows(_ range: Range<Int>) -> gsl_matrix {
        var m = self
        return gsl_matrix_submatrix(&m, range.lowerBound, 0, range.count, size2).matrix
    }

    /// Columns `range` of every row of a view, itself a (strided) view.
    public func columns(_ range: Range<Int>) -> gsl_matrix {
        var m = self
        return gsl_matrix_submatrix(&m, 0, range.lowerBound, size1, range.count).matrix
    }

    /// The first element of row i of a possibly strided view.
    @inline(__always)
    public func row(_ i: Int) -> UnsafeMutablePointer<Double> { data + i * tda }
}
