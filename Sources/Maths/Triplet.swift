

/// A triplet (anchor, positive, negative) of embedding symbols.
public struct Triplet: Hashable, Sendable, CustomStringConvertible {
    public var anchor: Symbol
    public var positive: Symbol
    public var negative: Symbol

    public init(anchor: Symbol, positive: Symbol, negative: Symbol) {
        self.anchor = anchor
        self.positive = positive
        self.negative = negative
    }

    /// The generic triplet of Questions 2 and 3: (f_a, f_p, f_n).
    public static let generic = Triplet(anchor: .anchor, positive: .positive, negative: .negative)

    public var symbols: [Symbol] { [anchor, positive, negative] }

    public var description: String { "(\(anchor), \(positive), \(negative))" }
}
