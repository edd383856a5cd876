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
        let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let files = try Goldens.compute(root: root)
        let differences = Goldens.differences(files, root: root)
        if check {
            if differences.isEmpty {
                print("all \(files.count) goldens match")
                return
            }
            for d in differences { print(d) }
            print("\(differences.count) of \(files.count) goldens differ; `coursecheck regenerate` rewrites them")
            throw ExitCode(1)
        }
        let changed = Set(differences.map(\.path))
        try Goldens.write(files.filter { changed.contains($0.path) }, root: root)
        for d in differences { print(d.message == nil ? "wrote \(d.path) (new)" : "wrote \(d.path)") }
        print(differences.isEmpty ? "all \(files.count) goldens were up to date" : "\(differences.count) of \(files.count) goldens rewritten")
    }
}
