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

    /// GSL's own name for the status, from `gsl_strerror`.
    public var statusName: String {
        String(cString: gslStrerror(status))
    }

    public var errorDescription: String? {
        let place = file.isEmpty ? "" : " (\(file):\(line))"
        return "GSL error \(status) (\(statusName)): \(reason)\(place)"
    }
}
