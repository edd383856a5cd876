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

    /// One reason shared by several unparsable answers (a notation used
    /// throughout), the first place it was found, and the answers.
    public struct SharedCause: Encodable, Equatable, Sendable {
        public var reason: String
        public var first: String
        public var checks: [AnswerID]
    }

    /// The reasons that two or more unparsable answers share, most answers
    /// first (then by reason): one cause, one line.
    public var sharedCauses: [SharedCause] {
        var order: [String] = []
        var groups: [String: SharedCause] = [:]
        for check in checks where check.status == .unparsable {
            guard let cause = check.cause else { continue }
            if groups[cause.reason] == nil {
                order.append(cause.reason)
                groups[cause.reason] = SharedCause(reason: cause.reason, first: cause.place, checks: [])
            }
            groups[cause.reason]!.checks.append(check.id)
        }
        return order.compactMap { groups[$0] }.filter { $0.checks.count > 1 }
            .sorted { ($0.checks.count, $1.reason) > ($1.checks.count, $0.reason) }
    }

    enum CodingKeys: String, CodingKey {
        case schema, sheet, assignment, checks, summary
        case sharedCauses = "shared_causes"
    }

    /// The report's fields; `shared_causes` only when there are some, so
    /// reports without them keep the bytes they always had.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schema, forKey: .schema)
        try c.encode(sheet, forKey: .sheet)
        try c.encodeIfPresent(assignment, forKey: .assignment)
        try c.encode(checks, forKey: .checks)
        try c.encode(summary, forKey: .summary)
        let shared = sharedCauses
        if !shared.isEmpty { try c.encode(shared, forKey: .sharedCauses) }
    }

    /// 0 when every check is correct or unverifiable, 1 otherwise.
    public var exitStatus: Int32 {
        checks.contains { $0.status.fails } ? 1 : 0
    }
}
