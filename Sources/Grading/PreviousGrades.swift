import CoursecheckAssignment
import Foundation

/// An earlier grading's `responses.jsonl`, read back as `ResponseLine`s, to
/// say what a corrected answer key changed (`regrade.csv`).
struct PreviousGrades {
    struct Change {
        var check, oldStatus, newStatus, oldPoints, newPoints: String
    }

    /// Student → check → line.
    var entries: [String: [String: ResponseLine]]

    static func load(_ folder: URL) throws -> PreviousGrades {
        let path = folder.appendingPathComponent("responses.jsonl").path
        guard let data = FileManager.default.contents(atPath: path) else {
            throw GradeError(message: "\(path): cannot read the previous grading (--previous names a folder `grade` wrote)")
        }
        let decoder = JSONDecoder()
        var entries: [String: [String: ResponseLine]] = [:]
        for (k, line) in data.split(separator: UInt8(ascii: "\n")).enumerated() {
            guard let entry = try? decoder.decode(ResponseLine.self, from: Data(line)) else {
                throw GradeError(message: "\(path):\(k + 1): not a line of responses.jsonl as this version writes it")
            }
            entries[entry.studentID, default: [:]][entry.check] = entry
        }
        return PreviousGrades(entries: entries)
    }

    /// The checks whose status or exact points differ, in the new score's
    /// order, then those the new score no longer has.
    func changes(student: String, lines: [ResponseLine]) -> [Change] {
        let old = entries[student] ?? [:]
        var result: [Change] = []
        var seen = Set<String>()
        for line in lines {
            seen.insert(line.check)
            let before = old[line.check]
            // Exact points where both gradings have them; an earlier
            // version's line compares by its printed points.
            let same = before.map { $0.status == line.status && ($0.exact == line.exact || $0.exact == $0.points && $0.points == line.points) } ?? false
            if !same {
                result.append(Change(check: line.check, oldStatus: before?.status ?? "", newStatus: line.status,
                                     oldPoints: before?.points ?? "", newPoints: line.points))
            }
        }
        for (check, before) in old.sorted(by: { $0.key < $1.key }) where !seen.contains(check) {
            result.append(Change(check: check, oldStatus: before.status, newStatus: "", oldPoints: before.points, newPoints: ""))
        }
        return result
    }
}
