import CoursecheckReporting
import Foundation

/// Where results go: standard output, or a file written atomically.
enum Printer {
    static func emit(_ text: String, to path: String?) throws {
        if let path {
            try OutputFile.write(text, to: path)
        } else {
            do {
                try OutputFile.write(text, toDescriptor: STDOUT_FILENO, as: "standard output")
            } catch let error as OutputFile.WriteError {
                throw StandardOutputError(reason: error.reason)
            }
        }
    }
}

/// Standard output refused the result (a full disk, a closed descriptor).
struct StandardOutputError: LocalizedError {
    var reason: String
    var errorDescription: String? { "cannot write the report to standard output: \(reason)" }
}
