

/// A variable of a hand-derived gradient: a sample embedding f_i (1-based, as
/// the sheet writes it) or a role of a generic triplet, f_a, f_p, f_n.
public enum Symbol: Hashable, Comparable, Sendable, CustomStringConvertible {
    case anchor
    case positive
    case negative
    case sample(Int)

    /// The name as the sheet writes it and as ids use it: `f_a`, `f_3`.
    public var description: String {
        switch self {
        case .anchor: "f_a"
        case .positive: "f_p"
        case .negative: "f_n"
        case .sample(let i): "f_\(i)"
        }
    }

    /// The role symbols in the order questions list them.
    public static let roles: [Symbol] = [.anchor, .positive, .negative]

    /// The symbol for a subscript: `a`, `p`, `n` or a sample number.
    public init?(subscript text: String) {
        switch text {
        case "a": self = .anchor
        case "p": self = .positive
        case "n": self = .negative
        default:
            guard let i = Int(text), i >= 0, text.count <= 6 else { return nil }
            self = .sample(i)
        }
    }

    private var order: Int {
        switch self {
        case .anchor: -3
        case .positive: -2
        case .negative: -1
        case .sample(let i): i
        }
    }

    public static func < (a: Symbol, b: Symbol) -> Bool { a.order < b.order }
}
