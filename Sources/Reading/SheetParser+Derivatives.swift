import CoursecheckAssignment
import CoursecheckMaths

extension SheetParser {
    /// Reads every `∂L/∂s = …` item of a section. Items are separated by
    /// top-level commas, semicolons and `\\` line breaks. In Question 5 an
    /// item's label `t_k` (or the section's number 5.k) names its triplet.
    ///
    /// A claim's chain goes on past its item until the next derivative: an
    /// item that starts with `=` (`&= …` on the next line of an `align`, or
    /// `$$= …$$`), or maths after prose (`which gives $f_1 - f_2$`), adds
    /// sides, and the last side is the answer. Every other item is either
    /// known not to be an answer (a triplet `t_k = (…)`, a label, a
    /// definition of L, prose) or reported: an item that cannot be read while
    /// a claim is open makes that claim's answer unreadable, since it may be
    /// its final line.
    func parseDerivatives(_ fragments: [Fragment], question: QuestionID, symbols: [Symbol],
                          into sheet: inout ParsedSheet, label: inout Int?) {
        // In Question 5, f_a, f_p, f_n name the triplet's anchor, positive
        // and negative: read them, then replace them.
        let rolesMeanSamples = question == .question(5) || question.tripletNumber != nil
        let allowed = Set(symbols).union(rolesMeanSamples ? Symbol.roles : [])
        /// The claim a continuation extends: the last one read in this section,
        /// and what its role symbols stand for.
        var open: AnswerID?
        var openRoles: [Symbol: Symbol] = [:]
        for original in fragments {
            guard original.text.unicodeScalars.count <= SheetParser.maximumFragment else {
                sheet.problems.append(problem(.unplaced(question, original.start), original.start,
                                              "math longer than \(SheetParser.maximumFragment) characters"))
                continue
            }
            let fragment = Fragment(Substring(LayoutCommands.blanked(original.text)), start: original.start)
            let tokens = Lexer.tokenize(fragment.text)
            for item in TokenItems.split(tokens) {
                let at = fragment.location(at: item[0].offset)
                guard let head = DerivativeHead.match(item) else {
                    readOther(item, in: fragment, question: question, allowed: allowed, open: open, roles: openRoles, into: &sheet)
                    continue
                }
                open = nil
                if let k = head.label, rolesMeanSamples { label = k }
                let roles = rolesMeanSamples ? self.roles(ofTriplet: question.tripletNumber ?? label) : [:]
                let symbol = roles[head.symbol] ?? head.symbol
                var id = AnswerID(question, .derivative(symbol))
                if question == .question(5) {
                    guard let k = label else {
                        sheet.problems.append(problem(.unplaced(question, at), at, "derivative without a triplet: label it t_k or put it under Question 5.k"))
                        continue
                    }
                    id = AnswerID(.triplet(k), .derivative(symbol))
                }
                guard Set(symbols).contains(symbol) else {
                    let names = symbols.map(\.description).joined(separator: ", ")
                    sheet.problems.append(problem(.unplaced(question, at), at, "derivative with respect to \(symbol): this question asks about \(names)"))
                    continue
                }
                do {
                    var claim = try DerivativeHead.claim(item, head: head, id: id, fragment: fragment, allowed: allowed)
                    claim.symbol = symbol
                    if rolesMeanSamples { try substitute(roles, in: &claim, question: question, label: label, headRole: symbol != head.symbol) }
                    sheet.derivatives[id, default: []].append(claim)
                    open = id
                    openRoles = roles
                } catch {
                    let where_ = fragment.location(at: error.offset)
                    sheet.problems.append(problem(id, where_, error.message))
                }
            }
        }
    }

