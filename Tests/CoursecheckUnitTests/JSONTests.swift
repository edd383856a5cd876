import CoursecheckAssignment
import CoursecheckReading
import CoursecheckReporting
import CoursecheckTestSupport
import CoursecheckVerification
import Foundation
import Testing

@Suite("A report's JSON built directly equals its Encodable form")
struct JSONTests {
    @Test("Reports with diagnoses, shared causes, carried answers and no assignment source", arguments: [
        "submitted", "unknown-symbol", "empty-question",
    ])
    func same(kind: String) throws {
        let assignment = try Assignment.load(from: PackagePaths.assignment.path)
        let text: String
        switch kind {
        case "unknown-symbol": text = try SheetVariant.submitted().replacingOccurrences(of: "f_2", with: "g_2")
        case "empty-question": text = "Question 3\n\n$$\\frac{\\partial L}{\\partial f_a} = \"f_n\" - f_p \\\\ x$$\n"
        default: text = try SheetVariant.submitted()
        }
        let source = kind == "submitted" ? try Assignment.locate(explicit: PackagePaths.assignment.path, folder: "/").1 : nil
        let report = try Verifier.verify(document: try SheetDocument.read(data: Data(text.utf8), name: "sheet.md"), assignment: assignment, source: source)
        #expect(report.jsonValue == (try JSONValue(encoding: report)))
        #expect(try report.json() == (try JSONValue.canonicalText(of: report)))
    }
}
