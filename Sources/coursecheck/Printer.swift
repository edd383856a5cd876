import CoursecheckReporting
import Foundation

/// Where results go: standard output, or a file written atomically.
enum Printer {
    static func emit(_ text: String, to path: String?) throws {
        if let path {
            try OutputFile.write(text, to: path)
        } else {
            do {
                try FileHandle.standardOutput.write(contentsOf: Data(text.utf8))
            } catch {
                throw StandardOutputError(underlying: error)
            }
        }
    }
}

/// Standard output refused the result (a full disk, a closed descriptor).
struct StandardOutputError: LocalizedError {
    var underlying: any Error

    var errorDescription: String? {
        let reason = (underlying as NSError).userInfo[NSUnderlyingErrorKey].map { ($0 as! NSError).code }
            .flatMap { String(validatingCString: strerror(Int32($0))) } ?? underlying.localizedDescription
        return "cannot write the report to standard output: \(reason.prefix(1).lowercased() + reason.dropFirst())"
    }
}
