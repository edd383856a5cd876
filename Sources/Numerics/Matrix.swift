@preconcurrency internal import CGSL
import Foundation

/// An owned, zero-initialised matrix of doubles, row-major and contiguous.
///
/// The storage is a `ZeroedStorage`, whose pages the kernel maps only when
/// touched (a model built only to take its inventory touches no memory) and
/// whose large blocks get huge pages. GSL and OpenBLAS see it through
/// `gsl_matrix` views made inside this module only.
///
/// Regions of a matrix are `MatrixView`s, which keep the matrix alive: a view
/// can never outlive the memory it reads.
public final class Matrix {
    public let rows: Int
    public let columns: Int
    @usableFromInline let base: UnsafeMutablePointer<Double>
    private let storage: ZeroedStorage

    /// A `rows × columns` matrix of zeros; throws `GSLError` (`GSL_ENOMEM`)
    /// when the memory cannot be had.
    public init(rows: Int, columns: Int) throws {
        precondition(rows > 0 && columns > 0, "matrix shape must be positive, got \(rows)×\(columns)")
        let (count, overflow) = rows.multipliedReportingOverflow(by: columns)
        guard !overflow, count <= Int.max / MemoryLayout<Double>.stride,
              let storage = ZeroedStorage(bytes: count * MemoryLayout<Double>.stride) else {
            throw GSLError(status: GSLError.noMemory, reason: "cannot allocate a \(rows)×\(columns) matrix")
        }
        self.storage = storage
        self.base = storage.pointer.assumingMemoryBound(to: Double.self)
        self.rows = rows
        self.columns = columns
    }

    deinit { storage.release() }

    public var count: Int { rows * columns }

    /// The whole matrix as a view.
    public var view: MatrixView { MatrixView(owner: self, base: base, rows: rows, columns: columns, stride: columns) }

    /// Rows `range` as a view.
    public func rows(_ range: Range<Int>) -> MatrixView { view.rows(range) }

    /// Columns `range` of every row as a (strided) view.
    public func columns(_ range: Range<Int>) -> MatrixView { view.columns(range) }

    /// Element (i, j), bounds-checked.
    @inlinable
    public subscript(i: Int, j: Int) -> Double {
        get {
            precondition(i >= 0 && i < rows && j >= 0 && j < columns, "(\(i), \(j)) outside a \(rows)×\(columns) matrix")
            return base[i * columns + j]
        }
        set {
            precondition(i >= 0 && i < rows && j >= 0 && j < columns, "(\(i), \(j)) outside a \(rows)×\(columns) matrix")
            base[i * columns + j] = newValue
        }
    }

    /// Fills with independent draws from U(−a, a) (`gsl_ran_flat`).
    public func fillUniform(_ rng: RandomSource, bound a: Double) {
        for k in 0..<count { base[k] = rng.uniform(-a, a) }
    }

    /// Fills with independent draws from N(0, σ²) (`gsl_ran_gaussian_ziggurat`).
    public func fillGaussian(_ rng: RandomSource, sigma: Double) {
        for k in 0..<count { base[k] = rng.gaussian(sigma: sigma) }
    }
}

extension Matrix: DenseTensor {
    public var elementBuffer: ElementBuffer { ElementBuffer(base: base, count: count) }
}
