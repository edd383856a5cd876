import CoursecheckMaths
import CoursecheckNotation

/// Renders the submitted sheet's derivative, count and triplet answers
/// through many equivalent notations, along independent axes, each
/// rendering a literal string written here (never made from the product's
/// command table), with slips planted in some: the variant must read to
/// exactly its canonical value, and a planted wrong last side never to the
/// right one. Whole-sheet axes (block layout, headings, file formats) are
/// meant to be added on top of `Variant.spans`.
public struct NotationGenerator {
    /// One rendering and what it must read to.
    public struct Variant: Sendable {
        public var spans: [(text: String, plainText: Bool)]
        /// The value each axis took (axes that do not apply are absent).
        public var axes: [String: String]
        public var check: Check
        public var text: String { spans.map(\.text).joined(separator: "\n⁂\n") }
    }

    public enum Check: Sendable {
        /// Every derivative of a question, with the right value when a slip
        /// was planted in that answer.
        case derivatives(NotationReading.Question, [(triplet: Int?, variable: Symbol, value: LinearExpression, right: LinearExpression?)])
        /// A count's last side, and the right one when a slip was planted.
        case count(Rational, right: Rational?)
        /// The triplet list, and the right one when a slip was planted.
        case triplets([Int: [Int]], right: [Int: [Int]]?)
    }

    var random: SeededRandom
    var axes: [String: String] = [:]

    public init(seed: UInt64) {
        random = SeededRandom(seed: seed)
    }

    /// One value of an axis, recorded.
    mutating func pick(_ axis: String, _ values: [String]) -> String {
        let value = values[Int(random.next() % UInt64(values.count))]
        axes[axis] = value
        return value
    }

    mutating func chance(_ percent: UInt64) -> Bool { random.next() % 100 < percent }

    /// The next variant.
    public mutating func next() -> Variant {
        axes = [:]
        let kind = pick("answer", ["q2", "q3", "q5.k", "q5.k", "q5.k", "q6", "q6", "q4.all", "q4.valid", "q5.list"])
        switch kind {
        case "q4.all": return count(SubmittedAnswers.allTriplets, Renderings.allCounts)
        case "q4.valid": return count(SubmittedAnswers.validTriplets, Renderings.validCounts)
        case "q5.list": return tripletList()
        default: return derivatives(kind)
        }
    }
}
