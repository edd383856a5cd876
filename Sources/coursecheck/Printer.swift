import CoursecheckCore
import Foundation

/// Where results go: standard output, or a file written atomically.
enum Printer {
    static func emit(_ text: String, to path: String?) throws {
        if let path {
            try OutputFile.write(text, to: path)
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}

/// Ends the process for input that cannot be used: one line on standard
/// error, exit status 2.
enum Failure {
    static func exit(_ error: any Error) -> Never {
        let message = (error as? LocalizedError)?.errorDescription ?? String(describing: error)
        FileHandle.standardError.write(Data("coursecheck: error: \(message)\n".utf8))
        Foundation.exit(2)
    }
}

extension Failure {
    /// The value of `body`, or exit 2 with its error.
    static func guarding<T>(_ body: () throws -> T) -> T {
        do {
            return try body()
        } catch {
            exit(error)
        }
    }
}
