import Foundation

/// The outcome of running the `coursecheck` binary.
public struct CommandRun: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String

    /// Runs `coursecheck ARGS` in `directory` (the package root by default),
    /// capturing both streams through files so that neither pipe can fill.
    public static func coursecheck(_ arguments: [String], in directory: URL = PackagePaths.root,
                                   standardOutput: FileHandle? = nil, environment: [String: String]? = nil) throws -> CommandRun {
        try run(PackagePaths.binary, arguments, in: directory, standardOutput: standardOutput, environment: environment)
    }

    /// Runs `coursecheck ARGS` as the unprivileged user nobody when the tests
    /// run as root (through setpriv), since root reads and writes regardless
    /// of permission bits; as the current user otherwise.
    public static func coursecheckUnprivileged(_ arguments: [String], in directory: URL = PackagePaths.root) throws -> CommandRun {
        guard geteuid() == 0 else { return try coursecheck(arguments, in: directory) }
        return try run(URL(fileURLWithPath: "/usr/bin/setpriv"),
                       ["--reuid=65534", "--regid=65534", "--clear-groups", try publicBinary().path] + arguments, in: directory)
    }

    /// A copy of the binary in a world-readable temporary folder: the build
    /// folder may sit below one that only root may enter (`mktemp -d` makes
    /// them 0700), and nobody must be able to run it.
    private static func publicBinary() throws -> URL {
        let folder = try PackagePaths.temporaryFolder()
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
        let copy = folder.appendingPathComponent("coursecheck")
        try FileManager.default.copyItem(at: PackagePaths.binary, to: copy)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: copy.path)
        return copy
    }

    /// Runs an executable, capturing both streams; `standardOutput`, when
    /// given, replaces the captured standard output (then `stdout` is "");
    /// `environment`, when given, replaces the inherited one.
    public static func run(_ executable: URL, _ arguments: [String], in directory: URL,
                           standardOutput: FileHandle? = nil, environment: [String: String]? = nil) throws -> CommandRun {
        let scratch = try PackagePaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appendingPathComponent("stdout")
        let err = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let environment { process.environment = environment }
        process.currentDirectoryURL = directory
        process.standardOutput = try standardOutput ?? FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return CommandRun(
            status: process.terminationStatus,
            stdout: try String(contentsOf: out, encoding: .utf8),
            stderr: try String(contentsOf: err, encoding: .utf8))
    }
}
