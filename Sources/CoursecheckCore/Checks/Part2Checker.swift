/// Checks every Part II answer of a parsed sheet against references computed
/// from the assignment.
public struct Part2Checker {
    public let assignment: Assignment

    public init(assignment: Assignment) {
        self.assignment = assignment
    }

    /// The checks in question order; problems that belong to no answer come
    /// last, each as an `unparsable` check of its own.
    public func checks(for sheet: ParsedSheet) throws -> [Check] {
        var checks: [Check] = []
        let questions = DerivativeQuestion.all(in: assignment.part2)
        var references: [String: [Symbol: DerivativeReference]] = [:]
        for question in questions {
            references[question.key] = try question.references(settings: assignment.reference)
        }
        for question in questions where question.key == "part2.q2" || question.key == "part2.q3" {
            checks += derivativeChecks(question, references[question.key]!, sheet)
        }
        checks += try countChecks(sheet)
        checks.append(tripletListCheck(sheet))
        for question in questions where question.key.hasPrefix("part2.q5.") {
            checks += derivativeChecks(question, references[question.key]!, sheet)
        }
        let q5 = questions.filter { $0.key.hasPrefix("part2.q5.") }
        for question in questions where question.key == "part2.q6" {
            checks += sumChecks(question, references[question.key]!, q5: q5, sheet, earlier: checks)
        }
        let known = Set(checks.map(\.id))
        for problem in sheet.problems where !known.contains(problem.id) {
            checks.append(Check(id: problem.id, question: problem.question, status: .unparsable,
                                evidence: "\(sheet.path):\(problem.location): \(problem.message)"))
        }
        return checks
    }

    /// The first problem recorded for `id`, as an `unparsable` check.
    func unparsable(_ id: String, _ question: String, expected: String, _ sheet: ParsedSheet) -> Check? {
        guard let problem = sheet.problems.first(where: { $0.id == id }) else { return nil }
        return Check(id: id, question: question, status: .unparsable, expected: expected,
                     evidence: "\(sheet.path):\(problem.location): \(problem.message)")
    }
}
