import Foundation
import Yams

/// Gradescope's export of an assignment: a top folder
/// `assignment_N_export/` holding a `submission_NNN/` folder per submission
/// and `submission_metadata.yml`, which maps each folder to its submitters.
/// Its keys are written as Ruby symbols (`:submitters:`, `:sid:`), which a
/// YAML reader takes as plain strings starting with `:`:
///
/// ```yaml
/// submission_409194023:
///   :submitters:
///   - :name: First Last
///     :sid: '123456789'
///     :email: first@example.edu
///   :created_at: 2026-04-26 17:34:00.861687000 Z
///   :score: 2.0
/// ```
///
/// Read with jpsim/Yams (libyaml), node by node: the other keys (`:results:`,
/// `:history:`) and their Ruby types are never interpreted.
public struct GradescopeMetadata: Sendable {
    public static let fileName = "submission_metadata.yml"

    public struct Submitter: Sendable, Equatable {
        public var name: String?
        public var sid: String?
        public var email: String?

        /// The student's key: the sid, else the email.
        public var key: String? { sid ?? email }
    }

    public struct Entry: Sendable {
        /// The submission's folder, `submission_NNN`.
        public var folder: String
        public var submitters: [Submitter]
    }

    public var entries: [Entry]
    /// Top-level keys that are not `submission_<digits>` (a YAML anchor's
    /// holder, a key Gradescope may add): no submission, noted for the
    /// download.
    public var ignored: [String] = []

    public static func parse(_ text: String, name: String) throws -> GradescopeMetadata {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw TreeReadError(name: name, reason: "not YAML that can be read: \(error)")
        }
        guard let mapping = root?.mapping else {
            throw TreeReadError(name: name, reason: "not a mapping of submission folders to their submitters")
        }
        var entries: [Entry] = []
        var ignored: [String] = []
        for (key, value) in mapping {
            guard let folder = key.string, isSubmission(folder) else {
                ignored.append(key.string ?? "\(key)")
                continue
            }
            let people = value[":submitters"]?.sequence.map(Array.init) ?? []
            let submitters = people.map { person in
                func field(_ name: String) -> String? {
                    guard let text = person[name]?.string?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
                    return text
                }
                return Submitter(name: field(":name"), sid: field(":sid"), email: field(":email"))
            }
            entries.append(Entry(folder: folder, submitters: submitters))
        }
        return GradescopeMetadata(entries: entries, ignored: ignored)
    }

    /// `submission_` and digits: a submission's folder.
    static func isSubmission(_ key: String) -> Bool {
        let prefix = "submission_"
        guard key.hasPrefix(prefix) else { return false }
        let digits = key.dropFirst(prefix.count)
        return !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// The submission's number (`submission_409194023` → 409194023), which
    /// grows with time: the later of two submissions of one student.
    public static func number(_ folder: String) -> Int {
        Int(folder.split(separator: "_").last ?? "") ?? 0
    }
}
