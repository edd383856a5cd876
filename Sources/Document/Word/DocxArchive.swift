internal import CCoursecheckZlib
import Foundation

/// A .docx is a zip of XML parts. It is untrusted input, read with the
/// limits grading keeps on class zips: at most `maximumEntries` entries, and
/// bytes counted as they are inflated (a header may lie about sizes) —
/// `maximumPartBytes` for one part, `maximumBytes` in all; an entry that is
/// a link, whose name leaves the archive (`../`, absolute) or that is given
/// twice makes the file unreadable. Nothing is written to disk.
///
/// The zip's structure is read by our own code (`ZipDirectory`, every
/// offset checked against the bytes) and its entries inflated with zlib
/// (`CCoursecheckZlib`), as grading reads class zips: ZIPFoundation 0.9.20,
/// reading from memory, traps on a seek past the end of its bytes and loops
/// for ever on a deflate stream that runs out (both found here: FuzzWord,
/// and a stored block opened with no data).
enum DocxArchive {
    static let maximumEntries = 20_000
    static let maximumBytes = 512 * 1024 * 1024
    static let maximumPartBytes = 64 * 1024 * 1024

    struct Parts {
        var document: Data
        var styles: Data?
        var numbering: Data?
    }

    static func parts(_ data: Data, path: String) throws -> Parts {
        let directory: ZipDirectory
        do {
            directory = try ZipDirectory(data, maximumEntries: maximumEntries)
        } catch ZipDirectory.Failure.tooManyEntries {
            throw SheetError.unreadable(path: path, reason: "the Word file has more than \(maximumEntries) entries")
        } catch let error as ZipDirectory.Failure {
            throw SheetError.unreadable(path: path, reason: error.reason)
        }
        var entries: [String: ZipDirectory.Entry] = [:]
        for entry in directory.entries {
            let name = entry.name
            if name.hasPrefix("/") || name.contains("\\") || name.split(separator: "/").contains("..") || name.contains("\0") {
                throw SheetError.unreadable(path: path, reason: "the Word file has an entry whose path leaves the archive (\(printable(name)))")
            }
            if entry.isLink {
                throw SheetError.unreadable(path: path, reason: "the Word file has an entry that is a symbolic link (\(printable(name)))")
            }
            if entries[name] != nil {
                throw SheetError.unreadable(path: path, reason: "the Word file has two entries named \(printable(name))")
            }
            entries[name] = entry
        }
        var inflated = 0
        func read(_ name: String) throws -> Data? {
            guard let entry = entries[name], !name.hasSuffix("/") else { return nil }
            do {
                let part = try directory.contents(of: entry, limit: maximumPartBytes, budget: maximumBytes - inflated)
                inflated += part.count
                return part
            } catch ZipDirectory.Failure.overLimit {
                throw SheetError.unreadable(path: path, reason: "\(name) in the Word file is more than \(maximumPartBytes) bytes uncompressed (a zip bomb?)")
            } catch {
                throw SheetError.unreadable(path: path, reason: "\(name) in the Word file is damaged")
            }
        }
        let main = mainPart(entries: entries, read: read)
        guard let document = try read(main) else {
            throw SheetError.unreadable(path: path, reason: "not a Word document (no word/document.xml)")
        }
        let folder = (main as NSString).deletingLastPathComponent
        let prefix = folder.isEmpty ? "" : folder + "/"
        return Parts(document: document, styles: try read(prefix + "styles.xml"), numbering: try read(prefix + "numbering.xml"))
    }

    /// The main document part: named by the package's relationships
    /// (`_rels/.rels`), else `word/document.xml`.
    static func mainPart(entries: [String: ZipDirectory.Entry], read: (String) throws -> Data?) -> String {
        let fallback = "word/document.xml"
        guard let rels = try? read("_rels/.rels"), let text = String(data: rels, encoding: .utf8) else { return fallback }
        // <Relationship Type="…/officeDocument" Target="word/document.xml"/>
        for piece in text.components(separatedBy: "<Relationship").dropFirst() where piece.contains("/officeDocument\"") {
            guard let range = piece.range(of: "Target=\"") else { continue }
            var target = String(piece[range.upperBound...].prefix { $0 != "\"" })
            if target.hasPrefix("/") { target.removeFirst() }
            if entries[target] != nil { return target }
        }
        return fallback
    }

    static func printable(_ name: String) -> String {
        String(name.unicodeScalars.map { $0.properties.isWhitespace || $0.value < 32 ? "?" : Character($0) }.prefix(80))
    }
}

/// A zip's central directory read from its bytes, every offset checked
/// against them, and an entry's contents inflated with zlib under a limit.
struct ZipDirectory {
    struct Entry {
        var name: String
        var method: Int
        var flags: Int
        var crc: UInt32
        var compressedSize: Int
        var size: Int
        /// Where the entry's data starts (after its local header).
        var dataOffset: Int
        /// A symbolic link (made on Unix, `S_IFLNK` in its attributes).
        var isLink: Bool
    }

    enum Failure: Error {
        case structure(String)
        case tooManyEntries
        case overLimit
        case damaged

        var reason: String {
            switch self {
            case .structure(let why): "not a Word document (\(why))"
            case .tooManyEntries: "too many entries"
            case .overLimit: "more than the limit uncompressed"
            case .damaged: "damaged"
            }
        }
    }

