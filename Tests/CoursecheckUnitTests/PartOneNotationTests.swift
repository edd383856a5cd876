import CoursecheckAssignment
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Foundation
import Testing

/// Part I as students write it besides a table: a list, or rows separated by
/// single spaces. Every expected value below is the parameter count worked
/// out by hand for input 100, hidden 200, two biases (RNN 60,400; LSTM
/// 241,600; bi-LSTM 483,200; 2-level bi-RNN 361,600; 2-level bi-LSTM
/// 1,446,400).
@Suite("Part I as a list or as space-separated text")
struct PartOneNotationTests {
    private func checks(_ body: String, name: String = "sheet.md") throws -> [String: Check] {
        let url = try SheetVariant.write(body, name: name)
        let assignment = try Assignment.load(from: PackagePaths.assignment.path)
        let report = try Verifier.verify(sheetPath: url.path, assignment: assignment)
        return Dictionary(uniqueKeysWithValues: report.checks.map { ($0.id.description, $0) })
    }

    @Test("List items and single-space rows, each count written differently", arguments: [
        ("- RNN: 60,400 parameters, 64.64 % accuracy", "part1.params.rnn", Status.correct),
        ("* **LSTM**: 241.6k params; 86.03% accuracy", "part1.params.lstm", .correct),
        ("1. bi-LSTM — 483 200 parameters (86.49%)", "part1.params.bi-lstm", .correct),
        ("2-level bi-RNN 361,600 61.39%", "part1.params.2-level-bi-rnn", .correct),
        ("2-level bi-LSTM 1.4464 \\times 10^6 73.00%", "part1.params.2-level-bi-lstm", .correct),
        ("- 2-level bi-LSTM: 1.45M parameters, 73%", "part1.params.2-level-bi-lstm", .incorrect),
        ("- RNN: 60,401 parameters", "part1.params.rnn", .incorrect),
        ("RNN 60,400 100%", "part1.params.rnn", .correct),
    ])
    func rows(line: String, id: String, status: Status) throws {
        let checks = try checks("Part I\n\n\(line)\n")
        #expect(checks[id]?.status == status, "\(line): \(checks[id]?.evidence ?? "no check")")
    }

    @Test("A rounded abbreviation is read as what it states, and the evidence says so")
    func rounded() throws {
        let check = try #require(try checks("Part I\n\n- 2-level bi-LSTM: 1.45M parameters\n")["part1.params.2-level-bi-lstm"])
        #expect(check.status == .incorrect)
        #expect(check.evidence.contains("\"1.45M\" read as 1,450,000"))
    }

    @Test("The accuracy is the number with %, wherever it stands")
    func accuracyFirst() throws {
        let checks = try checks("Part I\n\n- RNN: accuracy 64.64%, 60,400 parameters\n")
        #expect(checks["part1.params.rnn"]?.status == .correct)
        #expect(checks["part1.accuracy.rnn"]?.claimed == "64.64%")
    }

    @Test("Prose in a list is not a row; an unknown model with a count is reported")
    func prose() throws {
        let checks = try checks("Part I\n\n- Note: the LSTM has 4 gates\n- RNN: 60,400 parameters\n- GRU: 45,600 parameters\n")
        #expect(checks["part1.params.rnn"]?.status == .correct)
        #expect(!checks.keys.contains { $0.contains("note") })
        #expect(checks.values.contains { $0.status == .unparsable && $0.evidence.contains("no model named 'GRU'") })
    }

    @Test("Prose that starts with a model's name is not a row; a list row's count is the one named parameters")
    func proseLines() throws {
        let checks = try checks("Part I\n\n| Model | Parameters | Accuracy |\n|---|---|---|\n| LSTM | 241,600 | 86.03% |\n\n"
            + "LSTM has 4 gates, so it has four times the RNN's weights.\n\n- RNN: 1 level, 60,400 parameters, 64.64%\n")
        #expect(checks["part1.params.lstm"]?.status == .correct, "\(checks["part1.params.lstm"]?.evidence ?? "")")
        #expect(checks["part1.params.rnn"]?.status == .correct, "\(checks["part1.params.rnn"]?.evidence ?? "")")
    }

    @Test("LaTeX \\item rows")
    func latexItems() throws {
        let tex = "\\documentclass{article}\n\\begin{document}\n\\section*{Part I}\n\\begin{itemize}\n\\item RNN: 60{,}400 parameters, 64.64\\% accuracy\n\\item LSTM: 241{,}600 parameters, 86.03\\%\n\\end{itemize}\n\\end{document}\n"
        let checks = try checks(tex, name: "sheet.tex")
        #expect(checks["part1.params.rnn"]?.status == .correct)
        #expect(checks["part1.params.lstm"]?.status == .correct)
        #expect(checks["part1.accuracy.lstm"]?.claimed == "86.03\\%")
    }
}
