import CoursecheckReading
import Foundation

/// A file that may be a student's sheet, with its age among their files.
public struct Candidate: Sendable {
    public var entry: TreeEntry
    /// Larger is later (`LMSName.age`); equal ages are one submission.
    public var age: [Int]
    /// Its path from the class folder, as messages name it.
    public var name: String
}

/// One student's submission as found in the class download.
public struct Submission: Sendable {
    public var key: StudentKey
    /// Name and email when the download gives them (Gradescope's metadata).
    public var name: String?
    public var email: String?
    /// Files that may be the sheet, latest first (then by name).
    public var candidates: [Candidate] = []
    /// Files that are not sheets, and entries skipped, with the reason;
    /// `later` holds the age of a document in a format that is not read
    /// (PDF, .odt, an image: possibly a resubmission), nil for the rest.
    public var others: [(name: String, reason: String, age: [Int]?)] = []
    /// What a grader should know although it is graded (a group, a file the
    /// zip holds twice: `review` decides).
    public var notes: [String] = []
    /// What a grader must look at.
    public var review: [String] = []
    /// The file name (without extension) of the student's own outputs.
    public var fileName: String = ""

    /// Why no file can be graded at all, when none may be a sheet.
    public var problem: String? {
        guard candidates.isEmpty else { return nil }
        if let first = others.first { return "\(first.reason): \(first.name)" }
        return "no file in the submission"
    }
}

/// The submissions of a class download (a folder or a zip, `SubmissionTree`),
/// whatever LMS laid it out:
/// - Gradescope's export (a `submission_metadata.yml`, at the top or in a
///   single top folder): a submission per `submission_NNN/` folder, for each
///   of its submitters, keyed by sid, else email;
/// - Canvas and Moodle downloads (`LMSName`): a student's files and folders,
///   however many, gathered under their id;
/// - anything else: a student per top-level file or folder.
/// A zip holding one folder (the class folder zipped) is read inside it.
public struct Discovery: Sendable {
    /// Extensions `verify` reads: the format registry both commands share.
    public static let sheetExtensions: Set<String> = SheetFormat.sheetExtensions

    public var submissions: [Submission]
    /// What is about the download, not a student: for the class report and
    /// standard error.
    public var notes: [String]
    public var gradescope: Bool

    /// What a file that is not a sheet is, for the lists.
    static func notASheet(_ name: String) -> String {
        if case .refused(let reason) = SheetFormat.verdict(forName: name) { return reason }
        return "not a sheet (.\((name as NSString).pathExtension.lowercased()))"
    }

    static func isSheet(_ name: String) -> Bool { sheetExtensions.contains((name as NSString).pathExtension.lowercased()) }

    /// A document in a format the registry names and does not read (PDF,
    /// .odt, .doc, an image): it may hold answers nobody has checked. A file
    /// of an unknown kind (.py, .csv) is not one.
    static func isUnreadDocument(_ name: String) -> Bool {
        if case .refused = SheetFormat.registry[(name as NSString).pathExtension.lowercased()] { return true }
        return false
    }

    public init(_ tree: any SubmissionTree) {
        notes = tree.problems
        var entries = tree.entries
        for entry in entries {
            if case .skipped(let reason) = entry.kind, reason.contains("output folder") { notes.append("\(entry.name): \(reason)") }
        }
        entries.removeAll { if case .skipped(let reason) = $0.kind { reason.contains("output folder") } else { false } }
        // The class folder zipped: a zip holding one folder and nothing
        // else, which is no student's (not named by an LMS), is read inside.
        var prefix: [String] = []
        if tree is ZipArchive {
            let top = entries.filter { $0.path.count == 1 }
            if top.count == 1, top[0].kind == .directory, LMSName(top[0].path[0], isFolder: true).origin == .plain {
                prefix = top[0].path
            }
        }
        let metadata = entries.first { $0.path == prefix + [GradescopeMetadata.fileName] }
            ?? entries.first { $0.path.count == prefix.count + 2 && $0.path.last == GradescopeMetadata.fileName
                && entries.filter { $0.path.count == prefix.count + 1 }.count == 1 }
        if let metadata {
            gradescope = true
            submissions = []
            readGradescope(tree, entries: entries, metadata: metadata)
        } else {
            gradescope = false
            submissions = Discovery.byName(entries.filter { $0.path.starts(with: prefix) && $0.path.count > prefix.count }, prefix: prefix.count)
        }
        assignFileNames()
    }

    /// Students by their download names: every top-level file or folder is
    /// a piece of the student its name gives.
    static func byName(_ entries: [TreeEntry], prefix: Int) -> [Submission] {
        var table: [StudentKey: Submission] = [:]
        var order: [StudentKey] = []
        var k = 0
        while k < entries.count {
            let top = entries[k]
            guard top.path.count == prefix + 1 else { k += 1; continue }
            let topName = top.path.last!
            let lms = LMSName(topName, isFolder: top.kind == .directory)
            if table[lms.key] == nil { table[lms.key] = Submission(key: lms.key); order.append(lms.key) }
            var submission = table[lms.key]!
            if lms.key.fromLMS { submission.key.fromLMS = true }
            var inside: [TreeEntry] = [top]
            var next = k + 1
            while next < entries.count, entries[next].path.count > prefix + 1, entries[next].path.starts(with: top.path) {
                inside.append(entries[next])
                next += 1
            }
            collect(inside, age: lms.age, drop: prefix, into: &submission)
            table[lms.key] = submission
            k = next
        }
        return order.sorted().map { table[$0]! }
    }

