

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

    /// A symbol written as one word: `f_1`, `f_{12}`, `f_a`, and the forms
    /// without an underscore, `f1`, `fa`, and with Unicode subscripts, `f₁`,
    /// `fₐ`, `fₙ`, `fₚ`.
    public init?(word: String) {
        guard word.hasPrefix("f"), word.count > 1 else { return nil }
        var rest = Substring(word.dropFirst())
        if rest.hasPrefix("_") {
            rest = rest.dropFirst()
            if rest.hasPrefix("{") && rest.hasSuffix("}") { rest = rest.dropFirst().dropLast() }
            self.init(subscript: String(rest.filter { !$0.isWhitespace }))
            return
        }
        var text = ""
        for c in rest.unicodeScalars {
            guard let plain = Symbol.subscriptScalars[c] ?? (("0"..."9").contains(c) ? Character(c) : nil) else {
                text = ""
                break
            }
            text.append(plain)
        }
        if !text.isEmpty {
            self.init(subscript: text)
        } else if ["a", "p", "n"].contains(rest) {
            self.init(subscript: String(rest))
        } else {
            return nil
        }
    }

    /// Unicode subscripts students paste: ₀…₉, ₐ, ₙ, ₚ.
    public static let subscriptScalars: [Unicode.Scalar: Character] = {
        var table: [Unicode.Scalar: Character] = ["\u{2090}": "a", "\u{2099}": "n", "\u{209A}": "p"]
        for d in 0...9 { table[Unicode.Scalar(0x2080 + UInt32(d))!] = Character(String(d)) }
        return table
    }()

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
