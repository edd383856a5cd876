import CoursecheckAssignment
import CoursecheckReading
import CoursecheckReporting
import CoursecheckTestSupport
import CoursecheckVerification
import Foundation
import Testing

/// One cause, one line: answers that fail for the same reason are one line
/// of the summary, not one line each.
@Suite("The summary groups answers that fail for one reason")
struct SummaryGroupingTests {
    private func report(_ text: String) throws -> Report {
        let assignment = try Assignment.load(from: PackagePaths.assignment.path)
        return try Verifier.verify(document: try SheetDocument.read(data: Data(text.utf8), name: "sheet.md"), assignment: assignment)
    }

    @Test("A symbol used throughout that is not the assignment's: one line with the count and the first place")
    func unknownSymbol() throws {
        // g_2 for f_2 in Question 5.1's answers (four of its six mention f_2).
        let sheet = try SheetVariant.submitted().replacingOccurrences(of: "f_2", with: "g_2")
        let report = try report(sheet)
        let shared = try #require(report.sharedCauses.first { $0.reason == "unknown symbol 'g_2'" })
        let unparsable = report.checks.filter { $0.status == .unparsable && $0.cause?.reason == "unknown symbol 'g_2'" }
        #expect(shared.checks.count == unparsable.count && shared.checks.count > 1)
        let markdown = report.markdown()
        #expect(markdown.contains("- \(shared.checks.count) answers unparsable: unknown symbol 'g_2' (first at \(shared.first)): "))
        // None of them is listed again on a line of its own.
        for id in shared.checks {
            #expect(!markdown.contains("- `\(id)` — unparsable"))
        }
        let json = try report.json()
        #expect(json.contains("\"shared_causes\""))
    }

    @Test("A question with nothing written is one line; a report without shared causes has no shared_causes key")
    func nothingWritten() throws {
        let report = try report("Question 3\n\n$$\\frac{\\partial L}{\\partial f_a} = f_n - f_p$$\n")
        let markdown = report.markdown()
        #expect(markdown.contains("- Part II · Question 5.1: nothing written (6 answers missing)\n"))
        #expect(!markdown.contains("`part2.q5.1.f_1` — missing"))
        // Question 3 has one answer written: its missing ones are listed.
        #expect(markdown.contains("- `part2.q3.f_p` — missing\n"))
        #expect(try !report.json().contains("shared_causes"))
    }
}
