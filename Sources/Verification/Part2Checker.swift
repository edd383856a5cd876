import CoursecheckAssignment
import CoursecheckMaths
import CoursecheckReading

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

    /// The checks in question order.
    public func checks(for sheet: ParsedSheet) throws -> [Check] {
        var checks: [Check] = []
        let questions = computed.questions
        let references = computed.references
        func derivatives(_ question: DerivativeQuestion, _ make: ([Symbol: DerivativeReference]) -> [Check]) -> [Check] {
            guard let refs = references[question.id] else { return onTheHinge(question) }
            return make(refs)
        }
        for question in questions where question.id == .question(2) || question.id == .question(3) {
            checks += derivatives(question) { derivativeChecks(question, $0, sheet) }
        }
        checks += try countChecks(sheet)
        checks.append(tripletListCheck(sheet))
        for question in questions where question.id.tripletNumber != nil {
            checks += derivatives(question) { derivativeChecks(question, $0, sheet) }
        }
        let q5 = questions.filter { $0.id.tripletNumber != nil }
        for question in questions where question.id == .question(6) {
            let earlier = checks
            checks += derivatives(question) { sumChecks(question, $0, q5: q5, sheet, earlier: earlier) }
        }
        return checks
    }

    /// The checks of a question whose every draw lies on the hinge's kink:
    /// `unverifiable`, since the loss is not differentiable there.
    public func onTheHinge(_ question: DerivativeQuestion) -> [Check] {
        question.symbols.map { symbol in
            Check(id: question.answer(symbol), status: .unverifiable,
                  evidence: "no draw keeps the hinge away from its kink (max(0, ·) at 0): the loss is not differentiable there, so the answer cannot be checked.")
        }
    }

    /// The first problem recorded for `id`, as an `unparsable` check.
    func unparsable(_ id: AnswerID, expected: String, _ sheet: ParsedSheet) -> Check? {
        guard let problem = sheet.problems.first(where: { $0.id == id }) else { return nil }
        var check = Check(id: id, status: .unparsable, expected: expected,
                          evidence: "\(sheet.place(problem.location)): \(problem.message)")
        check.cause = Check.Cause(reason: problem.reason, place: sheet.place(problem.location))
        return check
    }
}
