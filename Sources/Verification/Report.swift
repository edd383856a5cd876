import CoursecheckAssignment



/// The outcome of verifying one sheet: every check, and how many of each
/// status. `schema` names the JSON format, `coursecheck.report/1`.
public struct Report: Encodable, Equatable, Sendable {
    public var schema: String
    /// The sheet's path as given, relative to the working directory.
    public var sheet: String
    /// Which assignment the sheet was checked against, when known.
    public var assignment: AssignmentSource?
    public var checks: [Check]
    public var summary: Summary

    public static let schemaName = "coursecheck.report/1"

    public struct Summary: Codable, Equatable, Sendable {
        public var correct = 0
        public var incorrect = 0
        public var inconsistent = 0
        public var unverifiable = 0
        public var missing = 0
        public var unparsable = 0

        public init(_ checks: [Check]) {
            for check in checks {
                switch check.status {
                case .correct: correct += 1
                case .incorrect: incorrect += 1
                case .inconsistent: inconsistent += 1
                case .unverifiable: unverifiable += 1
                case .missing: missing += 1
                case .unparsable: unparsable += 1
                }
            }
        }

        public func count(_ status: Status) -> Int {
            switch status {
            case .correct: correct
            case .incorrect: incorrect
            case .inconsistent: inconsistent
            case .unverifiable: unverifiable
            case .missing: missing
            case .unparsable: unparsable
            }
        }
    }

    public init(sheet: String, assignment: AssignmentSource? = nil, checks: [Check]) {
        schema = Report.schemaName
        self.sheet = sheet
        self.assignment = assignment
        self.checks = checks
        summary = Summary(checks)
    }

    /// 0 when every check is correct or unverifiable, 1 otherwise.
    public var exitStatus: Int32 {
        checks.contains { $0.status.fails } ? 1 : 0
    }
}
