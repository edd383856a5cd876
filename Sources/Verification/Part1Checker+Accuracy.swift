import CoursecheckAssignment
import CoursecheckModels
import CoursecheckReading

/// How a sheet writes its test accuracies: as percentages (`86.03 %`,
/// `86.03`) or as fractions (`0.8603`), decided by what the sheet says.
/// For an entry with value v:
/// - a `%` written with it (`86.03 %`, `0.86\%`) → a percentage, as written;
/// - v > 1 → a percentage (no fraction exceeds 1);
/// - v ≤ 1 under a column heading with `%` (`Accuracy (%)`) → undecided:
///   the heading says percent, the value reads as a fraction;
/// - v ≤ 1 without `%`, when every accuracy the sheet gives is ≤ 1 and
///   none is written with `%` (in its text or its column's heading) → a
///   fraction: 0.8603 is 86.03 %;
/// - v ≤ 1 without `%` among accuracies that are percentages → undecided.
///
/// An undecided value is `unparsable` with its place, for a person to
/// decide: read the wrong way it would be judged 100 times too small or too
/// large, and a right answer would become `incorrect`.
struct AccuracyScale {
    /// Whether every accuracy of the sheet reads as a fraction (all ≤ 1 and
    /// none written with `%`).
    let fractions: Bool
    /// An accuracy the sheet writes as a percentage, for the evidence.
    let percentExample: ModelClaim.Entry?

    init(_ sheet: ParsedSheet) {
        let entries = sheet.modelOrder.flatMap { sheet.models[$0] ?? [] }.compactMap(\.accuracy).filter { $0.value != nil }
        let percent = entries.filter { Self.percentSign($0) || $0.value! > 1 }
        fractions = !entries.isEmpty && percent.isEmpty
        percentExample = percent.first
    }

    /// Whether the entry or its column's heading writes `%` (or `percent`).
    static func percentSign(_ entry: ModelClaim.Entry) -> Bool {
        written(entry.text) || entry.heading.map(written) == true
    }

    private static func written(_ text: String) -> Bool {
        text.contains("%") || text.lowercased().contains("percent")
    }

    enum Reading: Equatable {
        /// The claim as a fraction 0–1.
        case fraction(Double)
        /// Why the value could be either; for a person to decide.
        case undecided(String)
    }

    /// The claim of `entry` (value v in 0…100) as a fraction, or why it
    /// cannot be told.
    func read(_ entry: ModelClaim.Entry, value v: Double, sheet: ParsedSheet) -> Reading {
        if Self.written(entry.text) || v > 1 { return .fraction(v / 100) }
        let either = "as a fraction \(Self.percent(v)), as a percentage \(entry.text) %"
        if let heading = entry.heading, Self.written(heading) {
            return .undecided("\(sheet.place(entry.location)): fraction or percent? The column's heading '\(heading)' says %, "
                + "but \(entry.text) reads as a fraction (\(either)).")
        }
        if fractions { return .fraction(v) }
        let example = percentExample.map { " (\($0.text) at \(sheet.place($0.location)))" } ?? ""
        return .undecided("\(sheet.place(entry.location)): fraction or percent? \(entry.text) has no % while the sheet's other accuracies "
            + "are percentages\(example) (\(either)).")
    }

    /// A fraction as a percentage with two decimals: `86.03 %`.
    static func percent(_ fraction: Double) -> String { AccuracyCheck.percent(fraction) }
}

extension Part1Checker {
    func accuracyCheck(_ spec: ModelSpec, sheet: ParsedSheet, scale: AccuracyScale) -> Check {
        let id = AnswerID.accuracy(spec.slug)
        let rows = sheet.models[spec.slug] ?? []
        if let conflict = Part1Checker.conflict(rows.compactMap(\.accuracy), sheet: sheet) {
            return Check(id: id, status: .inconsistent, claimed: rows.compactMap(\.accuracy?.text).joined(separator: "; "),
                         expected: "0–100 %", evidence: conflict)
        }
        guard let cell = rows.first(where: { $0.accuracy != nil })?.accuracy else {
            return Check(id: id, status: .missing, expected: "0–100 %", evidence: "no accuracy found in the sheet.")
        }
        guard let value = cell.value else {
            return Check(id: id, status: .unparsable, claimed: cell.text, expected: "0–100 %",
                         evidence: "\(sheet.place(cell.location)): not an accuracy (a percentage or a fraction).")
        }
        guard (0...100).contains(value) else {
            return Check(id: id, status: .incorrect, claimed: cell.text, expected: "0–100 %",
                         evidence: "an accuracy must lie between 0 and 100 %.")
        }
        let p: Double
        switch scale.read(cell, value: value, sheet: sheet) {
        case .fraction(let fraction): p = fraction
        case .undecided(let why):
            return Check(id: id, status: .unparsable, claimed: cell.text, expected: "0–100 %", evidence: why)
        }
        if let reference = references.accuracy {
            return AccuracyCheck(reference: reference).check(spec, claimed: p, text: cell.text)
        }
        let read = AccuracyScale.percentSign(cell) || value > 1 ? "within 0–100 %" : "a fraction within 0–1, \(AccuracyScale.percent(p))"
        return Check(id: id, status: .unverifiable, claimed: cell.text, expected: "0–100 %",
                     evidence: "plausible (\(read)); the dataset and the training run are not part of the sheet, so the value itself cannot be checked.")
    }
}
