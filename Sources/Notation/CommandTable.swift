/// The one table that gives every command its meaning: its role (what a
/// reader makes of it) and its arity (how many arguments the parser takes).
///
/// The tokenizer and the parser know no command by name: they ask this table
/// (as KaTeX's `defineFunction` registry and MathJax's per-package mappings
/// do). It is a value: `CommandTable.standard` is LaTeX with amsmath, bm,
/// physics and the Unicode and plain-text spellings students use; a student's
/// `\newcommand`/`\def` adds an entry (`defining`), and tests remove entries
/// (`removing`) to show that each one is needed.
public struct CommandTable: Sendable {
    /// Commands by name, without the backslash (`frac`, `,`, `\\`).
    public internal(set) var commands: [String: Entry] = [:]
    /// What single characters mean: `=` is a relation, `(` an opening
    /// delimiter, `+` an operation. Letters and digits have no entry.
    public internal(set) var characters: [Unicode.Scalar: Entry] = [:]
    /// Other ways of writing a command or character: Unicode maths
    /// (`∂` → `\partial`, `−` → `-`, a combining arrow → `\vec`) and `~`.
    public internal(set) var spellings: [Unicode.Scalar: Spelling] = [:]
    /// Plain-text words that stand for a command (`grad` → `\nabla`) or a
    /// letter the grammar reads (`choose` → `C`, so `6 choose 3` is the
    /// infix combination `6 C 3`), read as such only as a whole run of
    /// letters.
    public internal(set) var words: [String: Spelling] = [:]
    /// Two characters that plain text writes for one symbol (`=>` is
    /// `\Rightarrow`, `<=` is `\le`), read as such only in plain text.
    public internal(set) var digraphs: [String: String] = [:]
    /// Environments by name (`align*`, `pmatrix`).
    public internal(set) var environments: [String: Environment] = [:]

    public init() {}

    /// One command's or character's meaning.
    public struct Entry: Sendable, Hashable {
        public var role: Role
        public var arity: Arity
        public var package: Package

        public init(_ role: Role, _ arity: Arity = .none, _ package: Package) {
            self.role = role
            self.arity = arity
            self.package = package
        }
    }

    /// How many arguments a command takes, by TeX's rules: each required
    /// argument is a braced group or a single token; optional ones are
    /// `[…]`; `extra` further arguments are taken only when written in
    /// braces (physics' `\pdv{f}` and `\pdv{f}{x}`); `star` accepts `\vb*`.
    public struct Arity: Sendable, Hashable, CustomStringConvertible {
        public var optional: Int
        public var required: Int
        public var extra: Int
        public var star: Bool

        public init(optional: Int = 0, required: Int = 0, extra: Int = 0, star: Bool = false) {
            self.optional = optional
            self.required = required
            self.extra = extra
            self.star = star
        }

        public static let none = Arity()
        public static let one = Arity(required: 1)
        public static let two = Arity(required: 2)

        public var description: String {
            var parts: [String] = []
            if star { parts.append("`*`") }
            if optional > 0 { parts.append(optional == 1 ? "[opt]" : "\(optional)×[opt]") }
            if required > 0 || extra > 0 { parts.append(extra > 0 ? "\(required)–\(required + extra)" : "\(required)") }
            return parts.isEmpty ? "0" : parts.joined(separator: " ")
        }
    }

    /// Where a command comes from, for the documentation.
    public enum Package: String, Sendable, Hashable, CaseIterable, Comparable {
        case tex = "TeX/LaTeX", amsmath, amssymb, mathtools, bm, physics, cancel, ulem, xcolor
        case unicode = "Unicode", plain = "plain text", student = "the student's macros"

