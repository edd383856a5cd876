/// A token of a maths span, by TeX's rules: a control sequence, a letter, a
/// run of digits, another character, or one of TeX's special characters.
///
/// Every token carries the place of its source text as Unicode-scalar offsets
/// into the span (`offset ..< offset + length`), so that any reading or error
/// made from it can be located. Tokens that stand for something written in
/// another way (`₁` for `_{1}`, `∂` for `\partial`, a combining arrow for
/// `\vec`, a macro's expansion) are `synthetic` and point at what was written.
public struct MathToken: Sendable, Hashable {
    public enum Kind: Sendable, Equatable, Hashable {
        /// `\name` (a control word, letters only) or `\c` (a control symbol):
        /// the name without the backslash.
        case command(String)
        /// One letter: TeX reads `dL` as `d`, `L`.
        case letter(Unicode.Scalar)
        /// Digits with at most one decimal point between digits: `12`, `0.5`.
        case number(String)
        /// Any other character: `+ - * / = , ; ( ) [ ] < > | ! ' . :`.
        case other(Unicode.Scalar)
        case beginGroup, endGroup
        case superscript, `subscript`
        /// `&`, the column separator of an environment.
        case alignment
        /// `#1` … `#9` in a macro's body.
        case parameter(Int)
        /// A line break of plain text (only when the span is read as lines).
        case newline
    }

    public var kind: Kind
    /// Offset in Unicode scalars from the start of the span.
    public var offset: Int
    /// Length in Unicode scalars of the source text it stands for.
    public var length: Int
    /// No white space between this token and the previous one's source.
    public var glued: Bool
    /// Made by the tokenizer or a macro rather than written as such.
    public var synthetic: Bool

    public init(_ kind: Kind, offset: Int, length: Int, glued: Bool = false, synthetic: Bool = false) {
        self.kind = kind
        self.offset = offset
        self.length = length
        self.glued = glued
        self.synthetic = synthetic
    }

    public var range: Range<Int> { offset..<(offset + length) }
}

/// Why maths could not be read, at a place in its span: the reason and the
/// range of Unicode scalars it concerns.
public struct NotationError: Error, Equatable, Sendable, CustomStringConvertible {
    public var range: Range<Int>
    public var message: String

    public init(_ range: Range<Int>, _ message: String) {
        self.range = range
        self.message = message
    }

    public init(at offset: Int, _ message: String) {
        self.init(offset..<offset, message)
    }

    /// Where the problem starts, in Unicode scalars from the start of the span.
    public var offset: Int { range.lowerBound }

    public var description: String { "\(range.lowerBound): \(message)" }
}
