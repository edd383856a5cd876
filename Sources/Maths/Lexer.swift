

/// Splits a math fragment into tokens, folding the many ways students write
/// the same thing: `−` (U+2212) and `–` for minus; `\cdot`, `\times`, `·`, `×`
/// and `*` for times; `\left(`/`\right)` and `\bigl(` for parentheses; `\,`,
/// `\;`, `\quad` and `~` for space; `f_1`, `f_{1}`, `\mathbf{f}_1` for a symbol.
public struct Lexer {
    /// Longest accepted number, in digits: more cannot be exact in 64 bits.
    public static let maximumDigits = 18

    let scalars: [Unicode.Scalar]
    var position = 0

    public init(_ text: Substring) {
        scalars = Array(text.unicodeScalars)
    }

    public init(_ text: String) {
        self.init(text[...])
    }

    /// All tokens, ending with `.end`. Lexing never fails: what cannot be a
    /// token becomes `.invalid`, so that the items around it still read.
    public static func tokenize(_ text: Substring) -> [Token] {
        var lexer = Lexer(text)
        var tokens: [Token] = []
        repeat {
            tokens.append(lexer.next())
        } while tokens.last!.kind != .end
        return tokens
    }

    mutating func next() -> Token {
        skipSpace()
        let start = position
        guard let c = peek() else { return Token(kind: .end, offset: start, text: "") }
        let single: Token.Kind? = switch c {
        case "+": .plus
        case "-", "\u{2212}", "\u{2013}": .minus
        case "*", "\u{00B7}", "\u{00D7}", "\u{22C5}": .times
        case "/", "\u{00F7}": .slash
        case "!": .bang
        case "(", "[": .leftParen
        case ")", "]": .rightParen
        case "{": .leftBrace
        case "}": .rightBrace
        case "=": .equals
        case ",": .comma
        default: nil
        }
        if let single {
            position += 1
            return Token(kind: single, offset: start, text: String(c))
        }
        if Lexer.isDigit(c) { return number() }
        if c == "\\" { return command() }
        if c == "f", let symbol = symbolAfterHead(at: position + 1) {
            return symbol
        }
        if c == "f", let symbol = compactSymbol() {
            return symbol
        }
        return word()
    }

    func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        position + ahead < scalars.count ? scalars[position + ahead] : nil
    }

    func text(from start: Int) -> String {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[start..<position])
        return String(s)
    }

    public static func isLetter(_ c: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(c) || ("A"..."Z").contains(c)
    }

    public static func isDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }
}
