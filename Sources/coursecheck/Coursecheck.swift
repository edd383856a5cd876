import ArgumentParser

@main
struct Coursecheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coursecheck",
        abstract: "Checks hand-derived answers of a deep-learning assignment against independent computation.",
        subcommands: [Verify.self, Models.self, Gradcheck.self, Bench.self, Regenerate.self]
    )
}
