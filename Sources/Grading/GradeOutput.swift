import Foundation

/// The output folder of a `grade` run. What a run writes is listed in a
/// manifest (`.coursecheck-manifest`, a relative path a line): the next run
/// into the folder removes what the last one wrote and this one did not (a
/// stale `regrade.csv` or `moodle.csv`, a student no longer in the class),
/// and never anything else — a TA's notes in `students/` stay. In a folder
/// with no manifest nothing is removed, and the run says so. Every file is
/// written whole or not at all, in folders opened one component at a time
/// without following a link, so a link planted in the output folder cannot
/// send a file elsewhere.
///
/// A run commits in two phases: every file is written under a partial name
/// beside its own (`.grades.csv.partial`) and stays there until `finish()`,
/// which renames them all into place and only then writes the manifest and
/// removes the stale files. A run that fails before `finish()` removes only
/// its partial files and the folders it made, so the previous run's files
/// are left byte for byte (a full disk in the middle of a re-run loses
/// nothing).
final class GradeOutput: @unchecked Sendable {
    static let manifestName = ".coursecheck-manifest"
    static let manifestHeader = "# written by coursecheck grade; files listed here are replaced or removed by the next run"

    let folder: URL
    let root: Int32
    let created: Bool
    /// The outermost folder this run made (the output folder or an ancestor).
    let madeFrom: URL?
    /// What the previous run wrote (its manifest), or nil without one.
    let previous: [String]?
    /// A relative path whose writing fails (tests: a full disk, injected).
    let failing: String?
    private let lock = NSLock()
    /// Every file this run began (its manifest, once committed).
    private var written: Set<String> = []
    /// Files written whole under their partial names, waiting for `finish()`.
    private var complete: Set<String> = []
    /// Folders below the output folder this run made, to remove on failure.
    private var made: [String] = []

