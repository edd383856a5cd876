import Foundation

/// What an LMS's download name says of a file or folder: whose it is, and
/// how recent among that student's files.
///
/// - Canvas (`lib/content_zipper.rb`): `lastfirst_[LATE_]USERID_ATTACHMENTID_name.ext`,
///   a text entry `lastfirst_[LATE_]USERID_text.html`, anonymous grading
///   `[LATE_]anon_ANONID_ATTACHMENTID_name.ext`. A resubmitted file gets a
///   higher attachment id, and Canvas names a second upload of the same file
///   `name-1.ext`, `name-2.ext`: the latest is the largest (attachment id,
///   suffix).
/// - Moodle: `Full Name_NNN_assignsubmission_file_…` (3.x, flat or a
///   folder `…_file_/`), `Full Name_NNN_assignsubmission_file/…` (4.x), and
///   `…_assignsubmission_onlinetext…` for online text; NNN is the
///   participant number of the grading worksheet. Moodle keeps one attempt:
///   every file of a student is of the same age.
/// - Anything else: the name without its extension, not from the LMS.
public struct LMSName: Equatable, Sendable {
    public enum Origin: Equatable, Sendable { case canvas, moodle, plain }

    public var key: StudentKey
    public var origin: Origin
    /// Larger is later; empty when the name gives no order.
    public var age: [Int]
    public var late: Bool

    public init(_ name: String, isFolder: Bool = false) {
        let tokens = name.split(separator: "_", omittingEmptySubsequences: false).map(String.init)
        if let k = tokens.firstIndex(where: { $0.hasPrefix("assignsubmission") }), k >= 2, LMSName.isNumber(tokens[k - 1]) {
            self.init(key: StudentKey(tokens[k - 1], fromLMS: true), origin: .moodle, age: [], late: false)
            return
        }
        if !isFolder, let canvas = LMSName.canvas(tokens) {
            self = canvas
            return
        }
        let stem = isFolder || (name as NSString).pathExtension.isEmpty ? name : (name as NSString).deletingPathExtension
        self.init(key: StudentKey(stem, fromLMS: false), origin: .plain, age: [], late: false)
    }

    init(key: StudentKey, origin: Origin, age: [Int], late: Bool) {
        self.key = key
        self.origin = origin
        self.age = age
        self.late = late
    }

    static func isNumber(_ s: String) -> Bool { !s.isEmpty && s.count <= 18 && s.allSatisfy { $0.isASCII && $0.isNumber } }

    private static func canvas(_ tokens: [String]) -> LMSName? {
        let n = tokens.count
        for i in 0..<n {
            var j = i, late = false
            if tokens[j] == "LATE" { late = true; j += 1 }
            guard j + 1 < n else { return nil }
            // Anonymous grading: `anon_ANONID_ATTACHMENTID_name`.
            if tokens[j] == "anon", j + 3 < n, isNumber(tokens[j + 2]) {
                return LMSName(key: StudentKey("anon_" + tokens[j + 1], fromLMS: true), origin: .canvas,
                               age: [Int(tokens[j + 2]) ?? 0, resubmission(tokens[(j + 3)...].joined(separator: "_"))], late: late)
            }
            // The student's sortable name comes first: ids start after it.
            guard i >= 1 || late, isNumber(tokens[j]) else { continue }
            if j + 2 < n, isNumber(tokens[j + 1]) {
                return LMSName(key: StudentKey(tokens[j], fromLMS: true), origin: .canvas,
                               age: [Int(tokens[j + 1]) ?? 0, resubmission(tokens[(j + 2)...].joined(separator: "_"))], late: late)
            }
            if j + 2 == n, tokens[j + 1] == "text.html" || tokens[j + 1] == "link.html" {
                return LMSName(key: StudentKey(tokens[j], fromLMS: true), origin: .canvas, age: [], late: late)
            }
        }
        return nil
    }

    /// Canvas's number for a second upload of the same file name:
    /// `answers-2.md` → 2, `answers.md` → 0.
    static func resubmission(_ display: String) -> Int {
        let stem = (display as NSString).deletingPathExtension
        guard let dash = stem.lastIndex(of: "-") else { return 0 }
        return Int(stem[stem.index(after: dash)...]).flatMap { $0 >= 0 && $0 < 10_000 ? $0 : nil } ?? 0
    }
}
