import CoursecheckMaths
import Foundation

/// The assignment a sheet answers, as kept in `fixtures/assignment.json`: the
/// data of the questions, never their answers.
///
/// Part II: `samples` embeddings f_1…f_n with class `labels`, a triplet loss
/// with margin α > 0 and the list of triplets (anchor, positive, negative)
/// that Question 5 asks about. `reference` fixes how the numerical evidence
/// is drawn: seed, number of draws, embedding dimension, finite-difference
/// step and tolerance.
public struct Assignment: Codable, Equatable, Sendable {
    public var schema: String
    /// Part I, the recurrent encoders; an assignment may leave it out.
    public var part1: RecurrentPart?
    public var part2: TripletPart
    public var reference: ReferenceSettings
    /// How `grade` scores a sheet; one point per check when absent.
    public var points: Points?

    public struct TripletPart: Codable, Equatable, Sendable {
        /// How many samples f_1…f_n there are.
        public var samples: Int
        /// The class of each sample, in order: `labels[i-1]` is f_i's.
        public var labels: [Int]
        /// The margin α of `max(0, ½‖f_a − f_p‖² − ½‖f_a − f_n‖² + α)`.
        public var margin: Double
        /// Question 5's triplets, 1-based sample numbers (anchor, positive, negative).
        public var triplets: [[Int]]
    }

    public struct ReferenceSettings: Codable, Equatable, Sendable {
        /// Seed of the `gsl_rng_mt19937` stream behind every random draw.
        public var seed: UInt
        /// Random embeddings drawn per question.
        public var draws: Int
        /// Dimension of each embedding; at least 4.
        public var dimension: Int
        /// Initial step h of `gsl_deriv_central`.
        public var step: Double
        /// Largest accepted |claimed − finite difference|, absolute.
        public var tolerance: Double
    }

    public static let schemaName = "coursecheck.assignment/1"
}

extension Assignment.TripletPart {
    /// The sample symbols f_1…f_n.
    public var sampleSymbols: [Symbol] { (1...samples).map(Symbol.sample) }

    /// The triplets as symbols (anchor, positive, negative).
    public var tripletSymbols: [Triplet] {
        triplets.map { Triplet(anchor: .sample($0[0]), positive: .sample($0[1]), negative: .sample($0[2])) }
    }

    /// Whether (a, p, n) has a and p in one class and n in another.
    public func isValid(_ triplet: [Int]) -> Bool {
        let (a, p, n) = (triplet[0], triplet[1], triplet[2])
        return a != p && labels[a - 1] == labels[p - 1] && labels[a - 1] != labels[n - 1]
    }
}
