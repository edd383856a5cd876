/// Parses a maths span into a tree (`MathTree`) by TeX's grammar, asking the
/// command table what every command and character means.
///
/// Total on any input: it never traps, nesting is bounded by
/// `maximumDepth` and macro expansion by `maximumExpansion`, and whatever
/// cannot be parsed becomes an `.error` node with its place and reason.
public struct MathParser {
    /// Deepest nesting of groups, delimiters, scripts and arguments.
    public static let maximumDepth = 64
    /// Most tokens that macros may expand to in one span.
    public static let maximumExpansion = 20_000

    var table: CommandTable
    var tokens: [MathToken]
    var index = 0
    /// Tokens of macro expansions still to read, last first.
    var pending: [MathToken] = []
    var expanded = 0
    var depth = 0
    var aborted = false
    var stops: [Stop] = []
    var cachedIndex = -1
    var cachedEntry: CommandTable.Entry?
    /// Table entries used, in order (a set is made once, at the end).
    var used: [CommandTable.Key] = []
    let source: [Unicode.Scalar]
    /// Plain text: a script's argument is the whole run of letters and
    /// digits glued to it (`grad_fa`, `grad_f1`).
    var plainText = false

    enum Stop: Equatable {
        case group, delimiter(Delimiter.Family), right, environment, bracket
    }

    init(tokens: [MathToken], table: CommandTable, source: [Unicode.Scalar]) {
        self.tokens = tokens
        self.table = table
        self.source = source
    }

    /// Parses `text` with `table`; with `linesSeparate`, line breaks end rows
    /// (plain text), otherwise they are spaces (TeX).
    public static func parse(_ text: Substring, table: CommandTable = .standard, linesSeparate: Bool = false) -> MathTree {
        let scalars = Array(text.unicodeScalars)
        let (tokens, spelled) = Tokenizer(table: table, linesSeparate: linesSeparate).tokenizeRecording(scalars: scalars)
        var parser = MathParser(tokens: tokens, table: table, source: scalars)
        parser.used = spelled
        parser.plainText = linesSeparate
        let nodes = parser.list(until: nil)
        return MathTree(nodes: nodes, table: parser.table, usedEntries: parser.used, source: parser.source)
    }

    public static func parse(_ text: String, table: CommandTable = .standard, linesSeparate: Bool = false) -> MathTree {
        parse(text[...], table: table, linesSeparate: linesSeparate)
    }

    // MARK: - Reading tokens

    func peek() -> MathToken? {
        if let last = pending.last { return last }
        return index < tokens.count ? tokens[index] : nil
    }

    mutating func advance() {
        if !pending.isEmpty { pending.removeLast() } else { index += 1 }
    }

    mutating func take() -> MathToken? {
        let token = peek()
        if token != nil { advance() }
        return token
    }

    /// The end of the input so far, for empty ranges.
    var here: Int {
        if let t = peek() { return t.offset }
        return source.count
    }

    func entry(_ token: MathToken) -> CommandTable.Entry? {
        switch token.kind {
        case .command(let name):
            // `closes` then `nucleus` ask for the same token: look it up once.
            if pending.isEmpty, cachedIndex == index, index < tokens.count, tokens[index].offset == token.offset,
               tokens[index].kind == token.kind { return cachedEntry }
            return table.commands[name]
        case .other(let c): return table.characters[c]
        default: return nil
        }
    }

    /// The entry of the command at `index`, looked up once.
    mutating func cacheEntry(_ token: MathToken) {
        guard pending.isEmpty, case .command(let name) = token.kind, cachedIndex != index else { return }
        cachedIndex = index
        cachedEntry = table.commands[name]
    }

    mutating func role(of token: MathToken) -> Role? {
        guard let entry = entry(token) else { return nil }
        switch token.kind {
        case .command(let name): used.append(.command(name))
        case .other(let c): used.append(.character(c))
        default: break
        }
        return entry.role
    }

    func error(_ range: Range<Int>, _ message: String) -> MathNode {
        MathNode(.error(NotationError(range, message)), range)
    }

    /// Stops reading: nesting is too deep. The rest of the input is one error.
    mutating func abort(at offset: Int) -> MathNode {
        aborted = true
        pending.removeAll()
        index = tokens.count
        return error(offset..<source.count, "nesting deeper than \(MathParser.maximumDepth) levels")
    }

