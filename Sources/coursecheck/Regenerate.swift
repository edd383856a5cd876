import ArgumentParser
import CoursecheckGoldens
import Foundation

struct Regenerate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Recompute every golden (fixtures/golden/, reports/) from fixtures/assignment.json.",
        discussion: """
        Paths are relative to the current directory. Without --check, writes what \
        changed (each file atomically) and lists it. With --check, writes nothing, \
        prints a diff naming each file and entry that differs, and exits 1 if any does.
        """
    )

    @Flag(help: "Compare only; exit 1 when a golden differs.")
    var check = false

    func run() throws {
        let folder = FileManager.default.currentDirectoryPath
        let root = URL(fileURLWithPath: folder)
        guard FileManager.default.fileExists(atPath: root.appendingPathComponent(Goldens.assignmentPath).path) else {
            throw UnusableInput(message: "regenerate rewrites the coursecheck project's own goldens: run it from the project's root, "
                + "the folder that holds \(Goldens.assignmentPath) (\(folder) has none)")
        }
        let files = try Goldens.compute(root: root)
        let differences = Goldens.differences(files, root: root)
        var lines: [String] = []
        if check {
            if differences.isEmpty {
                lines.append("all \(files.count) goldens match")
            } else {
                lines += differences.map(\.description)
                lines.append("\(differences.count) of \(files.count) goldens differ; `coursecheck regenerate` rewrites them")
            }
            try Printer.emit(lines.joined(separator: "\n") + "\n", to: nil)
            if !differences.isEmpty { throw ExitCode(1) }
            return
        }
        let changed = Set(differences.map(\.path))
        try Goldens.write(files.filter { changed.contains($0.path) }, root: root)
        lines += differences.map { $0.message == nil ? "wrote \($0.path) (new)" : "wrote \($0.path)" }
        lines.append(differences.isEmpty ? "all \(files.count) goldens were up to date" : "\(differences.count) of \(files.count) goldens rewritten")
        try Printer.emit(lines.joined(separator: "\n") + "\n", to: nil)
    }
}
