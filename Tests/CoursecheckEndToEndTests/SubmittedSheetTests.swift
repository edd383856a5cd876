import CoursecheckTestSupport
import Foundation
import Testing

@Suite("coursecheck verify: the submitted sheet")
struct SubmittedSheetTests {
    @Test("Verdicts worked out by hand from the loss, and exit status 1")
    func verdicts() throws {
        let run = try CommandRun.coursecheck(["verify", "fixtures/answers/submitted.md", "--format", "json"])
        #expect(run.status == 1, "stderr: \(run.stderr)")
        let report = try ReportJSON(run.stdout)
        #expect(report.schema == "coursecheck.report/1")
        #expect(report.sheet == "fixtures/answers/submitted.md")
        // Derived by hand: t_1 = (f_1, f_2, f_5) gives ∂L/∂f_5 = f_1 − f_5, not
        // f_1 − f_2; t_4 = (f_2, f_3, f_4) gives ∂L/∂f_2 = f_4 − f_3, not
        // f_4 − f_2; the sums for f_2 and f_5 reuse those two slips; 5·4·3 is
        // 60, not the 120 the sheet states.
        #expect(report.failing == [
            "part2.q4.all.reasoning", "part2.q5.1.f_5", "part2.q5.4.f_2", "part2.q6.f_2", "part2.q6.f_5",
        ])
        #expect(report["part2.q4.all.reasoning"]?.status == "inconsistent")
        #expect(report["part2.q5.1.f_5"]?.status == "incorrect")
        #expect(report["part2.q6.f_2"]?.carried_from == ["part2.q5.4.f_2"])
        #expect(report["part2.q6.f_5"]?.carried_from == ["part2.q5.1.f_5"])
        #expect(report["part2.q6.f_1"]?.carried_from == [])
        // Part I: 6 counts, the sizes they imply, 6 accuracies; Part II:
        // 3 + 3 (Q2, Q3) + 4 (Q4) + 1 (triplets) + 8·6 (Q5) + 6·2 (Q6).
        #expect(report.checks.count == 13 + 71)
        // Counts worked out by hand for input 100, hidden 200, two biases:
        // RNN 200·(100 + 200 + 2) = 60,400, and so on; all six claims hold.
        let part1 = report.checks.filter { $0.id.hasPrefix("part1.params") }
        #expect(part1.count == 7 && part1.allSatisfy { $0.status == "correct" })
        #expect(report["part1.params.2-level-bi-lstm"]?.expected == "1,446,400")
        #expect(report["part1.params.sizes"]?.expected == "input 100, hidden 200, two biases")
        #expect(report.checks.filter { $0.id.hasPrefix("part1.accuracy") }.allSatisfy { $0.status == "unverifiable" })
        #expect(report.summary == ["correct": 73, "incorrect": 4, "inconsistent": 1, "unverifiable": 6, "missing": 0, "unparsable": 0])
    }

    @Test("Every id of the schema is present, once")
    func ids() throws {
        let report = try ReportJSON(try CommandRun.coursecheck(["verify", "fixtures/answers/submitted.md", "--format", "json"]).stdout)
        let slugs = ["rnn", "lstm", "bi-rnn", "bi-lstm", "2-level-bi-rnn", "2-level-bi-lstm"]
        var expected = slugs.flatMap { ["part1.params.\($0)", "part1.accuracy.\($0)"] } + ["part1.params.sizes"]
        expected += ["part2.q4.all", "part2.q4.valid", "part2.q4.all.reasoning", "part2.q4.valid.reasoning", "part2.q5.triplets"]
        expected += ["f_a", "f_p", "f_n"].flatMap { ["part2.q2.\($0)", "part2.q3.\($0)"] }
        expected += (1...8).flatMap { k in (1...6).map { "part2.q5.\(k).f_\($0)" } }
        expected += (1...6).flatMap { ["part2.q6.f_\($0)", "part2.q6.f_\($0).steps"] }
        #expect(Set(report.checks.map(\.id)) == Set(expected))
        #expect(report.checks.count == expected.count)
    }

    @Test("Numerical evidence is shown beside the exact verdict")
    func evidence() throws {
        let report = try ReportJSON(try CommandRun.coursecheck(["verify", "fixtures/answers/submitted.md", "--format", "json"]).stdout)
        let wrong = try #require(report["part2.q5.1.f_5"])
        #expect(wrong.evidence.contains("exact:") && wrong.evidence.contains("max |Δ| > 1e-6"))
        let right = try #require(report["part2.q5.1.f_1"])
        #expect(right.evidence.contains("max |Δ| < 1e-6"))
        #expect(right.expected == "f_5 - f_2")
    }

    @Test("Reports are byte-identical run after run, in both formats")
    func reproducible() throws {
        for format in ["json", "markdown"] {
            let a = try CommandRun.coursecheck(["verify", "fixtures/answers/submitted.md", "--format", format])
            let b = try CommandRun.coursecheck(["verify", "fixtures/answers/submitted.md", "--format", format])
            #expect(a.stdout == b.stdout)
            #expect(!a.stdout.isEmpty)
        }
    }

    @Test("Markdown starts with the summary and has a table per question")
    func markdown() throws {
        let md = try CommandRun.coursecheck(["verify", "fixtures/answers/submitted.md"]).stdout
        #expect(md.hasPrefix("# coursecheck report"))
        let summary = try #require(md.range(of: "## Summary"))
        let firstQuestion = try #require(md.range(of: "## Part II · Question 2"))
        #expect(summary.lowerBound < firstQuestion.lowerBound)
        #expect(md.contains("| `part2.q5.1.f_5` | $f_1 - f_2$ | $f_1 - f_5$ | ❌ incorrect |"))
    }
}