    // MARK: - Lists

    /// Nodes up to the end of the input or the closing token of `stop`
    /// (not consumed), with infix fractions (`\over`) applied.
    mutating func list(until stop: Stop?) -> [MathNode] {
        depth += 1
        defer { depth -= 1 }
        if depth > MathParser.maximumDepth { return [abort(at: here)] }
        if let stop { stops.append(stop) }
        defer { if stop != nil { stops.removeLast() } }
        var nodes: [MathNode] = []
        while let token = peek() {
            cacheEntry(token)
            if closes(token, stop) { break }
            if let node = next(token, into: &nodes) { nodes.append(node) }
            if aborted { break }
        }
        return Self.infix(Self.struckOut(nodes, struckName: { table.commands[$0]?.role == .struck }))
    }

    /// A list with its struck-out groups (`Role.struck`) read: one at the
    /// start of a side (the list's start, after a relation, `&`, a comma or
    /// an opening delimiter) followed by what replaces it — an operand that
    /// is not struck itself — is withdrawn when it is an expression, a
    /// number replaced by a number, or a 0 (`\cancel{f_2 - f_6}\ f_6 - f_2`,
    /// `\cancel{216}\ 120`, `\cancel{0}\ f_1 - f_5`); a struck number
    /// before an expression with another struck group in its side is a
    /// factor shown cancelling (`\cancel{2}(…)\frac{1}{\cancel{2}}`), one
    /// without is an error for a person (`\cancel{2}\frac{1}{2}(…)`,
    /// `\cancel{2}(…)/2`: withdrawn or cancelling?); one that is a whole
    /// side of a statement, nothing in its place, is an error for a
    /// person; any other is a decoration (terms shown cancelling keep
    /// their value).
    /// `struckName` says whether a command is a strike (an inner list's
    /// strike, read there as a decoration, still pairs with one here).
    static func struckOut(_ nodes: [MathNode], struckName: (String) -> Bool) -> [MathNode] {
        guard nodes.contains(where: isStruck) else { return nodes }
        func startsSide(_ k: Int) -> Bool {
            guard k > 0 else { return true }
            let before = nodes[k - 1]
            if before.atomToken?.kind == .alignment { return true }
            switch before.atomRole {
            case .relation?, .punctuation(.comma)?, .punctuation(.semicolon)?, .implication?, .separatingSpace?, .lineBreak?: return true
            case .delimiter(let d)? where d.side == .open: return true
            default: return false
            }
        }
        func endsSide(_ k: Int) -> Bool {
            guard k < nodes.count else { return true }
            let after = nodes[k]
            if after.atomToken?.kind == .alignment { return true }
            switch after.atomRole {
            case .relation?, .punctuation?, .implication?, .separatingSpace?, .lineBreak?: return true
            default: return false
            }
        }
        /// Whether another struck group follows `k` before its side ends.
        func struckLaterInSide(_ k: Int) -> Bool {
            var j = k + 1
            while j < nodes.count, !endsSide(j) {
                if containsStruck(nodes[j], struckName: struckName) { return true }
                j += 1
            }
            return false
        }
        let statement = nodes.contains { if case .relation? = $0.atomRole { true } else { false } }
        var result: [MathNode] = []
        for (k, node) in nodes.enumerated() {
            guard isStruck(node), case let .command(name, _, arguments, optional) = node.kind else {
                result.append(node)
                continue
            }
            let next = k + 1 < nodes.count ? nodes[k + 1] : nil
            if startsSide(k), let next, !endsSide(k + 1), takesScripts(next), !isStruck(next) {
                // A struck expression, a number replaced by a number, or a
                // struck 0 (a factor 0 cancels nothing) is withdrawn.
                if !isNumber(arguments.last) || isNumber(next) || isZero(arguments.last) { continue }
                // A struck coefficient before an expression: cancelling a
                // struck partner in its side, or withdrawn, or cancelling an
                // unstruck one (`\cancel{2}(…)/2`): only a person can tell.
                if !struckLaterInSide(k) {
                    result.append(MathNode(.error(NotationError(node.range,
                        "a struck number before an expression: withdrawn or a factor shown cancelling is for a person")), node.range))
                    continue
                }
            }
            if statement, startsSide(k), endsSide(k + 1) {
                result.append(MathNode(.error(NotationError(node.range, "struck out with nothing in its place: which answer stands is for a person")), node.range))
                continue
            }
            result.append(MathNode(.command(name, .decoration, arguments: arguments, optional: optional), node.range))
        }
        return result
    }

