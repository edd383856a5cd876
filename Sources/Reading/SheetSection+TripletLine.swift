import Foundation

extension SheetSection {
    /// A line of Question 5 that names one triplet and nothing else, as
    /// students head each triplet's answers: its label (`t_1`, `t₁`, `T1`,
    /// `Triplet 1`), then its members, with their roles or not —
    /// `t_1 = (1, 2, 5)`, `t_1 = (a, p, n) = (1, 2, 5)`, `Triplet 1, (a,p,n)
    /// = (1,2,5)`, `t2: a=1, p=3, n=4`,
    /// `Triplet 3 (a=2, p=1, n=6):`, `t4 (anchor = 2, negative = 4,
    /// positive = 3)` — in maths or not, in bold or not, a colon after it
    /// or not. Returns k and the statement `t_k = (a, p, n)` it makes (roles
    /// named in any order are put in the triplet's), read by the triplet
    /// reader so that a wrong member is reported; nil for any other line.
    ///
    /// Such a line opens part 5.k unless the line after it names a
    /// triplet too (`followedByTripletLine`).
    static func tripletLine(_ line: [Inline]) -> (k: Int, statement: String)? {
        // (A maths delimiter left in the text is maths not closed: reported
        // where it stands, never read as a heading.)
        guard !line.contains(where: { if case .text(let t) = $0 { t.text.contains("$") } else { false } }) else { return nil }
        let text = tripletLineText(Inline.source(of: line))
        guard text.count <= 90 else { return nil }
        let lower = text.lowercased()
        func groups(_ regex: NSRegularExpression) -> [String?]? {
            guard let match = regex.firstMatch(in: lower, range: NSRange(lower.startIndex..., in: lower)) else { return nil }
            return (1..<match.numberOfRanges).map { n in Range(match.range(at: n), in: lower).map { String(lower[$0]) } }
        }
        func statement(_ k: String?, _ members: [String?]) -> (Int, String)? {
            guard let k = k.flatMap(Int.init), (1...99).contains(k) else { return nil }
            let numbers = members.compactMap { $0.flatMap(Int.init) }
            guard numbers.count == 3 else { return nil }
            return (k, "t_{\(k)} = (\(numbers.map(String.init).joined(separator: ", ")))")
        }
        if let g = groups(tripletLinePatterns.listed) {
            return statement(g[0], Array(g[1...]))
        }
        if let g = groups(tripletLinePatterns.named) {
            // The roles by their initials, each once, in the triplet's order.
            var byRole: [Character: String] = [:]
            for pair in stride(from: 1, to: 7, by: 2) {
                guard let name = g[pair]?.first, let value = g[pair + 1], byRole[name] == nil else { return nil }
                byRole[name] = value
            }
            return statement(g[0], ["a", "p", "n"].map { byRole[$0] })
        }
        return nil
    }

    /// `tripletLine`'s two shapes, compiled once: the members listed
    /// (`t2 = (1, 3, 4)`, `Triplet 2, (a,p,n) = (1,3,4)`) and the roles
    /// named (`t2: a=1, p=3, n=4`).
    private static let tripletLinePatterns: (listed: NSRegularExpression, named: NSRegularExpression) = {
        let member = #"\s*(?:f\s*_?\s*)?(\d{1,2})\s*"#
        // (Question 5.k's own number, `5.2 (1, 3, 4):`, is its heading's,
        // read by the heading reader.)
        let label = #"^(?:triplet|t)\s*_?\s*(\d{1,2})(?![\d.])\s*[,:.\x{2014}\x{2013}-]?\s*"#
        let rolesInBrackets = #"(?:=\s*)?(?:\(\s*(?:a\s*,\s*p\s*,\s*n|anchor\s*,\s*positive\s*,\s*negative)\s*\)\s*=\s*)?"#
        let listed = label + rolesInBrackets + #"\("# + member + "," + member + "," + member + #"\)\s*:?\s*$"#
        let role = #"\s*(a|p|n|anchor|positive|negative)\s*=\s*(?:f\s*_?\s*)?(\d{1,2})\s*"#
        let named = label + #"\(?"# + role + "[,;]" + role + "[,;]" + role + #"\)?\s*:?\s*$"#
        return (try! NSRegularExpression(pattern: listed), try! NSRegularExpression(pattern: named))
    }()

