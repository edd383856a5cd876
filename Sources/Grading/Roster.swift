import CSV
import Foundation

/// A CSV file that cannot be used: exit 2, naming the file and the row.
public struct CSVFileError: LocalizedError, Sendable {
    public var path: String
    public var message: String
    public var errorDescription: String? { "\(path): \(message)" }
}

/// Reads a CSV file with a header row through CSV.swift: each row as a
/// dictionary from lowercased, trimmed header to trimmed value.
func readCSV(_ path: String, required: [String]) throws -> [[String: String]] {
    guard let data = FileManager.default.contents(atPath: path) else {
        throw CSVFileError(path: path, message: "cannot read the file")
    }
    guard let text = String(data: data, encoding: .utf8) else {
        throw CSVFileError(path: path, message: "not UTF-8 text")
    }
    let reader: CSVReader
    do {
        reader = try CSVReader(string: text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text, hasHeaderRow: true)
    } catch {
        throw CSVFileError(path: path, message: "not a CSV file with a header row")
    }
    let header = (reader.headerRow ?? []).map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
    for column in required where !header.contains(column) {
        throw CSVFileError(path: path, message: "no column '\(column)' (columns: \(header.joined(separator: ", ")))")
    }
    var rows: [[String: String]] = []
    while let row = reader.next() {
        if row.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
        var entry: [String: String] = [:]
        for (k, name) in header.enumerated() where k < row.count {
            entry[name] = row[k].trimmingCharacters(in: .whitespaces)
        }
        rows.append(entry)
    }
    if let error = reader.error {
        throw CSVFileError(path: path, message: "line \(rows.count + 2): \(error)")
    }
    return rows
}

/// The class list: `id,name` at least; `email`, `sis_id`, `section` when
/// present (for Canvas and Moodle exports).
public struct Roster: Sendable {
    public struct Student: Sendable, Equatable {
        public var id: String
        public var name: String
        public var email: String?
        public var sisID: String?
        public var section: String?
    }

    public var students: [String: Student]
    public var hasEmail: Bool
    public var hasSISID: Bool

    public init(students: [Student]) {
        self.students = Dictionary(students.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        hasEmail = students.contains { $0.email?.isEmpty == false }
        hasSISID = students.contains { $0.sisID?.isEmpty == false }
    }

    public static func load(_ path: String) throws -> Roster {
        let rows = try readCSV(path, required: ["id", "name"])
        var students: [Student] = []
        var seen = Set<String>()
        for (k, row) in rows.enumerated() {
            let id = row["id"] ?? ""
            guard !id.isEmpty else { throw CSVFileError(path: path, message: "line \(k + 2): empty id") }
            guard seen.insert(id).inserted else { throw CSVFileError(path: path, message: "line \(k + 2): id \(id) listed twice") }
            func value(_ key: String) -> String? { row[key].flatMap { $0.isEmpty ? nil : $0 } }
            students.append(Student(id: id, name: row["name"] ?? "", email: value("email"),
                                    sisID: value("sis_id"), section: value("section")))
        }
        return Roster(students: students)
    }
}

/// A grader's decisions on answers under review: `student_id,check,
/// status_or_points,reason`. A status (`correct`, `incorrect`, …) is scored
/// as that status; a number is the points.
public struct Overrides: Sendable {
    public enum Decision: Sendable, Equatable {
        case status(String)
        case points(Double)
    }

    public struct Entry: Sendable, Equatable {
        public var decision: Decision
        public var reason: String
    }

    /// Student id → check id → decision.
    public var entries: [String: [String: Entry]]

    public init(entries: [String: [String: Entry]] = [:]) { self.entries = entries }

    public static let statuses: Set<String> = ["correct", "incorrect", "inconsistent", "unverifiable", "missing", "unparsable"]

    public static func load(_ path: String) throws -> Overrides {
        let rows = try readCSV(path, required: ["student_id", "check", "status_or_points"])
        var entries: [String: [String: Entry]] = [:]
        for (k, row) in rows.enumerated() {
            let student = row["student_id"] ?? "", check = row["check"] ?? "", value = row["status_or_points"] ?? ""
            guard !student.isEmpty, !check.isEmpty else {
                throw CSVFileError(path: path, message: "line \(k + 2): student_id and check must not be empty")
            }
            let decision: Decision
            if statuses.contains(value.lowercased()) {
                decision = .status(value.lowercased())
            } else if let points = Double(value), points.isFinite, points >= 0 {
                decision = .points(points)
            } else {
                throw CSVFileError(path: path, message: "line \(k + 2): '\(value)' is neither a status nor a number of points ≥ 0")
            }
            entries[student, default: [:]][check] = Entry(decision: decision, reason: row["reason"] ?? "")
        }
        return Overrides(entries: entries)
    }
}
