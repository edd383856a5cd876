/// One group of derivative questions over a single loss: Question 2 (the
/// generic triplet, hinge inactive), Question 3 (active), Question 5.k (the
/// k-th triplet) or Question 6 (the sum over all triplets).
public struct DerivativeQuestion: Sendable {
    /// The id prefix: `part2.q2`, `part2.q5.3`, `part2.q6`.
    public var key: String
    /// The heading in reports: `Part II · Question 5.3`.
    public var title: String
    public var loss: TripletLoss
    public var active: Bool
    /// The symbols differentiated with respect to, in question order.
    public var symbols: [Symbol]
    /// Offset added to the assignment's seed, so that each question's draws
    /// stay the same when other questions are added or removed.
    public var seedOffset: UInt

    public func id(_ symbol: Symbol) -> String { "\(key).\(symbol)" }
}

extension DerivativeQuestion {
    /// The derivative questions of Part II, from the assignment.
    public static func all(in part: Assignment.TripletPart) -> [DerivativeQuestion] {
        let generic = [Triplet.generic]
        var questions = [
            DerivativeQuestion(key: "part2.q2", title: "Part II · Question 2",
                               loss: TripletLoss(triplets: generic, margin: part.margin),
                               active: false, symbols: Symbol.roles, seedOffset: 2),
            DerivativeQuestion(key: "part2.q3", title: "Part II · Question 3",
                               loss: TripletLoss(triplets: generic, margin: part.margin),
                               active: true, symbols: Symbol.roles, seedOffset: 3),
        ]
        for (k, triplet) in part.tripletSymbols.enumerated() {
            questions.append(DerivativeQuestion(
                key: "part2.q5.\(k + 1)", title: "Part II · Question 5.\(k + 1)",
                loss: TripletLoss(triplets: [triplet], margin: part.margin),
                active: true, symbols: part.sampleSymbols, seedOffset: 500 + UInt(k)))
        }
        questions.append(DerivativeQuestion(
            key: "part2.q6", title: "Part II · Question 6",
            loss: TripletLoss(triplets: part.tripletSymbols, margin: part.margin),
            active: true, symbols: part.sampleSymbols, seedOffset: 6))
        return questions
    }
}