    /// A line's source as `tripletLine` reads it: maths delimiters, braces,
    /// backslashes and emphasis taken out (`\textbf{t\_1 = …}`, `**5.1**`,
    /// `$t_{1}$`), subscript digits as digits (`t₁`), spaces squeezed.
    static func tripletLineText(_ source: String) -> String {
        var text = source
        // (Each command and delimiter opens with a backslash: a line
        // without one has none of them. This runs on every line.)
        if text.utf8.contains(UInt8(ascii: "\\")) {
            for command in tripletLineCommands { text = text.replacingBytes(command, with: "") }
            for delimiter in ["\\(", "\\)", "\\[", "\\]"] { text = text.replacingBytes(delimiter, with: "") }
            text = text.replacingBytes("\\_", with: "_")
        }
        if text.unicodeScalars.contains(where: { (0x2080...0x2089).contains($0.value) }) {
            text = String(String.UnicodeScalarView(text.unicodeScalars.map { c in
                (0x2080...0x2089).contains(c.value) ? Unicode.Scalar(c.value - 0x2080 + 0x30)! : c
            }))
        }
        if text.isASCIIText {
            // (ASCII: a byte is a character, and the white space trimmed is
            // tab to carriage return and the space.)
            let kept = text.utf8.filter { !"$*{}\\`".utf8.contains($0) }
            let isSpace = { (b: UInt8) in b == 0x20 || (0x09...0x0D).contains(b) }
            if let first = kept.firstIndex(where: { !isSpace($0) }), let last = kept.lastIndex(where: { !isSpace($0) }) {
                text = String(decoding: kept[first...last], as: UTF8.self)
            } else {
                text = ""
            }
        } else {
            text = text.filter { !"$*{}\\`".contains($0) }
            text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        // Emphasis by underscores around the whole line (`__t_1 = …__`).
        while text.hasPrefix("_") || text.hasSuffix("_") {
            text = text.trimmingCharacters(in: CharacterSet(charactersIn: "_ "))
        }
        return text
    }

    /// The commands `tripletLineText` takes out, in this order.
    private static let tripletLineCommands = ["\\textbf", "\\textit", "\\emph", "\\mathbf", "\\boldsymbol", "\\vec", "\\mathrm",
                                              "\\text", "\\left", "\\right"]

    /// Whether the line after a triplet's line (in its paragraph, or the
    /// next block's first) names a triplet too: such lines together list
    /// the triplets, and head no parts. (A triplet's members alone count,
    /// `(1, 3, 4)`: a list of them lists the triplets too.)
    static func followedByTripletLine(lines: [[Inline]], at index: Int, next: Leaf?) -> Bool {
        func names(_ line: [Inline]) -> Bool { tripletLine(line) != nil || bareMembers(line) != nil }
        if index + 1 < lines.count { return names(lines[index + 1]) }
        guard let next, case .paragraph(let inlines) = next.block.kind, let first = ParagraphLines.lines(inlines).first else { return false }
        return names(first)
    }

    /// The members of a line that is a triplet's members alone in brackets,
    /// `(a, p, n)`, digits or `f`s (`(1,2,5):`, `(f_2, f_1, f_6)`; a colon
    /// after it or not).
    static func bareMembers(_ line: [Inline]) -> [Int]? {
        guard !line.contains(where: { if case .text(let t) = $0 { t.text.contains("$") } else { false } }) else { return nil }
        let text = tripletLineText(Inline.source(of: line)).lowercased()
        guard text.hasPrefix("("), text.count <= 40,
              let match = bareMembersPattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return nil }
        let numbers = (1...3).compactMap { Range(match.range(at: $0), in: text).flatMap { Int(text[$0]) } }
        return numbers.count == 3 ? numbers : nil
    }

    /// `bareMembers`' shape, compiled once.
    private static let bareMembersPattern: NSRegularExpression = {
        let member = #"\s*(?:f\s*_?\s*)?(\d{1,2})\s*"#
        return try! NSRegularExpression(pattern: #"^\("# + member + "," + member + "," + member + #"\)\s*:?\s*$"#)
    }()
}
