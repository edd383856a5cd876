import CoursecheckAssignment
import CoursecheckMaths

/// What a derivative slip may use: the question (its loss, whether the hinge
/// is active), the symbol differentiated with respect to, the claim (for a
/// factor), the assignment's triplets and samples, and, in Question 6, the
/// sheet's own Question 5 answers for this symbol.
public struct DerivativeSlipContext: Sendable {
    public var question: DerivativeQuestion
    public var symbol: Symbol
    public var claim: LinearExpression
    public var triplets: [Triplet]
    public var samples: [Symbol]
    /// Question 6: the sheet's ∂L(t_k)/∂symbol for every k, when all were read.
    public var sheetParts: [LinearExpression]?
    /// The question's gradients already derived (its references'), by
    /// symbol: what `gradient` would derive again for this question's loss.
    public var gradients: [Symbol: LinearExpression]

    public init(question: DerivativeQuestion, symbol: Symbol, claim: LinearExpression,
                triplets: [Triplet], samples: [Symbol], sheetParts: [LinearExpression]? = nil,
                gradients: [Symbol: LinearExpression] = [:]) {
        self.question = question
        self.symbol = symbol
        self.claim = claim
        self.triplets = triplets
        self.samples = samples
        self.sheetParts = sheetParts
        self.gradients = gradients
    }

    /// The question's triplet when its loss has one.
    var triplet: Triplet? { question.loss.triplets.count == 1 ? question.loss.triplets[0] : nil }

    /// `f_2 (the positive)` in a one-triplet question, else `f_2`.
    func name(_ s: Symbol) -> String {
        guard let t = triplet, t != .generic else { return "\(s)" }
        if s == t.anchor { return "\(s) (the anchor)" }
        if s == t.positive { return "\(s) (the positive)" }
        if s == t.negative { return "\(s) (the negative)" }
        return "\(s)"
    }

    /// The symbols an answer may be written in.
    var alphabet: [Symbol] { question.symbols == Symbol.roles ? Symbol.roles : samples }

    func gradient(_ loss: TripletLoss, _ s: Symbol, active: Bool) -> LinearExpression? {
        try? loss.symbolicGradient(with: s, active: active)
    }

    /// `t_3 = (f_2, f_1, f_6)`.
    func label(_ k: Int) -> String { "t_\(k + 1) = \(triplets[k])" }
}

/// The known slips in a derivative (Questions 2, 3, 5.k and 6), each a small
/// function of the computed gradient. A course adds one by adding an entry.
public enum DerivativeSlips {
    public typealias Catalogue = SlipCatalogue<LinearExpression, DerivativeSlipContext, LinearExpression>
    public typealias Slip = Catalogue.Slip

    public static let catalogue = Catalogue([
        substitution, sign, unscaledLoss, scale, roleSwap, wrongVariable, wrongTriplet, hinge,
        droppedTerms, extraTerms, carriedDroppedTerms,
    ], measure: { value, _ in value })

    /// One symbol written in place of another, everywhere the other occurs:
    /// the reference with `belongs` renamed `written`. A renaming that
    /// cancels the whole answer to 0 is not one: a bare 0 has no symbol in
    /// the wrong place.
    public static let substitution = Slip(note: "substitution", composes: true) { reference, context in
        var results: [(LinearExpression, String)] = []
        for belongs in reference.symbols {
            for written in context.alphabet where written != belongs {
                guard let changed = try? reference.renaming([belongs: written]), changed != .zero else { continue }
                results.append((changed, "\(context.name(written)) written where \(context.name(belongs)) belongs"))
            }
        }
        return results
    }

    /// −∇: the sign of the whole gradient reversed.
    public static let sign = Slip(note: "sign", composes: true) { reference, _ in
        guard reference != .zero, let negated = try? reference.scaled(by: Rational(-1)) else { return [] }
        return [(negated, "the sign of the whole gradient is reversed")]
    }

    /// 2∇: the gradient of the loss without its ½.
    public static let unscaledLoss = Slip(note: "unscaled-loss", composes: true) { reference, _ in
        guard reference != .zero, let doubled = try? reference.scaled(by: Rational(2)) else { return [] }
        return [(doubled, "twice the gradient: the loss differentiated without its ½")]
    }

    /// c∇ for another constant c (not 0, ±1, 2), read off the claim.
    public static let scale = Slip(note: "scale", composes: true) { reference, context in
        guard let s = reference.symbols.first(where: { !reference.coefficient(of: $0).isZero }),
              let c = try? context.claim.coefficient(of: s).divided(by: reference.coefficient(of: s)),
              !c.isZero, c != .one, c != Rational(-1), c != Rational(2),
              let scaled = try? reference.scaled(by: c), scaled == context.claim else { return [] }
        return [(scaled, "\(c) times the gradient")]
    }

