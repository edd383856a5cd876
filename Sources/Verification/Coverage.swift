import CoursecheckAssignment
import CoursecheckModels
import CoursecheckTraining

/// Which answers of an assignment's catalogue its references can decide.
///
/// An answer that no sheet can have verified is out of every student's
/// maximum, whatever a sheet writes:
/// - a model's test accuracy without an accuracy reference holding that
///   model's runs (it is then only checked for plausibility, 0–100 %);
/// - the answers of a derivative question whose every draw lies on the
///   hinge's kink (the loss is not differentiable there), with the working
///   of its lines.
///
/// An answer unverifiable on one sheet only (working not shown, reasoning
/// that never reaches its total) is decidable: it stays in the maximum.
public struct Coverage: Sendable {
    /// The answers no sheet can have verified, in catalogue order.
    public let undecidable: [AnswerID]

    /// `accuracy`: the accuracy reference in use (`--accuracy-reference`),
    /// already validated against the assignment.
    public init(assignment: Assignment, part2: Part2References, accuracy: AccuracyReference? = nil) {
        var out: [AnswerID] = []
        for model in assignment.part1?.models ?? [] where !Part1Checker.decidesAccuracy(of: model, reference: accuracy) {
            out.append(.accuracy(model.slug))
        }
        // The working of an answer (`.steps`, whatever question holds it) is
        // undecidable with the answer it supports: taken from the catalogue.
        let catalogue = assignment.catalogue.flatMap(\.answers)
        for question in part2.questions where part2.references[question.id] == nil {
            for symbol in question.symbols {
                let answer = question.answer(symbol)
                out.append(answer)
                out += catalogue.filter { $0 != answer && $0.supported == answer }
            }
        }
        undecidable = out
        lookup = Set(out)
    }

    private let lookup: Set<AnswerID>

    public func decides(_ id: AnswerID) -> Bool { !lookup.contains(id) }
}

extension Part1Checker {
    /// Whether a claim of `model`'s test accuracy can be judged: only
    /// against an accuracy reference that holds the model's runs. Whether
    /// it then earns points is the points section's decision (advisory, 0
    /// points, unless it names `part1.accuracy`).
    public static func decidesAccuracy(of model: ModelSpec, reference: AccuracyReference?) -> Bool {
        reference?.model(model.slug) != nil
    }
}
