import Foundation

/// An LMS download as a zip, read entry by entry from its central directory
/// (whose records are plain: signature, sizes, offsets, names), so that one
/// entry that cannot be read — encrypted, a damaged local header, a
/// compression method other than stored or deflate — is reported with its
/// name and reason while every other entry is graded. Nothing is extracted
/// to disk: a file is inflated (zlib, `ZipArchive+Inflate.swift`) when its
/// student is graded, at most as many bytes as a sheet may have.
///
/// Names: `\` is a separator (Windows zips), then a name that leaves its
/// folder (`..`, absolute, a drive) is skipped and reported; a Unix
/// symbolic link is skipped; two entries with the same name are both kept,
/// and noted for a grader. Limits of our own, since a header may lie: at most
/// `maximumEntries` entries and `maximumBytes` inflated in all.
public final class ZipArchive: SubmissionTree, @unchecked Sendable {
    public static let maximumEntries = 20_000
    public static let maximumBytes: Int64 = 512 * 1024 * 1024
    /// Largest central directory read (20 000 records of long names fit).
    static let maximumDirectory = 64 * 1024 * 1024

    /// What the central directory says of one entry.
    struct Record: Sendable {
        var name: String
        var flags: UInt16
        var method: UInt16
        var crc: UInt32
        var compressedSize: Int64
        var size: Int64
        var localOffset: Int64
    }

    public let path: String
    let fd: Int32
    let fileSize: Int64
    var records: [Record] = []
    public private(set) var entries: [TreeEntry] = []
    public private(set) var problems: [String] = []
    let maximumBytes: Int64
    /// Bytes inflated so far, across threads.
    let budget: Budget

    final class Budget: @unchecked Sendable {
        let lock = NSLock()
        var used: Int64 = 0
        var exhausted = false
    }

    public struct Unreadable: LocalizedError, Sendable {
        public var path: String
        public var reason: String
        public var errorDescription: String? { "\(path): cannot read the zip file: \(reason)" }
    }

    public init(url: URL, maximumEntries: Int = ZipArchive.maximumEntries, maximumBytes: Int64 = ZipArchive.maximumBytes) throws {
        path = url.path
        self.maximumBytes = maximumBytes
        budget = Budget()
        fd = open(url.path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw Unreadable(path: url.path, reason: String(cString: strerror(errno))) }
        var info = stat()
        fstat(fd, &info)
        fileSize = Int64(info.st_size)
        // Every stored property is set: when this throws, deinit runs and
        // closes the descriptor (closing it here too closed it twice, and
        // with threads a second close can hit another file's descriptor).
        try readDirectory(maximumEntries: maximumEntries)
    }

    public func listed() { entries = [] }

    deinit { close(fd) }