    /// An item without a derivative head: a continuation of the open claim,
    /// something known not to be an answer, or a problem.
    private func readOther(_ item: [Token], in fragment: Fragment, question: QuestionID, allowed: Set<Symbol>,
                           open: AnswerID?, roles: [Symbol: Symbol], into sheet: inout ParsedSheet) {
        let at = fragment.location(at: item[0].offset)
        if item.contains(where: DerivativeHead.isPartial) {
            sheet.problems.append(problem(.unplaced(question, at), at, "cannot read this derivative: \(DerivativeHead.text(of: item, in: fragment))"))
            return
        }
        if NonAnswer.matches(item) { return }
        // Prose before maths (`which gives`, `so`) is not the answer's text.
        let body = Array(item.drop(while: NonAnswer.isProseWord))
        guard !body.isEmpty else { return }
        let answerLike = body.contains { token in
            switch token.kind {
            case .symbol, .number, .equals: true
            default: false
            }
        }
        guard answerLike else { return }
        let written = DerivativeHead.text(of: body, in: fragment)
        guard let id = open, var claims = sheet.derivatives[id], !claims.isEmpty else {
            sheet.problems.append(problem(.unplaced(question, at), at, "maths that answers no derivative: \(written)"))
            return
        }
        let chain = body.first?.kind == .equals ? Array(body.dropFirst()) : body
        do {
            let (sides, _, text) = try DerivativeHead.chain(chain, fragment: fragment, allowed: allowed)
            guard roles.isEmpty || !sides.contains(where: { !Set($0.symbols).isDisjoint(with: Symbol.roles) }) else {
                sheet.problems.append(problem(id, fragment.location(at: body[0].offset),
                                              "role symbols on a line of their own: write them with the derivative they continue"))
                return
            }
            claims[claims.count - 1].extend(with: sides, text: text)
            sheet.derivatives[id] = claims
        } catch {
            sheet.problems.append(problem(id, fragment.location(at: error.offset),
                                          "cannot read what follows the answer, which may be its final line: \(written): \(error.message)"))
        }
    }
}

extension SheetParser {
    /// What f_a, f_p and f_n stand for in Question 5.k: the k-th triplet's
    /// anchor, positive and negative (nothing when k is unknown).
    func roles(ofTriplet k: Int?) -> [Symbol: Symbol] {
        guard let k, (1...part.triplets.count).contains(k) else { return [:] }
        let t = part.triplets[k - 1]
        return [.anchor: .sample(t[0]), .positive: .sample(t[1]), .negative: .sample(t[2])]
    }

    /// Replaces role symbols in a Question 5 claim by the triplet's samples,
    /// and says so; a role symbol where no triplet is known is an error.
    func substitute(_ roles: [Symbol: Symbol], in claim: inout DerivativeClaim, question: QuestionID, label: Int?,
                    headRole: Bool) throws(ExpressionError) {
        let used = Set(claim.sides.flatMap(\.symbols)).intersection(Symbol.roles)
        guard !used.isEmpty || headRole else { return }
        guard !roles.isEmpty, let k = question.tripletNumber ?? label else {
            throw ExpressionError(offset: 0, "role symbols \(used.sorted().map(\.description).joined(separator: ", ")) without a triplet to give them meaning")
        }
        let written = claim.answer
        do {
            claim.sides = try claim.sides.map { try $0.renaming(roles) }
        } catch {
            throw ExpressionError(offset: 0, "coefficient overflows 64-bit exact arithmetic")
        }
        let t = part.triplets[k - 1].map { "f_\($0)" }.joined(separator: ", ")
        claim.reading = "read as $\(claim.answer)$ ($\(written)$ with t_\(k) = (\(t)): f_a, f_p, f_n are its anchor, positive and negative)"
    }
}

/// Items of a derivative question's maths that are known not to answer it.
enum NonAnswer {
    /// A triplet `t_k = (…)` or a bare label `t_k`, `(t_k)`; a definition of
    /// the loss, `L = …`, `L(t_1) = …`, `\mathcal{L} = …`.
    static func matches(_ item: [Token]) -> Bool {
        let significant = item.filter { ![.leftParen, .rightParen, .leftBrace, .rightBrace].contains($0.kind) }
        guard let first = significant.first, case .word(let w) = first.kind else { return false }
        if DerivativeHead.taskLabel(w) != nil {
            return significant.count == 1 || significant[1].kind == .equals
        }
        let loss = w == "L" || w.hasPrefix("L_") || w.hasPrefix("L^") || w == "\\mathcal" || w == "\\ell"
        guard loss, let equals = item.firstIndex(where: { $0.kind == .equals }) else { return false }
        // Everything before the `=` names the loss: L, its subscripts, a triplet.
        return item[..<equals].allSatisfy { token in
            switch token.kind {
            case .leftParen, .rightParen, .leftBrace, .rightBrace, .comma: true
            case .word(let v): v == "L" || v.hasPrefix("L_") || v.hasPrefix("L^") || v.hasPrefix("t_") || v == "\\mathcal" || v == "\\ell" || v == "t"
            default: false
            }
        }
    }

