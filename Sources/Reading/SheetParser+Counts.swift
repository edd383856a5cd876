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
                for piece in pieces {
                    switch piece {
                    case .prose(let fragment):
                        readProse(fragment, into: &claim)
                    case .math(let fragment):
                        readChain(fragment, into: &claim, problems: &sheet.problems)
                    }
                }
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
        // "= 36" continues a sentence: read it as "36".
        while text.first?.isWhitespace == true || text.first == "=" { text = text.dropFirst() }
        guard !text.isEmpty else { return }
        do {
            let sides = try ExpressionParser.parseChain(text, allowed: [])
            let values = sides.map(\.constant)
            let location = fragment.location(at: 0)
            claim.chains.append(CountClaim.Chain(values: values, text: String(text).split(whereSeparator: \.isWhitespace).joined(separator: " "), location: location))
            let last = String(text.split(separator: "=").last ?? "").trimmingCharacters(in: .whitespaces)
            if let n = Int(last), !claim.statedInProse {
                claim.stated = n
                claim.statedLocation = location
            }
        } catch {
            let at = fragment.location(at: error.offset + (fragment.text.unicodeScalars.count - text.unicodeScalars.count))
            problems.append(problem(.reasoning(claim.kind), at, error.message))
        }
    }

    private func readProse(_ fragment: Fragment, into claim: inout CountClaim) {
        let words = ProseWords(fragment.text)
        claim.products += words.choiceProducts().map { product in
            CountClaim.Product(factors: product.factors, text: product.text, location: fragment.location(at: product.offset))
        }
        if !claim.statedInProse, let (n, offset) = words.countOfTriplets() {
            claim.statedInProse = true
            claim.stated = n
            claim.statedLocation = fragment.location(at: offset)
        }
    }
}
