@preconcurrency internal import CGSL
import Foundation

/// Dense linear algebra through GSL's BLAS interface, which this package links
/// against OpenBLAS's CBLAS (about 90 GFLOPS dgemm on two cores here, against
/// about 6 for GSL's reference gslcblas).
public enum BLAS {
    public enum Transpose: Sendable {
        case none, transpose
        var cblas: CBLAS_TRANSPOSE_t { self == .none ? CblasNoTrans : CblasTrans }
    }

    /// C ← α·op(A)·op(B) + β·C (`gsl_blas_dgemm`); shapes that do not conform
    /// throw `GSLError` with `GSLError.badLength`.
    public static func gemm(_ a: MatrixView, _ ta: Transpose, _ b: MatrixView, _ tb: Transpose,
                            into c: MatrixView, alpha: Double = 1, beta: Double = 0) throws {
        var (ga, gb, gc) = (a.gsl, b.gsl, c.gsl)
        _ = try withExtendedLifetime((a, b, c)) {
            try GSL.check(gsl_blas_dgemm(ta.cblas, tb.cblas, alpha, &ga, &gb, beta, &gc))
        }
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
