import CoursecheckMaths
import Foundation

extension SheetParser {
    /// Reads Question 4: for each of the two counts (all ordered triplets,
    /// valid ones) the stated number and the reasoning behind it. A paragraph
    /// that mentions "valid" speaks of the valid count; one that mentions
    /// "all", "total", "permutations" or "possible" of the total; any other
    /// continues the paragraph before it.
    func parseCounts(_ section: SheetSection, into sheet: inout ParsedSheet) {
        var kind = CountClaim.Kind.all
        for paragraph in paragraphs(section.body) {
            let words = ProseWords(paragraph.text)
            if words.contains("valid") {
                kind = .valid
            } else if words.containsAny(["all", "total", "permutations", "possible"]) {
                kind = .all
            }
            var claim = sheet.counts[kind] ?? CountClaim(kind: kind)
            switch MathScanner.scan(paragraph) {
            case .failure(let unclosed):
                sheet.problems.append(problem(.reasoning(kind), unclosed.location, "unclosed '\(unclosed.delimiter)'"))
            case .success(let pieces):
                // The calculation just before a piece of prose, which
                // "… triplets" makes a statement of the total.
                var chainBefore: CountClaim.Chain?
                for piece in pieces {
                    switch piece {
                    case .prose(let fragment):
                        readProse(fragment, after: chainBefore, into: &claim)
                        chainBefore = nil
                    case .math(let fragment):
                        let count = claim.chains.count
                        readChain(fragment, into: &claim, problems: &sheet.problems)
                        chainBefore = claim.chains.count > count ? claim.chains.last : nil
                    }
                }
            }
            sheet.counts[kind] = claim
        }
        // The final-line rule: the last total stated is the count claimed;
        // without a statement, the last side of the last calculation.
        for kind in CountClaim.Kind.allCases {
            guard var claim = sheet.counts[kind] else { continue }
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

    /// Paragraphs: runs of non-blank lines.
    func paragraphs(_ body: Fragment) -> [Fragment] {
        var result: [Fragment] = []
        var lines: [Substring] = []
        var start = body.start
        var line = body.start
        for text in body.text.split(separator: "\n", omittingEmptySubsequences: false) {
            if text.allSatisfy(\.isWhitespace) {
                if !lines.isEmpty { result.append(Fragment(Substring(lines.joined(separator: "\n")), start: start)) }
                lines = []
            } else {
                if lines.isEmpty { start = line }
                lines.append(text)
            }
            line = SourceLocation(line: line.line + 1, column: 1)
        }
        if !lines.isEmpty { result.append(Fragment(Substring(lines.joined(separator: "\n")), start: start)) }
        return result
    }

    private func readChain(_ fragment: Fragment, into claim: inout CountClaim, problems: inout [SheetProblem]) {
        var text = fragment.text
        // "= 36" continues a sentence: read it as "36". A number alone
        // (`$= 36$`, `$36$`) states the total.
        while text.first?.isWhitespace == true || text.first == "=" { text = text.dropFirst() }
        guard !text.isEmpty else { return }
        do {
            let sides = try ExpressionParser.parseChain(text, allowed: [])
            let values = sides.map(\.constant)
            let location = fragment.location(at: 0)
            let chain = CountClaim.Chain(values: values, text: String(text).split(whereSeparator: \.isWhitespace).joined(separator: " "), location: location)
            claim.chains.append(chain)
            if values.count == 1, let statement = Self.statement(chain) { claim.statements.append(statement) }
        } catch {
            let at = fragment.location(at: error.offset + (fragment.text.unicodeScalars.count - text.unicodeScalars.count))
            problems.append(problem(.reasoning(claim.kind), at, error.message))
        }
    }

    private func readProse(_ fragment: Fragment, after chain: CountClaim.Chain?, into claim: inout CountClaim) {
        let words = ProseWords(fragment.text)
        claim.products += words.choiceProducts().map { product in
            CountClaim.Product(factors: product.factors, text: product.text, location: fragment.location(at: product.offset))
        }
        // `$6 \cdot 5 \cdot 4 = 120$ unique triplets`: the calculation's
        // result is the total stated.
        if let chain, words.startsWithTriplets(), let statement = Self.statement(chain) {
            claim.statements.append(statement)
        }
        for (n, offset) in words.countsOfTriplets() {
            claim.statements.append(CountClaim.Statement(value: n, text: "\(n) triplets", location: fragment.location(at: offset)))
        }
    }

    /// The chain's last side as a statement, when it is a whole number.
    static func statement(_ chain: CountClaim.Chain) -> CountClaim.Statement? {
        guard let value = chain.values.last, value.denominator == 1, let n = Int(exactly: value.numerator) else { return nil }
        return CountClaim.Statement(value: n, text: chain.text, location: chain.location)
    }
}
