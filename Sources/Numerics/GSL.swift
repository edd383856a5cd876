@preconcurrency internal import CGSL
import Foundation

/// The one place where GSL status codes become Swift errors.
///
/// GSL's default error handler calls `abort()`. `GSL.check` installs, once per
/// process, a handler that records the error in a per-thread slot instead, so
/// that the failing call returns its status and the caller throws a `GSLError`.
/// The handler is process-wide but the slot is per thread: concurrent callers
/// never see each other's errors.
enum GSL {
    /// Runs a GSL call that returns a status code and throws if it failed.
    @discardableResult
    static func check(_ status: @autoclosure () -> Int32) throws -> Int32 {
        GSLErrorHandler.installOnce()
        GSLErrorHandler.clear()
        let result = status()
        if let recorded = GSLErrorHandler.take() { throw recorded }
        if result != Int32(GSL_SUCCESS) {
            throw GSLError(status: result, reason: "call returned a failure status")
        }
        return result
    }

    /// Runs a GSL call that returns a pointer (an allocation) and throws if it
    /// returned `NULL`.
    static func allocate<T>(_ make: () -> UnsafeMutablePointer<T>?) throws -> UnsafeMutablePointer<T> {
        GSLErrorHandler.installOnce()
        GSLErrorHandler.clear()
        let pointer = make()
        if let recorded = GSLErrorHandler.take() { throw recorded }
        guard let pointer else {
            throw GSLError(status: Int32(GSL_ENOMEM), reason: "allocation returned NULL")
        }
        return pointer
    }

    /// The GSL version the process loaded, from `gsl_version`.
    static var version: String {
        String(cString: gsl_version)
    }
}

/// The GSL version the process loaded, from `gsl_version`.
public var gslVersion: String { GSL.version }

func gslStrerror(_ status: Int32) -> UnsafePointer<CChar> {
    gsl_strerror(status)
}
