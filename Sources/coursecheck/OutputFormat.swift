import ArgumentParser

/// How a command prints its result.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case markdown
    case json
    /// Gradescope's autograder results.json (`verify` only).
    case gradescope
}

/// Flags shared by every command that prints a result.
struct OutputOptions: ParsableArguments {
    @Option(help: "Output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: OutputFormat = .markdown

    @Option(help: "Write to this file (atomically) instead of standard output.")
    var output: String?
}

extension OutputOptions {
    /// Prints or writes the result in the chosen format.
    func emit(markdown: @autoclosure () -> String, json: () throws -> String,
              gradescope: (() throws -> String)? = nil) throws {
        let text: String
        switch format {
        case .markdown: text = markdown()
        case .json: text = try json()
        case .gradescope:
            guard let gradescope else { throw ValidationError("--format gradescope is for `verify` only") }
            text = try gradescope()
        }
        try Printer.emit(text, to: output)
    }
}
