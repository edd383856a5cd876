import CoursecheckMaths
import Foundation

/// What the LMS files need of a student, kept for the whole class.
struct FinalScore: Sendable {
    var key: StudentKey
    var status: StudentStatus
    var total: Rational?
    var percent: Cents?
    var reason: String
    var name: String?
    var email: String?
}

/// How grades go into an LMS's column: the students whose score is a grade
/// (graded; under review too with `--export-provisional`), scaled from the
/// assignment's maximum to the column's own when it is known and differs.
struct LMSGrades: Sendable {
    /// The assignment's maximum.
    var maximum: Rational
    /// The column's maximum, when known (its own file or `--scale-to`).
    var columnMaximum: Rational?
    var exportProvisional: Bool

    /// What the grades are written out of.
    var outOf: Rational { columnMaximum ?? maximum }

    /// The cell for a student: their grade on the column's scale, or "".
    func cell(_ score: FinalScore) throws -> String {
        guard let total = score.total, score.status == .graded || (score.status == .needsReview && exportProvisional) else { return "" }
        guard let columnMaximum, columnMaximum != maximum, !maximum.isZero else { return total.twoDecimals }
        return try total.multiplied(by: columnMaximum).divided(by: maximum).twoDecimals
    }

    /// A line for the run's end: what was written out of what.
    func summary(_ file: String) -> String {
        if let columnMaximum, columnMaximum != maximum {
            return "\(file): grades written out of \(columnMaximum.twoDecimals), scaled from the assignment's maximum of \(maximum.twoDecimals)"
        }
        return "\(file): grades written out of \(maximum.twoDecimals), the assignment's maximum"
    }

    /// Feedback for an LMS's comment column.
    func feedback(_ score: FinalScore) -> String {
        var text: String
        switch score.status {
        case .noSubmission: return "no submission"
        case .unreadable: return "not graded: \(score.reason)"
        case .needsReview: text = exportProvisional ? "provisional (a grader reviews some answers)" : "not graded yet: a grader reviews some answers"
        case .graded: text = "graded by coursecheck"
        }
        if let total = score.total, let percent = score.percent {
            text += " (\(total.twoDecimals) / \(maximum.twoDecimals) points, \(percent) %)"
        }
        return text
    }
}

enum Exports {
    /// Canvas's gradebook import: `Student,ID,SIS User ID,SIS Login ID,
    /// Section,<assignment column>`, a `Points Possible` row, then every
    /// student: an empty cell where there is no grade.
    static func canvas(_ scores: [FinalScore], roster: Roster?, column: String, grades: LMSGrades, keys: inout KeyWarnings) throws -> String {
        var text = CSVLine.render(["Student", "ID", "SIS User ID", "SIS Login ID", "Section", column])
        text += CSVLine.render(["Points Possible", "", "", "", "", grades.outOf.twoDecimals])
        for score in scores {
            let student = roster?.students[score.key.value]
            keys.check(score.key, "ID")
            keys.check(student?.sisID, "SIS User ID", of: score.key)
            keys.check(student?.login ?? student?.email, "SIS Login ID", of: score.key)
            text += CSVLine.render([CSVCell.text(student?.name ?? score.name ?? ""), CSVCell.id(score.key), student?.sisID ?? "",
                                    student?.login ?? student?.email ?? score.email ?? "", CSVCell.text(student?.section ?? ""),
                                    try grades.cell(score)])
        }
        return text
    }

    /// Moodle's gradebook import: a row per student with every key Moodle
    /// may match on (`ID number`, `Email address`), so that no row is lost
    /// whichever one the import maps; the grade and feedback.
    static func moodle(_ scores: [FinalScore], roster: Roster?, grades: LMSGrades, keys: inout KeyWarnings) throws -> String {
        var text = CSVLine.render(["Student ID", "ID number", "Email address", "Full name", "Grade", "Feedback comments"])
        for score in scores {
            let student = roster?.students[score.key.value]
            let email = student?.email ?? score.email ?? ""
            keys.check(student?.sisID, "ID number", of: score.key)
            keys.check(email, "Email address", of: score.key)
            text += CSVLine.render([CSVCell.id(score.key), student?.sisID ?? "", email, CSVCell.text(student?.name ?? score.name ?? ""),
                                    try grades.cell(score), CSVCell.text(grades.feedback(score))])
        }
        return text
    }
}

/// Keys the LMS matches on that start like a formula: never altered (the
/// import would stop matching), reported once each.
struct KeyWarnings: Sendable {
    var lines: [String] = []
    private var seen = Set<String>()

    mutating func check(_ key: StudentKey, _ column: String) {
        guard key.fromLMS else { return }
        check(key.value, column, of: key)
    }

    mutating func check(_ value: String?, _ column: String, of key: StudentKey) {
        guard let value, CSVCell.isFormula(value), seen.insert("\(column)\u{0}\(value)").inserted else { return }
        lines.append("the \(column) of student \(key.value.debugDescription) starts with \(String(value.prefix(1)).debugDescription): "
            + "left as the LMS gave it (the import matches on it); a spreadsheet may read it as a formula")
    }
}
