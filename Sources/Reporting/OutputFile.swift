import Foundation

/// Writing an output file without ever losing or replacing what should not
/// be replaced. What is at the path decides how:
/// - nothing, or a regular file: written atomically, to a temporary file in
///   the same folder (flushed to disk), then renamed over the path, so that an
///   interrupted run leaves either the old file whole or the new one, never a
///   torn one; a replaced file keeps its permissions;
/// - a symbolic link: followed (links to links too), and its final target
///   written by these rules; the link stays;
/// - a FIFO, a character or block device, a socket: written directly, never
///   renamed over (`--output /dev/stdout` prints, `/dev/full` reports a full
///   disk);
/// - a folder: refused.
public enum OutputFile {
    public struct WriteError: LocalizedError, Sendable {
        public var path: String
        public var reason: String
        public var errorDescription: String? { "\(path): cannot write: \(reason)" }

        public init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }
    }

    public static func write(_ text: String, to path: String) throws {
        let target = try resolve(path)
        var info = stat()
        if lstat(target, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFREG: try replace(target, with: text, as: path, mode: info.st_mode & 0o7777)
            case S_IFDIR: throw WriteError(path: path, reason: "it is a folder")
            default: try writeDirectly(text, to: target, as: path)
            }
        } else if errno == ENOENT {
            try replace(target, with: text, as: path, mode: nil)
        } else {
            throw WriteError(path: path, reason: reason(errno))
        }
    }

    /// Writes a new file in a folder this run has just made (a class's
    /// per-student files): created exclusively, written whole, not flushed
    /// one by one (the folder is new, so no earlier file can be lost; the
    /// run's own summary files are written with `write`).
    public static func writeNew(_ text: String, to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw WriteError(path: path, reason: reason(errno)) }
        defer { close(fd) }
        try writeAll(Array(text.utf8), to: fd, as: path)
    }

    /// The path with every symbolic link along its last component followed
    /// (at most 40, as the kernel allows).
    static func resolve(_ path: String) throws -> String {
        var current = path
        for _ in 0..<40 {
            var info = stat()
            guard lstat(current, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(current, &buffer, buffer.count - 1)
            guard count >= 0 else { throw WriteError(path: path, reason: reason(errno)) }
            let link = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = link.hasPrefix("/") ? link
                : URL(fileURLWithPath: current).deletingLastPathComponent().appendingPathComponent(link).path
        }
        throw WriteError(path: path, reason: "too many levels of symbolic links")
    }

    /// A temporary file beside `target`, flushed, then renamed over it.
    private static func replace(_ target: String, with text: String, as path: String, mode: mode_t?) throws {
        let url = URL(fileURLWithPath: target)
        let folder = url.deletingLastPathComponent()
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw WriteError(path: path, reason: "the folder \(folder.path) does not exist")
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp").path
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode ?? 0o644)
        guard fd >= 0 else {
            throw WriteError(path: path, reason: errno == EACCES ? "the folder is not writable" : reason(errno))
        }
        do {
            defer { close(fd) }
            if let mode { fchmod(fd, mode) }
            try writeAll(Array(text.utf8), to: fd, as: path)
            guard fsync(fd) == 0 else { throw WriteError(path: path, reason: reason(errno)) }
        } catch {
            unlink(temporary)
            throw error
        }
        guard rename(temporary, target) == 0 else {
            let failure = reason(errno)
            unlink(temporary)
            throw WriteError(path: path, reason: failure)
        }
    }

    /// Writes to an open descriptor (standard output is 1); a failure names
    /// the reason as `strerror` gives it, and `path` as the place.
    public static func write(_ text: String, toDescriptor fd: Int32, as path: String) throws {
        try writeAll(Array(text.utf8), to: fd, as: path)
    }

    /// Opens what is at `target` for writing, as it is, and writes.
    private static func writeDirectly(_ text: String, to target: String, as path: String) throws {
        let fd = open(target, O_WRONLY | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else { throw WriteError(path: path, reason: reason(errno)) }
        defer { close(fd) }
        try writeAll(Array(text.utf8), to: fd, as: path)
    }

    private static func writeAll(_ bytes: [UInt8], to fd: Int32, as path: String) throws {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw WriteError(path: path, reason: reason(errno))
            }
            offset += written
        }
    }

    /// Removes the temporary files that `write` left beside `path` in runs
    /// that were killed before they could rename or remove them: those named
    /// for `path` whose process no longer exists.
    public static func removeAbandonedTemporaries(of path: String) {
        let url = URL(fileURLWithPath: path)
        let prefix = ".\(url.lastPathComponent)."
        let folder = url.deletingLastPathComponent()
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
            let fields = name.dropFirst(prefix.count).dropLast(".tmp".count).split(separator: ".")
            guard fields.count == 2, let pid = Int32(fields[0]), pid != getpid(),
                  kill(pid, 0) != 0, errno == ESRCH else { continue }
            unlink(folder.appendingPathComponent(name).path)
        }
    }

    /// strerror's text, starting lower-case: "no space left on device".
    static func reason(_ code: Int32) -> String {
        let text = String(cString: strerror(code))
        return text.prefix(1).lowercased() + text.dropFirst()
    }
}
