import CoursecheckAssignment
import CoursecheckModels

/// Which answers of an assignment's catalogue its references can decide.
///
/// An answer that no sheet can have verified is out of every student's
/// maximum, whatever a sheet writes:
/// - a model's test accuracy, while the assignment carries no reference to
///   compare it with (it is then only checked for plausibility, 0–100 %);
/// - the answers of a derivative question whose every draw lies on the
///   hinge's kink (the loss is not differentiable there), with the working
///   of its lines.
///
/// An answer unverifiable on one sheet only (working not shown, reasoning
/// that never reaches its total) is decidable: it stays in the maximum.
public struct Coverage: Sendable {
    /// The answers no sheet can have verified, in catalogue order.
    public let undecidable: [AnswerID]

    public init(assignment: Assignment, part2: Part2References) {
        var out: [AnswerID] = []
        for model in assignment.part1?.models ?? [] where !Part1Checker.decidesAccuracy(of: model, in: assignment) {
            out.append(.accuracy(model.slug))
        }
        for question in part2.questions where part2.references[question.id] == nil {
            for symbol in question.symbols {
                out.append(question.answer(symbol))
                if question.id == .question(6) { out.append(AnswerID(question.id, .steps(symbol))) }
            }
        }
        undecidable = out
        lookup = Set(out)
    }

    private let lookup: Set<AnswerID>

    public func decides(_ id: AnswerID) -> Bool { !lookup.contains(id) }
}

extension Part1Checker {
    /// Whether the assignment carries a reference for `model`'s test accuracy
    /// to check a claim against. None does yet: an accuracy reference (issue
    /// 20, accuracy checks by training) switches this on, and the accuracy
    /// then counts in every student's maximum.
    public static func decidesAccuracy(of model: ModelSpec, in assignment: Assignment) -> Bool {
        false
    }
}
