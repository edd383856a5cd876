import CoursecheckAssignment
import CoursecheckMaths
import CoursecheckVerification
import Foundation

/// A grader's decisions on answers: `student_id,check,status_or_points,reason`.
/// A status (`correct`, `incorrect`, …) is scored as that status; a decimal
/// number is the points. Every row must apply: an unknown student or check,
/// a question where a check is needed, points above the check's maximum, a
/// word that is no status, or a check decided twice is an error naming the
/// row (exit 2, nothing written).
public struct Overrides: Sendable {
    public enum Decision: Sendable, Equatable {
        case status(Status)
        case points(Rational)
    }

    public struct Entry: Sendable, Equatable {
        public var decision: Decision
        public var reason: String
        /// Where it was written, for messages: `overrides.csv:3`.
        public var place: String

        public init(decision: Decision, reason: String, place: String) {
            self.decision = decision
            self.reason = reason
            self.place = place
        }

        /// How the student's report shows it.
        public var note: String { reason.isEmpty ? "overridden by a grader" : "overridden by a grader: \(reason)" }
    }

    /// One row as written.
    public struct Row: Sendable {
        public var student: String
        public var check: String
        public var decision: Decision
        public var reason: String
        public var place: String
    }

    public var rows: [Row]

    public init(rows: [Row] = []) { self.rows = rows }

    public static func load(_ path: String) throws -> Overrides {
        let table = try CSVTable.read(path)
        for name in ["student_id", "check", "status_or_points"] where table.column(name) == nil {
            throw CSVFileError(path: path, line: 1, message: "no column '\(name)' (overrides have student_id,check,status_or_points,reason)")
        }
        let c = (student: table.column("student_id"), check: table.column("check"), value: table.column("status_or_points"),
                 reason: table.column("reason"))
        var rows: [Row] = []
        for k in table.rows.indices where !table.isBlank(k) {
            let student = table.cell(k, c.student), check = table.cell(k, c.check), value = table.cell(k, c.value)
            let line = table.lines[k]
            guard !student.isEmpty, !check.isEmpty else {
                throw CSVFileError(path: path, line: line, message: "student_id and check must not be empty")
            }
            let decision: Decision
            if let status = Status(rawValue: value.lowercased()) {
                decision = .status(status)
            } else if let points = Rational(decimalText: value) {
                decision = .points(points)
            } else {
                throw CSVFileError(path: path, line: line, message: "'\(value)' is neither a status ("
                    + Status.allCases.map(\.rawValue).joined(separator: ", ") + ") nor a number of points ≥ 0")
            }
            rows.append(Row(student: student, check: check, decision: decision, reason: table.cell(k, c.reason), place: "\(path):\(line)"))
        }
        return Overrides(rows: rows)
    }

    /// The decisions by student and check, every row checked against the
    /// assignment and the class (`students`: the ids submitted or rostered).
    public func validated(assignment: Assignment, scorer: Scorer, students: Set<String>) throws -> [String: [AnswerID: Entry]] {
        var table: [String: [AnswerID: Entry]] = [:]
        for row in rows {
            func fail(_ message: String) -> GradeError { GradeError(message: "\(row.place): \(message)") }
            guard students.contains(row.student) else {
                throw fail("student '\(row.student)' has no submission and is not on the roster")
            }
            let id: AnswerID
            switch assignment.answer(named: row.check) {
            case .check(let answer)?: id = answer
            case .place(let answer)?: id = answer
            case .question(let question, let checks)?:
                let names = checks.prefix(3).map(\.description).joined(separator: ", ") + (checks.count > 3 ? ", …" : "")
                throw fail("'\(row.check)' is a question (\(question.heading)); an override names one of its checks: \(names)")
            case nil:
                throw fail("'\(row.check)' is no check of the assignment")
            }
            if case .points(let p) = row.decision {
                let maximum = scorer.maximum(of: id) ?? .zero
                guard p <= maximum else {
                    let why = scorer.coverage.decides(id) ? "" : " (it is out of the maximum: no sheet can have it verified)"
                    throw fail("\(p.twoDecimals) points is more than \(id)'s maximum of \(maximum.twoDecimals)\(why)")
                }
            }
            if let earlier = table[row.student]?[id] {
                throw fail("\(id) of student '\(row.student)' is already decided at \(earlier.place)")
            }
            table[row.student, default: [:]][id] = Entry(decision: row.decision, reason: row.reason, place: row.place)
        }
        return table
    }
}