    /// A word of prose inside maths or a plain-text line: letters only, two or
    /// more (a single letter may be a symbol), or `:`.
    static func isProseWord(_ token: Token) -> Bool {
        guard case .word(let w) = token.kind else { return false }
        if w == ":" || w == "." { return true }
        return w.count >= 2 && w.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }
    }
}

/// LaTeX commands that lay maths out without saying anything: environment
/// markers, labels, tags, `\text{…}` prose, spacing. Blanked with spaces of the
/// same length, so that locations in the fragment stay right.
enum LayoutCommands {
    static func blanked(_ text: Substring) -> String {
        var scalars = Array(text.unicodeScalars)
        var i = 0
        let withArgument = ["\\begin", "\\end", "\\label", "\\tag", "\\text", "\\textrm", "\\textit", "\\mbox", "\\intertext"]
        let prose: Set<String> = ["\\text", "\\textrm", "\\textit", "\\mbox", "\\intertext"]
        let bare = ["\\nonumber", "\\notag", "\\qquad", "\\quad", "\\displaystyle", "\\hfill"]
        func matches(_ word: String, at i: Int) -> Bool {
            let w = Array(word.unicodeScalars)
            guard i + w.count <= scalars.count, Array(scalars[i..<(i + w.count)]) == w else { return false }
            // The command's name ends there.
            return i + w.count == scalars.count || !Lexer.isLetter(scalars[i + w.count])
        }
        while i < scalars.count {
            guard scalars[i] == "\\" else { i += 1; continue }
            if let word = withArgument.first(where: { matches($0, at: i) }) {
                var j = i + word.unicodeScalars.count
                while j < scalars.count, scalars[j] == " " { j += 1 }
                if j < scalars.count, scalars[j] == "{" {
                    var depth = 0
                    while j < scalars.count {
                        if scalars[j] == "{" { depth += 1 }
                        if scalars[j] == "}" { depth -= 1; if depth == 0 { j += 1; break } }
                        j += 1
                    }
                    // `\begin{alignat}{2}`: the column count too.
                    if word == "\\begin", j < scalars.count, scalars[j] == "{", let close = scalars[j...].firstIndex(of: "}") { j = close + 1 }
                    for k in i..<j where scalars[k] != "\n" { scalars[k] = " " }
                    if prose.contains(word) { scalars[i] = ";" }
                    i = j
                    continue
                }
            }
            if let word = bare.first(where: { matches($0, at: i) }) {
                for k in i..<(i + word.unicodeScalars.count) { scalars[k] = " " }
                i += word.unicodeScalars.count
                continue
            }
            i += 1
        }
        return String(String.UnicodeScalarView(scalars))
    }
}

/// Splitting a token list at top-level separators.
enum TokenItems {
    /// Items between top-level `,`, `;` and `\\`, each ending before its
    /// separator; empty items are dropped.
    static func split(_ tokens: [Token]) -> [[Token]] {
        var items: [[Token]] = []
        var current: [Token] = []
        var depth = 0
        for token in tokens {
            switch token.kind {
            case .leftParen, .leftBrace: depth += 1
            case .rightParen, .rightBrace: depth = max(0, depth - 1)
            default: break
            }
            let separator = depth == 0 && (token.kind == .comma || token.kind == .word(";") || token.kind == .word("\\\\"))
            if separator || token.kind == .end {
                if !current.isEmpty { items.append(current) }
                current = []
            } else {
                current.append(token)
            }
        }
        return items
    }
}
