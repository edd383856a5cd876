import CoursecheckAssignment
import CoursecheckMaths
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Foundation
import Testing

@Suite("Answer ids and headings come from one typed catalogue")
struct AnswerIDTests {
    @Test("Each kind of answer renders the stable id and heading reports use")
    func rendering() {
        #expect(AnswerID.parameters("2-level-bi-lstm").description == "part1.params.2-level-bi-lstm")
        #expect(AnswerID.sizes.description == "part1.params.sizes")
        #expect(AnswerID.accuracy("lstm").description == "part1.accuracy.lstm")
        #expect(AnswerID(.triplet(3), .derivative(.sample(5))).description == "part2.q5.3.f_5")
        #expect(AnswerID(.question(2), .derivative(.anchor)).description == "part2.q2.f_a")
        #expect(AnswerID(.question(6), .steps(.sample(4))).description == "part2.q6.f_4.steps")
        #expect(AnswerID.count(.valid).description == "part2.q4.valid")
        #expect(AnswerID.reasoning(.all).description == "part2.q4.all.reasoning")
        #expect(AnswerID.triplets.description == "part2.q5.triplets")
        #expect(AnswerID(.triplet(1), .unplaced(line: 12, column: 3)).description == "part2.q5.1@12:3")
        #expect(QuestionID.parameters.heading == "Part I · Parameters in the RNN/LSTM layers")
        #expect(QuestionID.triplet(3).heading == "Part II · Question 5.3")
        #expect(AnswerID.sizes.question == AnswerID.parameters("rnn").question)
    }

    @Test("The assignment's catalogue lists every answer once, and the submitted sheet's report checks exactly those")
    func catalogue() throws {
        let assignment = try Assignment.load(from: PackagePaths.assignment.path)
        let ids = assignment.catalogue.flatMap(\.answers)
        #expect(Set(ids).count == ids.count)
        // 6 + 1 + 6 (Part I), 3 + 3 (Q2, Q3), 4 (Q4), 1 (Q5), 8 × 6 (Q5.k), 2 × 6 (Q6).
        #expect(ids.count == 13 + 6 + 4 + 1 + 48 + 12)
        var text = try SheetDocument.read(path: PackagePaths.submittedSheet.path)
        text.path = "submitted.md"
        let report = try Verifier.verify(document: text, assignment: assignment)
        #expect(report.checks.map(\.id) == ids)
    }

    /// Every sheet under fixtures/ that verify reads: its report names each
    /// answer once (a duplicated table row once gave two `part1.params.rnn`).
    @Test("Every report of every fixture sheet has unique ids")
    func uniqueInEveryReport() throws {
        let assignment = try Assignment.load(from: PackagePaths.assignment.path)
        let folders = ["answers", "bad"].map { PackagePaths.fixtures.appendingPathComponent($0) }
        var reports = 0
        for folder in folders {
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where !name.hasSuffix(".json") {
                let path = folder.appendingPathComponent(name).path
                guard let text = try? SheetDocument.read(path: path),
                      let report = try? Verifier.verify(document: text, assignment: assignment) else { continue }
                let ids = report.checks.map(\.id.description)
                let repeated = Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
                #expect(repeated.isEmpty, "\(name): \(repeated)")
                reports += 1
            }
        }
        #expect(reports >= 20)
    }
}
