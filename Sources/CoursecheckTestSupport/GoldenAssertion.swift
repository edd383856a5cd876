import CoursecheckAssignment
import CoursecheckGoldens
import Foundation

/// Compares freshly computed goldens with the stored ones, recording only as
/// `COURSECHECK_RECORD` asks (never on CI).
public enum GoldenAssertion {
    /// nil when every golden matches (or was recorded as asked); otherwise a
    /// message with each diff and the command that regenerates.
    public static func check(root: URL = PackagePaths.root,
                             environment: [String: String] = ProcessInfo.processInfo.environment) throws -> String? {
        let files = try Goldens.compute(root: root)
        let differences = Goldens.differences(files, root: root)
        let mode = RecordMode.current(environment)
        let differing = Set(differences.map(\.path))
        let missing = Set(differences.filter { $0.message == nil }.map(\.path))
        let recorded = files.filter { mode.records(exists: !missing.contains($0.path), differs: differing.contains($0.path)) }
        try Goldens.write(recorded, root: root)
        let left = differences.filter { d in !recorded.contains { $0.path == d.path } }
        guard !left.isEmpty else { return nil }
        return left.map(\.description).joined(separator: "\n")
            + "\nIf the change is intended, regenerate with `coursecheck regenerate` (or COURSECHECK_RECORD=failed swift test) and review the diff."
    }

    /// Copies the project's fixtures/ and reports/ and the generated
    /// built-in assignment into a new temporary folder, for tests that change
    /// them.
    public static func copyProject() throws -> URL {
        let folder = try PackagePaths.temporaryFolder()
        for name in ["fixtures", "reports", BuiltInAssignment.sourcePath] {
            let to = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: to.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: PackagePaths.root.appendingPathComponent(name), to: to)
        }
        return folder
    }
}
