import CoursecheckTestSupport
import Foundation
import Testing

private func verify(_ text: String) throws -> (status: Int32, report: ReportJSON) {
    let url = try SheetVariant.write(text)
    let run = try CommandRun.coursecheck(["verify", url.path, "--format", "json"])
    return (run.status, try ReportJSON(run.stdout))
}

@Suite("Part I: parameter counts and accuracies")
struct PartOneTests {
    @Test("The one-bias LSTM count is incorrect, and the evidence names the convention it matches")
    func otherConvention() throws {
        // 4·200·(100 + 200 + 1) = 240,800, worked out by hand.
        let (status, report) = try verify(try SheetVariant.submitted(replacing: [("LSTM\t241,600", "LSTM\t240,800")]))
        #expect(status == 1)
        let check = try #require(report["part1.params.lstm"])
        #expect(check.status == "incorrect")
        #expect(check.evidence.contains("one bias, Keras"))
        #expect(report["part1.params.sizes"]?.status == "inconsistent")
    }

    @Test("Accuracies: out of range is incorrect, unreadable is unparsable, a missing row is missing")
    func accuracies() throws {
        let text = try SheetVariant.submitted(replacing: [
            ("86.03%", "186.03%"), ("64.64%", "n/a"), ("bi-RNN\t120,800\t68.72%\n", ""),
        ])
        let (_, report) = try verify(text)
        #expect(report["part1.accuracy.lstm"]?.status == "incorrect")
        #expect(report["part1.accuracy.rnn"]?.status == "unparsable")
        #expect(report["part1.accuracy.bi-rnn"]?.status == "missing")
        #expect(report["part1.params.bi-rnn"]?.status == "missing")
        #expect(report["part1.accuracy.bi-lstm"]?.status == "unverifiable")
    }

    @Test("A Markdown pipe table reads like the tab-separated one")
    func pipeTable() throws {
        let text = try SheetVariant.submitted(replacing: [
            ("\tTotal # of parameters in RNN/LSTM layer(s)\tTest accuracy %", "| Model | Total # of parameters | Test accuracy % |\n|---|---:|---:|"),
            ("2-level bi-LSTM\t1,446,400\t73.00%", "| 2-level bi-LSTM | 1,446,400 | 73.00% |"),
        ])
        let (_, report) = try verify(text)
        #expect(report["part1.params.2-level-bi-lstm"]?.status == "correct")
        #expect(report["part1.accuracy.2-level-bi-lstm"]?.status == "unverifiable")
    }

    @Test("A model the assignment does not have is unparsable, with its location")
    func unknownModel() throws {
        let (_, report) = try verify(try SheetVariant.submitted(replacing: [("RNN\t60,400", "GRU\t60,400")]))
        let check = try #require(report["part1.params.gru"])
        #expect(check.status == "unparsable" && check.evidence.contains(":11:1: no model named 'GRU'"))
        #expect(report["part1.params.rnn"]?.status == "missing")
    }
}

@Suite("coursecheck models, gradcheck, bench")
struct ModelCommandTests {
    @Test("models: the torchinfo-like inventory in JSON")
    func models() throws {
        let run = try CommandRun.coursecheck(["models", "--format", "json"])
        #expect(run.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(json["schema"] as? String == "coursecheck.models/1")
        #expect(json["input_size"] as? Int == 100 && json["hidden_size"] as? Int == 200 && json["bias"] as? String == "two")
        let models = try #require(json["models"] as? [[String: Any]])
        #expect(models.map { $0["slug"] as? String } == ["rnn", "lstm", "bi-rnn", "bi-lstm", "2-level-bi-rnn", "2-level-bi-lstm"])
        #expect(models.last?["parameters"] as? Int == 1_446_400)
        let one = try CommandRun.coursecheck(["models", "--bias", "one", "--hidden-size", "10", "--input-size", "3", "--format", "json"])
        // One bias, I = 3, H = 10: RNN 10·(3 + 10 + 1) = 140.
        #expect(one.stdout.contains("\"parameters\": 140,"))
        let markdown = try CommandRun.coursecheck(["models"]).stdout
        #expect(markdown.contains("| 0 | forward | W_ih | 800 × 100 | 80,000 |"))
    }

    @Test("models rejects sizes out of range")
    func badSize() throws {
        let run = try CommandRun.coursecheck(["models", "--hidden-size", "0"])
        #expect(run.status != 0 && run.stderr.contains("--hidden-size must be from 1 to 4096"))
    }

    @Test("gradcheck passes for all six models at the assignment's sizes")
    func gradcheck() throws {
        let run = try CommandRun.coursecheck(["gradcheck", "--format", "json"])
        #expect(run.status == 0, "\(run.stdout)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(json["schema"] as? String == "coursecheck.gradcheck/1")
        let models = try #require(json["models"] as? [[String: Any]])
        #expect(models.count == 6)
        #expect(models.allSatisfy { $0["passed"] as? Bool == true && ($0["max_relative_error"] as? Double ?? 1) <= 1e-6 })
    }

    @Test("bench prints medians in the documented JSON")
    func bench() throws {
        let run = try CommandRun.coursecheck(["bench", "--model", "bi-lstm", "--batch", "2", "--steps", "3", "--repeats", "3", "--format", "json"])
        #expect(run.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(json["schema"] as? String == "coursecheck.bench/1" && json["model"] as? String == "bi-lstm")
        #expect(json["batch"] as? Int == 2 && json["steps"] as? Int == 3)
        #expect((json["forward_ms"] as? Double ?? -1) > 0 && (json["forward_backward_ms"] as? Double ?? -1) > 0)
        let unknown = try CommandRun.coursecheck(["bench", "--model", "gru"])
        #expect(unknown.status != 0 && unknown.stderr.contains("no model 'gru'"))
    }
}
