import CoursecheckDocument
import Foundation

/// Terse plain-text sheets: several entries on one line set apart by wide
/// spaces only (Round 50).
extension SheetParser {
    /// A derivative's head and its mark: an operator over a sample then `:`
    /// or `=` (`d/df1:`, `dL/df2 =`, `∂/∂f₃:`, `dL1/df1 =`), or a sample
    /// alone then `:` (`f3:`).
    private static let spacedHead = "(?:" + IndexPatterns.operatorOver(IndexPatterns.digitOrRole) + #"[ \t]*[:=]|f[ \t]*"#
        + IndexPatterns.digitOrRole + #"[ \t]*:)"#

    /// An operator over a sample, then `:` (`∂/∂f₁:`, `d/df1 :`, `dL/dfa:`).
    private static let operatorColon = try! NSRegularExpression(
        pattern: #"(?<![A-Za-z0-9_])"# + IndexPatterns.operatorOver(IndexPatterns.digitOrRole) + #"[ \t]*:(?!=)"#)

    /// Whether plain text states a value after a derivative's head and its
    /// colon (`∂/∂f₁: f₅ − f₂`), as `=` would: `valueClauseSplit` then cuts
    /// the clause that gives the rest a value in words (`…; rest 0`).
    static func statesByHead<S: StringProtocol>(_ text: S) -> Bool {
        let text = String(text)
        return text.contains(":") && operatorColon.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// A line that opens on a head (`spacedHead`), perhaps after its part's
    /// label and a wide run (`5.1:  dL_1/df_1 = …`, `Q5.2  d/df1: …`).
    private static let headFirst = try! NSRegularExpression(pattern: #"^[ \t]*(?:"# + partLabel + #"(?:[ \t]{2,}|\t))?"# + spacedHead)

    /// A part of Question 5 by its number opening a line: `5.1:`, `Q5.2`, `5.3)`.
    private static let partLabel = #"(?:Q|Question[ \t]*)?5\.[1-8][:.)]?"#

    /// The part's label and the wide run after it, opening a line.
    private static let labelRun = try! NSRegularExpression(pattern: #"^[ \t]*"# + partLabel + #"(?:[ \t]{2,}|\t)"#)

    /// A run of two spaces or more (or a tab) between two non-blanks.
    private static let wideRun = try! NSRegularExpression(pattern: #"(?<=\S)(?:[ \t]{2,}|\t)(?=\S)"#)

    /// A wide run followed by a head.
    private static let runBeforeHead = try! NSRegularExpression(pattern: #"(?<=\S)(?:[ \t]{2,}|\t)(?="# + spacedHead + ")")

    /// `d/df1: f5 - f2  d/df2: f2 - f1  d/df3: 0`, `dL/df1 = 0   dL/df2 = 0`,
    /// `f1: f5 - f2  f2: f2 - f1`: in a plain-text line that opens on a
    /// derivative's head, entries set apart by wide spaces alone (two or
    /// more, or a tab), each opening on a head of its own (an operator over
    /// a sample, or a sample alone before `:`): the first blank of each such
    /// run is read as `;`, places kept. Only when every wide run of the line
    /// stands before a head, and after no separator of its own (`,`, `;`,
    /// `|`); otherwise the line is left as written (a wide run inside a
    /// value, `d/df1: f5 -  f2  0`, says nothing of where entries end).
    ///
    /// ```
    /// d/df1: f5 - f2  d/df2: 0      d/df1: f5 - f2; d/df2: 0
    /// d/df1: f5 - f2  f1  d/df2: 0  unchanged: `f1` has no head
    /// ```
    static func spacedHeads(_ line: Fragment) -> Fragment {
        let text = String(line.text)
        guard text.contains("  ") || text.contains("\t") else { return line }
        let whole = NSRange(text.startIndex..., in: text)
        guard headFirst.firstMatch(in: text, range: whole) != nil else { return line }
        let runs = wideRun.matches(in: text, range: whole).map(\.range)
        let headed = runBeforeHead.matches(in: text, range: whole).map(\.range)
        guard !headed.isEmpty, runs.count == headed.count, zip(runs, headed).allSatisfy({ $0.0 == $0.1 }) else { return line }
        var edits: [(range: Range<Int>, text: String)] = []
        // (The run after a part's label opening the line parts no entries.)
        let afterLabel = labelRun.firstMatch(in: text, range: whole)?.range
        for run in headed where afterLabel.map({ NSMaxRange($0) != NSMaxRange(run) }) ?? true {
            guard let r = Range(run, in: text) else { return line }
            // (After `,`, `;` or `|` the entries are already apart.)
            if let before = text[..<r.lowerBound].last, ",;|".contains(before) { return line }
            let at = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: r.lowerBound)
            edits.append((at..<(at + 1), ";"))
        }
        return line.replacing(edits)
    }
}

extension ModelListRow {
    /// A run of two spaces or more, or a tab.
    private static let wideSpaces = try! NSRegularExpression(pattern: #"(?:[ \t]{2,}|\t)"#)

    /// Part I's models on one line, groups set apart by wide spaces (two or
    /// more, or a tab): `RNN 60400 / 64.6%   LSTM 241600 / 86.1%   bi-RNN
    /// 120800 / 68.5%`. Each group must open with a model the assignment
    /// names and read as a whole row, a count and a percentage
    /// (`ModelListRow.read`); any group that does not, and the line is left
    /// to the other readers (a table's row, `RNN   60,400   64.3%`, has
    /// groups without a name).
    static func spacedGroups(_ line: Substring, known: [String], location: (Int) -> SourceLocation) -> [ModelClaim]? {
        let text = String(line)
        guard text.contains("  ") || text.contains("\t") else { return nil }
        var pieces: [(offset: Int, text: Substring)] = []
        var from = text.startIndex
        func add(_ end: String.Index) {
            let piece = text[from..<end]
            if piece.contains(where: { !$0.isWhitespace }) {
                pieces.append((text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: from), piece))
            }
        }
        for m in wideSpaces.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            guard let r = Range(m.range, in: text) else { return nil }
            add(r.lowerBound)
            from = r.upperBound
        }
        add(text.endIndex)
        guard pieces.count >= 2 else { return nil }
        var claims: [ModelClaim] = []
        for piece in pieces {
            let trimmed = piece.text.drop { $0 == " " || $0 == "\t" }
            let lead = piece.text.unicodeScalars.count - trimmed.unicodeScalars.count
            guard ModelNames.prefix(of: trimmed, in: known) != nil,
                  let claim = read(trimmed, at: location(piece.offset + lead), known: known),
                  claim.parameters?.value != nil, claim.accuracy?.value != nil,
                  trimmed.contains("%") else { return nil }
            claims.append(claim)
        }
        return claims
    }

    /// A row of a table aligned by spaces whose name and count one space
    /// alone parts (`2-level bi-LSTM 1,446,400    73.8%` under `model
    /// params  test acc`): the name's cell split in two, the name (a model
    /// the assignment names, written as it names it) and the count, when
    /// the row is then as long as the header's figures need. Nil otherwise.
    static func nameAndCountApart(_ cells: [(text: String, column: Int)], parameters: Int, accuracy: Int,
                                  known: [String]) -> [(text: String, column: Int)]? {
        guard parameters == 1, cells.count == max(parameters, accuracy), let first = cells.first else { return nil }
        let lower = first.text.lowercased()
        guard let model = known.sorted(by: { $0.count > $1.count }).first(where: { lower.hasPrefix($0.lowercased() + " ") }) else { return nil }
        let count = first.text.dropFirst(model.count + 1)
        guard count.first?.isNumber == true, count.allSatisfy({ $0.isNumber || $0 == "," }), TableRow.count(String(count)) != nil else { return nil }
        let name = String(first.text.prefix(model.count))
        return [(name, first.column), (String(count), first.column + name.unicodeScalars.count + 1)] + cells.dropFirst()
    }
}

extension SheetSection {
    /// An operator over a sample, then `:` or `=`, opening the text after a
    /// part's number: `5.1  d/df1: f5 - f2  d/df2: …`, `5.2  ∂/∂f₁: …`.
    static let operatorHeadFirst = try! NSRegularExpression(
        pattern: "^" + IndexPatterns.operatorOver(IndexPatterns.digit) + #"[ \t]*[:=]"#)
}
