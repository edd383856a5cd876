@preconcurrency internal import CGSL

/// A rectangular region of a `Matrix`: rows `rows`, columns `columns`, rows
/// `stride` elements apart. It holds a strong reference to the matrix, so the
/// memory it reads lives as long as the view.
///
/// Element access is bounds-checked against the view; `load` and `store`
/// move four neighbouring elements of a row at once (fewer at the end of a
/// row), for the gate loops of the recurrent models.
public struct MatrixView {
    @usableFromInline let owner: Matrix
    @usableFromInline let base: UnsafeMutablePointer<Double>
    public let rows: Int
    public let columns: Int
    @usableFromInline let stride: Int

    init(owner: Matrix, base: UnsafeMutablePointer<Double>, rows: Int, columns: Int, stride: Int) {
        self.owner = owner
        self.base = base
        self.rows = rows
        self.columns = columns
        self.stride = stride
    }

    /// Rows `range` of this view, itself a view.
    public func rows(_ range: Range<Int>) -> MatrixView {
        precondition(range.lowerBound >= 0 && range.upperBound <= rows && !range.isEmpty,
                     "rows \(range) outside a view of \(rows) rows")
        return MatrixView(owner: owner, base: base + range.lowerBound * stride, rows: range.count, columns: columns, stride: stride)
    }

    /// Columns `range` of every row of this view, itself a (strided) view.
    public func columns(_ range: Range<Int>) -> MatrixView {
        precondition(range.lowerBound >= 0 && range.upperBound <= columns && !range.isEmpty,
                     "columns \(range) outside a view of \(columns) columns")
        return MatrixView(owner: owner, base: base + range.lowerBound, rows: rows, columns: range.count, stride: stride)
    }

    /// Element (i, j) of the view, bounds-checked.
    @inlinable
    public subscript(i: Int, j: Int) -> Double {
        get { base[offset(i, j)] }
        nonmutating set { base[offset(i, j)] = newValue }
    }

    /// Elements j, j+1, j+2, j+3 of row i; past the end of the row, zeros.
    @inlinable @inline(__always)
    public func load(_ i: Int, _ j: Int) -> SIMD4<Double> {
        let p = base + offset(i, j)
        if j + 4 <= columns { return UnsafeRawPointer(p).loadUnaligned(as: SIMD4<Double>.self) }
        var v = SIMD4<Double>()
        for k in 0..<(columns - j) { v[k] = p[k] }
        return v
    }

    /// Stores `v` at elements j… of row i, those before the end of the row.
    @inlinable @inline(__always)
    public func store(_ v: SIMD4<Double>, _ i: Int, _ j: Int) {
        let p = base + offset(i, j)
        if j + 4 <= columns {
            UnsafeMutableRawPointer(p).storeBytes(of: v, as: SIMD4<Double>.self)
        } else {
            for k in 0..<(columns - j) { p[k] = v[k] }
        }
    }

    @inlinable @inline(__always)
    func offset(_ i: Int, _ j: Int) -> Int {
        precondition(UInt(bitPattern: i) < UInt(bitPattern: rows) && UInt(bitPattern: j) < UInt(bitPattern: columns),
                     "(\(i), \(j)) outside a \(rows)×\(columns) view")
        return i * stride + j
    }

    /// Copies row `i` of `source` into row `row` of this view, its first
    /// `source.columns` elements starting at column `at`.
    public func copyRow(_ row: Int, at column: Int = 0, from source: MatrixView, row i: Int) {
        precondition(column >= 0 && column + source.columns <= columns, "a row of \(source.columns) does not fit at column \(column) of \(columns)")
        (base + offset(row, column)).update(from: source.base + source.offset(i, 0), count: source.columns)
    }

    /// Sets elements `columns` of row `row` to zero.
    public func zeroRow(_ row: Int, columns range: Range<Int>) {
        guard !range.isEmpty else { return }
        precondition(range.lowerBound >= 0 && range.upperBound <= columns, "columns \(range) outside \(columns)")
        (base + offset(row, range.lowerBound)).update(repeating: 0, count: range.count)
    }

    /// Sets every element to zero.
    public func zero() {
        for i in 0..<rows { (base + i * stride).update(repeating: 0, count: columns) }
    }

    /// Writes the transpose of `source` into this view
    /// (`gsl_matrix_transpose_memcpy`).
    public func assignTranspose(of source: MatrixView) throws {
        var (destination, from) = (gsl, source.gsl)
        try GSL.check(gsl_matrix_transpose_memcpy(&destination, &from))
    }

    /// The view as GSL sees it: it borrows the memory that `owner` keeps.
    var gsl: gsl_matrix {
        gsl_matrix(size1: rows, size2: columns, tda: stride, data: base, block: nil, owner: 0)
    }
}
