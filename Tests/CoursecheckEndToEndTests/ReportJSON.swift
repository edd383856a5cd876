import Foundation

/// The report's JSON as tests read it.
struct ReportJSON: Decodable {
    struct Check: Decodable {
        var id: String
        var question: String
        var status: String
        var claimed: String
        var expected: String
        var evidence: String
        var carried_from: [String]
    }

    var schema: String
    var sheet: String
    var checks: [Check]
    var summary: [String: Int]

    init(_ text: String) throws {
        self = try JSONDecoder().decode(ReportJSON.self, from: Data(text.utf8))
    }

    subscript(id: String) -> Check? { checks.first { $0.id == id } }

    /// id → status for every check.
    var statuses: [String: String] {
        Dictionary(uniqueKeysWithValues: checks.map { ($0.id, $0.status) })
    }

    /// The ids whose status makes the exit status 1: neither `correct` nor
    /// `unverifiable`.
    var failing: Set<String> { Set(checks.filter { $0.status != "correct" && $0.status != "unverifiable" }.map(\.id)) }
}