    /// Two roles of the triplet exchanged, the loss differentiated as if the
    /// triplet were written that way.
    public static let roleSwap = Slip(note: "role-swap", composes: false) { _, context in
        guard let t = context.triplet else { return [] }
        let swaps: [(Triplet, String)] = [
            (Triplet(anchor: t.anchor, positive: t.negative, negative: t.positive), "the positive and the negative exchanged"),
            (Triplet(anchor: t.positive, positive: t.anchor, negative: t.negative), "the anchor and the positive exchanged"),
            (Triplet(anchor: t.negative, positive: t.positive, negative: t.anchor), "the anchor and the negative exchanged"),
        ]
        return swaps.compactMap { swapped, what in
            let loss = TripletLoss(triplets: [swapped], margin: context.question.loss.margin, weight: context.question.loss.weight)
            guard let g = context.gradient(loss, context.symbol, active: context.question.active) else { return nil }
            let reading = t == .generic ? "" : " (the triplet read as \(swapped))"
            return (g, what + reading)
        }
    }

    /// The derivative with respect to another sample of the same triplet
    /// (in Question 6, of the sum).
    public static let wrongVariable = Slip(note: "wrong-variable", composes: false) { _, context in
        let others = (context.triplet?.symbols ?? context.question.symbols).filter { $0 != context.symbol }
        return others.compactMap { other in
            // (The question's own gradient with respect to `other`: its reference's, when given.)
            guard let g = context.gradients[other] ?? context.gradient(context.question.loss, other, active: context.question.active)
            else { return nil }
            return (g, "the derivative with respect to \(context.name(other)) instead of \(context.name(context.symbol))")
        }
    }

    /// In Question 5.k, this sample's derivative for another triplet.
    public static let wrongTriplet = Slip(note: "wrong-triplet", composes: false) { _, context in
        guard let k = context.question.id.tripletNumber else { return [] }
        return context.triplets.indices.compactMap { j in
            guard j != k - 1 else { return nil }
            let loss = TripletLoss(triplets: [context.triplets[j]], margin: context.question.loss.margin, weight: context.question.loss.weight)
            guard let g = context.gradient(loss, context.symbol, active: true), g != .zero else { return nil }
            return (g, "\(context.symbol)'s derivative for \(context.label(j)) instead of t_\(k)")
        }
    }

    /// The hinge taken the wrong way: zero where it is active, the active
    /// gradient where it is not.
    public static let hinge = Slip(note: "hinge", composes: false) { reference, context in
        if context.question.active {
            guard reference != .zero else { return [] }
            return [(.zero, "zero, as if the hinge were inactive; here it is active")]
        }
        guard let g = context.gradient(context.question.loss, context.symbol, active: true), g != .zero else { return [] }
        return [(g, "the gradient of the active hinge; here the hinge is inactive, so the gradient is zero")]
    }

    /// Each triplet's term of ∂(Σ L(t_k))/∂symbol, where it is not zero.
    static func terms(_ context: DerivativeSlipContext) -> [(Int, LinearExpression)] {
        guard context.question.loss.triplets.count > 1 else { return [] }
        return context.triplets.indices.compactMap { j in
            let loss = TripletLoss(triplets: [context.triplets[j]], margin: context.question.loss.margin, weight: context.question.loss.weight)
            guard let g = context.gradient(loss, context.symbol, active: true), g != .zero else { return nil }
            return (j, g)
        }
    }

    /// Question 6: the sum with one or two triplets' terms left out.
    public static let droppedTerms = Slip(note: "dropped-terms", composes: false) { reference, context in
        combinations(terms(context)).compactMap { picked in
            guard let sum = try? LinearExpression.sum(picked.map(\.1)), let result = try? reference.subtracting(sum) else { return nil }
            return (result, "leaves out " + picked.map { context.label($0.0) }.joined(separator: " and "))
        }
    }

    /// Question 6: the sum with one or two triplets' terms counted twice.
    public static let extraTerms = Slip(note: "extra-terms", composes: false) { reference, context in
        combinations(terms(context)).compactMap { picked in
            guard let sum = try? LinearExpression.sum(picked.map(\.1)), let result = try? reference.adding(sum) else { return nil }
            return (result, "counts " + picked.map { context.label($0.0) }.joined(separator: " and ") + " twice")
        }
    }

    /// Question 6: the sheet's own Question 5 answers summed (the error
    /// carried forward), with one or two of them left out.
    public static let carriedDroppedTerms = Slip(note: "carried-forward+dropped-terms", composes: false) { _, context in
        guard let parts = context.sheetParts, parts.count == context.triplets.count else { return [] }
        let indexed = parts.enumerated().filter { $0.element != .zero }.map { ($0.offset, $0.element) }
        guard let total = try? LinearExpression.sum(parts) else { return [] }
        return combinations(indexed).compactMap { picked in
            guard let sum = try? LinearExpression.sum(picked.map(\.1)), let result = try? total.subtracting(sum) else { return nil }
            return (result, "the sheet's own Question 5 answers summed, leaving out " + picked.map { context.label($0.0) }.joined(separator: " and "))
        }
    }

    /// Every choice of one or two of `items`, in order.
    static func combinations<T>(_ items: [T]) -> [[T]] {
        var result = items.map { [$0] }
        for i in items.indices { for j in items.indices where j > i { result.append([items[i], items[j]]) } }
        return result
    }
}
