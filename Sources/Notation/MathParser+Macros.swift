extension MathParser {
    /// Raw tokens of a braced group, the `{` next, without the braces.
    mutating func rawGroup() -> [MathToken]? {
        guard let open = peek(), open.kind == .beginGroup else { return nil }
        advance()
        var tokens: [MathToken] = []
        var level = 0
        while let t = take() {
            if t.kind == .beginGroup { level += 1 }
            if t.kind == .endGroup {
                if level == 0 { return tokens }
                level -= 1
            }
            tokens.append(t)
            if tokens.count > MathParser.maximumExpansion { return nil }
        }
        return nil
    }

    /// `\newcommand{\name}[n][default]{body}`, `\def\name#1#2{body}`,
    /// `\DeclareMathOperator{\name}{text}`: the macro enters the table.
    mutating func define(_ token: MathToken, name: String) -> MathNode? {
        let start = token.offset
        func failed() -> MathNode { error(start..<max(start + 1, here), "cannot read the definition of a macro") }
        if let t = peek(), t.kind == .other("*") { advance() }
        // The macro's name: `{\pd}` or `\pd`.
        var braced = false
        if let t = peek(), t.kind == .beginGroup { braced = true; advance() }
        guard let nameToken = take(), case .command(let macroName) = nameToken.kind else { return failed() }
        if braced {
            guard let t = take(), t.kind == .endGroup else { return failed() }
        }
        var parameters = 0
        var defaultArgument: [MathToken]?
        if name == "def" {
            while let t = peek(), case .parameter(let n) = t.kind { parameters = max(parameters, n); advance() }
        } else if name != "DeclareMathOperator" {
            if let t = peek(), t.kind == .other("[") {
                advance()
                guard let n = take(), case .number(let digits) = n.kind, let count = Int(digits), (0...9).contains(count),
                      let close = take(), close.kind == .other("]") else { return failed() }
                parameters = count
                if let t = peek(), t.kind == .other("[") {
                    advance()
                    var value: [MathToken] = []
                    while let t = take(), t.kind != .other("]") { value.append(t); if value.count > 1000 { return failed() } }
                    defaultArgument = value
                }
            }
        }
        guard var body = rawGroup() else { return failed() }
        if name == "DeclareMathOperator" {
            let at = nameToken.offset
            body = [MathToken(.command("operatorname"), offset: at, length: 0, synthetic: true),
                    MathToken(.beginGroup, offset: at, length: 0, synthetic: true)] + body
                + [MathToken(.endGroup, offset: at, length: 0, synthetic: true)]
        }
        if name == "providecommand", table.commands[macroName] != nil { return nil }
        cachedIndex = -1
        table = table.defining(macroName, CommandTable.Macro(parameters: parameters, body: body, defaultArgument: defaultArgument))
        return nil
    }

    /// A macro's use: its arguments read by TeX's rules and its body read
    /// in its place, every token placed at the use.
    mutating func expand(_ token: MathToken, _ macro: CommandTable.Macro) -> MathNode? {
        var arguments: [[MathToken]] = []
        for n in 0..<macro.parameters {
            if n == 0, let value = macro.defaultArgument {
                if let t = peek(), t.kind == .other("[") {
                    advance()
                    var given: [MathToken] = []
                    while let t = take(), t.kind != .other("]") { given.append(t); if given.count > 1000 { break } }
                    arguments.append(given)
                } else {
                    arguments.append(value)
                }
            } else if let t = peek(), t.kind == .beginGroup {
                guard let value = rawGroup() else { return error(token.range, "unclosed argument of '\(text(token))'") }
                arguments.append(value)
            } else if let t = take() {
                arguments.append([t])
            } else {
                return error(token.range, "'\(text(token))' takes \(macro.parameters) arguments")
            }
        }
        var result: [MathToken] = []
        for t in macro.body {
            if case .parameter(let n) = t.kind, n <= arguments.count {
                result += arguments[n - 1]
            } else {
                var placed = t
                placed.offset = token.offset
                placed.length = token.length
                placed.synthetic = true
                result.append(placed)
            }
        }
        expanded += result.count + 1
        guard expanded <= MathParser.maximumExpansion else {
            return error(token.range, "macros expand to more than \(MathParser.maximumExpansion) tokens (a macro that calls itself?)")
        }
        pending.append(contentsOf: result.reversed())
        return nil
    }
}