    init(_ folder: URL, failing: String? = nil) throws {
        self.folder = folder
        self.failing = failing
        var isDirectory: ObjCBool = false
        let existed = FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory)
        if existed && !isDirectory.boolValue { throw GradeError(message: "\(folder.path): the output folder is a file") }
        var first: URL?
        var probe = folder.standardizedFileURL
        while !FileManager.default.fileExists(atPath: probe.path), probe.path != "/" {
            first = probe
            probe.deleteLastPathComponent()
        }
        madeFrom = first
        if !existed {
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw GradeError(message: "\(folder.path): cannot create the output folder")
            }
        }
        created = !existed
        root = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard root >= 0, access(folder.path, W_OK) == 0 else {
            if root >= 0 { close(root) }
            if !existed { GradeOutput.removeEmpty(folder, upTo: first) }
            throw GradeError(message: "\(folder.path): the output folder is not writable")
        }
        if let data = FileManager.default.contents(atPath: folder.appendingPathComponent(GradeOutput.manifestName).path) {
            previous = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
                .filter { !$0.hasPrefix("#") && GradeOutput.isSafe($0) }
        } else {
            previous = nil
        }
    }

    deinit {
        close(root)
        folders.values.forEach { close($0) }
    }

    /// A relative path of ours: no `..`, not absolute, no empty component.
    static func isSafe(_ relative: String) -> Bool {
        let parts = relative.split(separator: "/", omittingEmptySubsequences: false)
        return !relative.hasPrefix("/") && !parts.isEmpty && !parts.contains { $0.isEmpty || $0 == "." || $0 == ".." }
    }

    /// Folders opened once and kept (`students`, `gradescope`): most files
    /// go there.
    private var folders: [String: Int32] = [:]

    /// Opens (making them as needed) the folders of `components` below the
    /// output folder, never following a link; the caller closes the result.
    private func folderDescriptor(_ components: ArraySlice<Substring>, create: Bool) throws -> Int32 {
        var fd = dup(root)
        var start = components.startIndex
        if create, let first = components.first {
            let shared = try sharedFolder(String(first))
            close(fd)
            fd = dup(shared)
            start += 1
        }
        for (k, name) in components[start...].enumerated() {
            let next: Int32
            do {
                next = try openFolder(fd, String(name), create: create,
                                      relative: components.prefix(start - components.startIndex + k + 1).joined(separator: "/"))
            } catch {
                close(fd)
                throw error
            }
            close(fd)
            fd = next
        }
        return fd
    }

    /// A top-level folder, opened (and made) once.
    private func sharedFolder(_ name: String) throws -> Int32 {
        try lock.withLock {
            if let fd = folders[name] { return fd }
            let fd = try openFolder(root, name, create: true, relative: name, locked: true)
            folders[name] = fd
            return fd
        }
    }

    private func openFolder(_ parent: Int32, _ name: String, create: Bool, relative: String, locked: Bool = false) throws -> Int32 {
        var fd = openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        if fd < 0, create, errno == ENOENT {
            if mkdirat(parent, name, 0o755) == 0 {
                if locked { made.append(relative) } else { lock.withLock { made.append(relative) } }
            }
            fd = openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        }
        guard fd >= 0 else {
            // (errno read first: building the path may reset it.)
            let reason = String(cString: strerror(errno))
            throw GradeError(message: "\(folder.appendingPathComponent(relative).path): cannot use it as a folder of the output (\(reason))")
        }
        return fd
    }

    /// Writes `text` to `relative` whole, under its partial name until
    /// `finish()`.
    func write(_ text: String, to relative: String) throws {
        let file = try begin(relative)
        defer { file.close() }
        try file.write(text)
        try file.finish()
    }

    /// A file written as it is produced (a class's rows are not all held in
    /// memory), kept under its partial name until `finish()` renames it.
    func begin(_ relative: String) throws -> OutputStreamFile {
        let parts = relative.split(separator: "/")
        let dir = try folderDescriptor(parts.dropLast(), create: true)
        let name = String(parts.last!)
        let partial = ".\(name).partial"
        var fd = openat(dir, partial, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        if fd < 0 && errno == EEXIST {
            // Left by a run that was killed.
            unlinkat(dir, partial, 0)
            fd = openat(dir, partial, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        }
        guard fd >= 0 else {
            let code = errno
            close(dir)
            throw GradeError(message: "\(folder.appendingPathComponent(relative).path): cannot write it (\(String(cString: strerror(code))))")
        }
        lock.withLock { _ = written.insert(relative) }
        return OutputStreamFile(directory: dir, fd: fd, partial: partial, name: name, path: folder.appendingPathComponent(relative).path,
                                failing: relative == failing) { [weak self] in
            guard let self else { return }
            self.lock.withLock { _ = self.complete.insert(relative) }
        }
    }

    /// Renames every file of the run into place, writes the manifest, then
    /// removes what the previous run wrote and this one did not. Returns
    /// what to tell the person who ran it.
    func finish() throws -> [String] {
        let (files, done) = lock.withLock { (written.sorted(), complete) }
        if let open = files.first(where: { !done.contains($0) }) {
            throw GradeError(message: "\(folder.appendingPathComponent(open).path): cannot write it (not finished)")
        }
        for relative in files {
            let parts = relative.split(separator: "/")
            let dir = try folderDescriptor(parts.dropLast(), create: false)
            let name = String(parts.last!)
            let moved = renameat(dir, ".\(name).partial", dir, name) == 0
            let code = errno
            close(dir)
            guard moved else {
                throw GradeError(message: "\(folder.appendingPathComponent(relative).path): cannot write it (\(String(cString: strerror(code))))")
            }
        }
        let manifest = try begin(GradeOutput.manifestName)
        defer { manifest.close() }
        try manifest.write(([GradeOutput.manifestHeader] + files).joined(separator: "\n") + "\n")
        try manifest.finish()
        guard renameat(manifest.directory, manifest.partial, manifest.directory, manifest.name) == 0 else {
            throw GradeError(message: "\(manifest.path): cannot write it (\(String(cString: strerror(errno))))")
        }
        guard let previous else {
            return created ? [] : ["\(folder.path) had no manifest of an earlier run: nothing in it was removed, and files this run did not write may remain"]
        }
        let stale = Set(previous).subtracting(files).subtracting([GradeOutput.manifestName]).sorted()
        var removed: [String] = []
        for relative in stale {
            let parts = relative.split(separator: "/")
            guard let dir = try? folderDescriptor(parts.dropLast(), create: false) else { continue }
            if unlinkat(dir, String(parts.last!), 0) == 0 { removed.append(relative) }
            close(dir)
            // Folders left empty (a student no longer in the class).
            for depth in stride(from: parts.count - 1, to: 0, by: -1) {
                guard let parent = try? folderDescriptor(parts.prefix(depth - 1), create: false) else { break }
                let emptied = unlinkat(parent, String(parts[depth - 1]), AT_REMOVEDIR) == 0
                close(parent)
                if !emptied { break }
            }
        }
        guard !removed.isEmpty else { return [] }
        let shown = removed.prefix(5).joined(separator: ", ") + (removed.count > 5 ? ", …" : "")
        return ["removed \(removed.count) file\(removed.count == 1 ? "" : "s") the previous run wrote and this one did not: \(shown)"]
    }

    /// After a failure before `finish()`: removes this run's partial files
    /// (never a file in place: those are the previous run's), the folders
    /// this run made if left empty, and the output folder if this run made it.
    func abandon() {
        let (files, folders) = lock.withLock { (written.sorted(by: >), made) }
        for relative in files {
            let parts = relative.split(separator: "/")
            if let dir = try? folderDescriptor(parts.dropLast(), create: false) {
                unlinkat(dir, ".\(parts.last!).partial", 0)
                close(dir)
            }
        }
        for relative in folders.sorted(by: { $0.count > $1.count }) {
            let parts = relative.split(separator: "/")
            if let parent = try? folderDescriptor(parts.dropLast(), create: false) {
                unlinkat(parent, String(parts.last!), AT_REMOVEDIR)
                close(parent)
            }
        }
        guard created else { return }
        // Folders this run made, deepest first, if empty.
        if let walker = FileManager.default.enumerator(atPath: folder.path) {
            let folders = walker.compactMap { $0 as? String }.sorted { $0.count > $1.count }
            for relative in folders { rmdir(folder.appendingPathComponent(relative).path) }
        }
        GradeOutput.removeEmpty(folder, upTo: madeFrom)
    }

    /// Removes `folder` and its ancestors up to `top`, each only if empty.
    static func removeEmpty(_ folder: URL, upTo top: URL?) {
        guard let top else { return }
        var current = folder.standardizedFileURL
        while rmdir(current.path) == 0, current.path != top.path, current.path.hasPrefix(top.path) {
            current.deleteLastPathComponent()
        }
    }
}

/// One output file being written.
final class OutputStreamFile {
    let directory: Int32
    let fd: Int32
    let partial: String
    let name: String
    let path: String
    /// Writing it fails (tests: a full disk, injected).
    let failing: Bool
    /// Told when the file is written whole.
    let completed: () -> Void
    private var closed = false
    private var buffer: [UInt8] = []

    init(directory: Int32, fd: Int32, partial: String, name: String, path: String, failing: Bool = false,
         completed: @escaping () -> Void = {}) {
        self.directory = directory
        self.fd = fd
        self.partial = partial
        self.name = name
        self.path = path
        self.failing = failing
        self.completed = completed
    }

    func write(_ text: String) throws {
        if failing { throw GradeError(message: "\(path): cannot write it (\(String(cString: strerror(ENOSPC))))") }
        if text.utf8.count >= 1 << 14 {
            // A whole file at once: written from the string's own bytes.
            try flush()
            var text = text
            try text.withUTF8 { try writeAll($0) }
            return
        }
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { try flush() }
    }

    private func flush() throws {
        try buffer.withUnsafeBufferPointer { try writeAll($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    private func writeAll(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        var offset = 0
        while offset < bytes.count {
            let n = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { throw GradeError(message: "\(path): cannot write it (\(String(cString: strerror(errno))))") }
            offset += n
        }
    }

    /// Flushes the file: it is whole under its partial name, and
    /// `GradeOutput.finish()` renames it into place.
    func finish() throws {
        try flush()
        completed()
    }

    func close() {
        guard !closed else { return }
        closed = true
        Glibc.close(fd)
        Glibc.close(directory)
    }

    deinit { close() }
}
