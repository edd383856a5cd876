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

@Suite("Canonical JSON escapes every string so a JSON reader gets it back")
struct JSONEscapeTests {
    @Test("Quotes, backslashes, control characters and non-ASCII text", arguments: [
        "", "plain", "\\frac{\\partial L}{\\partial f_1}", "say \"hi\"", "a\nb\r\nc\td", "\u{0}\u{1}\u{1f}\u{7f}",
        "∂L/∂f₁ − f̂", "ends with \\", "\"", "\u{2028}",
    ])
    func roundTrip(text: String) throws {
        let written = JSONValue.object(["k": .string(text), "list": .array([.string(text), .number(1.5)])]).text
        let read = try #require(try JSONSerialization.jsonObject(with: Data(written.utf8)) as? [String: Any])
        #expect(read["k"] as? String == text)
        #expect((read["list"] as? [Any])?.first as? String == text)
    }

    @Test("Exact bytes: escapes and the two layouts")
    func bytes() {
        let value = JSONValue.object(["b": .array([.string("x\u{1}\"\\"), .int(2)]), "a": .array([.object(["n": .null])])])
        #expect(value.text == "{\n  \"a\": [\n    {\n      \"n\": null\n    }\n  ],\n  \"b\": [\"x\\u0001\\\"\\\\\", 2]\n}\n")
    }
}
