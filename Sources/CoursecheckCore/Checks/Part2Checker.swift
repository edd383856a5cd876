/// Checks every Part II answer of a parsed sheet against references computed
/// from the assignment.
public struct Part2Checker {
    public let assignment: Assignment
    public let computed: Part2References

    /// `references` computed from `assignment` when not given.
    public init(assignment: Assignment, references: Part2References? = nil) throws {
        self.assignment = assignment
        computed = try references ?? Part2References(assignment)
    }

    /// The checks in question order; problems that belong to no answer come
    /// last, each as an `unparsable` check of its own.
    public func checks(for sheet: ParsedSheet) throws -> [Check] {
        var checks: [Check] = []
        let questions = computed.questions
        let references = computed.references
        func derivatives(_ question: DerivativeQuestion, _ make: ([Symbol: DerivativeReference]) -> [Check]) -> [Check] {
            guard let refs = references[question.key] else { return onTheHinge(question) }
            return make(refs)
        }
        for question in questions where question.key == "part2.q2" || question.key == "part2.q3" {
            checks += derivatives(question) { derivativeChecks(question, $0, sheet) }
        }
        checks += try countChecks(sheet)
        checks.append(tripletListCheck(sheet))
        for question in questions where question.key.hasPrefix("part2.q5.") {
            checks += derivatives(question) { derivativeChecks(question, $0, sheet) }
        }
        let q5 = questions.filter { $0.key.hasPrefix("part2.q5.") }
        for question in questions where question.key == "part2.q6" {
            let earlier = checks
            checks += derivatives(question) { sumChecks(question, $0, q5: q5, sheet, earlier: earlier) }
        }
        let known = Set(checks.map(\.id))
        for problem in sheet.problems where !known.contains(problem.id) {
            checks.append(Check(id: problem.id, question: problem.question, status: .unparsable,
                                evidence: "\(sheet.path):\(problem.location): \(problem.message)"))
        }
        return checks
    }

    /// The checks of a question whose every draw lies on the hinge's kink.
    func onTheHinge(_ question: DerivativeQuestion) -> [Check] {
        question.symbols.map { symbol in
            Check(id: question.id(symbol), question: question.title, status: .unverifiable,
                  evidence: "no draw keeps the hinge away from its kink (max(0, ·) at 0): the loss is not differentiable there, so the answer cannot be checked.")
        }
    }

    /// The first problem recorded for `id`, as an `unparsable` check.
    func unparsable(_ id: String, _ question: String, expected: String, _ sheet: ParsedSheet) -> Check? {
        guard let problem = sheet.problems.first(where: { $0.id == id }) else { return nil }
        return Check(id: id, question: question, status: .unparsable, expected: expected,
                     evidence: "\(sheet.path):\(problem.location): \(problem.message)")
    }
}
