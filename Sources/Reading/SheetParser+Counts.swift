import CoursecheckAssignment
import CoursecheckMaths
import CoursecheckNotation
import Foundation

extension SheetParser {
    /// Reads Question 4: for each of the two counts (all ordered triplets,
    /// valid ones) the stated number and the reasoning behind it, block by
    /// block.
    ///
    /// A count goes to "all" or "valid" by what the text says of it: its own
    /// words first (`36 valid triplets`, `$… = 120$ ordered triplets`,
    /// `36 are valid`); else, in a block that speaks of one kind only
    /// ("valid", or "all", "total", "ordered", "permutations", "possible"),
    /// that kind; in a block that speaks of both, the kind named last before
    /// it ("120 ordered … Valid ones: … = 36"); in a block that names
    /// neither, the kind of the block before. A count in a block of both
    /// kinds that no word before it places is reported.
    func parseCounts(_ section: SheetSection, into sheet: inout ParsedSheet, maths: MathContext) {
        var carried = CountClaim.Kind.all
        var sequence = 0
        for leaf in section.leaves {
            let pieces = Self.pieces(of: leaf.block).flatMap(Self.arithmeticInProse)
            guard !pieces.isEmpty else { continue }
            var events: [CountEvent] = []
            var qualifiers: [(offset: Int, kind: CountClaim.Kind)] = []
            var broadAll = false
            var offset = 0
            var lastChain: Int?
            for piece in pieces {
                switch piece {
                case .text(let fragment):
                    let words = ProseWords(fragment.text)
                    qualifiers += words.qualifiers().map { (offset + $0.offset, $0.kind) }
                    broadAll = broadAll || words.containsAny(["all", "total", "permutations", "possible", "ordered"])
                    for product in words.choiceProducts() {
                        let p = CountClaim.Product(factors: product.factors, text: product.text,
                                                   location: fragment.location(at: product.offset))
                        events.append(CountEvent(offset: offset + product.offset, own: nil, item: .product(p)))
                    }
                    // `$6 \cdot 5 \cdot 4 = 120$ unique triplets`: the
                    // calculation's result is a total stated, of the kind its
                    // words say.
                    // Only words that go on the calculation's sentence: not
                    // after a full stop or a line break ("… = 120$.\nValid
                    // triplets: …" begins another count).
                    let joined = fragment.text.prefix { $0 == " " || $0 == "\t" }.count < fragment.text.count
                        && fragment.text.drop(while: { $0 == " " || $0 == "\t" }).first.map { $0.isLetter } == true
                    let lead = words.leadingTriplets()
                    if let index = lastChain, lead.found, joined {
                        events[index].statesTotal = true
                        events[index].own = events[index].own ?? lead.kind
                    }
                    for statement in words.countsOfTriplets() {
                        let s = CountClaim.Statement(value: statement.value, text: "\(statement.value) triplets",
                                                     location: fragment.location(at: statement.offset))
                        events.append(CountEvent(offset: offset + statement.offset, own: statement.kind, item: .statement(s)))
                    }
                    lastChain = nil
                    offset += fragment.count
                case .math(let span):
                    lastChain = nil
                    for reading in readChains(span.tex, plainText: span.delimiter == "text", maths: maths) {
                        switch reading {
                        case .chain(let chain):
                            events.append(CountEvent(offset: offset, own: nil, item: .chain(chain)))
                            lastChain = events.count - 1
                        case .failure(let message, let at):
                            events.append(CountEvent(offset: offset, own: nil, item: .failure(message, at)))
                            lastChain = nil
                        }
                        offset += 1
                    }
                    offset += 1
                }
            }
            let valid = qualifiers.contains { $0.kind == .valid }
            let all = qualifiers.contains { $0.kind == .all } || (!valid && broadAll)
            for event in events.sorted(by: { $0.offset < $1.offset }) {
                let kind: CountClaim.Kind
                if let own = event.own {
                    kind = own
                } else if valid != all {
                    kind = valid ? .valid : .all
                } else if !valid {
                    kind = carried
                } else if let before = qualifiers.last(where: { $0.offset <= event.offset }) {
                    kind = before.kind
                } else {
                    sheet.problems.append(problem(.unplaced(.question(4), event.location), event.location,
                        "a count that does not say whether it counts all triplets or the valid ones", detail: event.text))
                    continue
                }
                var claim = sheet.counts[kind] ?? CountClaim(kind: kind)
                sequence += 1
                switch event.item {
                case .product(var p):
                    p.sequence = sequence
                    claim.products.append(p)
                case .chain(var c):
                    c.sequence = sequence
                    claim.chains.append(c)
                    if c.values.count == 1 || event.statesTotal, var s = Self.statement(c) {
                        s.sequence = sequence
                        s.alone = c.values.count == 1 && !event.statesTotal
                        claim.statements.append(s)
                    }
                case .statement(let s):
                    claim.statements.append(s)
                case .failure(let message, let at):
                    sheet.problems.append(problem(.reasoning(kind), at, message))
                }
                sheet.counts[kind] = claim
                carried = kind
            }
            // The kind the block ends on goes on into the next one.
            if let last = qualifiers.max(by: { $0.offset < $1.offset }) { carried = last.kind } else if all != valid { carried = valid ? .valid : .all }
        }
        // The final-line rule: the last total stated is the count claimed;
        // without a statement, the last side of the last calculation.
        for kind in CountClaim.Kind.allCases {
            guard var claim = sheet.counts[kind] else { continue }
            // A number alone before a later calculation is a step on the way
            // to it (`gives $18$ more: $18 + 18 = 36$`), not a total.
            let lastCalculation = claim.chains.filter { $0.values.count > 1 }.map(\.sequence).max() ?? 0
            claim.statements.removeAll { $0.alone && $0.sequence < lastCalculation }
            if let last = claim.statements.last {
                claim.stated = last.value
                claim.statedLocation = last.location
            } else if let chain = claim.chains.last,
                      let value = chain.values.last, value.denominator == 1, let n = Int(exactly: value.numerator) {
                claim.stated = n
                claim.statedLocation = chain.location
            }
            sheet.counts[kind] = claim
        }
    }

