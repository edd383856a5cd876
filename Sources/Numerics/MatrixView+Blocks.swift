@preconcurrency internal import CGSL

extension MatrixView {
    /// Whether the rows follow each other in memory without a gap.
    public var isContiguous: Bool { stride == columns || rows == 1 }

    /// Copies a view of the same shape into this one.
    public func copy(from source: MatrixView) {
        precondition(source.rows == rows && source.columns == columns,
                     "copy of a \(source.rows)×\(source.columns) view into \(rows)×\(columns)")
        if isContiguous && source.isContiguous {
            base.update(from: source.base, count: rows * columns)
            return
        }
        for i in 0..<rows { (base + i * stride).update(from: source.base + i * source.stride, count: columns) }
    }

    /// Adds a view of the same shape (`gsl_blas_daxpy`, row by row when either
    /// view is strided).
    public func add(_ other: MatrixView) throws {
        precondition(other.rows == rows && other.columns == columns,
                     "\(other.rows)×\(other.columns) added to \(rows)×\(columns)")
        if isContiguous && other.isContiguous {
            try Self.axpy(1, other.base, base, count: rows * columns)
            return
        }
        for i in 0..<rows { try Self.axpy(1, other.base + i * other.stride, base + i * stride, count: columns) }
    }

    /// Σᵢⱼ xᵢⱼ·yᵢⱼ over two views of the same shape (`gsl_blas_ddot`: one call
    /// when both are contiguous, else one per row, summed in row order).
    public func dot(_ other: MatrixView) throws -> Double {
        precondition(other.rows == rows && other.columns == columns,
                     "dot of \(rows)×\(columns) and \(other.rows)×\(other.columns)")
        if isContiguous && other.isContiguous { return try Self.dot(base, other.base, count: rows * columns) }
        var total = 0.0
        for i in 0..<rows { total += try Self.dot(base + i * stride, other.base + i * other.stride, count: columns) }
        return total
    }

    /// Adds row `i` of `source` to row `row` of this view: yᵣ ← yᵣ + xᵢ.
    public func addRow(_ row: Int, from source: MatrixView, row i: Int) {
        precondition(source.columns == columns, "a row of \(source.columns) added to a row of \(columns)")
        let (y, x) = (base + offset(row, 0), source.base + source.offset(i, 0))
        for k in 0..<columns { y[k] += x[k] }
    }

    /// Sets rows `range` to zero.
    public func zeroRows(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        precondition(range.lowerBound >= 0 && range.upperBound <= rows, "rows \(range) outside a view of \(rows) rows")
        for i in range { (base + i * stride).update(repeating: 0, count: columns) }
    }

    private static func axpy(_ alpha: Double, _ x: UnsafeMutablePointer<Double>, _ y: UnsafeMutablePointer<Double>, count: Int) throws {
        var vx = gsl_vector_const_view_array(x, count).vector
        var vy = gsl_vector_view_array(y, count).vector
        try GSL.check(gsl_blas_daxpy(alpha, &vx, &vy))
    }

    private static func dot(_ x: UnsafeMutablePointer<Double>, _ y: UnsafeMutablePointer<Double>, count: Int) throws -> Double {
        var vx = gsl_vector_const_view_array(x, count).vector
        var vy = gsl_vector_const_view_array(y, count).vector
        var result = 0.0
        try GSL.check(gsl_blas_ddot(&vx, &vy, &result))
        return result
    }
}
