import CoursecheckModels
import Foundation

/// Part I told in sentences that do not start with a model's name, each
/// figure in the clause of the model it belongs to: "A single-direction
/// Simple RNN layer has …, which gives 60,400 parameters; its test accuracy
/// was 62.48%.", "120,800 for the Bidirectional RNN (70.15%) and 483,200 for
/// the Bidirectional LSTM (87.02%)", "so the Two-level bidirectional RNN has
/// 361,600 parameters (60.33%) and the Two-level bidirectional LSTM 1,446,400
/// (71.64%)". Read only where it cannot be doubted whose figure is whose:
///
/// - a sentence naming one model gives it the sentence's one count and one
///   percentage; naming several, each figure must stand in a clause (cut at
///   `, ` `; ` `: ` ` and ` …) that names exactly one model;
/// - a count is a number followed by "param…"/"weights", or one of at least
///   1,000 followed by punctuation or a linking word (`for`, `in`, …); one of
///   at least 1,000 followed by another word (`10,000 steps`) leaves the
///   sentence unread; a smaller one (`400 inputs`, `4 gates`) is no figure;
/// - the accuracy is a number with `%`;
/// - left unread: a sentence with a word of a cell that names no model
///   (`RNN's`, `GRU`), with training or validation figures, two counts or
///   two percentages for one model, or a figure's clause that relates it
///   to something (`each`, `per`, `twice`, `than`, `×`, `=` …); and a
///   sentence with words of direction outside the names (`Going
///   bidirectional …`) unless every model it names says its own direction
///   (`the Bidirectional RNN`; not `the RNN`, which such words around it
///   may qualify), likewise words of levels (`Stacked, the bi-RNN …`, `For
///   two levels the bi-LSTM …`: a name in a sentence holds no comma and no
///   article after its first word).
enum ModelProse {
    struct Mention {
        var range: Range<Int>
        var name: String
        var slug: String
        /// Whether the name says its direction (`bidirectional`, `single-direction`) and its levels (`two-level`, `stacked`).
        var saysDirection: Bool
        var saysLevels: Bool
        /// Named in a clause that a comma closes right after the name
        /// (`Making the RNN bidirectional, the bi-RNN has …`, `Compared
        /// with the RNN, …`): the model the sentence starts from, given no figure.
        var closedByComma = false
    }

    static func rows(_ line: Substring, known: [String], location: (Int) -> SourceLocation) -> [ModelClaim] {
        var claims: [ModelClaim] = []
        var offset = 0
        for sentence in ModelListRow.sentences(line, semicolons: false) {
            claims += read(sentence, known: known) { location(offset + $0) }
            offset += sentence.unicodeScalars.count
        }
        return claims
    }

    /// A word of direction (the others of `isModifier` are of levels).
    static func isDirection(_ w: String) -> Bool {
        w == "bi" || w.hasPrefix("bidir") || w.contains("direction") || w == "uni" || w.hasPrefix("unidir")
    }

