import CoursecheckGrading
import CoursecheckTestSupport
import Foundation
import Testing

/// One maximum for the whole assignment, the same number in grades.csv,
/// canvas.csv, moodle.csv, Gradescope, the students' files and the class
/// report; parts that add up; scaling to an LMS column; provisional grades
/// kept out of the LMS files. Grades worked out by hand (`Sheets`).
@Suite("Grading: one maximum")
struct GradingMaximumTests {
    /// 12345 the submitted sheet (75), 22222 without working (75), 33333
    /// Question 3 wrong (72), 44444 one answer unreadable (74, provisional).
    static func mixedClass() throws -> URL {
        try GradingFixtures.folder(files: [
            "smithjohn_12345_100_answers.md": try Sheets.submitted(),
            "doejane_22222_101_answers.md": try Sheets.noWorking(),
            "roebob_33333_102_answers.md": try Sheets.flippedQ3(),
            "reviewrita_44444_103_answers.md": try Sheets.unparsable(),
        ])
    }

    static let roster = "id,name,email,sis_id,section\n12345,John Smith,js@x.edu,S1,A\n22222,Jane Doe,jd@x.edu,S2,A\n"
        + "33333,Bob Roe,br@x.edu,S3,B\n44444,Rita Review,rr@x.edu,S4,B\n"

    /// Total, maximum and percent as each file prints them, by student.
    static func everyFile(_ run: GradingFixtures.Run, _ id: String) throws -> [String: [String]] {
        var out: [String: [String]] = [:]
        let grades = try #require(try run.grades()[id])
        out["grades.csv"] = [grades[3], grades[4], grades[5]]
        let json = try run.json("students/\(id).json")["score"] as! [String: Any]
        out["students json"] = [json["total"] as! String, json["maximum"] as! String, json["percent"] as! String]
        let markdown = try run.text("students/\(id).md")
        let bold = markdown.components(separatedBy: "**")[markdown.components(separatedBy: "**").firstIndex { $0.contains(" / ") && $0.first!.isNumber }!]
        out["students md"] = bold.components(separatedBy: " / ")
        let gradescope = try run.json("gradescope/\(id)/results.json")
        let tests = gradescope["tests"] as! [[String: Any]]
        out["gradescope"] = [String(format: "%.2f", gradescope["score"] as! Double),
                             String(format: "%.2f", Double(tests.reduce(0) { $0 + GradingFixtures.cents($1["max_score"]) }) / 100)]
        return out
    }

    @Test("Every file: the same total, the same maximum (78), the same percent; no working shown is not a smaller maximum")
    func sameEverywhere() throws {
        let run = try GradingFixtures.run(try Self.mixedClass(), roster: Self.roster, exportProvisional: true)
        let expected = ["12345": ("75.00", "96.15"), "22222": ("75.00", "96.15"), "33333": ("72.00", "92.31"), "44444": ("74.00", "94.87")]
        for (id, (total, percent)) in expected {
            let files = try Self.everyFile(run, id)
            #expect(files["grades.csv"] == [total, "78.00", percent], "\(id)")
            #expect(files["students json"] == [total, "78.00", percent], "\(id)")
            #expect(files["students md"] == [total, "78.00"], "\(id)")
            #expect(files["gradescope"] == [total, "78.00"], "\(id)")
            #expect(try run.csv("canvas.csv").contains { $0[1] == id && $0[5] == total }, "\(id)")
            // Feedback shows a grade's percent; a provisional score only in the grade cell (review B5).
            let feedback = id == "44444" ? "provisional (a grader reviews some answers)" : "graded by coursecheck (\(total) / 78.00 points, \(percent) %)"
            #expect(try run.csv("moodle.csv").contains { $0[0] == id && $0[4] == total && $0[5] == feedback }, "\(id)")
        }
        #expect(try run.csv("canvas.csv")[1] == ["Points Possible", "", "", "", "", "78.00"])
        // A student with nothing readable: 0 of the same 78 in Gradescope.
        let nothing = try GradingFixtures.run(try GradingFixtures.folder(files: ["x_1_1_a.pdf": "%PDF"]))
        let results = try nothing.json("gradescope/1/results.json")
        #expect(results["score"] as? Double == 0)
        #expect((results["tests"] as! [[String: Any]]).reduce(0) { $0 + GradingFixtures.cents($1["max_score"]) } == 7800)
        // The class report: its maximum, and a mean over the same percents:
        // (75 + 75 + 72 + 74) / 4 / 78 = 94.87 %.
        let report = try run.json("class-report.json")
        #expect(report["maximum"] as? String == "78.00")
        #expect((report["scores"] as! [String: Any])["mean_percent"] as? String == "94.87")
        #expect((report["out_of_maximum"] as! [String]).count == 6)
        // Working not shown: credited as the answer it supports.
        let jane = try run.text("students/22222.md")
        #expect(jane.contains("| `part2.q6.f_1.steps` | unverifiable (no working shown: credited as `part2.q6.f_1`) | 1.00 / 1.00 |"))
    }

