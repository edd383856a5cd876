import Foundation

/// Where the package and its built products are, for tests.
public enum PackagePaths {
    /// The package root: the folder holding Package.swift.
    public static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        fatalError("Package.swift not found above \(#filePath)")
    }()

    public static var fixtures: URL { root.appendingPathComponent("fixtures") }
    public static var submittedSheet: URL { fixtures.appendingPathComponent("answers/submitted.md") }
    public static var assignment: URL { fixtures.appendingPathComponent("assignment.json") }

    /// The `coursecheck` binary built beside the running test bundle.
    public static let binary: URL = {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent(),
            Bundle.main.bundleURL,
            root.appendingPathComponent(".build/debug"),
        ]
        for folder in candidates {
            let url = folder.appendingPathComponent("coursecheck")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        fatalError("coursecheck binary not found near \(candidates.map(\.path))")
    }()

    /// A new empty temporary folder, that every user may enter (tests run
    /// some commands as nobody).
    public static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("coursecheck-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o755])
        return url
    }
}
