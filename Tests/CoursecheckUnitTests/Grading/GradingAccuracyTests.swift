import CoursecheckAssignment
import CoursecheckGrading
import CoursecheckTestSupport
import CoursecheckTraining
import Foundation
import Testing

/// `grade` with an accuracy reference (issue 20): Part I's accuracies are
/// judged, advisory by default, and in the maximum when the points section
/// gives them points.
///
/// The reference holds three models on K = 10 seeds of n = 25,000 test
/// reviews each, with spreads under the 0.5 % floor, so the band is
/// m ± t·√(0.005²·1.1 + m(1 − m)/25,000):
/// - LSTM, m = 86.00 %: σ = 0.5685 %, 99 % band ± 1.85 points (t(0.995, 9)
///   = 3.2498); the sheet's 86.03 % lies inside: correct.
/// - RNN, m = 70.00 %: σ = 0.599 %, 99.9 % band ± 2.86 points (t(0.9995, 9)
///   = 4.7809); the sheet's 64.64 % lies outside: incorrect.
/// - bi-RNN, m = 66.50 %: σ = 0.6034 %, bands ± 1.96 and ± 2.88 points; the
///   sheet's 68.72 % (2.22 above) lies between: unverifiable, for a person.
/// The other three models have no runs: out of the maximum as before.
@Suite("Grading with an accuracy reference")
struct GradingAccuracyTests {
    static func reference() -> AccuracyReference {
        let sizes = TrainingSizes(inputSize: 100, hiddenSize: 200, bias: "two")
        func model(_ slug: String, _ correct: [Int]) -> AccuracyReference.ModelAccuracy {
            .init(slug: slug, results: correct.enumerated().map { k, c in
                TrainingResult(model: slug, seed: UInt(k + 1), epochs: 1, recipe: Recipe(), sizes: sizes, classes: ["neg", "pos"],
                               parameters: 0, vocabulary: 0, unknownWords: 0, nTrain: 1, nValidation: 1, nTest: 25_000, history: [],
                               bestEpoch: 1, validationCorrect: 1, testCorrect: c, testLoss: 0, dataFingerprint: "")
            })
        }
        return AccuracyReference(recipe: Recipe(), sizes: sizes, encoders: [], dataFingerprint: "", classes: ["neg", "pos"],
                                 seeds: Array(1...10), models: [
                                     model("lstm", [21_500, 21_510, 21_490, 21_505, 21_495, 21_500, 21_502, 21_498, 21_500, 21_500]),
                                     model("rnn", Array(repeating: 17_500, count: 10)),
                                     model("bi-rnn", Array(repeating: 16_625, count: 10)),
                                 ])
    }

    static func sheet() throws -> URL {
        try GradingFixtures.folder(files: ["smithjohn_12345_67890_answers.md": try Sheets.submitted()])
    }

    @Test("Advisory by default: verdicts shown in the report and Gradescope at 0 of 0, grades and the maximum unchanged, no review")
    func advisory() throws {
        let plain = try GradingFixtures.run(try Self.sheet())
        let judged = try GradingFixtures.run(try Self.sheet(), accuracyReference: Self.reference())
        let (before, after) = (try #require(try plain.grades()["12345"]), try #require(try judged.grades()["12345"]))
        #expect(before == after)
        #expect(after[2] == "graded")
        #expect(try plain.csv("canvas.csv") == (try judged.csv("canvas.csv")))
        let checks = try #require(try judged.json("students/12345.json")["checks"] as? [[String: Any]])
        func status(_ id: String) -> String? { checks.first { $0["id"] as? String == id }?["status"] as? String }
        #expect(status("part1.accuracy.lstm") == "correct")
        #expect(status("part1.accuracy.rnn") == "incorrect")
        #expect(status("part1.accuracy.bi-rnn") == "unverifiable")
        #expect(status("part1.accuracy.bi-lstm") == "unverifiable")
        let tests = try #require(try judged.json("gradescope/12345/results.json")["tests"] as? [[String: Any]])
        let lstm = try #require(tests.first { $0["name"] as? String == "part1.accuracy.lstm" })
        #expect(lstm["max_score"] as? Double == 0 && lstm["score"] as? Double == 0 && lstm["status"] as? String == "passed")
        #expect((lstm["output"] as? String)?.hasPrefix("advisory, no points: correct") == true)
        #expect(tests.first { $0["name"] as? String == "part1.accuracy.rnn" }?["status"] as? String == "failed")
        // No reference for bi-LSTM: nothing to show, as without a reference.
        #expect(!tests.contains { $0["name"] as? String == "part1.accuracy.bi-lstm" })
        let plainTests = try #require(try plain.json("gradescope/12345/results.json")["tests"] as? [[String: Any]])
        #expect(tests.reduce(0) { $0 + GradingFixtures.cents($1["max_score"]) } == plainTests.reduce(0) { $0 + GradingFixtures.cents($1["max_score"]) })
    }

    @Test("With points: the judged accuracies join everyone's maximum; a claim between the bands goes to review")
    func withPoints() throws {
        let assignment = try GradingFixtures.assignmentFile(points: #"{"questions": {"part1.accuracy": 6}}"#)
        let plain = try GradingFixtures.run(try Self.sheet(), assignment: assignment)
        let judged = try GradingFixtures.run(try Self.sheet(), assignment: assignment, accuracyReference: Self.reference())
        let before = try #require(try plain.grades()["12345"]), after = try #require(try judged.grades()["12345"])
        // 1 point per model: three judged join the maximum (3), the LSTM earns
        // its point, the RNN none, the bi-RNN none for now and to review.
        let (score, maximum) = (GradingFixtures.cents([before[3]]), GradingFixtures.cents([before[4]]))
        #expect(GradingFixtures.cents([after[3]]) == score + 100)
        #expect(GradingFixtures.cents([after[4]]) == maximum + 300)
        #expect(after[2] == "needs_review")
        #expect(after[6].contains("part1.accuracy.bi-rnn") && after[6].contains("for a person to decide"))
        #expect(!after[6].contains("part1.accuracy.rnn:") && !after[6].contains("part1.accuracy.lstm"))
        let header = try judged.csv("grades.csv")[0], points = try judged.csv("grades.csv")[1]
        #expect(points[try #require(header.firstIndex(of: "part1.accuracy"))] == "3.00")
        // Provisional: no grade in the LMS file; its maximum is the new one.
        let canvas = try judged.csv("canvas.csv")
        #expect(canvas[1].last == after[4])
        #expect(canvas.contains { $0[1] == "12345" && $0.last == "" })
    }
}
