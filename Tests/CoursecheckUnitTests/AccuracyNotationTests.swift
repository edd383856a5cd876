import CoursecheckAssignment
import CoursecheckTestSupport
import CoursecheckTraining
import CoursecheckVerification
import Foundation
import Testing

/// Part I's accuracies written as percentages or as fractions, judged by
/// what the sheet says (A5 of the review: 0.8603 was read as 0.8603 % and a
/// right answer became `incorrect`).
///
/// The reference is `GradingAccuracyTests.reference()`, built in the tests:
/// three models on K = 10 seeds of n = 25,000 test reviews, spreads under
/// the 0.5 % floor, so the band is
/// m ± t·√(0.005²·1.1 + m(1 − m)/25,000), with t(0.995, 9) = 3.2498 and
/// t(0.9995, 9) = 4.7809:
/// - LSTM, m = 0.8600: σ = 0.005685, 99 % band ± 0.01847. 0.8603 lies
///   inside (correct); 0.8603 % = 0.008603 lies far outside (incorrect).
/// - RNN, m = 0.7000: σ = 0.005992, 99.9 % band ± 0.02865. 0.6464 lies
///   0.0536 below: incorrect.
/// - bi-RNN, m = 0.6650: σ = 0.006034, bands ± 0.01961 and ± 0.02885.
///   0.6872 lies 0.0222 above: between, unverifiable.
/// The other three models have no runs: unverifiable.
@Suite("Accuracies as percentages or fractions")
struct AccuracyNotationTests {
    /// The reference of `GradingAccuracyTests`, whose band is the one above.
    static let reference = GradingAccuracyTests.reference()

    /// The six rows of a Part I table with these accuracy cells (in the
    /// submitted sheet's order: 2-level bi-LSTM, 2-level bi-RNN, bi-RNN,
    /// bi-LSTM, LSTM, RNN) under `heading`.
    static func table(_ cells: [String], heading: String = "Accuracy") -> String {
        let rows = [("2-level bi-LSTM", "1,446,400"), ("2-level bi-RNN", "361,600"), ("bi-RNN", "120,800"),
                    ("bi-LSTM", "483,200"), ("LSTM", "241,600"), ("RNN", "60,400")]
        let lines = zip(rows, cells).map { "| \($0.0) | \($0.1) | \($1) |" }
        return "Part I\n\n| Model | Parameters | \(heading) |\n|---|---|---|\n" + lines.joined(separator: "\n") + "\n"
    }

    static let percentCells = ["73.00%", "61.39%", "68.72%", "86.49%", "86.03%", "64.64%"]
    static let fractionCells = ["0.73", "0.6139", "0.6872", "0.8649", "0.8603", "0.6464"]

