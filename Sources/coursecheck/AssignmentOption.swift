import ArgumentParser
import CoursecheckAssignment
import Foundation

/// `--assignment PATH`, shared by every command.
struct AssignmentOption: ParsableArguments {
    @Option(name: .customLong("assignment"), help: ArgumentHelp(
        "The assignment file.",
        discussion: "Default: fixtures/assignment.json under the current folder when it exists, else the course's assignment built into coursecheck."))
    var path: String?

    /// The assignment and where it came from; throws `AssignmentError` when
    /// it cannot be used.
    func load() throws -> (Assignment, AssignmentSource) {
        try Assignment.locate(explicit: path, folder: FileManager.default.currentDirectoryPath)
    }

    /// Part I of the assignment; throws when it has none.
    func part1() throws -> Assignment.RecurrentPart {
        let (assignment, source) = try load()
        guard let part = assignment.part1 else {
            throw AssignmentError(path: source.origin, message: "the assignment has no part1")
        }
        return part
    }
}
