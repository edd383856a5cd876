import CoursecheckModels
import Foundation

/// Part I written as a list or as text: `- RNN: 60,400 parameters, 64.64 %
/// accuracy`, `1. bi-LSTM — 483200 params (86.49%)`, `2-level bi-RNN 361,600
/// 61.39%` (single spaces). A line with a list marker and `name:` is a row
/// whatever the name (an unknown name is reported); a line without one is a
/// row only when it starts with a model the assignment names. The accuracy is
/// the number with `%`; the parameter count is the other number, written in
/// any way `TableRow.count` reads (`60 400`, `241.6k`, `1.4464 \times 10^6`).
enum ModelListRow {
    /// `-`, `*`, `+`, `•`, `1.`, `1)`, `\item`, then `**`.
    static func dropListMarker(_ line: Substring) -> (rest: Substring, marked: Bool) {
        var rest = line.drop { $0 == " " || $0 == "\t" }
        var marked = false
        if let first = rest.first, "-*+•".contains(first), rest.dropFirst().first == " " {
            rest = rest.dropFirst(2); marked = true
        } else if rest.hasPrefix("\\item") {
            rest = rest.dropFirst(5); marked = true
        } else {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            let after = rest.dropFirst(digits.count)
            if !digits.isEmpty, digits.count <= 2, let mark = after.first, mark == "." || mark == ")", after.dropFirst().first == " " {
                rest = after.dropFirst(2); marked = true
            }
        }
        rest = rest.drop { $0 == " " || $0 == "*" || $0 == "_" }
        return (rest, marked)
    }

    private static let percentage = try! NSRegularExpression(pattern: #"(\d+(?:\.\d+)?)\s*\\?%"#)
    private static let count = try! NSRegularExpression(
        pattern: #"\d{1,3}(?:(?:,|\{,\}|\\,|’|'|\x{2009}|\x{202F}| )\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?(?:\s*[kKM]\b|\s*(?:\\times|\\cdot|×|·|x|\*)\s*10\^\{?\d+\}?|e\d+)?"#)

    /// The row the line states, if it states one.
    static func read(_ line: Substring, marked structurally: Bool = false, at start: SourceLocation, known: [String]) -> ModelClaim? {
        let (rest, markedInText) = dropListMarker(line)
        let marked = structurally || markedInText
        let lineNumber = start.line
        let offset = line.unicodeScalars.count - rest.unicodeScalars.count
        // The name: before `:` or a dash, or a known model's name.
        var name: Substring?
        if let colon = rest.firstIndex(where: { $0 == ":" || $0 == "—" || $0 == "–" }), marked {
            name = rest[..<colon]
        } else {
            // A model's name first, or after an article ("The RNN encoder has …").
            var start = rest.startIndex
            for article in ["the ", "a ", "an ", "our ", "my "] where rest.lowercased().hasPrefix(article) {
                start = rest.index(rest.startIndex, offsetBy: article.count)
                break
            }
            let lower = rest[start...].lowercased()
            for model in known.sorted(by: { $0.count > $1.count }) where lower.hasPrefix(model.lowercased()) {
                let end = rest.index(start, offsetBy: model.count)
                if end == rest.endIndex || !(rest[end].isLetter || rest[end] == "-") { name = rest[start..<end] }
                break
            }
        }
        guard let name else { return nil }
        let trimmedName = String(name).replacingOccurrences(of: "*", with: "").trimmingWhitespace()
        guard !trimmedName.isEmpty, trimmedName.count <= 40 else { return nil }
        let tail = String(rest[name.endIndex...])
        let isKnown = known.contains { ModelSpec.slug($0) == ModelSpec.slug(trimmedName) }
        // An unknown name is a row (reported as such) only when the line
        // speaks of parameters or an accuracy: `- Note: 4 gates` is prose.
        guard isKnown || tail.contains("%") || tail.lowercased().contains("param") else { return nil }
        var ns = tail as NSString
        let nameLength = rest[..<name.endIndex].unicodeScalars.count
        func location(_ range: NSRange) -> SourceLocation {
            let prefix = ns.substring(to: range.location)
            return SourceLocation(line: lineNumber, column: start.column + offset + nameLength + prefix.unicodeScalars.count)
        }
        var accuracy: ModelClaim.Entry?
        if let m = percentage.firstMatch(in: tail, range: NSRange(location: 0, length: ns.length)) {
            let text = ns.substring(with: m.range)
            accuracy = ModelClaim.Entry(text: text, location: location(m.range), value: TableRow.percentage(text))
            // Blanked, so that `60,400 100%` is not read as one number.
            ns = ns.replacingCharacters(in: m.range, with: String(repeating: " ", count: m.range.length)) as NSString
        }
        var parameters: ModelClaim.Entry?
        let counts = count.matches(in: ns as String, range: NSRange(location: 0, length: ns.length))
        // The number that says "param…" after it, else the first.
        let named = counts.first { m in
            let after = ns.substring(from: m.range.location + m.range.length).lowercased().drop { $0 == " " }
            return after.hasPrefix("param")
        }
        if let m = named ?? counts.first {
            let text = ns.substring(with: m.range)
            parameters = ModelClaim.Entry(text: text, location: location(m.range), value: TableRow.count(text))
            ns = ns.replacingCharacters(in: m.range, with: String(repeating: " ", count: m.range.length)) as NSString
        }
        guard accuracy != nil || parameters != nil else { return nil }
        // A line without a list marker is a row only if nothing but its
        // figures and their words is left (`LSTM has 4 gates` is prose), or
        // if it is a sentence about this model alone that says which
        // number counts parameters ("The RNN encoder has 60,400 parameters
        // … and reached 62.93% test accuracy").
        if !marked {
            let words = (ns as String).lowercased().split { !$0.isLetter }
            let allowed: Set<Substring> = ["parameters", "parameter", "params", "param", "accuracy", "acc", "test", "k", "m"]
            let otherModel = known.contains { model in
                ModelSpec.slug(model) != ModelSpec.slug(trimmedName) && tail.lowercased().contains(model.lowercased())
                    && !trimmedName.lowercased().contains(model.lowercased())
            }
            let sentence = named != nil && !otherModel && counts.count == 1
                && (accuracy == nil || tail.lowercased().contains("accura"))
            guard words.allSatisfy(allowed.contains) || sentence else { return nil }
        }
        return ModelClaim(name: trimmedName, slug: ModelSpec.slug(trimmedName),
                          location: SourceLocation(line: lineNumber, column: start.column + offset),
                          parameters: parameters, accuracy: accuracy)
    }
}
