import CoursecheckMaths

/// One group of derivative questions over a single loss: Question 2 (the
/// generic triplet, hinge inactive), Question 3 (active), Question 5.k (the
/// k-th triplet) or Question 6 (the sum over all triplets).
public struct DerivativeQuestion: Sendable {
    /// Question 2, 3, 5.k or 6.
    public var id: QuestionID
    public var loss: TripletLoss
    public var active: Bool
    /// The symbols differentiated with respect to, in question order.
    public var symbols: [Symbol]
    /// Offset added to the assignment's seed, so that each question's draws
    /// stay the same when other questions are added or removed.
    public var seedOffset: UInt

    /// The answer ∂L/∂symbol.
    public func answer(_ symbol: Symbol) -> AnswerID { AnswerID(id, .derivative(symbol)) }

    public init(id: QuestionID, loss: TripletLoss, active: Bool, symbols: [Symbol], seedOffset: UInt) {
        self.id = id
        self.loss = loss
        self.active = active
        self.symbols = symbols
        self.seedOffset = seedOffset
    }
}

extension DerivativeQuestion {
    /// The derivative questions of Part II, from the assignment.
    public static func all(in part: Assignment.TripletPart) -> [DerivativeQuestion] {
        let generic = [Triplet.generic]
        var questions = [
            DerivativeQuestion(id: .question(2),
                               loss: TripletLoss(triplets: generic, margin: part.margin),
                               active: false, symbols: Symbol.roles, seedOffset: 2),
            DerivativeQuestion(id: .question(3),
                               loss: TripletLoss(triplets: generic, margin: part.margin),
                               active: true, symbols: Symbol.roles, seedOffset: 3),
        ]
        for (k, triplet) in part.tripletSymbols.enumerated() {
            questions.append(DerivativeQuestion(
                id: .triplet(k + 1),
                loss: TripletLoss(triplets: [triplet], margin: part.margin),
                active: true, symbols: part.sampleSymbols, seedOffset: 500 + UInt(k)))
        }
        questions.append(DerivativeQuestion(
            id: .question(6),
            loss: TripletLoss(triplets: part.tripletSymbols, margin: part.margin),
            active: true, symbols: part.sampleSymbols, seedOffset: 6))
        return questions
    }
}
