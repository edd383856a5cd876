import CSV
import CoursecheckMaths
import CoursecheckReporting
import Foundation

/// A text file written as it is produced (a class's rows are not all held
/// in memory), into a temporary file beside its place, renamed there when
/// finished: a reader never sees half a file.
final class StreamedText {
    let target: URL
    let partial: URL
    let handle: FileHandle

    init(_ target: URL) throws {
        self.target = target
        partial = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).partial")
        guard FileManager.default.createFile(atPath: partial.path, contents: nil),
              let handle = FileHandle(forWritingAtPath: partial.path) else {
            throw OutputFile.WriteError(path: target.path, reason: "cannot create it")
        }
        self.handle = handle
    }

    func write(_ text: String) throws {
        do { try handle.write(contentsOf: Data(text.utf8)) } catch {
            throw OutputFile.WriteError(path: target.path, reason: error.localizedDescription)
        }
    }

    func finish() throws {
        do {
            try handle.synchronize()
            try handle.close()
        } catch {
            throw OutputFile.WriteError(path: target.path, reason: error.localizedDescription)
        }
        guard rename(partial.path, target.path) == 0 else {
            throw OutputFile.WriteError(path: target.path, reason: String(cString: strerror(errno)))
        }
    }
}

/// CSV rows through CSV.swift's writer (quoting as RFC 4180 asks), streamed.
final class StreamedCSV {
    let file: StreamedText

    init(_ target: URL) throws { file = try StreamedText(target) }

    func row(_ fields: [String]) throws {
        try file.write(Exports.line(fields))
    }

    func finish() throws { try file.finish() }
}

/// What the LMS files need of a student.
struct FinalScore {
    var status: StudentStatus
    var total: Rational?
    var maximum: Rational?
    var reason: String
}

enum Exports {
    /// One CSV line, ending with a newline.
    static func line(_ fields: [String]) -> String {
        let stream = OutputStream.toMemory()
        guard let writer = try? CSVWriter(stream: stream) else { return fields.joined(separator: ",") + "\n" }
        try? writer.write(row: fields)
        writer.stream.close()
        let data = writer.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Canvas's gradebook import: `Student,ID,SIS User ID,SIS Login ID,
    /// Section,<assignment column>`, then a `Points Possible` row.
    static func canvas(_ target: URL, scores: [String: FinalScore],
                       roster: Roster?, column: String, total: Rational) throws {
        var text = line(["Student", "ID", "SIS User ID", "SIS Login ID", "Section", column])
        text += line(["Points Possible", "", "", "", "", total.twoDecimals])
        for id in scores.keys.sorted() {
            let student = roster?.students[id]
            let entry = scores[id]!
            text += line([student?.name ?? "", id, student?.sisID ?? "", student?.email ?? "", student?.section ?? "",
                          entry.total?.twoDecimals ?? ""])
        }
        try OutputFile.write(text, to: target.path)
    }

    /// Moodle's grade import: the identifier the roster gives (`ID number`,
    /// else `Email address`), the grade, and short feedback.
    static func moodle(_ target: URL, scores: [String: FinalScore],
                       roster: Roster) throws {
        let bySIS = roster.hasSISID
        var text = line([bySIS ? "ID number" : "Email address", "Grade", "Feedback comments"])
        for id in scores.keys.sorted() {
            guard let student = roster.students[id], let key = bySIS ? student.sisID : student.email else { continue }
            let entry = scores[id]!
            var feedback: String
            switch entry.status {
            case .noSubmission: feedback = "no submission"
            case .unreadable: feedback = "not graded: \(entry.reason)"
            case .needsReview: feedback = "provisional: some answers are being reviewed by a grader"
            case .graded: feedback = "graded by coursecheck"
            }
            if let total = entry.total, let maximum = entry.maximum { feedback += " (\(total.twoDecimals) / \(maximum.twoDecimals))" }
            text += line([key, entry.total?.twoDecimals ?? "", feedback])
        }
        try OutputFile.write(text, to: target.path)
    }
}

/// An earlier grading's `responses.jsonl`, to say what a corrected answer
/// key changed.
struct PreviousGrades {
    struct Entry {
        var status: String
        var points: String
    }

    struct Change {
        var check, oldStatus, newStatus, oldPoints, newPoints: String
    }

    /// Student → check → entry.
    var entries: [String: [String: Entry]]

    static func load(_ folder: URL) throws -> PreviousGrades {
        let path = folder.appendingPathComponent("responses.jsonl").path
        guard let data = FileManager.default.contents(atPath: path) else {
            throw GradeError(message: "\(path): cannot read the previous grading (--previous names a folder `grade` wrote)")
        }
        var entries: [String: [String: Entry]] = [:]
        for (k, line) in String(decoding: data, as: UTF8.self).split(separator: "\n").enumerated() {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let student = object["student_id"] as? String, let check = object["check"] as? String,
                  let status = object["status"] as? String, let points = object["points"] as? String else {
                throw GradeError(message: "\(path):\(k + 1): not a line of responses.jsonl")
            }
            entries[student, default: [:]][check] = Entry(status: status, points: points)
        }
        return PreviousGrades(entries: entries)
    }

    /// The checks whose status or points differ, in the new report's order,
    /// then those the new report no longer has.
    func changes(student: String, score: SheetScore?) -> [Change] {
        let old = entries[student] ?? [:]
        var result: [Change] = []
        var seen = Set<String>()
        for item in score?.checks ?? [] {
            seen.insert(item.id)
            let before = old[item.id]
            if before?.status != item.status.rawValue || before?.points != item.points.twoDecimals {
                result.append(Change(check: item.id, oldStatus: before?.status ?? "", newStatus: item.status.rawValue,
                                     oldPoints: before?.points ?? "", newPoints: item.points.twoDecimals))
            }
        }
        for (check, before) in old.sorted(by: { $0.key < $1.key }) where !seen.contains(check) {
            result.append(Change(check: check, oldStatus: before.status, newStatus: "", oldPoints: before.points, newPoints: ""))
        }
        return result
    }
}