        public static func < (a: Package, b: Package) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }
    }

    /// Another way of writing a command or a character.
    public enum Spelling: Sendable, Hashable {
        /// The command of that name (`∂` → `partial`).
        case command(String)
        /// These characters (`−` → `-`, `″` → `''`).
        case characters(String)
        /// A combining mark: the command of that name over the character
        /// before it (U+20D7 → `\vec`).
        case accent(String)
    }

    /// An environment: its rows are lines of working (`align`, `aligned`,
    /// `gather`, Word's bare `matrix`), or it is one value (`pmatrix`,
    /// `cases`), which no linear form contains.
    public struct Environment: Sendable, Hashable {
        public enum Kind: String, Sendable, Hashable { case rows, value }
        public var kind: Kind
        /// Arguments after `\begin{name}`: `array`'s column specification.
        public var arguments: Int
        public var package: Package

        public init(_ kind: Kind, arguments: Int = 0, _ package: Package) {
            self.kind = kind
            self.arguments = arguments
            self.package = package
        }
    }

    /// A student's macro: `\newcommand{\pd}[2]{\frac{\partial #1}{\partial #2}}`.
    public struct Macro: Sendable, Hashable {
        public var parameters: Int
        public var body: [MathToken]
        /// The default of an optional first parameter (`[2][x]`).
        public var defaultArgument: [MathToken]?

        public init(parameters: Int, body: [MathToken], defaultArgument: [MathToken]? = nil) {
            self.parameters = parameters
            self.body = body
            self.defaultArgument = defaultArgument
        }
    }
}

extension CommandTable {
    /// A table entry, as tests name one to remove it.
    public enum Key: Sendable, Hashable, Comparable, CustomStringConvertible {
        case command(String), character(Unicode.Scalar), spelling(Unicode.Scalar), word(String), digraph(String), environment(String)

        public var description: String {
            switch self {
            case .command(let name): "\\" + name
            case .character(let c): "'\(c)'"
            case .spelling(let c): "'\(c)' (U+\(String(c.value, radix: 16, uppercase: true)))"
            case .word(let w): "word '\(w)'"
            case .digraph(let d): "digraph '\(d)'"
            case .environment(let e): "{\(e)}"
            }
        }

        public static func < (a: Key, b: Key) -> Bool { a.description < b.description }
    }

    /// Every entry's key.
    public var keys: [Key] {
        commands.keys.map(Key.command) + characters.keys.map(Key.character) + spellings.keys.map(Key.spelling)
            + words.keys.map(Key.word) + digraphs.keys.map(Key.digraph) + environments.keys.map(Key.environment)
    }

    /// The table without one entry.
    public func removing(_ key: Key) -> CommandTable {
        var table = self
        switch key {
        case .command(let name): table.commands[name] = nil
        case .character(let c): table.characters[c] = nil
        case .spelling(let c): table.spellings[c] = nil
        case .word(let w): table.words[w] = nil
        case .digraph(let d): table.digraphs[d] = nil
        case .environment(let e): table.environments[e] = nil
        }
        return table
    }

    /// The table with a student's macro (`\newcommand`, `\def`,
    /// `\DeclareMathOperator`) added or replaced.
    public func defining(_ name: String, _ macro: Macro) -> CommandTable {
        var table = self
        table.commands[name] = Entry(.macro(macro), .none, .student)
        return table
    }

    /// The table with a macro whose body is TeX source:
    /// `defining("pd", parameters: 2, body: "\\frac{\\partial #1}{\\partial #2}")`;
    /// `defaultArgument` is the default of an optional first parameter
    /// (`\newcommand{\x}[2][1]{…}`).
    public func defining(_ name: String, parameters: Int, body: String, defaultArgument: String? = nil) -> CommandTable {
        let tokenizer = Tokenizer(table: self)
        func synthetic(_ text: String) -> [MathToken] {
            tokenizer.tokenize(Substring(text)).map { var t = $0; t.synthetic = true; return t }
        }
        let count = min(max(parameters, 0), 9)
        return defining(name, Macro(parameters: count, body: synthetic(body),
                                    defaultArgument: count > 0 ? defaultArgument.map(synthetic) : nil))
    }
}