    static func isStruck(_ node: MathNode) -> Bool {
        if case .command(_, .struck, _, _) = node.kind { true } else { false }
    }

    /// Whether `node` is struck or holds a struck group within a few
    /// levels (`\frac{1}{\cancel{2}}`); bounded, as a tree may share
    /// subtrees (a student's macros).
    static func containsStruck(_ node: MathNode, struckName: (String) -> Bool, depth: Int = 4) -> Bool {
        guard depth > 0 else { return false }
        let inner: [MathNode]
        switch node.kind {
        case .command(_, .struck, _, _): return true
        case .command(let name, _, _, _) where struckName(name): return true
        case .command(_, _, let arguments, let optional): inner = arguments + optional
        case .group(let nodes): inner = nodes
        case .fenced(_, let body, _): inner = body
        case .fraction(_, let numerator, let denominator): inner = [numerator, denominator]
        case .scripts(let base, let sub, let sup, _): inner = [base] + [sub, sup].compactMap { $0 }
        default: return false
        }
        return inner.contains { containsStruck($0, struckName: struckName, depth: depth - 1) }
    }

    /// Whether `node` is the number 0 alone, perhaps in braces.
    static func isZero(_ node: MathNode?) -> Bool {
        numberDigits(node)?.allSatisfy { $0 == "0" || $0 == "." } == true
    }

    /// A number alone, perhaps in braces: `2`, `{216}`.
    static func isNumber(_ node: MathNode?) -> Bool { numberDigits(node) != nil }

    /// The digits of a number alone, perhaps in braces; nil for anything else.
    static func numberDigits(_ node: MathNode?) -> String? {
        guard let node else { return nil }
        switch node.kind {
        case .atom(let token, _): if case .number(let digits) = token.kind { return digits } else { return nil }
        case .group(let inner): return inner.count == 1 ? numberDigits(inner[0]) : nil
        default: return nil
        }
    }

    /// Whether `token` ends the list being read (or an enclosing one, which
    /// then reports what was left open).
    mutating func closes(_ token: MathToken, _ stop: Stop?) -> Bool {
        switch token.kind {
        case .endGroup: return stops.contains(.group)
        case .other("]") where stops.last == .bracket: return true
        default: break
        }
        guard let role = entry(token)?.role else { return false }
        switch role {
        case .delimiter(let d) where d.side == .close:
            return stops.contains(.delimiter(d.family))
        case .delimiter(let d) where d.side == .either:
            return stops.last == .delimiter(d.family)
        case .sizing(.right): return stops.contains(.right)
        case .end: return stops.contains(.environment)
        default: return false
        }
    }

    /// `{a \over b}`: a list split at its infix fraction.
    static func infix(_ nodes: [MathNode]) -> [MathNode] {
        guard let at = nodes.firstIndex(where: {
            if case .atom(_, .infixFraction?) = $0.kind { return true }
            if case .atom(_, .infixBinomial?) = $0.kind { return true }
            return false
        }) else { return nodes }
        let before = Array(nodes[..<at]), after = infix(Array(nodes[(at + 1)...]))
        let role: Role = nodes[at].atomRole == .infixBinomial ? .binomial : .fraction
        let numerator = MathNode(.group(before), before.range ?? nodes[at].range)
        let denominator = MathNode(.group(after), after.range ?? nodes[at].range)
        let whole = (nodes.range ?? nodes[at].range)
        return [MathNode(.fraction(role, numerator: numerator, denominator: denominator), whole)]
    }

