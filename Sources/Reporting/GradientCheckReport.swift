import CoursecheckAssignment
import CoursecheckModels
import CoursecheckNumerics

/// The gradient check of every model of Part I: what `coursecheck gradcheck`
/// prints.
public struct GradientCheckReport: Codable, Equatable, Sendable {
    public var schema = "coursecheck.gradcheck/1"
    public var models: [GradientCheck.Result]

    public init(models: [GradientCheck.Result]) {
        self.models = models
    }

    /// Checks each model at the assignment's sizes.
    public init(_ part: Assignment.RecurrentPart, check: GradientCheck = GradientCheck()) throws {
        self.init(models: try check.run(part.models, inputSize: part.inputSize, hiddenSize: part.hiddenSize, bias: part.bias))
    }

    public var passed: Bool { models.allSatisfy(\.passed) }

    public func markdown(tolerance: Double) -> String {
        var out = "# Gradient check: backpropagation against gsl_deriv_central\n\n"
        out += "| Model | Directions | Coordinates | Max relative error | Verdict |\n|---|---:|---:|---:|---|\n"
        for m in models {
            let error = m.maxRelativeError <= tolerance ? "< \(Magnitude.format(tolerance))" : "\(m.maxRelativeError)"
            out += "| `\(m.slug)` | \(m.directions) | \(m.coordinates) | \(error) | \(m.passed ? "✅ pass" : "❌ fail") |\n"
        }
        return out
    }
}
