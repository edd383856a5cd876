import CoursecheckDocument
import Foundation

/// A note right under a table that corrects one of its cells: it names the
/// cell by its triplet and its sample (or Question 6's total by its
/// sample), says a correction, and gives the value the cell should hold.
///
/// ```
/// Correction to the table: in the t₄ row the ∂L/∂f₂ entry should read f₄ − f₃ (…).
/// One fix to the table: for t₁ the gradient for f₅ is fₐ − fₙ = f₁ − f₅, not f₁ − f₂.
/// Note: the total for $f_4$ in the table has a typo, …, so the total is $f_1 + f_2 - 2f_6$.
/// ```
///
/// The value (after `should read`, `should be`, `is`; up to `, not`, a
/// bracket or the sentence's end; the last side of a chain) takes the
/// cell's place, located at the note; the note answers nothing else. A
/// note that says it corrects the table but whose cell or value cannot be
/// told leaves every cell of the table to a person.
struct TableNote {
    /// The triplet of the cell (nil for Question 6's total).
    var triplet: Int?
    /// The sample of the cell's column or row.
    var sample: Int
    /// The value the note gives, as plain text (maths delimiters aside).
    var value: String
    var location: SourceLocation

    /// What a paragraph right under a table says of it: nil when it is no
    /// note on the table, `.some(nil)` when it corrects the table in a way
    /// that cannot be read, else the correction.
    static func read(_ inlines: [Inline], at location: SourceLocation) -> TableNote?? {
        let written = AnswerTable.subscriptDigitsWritten(Inline.source(of: inlines)).replacingOccurrences(of: "$", with: "")
        let lower = written.lowercased()
        let words = Set(lower.split { !$0.isLetter }.map(String.init))
        guard Self.tableWords.contains(where: words.contains) || lower.contains("total for"), Self.correctionWords.contains(where: words.contains)
        else { return nil }
        // (Even one that names no cell, `Each row should be read as …`: it
        // may say a cell is wrong, `one entry should be the other way round`.)
        let ns = written as NSString
        // Its first sentence: the cell, then its value.
        let sentence = Self.sentenceEnd.firstMatch(in: written, range: NSRange(location: 0, length: ns.length)).map { ns.substring(to: $0.range.location) } ?? written
        let text = sentence as NSString
        let whole = NSRange(location: 0, length: text.length)
        var from = 0
        var triplet: Int?
        if let t = Self.tripletName.firstMatch(in: sentence, range: whole) {
            triplet = Int(text.substring(with: t.range(at: 1)))
            from = t.range.upperBound
        } else if let total = sentence.lowercased().range(of: "total") {
            from = NSRange(total, in: sentence).upperBound
        } else {
            return .some(nil)
        }
        // The value's cue: "should read/be/say" first (`… is f₄ − f₂ but
        // should read f₄ − f₃`), else "is", "reads".
        guard let cue = Self.shouldCue.firstMatch(in: sentence, range: whole) ?? Self.valueCue.firstMatch(in: sentence, range: NSRange(location: from, length: text.length - from))
        else { return .some(nil) }
        // The cell's sample: the one a derivative names (`the ∂L/∂f₂ entry`),
        // else the one sample named between the triplet and the cue; two, or
        // none, and the note is for a person.
        let beforeCue = NSRange(location: 0, length: cue.range.location)
        let heads = Set(Self.derivativeOfSample.matches(in: sentence, range: beforeCue).compactMap { Int(text.substring(with: $0.range(at: 1))) })
        let between = from < cue.range.location ? Set(IndexPatterns.sampleRegex.matches(in: sentence, range: NSRange(location: from, length: cue.range.location - from))
            .compactMap { Int(text.substring(with: $0.range(at: 1))) }) : []
        // (Or the one a noun names, `the total for f4`, `the gradient for f5`:
        // other samples may follow in the note's working.)
        let forSample = Self.cellForSample.firstMatch(in: sentence, range: beforeCue).flatMap { Int(text.substring(with: $0.range(at: 1))) }
        guard let sample = heads.count == 1 ? heads.first : !heads.isEmpty ? nil : forSample ?? (between.count == 1 ? between.first : nil)
        else { return .some(nil) }
        var value = text.substring(from: cue.range.upperBound)
        for stop in [", not", " not ", " (", ";", ". "] { if let r = value.range(of: stop) { value = String(value[..<r.lowerBound]) } }
        value = value.split(separator: "=").last.map(String.init)?.trimmingWhitespace() ?? ""
        while let last = value.last, ".,:".contains(last) { value.removeLast() }
        guard !value.isEmpty, value.contains(where: { $0 == "f" || $0 == "0" }) else { return .some(nil) }
        return .some(TableNote(triplet: triplet, sample: sample, value: value, location: location))
    }

