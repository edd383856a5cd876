import Foundation

/// What was found under SUBMISSIONS, by path from its top: a file to read,
/// a folder, or something skipped with the reason.
public struct TreeEntry: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// A regular file (`ref` is the tree's own handle on it).
        case file(ref: Int, size: Int64)
        case directory
        /// Not read: a symbolic link, a FIFO, a device, an encrypted zip
        /// entry, a path that leaves its folder…
        case skipped(String)
    }

    public var path: [String]
    public var kind: Kind
    /// Something a grader should know about the entry although it is read
    /// (a zip entry whose name another entry has too).
    public var note: String?

    public init(path: [String], kind: Kind, note: String? = nil) {
        self.path = path
        self.kind = kind
        self.note = note
    }

    /// `a/b/c.md`, as messages name it.
    public var name: String { path.joined(separator: "/") }
}

/// A class download, folder or zip: its entries, listed once, and the bytes
/// of a file read when its student is graded (so that a class of any size
/// never sits in memory).
public protocol SubmissionTree: Sendable {
    /// Every entry, parents before children, siblings sorted by name.
    var entries: [TreeEntry] { get }
    /// Problems of the download as a whole (a zip over its limits): for the
    /// class report and standard error, never a student.
    var problems: [String] { get }
    /// At most `limit` bytes of a file, and its full size.
    func read(_ entry: TreeEntry, limit: Int) throws -> (data: Data, size: Int)
    /// The entries have been taken (`Discovery`): the list may go.
    func listed()
}

/// A file that cannot be read, and why (named as the download names it).
public struct TreeReadError: LocalizedError, Sendable {
    public var name: String
    public var reason: String
    public var errorDescription: String? { "\(name): \(reason)" }
}

/// Names that are nobody's submission: macOS and Windows leave them in
/// folders and zips.
enum Junk {
    static func ignored(_ name: String) -> Bool {
        name.hasPrefix(".") || name == "__MACOSX" || name == "Thumbs.db" || name == "desktop.ini"
    }
}
