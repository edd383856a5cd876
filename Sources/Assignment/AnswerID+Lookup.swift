extension AnswerID {
    /// The answer a piece of working supports: Question 6's working of a sum
    /// supports the sum, Question 4's reasoning its count; nil for any other
    /// answer.
    public var supported: AnswerID? {
        switch item {
        case .steps(let symbol): AnswerID(question, .derivative(symbol))
        case .reasoning(let kind): .count(kind)
        default: nil
        }
    }
}

extension Assignment {
    /// What an id written by a person (an override, a points section) names:
    /// a check of the catalogue, a question, or text at a place
    /// (`part2.q5.1@12:3`).
    public enum NamedAnswer: Equatable, Sendable {
        case check(AnswerID)
        case question(QuestionID, checks: [AnswerID])
        case place(AnswerID)
    }

    /// Reads `text` as a check id, a question id or a place; nil when it
    /// names nothing of this assignment.
    public func answer(named text: String) -> NamedAnswer? {
        for (question, answers) in catalogue {
            if question.key == text { return .question(question, checks: answers) }
            if let id = answers.first(where: { $0.description == text }) { return .check(id) }
        }
        // `question@line:column`: text of a question that no answer claims.
        let halves = text.split(separator: "@", maxSplits: 1).map(String.init)
        guard halves.count == 2, let question = catalogue.first(where: { $0.question.key == halves[0] })?.question else { return nil }
        let numbers = halves[1].split(separator: ":", omittingEmptySubsequences: false).map { Int($0) }
        guard numbers.count == 2, let line = numbers[0], let column = numbers[1], line > 0, column > 0 else { return nil }
        return .place(AnswerID(question, .unplaced(line: line, column: column)))
    }
}
