import ArgumentParser
import CoursecheckAssignment

/// `--assignment PATH`, shared by every command.
struct AssignmentOption: ParsableArguments {
    @Option(name: .customLong("assignment"), help: "The assignment file.")
    var path = "fixtures/assignment.json"

    /// The assignment; throws `AssignmentError` when it cannot be used.
    func load() throws -> Assignment {
        try Assignment.load(from: path)
    }

    /// Part I of the assignment; throws when it has none.
    func part1() throws -> Assignment.RecurrentPart {
        guard let part = try load().part1 else {
            throw AssignmentError(path: path, message: "the assignment has no part1")
        }
        return part
    }
}
