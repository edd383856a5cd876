import CoursecheckAssignment
import CoursecheckModels
import CoursecheckTraining
import Foundation

/// Part I's accuracies judged against an accuracy reference: the claim p
/// (a fraction) against the band of the model's K seeded runs
/// (`AccuracyBand`): `correct` within t(0.995, K − 1)·σ of their mean,
/// `incorrect` beyond t(0.9995, K − 1)·σ, `unverifiable` between the two,
/// with its z-score. The evidence names the recipe, K and the band.
///
/// These checks are advisory: `grade` gives them no points unless the
/// assignment's points section does (a decision of Grading, not of this
/// check).
public struct AccuracyCheck: Sendable {
    public let reference: AccuracyReference

    public init(reference: AccuracyReference) { self.reference = reference }

    /// Refuses a reference made for other sizes or another assignment than
    /// the one in use (`AccuracyReferenceError`, exit 2).
    public static func validate(_ reference: AccuracyReference, path: String, part: Assignment.RecurrentPart,
                                assignmentSHA256: String) throws {
        let sizes = reference.sizes
        if sizes.inputSize != part.inputSize || sizes.hiddenSize != part.hiddenSize || sizes.bias != part.bias.rawValue {
            throw AccuracyReferenceError(path: path, reason: "made for input size \(sizes.inputSize), hidden size \(sizes.hiddenSize), \(sizes.bias) bias(es); "
                + "the assignment in use has \(part.inputSize), \(part.hiddenSize), \(part.bias.rawValue)")
        }
        if reference.assignmentSHA256 != assignmentSHA256 {
            throw AccuracyReferenceError(path: path, reason: "made for the assignment with SHA-256 \(reference.assignmentSHA256); the assignment in use has \(assignmentSHA256)")
        }
        let known = Set(part.models.map(\.slug))
        if let stranger = reference.models.first(where: { !known.contains($0.slug) }) {
            throw AccuracyReferenceError(path: path, reason: "has model '\(stranger.slug)', which the assignment does not")
        }
    }

    /// The verdict on a claimed accuracy p (a fraction 0–1) of `spec`.
    public func check(_ spec: ModelSpec, claimed p: Double, text: String) -> Check {
        let id = AnswerID.accuracy(spec.slug)
        guard let model = reference.model(spec.slug) else {
            return Check(id: id, status: .unverifiable, claimed: text, expected: "0–100 %",
                         evidence: "plausible (within 0–100 %); the accuracy reference has no runs of \(spec.name).")
        }
        let band = model.accuracyBand
        let (inner, outer) = (band.halfWidth(AccuracyBand.inner), band.halfWidth(AccuracyBand.outer))
        let expected = "\(Self.percent(band.mean - inner))–\(Self.percent(band.mean + inner))"
        let status: Status
        let finding: String
        switch band.judge(p) {
        case .inside:
            status = .correct
            finding = "the claim lies within the 99 % band"
        case .outside(let z):
            status = .incorrect
            finding = "the claim lies outside the 99.9 % band (\(Self.percent(band.mean - outer))–\(Self.percent(band.mean + outer))), z = \(Self.fixed(z, 2))"
        case .between(let z):
            status = .unverifiable
            finding = "the claim lies between the 99 % and the 99.9 % bands (\(Self.percent(band.mean - outer))–\(Self.percent(band.mean + outer))), z = \(Self.fixed(z, 2)): for a person to decide"
        }
        let evidence = "\(finding). Reference: \(spec.name) trained on the course's data (\(reference.recipe.summary)) on K = \(band.seeds) seeds: "
            + "mean \(Self.percent(band.mean)), sd \(Self.percent(band.standardDeviation)), n_test = \(band.nTest); "
            + "band m ± t(0.995, \(band.seeds - 1))·√(s²(1 + 1/K) + m(1 − m)/n) with s ≥ 0.5 %."
        return Check(id: id, status: status, claimed: text, expected: expected, evidence: evidence)
    }

    /// A fraction as a percentage with two decimals: `86.03 %`; a band's
    /// ends are shown clamped to 0–100 %.
    static func percent(_ x: Double) -> String { fixed(100 * min(1, max(0, x)), 2) + " %" }

    static func fixed(_ x: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", x) }
}
