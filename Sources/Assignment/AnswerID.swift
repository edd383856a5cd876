import CoursecheckMaths

/// The id of one answer (one check): a question and what of it is answered.
/// Its text, the stable id in reports, comes from here only:
///
/// | answer | id |
/// |---|---|
/// | a model's parameter count | `part1.params.2-level-bi-lstm` |
/// | the sizes all counts imply | `part1.params.sizes` |
/// | a model's accuracy | `part1.accuracy.lstm` |
/// | a derivative | `part2.q5.3.f_5` |
/// | the working of a Question 6 sum | `part2.q6.f_4.steps` |
/// | a Question 4 count, its reasoning | `part2.q4.valid`, `part2.q4.valid.reasoning` |
/// | Question 5's triplet list | `part2.q5.triplets` |
/// | text that belongs to no answer | `part2.q5.1@12:3` (its line and column) |
public struct AnswerID: Hashable, Comparable, Sendable, CustomStringConvertible, Encodable {
    public var question: QuestionID
    public var item: Item

    public enum Item: Hashable, Sendable {
        /// A model, by slug.
        case model(String)
        case sizes
        case derivative(Symbol)
        case steps(Symbol)
        case count(CountKind)
        case reasoning(CountKind)
        case triplets
        /// Something at a place in the sheet that no answer claims.
        case unplaced(line: Int, column: Int)
    }

    public init(_ question: QuestionID, _ item: Item) {
        self.question = question
        self.item = item
    }

    /// A model's parameter count (`part1.params.SLUG`).
    public static func parameters(_ slug: String) -> AnswerID { AnswerID(.parameters, .model(slug)) }
    /// The sizes under which every claimed count holds (`part1.params.sizes`).
    public static let sizes = AnswerID(.parameters, .sizes)
    /// A model's test accuracy (`part1.accuracy.SLUG`).
    public static func accuracy(_ slug: String) -> AnswerID { AnswerID(.accuracy, .model(slug)) }
    /// Question 4's count of one kind.
    public static func count(_ kind: CountKind) -> AnswerID { AnswerID(.question(4), .count(kind)) }
    /// The reasoning behind Question 4's count of one kind.
    public static func reasoning(_ kind: CountKind) -> AnswerID { AnswerID(.question(4), .reasoning(kind)) }
    /// Question 5's transcription of the triplet list.
    public static let triplets = AnswerID(.question(5), .triplets)

    public var description: String {
        switch item {
        case .model(let slug): "\(question.key).\(slug)"
        case .sizes: "\(question.key).sizes"
        case .derivative(let s): "\(question.key).\(s)"
        case .steps(let s): "\(question.key).\(s).steps"
        case .count(let kind): "\(question.key).\(kind.rawValue)"
        case .reasoning(let kind): "\(question.key).\(kind.rawValue).reasoning"
        case .triplets: "\(question.key).triplets"
        case let .unplaced(line, column): "\(question.key)@\(line):\(column)"
        }
    }

    public static func < (a: AnswerID, b: AnswerID) -> Bool { a.description < b.description }

    /// Encoded as its text.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// Question 4's two counts: all ordered triplets of distinct samples, and the
/// valid ones.
public enum CountKind: String, Sendable, CaseIterable, Hashable {
    case all, valid
}
