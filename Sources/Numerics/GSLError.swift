@preconcurrency internal import CGSL
import Foundation

/// A failure reported by the GNU Scientific Library.
///
/// `status` is GSL's error code from `gsl_errno.h`: for example `GSL_EDOM` (1,
/// input domain error), `GSL_EINVAL` (4, invalid argument), `GSL_ENOMEM` (8),
/// `GSL_EBADLEN` (19, matrix or vector lengths are not conformant). `reason`,
/// `file` and `line` are what GSL passed to its error handler, when it called
/// one; a function that merely returns a non-zero status leaves them empty.
public struct GSLError: LocalizedError, Equatable, Sendable {
    public var status: Int32
    public var reason: String
    public var file: String
    public var line: Int

    public init(status: Int32, reason: String, file: String = "", line: Int = 0) {
        self.status = status
        self.reason = reason
        self.file = file
        self.line = line
    }

    /// `GSL_EDOM`: an argument outside the function's domain.
    public static let domain = Int32(GSL_EDOM)
    /// `GSL_ENOMEM`: memory could not be had.
    public static let noMemory = Int32(GSL_ENOMEM)
    /// `GSL_ERANGE`: a result out of range (not finite).
    public static let outOfRange = Int32(GSL_ERANGE)
    /// `GSL_EBADLEN`: matrix or vector lengths that do not conform.
    public static let badLength = Int32(GSL_EBADLEN)
    /// `GSL_EOVRFLW`: an overflow.
    public static let overflow = Int32(GSL_EOVRFLW)

    /// GSL's own name for the status, from `gsl_strerror`.
    public var statusName: String {
        String(cString: gslStrerror(status))
    }

    public var errorDescription: String? {
        let place = file.isEmpty ? "" : " (\(file):\(line))"
        return "GSL error \(status) (\(statusName)): \(reason)\(place)"
    }
}
