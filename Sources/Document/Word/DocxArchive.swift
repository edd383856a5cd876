import Foundation
import ZIPFoundation

/// A .docx is a zip of XML parts. It is untrusted input, read with the
/// limits grading keeps on class zips (ZIPFoundation keeps none): at most
/// `maximumEntries` entries, and bytes counted as they are inflated (a
/// header may lie about sizes) — `maximumPartBytes` for one part,
/// `maximumBytes` in all; an entry that is a link, or whose name leaves the
/// archive (`../`, absolute), makes the file unreadable. Nothing is written
/// to disk: the parts are inflated in memory.
enum DocxArchive {
    static let maximumEntries = 20_000
    static let maximumBytes: UInt64 = 512 * 1024 * 1024
    static let maximumPartBytes = 64 * 1024 * 1024

    struct Parts {
        var document: Data
        var styles: Data?
        var numbering: Data?
    }

    static func parts(_ data: Data, path: String) throws -> Parts {
        if let problem = ZipPreflight.problem(data) {
            throw SheetError.unreadable(path: path, reason: "not a Word document (\(problem))")
        }
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw SheetError.unreadable(path: path, reason: "not a Word document (not a zip archive)")
        }
        var entries: [String: Entry] = [:]
        var count = 0
        for entry in archive {
            count += 1
            guard count <= maximumEntries else {
                throw SheetError.unreadable(path: path, reason: "the Word file has more than \(maximumEntries) entries")
            }
            let name = entry.path
            if name.hasPrefix("/") || name.contains("\\") || name.split(separator: "/").contains("..") || name.contains("\0") {
                throw SheetError.unreadable(path: path, reason: "the Word file has an entry whose path leaves the archive (\(printable(name)))")
            }
            if entry.type == .symlink {
                throw SheetError.unreadable(path: path, reason: "the Word file has an entry that is a symbolic link (\(printable(name)))")
            }
            if entries[name] != nil {
                throw SheetError.unreadable(path: path, reason: "the Word file has two entries named \(printable(name))")
            }
            entries[name] = entry
        }
        var inflated: UInt64 = 0
        func read(_ name: String) throws -> Data? {
            guard let entry = entries[name], entry.type == .file else { return nil }
            var result = Data()
            var over = false
            do {
                _ = try archive.extract(entry, skipCRC32: false) { chunk in
                    inflated += UInt64(chunk.count)
                    if result.count + chunk.count > maximumPartBytes || inflated > maximumBytes { over = true; throw CancellationError() }
                    result.append(chunk)
                }
            } catch {
                if over {
                    throw SheetError.unreadable(path: path, reason: "\(name) in the Word file is more than \(maximumPartBytes) bytes uncompressed (a zip bomb?)")
                }
                throw SheetError.unreadable(path: path, reason: "\(name) in the Word file is damaged")
            }
            return result
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
    static func mainPart(entries: [String: Entry], read: (String) throws -> Data?) -> String {
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
