import CoursecheckNumerics

/// Backpropagation checked against GSL central differences.
///
/// The loss is a fixed random linear read-out of the top level's output,
/// L(θ, X) = Σ R ⊙ model(X; θ) with R ~ N(0, 1), so dL/d(output) = R. The
/// check compares, in float64:
/// - along `directions` seeded random unit directions V over every parameter
///   and the input, the directional derivative ⟨∇L, V⟩ from backward with
///   d/dε L(θ + εV) from `gsl_deriv_central` at ε = 0 (a handful of forward
///   passes per direction, whatever the model's size);
/// - at `coordinates` seeded random entries of every tensor and of the input,
///   ∂L/∂θₖ from backward with the central difference in θₖ alone.
///
/// The error of a comparison is |fd − analytic| / max(|fd|, |analytic|, 10⁻³):
/// relative, except that gradients below 10⁻³ are judged absolutely, where a
/// relative error would only measure rounding.
public struct GradientCheck: Sendable {
    public var directions = 4
    public var coordinates = 2
    public var steps = 3
    public var batch = 2
    public var tolerance = 1e-6
    public var seed: UInt = 7
    public var method = CentralDifference(step: 1e-3)

    public init() {}

    public struct Result: Codable, Equatable, Sendable {
        public var slug: String
        public var directions: Int
        public var coordinates: Int
        public var maxRelativeError: Double
        public var passed: Bool

        enum CodingKeys: String, CodingKey {
            case slug, directions, coordinates, passed
            case maxRelativeError = "max_relative_error"
        }
    }

    public static func error(_ fd: Double, _ analytic: Double) -> Double {
        let scale = max(abs(fd), abs(analytic), 1e-3)
        let e = abs(fd - analytic) / scale
        return e.isNaN ? .infinity : e
    }
}
