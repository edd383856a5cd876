/// What a command or character means to the parser and to the shapes read
/// off the tree. A new notation is a table entry with one of these roles,
/// never a new branch in the parser.
public enum Role: Sendable, Hashable {
    /// Two arguments, numerator over denominator: `\frac`, `\dfrac`, `\cfrac`.
    case fraction
    /// Two arguments, n over k: `\binom`, `\dbinom`.
    case binomial
    /// Splits its group: `{a \over b}`, `{n \choose k}`.
    case infixFraction, infixBinomial
    /// What it wraps is what it means: bold, upright, italic, arrows, hats,
    /// bars, tildes, `\operatorname`, `\boxed`. With several arguments,
    /// the last is the content (`\overset{!}{=}`, `\textcolor{red}{x}`).
    case decoration
    /// Struck out: `\cancel{…}`, `\sout{…}`. Written at the start of a
    /// side and followed by what replaces it (`= \cancel{f_6 - f_2}\ f_2 -
    /// f_6`, `(\cancel{f_6, f_4, f_5}\ f_6, f_4, f_3)`), it is withdrawn by
    /// the writer; a whole side struck with nothing in its place is for a
    /// person; anywhere else it shows terms cancelling and is transparent
    /// (`\frac{1}{\cancel{2}} \cdot \cancel{2}(f_n - f_p)`).
    case struck
    /// A decoration whose sub- or superscript is a note, not maths:
    /// `\underbrace{6}_{\text{anchor}}`, `\overbrace{…}^{…}`.
    case brace
    /// Ignored (its arguments too): `\,`, `\;`, `\!`, `\displaystyle`, `\hspace{…}`.
    case spacing
    /// Ignored inside an expression, but separates items: `\quad`, `\qquad`.
    case separatingSpace
    /// Its argument is text, not maths: `\text{…}`, `\mbox{…}`.
    case text
    /// A relation between two sides: `=`, `\approx`, `\le`.
    case relation(Relation)
    /// Separates two statements: `\Rightarrow`, `\implies`, `\therefore`.
    case implication
    /// A binary operation: `+`, `-`, `\cdot`, `\times`, `/`, `\div`, `\pm`.
    case operation(Operation)
    /// Punctuation: `,` and `;` (item separators), `.`, `:`.
    case punctuation(Punctuation)
    /// A delimiter: `(`, `]`, `\langle`, `|`, `\{`.
    case delimiter(Delimiter)
    /// Sets the size of the delimiter that follows: `\left`, `\right`, `\bigl`, `\Big`.
    case sizing(Sizing)
    /// `\begin{name}`, `\end{name}`.
    case begin, end
    /// Ends a row: `\\`, `\newline`, `\cr`.
    case lineBreak
    /// Not content: `\label{…}`, `\tag{…}`, `\nonumber`, `\hline`.
    case annotation
    /// Text between the rows of an environment: `\intertext{…}`.
    case intertext
    /// `\partial`, `∂`.
    case partial
    /// `\nabla`, physics' `\grad`, `∇`.
    case nabla
    /// "With respect to" in a derivative written in words, plain text's
    /// `w.r.t.`, `wrt`, `with respect to` (`grad of L w.r.t. f_1`).
    case respect
    /// An upright differential d: physics' `\dd`, `\dd{x}`.
    case differential
    /// A derivative operator: physics' `\pdv{f}{x}` (partial) and `\dv{f}{x}`;
    /// with one argument, the operator `∂/∂x`.
    case derivative(partial: Bool)
    /// `\sum`, `\prod`, `\int`.
    case largeOperator
    /// `^\prime`.
    case prime
    /// An ordinary symbol: `\ell`, `\alpha`, `\infty`, `\ldots`.
    case symbol
    /// An upright function name: `\log`, `\exp`, `\max`.
    case functionName
    /// Its argument between a pair of delimiters: `\abs{x}`, `\norm{x}`,
    /// physics' `\qty(x)`, `\pqty{x}`.
    case fenced(Delimiter.Family)
    /// Defines a macro: `\newcommand`, `\renewcommand`, `\def`, `\DeclareMathOperator`.
    case define
    /// A student's own macro, expanded where it is used.
    case macro(CommandTable.Macro)

    /// Relations that chain sides of one statement.
    public enum Relation: String, Sendable, Hashable, CaseIterable {
        case equals = "=", approximately = "≈", identical = "≡", definedAs = ":=", notEqual = "≠"
        case less = "<", greater = ">", lessOrEqual = "≤", greaterOrEqual = "≥"
        case similar = "∼", proportional = "∝", tendsTo = "→", mapsTo = "↦"
    }

    public enum Operation: String, Sendable, Hashable {
        case plus = "+", minus = "-", times = "×", divide = "÷", plusMinus = "±", factorial = "!"
    }

    public enum Punctuation: String, Sendable, Hashable {
        case comma = ",", semicolon = ";", period = ".", colon = ":"
    }

    public enum Sizing: String, Sendable, Hashable {
        /// `\left`, `\right`: a pair that fences what is between them.
        case left, right
        /// `\middle`.
        case middle
        /// `\big`, `\bigl`, `\Bigr`: only a size; the delimiter pairs as written.
        case size
    }
}

/// A delimiter: its family (parentheses, brackets, …) and side.
public struct Delimiter: Sendable, Hashable {
    public enum Family: String, Sendable, Hashable, CaseIterable {
        case parenthesis = "( )", bracket = "[ ]", brace = "\\{ \\}", angle = "⟨ ⟩", vert = "| |", doubleVert = "‖ ‖"
        case floor = "⌊ ⌋", ceiling = "⌈ ⌉", invisible = "."
    }

    public enum Side: String, Sendable, Hashable { case open, close, either }

    public var family: Family
    public var side: Side

    public init(_ family: Family, _ side: Side) {
        self.family = family
        self.side = side
    }
}
