import Foundation

/// A student's id, and whether the LMS gave it (a Canvas or Moodle download
/// name, a Gradescope sid or email, a roster) or it was made from a plain
/// file name. Ids compare by their text.
public struct StudentKey: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var value: String
    public var fromLMS: Bool

    public init(_ value: String, fromLMS: Bool) {
        self.value = value
        self.fromLMS = fromLMS
    }

    public var description: String { value }
    public static func == (a: StudentKey, b: StudentKey) -> Bool { a.value == b.value }
    public func hash(into hasher: inout Hasher) { hasher.combine(value) }
    public static func < (a: StudentKey, b: StudentKey) -> Bool { a.value < b.value }
}

/// The class list. Read from a plain roster (`id,name`, and `email`,
/// `sis_id`, `section` when present) or from the LMS's own files: Canvas's
/// gradebook export (`Student,ID,SIS User ID,SIS Login ID,Section,…`; the
/// ID is the number in Canvas's download names) and Moodle's grading
/// worksheet (`Identifier` "Participant NNN", whose number is the one in
/// Moodle's download names, `Full name`, `Email address`, `ID number`).
public struct Roster: Sendable {
    public struct Student: Sendable, Equatable {
        public var id: String
        public var name: String
        public var email: String?
        public var sisID: String?
        public var login: String?
        public var section: String?

        public init(id: String, name: String, email: String? = nil, sisID: String? = nil, login: String? = nil, section: String? = nil) {
            self.id = id
            self.name = name
            self.email = email
            self.sisID = sisID
            self.login = login
            self.section = section
        }
    }

    /// The file's kind, for messages.
    public enum Source: String, Sendable {
        case plain = "roster"
        case canvasGradebook = "Canvas gradebook export"
        case moodleWorksheet = "Moodle grading worksheet"
    }

    public var students: [String: Student]
    public var source: Source

    public init(students: [Student], source: Source = .plain) {
        self.students = Dictionary(students.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        self.source = source
    }

    public static func load(_ path: String) throws -> Roster {
        try read(CSVTable.read(path))
    }

    /// The roster a table holds, whichever of the three kinds it is.
    public static func read(_ table: CSVTable) throws -> Roster {
        if table.column("Student") != nil, table.column("ID") != nil, table.column("SIS User ID") != nil {
            return try canvas(table)
        }
        if table.column("Identifier") != nil, table.column("Full name") != nil {
            return try moodle(table)
        }
        return try plain(table)
    }

    /// The number a Moodle `Identifier` ends with (`Participant 1234567`,
    /// in any language), or nil.
    public static func moodleNumber(_ identifier: String) -> String? {
        let digits = String(identifier.reversed().prefix { $0.isASCII && $0.isNumber }.reversed())
        return digits.isEmpty ? nil : digits
    }

    static func plain(_ table: CSVTable) throws -> Roster {
        for name in ["id", "name"] where table.column(name) == nil {
            throw CSVFileError(path: table.path, line: 1, message: "no column '\(name)' (a roster has id,name, and email, sis_id, section when present; "
                + "a Canvas gradebook export or a Moodle grading worksheet is read as it is)")
        }
        let columns = (id: table.column("id"), name: table.column("name"), email: table.column("email"),
                       sis: table.column("sis_id"), section: table.column("section"))
        var students: [Student] = []
        var seen: [String: Int] = [:]
        for k in table.rows.indices where !table.isBlank(k) {
            let id = table.cell(k, columns.id)
            guard !id.isEmpty else { throw CSVFileError(path: table.path, line: table.lines[k], message: "empty id") }
            if let first = seen[id] { throw CSVFileError(path: table.path, line: table.lines[k], message: "id \(id) listed twice (first on line \(first))") }
            seen[id] = table.lines[k]
            func value(_ c: Int?) -> String? { let v = table.cell(k, c); return v.isEmpty ? nil : v }
            students.append(Student(id: id, name: table.cell(k, columns.name), email: value(columns.email),
                                    sisID: value(columns.sis), section: value(columns.section)))
        }
        return Roster(students: students)
    }

    /// Canvas's gradebook export: a row per student with its Canvas ID;
    /// rows without an ID (`Points Possible`, `Manual Posting`) are not students.
    static func canvas(_ table: CSVTable) throws -> Roster {
        let c = (name: table.column("Student"), id: table.column("ID"), sis: table.column("SIS User ID"),
                 login: table.column("SIS Login ID"), section: table.column("Section"))
        var students: [Student] = []
        for k in table.rows.indices where !table.cell(k, c.id).isEmpty {
            func value(_ column: Int?) -> String? { let v = table.cell(k, column); return v.isEmpty ? nil : v }
            let login = value(c.login)
            students.append(Student(id: table.cell(k, c.id), name: table.cell(k, c.name), email: login.flatMap { $0.contains("@") ? $0 : nil },
                                    sisID: value(c.sis), login: login, section: value(c.section)))
        }
        return Roster(students: students, source: .canvasGradebook)
    }

    /// Moodle's grading worksheet: a row per participant.
    static func moodle(_ table: CSVTable) throws -> Roster {
        let c = (identifier: table.column("Identifier"), name: table.column("Full name"), email: table.column("Email address"),
                 sis: table.column("ID number"))
        var students: [Student] = []
        for k in table.rows.indices where !table.isBlank(k) {
            guard let number = moodleNumber(table.cell(k, c.identifier)) else {
                throw CSVFileError(path: table.path, line: table.lines[k],
                                   message: "Identifier '\(table.cell(k, c.identifier))' does not end with the participant's number")
            }
            func value(_ column: Int?) -> String? { let v = table.cell(k, column); return v.isEmpty ? nil : v }
            students.append(Student(id: number, name: table.cell(k, c.name), email: value(c.email), sisID: value(c.sis)))
        }
        return Roster(students: students, source: .moodleWorksheet)
    }
}