    /// Text with its plain arithmetic (`so 6 * 5 * 4 = 120 triplets`,
    /// `all: 6×5×4 = 120`) taken out as maths: a run of the grammar's
    /// tokens (read as plain text) that are numbers, operations, relations
    /// and parentheses, with a number on each side of an `=` and an
    /// operation or a second `=` (`= 120` alone, or `n = 6`, is prose).
    static func arithmeticInProse(_ piece: MathDelimiters.Piece) -> [MathDelimiters.Piece] {
        guard case .text(let text) = piece, text.text.contains("=") else { return [piece] }
        let table = CommandTable.standard
        let tokens = Tokenizer(table: table, linesSeparate: true).tokenize(text.text)
        enum Part { case number, equals, operation, other }
        func part(_ token: MathToken) -> Part {
            switch token.kind {
            case .number: return .number
            case .superscript: return .operation
            case .other(let c):
                switch table.characters[c]?.role {
                case .relation(.equals)?: return .equals
                case .operation?: return .operation
                case .delimiter(let d)? where d.family == .parenthesis: return .operation
                default: return .other
                }
            case .command(let name):
                if case .operation? = table.commands[name]?.role { return .operation }
                return .other
            default: return .other
            }
        }
        var runs: [Range<Int>] = []
        var i = 0
        while i < tokens.count {
            guard part(tokens[i]) != .other else { i += 1; continue }
            var j = i
            while j < tokens.count, part(tokens[j]) != .other { j += 1 }
            // An opening `=` continues the sentence; it is not the run's.
            var lower = i
            while lower < j, part(tokens[lower]) == .equals { lower += 1 }
            let run = tokens[lower..<j].map(part)
            if let equals = run.firstIndex(of: .equals), run[..<equals].contains(.number), run[(equals + 1)...].contains(.number),
               run.contains(.operation) || run.filter({ $0 == .equals }).count > 1 {
                runs.append(tokens[lower].offset..<(tokens[j - 1].offset + max(tokens[j - 1].length, 1)))
            }
            i = j
        }
        guard !runs.isEmpty else { return [piece] }
        var cut = FragmentSlicer(text)
        var result: [MathDelimiters.Piece] = []
        var start = 0
        let count = text.text.unicodeScalars.count
        for run in runs {
            if start < run.lowerBound { result.append(.text(cut.slice(start..<run.lowerBound))) }
            let maths = cut.slice(run)
            result.append(.math(MathSource(tex: maths, display: false, delimiter: "text", location: maths.start)))
            start = run.upperBound
        }
        if start < count { result.append(.text(cut.slice(start..<count))) }
        return result
    }

