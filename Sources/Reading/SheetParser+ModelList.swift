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

    /// A percentage, its decimals after a point or a comma (`59,60 %`: not 60 %).
    private static let percentage = try! NSRegularExpression(pattern: #"(\d+(?:\.\d+|,\d{1,2}(?!\d))?)\s*\\?%"#)
    private static let count = try! NSRegularExpression(
        pattern: #"\d{1,3}(?:(?:,|\{,\}|\\,|’|'|_|~|\x{A0}|\x{2009}|\x{202F}| )\d{3})+(?:\.\d+)?(?:\s*[kKM]\b)?|\d{1,3}(?:\.\d{3}){2,}(?!\d)|\d+(?:\.\d+)?(?:\s*[kKM]\b|\s*(?:\\times|\\cdot|×|·|x|\*)\s*10\^\{?\d+\}?|e\d+)?"#)

    /// The line with each run of three dots or more made spaces.
    static func withoutLeaders(_ line: Substring) -> String {
        var scalars = Array(line.unicodeScalars)
        var i = 0
        while i < scalars.count {
            guard scalars[i] == "." else { i += 1; continue }
            var j = i
            while j < scalars.count, scalars[j] == "." { j += 1 }
            if j - i >= 3 { for k in i..<j { scalars[k] = " " } }
            i = j
        }
        return String(String.UnicodeScalarView(scalars))
    }

    /// Whether a line counts a model's weights and its biases apart ("60,000
    /// weights plus 400 biases", "60,000 weights and 400 bias terms"): its
    /// count of weights is no count of the model's parameters, and what the
    /// two make is for a person (the line is not read as a row).
    static func weightsApart(_ line: Substring) -> Bool {
        let lower = line.lowercased()
        guard lower.containsBytes("bias"), lower.containsBytes("weight") else { return false }
        let whole = NSRange(lower.startIndex..., in: lower)
        return weightsAndBiases.firstMatch(in: lower, range: whole) != nil && countOfParameters.firstMatch(in: lower, range: whole) == nil
    }
    /// A count the line says is of parameters (`60,400 parameters (60,000
    /// weights + 400 biases)`): the weights and biases are its working.
    private static let countOfParameters = try! NSRegularExpression(pattern: #"\d\$?\s*(?:trainable\s+|learnable\s+)?param"#)
    private static let weightsAndBiases = try! NSRegularExpression(
        pattern: #"\d[\d,{}\\ ]*\$?\s*(?:\w+\s+){0,2}weights?\b.*?\d[\d,{}\\ ]*\$?\s*(?:\w+\s+){0,2}bias"#)

    /// The row the line states, if it states one.
    static func read(_ line: Substring, marked structurally: Bool = false, at start: SourceLocation, known: [String],
                     accuracyColumn: Bool = false) -> ModelClaim? {
        // `RNN.........  60,400 params`: dot leaders are space (one for one,
        // so that places stay).
        let line = line.containsBytes("...") ? Substring(withoutLeaders(line)) : line
        if weightsApart(line) { return nil }
        var (rest, markedInText) = dropListMarker(line)
        // `Correction: RNN: …`: a correction's label before the row (a
        // correction naming Part I, `SheetSection.correctionReference`).
        var corrects = false
        if let colon = rest.firstIndex(of: ":"), SheetSection.correctionLabels.contains(String(rest[..<colon]).trimmingWhitespace().lowercased()) {
            rest = rest[rest.index(after: colon)...].drop { $0 == " " }
            corrects = true
            markedInText = true
        }
        let marked = structurally || markedInText
        let lineNumber = start.line
        let offset = line.unicodeScalars.count - rest.unicodeScalars.count
        // The name: before `:` or a dash, or a known model's name.
        var name: Substring?
        if let colon = rest.firstIndex(where: { $0 == ":" || $0 == "—" || $0 == "–" }), marked {
            name = rest[..<colon]
            // `RNN - number of parameters: 60,400`: the model's name ends
            // at a spaced hyphen before the colon.
            // (Only where the words after the hyphen name a figure, not the
            // model: `RNN - bidirectional: …` is a name.)
            if let dash = rest[..<colon].range(of: " - "), ModelNames.known(String(rest[..<dash.lowerBound]), in: known) != nil,
               ["param", "number", "count", "acc"].contains(where: rest[dash.upperBound..<colon].lowercased().contains) {
                name = rest[..<dash.lowerBound]
            }
            // `RNN test accuracy: 63.3%`, `bi-LSTM parameters: 483,200`: the
            // model's name, then words that only name the figure after the
            // colon (the name is the model's when nothing else is left).
            if let label = name, ModelNames.known(String(label), in: known) == nil,
               let (end, _) = ModelNames.prefix(of: label, in: known),
               case let words = label[end...].lowercased().split(whereSeparator: { !$0.isLetter }), !words.isEmpty,
               words.allSatisfy(Self.figureWords.contains) {
                name = label[..<end]
            }
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
            // Named otherwise (`BiLSTM`, `Bidirectional RNN`, `2-layer BiRNN`).
            if name == nil, let (end, _) = ModelNames.prefix(of: rest[start...], in: known) { name = rest[start..<end] }
            // `bi-LSTM, 2 levels -> 1,446,400 params, …`: levels after a
            // comma are the name's (`ModelNames`: `, 2 levels`), not words
            // of the row.
            if let n = name, n.endIndex < rest.endIndex, rest[n.endIndex] == ",",
               let (end, _) = ModelNames.prefix(of: rest[start...], in: known), end > n.endIndex,
               Self.levelsPhrase(rest[rest.index(after: n.endIndex)..<end]) { name = rest[start..<end] }
            // In a sentence the name is whole only where the sentence goes on
            // (`The LSTM has …`, `LSTM: …`), not on the name (`The LSTM with
            // attention has …` is another model).
            if let n = name, !marked {
                let next = rest[n.endIndex...].drop { $0 == " " }
                let word = next.prefix { $0.isLetter }.lowercased()
                let goesOn = next.isEmpty || !(next.first!.isLetter) || ModelListRow.sentenceVerbs.contains(word)
                    || word == "with" && next.dropFirst(4).drop(while: { $0 == " " }).first?.isNumber == true
                if !goesOn { name = nil }
            }
        }
        guard let name else { return nil }
        let trimmedName = String(name).replacingOccurrences(of: "*", with: "").trimmingWhitespace()
        guard !trimmedName.isEmpty, trimmedName.count <= 40 else { return nil }
        let tail = String(rest[name.endIndex...])
        let slug = ModelNames.slug(trimmedName, in: known)
        let isKnown = known.contains { ModelSpec.slug($0) == slug }
        // An unknown name is a row (reported as such) only when the line
        // speaks of parameters or an accuracy: `- Note: 4 gates` is prose.
        guard isKnown || tail.contains("%") || tail.lowercased().contains("param") else { return nil }
        let nameLength = rest[..<name.endIndex].unicodeScalars.count
        let found = figures(in: tail, line: lineNumber, column: start.column + offset + nameLength, accuracyColumn: accuracyColumn)
        let (accuracy, parameters, named, counts) = (found.accuracy, found.parameters, found.named, found.counts)
        guard accuracy != nil || parameters != nil else { return nil }
        // A line without a list marker is a row only if nothing but its
        // figures and their words is left (`LSTM has 4 gates` is prose), or
        // if it is a sentence about this model alone that says which
        // number counts parameters ("The RNN encoder has 60,400 parameters
        // … and reached 62.93% test accuracy").
        if !marked {
            // The count the result of working (`RNN: $200 \cdot 100 + … =
            // 60\,400$, test accuracy …`): the working's operators are no words.
            let said = found.worked ? found.rest.replacingOccurrences(of: #"\\[A-Za-z]+"#, with: " ", options: .regularExpression) : found.rest
            let words = said.lowercased().split { !$0.isLetter }
            let allowed: Set<Substring> = ["parameters", "parameter", "params", "param", "accuracy", "acc", "test", "k", "m"]
            let otherModel = known.contains { model in
                ModelSpec.slug(model) != slug && tail.lowercased().contains(model.lowercased())
                    && !trimmedName.lowercased().contains(model.lowercased())
            }
            let sentence = named && !otherModel && counts == 1
                && (accuracy == nil || tail.lowercased().contains("accura") || tail.lowercased().contains("test"))
            guard words.allSatisfy(allowed.contains) || sentence
                || found.worked && !otherModel && Self.explainsWorking(tail, said: words) else { return nil }
        }
        var claim = ModelClaim(name: trimmedName, slug: slug,
                               location: SourceLocation(line: lineNumber, column: start.column + offset),
                               parameters: parameters, accuracy: accuracy)
        claim.corrects = corrects
        return claim
    }

    /// Whether the tail of a row labelled by its model (`RNN: one gate
    /// block, $W_{ih}$, $W_{hh}$ and the two biases: $… = 60,400$
    /// parameters.`) explains the working whose result is the count: it
    /// opens with the label's colon, its one maths with `=` is that working,
    /// and no word makes the result a part or a supposition (`per`, `each`,
    /// `would`, `if`, `only`, `one direction`, `second level`, `level 2`).
    static func explainsWorking(_ tail: String, said words: [Substring]) -> Bool {
        guard tail.drop(while: { $0 == " " || $0 == "*" || $0 == "_" }).first == ":" else { return false }
        let spans = mathSpans(Substring(tail))
        guard spans.filter({ tail[$0].contains("=") }).count == 1 else { return false }
        let partial: Set<Substring> = ["per", "each", "would", "if", "without", "excluding", "except", "only", "half", "first", "second",
                                       "third", "single", "lone", "unidirectional", "forward", "backward", "approximately", "about", "roughly"]
        guard !words.contains(where: partial.contains) else { return false }
        let parts: Set<Substring> = ["direction", "level", "layer", "gate", "block", "cell"]
        for (i, w) in words.enumerated() where parts.contains(w) || parts.contains(w.dropLast()) {
            // `one direction`, `level 2`: one part of the model.
            if i > 0, words[i - 1] == "one", w == "direction" || w == "level" || w == "layer" { return false }
        }
        let lower = tail.lowercased()
        return lower.range(of: #"\b(level|layer|direction)\s*\d"#, options: .regularExpression) == nil
    }

    /// Words that name a Part I figure and nothing of the model
    /// (`test accuracy`, `number of parameters`, `param count`).
    static let figureWords: Set<Substring> = ["test", "accuracy", "acc", "parameters", "parameter", "params", "param",
                                               "number", "of", "count", "total", "trainable"]

    /// Marks of a struck-out figure (`\cancel{…}`, soul's `\st{…}`,
    /// Markdown's `~~…~~`): what they strike is not read.
    static let struckOut = ["\\cancel", "\\bcancel", "\\xcancel", "\\sout", "\\st{", "~~"]

    /// The inline maths spans of a line, `$…$` each with its delimiters
    /// (`\$` is no delimiter; `$$` is not read as inline).
    static func mathSpans(_ line: Substring) -> [Range<Substring.Index>] {
        var spans: [Range<Substring.Index>] = []
        var open: Substring.Index?
        var i = line.startIndex
        while i < line.endIndex {
            if line[i] == "\\" {
                i = line.index(after: i)
                if i < line.endIndex { i = line.index(after: i) }
                continue
            }
            if line[i] == "$" {
                let next = line.index(after: i)
                if next < line.endIndex, line[next] == "$" { return [] }
                if let start = open {
                    spans.append(start..<next)
                    open = nil
                } else {
                    open = i
                }
            }
            i = line.index(after: i)
        }
        return spans
    }

    /// A quantity whose script or argument names the model, given after
    /// `=` in maths: `N_{\text{LSTM}} = 4 \cdot 60{,}400 = 241{,}600`,
    /// `\#\theta(\text{bi-RNN}) = 120\,800`, one statement of a maths span
    /// (`$…$` without its delimiters; statements split at `,`, `;` and
    /// `\quad`). The left of the first `=`, its commands, braces and
    /// brackets taken away, must be a symbol for a count (`N`, `P`, `\#`,
    /// `|\theta|`, `params`) and then exactly one of the assignment's
    /// models; no superscript or second argument (`N^{(2)}_{\text{bi-RNN}}`,
    /// `\#\theta(\text{bi-RNN}, L=2)` are parts). The count is the one
    /// figure on the right, or the result of working; working without a
    /// result (`= 120{,}800 \times 2`) is a count that cannot be read (when
    /// `unresolved`), or nothing read (a display's row). A
    /// figure under 1,000, or not whole, is no parameter count: not read.
    static func namedQuantity(_ statement: Substring, at location: (Int) -> SourceLocation, known: [String], unresolved: Bool) -> ModelClaim? {
        guard var equals = statement.firstIndex(of: "=") else { return nil }
        var left = String(statement[..<equals])
        // `\text{RNN}: &\quad 200 \cdot 100 + … = 60{,}400`: the model alone
        // as the row's label, a colon, then its working.
        var labelled = false
        // (The colon's index is the statement's: an index of the copy `left`
        // is no index of the substring.)
        if let colon = statement[..<equals].firstIndex(of: ":"), statement[statement.index(after: colon)...].first != "=" {
            left = String(statement[..<colon])
            equals = colon
            labelled = true
        }
        guard !left.contains("^"), !left.contains(","),
              !struckOut.contains(where: statement.contains) else { return nil }
        var plain = left.replacingOccurrences(of: #"\\(text|mathrm|textrm|textsf|texttt|mathsf|operatorname|mathit|textit|mbox)\b"#, with: " ", options: .regularExpression)
        plain = plain.replacingOccurrences(of: #"\\[#%]"#, with: " # ", options: .regularExpression)
        plain = plain.replacingOccurrences(of: #"\\[,;:! ]"#, with: " ", options: .regularExpression)
        plain = plain.replacingOccurrences(of: #"\\(theta|Theta|vartheta)\b"#, with: "theta", options: .regularExpression)
        plain = plain.replacingOccurrences(of: #"\\[A-Za-z]+"#, with: " ", options: .regularExpression)
        plain = String(plain.map { "{}$_()[]|&".contains($0) ? " " : $0 }).trimmingWhitespace()
        let words = plain.split(separator: " ", omittingEmptySubsequences: true)
        guard words.count >= (labelled ? 1 : 2) else { return nil }
        // The symbol: `N`, `P`, `#`, `# theta`, `theta` (in bars), `params`
        // (none before a label's colon: the model alone).
        let symbols: Set<String> = ["n", "p", "#", "#params", "params", "parameters", "theta"]
        var rest = words[...]
        while !labelled, let first = rest.first, symbols.contains(first.lowercased()), rest.count > 1 { rest = rest.dropFirst() }
        guard labelled || rest.count < words.count, let model = ModelNames.known(rest.joined(separator: " "), in: known) else { return nil }
        var tail = String(statement[statement.index(after: equals)...])
        if labelled { tail = tail.replacingOccurrences(of: #"&|\\q?quad\b"#, with: " ", options: .regularExpression) }
        let offset = statement[...equals].unicodeScalars.count
        let at = location(offset)
        let found = figures(in: tail, line: at.line, column: at.column)
        guard found.accuracy == nil, var parameters = found.parameters else { return nil }
        // A figure under 1,000, or not whole (`241.6\text{k}`, `= 4` gates): no count read.
        let digits = parameters.text.filter { $0.isNumber || $0 == "." }
        if let value = parameters.value ?? Double(digits), value < 1000 || value != value.rounded() || digits.contains(".") { return nil }
        // One figure and nothing else, or working to its result.
        let leftOver = found.rest.replacingOccurrences(of: #"\\[,;:! ]|[\s$~]"#, with: "", options: .regularExpression)
        // (`unresolved`: as an unread count; otherwise not read at all, so
        // that a result after it, in words, is the count.)
        if !found.worked, !leftOver.isEmpty || found.counts != 1 {
            guard unresolved else { return nil }
            parameters.value = nil
        }
        return ModelClaim(name: model, slug: ModelSpec.slug(model), location: location(0), parameters: parameters, accuracy: nil)
    }

    /// The statements of a maths span (`$…$`, its delimiters included in
    /// `span`): the ranges between its top-level `,` + space, `;`, `\quad`
    /// and `\qquad`, without the delimiters.
    static func statements(of span: Range<Substring.Index>, in line: Substring) -> [Range<Substring.Index>] {
        let inner = line.index(after: span.lowerBound)..<line.index(before: span.upperBound)
        var result: [Range<Substring.Index>] = []
        var start = inner.lowerBound, depth = 0
        var i = inner.lowerBound
        while i < inner.upperBound {
            let c = line[i]
            if c == "{" || c == "(" { depth += 1 } else if c == "}" || c == ")" { depth = max(0, depth - 1) }
            if depth == 0 {
                var cut: Substring.Index?
                if c == ";" || c == "," && line.index(after: i) < inner.upperBound && line[line.index(after: i)] == " " { cut = line.index(after: i) }
                // (Not the space after a label's colon, `\text{RNN}: &\quad
                // 200 \cdot 100 + …`: the label and its working are one.)
                let labelled = line[start..<i].trimmingCharacters(in: CharacterSet(charactersIn: " &")).hasSuffix(":")
                for word in ["\\qquad", "\\quad"] where !labelled && line[i...].hasPrefix(word) {
                    cut = line.index(i, offsetBy: word.count)
                    break
                }
                if let cut {
                    if start < i { result.append(start..<i) }
                    start = cut
                    i = cut
                    continue
                }
            }
            if c == "\\", line.index(after: i) < inner.upperBound { i = line.index(after: i) }
            i = line.index(after: i)
        }
        if start < inner.upperBound { result.append(start..<inner.upperBound) }
        return result
    }

    /// Words a sentence about a model goes on with after its name.
    static let sentenceVerbs: Set<String> = [
        "has", "have", "had", "uses", "used", "gets", "got", "reached", "reaches", "achieved", "achieves", "scored", "scores",
        "is", "was", "gives", "gave", "needs", "needed", "contains", "holds", "reaches", "attains", "attained", "obtained",
        "obtains", "comes", "encoder", "model", "layer", "layers", "network", "and", "at", "in", "totals", "yields",
    ]

    /// A number the words around it name as an accuracy though it has no
    /// `%`: `acc = 0.6570`, `test accuracy: 64.64`, `0.657 accuracy`. Its
    /// scale (fraction or percent) is decided by the checker from the whole
    /// sheet, never here.
    private static let labelledAccuracy = try! NSRegularExpression(
        pattern: #"(?i)(?<![\w.])(?:test[ _-]?)?acc(?:uracy)?\.?(?:\s*\([^)]*\))?\s*(?:[:=]|of|is|was)?\s*(\d+(?:\.\d+)?)(?![\d.,%])|(?<![\w.,])(\d+(?:\.\d+)?)(?![\d.,%])\s*(?:test[ _-]?)?acc(?:uracy)?\b"#)

    /// Part I's figures in a row's text after its name: the accuracy (the
    /// number with `%`, else one the words name as accuracy) and the
    /// parameter count (the number followed by "param…", else the first),
    /// with their places; `rest` is the text with both blanked, `named`
    /// whether "param…" named the count, `counts` how many counts there were.
    static func figures(in tail: String, line: Int, column: Int, accuracyColumn: Bool = false)
        -> (accuracy: ModelClaim.Entry?, parameters: ModelClaim.Entry?, rest: String, named: Bool, counts: Int, worked: Bool) {
        var ns = tail as NSString
        func location(_ range: NSRange) -> SourceLocation {
            let prefix = ns.substring(to: range.location)
            return SourceLocation(line: line, column: column + prefix.unicodeScalars.count)
        }
        var accuracy: ModelClaim.Entry?
        let percentages = percentage.matches(in: tail, range: NSRange(location: 0, length: ns.length))
        // Several percentages (`train acc 99.0%   test acc 86.0%`): the one
        // the word "test" stands just before; none or more: not told apart.
        // The label a figure has is the one in its own clause: before it
        // (`test acc 86.0%`), else after it (`86.0% on test`).
        let test = percentages.enumerated().filter { n, m in
            let from = n == 0 ? 0 : percentages[n - 1].range.location + percentages[n - 1].range.length
            let to = n + 1 < percentages.count ? percentages[n + 1].range.location : ns.length
            let before = ns.substring(with: NSRange(location: from, length: m.range.location - from)).lowercased()
                .split(whereSeparator: { ",;(".contains($0) }).last.map(String.init) ?? ""
            let after = ns.substring(with: NSRange(location: m.range.location + m.range.length, length: to - m.range.location - m.range.length))
                .lowercased().split(whereSeparator: { ",;)".contains($0) }).first.map(String.init) ?? ""
            let labels = ["test", "train", "val"]
            let clause = labels.contains(where: before.contains) ? before : after
            return clause.contains("test") && !clause.contains("train") && !clause.contains("val")
        }.map(\.element)
        if let m = percentages.count == 1 ? percentages.first : (test.count == 1 ? test.first : nil) {
            let text = ns.substring(with: m.range)
            accuracy = ModelClaim.Entry(text: text, location: location(m.range), value: TableRow.percentage(text))
            // Blanked, so that `60,400 100%` is not read as one number.
            for other in percentages {
                ns = ns.replacingCharacters(in: other.range, with: String(repeating: " ", count: other.range.length)) as NSString
            }
        } else if let m = percentages.first {
            let text = percentages.map { ns.substring(with: $0.range) }.joined(separator: ", ")
            accuracy = ModelClaim.Entry(text: text, location: location(m.range), value: nil)
            for other in percentages {
                ns = ns.replacingCharacters(in: other.range, with: String(repeating: " ", count: other.range.length)) as NSString
            }
        } else if let m = labelledAccuracy.firstMatch(in: tail, range: NSRange(location: 0, length: ns.length)) {
            let number = m.range(at: 1).location != NSNotFound ? m.range(at: 1) : m.range(at: 2)
            let text = ns.substring(with: number)
            accuracy = ModelClaim.Entry(text: text, location: location(number), value: TableRow.percentage(text))
            ns = ns.replacingCharacters(in: number, with: String(repeating: " ", count: number.length)) as NSString
        }
        var parameters: ModelClaim.Entry?
        // A count that cannot be told: the text from its first figure on, unread.
        func unread(from m: NSTextCheckingResult) -> ModelClaim.Entry {
            let text = ns.substring(with: NSRange(location: m.range.location, length: ns.length - m.range.location)).trimmingWhitespace()
            return ModelClaim.Entry(text: String(text.prefix(60)), location: location(m.range), value: nil)
        }
        // A row that writes its accuracy with a decimal comma (`59,99 %`)
        // groups thousands with dots (`60.400`), as German and Italian sheets do.
        let decimalComma = accuracy.map { TableRow.hasDecimalComma($0.text) } ?? false
        func read(_ figure: String) -> Double? { TableRow.count(figure, besideDecimalComma: decimalComma) }
        let written = count.matches(in: ns as String, range: NSRange(location: 0, length: ns.length))
        // The number that says "param…" after it (past the maths' closing
        // `$`), else the result of the working (`resultOfWorking`), else the
        // first (below).
        let named = written.first { m in
            let after = ns.substring(from: m.range.location + m.range.length).lowercased().drop { " $}\\)*_".contains($0) }
            return after.hasPrefix("param")
        }
        // The count the student declares theirs (`my answer is 240,800`, `I
        // keep 481,600`), and those in a clause of another convention
        // (`total 241,600 if both biases are counted`, `it would be …`),
        // which are not the row's answer.
        let (declared, hedged) = declaredAndHedged(ns, counts: written)
        var counts = hedged.isEmpty || hedged.count == written.count ? written : written.filter { m in !hedged.contains { $0.range == m.range } }
        // A figure the student crossed out after it (`60,400 ✗ 60,200 ✓`) is
        // retracted: the count is among the others; with none left, which
        // figure stands is for a person.
        let crossed = counts.filter { crossedOut(ns, after: $0) }
        if let m = crossed.first {
            counts.removeAll { c in crossed.contains { $0.range == c.range } }
            if counts.isEmpty { return (accuracy, unread(from: m), ns as String, false, written.count, false) }
        }
        let result = resultOfWorking(ns, counts: counts)
        // The first count, when it is the only one or the largest: a
        // smaller one first is a factor of working (`4 gates × (…)`).
        let value: (NSTextCheckingResult) -> Double = { read(ns.substring(with: $0.range)) ?? 0 }
        // The last count the word "total" (or "overall", "altogether",
        // "together", "combined", "in all") labels, when it is the largest:
        // the parts' working before it (`level 2: … = 240800, total
        // $361600$`, `…; together $361\,600$`) sums to it.
        let totalled = counts.last { m in
            let before = ns.substring(to: m.range.location).lowercased().reversed().drop { " $:={}*_".contains($0) }
            let word = String(before.prefix { $0.isLetter }.reversed())
            // (Or after it: `120,800 in total`, `120,800 overall`.)
            let after = ns.substring(from: m.range.location + m.range.length).lowercased().drop { " $}*_".contains($0) }
            let next = after.hasPrefix("in ") ? after.dropFirst(3).drop { $0 == " " } : after
            let totals = ["total", "overall", "altogether", "together", "combined", "all", "sum"]
            return totals.contains(word) || totals.contains { next.hasPrefix($0) && !(next.dropFirst($0.count).first?.isLetter ?? false) }
        }.flatMap { t in counts.allSatisfy({ value($0) <= value(t) }) ? t : nil }
        let first = counts.first.flatMap { first in counts.allSatisfy({ value($0) <= value(first) }) ? first : nil }
        var found = counts.count
        // `60,400 parameters, since 200*(100 + 200) + 2*200 = 60,400, …`:
        // the named count again as the result of working right after it
        // (nothing between but "since", "as", "because" … and the
        // arithmetic) is one count, the working's (judged against it).
        let restated = named.flatMap { n in
            result.flatMap { r -> NSTextCheckingResult? in
                guard r.range.location > n.range.location + n.range.length, value(r) == value(n), value(n) > 0 else { return nil }
                let between = ns.substring(with: NSRange(location: n.range.location + n.range.length, length: r.range.location - n.range.location - n.range.length))
                return Self.onlyWorking(between) ? r : nil
            }
        }
        if restated != nil, let n = named {
            ns = ns.replacingCharacters(in: n.range, with: String(repeating: " ", count: n.range.length)) as NSString
            found = 1
        }
        if named == nil, declared == nil, totalled == nil, result == nil, first == nil, let m = counts.first {
            // Working with no result said: which figure is the count cannot be told.
            return (accuracy, unread(from: m), ns as String, false, found, false)
        }
        if let m = restated ?? named ?? declared ?? totalled ?? result ?? first {
            let text = ns.substring(with: m.range)
            if let run = TableRow.gluedRun(ns, m.range) {
                // Part of a longer figure (`60·400`, `60,40`, `6,0400`): that figure, unread.
                parameters = ModelClaim.Entry(text: ns.substring(with: run), location: location(run), value: nil)
            } else {
                parameters = ModelClaim.Entry(text: text, location: location(m.range), value: read(text))
                parameters?.workingAgainst = workingAgainst(ns.substring(to: m.range.location + m.range.length))
                parameters?.share = ModelClaim.Share.said(in: ownClause(ns, m, among: written))
            }
            ns = ns.replacingCharacters(in: m.range, with: String(repeating: " ", count: m.range.length)) as NSString
            // `simple RNN — 60,400 params — 65`, or under a header naming
            // the accuracy (`model, parameters, test_acc`): with the count
            // named, the one other plain number is the accuracy.
            if accuracy == nil, named != nil || accuracyColumn, counts.count == 2,
               let other = counts.first(where: { $0.range != m.range }) {
                let text = ns.substring(with: other.range)
                // Not one with a word of its own after it (`1 layer`, `4 gates`).
                let following = ns.substring(from: other.range.location + other.range.length).drop { $0 == " " }.first
                if text.allSatisfy({ $0.isNumber || $0 == "." }), let value = Double(text), value < 100,
                   following.map({ !$0.isLetter }) ?? true {
                    accuracy = ModelClaim.Entry(text: text, location: location(other.range), value: TableRow.percentage(text))
                    ns = ns.replacingCharacters(in: other.range, with: String(repeating: " ", count: other.range.length)) as NSString
                    found = 1
                }
            }
        }
        // (Worked also when the number "param…" names is the working's result:
        // `= 60,400$ parameters`.)
        let worked = restated != nil || (totalled ?? result).map { r in named.map { $0.range == r.range } ?? true } ?? false
        return (accuracy, parameters, ns as String, named != nil, found, worked)
    }

    /// Whether a cross follows a figure (`60,400 ✗`, `60,400 ✘`, `60,400 ❌`,
    /// `☒`, `60{,}400~$\xmark$`, `\ding{55}`): the student struck it.
    static func crossedOut(_ ns: NSString, after m: NSTextCheckingResult) -> Bool {
        var rest = ns.substring(from: m.range.location + m.range.length)[...]
        while true {
            let trimmed = rest.drop { " $~*_".contains($0) }
            if trimmed.hasPrefix("\\,") || trimmed.hasPrefix("\\;") || trimmed.hasPrefix("\\ ") { rest = trimmed.dropFirst(2); continue }
            rest = trimmed
            break
        }
        // (Not ✕ or ✖, MULTIPLICATION X: `60,400 ✕ 2` is a product.)
        let crosses: Set<Unicode.Scalar> = ["\u{2717}", "\u{2718}", "\u{274C}", "\u{274E}", "\u{2612}"]
        if let first = rest.unicodeScalars.first, crosses.contains(first) { return true }
        return ["\\xmark", "\\ding{55}", "\\ding{56}", "\\crossmark"].contains { rest.hasPrefix($0) }
    }

    /// A count's own clause: the text from the figure before it (or the
    /// text's start) up to it, and after it up to the next figure, `;` or a
    /// sentence's stop (`per direction: 241,600`, `241,600 per direction`;
    /// not the `per direction` of `241,600 per direction, 483,200 in all`).
    static func ownClause(_ ns: NSString, _ m: NSTextCheckingResult, among written: [NSTextCheckingResult]) -> String {
        let start = written.last { $0.range.location + $0.range.length <= m.range.location }.map { $0.range.location + $0.range.length } ?? 0
        let end = m.range.location + m.range.length
        var stop = written.first { $0.range.location >= end }?.range.location ?? ns.length
        let after = ns.substring(with: NSRange(location: end, length: stop - end))
        if let cut = after.range(of: #";|\.\s"#, options: .regularExpression) {
            stop = end + (after[..<cut.lowerBound] as Substring).utf16.count
        }
        // A bracket opened after it and still open at the next figure is that
        // figure's (`120,800 (per direction: 60,400)`).
        if let open = after.lastIndex(of: "("), !after[open...].contains(")"), stop == (written.first { $0.range.location >= end }?.range.location ?? -1) {
            stop = min(stop, end + (after[..<open] as Substring).utf16.count)
        }
        // Before it, from the last clause's break (`60,400 per direction, 120,800`).
        var before = ns.substring(with: NSRange(location: start, length: m.range.location - start))
        if start > 0, let cut = before.range(of: #"[,;]\s"#, options: [.regularExpression, .backwards]) {
            before = String(before[cut.upperBound...])
        }
        return before + " " + ns.substring(with: NSRange(location: end, length: stop - end))
    }

    /// Of a row's counts, the one its clause declares the student's answer
    /// (`my answer is 240,800`, `I keep 481,600`, `final: …`), and those in
    /// a clause that states another case (`241,600 if both biases are
    /// counted`, `it would be 483,200`). A clause ends at `;`, brackets, a
    /// dash, or `,`/`.` before a space (not a figure's separators).
    static func declaredAndHedged(_ ns: NSString, counts: [NSTextCheckingResult]) -> (NSTextCheckingResult?, [NSTextCheckingResult]) {
        guard counts.count > 1 else { return (nil, []) }
        let text = ns as String
        let units = Array(text.utf16)
        func isBoundary(_ i: Int) -> Bool {
            let c = units[i]
            if [0x3B, 0x28, 0x29, 0x2014, 0x2013, 0x5B, 0x5D].contains(c) { return true }   // ; ( ) — – [ ]
            // ", " ". " — not the stop of "e.g." or "i.e.".
            return (c == 0x2C || c == 0x2E && !(i >= 2 && units[i - 2] == 0x2E)) && i + 1 < units.count && units[i + 1] == 0x20
        }
        func clause(_ m: NSTextCheckingResult) -> (before: String, whole: String) {
            var start = m.range.location
            while start > 0, !isBoundary(start - 1) { start -= 1 }
            var end = m.range.location + m.range.length
            while end < units.count, !isBoundary(end) { end += 1 }
            let before = ns.substring(with: NSRange(location: start, length: m.range.location - start)).lowercased()
            let whole = ns.substring(with: NSRange(location: start, length: end - start)).lowercased()
            return (before, whole)
        }
        let declaring = ["my answer", "answer is", "answer:", "i keep", "i use", "i take", "i go with", "i report", "i'll use", "i will use",
                         "i count", "final answer", "final:", "i stick with", "i'm using"]
        let hedging: Set<Substring> = ["if", "would", "were", "could", "unless", "otherwise"]
        let declared = counts.last { m in
            let before = clause(m).before
            return declaring.contains { before.contains($0) } && !before.split(whereSeparator: { !$0.isLetter }).contains(where: hedging.contains)
        }
        // (An example, "e.g. 4 × 60,400 = 241,600", or an exception, "241,600
        // except for the second bias", is not the count either.)
        let aside = ["e.g", "eg.", "for example", "for instance", "such as", "except", "z.b"]
        let hedged = counts.filter { m in
            let whole = clause(m).whole
            return whole.split(whereSeparator: { !$0.isLetter && $0 != "'" }).contains(where: hedging.contains) || aside.contains { whole.contains($0) }
        }
        return (declared, hedged)
    }

    /// Whether text between a count and its restatement as the result of
    /// working is that working alone: "parameters" (maybe "in its
    /// recurrent layer(s)", "in total"), a joining word ("since", "as",
    /// "because", "from", "via", "by"), a comma, colon or bracket, and
    /// arithmetic (`200*(100 + 200) + 2*200 =`, `4 \cdot 60{,}400 =`, TeX's
    /// `\cdot`, `\times`, `\left`, `\right`).
    static func onlyWorking(_ between: String) -> Bool {
        guard between.contains("="), between.split(whereSeparator: { !$0.isLetter }).allSatisfy(workingWords.contains) else { return false }
        return between.allSatisfy { $0.isLetter || $0.isNumber || " ,.:;()[]{}+-−*×·⋅/=$\\_~".contains($0) }
    }

    /// `onlyWorking`'s words.
    static let workingWords: Set<Substring> = ["parameters", "parameter", "params", "param", "since", "as", "because", "from", "via", "by",
                                               "in", "its", "the", "all", "total", "recurrent", "layer", "layers", "s", "cdot", "times", "left", "right"]

    /// The count a row's working ends in: the number right after the
    /// row's last `=` or `→` when that sign closes arithmetic (a digit or
    /// a closing bracket before it: `$2 \cdot (200 \cdot 100 + …) =
    /// 120{,}800$`) and no operator follows the number; nil otherwise. A
    /// sign after a word (`hidden = 200`, `would give = 60,400`) or an
    /// opening bracket (`(= 4 × 60,400)`), and a number that starts more
    /// working (`= 2 × 60,400`), state no result.
    static func resultOfWorking(_ ns: NSString, counts: [NSTextCheckingResult]) -> NSTextCheckingResult? {
        let signs = [ns.range(of: "=", options: .backwards), ns.range(of: "\u{2192}", options: .backwards)]
        guard let equals = signs.filter({ $0.location != NSNotFound }).max(by: { $0.location < $1.location }),
              let m = counts.first(where: { $0.range.location > equals.location }) else { return nil }
        let between = ns.substring(with: NSRange(location: equals.location + 1, length: m.range.location - equals.location - 1))
        // (`→ **60,400**`: emphasis around the result is no word.)
        guard between.allSatisfy({ " $*_".contains($0) }) else { return nil }
        let before = ns.substring(to: equals.location).reversed().drop { " $~".contains($0) }
        guard let closing = before.first, closing.isNumber || ")}]".contains(closing) else { return nil }
        let after = ns.substring(from: m.range.location + m.range.length).drop { " $}*_".contains($0) }
        // (A parenthesis that opens words, `(test acc. …)`, is no working.)
        if let next = after.first, "×·*x+-−/\\(".contains(next),
           next != "(" || !(after.dropFirst().drop { $0 == " " }.first.map { $0.isLetter || $0 == ")" } ?? false) { return nil }
        return m
    }

    /// The arithmetic right before a count when it does not come to that
    /// count (`200*100 + 200*200 + 200 = 60,400`); nil when it does or cannot
    /// be read. `through` is the text up to the count's end. Only the whole
    /// of it is judged: a run that starts at the text's start, after a
    /// space, a colon or a dollar; one joined to a letter or a group before
    /// it (`2h=200⋅300+400`, `x \cdot 2 + 400 = …`) is the tail of maths it
    /// cannot read.
    static func workingAgainst(_ through: String) -> String? {
        let ns = through as NSString
        guard let run = workingRun.firstMatch(in: through, range: NSRange(location: 0, length: ns.length)),
              case let text = ns.substring(with: run.range),
              run.range.location == 0 || text.first == " " || text.first == "$" || ns.substring(to: run.range.location).last == ":"
        else { return nil }
        var working = String(text.filter { $0 != "$" }.drop { $0 == " " })
        var before = ns.substring(to: run.range.location)
        var afterLabel = false
        // A label's number and the comma closing its words (`120,800 for
        // level 1, + 2 × (…) = 361,600`) are words, not an operand: the
        // working opens on the sign after them.
        if let label = working.range(of: #"^\d{1,2},\s*(?=[+\-−×·⋅∗*])"#, options: .regularExpression) {
            before += " " + working[label].filter { $0.isNumber } + ","
            working = String(working[label.upperBound...])
            afterLabel = true
        }
        // A run that opens on a sign (`× 2 = 483,200`) takes its first
        // operand from the words before it: the figure a few words back
        // (`240,800 per direction × 2`) or a number in words (`four gates ×
        // 60,300`); with neither, the working cannot be judged.
        if let first = working.first, !(first.isNumber || "([".contains(first) || working.hasPrefix("\\left")) {
            guard let operand = operandBefore(before, afterLabel: afterLabel) else { return nil }
            working = operand + " " + working
        }
        guard working.contains("="), ModelProse.contradicts(Array(working.unicodeScalars), tex: working.contains("\\")) else { return nil }
        return working.trimmingWhitespace()
    }

    /// The operand that words before a run of working opening on a sign
    /// name: a figure followed by at most three words (`240,800 per
    /// direction`, `2 directions`; after a label, `120,800 for level 1,`: a
    /// level's or layer's number is a word, the comma closes the words right
    /// before the sign, and the figure must open the working, no sign before
    /// it: `241,600 for direction 1, + 241,600 for direction 2, + …` is more
    /// working than one operand), or a number in words followed by at most
    /// two (`four gates`), nothing but spaces between them; nil otherwise (a
    /// comma or colon further back ends the clause: `120,800, for level 1 +
    /// …`).
    static func operandBefore(_ text: String, afterLabel: Bool = false) -> String? {
        let numbers = ["one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "eight": "8", "ten": "10"]
        let labelled: Set<String> = ["level", "layer", "direction", "stack"]
        var words = text.split(separator: " ", omittingEmptySubsequences: true)
        if afterLabel, let last = words.last, last.count > 1, last.hasSuffix(",") { words[words.count - 1] = last.dropLast() }
        guard !words.isEmpty else { return nil }
        var skipped = 0
        while let last = words.last, skipped <= 3 {
            let word = last.lowercased().filter { $0 != "*" && $0 != "_" }
            // (`level 1`: the number names the level.)
            if word.count <= 2, word.allSatisfy(\.isNumber), words.count >= 2,
               labelled.contains(words[words.count - 2].lowercased().filter(\.isLetter)) {
                words.removeLast()
                continue
            }
            if let n = numbers[word] { return skipped >= 1 && skipped <= 2 ? n : nil }
            if TableRow.count(word) != nil, word.first?.isNumber == true {
                // (After a label, a sign before the figure: more working.)
                if afterLabel, let sign = words.dropLast().last?.last, "+×*·⋅x−-".contains(sign) { return nil }
                return skipped <= 3 ? word : nil
            }
            guard word.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "." }) else { return nil }
            words.removeLast()
            skipped += 1
        }
        return nil
    }

    /// The arithmetic a row's count ends: digits, signs (an `x` between
    /// numbers too), brackets and TeX's signs and spacing, up to the count.
    private static let workingRun = try! NSRegularExpression(
        pattern: #"(?:\\cdot|\\times|\\ast|\\left|\\right|\\,|\{,\}|(?<=[\d)] ?)[xX](?= ?[\d(])|[\d ,.+\-−*×·⋅∗/()\[\]{}=$^])+$"#)

    /// A line that names a model and nothing else (`- **RNN**`, `LSTM:`,
    /// `### bi-LSTM`): the model whose figures the lines under it give.
    static func modelAlone(_ line: Substring, known: [String]) -> String? {
        let rest = dropListMarker(line).rest
        let name = rest.filter { !"*_:#`".contains($0) }.trimmingWhitespace()
        guard !name.isEmpty else { return nil }
        if let model = known.first(where: { $0.lowercased() == name.lowercased() }) { return model }
        // `### BiLSTM`, `- **Bidirectional RNN, 2 levels**`.
        return ModelNames.known(name, in: known)
    }

    /// A line under a model named alone that gives one of its figures and
    /// says which (`- parameters: 60,400`, `test accuracy 62.59 %`,
    /// `acc = 0.6570`): nothing else but the figure's words may stand on it.
    static func figureLine(_ line: Substring, model: String, at start: SourceLocation) -> ModelClaim? {
        let rest = dropListMarker(line).rest
        let offset = line.unicodeScalars.count - rest.unicodeScalars.count
        let found = figures(in: String(rest), line: start.line, column: start.column + offset)
        let lower = rest.lowercased()
        let saysParameters = lower.contains("param"), saysAccuracy = lower.contains("acc")
        // One figure, the one its words name (two counts on the line: which?).
        guard (found.parameters != nil) != (found.accuracy != nil), found.counts <= 1,
              found.parameters == nil || saysParameters && !saysAccuracy,
              found.accuracy == nil || saysAccuracy && !saysParameters else { return nil }
        let allowed: Set<Substring> = ["parameters", "parameter", "params", "param", "accuracy", "acc", "test", "number", "of",
                                       "total", "count", "trainable", "k", "m"]
        guard found.rest.lowercased().split(whereSeparator: { !$0.isLetter }).allSatisfy(allowed.contains) else { return nil }
        return ModelClaim(name: model, slug: ModelSpec.slug(model), location: start,
                          parameters: found.parameters, accuracy: found.accuracy)
    }

    /// A line that lists several models' rows separated by `;` or as
    /// sentences (`RNN: 60,400 params (62.9%); LSTM: 241,600 params (85.3%)`,
    /// "The RNN has 60,400 parameters and reached 64.6% on the test set. The
    /// LSTM …"): each part, from the scalar offset where it starts, when
    /// every part begins with a model the assignment names (after a dash,
    /// "and" or an article); nil otherwise.
    static func rows(separatedIn line: Substring, known: [String]) -> [(Int, Substring)]? {
        var parts: [(Int, Substring)] = []
        var offset = 0
        for part in sentences(line).flatMap(splitAtMarks) {
            let body = part.drop { " \t\u{2014}\u{2013}-*_".contains($0) }
            var rest = body
            if rest.lowercased().hasPrefix("and ") { rest = rest.dropFirst(4) }
            let trimmed = String(rest).trimmingWhitespace()
            if !trimmed.isEmpty && trimmed != "." {
                var lower = rest.lowercased()[...]
                // "The LSTM reached …": the row's sentence may open with an article.
                for article in ["the ", "a ", "an ", "our ", "my "] where lower.hasPrefix(article) {
                    lower = lower.dropFirst(article.count)
                    break
                }
                guard known.contains(where: { model in
                    guard lower.hasPrefix(model.lowercased()) else { return false }
                    let end = lower.dropFirst(model.count).first
                    return end.map { !($0.isLetter || $0 == "-") } ?? true
                }) || ModelNames.prefix(of: lower, in: known) != nil else { return nil }
                parts.append((offset + part.unicodeScalars.count - rest.unicodeScalars.count, rest))
            }
            offset += part.unicodeScalars.count
        }
        return parts.count >= 2 ? parts : nil
    }

    /// A part split after each mark that separates items on one line, a
    /// space either side (`RNN 60,400 (64.5%) · LSTM 241,600 (85.9%)`,
    /// `RNN 60,400 | LSTM 241,600`, `… • …`) before a word with a letter,
    /// each piece with its mark, so that their lengths add up to the
    /// part's. (`6·5·4`, without spaces, and `4 · 60,400` are products.)
    static func splitAtMarks(_ part: Substring) -> [Substring] {
        var pieces: [Substring] = []
        var start = part.startIndex
        var i = part.startIndex
        while i < part.endIndex {
            let next = part.index(after: i)
            // (Before a word with a letter, as a model's name has: `4 · 60,400` is a product.)
            if "·|•".contains(part[i]), i > part.startIndex, part[part.index(before: i)] == " ", next < part.endIndex, part[next] == " ",
               part[part.index(after: next)...].drop(while: { $0 == " " }).prefix(while: { !$0.isWhitespace }).contains(where: \.isLetter) {
                pieces.append(part[start..<next])
                start = next
            }
            i = next
        }
        if start < part.endIndex { pieces.append(part[start...]) }
        return pieces
    }

    /// A label that names one figure, then the models each with that
    /// figure, between commas, semicolons or "and": `Test accuracies: RNN
    /// 65.08%, LSTM 61.09%, …`, `Parameters: RNN 60,400; LSTM 241,600`.
    /// Every item must be a model's name and one figure of the label's kind
    /// (an accuracy with `%`); otherwise nil, and the line is left to the
    /// other readers.
    static func labelledList(_ line: Substring, known: [String], location: (Int) -> SourceLocation) -> [ModelClaim]? {
        let rest = dropListMarker(line).rest
        guard let colon = rest.firstIndex(of: ":") else { return nil }
        let label = String(rest[..<colon].lowercased().filter { !"*_".contains($0) }).trimmingWhitespace()
        let accuracy: Bool
        switch label {
        case "test accuracy", "test accuracies", "accuracy", "accuracies", "test acc", "test acc.", "test-set accuracy", "test set accuracy",
             "test-set accuracies", "test set accuracies":
            accuracy = true
        case "parameters", "parameter counts", "parameter count", "params", "#params", "# params", "number of parameters",
             "parameter numbers":
            accuracy = false
        default:
            return nil
        }
        var claims: [ModelClaim] = []
        let body = rest[rest.index(after: colon)...]
        var offset = line.unicodeScalars.count - body.unicodeScalars.count
        // Items end at `;`, at `, ` and at ` and ` (same lengths, so places
        // stay); a count's own commas (`60,400`) have no space after them.
        let items = String(body).replacingOccurrences(of: " and ", with: ";    ").replacingOccurrences(of: ", ", with: "; ")
            .split(separator: ";", omittingEmptySubsequences: false)
        for raw in items {
            defer { offset += raw.unicodeScalars.count + 1 }
            let lead = raw.prefix { $0 == " " }.unicodeScalars.count
            var item = raw.drop { $0 == " " }
            while let last = item.last, last == "." || last == " " { item = item.dropLast() }
            if item.isEmpty { continue }
            guard let (end, _) = ModelNames.prefix(of: item, in: known) else { return nil }
            let name = String(item[..<end]).trimmingWhitespace()
            let figureText = item[end...].drop { " :=\u{2014}\u{2013}-".contains($0) }
            let figure = String(figureText).trimmingWhitespace()
            let at = location(offset + lead + item[..<figureText.startIndex].unicodeScalars.count)
            let slug = ModelNames.slug(name, in: known)
            if accuracy {
                guard figure.hasSuffix("%"), let value = TableRow.percentage(figure) else { return nil }
                claims.append(ModelClaim(name: name, slug: slug, location: location(offset + lead),
                                         parameters: nil, accuracy: ModelClaim.Entry(text: figure, location: at, value: value)))
            } else {
                guard let value = TableRow.count(figure) else { return nil }
                claims.append(ModelClaim(name: name, slug: slug, location: location(offset + lead),
                                         parameters: ModelClaim.Entry(text: figure, location: at, value: value), accuracy: nil))
            }
        }
        return claims.count >= 2 ? claims : nil
    }

    /// A line cut after each `.` that ends a sentence (space or the end
    /// follows it; `64.64` and `241.6k` stay whole; an abbreviation's
    /// dot, `e.g.`, `i.e.`, `cf.`, `vs.`, ends none), and after each `;`
    /// unless `semicolons` is false, each part with its separator, so that
    /// their lengths add up to the line's.
    static func sentences(_ line: Substring, semicolons: Bool = true) -> [Substring] {
        var parts: [Substring] = []
        var start = line.startIndex
        var i = line.startIndex
        func abbreviation(before dot: Substring.Index) -> Bool {
            let word = line[..<dot].reversed().prefix { $0.isLetter || $0 == "." }
            return ["g.e", "e.i", "fc", "sv"].contains(String(word).lowercased())
        }
        while i < line.endIndex {
            let next = line.index(after: i)
            if semicolons && line[i] == ";" || line[i] == "." && (next == line.endIndex || line[next] == " " || line[next] == "\t" || line[next] == "\n")
                && !abbreviation(before: i) {
                parts.append(line[start..<next])
                start = next
            }
            i = next
        }
        if start < line.endIndex { parts.append(line[start...]) }
        return parts
    }

    /// Whether words after a name's comma are its levels alone: a count in
    /// digits or words and the word for levels (`2 levels`, `two layers`).
    static func levelsPhrase(_ words: Substring) -> Bool {
        let w = words.lowercased().split { !($0.isLetter || $0.isNumber) }
        guard w.count == 2 else { return false }
        return (Int(w[0]) != nil || ["one", "two", "three", "four"].contains(w[0])) && ["level", "levels", "layer", "layers"].contains(w[1])
    }

    /// Whether the line starts with a model the assignment names and a
    /// colon (`  RNN: 6.04e4 parameters   acc = 0.6570`): a row in words,
    /// whatever spaces stand inside it, not a table's cells.
    static func namedWithColon(_ line: Substring, known: [String]) -> Bool {
        let lower = dropListMarker(line).rest.lowercased()
        // (`bi-RNN, 2 levels: 361600 parameters …`: a name with its levels
        // after a comma, then the colon.)
        if let comma = lower.firstIndex(of: ","), let (end, _) = ModelNames.prefix(of: lower[...], in: known), comma < end,
           levelsPhrase(lower[lower.index(after: comma)..<end]),
           lower[end...].drop(while: { $0 == " " || $0 == "*" || $0 == "_" }).first == ":" { return true }
        return known.contains { model in
            guard lower.hasPrefix(model.lowercased()) else { return false }
            return lower.dropFirst(model.count).drop { $0 == " " || $0 == "*" || $0 == "_" }.first == ":"
        }
    }
}
