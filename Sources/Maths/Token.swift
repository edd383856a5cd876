

/// A lexical unit of a LaTeX or plain-text math fragment, with the offset (in
/// Unicode scalars from the start of the fragment) where it begins.
public struct Token: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case number(Rational)
        case symbol(Symbol)
        case plus, minus, times, slash, bang
        case leftParen, rightParen, leftBrace, rightBrace
        case frac, binom
        case equals, comma
        /// Any other word or command: `P`, `\text`, `g_1`, `t_1`.
        case word(String)
        /// Text that cannot be a token (a number too long, an unclosed
        /// subscript), with the reason; the parser reports it if it reads it.
        case invalid(String)
        case end
    }

    public var kind: Kind
    public var offset: Int
    /// The source text of the token, for messages.
    public var text: String

    public init(kind: Kind, offset: Int, text: String) {
        self.kind = kind
        self.offset = offset
        self.text = text
    }
}

/// Why a fragment could not be read, at a scalar offset within it.
public struct ExpressionError: Error, Equatable, Sendable {
    public var offset: Int
    public var message: String

    public init(offset: Int, _ message: String) {
        self.offset = offset
        self.message = message
    }
}