    /// Words that say a note is about a table's cell (lower case, whole words; also "total for").
    static let tableWords: Set<String> = ["table", "entry", "entries", "row", "rows", "cell", "cells", "column", "columns"]
    /// Words that say a note corrects (lower case, whole words).
    static let correctionWords: Set<String> = ["correction", "should", "typo", "fix", "fixed", "mistake"]
    /// A triplet named in a note: `t4`, `t_4`, `t_{4}` (subscripts written as digits).
    static let tripletName = try! NSRegularExpression(pattern: #"\bt\s*_?\{?\s*([1-9])\}?(?![0-9])"#)
    /// A derivative with respect to a sample in a note: `∂L/∂f2`, `dL/df_2`, `\partial L/\partial f_2`.
    static let derivativeOfSample = try! NSRegularExpression(pattern: #"(?:∂|\bd|\\partial)\s*L[^/]{0,12}/\s*(?:∂|d|\\partial)\s*f\s*_?\{?\s*([1-9])"#)
    /// A cell named by its sample after a noun: `total for f4`, `gradient for f_5`, `entry of f2`.
    static let cellForSample = try! NSRegularExpression(pattern: #"(?i)\b(?:total|gradient|entry|value|cell|derivative)\s+(?:for|of)\s+f\s*_?\{?\s*([1-9])"#)
    /// The words before a note's value: `should read`, `should be`, `should say`.
    static let shouldCue = try! NSRegularExpression(pattern: #"(?i)\bshould\s+(?:read|be|say)\s+"#)
    /// Or `is`, `reads`.
    static let valueCue = try! NSRegularExpression(pattern: #"(?i)\b(?:is|reads)\s+"#)
    /// A sentence's end: a period, then a space or the end.
    static let sentenceEnd = try! NSRegularExpression(pattern: #"\.(\s|$)"#)

    /// The table's cells with the note's value in the cell it names: a
    /// Question 5 cell of its triplet and sample, or the total of Question
    /// 6's chain for the sample (its working kept); nil when no one cell
    /// is that one.
    func applied(to cells: [MathFragment]) -> [MathFragment]? {
        let head = "\\partial L\(triplet.map { "_{t_\($0)}" } ?? "") / \\partial f_\(sample) = "
        let matching = cells.indices.filter { n in
            cells[n].forPerson == nil && cells[n].fragment.text.hasPrefix(head)
                && (triplet == nil ? cells[n].question == 6 : cells[n].tableTriplet == triplet)
        }
        guard matching.count == 1 else { return nil }
        var cells = cells
        let n = matching[0]
        var text = head + value
        // Question 6's chain: the working kept, the total the note's.
        if triplet == nil, let equals = cells[n].fragment.text.range(of: " = ", options: .backwards),
           equals.lowerBound > cells[n].fragment.text.index(cells[n].fragment.text.startIndex, offsetBy: head.count) {
            let working = cells[n].fragment.text[cells[n].fragment.text.index(cells[n].fragment.text.startIndex, offsetBy: head.count)..<equals.lowerBound]
            // (Working in TeX as plain text: its maths is simple sums.)
            text = head + working + " = " + value
        }
        var fixed = MathFragment(fragment: Fragment(Substring(text), start: location), proseBefore: "", plainText: true)
        fixed.question = cells[n].question
        fixed.tableTriplet = cells[n].tableTriplet
        fixed.contribution = cells[n].contribution
        cells[n] = fixed
        return cells
    }
}

extension SheetParser {
    /// The table's cells with the note under it applied (`TableNote`), and
    /// whether the leaf after the table was that note (then it answers
    /// nothing else); every cell for a person when a note corrects the
    /// table in a way that cannot be read.
    static func withCellNote(_ cells: [MathFragment], table number: Int, in section: SheetSection) -> ([MathFragment], Bool) {
        guard number + 1 < section.leaves.count, case .paragraph(let list) = section.leaves[number + 1].block.kind,
              let note = TableNote.read(list, at: section.leaves[number + 1].block.location) else { return (cells, false) }
        if let note, let fixed = note.applied(to: cells) { return (fixed, true) }
        let why = "a note under the table corrects it in a way that cannot be read: for a person"
        return (cells.map { cell in
            var cell = cell
            if cell.forPerson == nil { cell.forPerson = why }
            return cell
        }, false)
    }
}
