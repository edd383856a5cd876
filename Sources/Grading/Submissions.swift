import Foundation

/// One student's submission as found in the class folder.
public struct Submission: Sendable, Equatable {
    /// The student id from the LMS's naming, or the file or folder name.
    public var id: String
    /// The sheet to read, when there is one.
    public var sheet: URL?
    /// Where it was found, relative to the class folder (for messages).
    public var source: String
    /// Why it cannot be graded at all (`PDF is not read`): status `unreadable`.
    public var problem: String?
    /// What a grader should look at although it is graded (several sheets).
    public var notes: [String] = []
}

/// Finds the submissions in a class folder: one sheet file directly inside,
/// or a subfolder holding the student's sheet. Ids come from the LMS's own
/// naming: Canvas (`lastfirst_12345_67890_answers.md`, also with `_LATE_`),
/// Moodle (`Full Name_12345_assignsubmission_file_/…`), else the name
/// without its extension. `__MACOSX/`, `.DS_Store` and hidden files are not
/// submissions.
public enum Submissions {
    /// Extensions `verify` reads.
    public static let sheetExtensions: Set<String> = ["md", "markdown", "txt", "tex", "ipynb", "docx", "html", "htm", "xhtml", "odt", ""]

    /// What a file that is not a sheet is, for the review list.
    static func notASheet(_ url: URL) -> String {
        switch url.pathExtension.lowercased() {
        case "pdf": "PDF is not read"
        case "png", "jpg", "jpeg", "gif", "heic", "webp", "bmp", "tif", "tiff": "an image is not read"
        default: "not a sheet (.\(url.pathExtension))"
        }
    }

    static func ignored(_ name: String) -> Bool {
        name.hasPrefix(".") || name == "__MACOSX" || name == "Thumbs.db" || name == "desktop.ini"
    }

    /// The student id a file or folder name carries.
    public static func studentID(_ name: String) -> String {
        let parts = name.split(separator: "_", omittingEmptySubsequences: false).map(String.init)
        // Moodle: `Full Name_12345_assignsubmission_file_`.
        if let k = parts.firstIndex(where: { $0.hasPrefix("assignsubmission") }), k >= 2, isNumber(parts[k - 1]) {
            return parts[k - 1]
        }
        // Canvas: `lastfirst_12345_67890_name.ext`, `lastfirst_LATE_12345_67890_name.ext`.
        var rest = Array(parts.dropFirst())
        if rest.first == "LATE" { rest.removeFirst() }
        if parts.count >= 3, rest.count >= 2, isNumber(rest[0]), isNumber(rest[1].components(separatedBy: ".")[0]) {
            return rest[0]
        }
        let url = URL(fileURLWithPath: name)
        return url.pathExtension.isEmpty ? name : url.deletingPathExtension().lastPathComponent
    }

    private static func isNumber(_ s: String) -> Bool { !s.isEmpty && s.allSatisfy { $0.isASCII && $0.isNumber } }

    /// The submissions in `folder`, sorted by id; one per id (a second
    /// submission under the same id is noted on the first).
    public static func discover(in folder: URL) throws -> [Submission] {
        let manager = FileManager.default
        let names = try manager.contentsOfDirectory(atPath: folder.path).filter { !ignored($0) }.sorted()
        var byID: [String: Submission] = [:]
        for name in names {
            let url = folder.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: url.path, isDirectory: &isDirectory) else { continue }
            var submission = Submission(id: studentID(name), sheet: nil, source: name, problem: nil)
            if isDirectory.boolValue {
                let files = sheetsBelow(url, relativeTo: name)
                let sheets = files.filter { sheetExtensions.contains($0.url.pathExtension.lowercased()) }
                if let first = sheets.first {
                    submission.sheet = first.url
                    submission.source = first.relative
                    if sheets.count > 1 {
                        submission.notes.append("several sheets (\(sheets.map(\.relative).joined(separator: ", "))): \(first.relative) graded")
                    }
                } else if let other = files.first {
                    submission.problem = "\(notASheet(other.url)): \(other.relative)"
                } else {
                    submission.problem = "no file in the folder"
                }
            } else if sheetExtensions.contains(url.pathExtension.lowercased()) {
                submission.sheet = url
            } else {
                submission.problem = notASheet(url)
            }
            if var first = byID[submission.id] {
                first.notes.append("another submission under the same id: \(submission.source) (not graded)")
                byID[submission.id] = first
            } else {
                byID[submission.id] = submission
            }
        }
        return byID.values.sorted { $0.id < $1.id }
    }

    /// Files below a student's folder (three levels at most), sorted,
    /// hidden ones and `__MACOSX` left out.
    static func sheetsBelow(_ folder: URL, relativeTo prefix: String, depth: Int = 0) -> [(url: URL, relative: String)] {
        guard depth < 3, let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        var result: [(url: URL, relative: String)] = []
        for name in names.sorted() where !ignored(name) {
            let url = folder.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                result += sheetsBelow(url, relativeTo: prefix + "/" + name, depth: depth + 1)
            } else {
                result.append((url, prefix + "/" + name))
            }
        }
        return result
    }
}