    /// A piece's files into the submission: sheets as candidates, the rest
    /// listed with the reason.
    /// `drop`: the components of the class folder in a zip (`class/`).
    static func collect(_ entries: [TreeEntry], age: [Int], drop: Int, into submission: inout Submission) {
        for entry in entries {
            let name = entry.path.dropFirst(drop).joined(separator: "/")
            switch entry.kind {
            case .directory: continue
            case .skipped(let reason): submission.others.append((name, reason, nil))
            case .file:
                if isSheet(name) {
                    submission.candidates.append(Candidate(entry: entry, age: age, name: name))
                } else {
                    submission.others.append((name, notASheet(name), isUnreadDocument(name) ? age : nil))
                }
            }
            if let note = entry.note, !submission.review.contains(note) { submission.review.append(note) }
        }
        submission.candidates.sort { a, b in a.age != b.age ? b.age.lexicographicallyPrecedes(a.age) : a.name < b.name }
    }

    /// Gradescope: a submission per folder in the metadata, for each submitter.
    private mutating func readGradescope(_ tree: any SubmissionTree, entries: [TreeEntry], metadata: TreeEntry) {
        let base = Array(metadata.path.dropLast())
        var parsed = GradescopeMetadata(entries: [])
        do {
            let (data, _) = try tree.read(metadata, limit: 64 * 1024 * 1024)
            parsed = try GradescopeMetadata.parse(String(decoding: data, as: UTF8.self), name: metadata.name)
            for key in parsed.ignored {
                notes.append("\(metadata.name): the top-level key '\(key)' is not a submission (submission_NNN): not read")
            }
        } catch {
            notes.append("\((error as? LocalizedError)?.errorDescription ?? "\(error)"); submissions are named by their folders")
        }
        let inExport = entries.filter { $0.path.count > base.count && $0.path.starts(with: base) && $0.path != metadata.path }
        var folders: [String: [TreeEntry]] = [:]
        for entry in inExport { folders[entry.path[base.count], default: []].append(entry) }
        var table: [StudentKey: (number: Int, submission: Submission)] = [:]
        var superseded: [StudentKey: [String]] = [:]
        func add(_ submission: Submission, number: Int) {
            if let earlier = table[submission.key] {
                let current: (number: Int, submission: Submission) = (number, submission)
                let later = earlier.number > number ? earlier : current
                let older = earlier.number > number ? current : earlier
                superseded[submission.key, default: []] += older.submission.candidates.map { $0.name }
                table[submission.key] = later
            } else {
                table[submission.key] = (number, submission)
            }
        }
        var named = Set<String>()
        for entry in parsed.entries {
            named.insert(entry.folder)
            let files = folders[entry.folder] ?? []
            let people = entry.submitters.isEmpty ? [GradescopeMetadata.Submitter(name: nil, sid: nil, email: nil)] : entry.submitters
            for person in people {
                var submission = Submission(key: StudentKey(person.key ?? entry.folder, fromLMS: person.key != nil))
                submission.name = person.name
                submission.email = person.email
                if person.key == nil { submission.review.append("\(entry.folder): no sid or email in \(GradescopeMetadata.fileName)") }
                if entry.submitters.count > 1 {
                    let others = entry.submitters.filter { $0 != person }.map { "\($0.name ?? "?") (\($0.key ?? "?"))" }
                    submission.notes.append("group submission \(entry.folder), with \(others.joined(separator: ", ")); graded for each member")
                }
                Discovery.collect(files, age: [], drop: base.count, into: &submission)
                if files.isEmpty { submission.others.append((entry.folder, "no folder for this submission in the export", nil)) }
                add(submission, number: GradescopeMetadata.number(entry.folder))
            }
        }
        for (folder, files) in folders.sorted(by: { $0.key < $1.key }) where !named.contains(folder) {
            var submission = Submission(key: StudentKey(folder, fromLMS: false))
            submission.review.append("\(folder) is not in \(GradescopeMetadata.fileName): whose it is is unknown")
            Discovery.collect(files, age: [], drop: base.count, into: &submission)
            add(submission, number: GradescopeMetadata.number(folder))
        }
        submissions = table.keys.sorted().map { key in
            var submission = table[key]!.submission
            for name in superseded[key] ?? [] { submission.notes.append("superseded by a later submission: \(name) (not graded)") }
            return submission
        }
    }

    /// A file name for each student's outputs: letters, digits, `.`, `-`
    /// and `_` kept, anything else `_`, at most 100 characters (a longer id
    /// ends with a hash of it), and unique (`-2`, `-3` after a name taken).
    private mutating func assignFileNames() {
        var taken = Set<String>()
        for k in submissions.indices {
            let base = Discovery.fileName(submissions[k].key.value)
            var name = base, n = 2
            while !taken.insert(name.lowercased()).inserted { name = "\(base)-\(n)"; n += 1 }
            submissions[k].fileName = name
        }
    }

    public static func fileName(_ id: String) -> String {
        var kept = String(id.unicodeScalars.map { s -> Character in
            (s.isASCII && (CharacterSet.alphanumerics.contains(s) || s == "-" || s == "_" || s == ".")) ? Character(s) : "_"
        })
        if kept.hasPrefix(".") || kept.isEmpty { kept = "_" + kept }
        if kept.count > 100 {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in id.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            kept = String(kept.prefix(83)) + "-" + String(hash, radix: 16)
        }
        return kept
    }
}
