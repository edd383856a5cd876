import ArgumentParser

/// How a command prints its result.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case markdown
    case json
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
    func emit(markdown: @autoclosure () -> String, json: () throws -> String) throws {
        let text = format == .json ? try json() : markdown()
        try Printer.emit(text, to: output)
    }
}