    /// A word of direction or levels (`bidirectional`, `bi`, `direction`, `levels`, `layer`, `stacked`, `deep`).
    static func isModifier(_ w: String) -> Bool {
        w == "bi" || w.hasPrefix("bidir") || w.contains("direction") || w.hasPrefix("level") || w.hasPrefix("layer")
            || w.hasPrefix("lvl") || w.hasPrefix("stack") || w == "deep" || w.hasPrefix("multi") || w == "uni" || w.hasPrefix("unidir")
    }
    private static let relating: Set<String> = [
        "each", "per", "times", "twice", "double", "doubles", "doubled", "half", "than", "more", "less", "fewer", "instead",
        "would", "without", "excluding", "except", "compared", "vs", "versus", "improved", "improves", "increase", "increases",
        "decrease", "decreases", "drop", "drops", "gain", "gains", "higher", "lower", "better", "worse", "by", "if", "not",
        "only", "about", "approximately", "roughly", "around", "almost", "nearly",
    ]
    /// Words that make a count a part's (`one direction`, `per gate block`, `level 2 alone`).
    private static let partWords: Set<String> = ["one", "alone", "single", "part", "block", "blocks", "gate", "gates", "half", "first", "second"]
    /// Counts of two to four in the languages students write in besides English.
    private static let foreignCounts: Set<String> = [
        "deux", "trois", "quatre", "zwei", "drei", "vier", "dos", "tres", "cuatro", "due", "tre", "quattro", "twee", "drie",
        "två", "fyra", "dois", "três", "quatro",
    ]
    private static let countWords: Set<String> = [
        "param", "params", "parameter", "parameters", "weights", "trainable", "learnable", "total", "in", "for", "and", "overall",
        "with",
    ]
    private static let percentage = try! NSRegularExpression(pattern: #"(?<![\w.,])\d+(?:\.\d+|,\d{1,2})?\s*\\?%"#)
    private static let number = try! NSRegularExpression(
        pattern: #"(?<![\w.,])(?:\d{1,3}(?:(?:,|\{,\}|\\,|’|'|\x{A0}|\x{2009}|\x{202F}| )\d{3})+|\d{1,3}(?:\.\d{3}){2,}|\d+)(?:\.\d+)?(?:\s*[kKM]\b)?(?![\w.,]*\d)"#)

    /// The claims one sentence makes, or none.
    static func read(_ sentence: Substring, known: [String], location: (Int) -> SourceLocation) -> [ModelClaim] {
        let text = String(sentence)
        let scalars = Array(text.unicodeScalars)
        let lower = text.lowercased()
        guard lower.containsBytes("rnn") || lower.containsBytes("lstm") else { return [] }
        if ModelListRow.weightsApart(sentence) { return [] }
        // A sentence about training or validation figures (not "trainable parameters").
        if lower.range(of: #"\btrain(?:ing)?\b|\btrain(?:ing)?[ -]?set|\bvalidation\b|\bval\b|\bdev set\b"#, options: .regularExpression) != nil { return [] }
        // A figure given as an example (`… loses $200$, e.g. 60,200 for the
        // RNN`, "for instance"): of another convention or of working, not
        // the model's answer.
        if lower.range(of: #"\be\.\s?g\.|\bfor (?:example|instance)\b"#, options: .regularExpression) != nil { return [] }
        var mentions = self.mentions(scalars, known: known)
        guard !mentions.isEmpty else { return [] }
        // `The bi-LSTM has 483,200 parameters in its LSTM layers`: the cell
        // of the model named before, after "its" or "their" and before
        // "layer(s)", names that model's own layers, no model.
        var ownCells: [Range<Int>] = []
        for k in mentions.indices.dropFirst().reversed() {
            if let cells = Self.ownCellLayers(scalars, mentions[k], after: mentions[k - 1]) {
                ownCells.append(cells)
                mentions.remove(at: k)
            }
        }
        // `…, the plain RNN, has 60,400 parameters`: a name set apart by
        // commas, a verb of the figures right after the second, is the
        // subject of that verb (`isAppositive`), not a model the sentence
        // starts from.
        for k in mentions.indices where mentions[k].closedByComma {
            let head = String(String.UnicodeScalarView(scalars[..<mentions[k].range.lowerBound])).trimmingCharacters(in: .whitespaces)
            let tail = String(String.UnicodeScalarView(scalars[mentions[k].range.upperBound...])).drop { $0 == " " }
            guard head.hasSuffix(","), tail.first == "," else { continue }
            if Self.opensWithFigureVerb(Array(tail.dropFirst().unicodeScalars)) { mentions[k].closedByComma = false }
        }
        // Words outside the names: no cell, and direction or levels only when every name says its own.
        var outside = ownLayerDropped(words(scalars, excluding: mentions.map(\.range) + ownCells), in: scalars)
        // `With one level, the bi-LSTM has …, and the bi-RNN has …`: one
        // level said before the names, none of which says levels of its
        // own or is of more than one, is what they are: the words say nothing more.
        if let first = mentions.first, let (levels, used) = Self.levelsBefore(outside, mention: first), levels == 1,
           mentions.allSatisfy({ !$0.saysLevels && ModelNames.features($0.name)?.levels == 1 }) {
            outside.removeAll { used.contains($0.at) }
        }
        // `With two levels, the bi-RNN has …`: the one model named, after a
        // count of levels that opens its sentence, is that model with them.
        if mentions.count == 1, !mentions[0].saysLevels, let (levels, used) = Self.levelsBefore(outside, mention: mentions[0]), levels > 1,
           let model = ModelNames.known("\(levels)-level \(mentions[0].name)", in: known) {
            mentions[0].slug = ModelSpec.slug(model)
            mentions[0].name = model
            mentions[0].saysLevels = true
            outside.removeAll { used.contains($0.at) }
        }
        guard !outside.contains(where: { $0.text.contains("rnn") || $0.text.contains("lstm") || $0.text.contains("gru") }) else { return [] }
        // Words of direction or levels outside the names may qualify any
        // name that does not say its own: every name that is given a
        // figure must say it (checked once the figures have owners, below).
        // (Words of one direction, `For the unidirectional models, the RNN
        // …`, agree with a name that says none: a cell alone is one way.)
        let directions = outside.filter { isModifier($0.text) && isDirection($0.text) }
        let oneWay = directions.allSatisfy { $0.text == "uni" || $0.text.hasPrefix("unidir") }
        let levelWords = outside.contains { isModifier($0.text) && !isDirection($0.text) }
        // `le bi-LSTM à deux niveaux`: a count in another language's words
        // qualifies a name as English words of levels would; unless it
        // counts the directions every name says (`a deux directions`),
        // the sentence is unread.
        var foreignDirections = false
        for (k, w) in outside.enumerated() where foreignCounts.contains(w.text) {
            let next = k + 1 < outside.count ? outside[k + 1].text : ""
            guard isDirection(next) || next.hasPrefix("direc") || next.hasPrefix("richtung") else { return [] }
            foreignDirections = true
        }
        func saysOwnForm(_ m: Mention) -> Bool {
            let direction = oneWay ? m.saysDirection || ModelNames.features(m.name)?.bidirectional == false : m.saysDirection
            return direction && (!levelWords || m.saysLevels) && (!foreignDirections || m.saysDirection)
        }
        // The figures, outside the names.
        var blank = scalars
        for m in mentions { for k in m.range { blank[k] = " " } }
        for cells in ownCells { for k in cells { blank[k] = " " } }
        // Working that ends in a count (`$200 \cdot 100 + … = 60{,}400$
        // parameters`): the count.
        let uncut = blank
        blank = workingCut(blank)
        // Working in brackets beside the count (`483,200 parameters
        // (2·241,600)`): blanked, kept to be checked against the count.
        let bracketed = bracketedWorking(blank)
        blank = bracketed.blanked
        let worked = blank != uncut
        let ns = String(String.UnicodeScalarView(blank)) as NSString
        func scalarOffset(_ utf16: Int) -> Int { ns.substring(to: utf16).unicodeScalars.count }
        struct Figure { var range: Range<Int>; var text: String; var percent: Bool }
        var figures: [Figure] = []
        var masked = ns
        for m in percentage.matches(in: ns as String, range: NSRange(location: 0, length: ns.length)) {
            let from = scalarOffset(m.range.location)
            figures.append(Figure(range: from..<(from + ns.substring(with: m.range).unicodeScalars.count), text: ns.substring(with: m.range), percent: true))
            masked = masked.replacingCharacters(in: m.range, with: String(repeating: " ", count: m.range.length)) as NSString
        }
        // A sentence that writes its percentages with a decimal comma
        // (`59,99 %`) groups thousands with dots (`60.400`).
        let decimalComma = figures.contains { TableRow.hasDecimalComma($0.text) }
        func read(_ figure: String) -> Double? { TableRow.count(figure, besideDecimalComma: decimalComma) }
        for m in number.matches(in: masked as String, range: NSRange(location: 0, length: masked.length)) {
            let figure = masked.substring(with: m.range)
            let after = masked.substring(from: m.range.location + m.range.length).drop { $0 == " " }
            let next = after.prefix { $0.isLetter }.lowercased()
            let value = read(figure) ?? 0
            let named = next.hasPrefix("param") || next == "weights"
            if !named, value < 1000 { continue }
            // Part of a longer figure (`60·400`, `60 40`): the sentence is in doubt.
            if TableRow.gluedRun(masked, m.range) != nil { return [] }
            if !next.isEmpty, !countWords.contains(next) { return [] }
            let from = scalarOffset(m.range.location)
            figures.append(Figure(range: from..<(from + figure.unicodeScalars.count), text: figure, percent: false))
        }
        guard !figures.isEmpty else { return [] }
        // Clauses, and what each figure's clause says.
        let clauses = self.clauses(scalars)
        func clause(of position: Int) -> Range<Int> { clauses.first { $0.contains(position) } ?? 0..<scalars.count }
        for f in figures {
            let c = clause(of: f.range.lowerBound)
            let said = words(Array(blank[c]), excluding: [])
            guard !said.contains(where: { relating.contains($0.text) }) else { return [] }
            let symbols = blank[c].filter { "×·*+=/≈~<>^".unicodeScalars.contains($0) }
            guard symbols.isEmpty else { return [] }
            // Working in TeX (`$4\cdot 60\,400$`): the figure is a factor.
            let written = String(String.UnicodeScalarView(blank[c]))
            guard !["\\cdot", "\\times", "\\div", "\\frac", "\\tfrac", "\\dfrac", "\\ast"].contains(where: written.contains) else { return [] }
        }
        var owner: [Int] = []
        if mentions.count == 1 {
            owner = Array(repeating: 0, count: figures.count)
        } else {
            for f in figures {
                var c = clause(of: f.range.lowerBound)
                // `the RNN has 60,400 parameters and reached 64.6 %`: a clause
                // that opens with `and` and a verb, naming no model, goes on
                // with the clause before it, whose subject it shares.
                // So too a clause that opens with such a verb after a name
                // set apart by commas (`and the smallest model, the RNN, has
                // 60,400 parameters`): the name is its subject.
                while !mentions.contains(where: { c.contains($0.range.lowerBound) }), c.lowerBound > 0,
                      let previous = clauses.last(where: { $0.upperBound == c.lowerBound }),
                      Self.continuesSubject(Array(scalars[c]))
                        || Self.opensWithFigureVerb(Array(scalars[c])) && Self.isAppositive(previous, in: scalars, mentions: mentions) {
                    c = previous.lowerBound..<c.upperBound
                }
                let inside = mentions.indices.filter { c.contains(mentions[$0].range.lowerBound) }
                guard inside.count == 1 else { return [] }
                owner.append(inside[0])
            }
        }
        // `Making the RNN bidirectional, the bi-RNN has 120,800 parameters
        // …`: a name given no figure (the model another is made from, in a
        // clause of its own) may go unqualified; one given a figure may not.
        guard Set(owner).allSatisfy({ saysOwnForm(mentions[$0]) && !mentions[$0].closedByComma }) else { return [] }
        // Working cut to its count: the words from the model to it say the
        // count is the whole model's (`LSTM: per gate block, $… = 60\,400$`,
        // `bi-RNN: one direction has …`, `level 2 alone`: a part's).
        if worked {
            for (f, n) in zip(figures, owner) {
                let m = mentions[n].range
                let between = m.upperBound <= f.range.lowerBound ? m.upperBound..<f.range.lowerBound : f.range.upperBound..<max(f.range.upperBound, m.lowerBound)
                let said = words(Array(blank[between]), excluding: [])
                guard !said.contains(where: { relating.contains($0.text) || partWords.contains($0.text) || isModifier($0.text) }) else { return [] }
            }
        }
        var claims: [ModelClaim] = []
        for (n, m) in mentions.enumerated() {
            let own = figures.indices.filter { owner[$0] == n }.map { figures[$0] }
            let counts = own.filter { !$0.percent }, percents = own.filter(\.percent)
            guard counts.count <= 1, percents.count <= 1 else { return [] }
            guard !own.isEmpty else { continue }
            let parameters = counts.first.map { count in
                var entry = ModelClaim.Entry(text: count.text, location: location(count.range.lowerBound), value: read(count.text))
                entry.workingAgainst = ModelListRow.workingAgainst(String(String.UnicodeScalarView(scalars[..<count.range.upperBound])))
                    ?? Self.bracketAgainst((count.range, count.text), bracketed.workings, figures: figures.map(\.range))
                // `The bi-LSTM has 241,600 parameters per direction`: the
                // words from the model to the count, and after it to the
                // next figure or the clause's end.
                let before = m.range.upperBound <= count.range.lowerBound ? scalars[m.range.upperBound..<count.range.lowerBound] : []
                let next = figures.map(\.range.lowerBound).filter { $0 >= count.range.upperBound }.min() ?? scalars.count
                let after = scalars[count.range.upperBound..<next].prefix { $0 != ";" && $0 != "." }
                entry.share = ModelClaim.Share.said(in: String(String.UnicodeScalarView(before)) + " " + String(String.UnicodeScalarView(after)))
                return entry
            }
            let accuracy = percents.first.map { ModelClaim.Entry(text: $0.text, location: location($0.range.lowerBound), value: TableRow.percentage($0.text)) }
            claims.append(ModelClaim(name: m.name, slug: m.slug, location: location(m.range.lowerBound), parameters: parameters, accuracy: accuracy))
        }
        return claims
    }

    /// The working in brackets right after a count (no figure between
    /// them: `483,200 parameters (2·241,600)`) when it does not come to
    /// that count, as `working = count` (`2·60,200 = 120,800`); nil when it
    /// does, cannot be read, or no bracket follows.
    static func bracketAgainst(_ count: (range: Range<Int>, text: String), _ workings: [(range: Range<Int>, text: String)],
                               figures: [Range<Int>]) -> String? {
        guard let working = workings.first(where: { $0.range.lowerBound >= count.range.upperBound }),
              !figures.contains(where: { $0.lowerBound >= count.range.upperBound && $0.lowerBound < working.range.lowerBound }) else { return nil }
        let stated = "\(working.text) = \(count.text)"
        return contradicts(Array(stated.unicodeScalars), tex: false) ? stated : nil
    }

    /// A count of levels before the one model named (`With two levels, …`,
    /// `With 2 layers, …`, `Stacked twice, …`): the count, and the offsets
    /// of its words; nil when the words before the name say no such count.
    static func levelsBefore(_ outside: [(text: String, at: Int)], mention: Mention) -> (Int, Set<Int>)? {
        let before = outside.filter { $0.at < mention.range.lowerBound }
        let numbers = ["one": 1, "two": 2, "three": 3, "four": 4]
        for (k, w) in before.enumerated() where w.text.hasPrefix("level") || w.text.hasPrefix("layer") {
            guard k > 0, let n = numbers[before[k - 1].text] else { continue }
            // Nothing but an opening word (`with`, `using`) before the count.
            guard before[..<(k - 1)].allSatisfy({ ["with", "using", "at", "for"].contains($0.text) }) else { return nil }
            return (n, [before[k - 1].at, w.at])
        }
        return nil
    }

    /// The models the sentence names, left to right, each the longest run of
    /// words from the earliest start that names one; none when one is named
    /// just after a word of direction or levels (`single-direction Simple RNN`
    /// not read whole), which may qualify it.
    static func mentions(_ s: [Unicode.Scalar], known: [String]) -> [Mention] {
        var found: [Mention] = []
        let text = String(String.UnicodeScalarView(s))
        var i = 0
        func isWord(_ c: Unicode.Scalar) -> Bool { c.properties.isAlphabetic || ("0"..."9").contains(c) }
        while i < s.count {
            guard isWord(s[i]), i == 0 || !(isWord(s[i - 1]) || s[i - 1] == "-" || s[i - 1] == "'" || s[i - 1] == "’" || s[i - 1] == "\\") else { i += 1; continue }
            let start = text.unicodeScalars.index(text.unicodeScalars.startIndex, offsetBy: i)
            let rest = text[start...]
            if let (end, longest) = ModelNames.prefix(of: rest, in: known) {
                var model = longest
                var name = String(rest[..<end])
                // In a sentence a name holds no comma and no article after its
                // first word (`Stacked, the bi-RNN`, `two levels the bi-LSTM`):
                // the words before it are read as words around a name.
                // What stands before the comma may be a name of its own
                // (`Making the RNN bidirectional, the bi-RNN …`: the RNN).
                var closedByComma = false
                let inner = name.lowercased().split(separator: " ").dropFirst()
                if name.contains(",") || inner.contains(where: { ["the", "a", "an", "our", "my"].contains($0) }) {
                    guard let comma = rest.firstIndex(of: ","), let (shorter, named) = ModelNames.prefix(of: rest[..<comma], in: known),
                          case let cut = String(rest[..<shorter]),
                          !cut.lowercased().split(separator: " ").dropFirst().contains(where: { ["the", "a", "an", "our", "my"].contains($0) }),
                          rest[shorter...].drop(while: { $0 == " " }).first == "," else { i += 1; continue }
                    (model, name, closedByComma) = (named, cut, true)
                }
                let length = name.unicodeScalars.count
                // Not after a word of direction or levels (`single-direction RNN`, not read whole).
                // (A comma between them, `With two levels, the bi-RNN`: the
                // words before are a clause of their own, see `levelsBefore`.)
                let head = String(String.UnicodeScalarView(s[..<i])).lowercased()
                // (So too a colon: `… sees both directions: the 2-level bi-RNN has …`.)
                let comma = head.reversed().prefix { !($0.isLetter || $0.isNumber) }.contains { $0 == "," || $0 == ":" }
                let before = comma ? "" : head.split { !($0.isLetter || $0.isNumber || $0 == "-") }.last.map(String.init) ?? ""
                // (`The single LSTM`: "single" before a name that says no
                // direction and no levels is the one plain model, either way.)
                let plainCell = ModelNames.features(name).map { !$0.bidirectional && $0.levels == 1 } == true
                    && !name.lowercased().contains(where: \.isNumber) && !["uni", "direction", "level", "layer", "stack", "deep", "multi", "single", "bi"].contains(where: name.lowercased().contains)
                if !before.isEmpty, before.split(separator: "-").contains(where: { isModifier(String($0)) }) || Int(before) != nil
                    || ["one", "two", "three", "double"].contains(before) || before == "single" && !plainCell { return [] }
                for article in ["the ", "a ", "an ", "our ", "my ", "of the ", "with the "] where name.lowercased().hasPrefix(article) {
                    name = String(name.dropFirst(article.count))
                    break
                }
                guard let f = ModelNames.features(name) else { return [] }
                let said = name.lowercased()
                let direction = f.bidirectional || said.contains("uni") || said.contains("single") || said.contains("direction")
                let levels = f.levels != 1 || ["level", "layer", "lvl", "stack", "deep", "multi"].contains(where: said.contains)
                found.append(Mention(range: i..<(i + length), name: name.trimmingWhitespace(), slug: ModelSpec.slug(model),
                                     saysDirection: direction, saysLevels: levels, closedByComma: closedByComma))
                i += length
                continue
            }
            i += 1
        }
        return found
    }

    /// The words without those of a model's own layer, `its recurrent
    /// layer`, `the layer` (`its`, `the` or `their`, maybe `recurrent`,
    /// then `layer` with no number after it): one layer named as the
    /// model's, no count of levels; so `its recurrent layers`, all of the
    /// model's own. `a layer`, `another layer`, `the second layer`, `the
    /// layer 2`, `two layers`, `layers` alone still speak of levels.
    static func ownLayerDropped(_ words: [(text: String, at: Int)], in s: [Unicode.Scalar]) -> [(text: String, at: Int)] {
        func adjacent(_ a: (text: String, at: Int), _ b: (text: String, at: Int)) -> Bool {
            let end = a.at + a.text.unicodeScalars.count
            return end < b.at && b.at <= s.count && s[end..<b.at].allSatisfy { $0 == " " }
        }
        let owners: Set<String> = ["its", "the", "their"]
        var dropped = Set<Int>()
        for (k, w) in words.enumerated() where (w.text == "layer" || w.text == "layers") && k > 0 {
            var before = k - 1
            if words[before].text == "recurrent", adjacent(words[before], w), before > 0 { before -= 1 }
            guard owners.contains(words[before].text), adjacent(words[before], words[before + 1]),
                  before + 1 == k || adjacent(words[before + 1], w) else { continue }
            let next = s[min(s.count, w.at + w.text.unicodeScalars.count)...].drop { $0 == " " }.first
            if let next, ("0"..."9").contains(next) { continue }
            dropped.insert(k)
        }
        return words.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
    }

    /// The lowercased words (letters) of `s` outside `excluding`.
    static func words(_ s: [Unicode.Scalar], excluding: [Range<Int>]) -> [(text: String, at: Int)] {
        var out: [(text: String, at: Int)] = []
        var current = String.UnicodeScalarView()
        var start = 0
        for (k, c) in s.enumerated() {
            let inside = excluding.contains { $0.contains(k) }
            if !inside, c.properties.isAlphabetic {
                if current.isEmpty { start = k }
                current.append(c)
            } else if !current.isEmpty {
                out.append((String(current).lowercased(), start))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { out.append((String(current).lowercased(), start)) }
        return out
    }

    /// Verbs a sentence gives a model's figures with (`reached`, `gets`,
    /// `scored`, `achieves` …).
    private static let figureVerbs: Set<String> = [
        "reached", "reaches", "reach", "achieved", "achieves", "achieve", "scored", "scores", "score", "got", "gets", "get",
        "obtained", "obtains", "attained", "attains", "hit", "hits", "has", "had", "have", "gave", "gives", "ended", "ends",
        "landed", "lands", "managed", "manages", "came", "comes", "was", "is",
    ]

    /// Whether a clause opens with `and` and a verb of the figures (`and
    /// reached 64.6 % test accuracy`): no subject of its own.
    static func continuesSubject(_ clause: [Unicode.Scalar]) -> Bool {
        let said = words(clause, excluding: [])
        guard said.count >= 2, said[0].text == "and" else { return false }
        return figureVerbs.contains(said[1].text)
    }

    /// Whether a clause opens with a verb of the figures (`has 60,400
    /// parameters`), no subject before it.
    static func opensWithFigureVerb(_ clause: [Unicode.Scalar]) -> Bool {
        words(clause, excluding: []).first.map { figureVerbs.contains($0.text) } ?? false
    }

    /// Whether a clause is one name alone, maybe after an article, set
    /// apart by the comma closing the clause before it and its own (`…,
    /// the simple RNN, has …`).
    static func isAppositive(_ clause: Range<Int>, in s: [Unicode.Scalar], mentions: [Mention]) -> Bool {
        let inside = mentions.filter { clause.contains($0.range.lowerBound) }
        guard inside.count == 1, clause.lowerBound >= 1, s[clause.lowerBound - 1] == ",",
              clause.upperBound >= 1, s[clause.upperBound - 1] == "," else { return false }
        let said = words(Array(s[clause]), excluding: [(inside[0].range.lowerBound - clause.lowerBound)..<(inside[0].range.upperBound - clause.lowerBound)])
        return said.allSatisfy { ["the", "a", "an", "our", "my"].contains($0.text) }
    }

    /// `its LSTM layers`, `their RNN layer`: where the cell word of the
    /// model named before (`previous`) stands after "its" or "their",
    /// "layer" or "layers" after it, to the end of that word; nil for
    /// anything else (another cell, a direction or level in the name).
    static func ownCellLayers(_ s: [Unicode.Scalar], _ mention: Mention, after previous: Mention) -> Range<Int>? {
        let start = mention.range.lowerBound
        let head = String(String.UnicodeScalarView(s[..<start])).lowercased()
        guard head.hasSuffix("its ") || head.hasSuffix("their ") else { return nil }
        var end = start
        while end < s.count, s[end].properties.isAlphabetic { end += 1 }
        let cell = String(String.UnicodeScalarView(s[start..<end])).lowercased()
        guard let own = ModelNames.features(previous.name), let said = ModelNames.features(cell), said.cell == own.cell,
              !said.bidirectional, said.levels == 1 else { return nil }
        var k = end
        while k < s.count, s[k] == " " { k += 1 }
        guard k > end else { return nil }
        var word = k
        while word < s.count, s[word].properties.isAlphabetic { word += 1 }
        let layer = String(String.UnicodeScalarView(s[k..<word])).lowercased()
        guard layer == "layer" || layer == "layers" else { return nil }
        return start..<word
    }

    /// The sentence's clauses: cut at `, ` `; ` `: ` and at ` and `, ` while `,
    /// ` whereas `, ` but `, ` so `.
    static func clauses(_ s: [Unicode.Scalar]) -> [Range<Int>] {
        var cuts: [Int] = [0]
        let lower = s.map { ("A"..."Z").contains($0) ? Unicode.Scalar($0.value + 32)! : $0 }
        func at(_ word: String, _ k: Int) -> Bool {
            let w = Array(word.unicodeScalars)
            return k + w.count <= lower.count && Array(lower[k..<(k + w.count)]) == w
        }
        for k in s.indices {
            if ",;:".unicodeScalars.contains(s[k]), k + 1 < s.count, s[k + 1] == " " { cuts.append(k + 1) }
            for word in [" and ", " while ", " whereas ", " but ", " so "] where at(word, k) { cuts.append(k + 1) }
        }
        cuts.append(s.count)
        return zip(cuts, cuts.dropFirst()).map { $0..<$1 }
    }
}
