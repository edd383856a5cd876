import CoursecheckAssignment
@_spi(Testing) import CoursecheckGrading
import CoursecheckMaths
import CoursecheckReading
import CoursecheckReporting
import CoursecheckTestSupport
import CoursecheckVerification
import Foundation
import Testing

/// One typed form per JSON schema, the fast writers held equal to it; the
/// apportioning of printed parts, on many seeded random cases.
@Suite("Grading: typed JSON and printed parts")
struct GradingJSONTests {
    @Test("Every JSON file a grading writes parses as its typed form (results.json decoded, responses.jsonl decoded and re-encoded)")
    func typedForms() throws {
        let folder = try GradingFixtures.folder(files: [
            "a_10001_1_x.md": try Sheets.submitted(), "b_10002_1_x.md": try Sheets.unparsable(), "c_10003_1_x.md": try Sheets.noWorking(),
        ])
        let run = try GradingFixtures.run(folder, overrides: "student_id,check,status_or_points,reason\n10001,part2.q5.1.f_5,0.5,\"quoted \"\"why\"\"\"\n")
        for id in ["10001", "10002", "10003"] {
            let data = try Data(contentsOf: run.out.appendingPathComponent("gradescope/\(id)/results.json"))
            let typed = try JSONDecoder().decode(GradescopeResults.self, from: data)
            #expect(try JSONValue(encoding: typed) == (try JSONValue(parsing: String(decoding: data, as: UTF8.self))), "\(id)")
            #expect(typed.jsonValue.text == String(decoding: data, as: UTF8.self))
        }
        for line in try run.text("responses.jsonl").split(separator: "\n") {
            let typed = try JSONDecoder().decode(ResponseLine.self, from: Data(line.utf8))
            #expect(typed.compact == line + "\n")
            #expect(try JSONValue(encoding: typed) == (try JSONValue(parsing: String(line))))
        }
    }

    @Test("The student's JSON built directly equals its Encodable form", arguments: ["submitted", "unparsable", "noWorking"])
    func studentReport(kind: String) throws {
        let text = kind == "submitted" ? try Sheets.submitted() : kind == "unparsable" ? try Sheets.unparsable() : try Sheets.noWorking()
        let assignment = try Assignment.load(from: PackagePaths.assignment.path)
        let report = try Verifier.verify(document: try SheetDocument.read(data: Data(text.utf8), name: "sheet.md"), assignment: assignment)
        let forms = try GradingTestHooks.studentJSON(report, assignment: assignment)
        #expect(forms.fast == forms.typed)
        let gradescope = try GradingTestHooks.gradescopeJSON(report, assignment: assignment)
        #expect(gradescope.fast == gradescope.typed)
    }

    @Test("Apportioned parts add up to the printed whole, stay within a hundredth of their value, keep zero at zero and never pass their maximum")
    func apportion() throws {
        for seed in UInt64(1)...300 {
            var rng = SplitMix(seed: seed)
            let n = Int.random(in: 1...40, using: &rng)
            var points: [Rational] = [], maxima: [Rational] = []
            for _ in 0..<n {
                let q = Int64([1, 2, 3, 6, 7, 9, 12].randomElement(using: &rng)!)
                let m = try Rational(Int64.random(in: 0...12, using: &rng), q)
                let p = try m.multiplied(by: Rational(Int64.random(in: 0...4, using: &rng), 4))
                maxima.append(m)
                points.append(p)
            }
            let pairs = try Apportion.pairs(points: points, maxima: maxima)
            #expect(pairs.points.reduce(Cents.zero, +) == pairs.total, "seed \(seed)")
            #expect(pairs.maxima.reduce(Cents.zero, +) == pairs.maximum, "seed \(seed)")
            #expect(pairs.total == Cents(rounding: try Rational.sum(points)), "seed \(seed)")
            #expect(pairs.maximum == Cents(rounding: try Rational.sum(maxima)), "seed \(seed)")
            for k in 0..<n {
                let exact = try points[k].multiplied(by: Rational(100))
                #expect(abs(Double(pairs.points[k].value) - exact.doubleValue) < 1, "seed \(seed) part \(k)")
                #expect(pairs.points[k] <= pairs.maxima[k], "seed \(seed) part \(k)")
                if points[k].isZero { #expect(pairs.points[k] == .zero, "seed \(seed) part \(k)") }
                if points[k] == maxima[k] { #expect(pairs.points[k] == pairs.maxima[k], "seed \(seed) part \(k)") }
            }
            let capped = try Apportion.cents(points, caps: pairs.maxima)
            #expect(capped.parts.reduce(Cents.zero, +) == capped.whole, "seed \(seed)")
        }
    }
}
