import CoursecheckReporting
import Foundation

extension Goldens {
    /// The goldens under `root` that differ from `files` or do not exist.
    public static func differences(_ files: [GoldenFile], root: URL) -> [GoldenDifference] {
        files.compactMap { file in
            let url = root.appendingPathComponent(file.path)
            guard let stored = try? String(contentsOf: url, encoding: .utf8) else {
                return GoldenDifference(path: file.path, message: nil)
            }
            return file.diffing.diff(stored, file.text).map { GoldenDifference(path: file.path, message: $0) }
        }
    }

    /// Writes the given files under `root`, each atomically (temporary file,
    /// then rename), so that an interruption leaves every golden either old
    /// or new.
    public static func write(_ files: [GoldenFile], root: URL) throws {
        try write(files, root: root, beforeEach: { _ in })
    }

    /// `write`, with a hook run before each file: tests inject a failure
    /// between two writes.
    @_spi(Testing)
    public static func write(_ files: [GoldenFile], root: URL, beforeEach: (GoldenFile) throws -> Void) throws {
        for file in files {
            let url = root.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            OutputFile.removeAbandonedTemporaries(of: url.path)
            try beforeEach(file)
            try OutputFile.write(file.text, to: url.path)
        }
    }
}
