extension MathParser {
    func atom(_ token: MathToken, _ role: Role?) -> MathNode {
        MathNode(.atom(token, role), token.range)
    }

    /// `f1` in plain text: a letter with the digits written right after it
    /// has them as its subscript.
    mutating func implicitSubscript(after node: MathNode) -> MathNode {
        guard case .atom(let letter, _) = node.kind, case .letter(let c) = letter.kind, c.isASCII,
              let next = peek(), case .number = next.kind, next.glued, !next.synthetic, !letter.synthetic else { return node }
        advance()
        return MathNode(.scripts(base: node, sub: atom(next, nil), sup: nil, primes: 0), Range(spanning: node.range.lowerBound, next.range.upperBound))
    }

    /// One argument by TeX's rules: a braced group or a single token (a
    /// number's first digit: `\frac12`).
    mutating func argument() -> MathNode {
        depth += 1
        defer { depth -= 1 }
        if depth > MathParser.maximumDepth { return abort(at: here) }
        guard let token = peek() else { return error(here..<here, "missing argument") }
        switch token.kind {
        case .beginGroup:
            return group()
        case .number(let digits) where digits.unicodeScalars.count > 1:
            // `\frac12`: the argument is the digit `1`; `2` is read next.
            var first = token, rest = token
            first.kind = .number(String(digits.unicodeScalars.first!))
            first.length = 1
            let tail = String(String.UnicodeScalarView(digits.unicodeScalars.dropFirst()))
            if tail.hasPrefix(".") {
                advance()
                return atom(token, nil)
            }
            rest.kind = .number(tail)
            rest.offset += 1
            rest.length = max(0, rest.length - 1)
            rest.glued = true
            advance()
            pending.append(rest)
            return atom(first, nil)
        case .endGroup, .superscript, .subscript, .alignment:
            return error(token.range, "missing argument before '\(text(token))'")
        default:
            // One token: a command with its own arguments, a letter, a character.
            while let t = peek() {
                if let node = nucleus(t) { return node }
                if aborted || t.kind == .superscript || t.kind == .subscript { break }
            }
            return aborted ? error(token.range, "") : error(token.range, "missing argument")
        }
    }

    /// `{ … }`, the opening brace next.
    mutating func group() -> MathNode {
        let open = take()!
        let body = list(until: .group)
        guard let close = peek(), close.kind == .endGroup else {
            if aborted { return body.last ?? error(open.range, "") }
            return error(Range(spanning: open.offset, body.range?.upperBound ?? open.range.upperBound), "expected '}' to close the '{' here")
        }
        advance()
        return MathNode(.group(body), Range(spanning: open.offset, close.range.upperBound))
    }

    /// The source text of a token.
    func text(_ token: MathToken) -> String {
        guard token.length > 0, token.offset + token.length <= source.count else {
            switch token.kind {
            case .command(let name): return "\\" + name
            case .letter(let c), .other(let c): return String(c)
            case .number(let n): return n
            default: return ""
            }
        }
        return String(String.UnicodeScalarView(source[token.offset..<(token.offset + token.length)]))
    }

    /// The node a token starts (its scripts aside).
    mutating func nucleus(_ token: MathToken) -> MathNode? {
        switch token.kind {
        case .beginGroup:
            return group()
        case .endGroup:
            advance()
            return error(token.range, "'}' without its '{'")
        case .letter:
            advance()
            return implicitSubscript(after: atom(token, nil))
        case .number, .parameter, .alignment, .newline:
            advance()
            return atom(token, token.kind == .newline ? .lineBreak : nil)
        case .superscript, .subscript:
            return nil
        case .command(let name):
            guard let entry = entry(token) else {
                advance()
                return atom(token, nil)
            }
            used.append(.command(name))
            return command(token, name: name, entry: entry)
        case .other(let c):
            advance()
            guard let entry = table.characters[c] else {
                if c == "]", stops.last == .bracket { return nil }
                return atom(token, nil)
            }
            used.append(.character(c))
            if case .delimiter(let d) = entry.role { return delimited(token, d) }
            return atom(token, entry.role)
        }
    }

    /// A delimiter written as a character or command: an opening one
    /// fences what follows up to its partner.
    mutating func delimited(_ token: MathToken, _ d: Delimiter) -> MathNode {
        // `X\Big|_{t_1}`: a bar with a subscript right after it opens
        // nothing (TeX sets the subscript on the bar): an evaluation bar.
        if d.side == .either, d.family == .vert, peek()?.kind == .subscript {
            return atom(token, .delimiter(d))
        }
        let opens = d.side == .open || (d.side == .either && stops.last != .delimiter(d.family))
        guard opens else {
            return error(token.range, "'\(text(token))' without its opening partner")
        }
        let body = list(until: .delimiter(d.family))
        guard let close = peek(), let role = entry(close)?.role, case .delimiter(let c) = role, c.family == d.family,
              c.side != .open else {
            if aborted { return body.last ?? error(token.range, "") }
            return error(Range(spanning: token.offset, body.range?.upperBound ?? token.range.upperBound),
                         "expected '\(Self.closing(d.family))' to close the '\(text(token))' here")
        }
        advance()
        _ = self.role(of: close)
        return MathNode(.fenced(open: d, body: body, close: c), Range(spanning: token.offset, close.range.upperBound))
    }

    static func closing(_ family: Delimiter.Family) -> String {
        switch family {
        case .parenthesis: ")"
        case .bracket: "]"
        case .brace: "\\}"
        case .angle: "\\rangle"
        case .vert: "|"
        case .doubleVert: "\\|"
        case .floor: "\\rfloor"
        case .ceiling: "\\rceil"
        case .invisible: "."
        }
    }
}
