import ArgumentParser
import Foundation

@main
struct Coursecheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coursecheck",
        abstract: "Checks hand-derived answers of a deep-learning assignment against independent computation.",
        subcommands: [Verify.self, Grade.self, Models.self, Gradcheck.self, Bench.self, Train.self, AccuracyReferenceCommand.self,
                      Regenerate.self]
    )

    /// The one place where errors become exit statuses:
    /// - usage errors (unknown option, bad flag value, `validate()`): 64, with
    ///   the usage, as swift-argument-parser prints them;
    /// - `ExitCode` thrown by a command (1: some answer or check does not
    ///   hold): that status, silently;
    /// - anything else a command throws is input it cannot use (unreadable
    ///   sheet or assignment, an output it cannot write, a GSL failure): 2,
    ///   with one line on standard error.
    static func main() {
        var command: any ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            exit(withError: error)
        }
        do {
            try command.run()
        } catch where String(reflecting: type(of: error)).hasPrefix("ArgumentParser.") {
            // ExitCode, ValidationError, CleanExit and the parser's own
            // (help asked of a command that only has subcommands).
            exit(withError: error)
        } catch {
            let message = (error as? LocalizedError)?.errorDescription ?? String(describing: error)
            try? FileHandle.standardError.write(contentsOf: Data("coursecheck: error: \(message)\n".utf8))
            Foundation.exit(2)
        }
    }
}

/// Input a command cannot use that no library type describes: a model the
/// assignment does not have, an assignment without a Part I.
struct UnusableInput: LocalizedError {
    var message: String
    var errorDescription: String? { message }
}
