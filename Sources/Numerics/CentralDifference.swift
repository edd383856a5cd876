@preconcurrency internal import CGSL

/// Numerical first derivatives by GSL's adaptive central difference.
///
/// `gsl_deriv_central` evaluates `f` at `x ± h/2` and `x ± h` and combines
/// the two estimates (a 5-point rule) to cancel the O(h²) term:
/// ```
/// f'(x) ≈ (4/3)·(f(x+h/2) − f(x−h/2))/h − (1/6)·(f(x+h) − f(x−h))/h
/// ```
/// then adapts `h` to balance truncation against rounding error. For smooth
/// functions and `h` between 1e-5 and 1e-3 the true error is near 1e-12; the
/// `abserr` GSL reports is a conservative bound, often 10–70× the true error.
public struct CentralDifference: Sendable {
    /// The initial step `h` handed to `gsl_deriv_central`.
    public var step: Double

    public init(step: Double = 1e-4) {
        precondition(step > 0 && step.isFinite, "step must be positive and finite, got \(step)")
        self.step = step
    }

    /// An estimate of `f'(x)` and GSL's bound on its absolute error.
    public func derivative(at x: Double, of f: (Double) -> Double) throws -> (value: Double, abserr: Double) {
        try withoutActuallyEscaping(f) { escapable in
            let box = FunctionBox(escapable)
            return try withExtendedLifetime(box) {
                var function = gsl_function(
                    function: { x, params in
                        Unmanaged<FunctionBox>.fromOpaque(params!).takeUnretainedValue().body(x)
                    },
                    params: Unmanaged.passUnretained(box).toOpaque()
                )
                var value = 0.0
                var abserr = 0.0
                try GSL.check(gsl_deriv_central(&function, x, step, &value, &abserr))
                guard value.isFinite else {
                    throw GSLError(status: Int32(GSL_ERANGE), reason: "derivative at \(x) is not finite")
                }
                return (value, abserr)
            }
        }
    }
}

/// A Swift closure kept alive as the `params` of a `gsl_function`.
private final class FunctionBox {
    let body: (Double) -> Double
    init(_ body: @escaping (Double) -> Double) { self.body = body }
}
