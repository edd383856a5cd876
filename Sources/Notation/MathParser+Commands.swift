extension MathParser {
    /// A command with its arguments, by its role and arity in the table.
    mutating func command(_ token: MathToken, name: String, entry: CommandTable.Entry) -> MathNode? {
        advance()
        switch entry.role {
        case .fraction, .binomial:
            let (arguments, _, end) = self.arguments(entry.arity, after: token)
            if aborted, let e = arguments.first(where: { $0.firstError != nil }) { return e }
            guard arguments.count >= 2 else { return error(Range(spanning: token.offset, end), "'\\\(name)' takes two arguments") }
            let n = arguments.count
            return MathNode(.fraction(entry.role, numerator: arguments[n - 2], denominator: arguments[n - 1]), Range(spanning: token.offset, end))
        case .decoration, .differential, .derivative, .functionName, .struck:
            guard entry.arity != .none else { return atom(token, entry.role) }
            let (arguments, optional, end) = self.arguments(entry.arity, after: token)
            if let bad = arguments.firstIndex(where: { if case .error = $0.kind { true } else { false } }) { return arguments[bad] }
            return MathNode(.command(name, entry.role, arguments: arguments, optional: optional), Range(spanning: token.offset, end))
        case .brace:
            let (arguments, _, end) = self.arguments(entry.arity, after: token)
            if let bad = arguments.firstIndex(where: { if case .error = $0.kind { true } else { false } }) { return arguments[bad] }
            let node = MathNode(.command(name, .decoration, arguments: arguments, optional: []), Range(spanning: token.offset, end))
            // The note under or over the brace (`_{\text{anchor}}`) is a
            // remark on what it wraps: read, then left out.
            let noted = scripts(on: node)
            if case .error = noted.kind { return noted }
            // Only words are a note; maths there (`_{= 2f_1}`, `_{\times 2}`,
            // `_{2}`) may be a result or a factor: not read.
            if case let .scripts(_, sub, sup, primes) = noted.kind {
                guard primes == 0, [sub, sup].allSatisfy({ $0.map(Self.isWords) ?? true }) else {
                    return error(Range(spanning: token.offset, noted.range.upperBound), "maths in the note of '\\\(name)': a result or a factor?")
                }
            }
            return MathNode(node.kind, Range(spanning: token.offset, noted.range.upperBound))
        case .spacing, .annotation:
            _ = arguments(entry.arity, after: token)
            return nil
        case .text, .intertext:
            let (arguments, _, end) = self.arguments(entry.arity, after: token)
            let content = arguments.last.map { textContent($0) } ?? ""
            return MathNode(entry.role == .text ? .text(content) : .intertext(content), Range(spanning: token.offset, end))
        case .lineBreak:
            let (_, _, end) = arguments(entry.arity, after: token)
            return MathNode(.atom(token, .lineBreak), Range(spanning: token.offset, end))
        case .fenced(let family):
            if let next = peek(), let role = self.entry(next)?.role, case .delimiter(let d) = role, d.side != .close {
                advance()
                _ = self.role(of: next)
                return delimited(next, d)
            }
            let (arguments, _, end) = self.arguments(entry.arity, after: token)
            let body: [MathNode]
            if let last = arguments.last, case .group(let inner) = last.kind { body = inner } else { body = arguments.suffix(1) }
            return MathNode(.fenced(open: Delimiter(family, .open), body: body, close: Delimiter(family, .close)), Range(spanning: token.offset, end))
        case .delimiter(let d):
            return delimited(token, d)
        case .sizing(let sizing):
            return sized(token, sizing)
        case .begin:
            return environment(token)
        case .end:
            _ = environmentName()
            return error(token.range, "'\\end' without its '\\begin'")
        case .define:
            return define(token, name: name)
        case .macro(let macro):
            return expand(token, macro)
        default:
            return atom(token, entry.role)
        }
    }

    /// A command's arguments: a star, `[optional]` ones, required ones
    /// (group or one token), and extra ones only when braced.
    mutating func arguments(_ arity: CommandTable.Arity, after token: MathToken) -> ([MathNode], [MathNode], Int) {
        var end = token.range.upperBound
        if arity.star, let t = peek(), t.kind == .other("*") { advance(); end = t.range.upperBound }
        var optional: [MathNode] = []
        for _ in 0..<arity.optional {
            guard let t = peek(), t.kind == .other("[") else { break }
            advance()
            let body = bracketed()
            optional.append(body)
            end = max(end, body.range.upperBound)
        }
        var arguments: [MathNode] = []
        for _ in 0..<arity.required {
            let a = argument()
            arguments.append(a)
            end = max(end, a.range.upperBound)
            if aborted { break }
        }
        for _ in 0..<arity.extra {
            guard let t = peek(), t.kind == .beginGroup else { break }
            let a = group()
            arguments.append(a)
            end = max(end, a.range.upperBound)
        }
        return (arguments, optional, end)
    }

    /// `[ … ]` after a command, the `[` read: its content as a group.
    mutating func bracketed() -> MathNode {
        let start = here
        let body = list(until: .bracket)
        var end = body.range?.upperBound ?? start
        if let t = peek(), t.kind == .other("]") { advance(); end = t.range.upperBound }
        return MathNode(.group(body), Range(spanning: start, end))
    }

    /// The text of a text-mode argument, as written.
    func textContent(_ node: MathNode) -> String {
        var range = node.range
        if case .group = node.kind, range.count >= 2 { range = (range.lowerBound + 1)..<(range.upperBound - 1) }
        let lower = max(0, min(range.lowerBound, source.count)), upper = max(lower, min(range.upperBound, source.count))
        return String(String.UnicodeScalarView(source[lower..<upper]))
    }

    /// `\left( … \right)`: the pair fences its content; `\big(` only sizes.
    mutating func sized(_ token: MathToken, _ sizing: Role.Sizing) -> MathNode? {
        switch sizing {
        case .size:
            return nil
        case .middle:
            if let d = peek() { advance(); _ = role(of: d) }
            return atom(token, .sizing(.middle))
        case .right:
            if peek() != nil { advance() }
            return error(token.range, "'\\right' without its '\\left'")
        case .left:
            guard let (open, openToken) = sizedDelimiter() else { return error(token.range, "'\\left' without a delimiter") }
            let body = list(until: .right)
            guard let right = peek(), case .command(let name) = right.kind, table.commands[name]?.role == .sizing(.right) else {
                if aborted { return body.last ?? error(token.range, "") }
                return error(Range(spanning: token.offset, body.range?.upperBound ?? openToken.range.upperBound), "expected '\\right' to close the '\\left' here")
            }
            advance()
            _ = role(of: right)
            guard let (close, closeToken) = sizedDelimiter() else { return error(right.range, "'\\right' without a delimiter") }
            return MathNode(.fenced(open: open, body: body, close: close), Range(spanning: token.offset, closeToken.range.upperBound))
        }
    }

    /// The delimiter after `\left` or `\right` (`.` is none).
    mutating func sizedDelimiter() -> (Delimiter, MathToken)? {
        guard let t = peek() else { return nil }
        if t.kind == .other(".") { advance(); return (Delimiter(.invisible, .either), t) }
        guard let role = entry(t)?.role, case .delimiter(let d) = role else { return nil }
        advance()
        _ = self.role(of: t)
        return (d, t)
    }
}

extension MathParser {
    /// Whether a node is words only: text, letters, and the punctuation
    /// and spacing between them (`\text{anchor}`, `a,\,p`, `{pos}`).
    static func isWords(_ node: MathNode) -> Bool {
        switch node.kind {
        case .text: true
        case .group(let inner): inner.allSatisfy(isWords)
        case .command(_, .decoration, let arguments, _): arguments.last.map(isWords) ?? true
        case .atom(let token, let role):
            switch role {
            case nil: if case .letter = token.kind { true } else { false }
            case .punctuation?, .spacing?, .separatingSpace?: true
            default: false
            }
        default: false
        }
    }
}

