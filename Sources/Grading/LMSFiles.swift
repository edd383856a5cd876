import CoursecheckMaths
import Foundation

/// Canvas's gradebook export, written back with the assignment's column
/// filled, ready to import: every row and column kept as exported, only the
/// assignment's cells of students with a grade changed (and free-text
/// cells neutralised, `CSVCell`). A graded student the export lacks is
/// added at the end, so that no grade is lost in silence.
public struct CanvasGradebook: Sendable {
    public var table: CSVTable
    /// The assignment's column, `Title (id)`; nil to add a `coursecheck` column.
    public var column: Int
    public var columnName: String
    /// Points Possible of the column, when the export gives it.
    public var pointsPossible: Rational?
    var added: Bool

    public static func load(_ path: String, column name: String?) throws -> CanvasGradebook {
        var table = try CSVTable.read(path)
        for required in ["Student", "ID"] where table.column(required) == nil {
            throw CSVFileError(path: path, line: 1, message: "not a Canvas gradebook export: no column '\(required)'")
        }
        let possibleRow = table.rows.indices.first { table.cell($0, 0) == "Points Possible" }
        guard let name else {
            table.header.append("coursecheck")
            for k in table.rows.indices { table.rows[k].append("") }
            return CanvasGradebook(table: table, column: table.header.count - 1, columnName: "coursecheck", pointsPossible: nil, added: true)
        }
        guard let column = table.column(name) else {
            let assignments = table.header.filter { $0.hasSuffix(")") && $0.contains(" (") }
            throw CSVFileError(path: path, line: 1, message: "no column '\(name)' (assignment columns: \(assignments.joined(separator: ", ")))")
        }
        let possible = possibleRow.map { table.cell($0, column) }.flatMap { Rational(decimalText: $0) }
        return CanvasGradebook(table: table, column: column, columnName: name, pointsPossible: possible, added: false)
    }

    /// The file with the grades in, and how many rows were filled and added.
    mutating func fill(_ scores: [String: FinalScore], grades: LMSGrades, keys: inout KeyWarnings) throws -> (text: String, filled: Int, added: Int) {
        let c = (id: table.column("ID"), sis: table.column("SIS User ID"), login: table.column("SIS Login ID"),
                 name: table.column("Student"), section: table.column("Section"))
        if let k = table.rows.indices.first(where: { table.cell($0, 0) == "Points Possible" }), added {
            table.set(k, column, grades.outOf.twoDecimals)
        }
        var filled = 0
        var present = Set<String>()
        for k in table.rows.indices {
            let id = table.cell(k, c.id)
            guard !id.isEmpty else { continue }
            present.insert(id)
            keys.check(id, "ID", of: StudentKey(id, fromLMS: true))
            keys.check(table.cell(k, c.sis), "SIS User ID", of: StudentKey(id, fromLMS: true))
            keys.check(table.cell(k, c.login), "SIS Login ID", of: StudentKey(id, fromLMS: true))
            for free in [c.name, c.section].compactMap({ $0 }) where free < table.rows[k].count {
                table.rows[k][free] = CSVCell.text(table.rows[k][free])
            }
            guard let score = scores[id] else { continue }
            let value = try grades.cell(score)
            if !value.isEmpty { table.set(k, column, value); filled += 1 }
        }
        let missing = try LMSGrades.missing(from: present, scores) { score in
            [(c.name, CSVCell.text(score.name ?? "")), (c.id, CSVCell.id(score.key)), (column, try grades.cell(score))]
        }
        missing.forEach { table.append($0) }
        return (table.text(), filled, missing.count)
    }
}

/// Moodle's grading worksheet (Assignment → "Download grading worksheet"),
/// written back with `Grade` and `Feedback comments` filled, ready for
/// "Upload grading worksheet": every row and column kept; a participant is
/// matched by the number its `Identifier` ends with, the number in Moodle's
/// download names. Moodle's import also needs `Last modified (grade)`,
/// which is left as exported.
public struct MoodleWorksheet: Sendable {
    public var table: CSVTable
    public var grade: Int
    public var feedback: Int?
    /// The assignment's maximum grade in Moodle (`Maximum Grade`).
    public var maximumGrade: Rational?

    public static func load(_ path: String) throws -> MoodleWorksheet {
        let table = try CSVTable.read(path)
        for required in ["Identifier", "Grade"] where table.column(required) == nil {
            throw CSVFileError(path: path, line: 1, message: "not a Moodle grading worksheet: no column '\(required)'")
        }
        var maximum: Rational?
        if let column = table.column("Maximum Grade") {
            for k in table.rows.indices where !table.cell(k, column).isEmpty {
                let text = table.cell(k, column).replacingOccurrences(of: ",", with: ".")
                guard let value = Rational(decimalText: text) else {
                    throw CSVFileError(path: path, line: table.lines[k], message: "Maximum Grade '\(table.cell(k, column))' is not a number")
                }
                if let maximum, maximum != value {
                    throw CSVFileError(path: path, line: table.lines[k],
                                       message: "Maximum Grade \(value.twoDecimals) differs from \(maximum.twoDecimals) on an earlier row")
                }
                maximum = value
            }
        }
        return MoodleWorksheet(table: table, grade: table.column("Grade")!, feedback: table.column("Feedback comments"), maximumGrade: maximum)
    }

    mutating func fill(_ scores: [String: FinalScore], grades: LMSGrades, keys: inout KeyWarnings) throws -> (text: String, filled: Int, added: Int) {
        let c = (identifier: table.column("Identifier"), name: table.column("Full name"), email: table.column("Email address"))
        var filled = 0
        var present = Set<String>()
        for k in table.rows.indices {
            guard let number = Roster.moodleNumber(table.cell(k, c.identifier)) else { continue }
            present.insert(number)
            keys.check(table.cell(k, c.identifier), "Identifier", of: StudentKey(number, fromLMS: true))
            keys.check(table.cell(k, c.email), "Email address", of: StudentKey(number, fromLMS: true))
            if let name = c.name, name < table.rows[k].count { table.rows[k][name] = CSVCell.text(table.rows[k][name]) }
            guard let score = scores[number] else { continue }
            let value = try grades.cell(score)
            if !value.isEmpty { table.set(k, grade, value); filled += 1 }
            if let feedback, score.status != .noSubmission { table.set(k, feedback, CSVCell.text(grades.feedback(score))) }
        }
        let missing = try LMSGrades.missing(from: present, scores) { score in
            [(c.identifier, "Participant " + CSVCell.id(score.key)), (c.name, CSVCell.text(score.name ?? "")),
             (grade, try grades.cell(score)), (feedback, CSVCell.text(grades.feedback(score)))]
        }
        missing.forEach { table.append($0) }
        return (table.text(), filled, missing.count)
    }
}

extension LMSGrades {
    /// Rows for the students with a submission that an LMS file lacks, in
    /// id order, so that no grade is lost in silence.
    static func missing(from present: Set<String>, _ scores: [String: FinalScore],
                        row: (FinalScore) throws -> [(Int?, String)]) rethrows -> [[Int: String]] {
        try scores.keys.sorted().filter { !present.contains($0) && scores[$0]!.status != .noSubmission }.map { id in
            var cells: [Int: String] = [:]
            for case let (column?, value) in try row(scores[id]!) { cells[column] = value }
            return cells
        }
    }
}
