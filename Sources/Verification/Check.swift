import CoursecheckAssignment

/// The verdict on one answer.
public enum Status: String, Codable, CaseIterable, Sendable {
    /// The answer equals the computed reference.
    case correct
    /// The answer differs from the computed reference.
    case incorrect
    /// The answer contradicts itself: working that does not lead to the
    /// stated result, or the same question answered twice differently.
    case inconsistent
    /// Nothing in the sheet or the assignment can confirm or refute it.
    case unverifiable
    /// The sheet does not answer it.
    case missing
    /// The sheet answers it in a form that cannot be read.
    case unparsable

    /// Whether this status makes `verify` exit with status 1.
    public var fails: Bool { self != .correct && self != .unverifiable }
}

/// One answer of the sheet, checked: what was claimed, what the computation
/// says, the verdict and the evidence behind it.
public struct Check: Encodable, Equatable, Sendable {
    /// A stable id such as `part2.q5.1.f_5`.
    public var id: AnswerID
    public var status: Status
    /// The answer as the sheet wrote it (white space folded), or "".
    public var claimed: String
    /// The computed reference, in canonical form.
    public var expected: String
    /// Why: the exact comparison, the numerical evidence, the location of a
    /// problem.
    public var evidence: String
    /// Earlier wrong answers of the same sheet that this wrong answer follows
    /// from (error carried forward).
    public var carriedFrom: [String]
    /// The answer as read, in canonical form (`f_5 - f_2`, `120`), when it
    /// differs from `claimed`; for grouping a class's answers (not part of
    /// the JSON of a check).
    public var reading: String?
    /// The canonical answer: `reading`, else `claimed`.
    public var canonical: String { reading ?? claimed }
    /// Which known slips a wrong answer is (empty when none fits, or when
    /// the answer is not wrong).
    public var diagnosis: [Diagnosis] = []
    /// Why an `unparsable` answer cannot be read, for grouping the answers
    /// that fail for one reason (not part of the JSON of a check).
    public var cause: Cause?

    /// A reason an answer cannot be read (`unknown symbol 'g_1'`), without
    /// the fragment it was found in, and the first place it was found.
    public struct Cause: Equatable, Sendable {
        public var reason: String
        public var place: String

        public init(reason: String, place: String) {
            self.reason = reason
            self.place = place
        }
    }

    public init(id: AnswerID, status: Status, claimed: String = "",
                expected: String = "", evidence: String = "", carriedFrom: [String] = []) {
        self.id = id
        self.status = status
        self.claimed = claimed
        self.expected = expected
        self.evidence = evidence
        self.carriedFrom = carriedFrom
    }

    /// The question as a heading: `Part II · Question 5.1`.
    public var question: String { id.question.heading }

    enum CodingKeys: String, CodingKey {
        case id, question, status, claimed, expected, evidence, diagnosis
        case carriedFrom = "carried_from"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(question, forKey: .question)
        try c.encode(status, forKey: .status)
        try c.encode(claimed, forKey: .claimed)
        try c.encode(expected, forKey: .expected)
        try c.encode(evidence, forKey: .evidence)
        try c.encode(carriedFrom, forKey: .carriedFrom)
        try c.encode(diagnosis, forKey: .diagnosis)
    }
}