    private func statuses(_ body: String, reference: AccuracyReference? = Self.reference, name: String = "sheet.md") throws -> [String: Check] {
        let url = try SheetVariant.write(body, name: name)
        let assignment = try Assignment.load(from: PackagePaths.assignment.path)
        let part1 = try Part1References(try #require(assignment.part1), accuracy: reference)
        let report = try Verifier.verify(sheetPath: url.path, assignment: assignment, part1References: part1)
        return Dictionary(report.checks.filter { $0.id.description.hasPrefix("part1.accuracy.") }.map { ($0.id.description, $0) },
                          uniquingKeysWith: { a, _ in a })
    }

    private func expect(_ checks: [String: Check], _ expected: [String: Status], _ context: String) {
        for (slug, status) in expected {
            let check = checks["part1.accuracy.\(slug)"]
            #expect(check?.status == status, "\(context): \(slug): \(check.map { "\($0.status) \($0.evidence)" } ?? "no check")")
        }
    }

    static let judged: [String: Status] = ["lstm": .correct, "rnn": .incorrect, "bi-rnn": .unverifiable,
                                           "bi-lstm": .unverifiable, "2-level-bi-rnn": .unverifiable, "2-level-bi-lstm": .unverifiable]

    @Test("Fractions, all ≤ 1 and none with %, are judged as fractions: the same verdicts as the percentages",
          arguments: ["Accuracy", "Test accuracy (fraction)", "Acc."])
    func fractions(heading: String) throws {
        expect(try statuses(Self.table(Self.fractionCells, heading: heading)), Self.judged, "fractions under '\(heading)'")
        expect(try statuses(Self.table(Self.percentCells, heading: heading)), Self.judged, "percentages under '\(heading)'")
    }

    @Test("Percentages without a % sign (86.03), or under a heading with %, are percentages as before")
    func percentages() throws {
        let bare = Self.percentCells.map { String($0.dropLast()) }
        expect(try statuses(Self.table(bare)), Self.judged, "bare percentages")
        expect(try statuses(Self.table(bare, heading: "Accuracy (%)")), Self.judged, "under (%)")
        expect(try statuses(try SheetVariant.submitted()), Self.judged, "the submitted sheet")
        let latex = Self.percentCells.map { "$" + $0.replacingOccurrences(of: "%", with: "\\%") + "$" }
        expect(try statuses(Self.table(latex)), Self.judged, "LaTeX percentages")
    }

    @Test("A value written with % is a percentage as written: 0.8603 % is far below the LSTM's band")
    func percentSignWins() throws {
        var cells = Self.fractionCells
        cells[4] = "0.8603 %"
        let checks = try statuses(Self.table(cells))
        // 0.8603 % among fractions: the % decides that one, the rest stay
        // undecided, since the sheet now writes a percentage.
        #expect(checks["part1.accuracy.lstm"]?.status == .incorrect, "\(String(describing: checks["part1.accuracy.lstm"]))")
        #expect(checks["part1.accuracy.rnn"]?.status == .unparsable)
    }

    @Test("A lone value ≤ 1 without % among percentages is unparsable with its place, never incorrect")
    func mixed() throws {
        var cells = Self.percentCells
        cells[4] = "0.8603"
        let checks = try statuses(Self.table(cells))
        let lstm = try #require(checks["part1.accuracy.lstm"])
        #expect(lstm.status == .unparsable)
        #expect(lstm.evidence.contains("sheet.md:9:"), "\(lstm.evidence)")
        #expect(lstm.evidence.contains("fraction or percent?"), "\(lstm.evidence)")
        #expect(lstm.evidence.contains("as a fraction 86.03 %"), "\(lstm.evidence)")
        expect(checks, ["rnn": .incorrect, "bi-rnn": .unverifiable], "the percentages of a mixed sheet")
        // Bare values: 0.8603 among 64.64, 68.72, …
        let bare = cells.map { $0.hasSuffix("%") ? String($0.dropLast()) : $0 }
        #expect(try statuses(Self.table(bare))["part1.accuracy.lstm"]?.status == .unparsable)
    }

    @Test("Fractions under a heading that says % are unparsable: the heading and the values disagree")
    func headingDisagrees() throws {
        let checks = try statuses(Self.table(Self.fractionCells, heading: "Test accuracy (%)"))
        for slug in Self.judged.keys {
            let check = try #require(checks["part1.accuracy.\(slug)"])
            #expect(check.status == .unparsable, "\(slug): \(check.status)")
            #expect(check.evidence.contains("'Test accuracy (%)' says %"), "\(check.evidence)")
        }
    }

    @Test("Without a reference: fractions are plausible (not flagged), mixed notation is unparsable, percentages as before")
    func withoutReference() throws {
        let fractions = try statuses(Self.table(Self.fractionCells), reference: nil)
        for slug in Self.judged.keys {
            let check = try #require(fractions["part1.accuracy.\(slug)"])
            #expect(check.status == .unverifiable, "\(slug): \(check.status) \(check.evidence)")
            #expect(check.evidence.hasPrefix("plausible (a fraction within 0–1"), "\(check.evidence)")
        }
        #expect(fractions["part1.accuracy.lstm"]?.evidence.contains("86.03 %") == true)
        let percent = try statuses(try SheetVariant.submitted(), reference: nil)
        #expect(percent["part1.accuracy.lstm"]?.evidence.hasPrefix("plausible (within 0–100 %)") == true)
        var cells = Self.percentCells
        cells[5] = "0.6464"
        #expect(try statuses(Self.table(cells), reference: nil)["part1.accuracy.rnn"]?.status == .unparsable)
        // Out of range is still incorrect, whatever the notation.
        cells[5] = "164.64"
        #expect(try statuses(Self.table(cells), reference: nil)["part1.accuracy.rnn"]?.status == .incorrect)
    }

    @Test("A LaTeX tabular carries its heading's % as a Markdown table does")
    func otherFormats() throws {
        let rows = zip(["2-level bi-LSTM", "2-level bi-RNN", "bi-RNN", "bi-LSTM", "LSTM", "RNN"], Self.fractionCells)
            .map { "\($0) & 1 & \($1) \\\\" }.joined(separator: "\n")
        func tex(_ heading: String) -> String {
            "\\documentclass{article}\n\\begin{document}\n\\section*{Part I}\n\\begin{tabular}{lll}\nModel & Parameters & \(heading) \\\\\n"
                + rows + "\n\\end{tabular}\n\\end{document}\n"
        }
        #expect(try statuses(tex("Accuracy"), name: "sheet.tex")["part1.accuracy.lstm"]?.status == .correct)
        #expect(try statuses(tex("Accuracy (\\%)"), name: "sheet.tex")["part1.accuracy.lstm"]?.status == .unparsable)
    }
}
