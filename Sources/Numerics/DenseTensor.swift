@preconcurrency internal import CGSL

/// A matrix or a vector seen as its elements in storage order (row-major for
/// a matrix): what a gradient check moves and reads, whatever the shape.
public protocol DenseTensor: AnyObject {
    /// How many elements there are.
    var count: Int { get }
    /// The elements in storage order (row-major for a matrix).
    var elementBuffer: ElementBuffer { get }
}

/// The contiguous elements of a `DenseTensor`; only this module reads them.
public struct ElementBuffer {
    let base: UnsafeMutablePointer<Double>
    let count: Int
}

extension DenseTensor {
    /// A copy of the elements in storage order.
    public var elements: [Double] {
        let buffer = elementBuffer
        return Array(UnsafeBufferPointer(start: buffer.base, count: buffer.count))
    }

    /// Element k in storage order, bounds-checked.
    public subscript(flat k: Int) -> Double {
        get {
            let buffer = elementBuffer
            precondition(k >= 0 && k < buffer.count, "element \(k) outside \(buffer.count)")
            return buffer.base[k]
        }
        set {
            let buffer = elementBuffer
            precondition(k >= 0 && k < buffer.count, "element \(k) outside \(buffer.count)")
            buffer.base[k] = newValue
        }
    }

    /// Replaces every element: `values` in storage order.
    public func assign(_ values: [Double]) {
        let buffer = elementBuffer
        precondition(values.count == buffer.count, "\(values.count) values for \(buffer.count) elements")
        _ = UnsafeMutableBufferPointer(start: buffer.base, count: buffer.count).update(fromContentsOf: values)
    }

    /// Copies the elements of a tensor of the same size.
    public func assign(from other: some DenseTensor) {
        let (to, from) = (elementBuffer, other.elementBuffer)
        precondition(to.count == from.count, "\(from.count) elements for \(to.count)")
        to.base.update(from: from.base, count: to.count)
    }

    /// Sets the elements to `origin + α·direction` (a copy, then
    /// `gsl_blas_daxpy`).
    public func assign(_ origin: [Double], adding alpha: Double, times direction: [Double]) throws {
        assign(origin)
        let buffer = elementBuffer
        precondition(direction.count == buffer.count, "a direction of \(direction.count) for \(buffer.count) elements")
        try direction.withUnsafeBufferPointer { d in
            var x = gsl_vector_const_view_array(d.baseAddress!, d.count).vector
            var y = gsl_vector_view_array(buffer.base, buffer.count).vector
            try GSL.check(gsl_blas_daxpy(alpha, &x, &y))
        }
    }

    /// Adds the elements of a tensor of the same size (`gsl_blas_daxpy`).
    public func add(_ other: some DenseTensor) throws {
        let (y, x) = (elementBuffer, other.elementBuffer)
        precondition(x.count == y.count, "\(x.count) elements added to \(y.count)")
        var vx = gsl_vector_const_view_array(x.base, x.count).vector
        var vy = gsl_vector_view_array(y.base, y.count).vector
        try GSL.check(gsl_blas_daxpy(1, &vx, &vy))
    }

    /// Σₖ xₖ·yₖ over the elements of two tensors of the same size
    /// (`gsl_blas_ddot`).
    public func dot(_ other: some DenseTensor) throws -> Double {
        let (x, y) = (elementBuffer, other.elementBuffer)
        precondition(x.count == y.count, "dot of \(x.count) and \(y.count) elements")
        var vx = gsl_vector_const_view_array(x.base, x.count).vector
        var vy = gsl_vector_const_view_array(y.base, y.count).vector
        var result = 0.0
        try GSL.check(gsl_blas_ddot(&vx, &vy, &result))
        return result
    }
}