    @Test("working_required: working not shown earns 0 and stays in the maximum: 69/78")
    func workingRequired() throws {
        let assignment = try GradingFixtures.assignmentFile(points: #"{"working_required": true}"#)
        let run = try GradingFixtures.run(try Self.mixedClass(), assignment: assignment)
        #expect(Array(try run.grades()["22222"]!.dropFirst(3).prefix(3)) == ["69.00", "78.00", "88.46"])
        #expect(Array(try run.grades()["12345"]!.dropFirst(3).prefix(3)) == ["75.00", "78.00", "96.15"])
    }

    @Test("--scale-to: the LMS column's maximum; grades.csv keeps points; the last lines say what was written out of what")
    func scaled() throws {
        let run = try GradingFixtures.run(try Self.mixedClass(), roster: Self.roster, scaleTo: "100")
        let canvas = try run.csv("canvas.csv")
        #expect(canvas[1] == ["Points Possible", "", "", "", "", "100.00"])
        // 75/78·100 = 96.1538… ; 72/78·100 = 92.3076…
        #expect(canvas.contains { $0[1] == "12345" && $0[5] == "96.15" })
        #expect(canvas.contains { $0[1] == "33333" && $0[5] == "92.31" })
        #expect(try run.csv("moodle.csv").contains { $0[0] == "22222" && $0[4] == "96.15" })
        #expect(try run.grades()["12345"]![3] == "75.00")
        #expect(run.summary.lines.contains("canvas.csv: grades written out of 100.00, scaled from the assignment's maximum of 78.00 (with the decimals that keep each percent that of grades.csv)"))
    }

    @Test("Provisional scores stay out of the LMS files; grades.csv keeps them; one line says how many and where")
    func provisional() throws {
        let run = try GradingFixtures.run(try Self.mixedClass(), roster: Self.roster)
        #expect(try run.grades()["44444"]!.prefix(6) == ["44444", "Rita Review", "needs_review", "74.00", "78.00", "94.87"])
        #expect(try run.csv("canvas.csv").contains { $0[1] == "44444" && $0[5] == "" })
        // Feedback students see carries no provisional points or percent.
        #expect(try run.csv("moodle.csv").contains { $0[0] == "44444" && $0[4] == "" && $0[5] == "not graded yet: a grader reviews some answers" })
        let line = try #require(run.summary.lines.first { $0.contains("need") && $0.contains("review") })
        #expect(line.hasPrefix("1 submission needs review (1 with answers to decide, 0 unreadable): see 'Needs review' in "))
        #expect(line.contains("class-report.md") && line.contains("--export-provisional"))
        let exported = try GradingFixtures.run(try Self.mixedClass(), roster: Self.roster, exportProvisional: true)
        #expect(try exported.csv("canvas.csv").contains { $0[1] == "44444" && $0[5] == "74.00" })
        #expect(exported.summary.lines.contains { $0.contains("--export-provisional: the provisional grades of the 1 under review are in the LMS files") })
    }

    /// Question 5.1 worth 2 over its six checks: 1/3 each. The submitted
    /// sheet: 75 − 5 + 5·⅓ = 71⅔ → 71.67 of 78 − 6 + 2 = 74.
    @Test("Parts that do not split evenly add up exactly in every file that lists them (largest remainder)")
    func partsAddUp() throws {
        let assignment = try GradingFixtures.assignmentFile(points: #"{"questions": {"part2.q5.1": 2}}"#)
        let run = try GradingFixtures.run(try Self.mixedClass(), assignment: assignment)
        let gradescope = try run.json("gradescope/12345/results.json")
        let tests = gradescope["tests"] as! [[String: Any]]
        #expect(GradingFixtures.cents(gradescope["score"]) == 7167)
        #expect(tests.reduce(0) { $0 + GradingFixtures.cents($1["score"]) } == 7167)
        #expect(tests.reduce(0) { $0 + GradingFixtures.cents($1["max_score"]) } == 7400)
        #expect(tests.allSatisfy { GradingFixtures.cents($0["score"]) <= GradingFixtures.cents($0["max_score"]) })
        // The remainder goes to the first parts: f_1 and f_2 0.34, the rest 0.33; f_5 wrong 0.
        let q51 = tests.filter { ($0["number"] as? String) == "part2.q5.1" }.map { GradingFixtures.cents($0["score"]) }
        #expect(q51 == [34, 34, 33, 33, 0, 33])
        // grades.csv: per question, capped by points_possible.
        let row = try run.grades()["12345"]!
        #expect(row[3] == "71.67" && row[4] == "74.00" && row[13] == "1.67")
        #expect(GradingFixtures.cents(Array(row.dropFirst(7))) == 7167)
        #expect(GradingFixtures.cents(Array(try run.csv("grades.csv")[1].dropFirst(7))) == 7400)
        // The student's JSON and Markdown list the same parts.
        let checks = (try run.json("students/12345.json")["score"] as! [String: Any])["checks"] as! [String: [String: String]]
        #expect(GradingFixtures.cents(checks.values.map { $0["points"]! }) == 7167)
        #expect(GradingFixtures.cents(checks.values.map { $0["maximum"]! }) == 7400)
        let table = try run.text("students/12345.md").split(separator: "\n").filter { $0.hasPrefix("| `") && $0.hasSuffix(" |") && $0.contains(" / ") }
        let pairs = table.map { $0.split(separator: "|").last!.trimmingCharacters(in: .whitespaces).components(separatedBy: " / ") }
        #expect(GradingFixtures.cents(pairs.map { $0[0] }) == 7167 && GradingFixtures.cents(pairs.map { $0[1] }) == 7400)
        // responses.jsonl: the student's lines add up too.
        let lines = try run.text("responses.jsonl").split(separator: "\n").map {
            try JSONDecoder().decode(ResponseLine.self, from: Data($0.utf8))
        }.filter { $0.studentID == "12345" }
        #expect(GradingFixtures.cents(lines.map(\.points)) == 7167)
        #expect(GradingFixtures.cents(lines.map(\.maximum)) == 7400)
    }

    /// Review B7: a column maximum that is not 100. 75/78 = 96.1538… % is
    /// 96.15 % in grades.csv; on a column of 10 the cell is 9.615, whose
    /// percent in the LMS is again 96.15 (9.62 would show 96.2). 72/78 =
    /// 92.3077… %: 92.31 %, 9.231. On a column of 12.5: 12.01875 and
    /// 11.53875. On 78 itself nothing is scaled: 75.00.
    @Test("--scale-to a maximum that is not 100: the percent the LMS shows is grades.csv's", arguments: [
        ("10", "9.615", "9.231"), ("12.5", "12.01875", "11.53875"), ("78", "75.00", "72.00"), ("200", "192.30", "184.62"),
    ])
    func scaledPercentAgrees(scale: String, submitted: String, flipped: String) throws {
        let run = try GradingFixtures.run(try Self.mixedClass(), roster: Self.roster, scaleTo: scale)
        let canvas = try run.csv("canvas.csv")
        #expect(canvas.contains { $0[1] == "12345" && $0[5] == submitted }, "\(canvas)")
        #expect(canvas.contains { $0[1] == "33333" && $0[5] == flipped }, "\(canvas)")
        #expect(try run.csv("moodle.csv").contains { $0[0] == "12345" && $0[4] == submitted })
        #expect(try run.grades()["12345"]![5] == "96.15")
    }

    @Test("--export-provisional: the grade cell carries the provisional score, the feedback students read does not")
    func provisionalFeedback() throws {
        let run = try GradingFixtures.run(try Self.mixedClass(), roster: Self.roster, exportProvisional: true)
        let row = try #require(try run.csv("moodle.csv").first { $0[0] == "44444" })
        #expect(row[4] == "74.00" && row[5] == "provisional (a grader reviews some answers)")
    }
}
