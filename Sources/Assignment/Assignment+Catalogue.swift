

extension Assignment {
    /// Every question of the assignment with the answers it expects, in the
    /// order reports list them: what a complete sheet answers, whatever a
    /// given sheet contains.
    public var catalogue: [(question: QuestionID, answers: [AnswerID])] {
        var list: [(question: QuestionID, answers: [AnswerID])] = []
        if let part1 {
            let slugs = part1.models.map(\.slug)
            list.append((.parameters, slugs.map(AnswerID.parameters) + [.sizes]))
            list.append((.accuracy, slugs.map(AnswerID.accuracy)))
        }
        let derivatives = DerivativeQuestion.all(in: part2)
        for question in derivatives where question.id == .question(2) || question.id == .question(3) {
            list.append((question.id, question.symbols.map(question.answer)))
        }
        list.append((.question(4), CountKind.allCases.flatMap { [AnswerID.count($0), .reasoning($0)] }))
        list.append((.question(5), [.triplets]))
        for question in derivatives where question.id.tripletNumber != nil {
            list.append((question.id, question.symbols.map(question.answer)))
        }
        for question in derivatives where question.id == .question(6) {
            list.append((question.id, question.symbols.flatMap { [question.answer($0), AnswerID(question.id, .steps($0))] }))
        }
        return list
    }
}