    let bytes: [UInt8]
    var entries: [Entry] = []

    init(_ data: Data, maximumEntries: Int) throws {
        bytes = [UInt8](data)
        let count = bytes.count
        func u16(_ i: Int) -> Int { Int(bytes[i]) | Int(bytes[i + 1]) << 8 }
        func u32(_ i: Int) -> Int { u16(i) | u16(i + 2) << 16 }
        func signature(_ i: Int, _ value: Int) -> Bool { i >= 0 && i + 4 <= count && u32(i) == value }
        guard count >= 22 else { throw Failure.structure("not a zip archive") }
        // The end record: the last one in the file (a comment may follow it).
        var end = count - 22
        let earliest = max(0, count - 22 - 65_535)
        while end >= earliest, !signature(end, 0x0605_4B50) { end -= 1 }
        guard end >= earliest else { throw Failure.structure("not a zip archive") }
        if signature(end - 20, 0x0706_4B50) { throw Failure.structure("a ZIP64 archive") }
        let total = u16(end + 10), size = u32(end + 12), offset = u32(end + 16)
        if total == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF { throw Failure.structure("a ZIP64 archive") }
        guard offset + size <= end else { throw Failure.structure("its central directory lies outside the file") }
        guard total <= maximumEntries else { throw Failure.tooManyEntries }
        var p = offset
        for _ in 0..<total {
            guard p + 46 <= offset + size, signature(p, 0x0201_4B50) else { throw Failure.structure("a damaged central directory") }
            let madeBy = u16(p + 4) >> 8, flags = u16(p + 8), method = u16(p + 10)
            let crc = UInt32(u32(p + 16)), compressed = u32(p + 20), uncompressed = u32(p + 24)
            let nameLength = u16(p + 28), extraLength = u16(p + 30), commentLength = u16(p + 32)
            let attributes = u32(p + 38), local = u32(p + 42)
            if compressed == 0xFFFF_FFFF || uncompressed == 0xFFFF_FFFF || local == 0xFFFF_FFFF { throw Failure.structure("a ZIP64 archive") }
            guard p + 46 + nameLength <= offset + size else { throw Failure.structure("a damaged central directory") }
            let name = String(decoding: bytes[(p + 46)..<(p + 46 + nameLength)], as: UTF8.self)
            guard local + 30 <= count, signature(local, 0x0403_4B50) else {
                throw Failure.structure("an entry whose header lies outside the file")
            }
            let dataOffset = local + 30 + u16(local + 26) + u16(local + 28)
            guard dataOffset + compressed <= count else { throw Failure.structure("an entry whose data lies outside the file") }
            let isLink = madeBy == 3 && (attributes >> 16) & 0o170000 == 0o120000
            entries.append(Entry(name: name, method: method, flags: flags, crc: crc, compressedSize: compressed,
                                 size: uncompressed, dataOffset: dataOffset, isLink: isLink))
            p += 46 + nameLength + extraLength + commentLength
        }
    }

    /// The entry's bytes: stored or deflated, at most `limit` (and
    /// `budget`) bytes counted as they are inflated; the CRC-32 checked.
    func contents(of entry: Entry, limit: Int, budget: Int) throws -> Data {
        let cap = min(limit, max(budget, 0))
        var output = Data()
        switch entry.method {
        case 0:
            guard entry.compressedSize <= cap else { throw Failure.overLimit }
            output = Data(bytes[entry.dataOffset..<(entry.dataOffset + entry.compressedSize)])
        case 8:
            output = try inflate(entry, cap: cap)
        default:
            throw Failure.damaged
        }
        let crc = output.withUnsafeBytes { UInt32(crc32(0, $0.bindMemory(to: Bytef.self).baseAddress, uInt($0.count))) }
        guard crc == entry.crc else { throw Failure.damaged }
        return output
    }

    /// Raw deflate over exactly the entry's compressed bytes: a stream that
    /// ends before its end mark, or that does not move, is damaged.
    private func inflate(_ entry: Entry, cap: Int) throws -> Data {
        var stream = z_stream()
        guard coursecheck_inflate_init_raw(&stream) == Z_OK else { throw Failure.damaged }
        defer { inflateEnd(&stream) }
        var output = Data()
        let chunk = 64 * 1024
        var buffer = [UInt8](repeating: 0, count: chunk)
        return try bytes.withUnsafeBufferPointer { all -> Data in
            stream.next_in = UnsafeMutablePointer(mutating: all.baseAddress! + entry.dataOffset)
            stream.avail_in = uInt(entry.compressedSize)
            while true {
                let produced: Int32 = buffer.withUnsafeMutableBufferPointer { target in
                    stream.next_out = target.baseAddress
                    stream.avail_out = uInt(chunk)
                    return CCoursecheckZlib.inflate(&stream, Z_NO_FLUSH)
                }
                let count = chunk - Int(stream.avail_out)
                guard output.count + count <= cap else { throw Failure.overLimit }
                output.append(contentsOf: buffer[0..<count])
                switch produced {
                case Z_STREAM_END:
                    return output
                case Z_OK:
                    continue
                case Z_BUF_ERROR where count > 0:
                    continue
                default:
                    // No progress possible (input spent before the end
                    // mark), or the data is not deflate.
                    throw Failure.damaged
                }
            }
        }
    }
}