    /// The node that starts at `token`, with its scripts; nil when the
    /// token adds nothing (spacing, annotations, definitions, a macro
    /// expanded, or scripts attached to the previous node in `nodes`).
    mutating func next(_ token: MathToken, into nodes: inout [MathNode]) -> MathNode? {
        switch token.kind {
        case .superscript, .subscript, .other("'"):
            // A script after an operator or relation has an empty base:
            // `= {}^6P_3` and `= ^6P_3` alike.
            if let last = nodes.last, !Self.takesScripts(last) {
                return scripts(on: MathNode(.group([]), token.offset..<token.offset))
            }
            let base = nodes.popLast() ?? MathNode(.group([]), token.offset..<token.offset)
            return scripts(on: base)
        default:
            guard let node = nucleus(token) else { return nil }
            return Self.takesScripts(node) ? scripts(on: node) : node
        }
    }

    /// Whether a node can carry scripts: not an operation, relation,
    /// punctuation or separator.
    static func takesScripts(_ node: MathNode) -> Bool {
        switch node.atomRole {
        case .operation?, .relation?, .punctuation?, .implication?, .separatingSpace?, .lineBreak?: false
        case nil where node.atomToken?.kind == .alignment: false
        case .delimiter(let d)? where d.side == .open: false
        default: true
        }
    }

    /// Subscripts, superscripts and primes after `base`.
    mutating func scripts(on base: MathNode) -> MathNode {
        var sub: MathNode?, sup: MathNode?, primes = 0
        var base = base
        // The whole node's range: an implicit subscript (`f1`) is part of it.
        let start = base.range.lowerBound
        var end = base.range.upperBound
        if case let .scripts(b, s, p, n) = base.kind { (base, sub, sup, primes) = (b, s, p, n) }
        var attached = false
        while let token = peek() {
            switch token.kind {
            case .other("'"):
                advance()
                primes += 1
                end = token.range.upperBound
            case .subscript, .superscript:
                advance()
                let isSub = token.kind == .subscript
                let argument = self.argument(scriptOf: token)
                end = max(end, argument.range.upperBound)
                if !isSub, case .atom(_, .prime?) = argument.kind {
                    primes += 1
                } else if (isSub ? sub : sup) != nil {
                    return error(Range(spanning: start, end), isSub ? "double subscript" : "double superscript")
                } else if isSub {
                    sub = argument
                } else {
                    sup = argument
                }
            default:
                guard attached || sub != nil || sup != nil || primes > 0 else { return base }
                return MathNode(.scripts(base: base, sub: sub, sup: sup, primes: primes), Range(spanning: start, end))
            }
            attached = true
        }
        guard attached || sub != nil || sup != nil || primes > 0 else { return base }
        return MathNode(.scripts(base: base, sub: sub, sup: sup, primes: primes), Range(spanning: start, end))
    }

    /// The argument of `_` or `^`: a group or one token; in plain text a
    /// letter with its digits (`grad_f1`: the subscript is `f1`).
    mutating func argument(scriptOf script: MathToken) -> MathNode {
        guard let token = peek() else { return error(script.range, "'\(script.kind == .subscript ? "_" : "^")' without its argument") }
        if case .letter = token.kind {
            advance()
            let first = implicitSubscript(after: atom(token, nil))
            guard plainText else { return first }
            var run = [first]
            while let t = peek(), t.glued, case .letter = t.kind {
                advance()
                run.append(implicitSubscript(after: atom(t, nil)))
            }
            let whole = run.count == 1 ? first : MathNode(.group(run), Range(spanning: first.range.lowerBound, run.last!.range.upperBound))
            // `grad_f_a L`: a subscript's letter with a subscript of its own
            // glued to it is that letter's (∇ over f_a), as ASCII writes
            // `\nabla_{f_a}`; in TeX it is a double subscript.
            if script.kind == .subscript, run.count == 1, case .atom = first.kind,
               let t = peek(), t.kind == .subscript, t.glued {
                advance()
                depth += 1
                defer { depth -= 1 }
                if depth > MathParser.maximumDepth { return abort(at: t.offset) }
                let inner = argument(scriptOf: t)
                return MathNode(.scripts(base: first, sub: inner, sup: nil, primes: 0), Range(spanning: first.range.lowerBound, inner.range.upperBound))
            }
            return whole
        }
        return argument()
    }
}

extension Range where Bound == Int {
    /// From the lower to the higher of two offsets. A macro's body is placed
    /// at its use and its arguments where they were written, so a node made
    /// of both may end at an offset before the one it starts at.
    init(spanning a: Int, _ b: Int) {
        self = Swift.min(a, b)..<Swift.max(a, b)
    }
}
