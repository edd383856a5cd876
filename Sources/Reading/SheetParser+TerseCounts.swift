import CoursecheckDocument
import Foundation

/// Question 4 answered by its two figures alone, in the question's order.
extension SheetParser {
    /// `120 / 36`, `120; 36`, `120 and 36 (6*5*4 and 6*2*3)`, `120 (6·5·4),
    /// 36 (6·2·3)`: a Question 4 whose whole text (one paragraph, no maths
    /// delimiters, no word but "and") is two whole numbers, each with its
    /// calculation in brackets or both calculations in one bracket after
    /// them. The question asks for all triplets, then the valid ones, and
    /// the valid ones are some of all: the figures are those two counts
    /// only when the first is larger; otherwise (`36 / 120`) nothing says
    /// which is which, and the section is left to `parseCounts`, which
    /// leaves them to a person. A calculation is a product of whole
    /// numbers (`6*5*4`, `6 × 2 × 3`, `6·2·3`), the count's reasoning.
    ///
    /// Returns the two claims, or nil when the text is anything else.
    static func tersePair(_ section: SheetSection) -> (all: CountClaim, valid: CountClaim)? {
        guard section.leaves.count == 1, case .paragraph(let inlines) = section.leaves[0].block.kind,
              inlines.count == 1, case .text(let fragment) = inlines[0] else { return nil }
        let text = String(fragment.text)
        let range = NSRange(text.startIndex..., in: text)
        guard let m = terseFigures.firstMatch(in: text, range: range) else { return nil }
        func group(_ name: String) -> (String, Int)? {
            let r = m.range(withName: name)
            guard r.location != NSNotFound, let swiftRange = Range(r, in: text) else { return nil }
            return (String(text[swiftRange]), text[..<swiftRange.lowerBound].unicodeScalars.count)
        }
        guard let (firstText, firstAt) = group("first"), let (secondText, secondAt) = group("second"),
              let first = Int(firstText), let second = Int(secondText), first > second, second > 0 else { return nil }
        // The calculations: one bracket after each figure, or one after both
        // holding two (`(6*5*4 and 6*2*3)`).
        var calculations: [(String, Int)?] = [group("firstWorking"), group("secondWorking")]
        if calculations[0] == nil, let (both, at) = calculations[1] {
            let parts = bothSeparator.matches(in: both, range: NSRange(both.startIndex..., in: both))
            if parts.count == 1, let cut = Range(parts[0].range, in: both) {
                let offset = both[..<cut.upperBound].unicodeScalars.count
                calculations = [(String(both[..<cut.lowerBound]), at), (String(both[cut.upperBound...]), at + offset)]
            } else if product(both) != nil {
                // (One calculation after both figures: whose it is cannot be told.)
                return nil
            }
        }
        func claim(_ kind: CountClaim.Kind, _ value: Int, at: Int, working: (String, Int)?) -> CountClaim? {
            var c = CountClaim(kind: kind)
            c.stated = value
            c.statedLocation = fragment.location(at: at)
            var s = CountClaim.Statement(value: value, text: "\(value)", location: fragment.location(at: at))
            s.alone = true
            c.statements = [s]
            if let (written, offset) = working {
                // A bracket that is no product of whole numbers is a remark
                // this reading does not know: left to `parseCounts`.
                guard let factors = product(written) else { return nil }
                c.products = [CountClaim.Product(factors: factors, text: written.trimmingCharacters(in: .whitespaces),
                                                 location: fragment.location(at: offset))]
            }
            return c
        }
        guard let all = claim(.all, first, at: firstAt, working: calculations[0]),
              let valid = claim(.valid, second, at: secondAt, working: calculations[1]) else { return nil }
        return (all, valid)
    }

    /// The factors of a product of whole numbers written in plain text
    /// (`6*5*4`, `6 × 5 × 4`, `6·2·3`, `6 x 2 x 3`), two factors at least.
    static func product(_ text: String) -> [Int]? {
        let factors = text.split { "*×·⋅x".contains($0) }.map { $0.trimmingCharacters(in: .whitespaces) }
        guard factors.count >= 2 else { return nil }
        let numbers = factors.compactMap { $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) && !$0.isEmpty ? Int($0) : nil }
        return numbers.count == factors.count && numbers.allSatisfy({ (1...1000).contains($0) }) ? numbers : nil
    }

    /// Two figures, each with an optional bracket, joined by `/`, `;`, `,`,
    /// `&`, `|` or "and", a full stop at most after them.
    static let terseFigures = try! NSRegularExpression(pattern:
        #"^\s*(?<first>\d{1,4})\s*(?:\((?<firstWorking>[^()]*)\))?\s*(?:/|;|,|&|\||\band\b)\s*(?<second>\d{1,4})\s*(?:\((?<secondWorking>[^()]*)\))?\s*\.?\s*$"#)

    /// What joins the two calculations of one bracket: ` and `, `, `, `; `, ` / `.
    static let bothSeparator = try! NSRegularExpression(pattern: #"\s+and\s+|\s*[,;/]\s*"#)
}
