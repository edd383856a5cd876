@preconcurrency import CGSL
import Foundation

/// Dense linear algebra through GSL's BLAS interface, which this package links
/// against OpenBLAS's CBLAS (about 90 GFLOPS dgemm on two cores here, against
/// about 6 for GSL's reference gslcblas).
public enum BLAS {
    public enum Transpose {
        case none, transpose
        var cblas: CBLAS_TRANSPOSE_t { self == .none ? CblasNoTrans : CblasTrans }
    }

    /// C ← α·op(A)·op(B) + β·C (`gsl_blas_dgemm`).
    public static func gemm(_ a: gsl_matrix, _ ta: Transpose, _ b: gsl_matrix, _ tb: Transpose,
                            into c: gsl_matrix, alpha: Double = 1, beta: Double = 0) throws {
        var (a, b, c) = (a, b, c)
        try GSL.check(gsl_blas_dgemm(ta.cblas, tb.cblas, alpha, &a, &b, beta, &c))
    }

    /// y ← α·op(A)·x + β·y (`gsl_blas_dgemv`).
    public static func gemv(_ a: gsl_matrix, _ ta: Transpose, _ x: gsl_vector, into y: gsl_vector,
                            alpha: Double = 1, beta: Double = 0) throws {
        var (a, x, y) = (a, x, y)
        try GSL.check(gsl_blas_dgemv(ta.cblas, alpha, &a, &x, beta, &y))
    }

    /// x·y (`gsl_blas_ddot`) of two equally long contiguous buffers.
    public static func dot(_ x: UnsafeBufferPointer<Double>, _ y: UnsafeBufferPointer<Double>) throws -> Double {
        precondition(x.count == y.count, "dot of lengths \(x.count) and \(y.count)")
        guard !x.isEmpty else { return 0 }
        var vx = gsl_vector_const_view_array(x.baseAddress!, x.count).vector
        var vy = gsl_vector_const_view_array(y.baseAddress!, y.count).vector
        var result = 0.0
        try GSL.check(gsl_blas_ddot(&vx, &vy, &result))
        return result
    }

    /// y ← α·x + y (`gsl_blas_daxpy`) on equally long contiguous buffers.
    public static func axpy(_ alpha: Double, _ x: UnsafeBufferPointer<Double>, _ y: UnsafeMutableBufferPointer<Double>) throws {
        precondition(x.count == y.count, "axpy of lengths \(x.count) and \(y.count)")
        guard !x.isEmpty else { return }
        var vx = gsl_vector_const_view_array(x.baseAddress!, x.count).vector
        var vy = gsl_vector_view_array(y.baseAddress!, y.count).vector
        try GSL.check(gsl_blas_daxpy(alpha, &vx, &vy))
    }

    /// The shared library that provides `cblas_dgemm` in this process, as the
    /// dynamic loader bound it (for example `libopenblas.so.0`): the mapping
    /// of /proc/self/maps that holds the symbol's address.
    public static var provider: String {
        // /proc files report size 0: read them to the end, not by their size.
        guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "cblas_dgemm"),
              let file = FileHandle(forReadingAtPath: "/proc/self/maps"),
              let bytes = try? file.readToEnd() else { return "unknown" }
        let maps = String(decoding: bytes, as: UTF8.self)
        let address = UInt(bitPattern: symbol)
        for line in maps.split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count >= 6 else { continue }
            let bounds = fields[0].split(separator: "-").compactMap { UInt($0, radix: 16) }
            if bounds.count == 2, bounds[0] <= address, address < bounds[1] {
                return URL(fileURLWithPath: String(fields[5])).lastPathComponent
            }
        }
        return "unknown"
    }
}
