/// When tests may write goldens, chosen by the environment variable
/// `COURSECHECK_RECORD` (as swift-snapshot-testing's record modes):
/// `all` rewrites every golden, `missing` writes those that do not exist,
/// `failed` rewrites those that differ, `never` (the default) only compares.
/// On CI (`CI=true`) it is always `never`.
public enum RecordMode: String, Sendable, CaseIterable {
    case all, missing, failed, never

    public static func current(_ environment: [String: String]) -> RecordMode {
        if environment["CI"] == "true" { return .never }
        return environment["COURSECHECK_RECORD"].flatMap(RecordMode.init(rawValue:)) ?? .never
    }

    /// Whether a golden in this state is written.
    public func records(exists: Bool, differs: Bool) -> Bool {
        switch self {
        case .all: true
        case .missing: !exists
        case .failed: !exists || differs
        case .never: false
        }
    }
}