    /// A block's text and maths in reading order.
    static func pieces(of block: Block) -> [MathDelimiters.Piece] {
        func from(_ inlines: [Inline]) -> [MathDelimiters.Piece] {
            inlines.map { inline in
                switch inline {
                case .text(let t): .text(t)
                case .math(let m): .math(m)
                }
            }
        }
        switch block.kind {
        case .paragraph(let inlines), .heading(_, let inlines): return from(inlines)
        case .displayMath(let m): return [.math(m)]
        case .code(_, let f): return MathDelimiters.scan(f).pieces
        case .table(let t): return t.rows.flatMap { $0.flatMap { from($0.inlines) + [.text(Fragment(" ", start: $0.location))] } }
        default: return []
        }
    }

    enum ChainReading {
        case chain(CountClaim.Chain)
        case failure(String, SourceLocation)
    }

    /// The calculations of a maths span, one per item (`6·2·3 = 2·(3·2·3)
    /// = 36`), each side evaluated by the grammar; none for maths that is
    /// not one: a set or a tuple of samples (`\{f_1, f_4\}`, a class)
    /// describes, it does not count.
    private func readChains(_ fragment: Fragment, plainText: Bool, maths: MathContext) -> [ChainReading] {
        let span = maths.read(fragment, plainText: plainText)
        if MathItem.namesSamples(span.tree.nodes) { return [] }
        var result: [ChainReading] = []
        for (n, item) in span.items.enumerated() {
            do {
                let values = try Statements.count(item, in: span.tree)
                // "= 36" continues a sentence: read it as "36". A number
                // alone (`$= 36$`, `$36$`) states the total.
                let sides = item.sides
                let start = item.continuesChain ? (sides[1].relationRange?.upperBound ?? item.range.lowerBound) : item.range.lowerBound
                let range = start..<item.range.upperBound
                let at = span.location(n == 0 ? 0 : item.range.lowerBound)
                result.append(.chain(CountClaim.Chain(values: values, text: span.text(range), location: at)))
            } catch {
                result.append(.failure(error.message, span.location(error.offset)))
            }
        }
        return result
    }

    /// The chain's last side as a statement, when it is a whole number.
    static func statement(_ chain: CountClaim.Chain) -> CountClaim.Statement? {
        guard let value = chain.values.last, value.denominator == 1, let n = Int(exactly: value.numerator) else { return nil }
        return CountClaim.Statement(value: n, text: chain.text, location: chain.location)
    }
}

/// Something Question 4's text states, at its offset in its block: a
/// product of choices, a calculation, or a total.
struct CountEvent {
    enum Item {
        case product(CountClaim.Product)
        case chain(CountClaim.Chain)
        case statement(CountClaim.Statement)
        /// A calculation that cannot be read: reported on the reasoning of its kind.
        case failure(String, SourceLocation)
    }

    var offset: Int
    /// The kind its own words give it.
    var own: CountClaim.Kind?
    var item: Item
    /// A calculation followed by "… triplets": its result is a total stated.
    var statesTotal = false

    var location: SourceLocation {
        switch item {
        case .product(let p): p.location
        case .chain(let c): c.location
        case .statement(let s): s.location
        case .failure(_, let at): at
        }
    }

    var text: String {
        switch item {
        case .product(let p): p.text
        case .chain(let c): c.text
        case .statement(let s): s.text
        case .failure(let message, _): message
        }
    }
}