    /// `count` bytes at `offset` (fewer at the end of the file).
    func bytes(at offset: Int64, count: Int) -> Data {
        guard offset >= 0, count > 0, offset < fileSize else { return Data() }
        var data = Data(count: min(count, Int(fileSize - offset)))
        var done = 0
        while done < data.count {
            let n = data.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + done, $0.count - done, off_t(offset) + off_t(done)) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            done += n
        }
        data.count = done
        return data
    }

    /// The end of central directory record (ZIP64's when present): where
    /// the central directory is, and how many records it has. Every value
    /// is checked before it is used: a ZIP64 value of 2⁶³ or more, or an
    /// offset and size whose sum overflows, makes the archive unreadable
    /// (one line), never a trap. A damaged ZIP64 record is passed over when
    /// the classic record holds its own values (none at its maximum), and
    /// noted.
    private func locateDirectory() throws -> (offset: Int64, size: Int64, count: Int64) {
        let tailSize = Int(min(fileSize, 22 + 65_535 + 20))
        let tail = [UInt8](bytes(at: fileSize - Int64(tailSize), count: tailSize))
        guard tail.count >= 22 else { throw Unreadable(path: path, reason: "not a zip archive") }
        var k = tail.count - 22
        while k >= 0 {
            if tail.u32(k) == 0x0605_4b50 { break }
            k -= 1
        }
        guard k >= 0 else { throw Unreadable(path: path, reason: "not a zip archive (no end of central directory)") }
        let classic = (count: tail.u16(k + 10), size: tail.u32(k + 12), offset: tail.u32(k + 16))
        var count = Int64(classic.count), size = Int64(classic.size), offset = Int64(classic.offset)
        // ZIP64: a locator just before the record points at the real one.
        if k >= 20, tail.u32(k - 20) == 0x0706_4b50 {
            let saturated = classic.count == 0xFFFF || classic.size == 0xFFFF_FFFF || classic.offset == 0xFFFF_FFFF
            var zip64: (count: Int64, size: Int64, offset: Int64)?
            if let at = Int64(exactly: tail.u64(k - 20 + 8)) {
                let record = [UInt8](bytes(at: at, count: 56))
                if record.count == 56, record.u32(0) == 0x0606_4b50,
                   let c = Int64(exactly: record.u64(32)), let s = Int64(exactly: record.u64(40)), let o = Int64(exactly: record.u64(48)) {
                    zip64 = (c, s, o)
                }
            }
            if let zip64 {
                (count, size, offset) = zip64
            } else if saturated {
                throw Unreadable(path: path, reason: "damaged ZIP64 end of central directory")
            } else {
                problems.append("\(name): a damaged ZIP64 end of central directory; the classic one was read")
            }
        }
        let (end, overflow) = offset.addingReportingOverflow(size)
        guard offset >= 0, size >= 0, !overflow, end <= fileSize else {
            throw Unreadable(path: path, reason: "the central directory lies outside the file")
        }
        return (offset, size, count)
    }

    private func readDirectory(maximumEntries: Int) throws {
        let (offset, size, count) = try locateDirectory()
        guard size <= ZipArchive.maximumDirectory else {
            throw Unreadable(path: path, reason: "a central directory of \(size) bytes, more than the limit of \(ZipArchive.maximumDirectory)")
        }
        let directory = [UInt8](bytes(at: offset, count: Int(size)))
        var at = 0
        var seen: [[String]: Int] = [:]
        var listed = 0
        while at + 46 <= directory.count, directory.u32(at) == 0x0201_4b50 {
            if listed == maximumEntries {
                problems.append("\(name): more than \(maximumEntries) entries; the rest was not read")
                break
            }
            listed += 1
            let madeBy = directory.u16(at + 4), flags = directory.u16(at + 8), method = directory.u16(at + 10)
            let crc = directory.u32(at + 16)
            var compressed = Int64(directory.u32(at + 20)), uncompressed = Int64(directory.u32(at + 24))
            let nameLength = Int(directory.u16(at + 28)), extraLength = Int(directory.u16(at + 30)), commentLength = Int(directory.u16(at + 32))
            let external = directory.u32(at + 38)
            var local = Int64(directory.u32(at + 42))
            let nameStart = at + 46, extraStart = nameStart + nameLength, next = extraStart + extraLength + commentLength
            guard next <= directory.count else { problems.append("\(name): the central directory is cut short"); break }
            let rawName = Array(directory[nameStart..<extraStart])
            // ZIP64 sizes and offset, in that order, for each field at its
            // maximum; every read bounded by the field and by the record's
            // extra area, every value below 2⁶³.
            var damage: String?
            var extra = extraStart
            let extraEnd = extraStart + extraLength
            while extra + 4 <= extraEnd {
                let id = directory.u16(extra), length = Int(directory.u16(extra + 2))
                if id == 0x0001 {
                    var field = extra + 4
                    let fieldEnd = min(extra + 4 + length, extraEnd)
                    func take(_ value: inout Int64) {
                        guard value == 0xFFFF_FFFF, damage == nil else { return }
                        guard field + 8 <= fieldEnd else { damage = "its ZIP64 extra field is cut short"; return }
                        defer { field += 8 }
                        guard let wide = Int64(exactly: directory.u64(field)) else { damage = "a ZIP64 size or offset of 2⁶³ or more"; return }
                        value = wide
                    }
                    take(&uncompressed)
                    take(&compressed)
                    take(&local)
                }
                extra += 4 + length
            }
            if damage == nil, [uncompressed, compressed, local].contains(0xFFFF_FFFF),
               !hasZip64Field(directory, from: extraStart, to: extraEnd) {
                // At its maximum with no ZIP64 field to give the value.
                damage = "its ZIP64 extra field is missing"
            }
            at = next
            let text = ZipArchive.decodeName(rawName, utf8: flags & 0x0800 != 0)
            let record = Record(name: text, flags: flags, method: method, crc: crc, compressedSize: compressed,
                                size: uncompressed, localOffset: local)
            let ref = records.count
            records.append(record)
            guard let components = ZipArchive.components(text) else {
                entries.append(TreeEntry(path: [text], kind: .skipped("its path leaves the folder: not read")))
                continue
            }
            if components.isEmpty || components.contains(where: Junk.ignored) { continue }
            let isDirectory = text.hasSuffix("/") || text.hasSuffix("\\")
            if isDirectory {
                entries.append(TreeEntry(path: components, kind: .directory))
                continue
            }
            let unixMode = madeBy >> 8 == 3 ? (external >> 16) & 0o170000 : 0
            var entry: TreeEntry
            if let damage {
                entry = TreeEntry(path: components, kind: .skipped("damaged zip entry (\(damage))"))
            } else if unixMode == 0o120000 {
                entry = TreeEntry(path: components, kind: .skipped("a symbolic link: not followed"))
            } else if flags & 0x0001 != 0 {
                entry = TreeEntry(path: components, kind: .skipped("encrypted: cannot be read"))
            } else if method != 0 && method != 8 {
                entry = TreeEntry(path: components, kind: .skipped("compression method \(method) is not supported (only stored and deflate)"))
            } else {
                entry = TreeEntry(path: components, kind: .file(ref: ref, size: uncompressed))
            }
            let copies = (seen[components] ?? 0) + 1
            seen[components] = copies
            if copies > 1 {
                entry.note = "the zip holds \(copies) entries named \(components.joined(separator: "/")): each is kept"
            }
            entries.append(entry)
        }
        if listed < count && listed < maximumEntries && problems.isEmpty {
            problems.append("\(name): the central directory lists \(count) entries but holds \(listed)")
        }
        // Parents before children, siblings by name (zips list in any order);
        // equal names keep their order in the zip.
        entries = entries.enumerated().sorted { a, b in
            a.element.path != b.element.path ? a.element.path.lexicographicallyPrecedes(b.element.path) : a.offset < b.offset
        }.map(\.element)
        // Folders a zip implies without listing them.
        var folders = Set<[String]>()
        entries.removeAll { $0.kind == .directory && !folders.insert($0.path).inserted }
        var implied: [TreeEntry] = []
        for entry in entries {
            for n in 1..<max(1, entry.path.count) where folders.insert(Array(entry.path.prefix(n))).inserted {
                implied.append(TreeEntry(path: Array(entry.path.prefix(n)), kind: .directory))
            }
        }
        if !implied.isEmpty {
            entries = (entries + implied).enumerated().sorted { a, b in
                a.element.path != b.element.path ? a.element.path.lexicographicallyPrecedes(b.element.path) : a.offset < b.offset
            }.map(\.element)
        }
    }

    /// Whether the extra area `from..<to` holds a ZIP64 field (id 1).
    private func hasZip64Field(_ directory: [UInt8], from start: Int, to end: Int) -> Bool {
        var extra = start
        while extra + 4 <= end {
            if directory.u16(extra) == 0x0001 { return true }
            extra += 4 + Int(directory.u16(extra + 2))
        }
        return false
    }

    /// The zip's file name, for messages.
    var name: String { (path as NSString).lastPathComponent }

    /// An entry's path as folder components, `\` read as a separator; nil
    /// when it leaves its folder (`..`, absolute, a drive letter, NUL).
    static func components(_ name: String) -> [String]? {
        let unified = name.replacingOccurrences(of: "\\", with: "/")
        guard !unified.hasPrefix("/"), !unified.contains("\0") else { return nil }
        let parts = unified.split(separator: "/", omittingEmptySubsequences: true).map(String.init).filter { $0 != "." }
        if let first = parts.first, first.count == 2, first.hasSuffix(":") { return nil }
        guard !parts.contains("..") else { return nil }
        return parts
    }
}

extension Array where Element == UInt8 {
    func u16(_ k: Int) -> UInt16 { UInt16(self[k]) | UInt16(self[k + 1]) << 8 }
    func u32(_ k: Int) -> UInt32 { UInt32(u16(k)) | UInt32(u16(k + 2)) << 16 }
    func u64(_ k: Int) -> UInt64 { UInt64(u32(k)) | UInt64(u32(k + 4)) << 32 }
}
