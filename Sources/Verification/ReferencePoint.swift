import CoursecheckMaths
import CoursecheckNumerics

/// Seeded random embeddings at which every hinge of a loss is in a chosen
/// state, far enough from the kink that finite differences never cross it.
public enum ReferencePoint {
    /// Why no point could be drawn.
    public struct Unreachable: Error, Equatable, Sendable {
        public var attempts: Int
    }

    /// `count` points where every hinge argument z satisfies z > δ (active)
    /// or z < −δ (inactive), with δ = α/20.
    ///
    /// Embeddings are drawn from N(0, σ²) with σ = 0.3·√α when the hinges
    /// should be active (distances small against the margin) and σ = √α when
    /// not; points that miss are rejected. The draw depends only on the seed.
    public static func draw(
        for loss: TripletLoss, symbols: [Symbol], active: Bool,
        count: Int, dimension: Int, seed: UInt
    ) throws -> [Embeddings] {
        let rng = try RandomSource(seed: seed)
        let sigma = (active ? 0.3 : 1.0) * loss.margin.squareRoot()
        let delta = loss.margin / 20
        var points: [Embeddings] = []
        var attempts = 0
        while points.count < count {
            attempts += 1
            guard attempts <= 100_000 else { throw Unreachable(attempts: attempts - 1) }
            var point: Embeddings = [:]
            for symbol in symbols.sorted() {
                point[symbol] = rng.gaussianVector(dimension, sigma: sigma)
            }
            let z = loss.hingeArguments(at: point)
            if z.allSatisfy({ active ? $0 > delta : $0 < -delta }) {
                points.append(point)
            }
        }
        return points
    }
}
