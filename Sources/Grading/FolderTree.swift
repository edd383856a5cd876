import Foundation

/// A class folder, walked without ever following a symbolic link: every
/// file and folder is opened with `openat` from its parent's descriptor,
/// starting at the SUBMISSIONS descriptor, with `O_NOFOLLOW` on each
/// component, and identified by `fstat` on the descriptor it opened — so
/// nothing can be swapped for a link between a check and the open. A FIFO,
/// socket or device is opened with `O_NONBLOCK` (which cannot block) and
/// skipped; it is never read.
public final class FolderTree: SubmissionTree, @unchecked Sendable {
    public static let maximumDepth = 8

    public let root: Int32
    public private(set) var entries: [TreeEntry] = []
    public let problems: [String] = []
    /// A folder to leave out (the output folder, when it lies inside).
    let excluded: (dev: UInt64, ino: UInt64)?

    public init(url: URL, excluding excluded: URL? = nil) throws {
        root = open(url.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard root >= 0 else { throw TreeReadError(name: url.path, reason: String(cString: strerror(errno))) }
        var info = stat()
        if let excluded, stat(excluded.path, &info) == 0 {
            self.excluded = (UInt64(info.st_dev), UInt64(info.st_ino))
        } else {
            self.excluded = nil
        }
        walk(root, path: [], depth: 0)
    }

    public func listed() { entries = [] }

    deinit { close(root) }

    /// Opens `name` in the folder `parent` without following a link and
    /// without blocking, and says what it is.
    static func openEntry(_ parent: Int32, _ name: String) -> (fd: Int32, info: stat)? {
        let fd = openat(parent, name, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        var info = stat()
        guard fstat(fd, &info) == 0 else { close(fd); return nil }
        return (fd, info)
    }

    /// Why `name` could not be opened, in words: a link, a socket, …
    static func refusal(_ parent: Int32, _ name: String, errno code: Int32) -> String {
        var info = stat()
        if fstatat(parent, name, &info, AT_SYMLINK_NOFOLLOW) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFLNK: return "a symbolic link: not followed"
            case S_IFSOCK: return "a socket: not read"
            default: break
            }
        }
        return "cannot be opened: \(String(cString: strerror(code)))"
    }

    static func kind(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFIFO: "a FIFO (named pipe): not read"
        case S_IFSOCK: "a socket: not read"
        case S_IFCHR: "a character device: not read"
        case S_IFBLK: "a block device: not read"
        case S_IFLNK: "a symbolic link: not followed"
        default: nil
        }
    }

    private func walk(_ folder: Int32, path: [String], depth: Int) {
        let copy = dup(folder)
        guard copy >= 0, let stream = fdopendir(copy) else {
            if copy >= 0 { close(copy) }
            return
        }
        var names: [String] = []
        while let item = readdir(stream) {
            let name = withUnsafePointer(to: item.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." && !Junk.ignored(name) { names.append(name) }
        }
        closedir(stream)
        for name in names.sorted() {
            let here = path + [name]
            guard let (fd, info) = FolderTree.openEntry(folder, name) else {
                entries.append(TreeEntry(path: here, kind: .skipped(FolderTree.refusal(folder, name, errno: errno))))
                continue
            }
            defer { close(fd) }
            switch info.st_mode & S_IFMT {
            case S_IFREG:
                entries.append(TreeEntry(path: here, kind: .file(ref: 0, size: Int64(info.st_size))))
            case S_IFDIR:
                if let excluded, excluded.dev == UInt64(info.st_dev), excluded.ino == UInt64(info.st_ino) {
                    entries.append(TreeEntry(path: here, kind: .skipped("the output folder of this run: not read")))
                } else if faccessat(fd, GradeOutput.manifestName, F_OK, 0) == 0 {
                    entries.append(TreeEntry(path: here, kind: .skipped("an output folder of `coursecheck grade`: not read")))
                } else if depth + 1 >= FolderTree.maximumDepth {
                    entries.append(TreeEntry(path: here, kind: .skipped("more than \(FolderTree.maximumDepth) folders deep: not read")))
                } else {
                    entries.append(TreeEntry(path: here, kind: .directory))
                    walk(fd, path: here, depth: depth + 1)
                }
            default:
                entries.append(TreeEntry(path: here, kind: .skipped(FolderTree.kind(info.st_mode) ?? "not a file or folder: not read")))
            }
        }
    }

    /// Opens the file again, component by component from the SUBMISSIONS
    /// descriptor, each with `O_NOFOLLOW`; reads it only if it is (still) a
    /// regular file; the size is that of what was opened.
    public func read(_ entry: TreeEntry, limit: Int) throws -> (data: Data, size: Int) {
        var folder = root
        var opened: [Int32] = []
        defer { opened.forEach { close($0) } }
        for name in entry.path.dropLast() {
            let fd = openat(folder, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard fd >= 0 else { throw TreeReadError(name: entry.name, reason: FolderTree.refusal(folder, name, errno: errno)) }
            opened.append(fd)
            folder = fd
        }
        guard let last = entry.path.last, let (fd, info) = FolderTree.openEntry(folder, last) else {
            throw TreeReadError(name: entry.name, reason: FolderTree.refusal(folder, entry.path.last ?? "", errno: errno))
        }
        defer { close(fd) }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw TreeReadError(name: entry.name, reason: FolderTree.kind(info.st_mode) ?? "not a regular file: not read")
        }
        var data = Data(count: min(limit, Int(info.st_size) + 1))
        var count = 0
        while count < data.count {
            let n = data.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + count, $0.count - count, off_t(count)) }
            if n < 0 && errno == EINTR { continue }
            guard n >= 0 else { throw TreeReadError(name: entry.name, reason: String(cString: strerror(errno))) }
            if n == 0 { break }
            count += n
        }
        data.count = count
        return (data, max(Int(info.st_size), count))
    }
}
