import CoursecheckTestSupport
import Foundation
import Testing

/// Every command, and `--output`, when what receives the result is not an
/// ordinary file: a full disk, a device, a link, a FIFO, a folder.
@Suite("Output faults: no crash on a full disk, never replace a device or a link")
struct OutputFaultTests {
    /// Each command with arguments that make it quick.
    static let commands: [[String]] = [
        ["verify", "fixtures/answers/submitted.md"],
        ["verify", "fixtures/answers/submitted.md", "--format", "json"],
        ["models"],
        ["gradcheck"],
        ["bench", "--model", "rnn", "--batch", "2", "--steps", "2", "--repeats", "1"],
        ["regenerate", "--check"],
    ]

    @Test("A full disk on standard output: exit 2 and one line on stderr, for every command", arguments: commands)
    func fullStandardOutput(arguments: [String]) throws {
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let run = try CommandRun.coursecheck(arguments, standardOutput: full)
        #expect(run.status == 2, "\(arguments): \(run.stderr)")
        #expect(run.stderr == "coursecheck: error: cannot write the report to standard output: no space left on device\n")
    }

    private func verify(into path: String) throws -> CommandRun {
        try CommandRun.coursecheck(["verify", "fixtures/answers/submitted.md", "--output", path])
    }

    private var report: String {
        get throws { try String(contentsOf: PackagePaths.root.appendingPathComponent("reports/answer-report.md"), encoding: .utf8) }
    }

    @Test("A symlink is followed: its target is written, the link stays")
    func symlink() throws {
        let folder = try PackagePaths.temporaryFolder()
        let target = folder.appendingPathComponent("reports/latest.md")
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("old\n".utf8).write(to: target)
        let link = folder.appendingPathComponent("report.md")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "reports/latest.md")
        let run = try verify(into: link.path)
        #expect(run.status == 1, "\(run.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "reports/latest.md")
        #expect(try String(contentsOf: target, encoding: .utf8) == (try report))
    }

    @Test("A link to a link to a file that does not exist yet: the file is made where the links lead")
    func danglingChain() throws {
        let folder = try PackagePaths.temporaryFolder()
        let (a, b) = (folder.appendingPathComponent("a.md"), folder.appendingPathComponent("b.md"))
        try FileManager.default.createSymbolicLink(atPath: a.path, withDestinationPath: "b.md")
        try FileManager.default.createSymbolicLink(atPath: b.path, withDestinationPath: folder.appendingPathComponent("c.md").path)
        #expect(try verify(into: a.path).status == 1)
        #expect(try String(contentsOf: folder.appendingPathComponent("c.md"), encoding: .utf8) == (try report))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: a.path) == "b.md")
    }

    @Test("A FIFO is written directly, never renamed over")
    func fifo() throws {
        let folder = try PackagePaths.temporaryFolder()
        let path = folder.appendingPathComponent("pipe").path
        #expect(mkfifo(path, 0o644) == 0)
        // The read end opened first (without waiting for a writer), so that
        // the command's open does not wait; the report (20 KB) fits in the
        // pipe's buffer, so its write does not either.
        let fd = open(path, O_RDONLY | O_NONBLOCK)
        try #require(fd >= 0)
        defer { close(fd) }
        let run = try verify(into: path)
        #expect(run.status == 1, "\(run.stderr)")
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = read(fd, &chunk, chunk.count)
            guard n > 0 else { break }
            bytes += chunk[0..<n]
        }
        #expect(String(decoding: bytes, as: UTF8.self) == (try report))
        var info = stat()
        #expect(lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
    }

    @Test("A character device is written directly: a null device swallows, a full one reports the full disk",
          .enabled(if: geteuid() == 0, "making device nodes needs root"))
    func devices() throws {
        let folder = try PackagePaths.temporaryFolder()
        let null = folder.appendingPathComponent("null").path, full = folder.appendingPathComponent("full").path
        // Nodes of their own in a temporary folder (1,3 and 1,7 as /dev/null and /dev/full).
        #expect(mknod(null, S_IFCHR | 0o666, device(1, 3)) == 0)
        #expect(mknod(full, S_IFCHR | 0o666, device(1, 7)) == 0)
        #expect(try verify(into: null).status == 1)
        let run = try verify(into: full)
        #expect(run.status == 2)
        #expect(run.stderr.contains("full: cannot write: no space left on device"), "\(run.stderr)")
        for path in [null, full] {
            var info = stat()
            #expect(lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFCHR, "\(path) is no longer a device")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["full", "null"])
    }

    @Test("A folder is refused with exit 2 and left as it was")
    func folder() throws {
        let folder = try PackagePaths.temporaryFolder()
        let run = try verify(into: folder.path)
        #expect(run.status == 2)
        #expect(run.stderr.contains("cannot write: it is a folder"), "\(run.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test("A replaced file keeps its permissions")
    func permissions() throws {
        let folder = try PackagePaths.temporaryFolder()
        let path = folder.appendingPathComponent("report.md").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data("old".utf8), attributes: [.posixPermissions: 0o600]))
        #expect(try verify(into: path).status == 1)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }
}

/// glibc's makedev (a macro Swift does not import) for small numbers.
private func device(_ major: UInt, _ minor: UInt) -> dev_t {
    dev_t(minor & 0xff | (major & 0xfff) << 8)
}
