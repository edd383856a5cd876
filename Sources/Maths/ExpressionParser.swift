import CoursecheckNumerics

/// A recursive-descent parser for linear expressions and integer arithmetic
/// as students write them in LaTeX or plain text.
///
/// ```
/// expression := sign? term (('+' | '-') term)*
/// term       := factor ((('*' | '/' | 'P' | 'C')? factor))*     -- juxtaposition multiplies
/// factor     := ('-' | '+') factor | primary '!'*
/// primary    := number | symbol | '(' expression ')' | '{' expression '}'
///             | '\frac' '{' expression '}' '{' expression '}' | '\binom' '{' … '}' '{' … '}'
/// ```
/// A product of two non-constant factors, or a division by one, is not linear
/// and is rejected. `n P k` and `n C k` (permutations, combinations) and `n!`
/// take integer constants only. Nesting is bounded by `maximumDepth`, so a
/// hostile input cannot exhaust the stack.
public struct ExpressionParser {
    /// Deepest accepted nesting of parentheses, braces and signs.
    public static let maximumDepth = 64

    var tokens: [Token]
    var index = 0
    var depth = 0
    /// Symbols the expression may use; `nil` accepts every symbol.
    let allowed: Set<Symbol>?

    public init(tokens: [Token], allowed: Set<Symbol>? = nil) {
        self.tokens = tokens
        self.allowed = allowed
    }

    /// Parses a whole fragment as one expression.
    public static func parse(_ text: Substring, allowed: Set<Symbol>? = nil) throws(ExpressionError) -> LinearExpression {
        try parse(tokens: Lexer.tokenize(text), allowed: allowed)
    }

    /// Parses tokens (ending with `.end`) as one expression.
    public static func parse(tokens: [Token], allowed: Set<Symbol>? = nil) throws(ExpressionError) -> LinearExpression {
        var parser = ExpressionParser(tokens: tokens, allowed: allowed)
        let value = try parser.expression()
        try parser.expectEnd()
        return value
    }

    /// Parses a fragment as a chain `e₀ = e₁ = … = eₖ`.
    public static func parseChain(_ text: Substring, allowed: Set<Symbol>? = nil) throws(ExpressionError) -> [LinearExpression] {
        var parser = ExpressionParser(tokens: Lexer.tokenize(text), allowed: allowed)
        var sides = [try parser.expression()]
        while parser.current.kind == .equals {
            parser.index += 1
            sides.append(try parser.expression())
        }
        try parser.expectEnd()
        return sides
    }

    var current: Token { tokens[index] }

    mutating func expectEnd() throws(ExpressionError) {
        guard current.kind == .end else {
            throw ExpressionError(offset: current.offset, "unexpected '\(current.text)'")
        }
    }

    mutating func expect(_ kind: Token.Kind, _ what: String) throws(ExpressionError) {
        guard current.kind == kind else {
            let found = current.kind == .end ? "the end" : "'\(current.text)'"
            throw ExpressionError(offset: current.offset, "expected \(what), found \(found)")
        }
        index += 1
    }

    mutating func nested<T>(_ body: (inout ExpressionParser) throws(ExpressionError) -> T) throws(ExpressionError) -> T {
        depth += 1
        defer { depth -= 1 }
        guard depth <= ExpressionParser.maximumDepth else {
            throw ExpressionError(offset: current.offset, "nesting deeper than \(ExpressionParser.maximumDepth) levels")
        }
        return try body(&self)
    }

    /// Wraps exact-arithmetic overflow, and GSL's errors from the counting
    /// functions, as a parse error at `offset`.
    func exact<T>(at offset: Int, _ body: () throws -> T) throws(ExpressionError) -> T {
        do {
            return try body()
        } catch let error as GSLError {
            throw ExpressionError(offset: offset, error.errorDescription ?? "GSL error")
        } catch {
            throw ExpressionError(offset: offset, "coefficient overflows 64-bit exact arithmetic")
        }
    }
}
