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
    ///
    /// Scaled to a column maximum M other than the assignment's, the cell is
    /// p·M/100 written exactly, p the student's percent as every other file
    /// prints it (hundredths, half up), so that the LMS's own percent,
    /// cell/M, is that same p: 75/78 on a column of 10 is 9.615 (96.15 %),
    /// where two decimals (9.62) would show 96.2 %. At most six decimals
    /// (a maximum with more than two is rounded there).
    func cell(_ score: FinalScore) throws -> String {
        guard let total = score.total, score.status == .graded || (score.status == .needsReview && exportProvisional) else { return "" }
        guard let columnMaximum, columnMaximum != maximum, !maximum.isZero else { return total.twoDecimals }
        let percent = try score.percent.map { try Rational($0.value, 10_000) } ?? total.divided(by: maximum)
        return LMSGrades.decimal(try percent.multiplied(by: columnMaximum))
    }

    /// `x` with two to six decimals: exact when six suffice (`9.615`,
    /// `48.075`, `96.15`), else rounded half up at the sixth.
    static func decimal(_ x: Rational) -> String {
        let p = Int128(x.numerator) * 2_000_000 + Int128(x.denominator)
        let q = Int128(x.denominator) * 2
        var units = p / q
        if p % q != 0, (p < 0) != (q < 0) { units -= 1 }
        let magnitude = units.magnitude
        var fraction = String(magnitude % 1_000_000)
        fraction = String(repeating: "0", count: 6 - fraction.count) + fraction
        while fraction.count > 2, fraction.hasSuffix("0") { fraction.removeLast() }
        return (units < 0 ? "-" : "") + String(magnitude / 1_000_000) + "." + fraction
    }

    /// A line for the run's end: what was written out of what.
    func summary(_ file: String) -> String {
        if let columnMaximum, columnMaximum != maximum {
            return "\(file): grades written out of \(columnMaximum.twoDecimals), scaled from the assignment's maximum of \(maximum.twoDecimals) "
                + "(with the decimals that keep each percent that of grades.csv)"
        }
        return "\(file): grades written out of \(maximum.twoDecimals), the assignment's maximum"
    }

    /// Feedback for an LMS's comment column, which students see: points
    /// and percent only for a grade, never a provisional score (with
    /// `--export-provisional` the grade cell carries it, not the comment).
    func feedback(_ score: FinalScore) -> String {
        switch score.status {
        case .noSubmission: return "no submission"
        case .unreadable: return "not graded: \(score.reason)"
        case .needsReview: return exportProvisional ? "provisional (a grader reviews some answers)" : "not graded yet: a grader reviews some answers"
        case .graded:
            guard let total = score.total, let percent = score.percent else { return "graded by coursecheck" }
            return "graded by coursecheck (\(total.twoDecimals) / \(maximum.twoDecimals) points, \(percent) %)"
        }
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
    /// whichever one the import maps; the grade and feedback. The first
    /// column is the assignment's participant number (the number in
    /// Moodle's download names and the worksheet's `Identifier`), which is
    /// not a Moodle user id: map `ID number` or `Email address` on import,
    /// never this column.
    static func moodle(_ scores: [FinalScore], roster: Roster?, grades: LMSGrades, keys: inout KeyWarnings) throws -> String {
        var text = CSVLine.render(["Participant number", "ID number", "Email address", "Full name", "Grade", "Feedback comments"])
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
