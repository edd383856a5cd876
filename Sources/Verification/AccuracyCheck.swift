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

    /// Refuses a reference made for other sizes or other encoders than the
    /// assignment in use specifies (`AccuracyReferenceError`, exit 2): what
    /// its runs depend on. The rest of the assignment (points, Part II) may
    /// change. A reference of the first schema, which named the whole
    /// assignment file instead of its encoders, is used only with that file.
    public static func validate(_ reference: AccuracyReference, path: String, part: Assignment.RecurrentPart,
                                assignmentSHA256: String) throws {
        let sizes = reference.sizes
        if sizes.inputSize != part.inputSize || sizes.hiddenSize != part.hiddenSize || sizes.bias != part.bias.rawValue {
            throw AccuracyReferenceError(path: path, reason: "made for input size \(sizes.inputSize), hidden size \(sizes.hiddenSize), \(sizes.bias) bias(es); "
                + "the assignment in use has \(part.inputSize), \(part.hiddenSize), \(part.bias.rawValue)")
        }
        if let bound = reference.assignmentSHA256, bound != assignmentSHA256 {
            throw AccuracyReferenceError(path: path, reason: "a \(AccuracyReference.firstSchemaName) reference, bound to the whole assignment file "
                + "(SHA-256 \(bound)); the assignment in use has SHA-256 \(assignmentSHA256): make it again with accuracy-reference, "
                + "which binds it to Part I's sizes and encoders only")
        }
        for model in reference.models {
            guard let spec = part.model(slug: model.slug) else {
                throw AccuracyReferenceError(path: path, reason: "has model '\(model.slug)', which the assignment does not")
            }
            if let trained = reference.encoder(model.slug), !AccuracyReference.sameEncoder(trained, spec) {
                throw AccuracyReferenceError(path: path, reason: "model '\(model.slug)' was trained as \(AccuracyReference.architecture(trained)); "
                    + "the assignment in use specifies \(AccuracyReference.architecture(spec))")
            }
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
