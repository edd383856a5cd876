import CoursecheckVerification

extension Report {
    /// Pretty-printed JSON with sorted keys and a final newline: the same
    /// report always gives the same bytes.
    public func json() throws -> String {
        jsonValue.text
    }

    /// The report as a JSON value, built directly (the same value as
    /// encoding it with `Encodable` and parsing that, without the text in
    /// between: a class of reports is written in a fraction of the time).
    /// `JSONTests` holds the two equal.
    public var jsonValue: JSONValue {
        var members: [String: JSONValue] = [
            "schema": .string(schema), "sheet": .string(sheet),
            "checks": .array(checks.map(\.jsonValue)),
            "summary": .object(Dictionary(uniqueKeysWithValues: Status.allCases.map { ($0.rawValue, .int(summary.count($0))) })),
        ]
        if let assignment { members["assignment"] = .object(["origin": .string(assignment.origin), "sha256": .string(assignment.sha256)]) }
        let shared = sharedCauses
        if !shared.isEmpty {
            members["shared_causes"] = .array(shared.map {
                .object(["reason": .string($0.reason), "first": .string($0.first), "checks": .array($0.checks.map { .string($0.description) })])
            })
        }
        return .object(members)
    }
}

extension Check {
    /// The check as a JSON value (as its `Encodable` form).
    public var jsonValue: JSONValue {
        .object([
            "id": .string(id.description), "question": .string(question), "status": .string(status.rawValue),
            "claimed": .string(claimed), "expected": .string(expected), "evidence": .string(evidence),
            "carried_from": .array(carriedFrom.map(JSONValue.string)),
            "diagnosis": .array(diagnosis.map { .object(["note": .string($0.note), "explanation": .string($0.explanation)]) }),
        ])
    }
}
