import ArgumentParser
import CoursecheckCore

/// `--assignment PATH`, shared by every command.
struct AssignmentOption: ParsableArguments {
    @Option(name: .customLong("assignment"), help: "The assignment file.")
    var path = "fixtures/assignment.json"

    /// The assignment, or exit 2 with the reason.
    func load() -> Assignment {
        Failure.guarding { try Assignment.load(from: path) }
    }

    /// Part I of the assignment, or exit 2 when it has none.
    func part1() -> Assignment.RecurrentPart {
        guard let part = load().part1 else {
            Failure.exit(AssignmentError(path: path, message: "the assignment has no part1"))
        }
        return part
    }
}
