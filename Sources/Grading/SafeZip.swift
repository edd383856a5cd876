import Foundation
import ZIPFoundation

/// Extracts an LMS download (a zip of the class folder) with limits of our
/// own, since the zip library keeps none: at most `maximumEntries` entries
/// and `maximumBytes` bytes in all, counted as they are inflated (a header
/// may lie about sizes); no entry may leave its folder (`../`, absolute
/// paths) or be a link. An entry that breaks a rule is skipped and reported;
/// a limit reached stops the extraction there, and is reported.
public enum SafeZip {
    public static let maximumEntries = 20_000
    public static let maximumBytes: UInt64 = 512 * 1024 * 1024

    public struct Result: Sendable {
        /// Entries not extracted, with the reason.
        public var skipped: [(path: String, reason: String)]
        /// Why extraction stopped early, if it did.
        public var stopped: String?
    }

    public struct Unreadable: LocalizedError, Sendable {
        public var path: String
        public var reason: String
        public var errorDescription: String? { "\(path): cannot read the zip file: \(reason)" }
    }

    /// Extracts `zip` into `folder` (which must exist and be empty).
    public static func extract(_ zip: URL, into folder: URL, maximumBytes: UInt64 = maximumBytes,
                               maximumEntries: Int = maximumEntries) throws -> Result {
        let archive: Archive
        do {
            archive = try Archive(url: zip, accessMode: .read)
        } catch {
            throw Unreadable(path: zip.path, reason: "not a zip archive")
        }
        var result = Result(skipped: [], stopped: nil)
        var total: UInt64 = 0
        var count = 0
        let root = folder.standardizedFileURL.path
        for entry in archive {
            count += 1
            if count > maximumEntries {
                result.stopped = "more than \(maximumEntries) entries; the rest was not extracted"
                break
            }
            let path = entry.path
            guard let target = safeTarget(path, in: folder, root: root) else {
                result.skipped.append((path, "its path leaves the folder"))
                continue
            }
            switch entry.type {
            case .directory:
                try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
                continue
            case .symlink:
                result.skipped.append((path, "a symbolic link"))
                continue
            case .file:
                break
            }
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            guard FileManager.default.createFile(atPath: target.path, contents: nil),
                  let handle = FileHandle(forWritingAtPath: target.path) else {
                result.skipped.append((path, "cannot be written"))
                continue
            }
            var overLimit = false
            do {
                _ = try archive.extract(entry, skipCRC32: false) { data in
                    total += UInt64(data.count)
                    if total > maximumBytes { overLimit = true; throw CancellationError() }
                    handle.write(data)
                }
            } catch {
                try? handle.close()
                try? FileManager.default.removeItem(at: target)
                if overLimit {
                    result.stopped = "more than \(maximumBytes) bytes uncompressed (a zip bomb?); extraction stopped at \(path)"
                    break
                }
                result.skipped.append((path, "damaged entry"))
                continue
            }
            try? handle.close()
        }
        return result
    }

    /// The place an entry's path names inside `folder`, or nil if it would
    /// leave it.
    static func safeTarget(_ path: String, in folder: URL, root: String) -> URL? {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\\"), !path.contains("\0") else { return nil }
        let components = path.split(separator: "/")
        guard !components.contains(where: { $0 == ".." }) else { return nil }
        let target = folder.appendingPathComponent(path).standardizedFileURL
        guard target.path.hasPrefix(root + "/") else { return nil }
        return target
    }
}
