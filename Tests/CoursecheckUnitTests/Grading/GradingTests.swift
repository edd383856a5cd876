import CoursecheckAssignment
import CoursecheckGrading
import CoursecheckMaths
import CoursecheckTestSupport
import Foundation
import Testing

/// `coursecheck grade` on small classes whose scores are worked out by hand.
///
/// The assignment is fixtures/assignment.json with a points section:
/// Question 5.1 is worth 3 (½ per check), `part2.q4.all` 2, everything else
/// 1 per check, and an answer carried forward earns half. The maximum, the
/// same for everyone: the catalogue's 82 points less the six accuracies no
/// sheet can verify, 76. The submitted sheet then scores, by question:
/// Part I counts 7/7; Q2 3/3; Q3 3/3; Q4 2 + 0 (its reasoning is
/// inconsistent) + 1 + 1 = 4/5; Q5's list 1/1; Q5.1 5·½ = 2.5/3 (f_5
/// wrong); Q5.2, 5.3, 5.5–5.8 6/6 each; Q5.4 5/6 (f_2 wrong); Q6 10 + ½ + ½
/// = 11/12 (f_2 and f_5 carried forward from 5.4 and 5.1, working shown).
/// Total 72.5 of 76: 95.39 %.
@Suite("Grading a class")
struct GradingTests {
    static let points = #"{"questions": {"part2.q5.1": 3}, "checks": {"part2.q4.all": 2}, "carried_forward": 0.5}"#

    static func assignment() throws -> URL { try GradingFixtures.assignmentFile(points: points) }

    /// A class in Canvas's naming, with a wrong sheet, bad files and junk.
    static func canvasClass() throws -> URL {
        let folder = try GradingFixtures.folder(files: [
            "smithjohn_12345_67890_answers.md": try Sheets.submitted(),
            "doejane_LATE_22222_67891_answers.md": try Sheets.unparsable(),
            "roebob_33333_67892_answers.pdf": "%PDF-1.4\n",
            "emptyeve_44444_67893_answers.md": "",
            ".DS_Store": "junk",
            "__MACOSX/._smithjohn_12345_67890_answers.md": "junk",
        ])
        try Data([0xff, 0xfe, 0x00, 0x41]).write(to: folder.appendingPathComponent("binbill_55555_67894_answers.md"))
        try Data(count: 5 << 20).write(to: folder.appendingPathComponent("hugehal_66666_67895_answers.md"))
        return folder
    }

    @Test("Canvas naming: ids, scores worked out by hand, statuses and reasons, exact headers")
    func canvas() throws {
        let roster = "id,name,email,sis_id,section\n12345,John Smith,js@x.edu,S1,A\n22222,Jane Doe,jd@x.edu,S2,A\n99999,Al Absent,aa@x.edu,S9,B\n"
        let run = try GradingFixtures.run(try Self.canvasClass(), assignment: try Self.assignment(), roster: roster)
        #expect(run.summary.exitStatus == 1)
        let rows = try run.csv("grades.csv")
        #expect(rows[0] == ["student_id", "name", "status", "score", "max_score", "percent", "needs_review_reason", "part1.params",
                            "part1.accuracy", "part2.q2", "part2.q3", "part2.q4", "part2.q5", "part2.q5.1", "part2.q5.2", "part2.q5.3",
                            "part2.q5.4", "part2.q5.5", "part2.q5.6", "part2.q5.7", "part2.q5.8", "part2.q6"])
        // points_possible: the one maximum, accuracies out of it.
        #expect(rows[1] == ["points_possible", "", "", "76.00", "76.00", "100.00", "", "7.00", "0.00", "3.00", "3.00", "5.00", "1.00",
                            "3.00", "6.00", "6.00", "6.00", "6.00", "6.00", "6.00", "6.00", "12.00"])
        let byID = try run.grades()
        #expect(Array(byID["12345"]!.prefix(7)) == ["12345", "John Smith", "graded", "72.50", "76.00", "95.39", ""])
        #expect(Array(byID["12345"]!.dropFirst(7)) == ["7.00", "0.00", "3.00", "3.00", "4.00", "1.00", "2.50", "6.00", "6.00", "5.00",
                                                       "6.00", "6.00", "6.00", "6.00", "11.00"])
        // One answer unreadable: 0 for it provisionally (Q5.2's f_1, 1 point), and review.
        let jane = byID["22222"]!
        #expect(Array(jane.prefix(6)) == ["22222", "Jane Doe", "needs_review", "71.50", "76.00", "94.08"])
        #expect(jane[6].contains("part2.q5.2.f_1: "))
        #expect(byID["33333"]![2] == "unreadable" && byID["33333"]![6].hasPrefix("PDF is not read"))
        #expect(byID["44444"]![2] == "unreadable" && byID["44444"]![6].contains("no recognisable answers"))
        #expect(byID["55555"]![2] == "unreadable" && byID["55555"]![6].contains("binbill_55555_67894_answers.md:1:1: not a text sheet"))
        #expect(byID["66666"]![2] == "unreadable" && byID["66666"]![6].contains("more than the limit of 4194304"))
        #expect(Array(byID["99999"]!.prefix(3)) == ["99999", "Al Absent", "no_submission"])
        #expect(byID.count == 7)  // junk and __MACOSX are no students

        let canvas = try run.csv("canvas.csv")
        #expect(canvas[0] == ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", "coursecheck"])
        #expect(canvas[1] == ["Points Possible", "", "", "", "", "76.00"])
        #expect(canvas.contains(["John Smith", "12345", "S1", "js@x.edu", "A", "72.50"]))
        // Under review: no grade in the LMS files.
        #expect(canvas.contains(["Jane Doe", "22222", "S2", "jd@x.edu", "A", ""]))
        let moodle = try run.csv("moodle.csv")
        #expect(moodle[0] == ["Participant number", "ID number", "Email address", "Full name", "Grade", "Feedback comments"])
        #expect(moodle.contains { $0.prefix(5) == ["12345", "S1", "js@x.edu", "John Smith", "72.50"] })

        // The student's own report and JSON score; Gradescope's results.
        #expect(try run.text("students/12345.md").contains("**72.50 / 76.00** (95.39 %)"))
        let json = try run.json("students/12345.json")
        #expect((json["score"] as? [String: Any])?["total"] as? String == "72.50")
        #expect(json["schema"] as? String == "coursecheck.report/1")
        let gradescope = try run.json("gradescope/12345/results.json")
        #expect(gradescope["score"] as? Double == 72.5)
        let tests = gradescope["tests"] as! [[String: Any]]
        #expect(tests.allSatisfy { ["name", "number", "score", "max_score", "status", "output", "visibility"].allSatisfy($0.keys.contains) })
        let first = try #require(tests.first { $0["name"] as? String == "part2.q5.1.f_5" })
        #expect(first["max_score"] as? Double == 0.5 && first["score"] as? Double == 0 && first["status"] as? String == "failed")
        #expect(tests.reduce(0) { $0 + GradingFixtures.cents($1["max_score"]) } == 7600)

        // responses.jsonl: a line per student and check; class report.
        let responses = try run.text("responses.jsonl").split(separator: "\n")
        #expect(responses.contains { $0.contains("\"check\": \"part2.q5.4.f_2\"") && $0.contains("\"answer\": \"f_4 - f_2\"")
            && $0.contains("\"diagnosis\": [\"substitution\", \"role-swap\"]") && $0.contains("\"student_id\": \"12345\"") })
        let report = try run.text("class-report.md")
        #expect(report.contains("| graded | 1 |\n| needs_review | 1 |\n| unreadable | 4 |\n| no_submission | 1 |"))
        #expect(report.contains("- `part2.q5.1.f_5`: $f_1 - f_2$ — 2 (12345, 22222)"))
        #expect(report.contains("  - 2 students: substitution: f_2 (the positive) written where f_5 (the negative) belongs"))
        #expect(report.contains("maximum of **76.00 points**"))
        #expect(report.contains("![Score histogram](score-histogram.svg)"))
        #expect(try run.text("score-histogram.svg").hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        let classJSON = try run.json("class-report.json")
        #expect(classJSON["schema"] as? String == "coursecheck.class/1")
        #expect(classJSON["maximum"] as? String == "76.00")
    }

    @Test("--jobs 1 and --jobs 2 write the same bytes")
    func jobs() throws {
        let folder = try Self.canvasClass()
        // More students than a chunk, so that chunks and threads interleave.
        for k in 0..<20 {
            try Data((k % 3 == 0 ? try Sheets.unparsable() : try Sheets.submitted()).utf8)
                .write(to: folder.appendingPathComponent("student\(k)_\(60000 + k)_1_answers.md"))
        }
        let one = try GradingFixtures.run(folder, jobs: 1)
        let two = try GradingFixtures.run(folder, jobs: 2)
        let files = try FileManager.default.subpathsOfDirectory(atPath: one.out.path).sorted()
        #expect(files == (try FileManager.default.subpathsOfDirectory(atPath: two.out.path).sorted()))
        #expect(files.contains("students/60001.md"))
        for file in files {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: one.out.appendingPathComponent(file).path, isDirectory: &isDirectory)
            if isDirectory.boolValue { continue }
            #expect(try Data(contentsOf: one.out.appendingPathComponent(file)) == Data(contentsOf: two.out.appendingPathComponent(file)), "\(file)")
        }
    }

    @Test("An override decides an answer under review; the student is then graded")
    func overrides() throws {
        let run = try GradingFixtures.run(try Self.canvasClass(), assignment: try Self.assignment(),
                                          overrides: "student_id,check,status_or_points,reason\n22222,part2.q5.2.f_1,correct,g_1 is a typo for f_3\n")
        let jane = try #require(try run.grades()["22222"])
        // Every review item decided: graded, with the point the grader gave.
        #expect(jane[2] == "graded" && jane[3] == "72.50" && jane[6] == "")
        #expect(try run.text("students/22222.md").contains("overridden by a grader: g_1 is a typo for f_3"))
        #expect(try run.csv("canvas.csv").contains { $0[1] == "22222" && $0[5] == "72.50" })
        #expect(run.summary.exitStatus == 1)  // the unreadable files remain
    }

    @Test("Feedback with verdicts only hides the expected answers and diagnoses")
    func verdictsOnly() throws {
        let run = try GradingFixtures.run(try Self.canvasClass(), feedback: .verdicts)
        let student = try run.text("students/12345.md")
        #expect(!student.contains("What went wrong"))
        #expect(!student.contains("Diagnosis"))
        #expect(!student.contains("$f_1 - f_5$"))  // the expected ∂/∂f_5 of Question 5.1
        #expect(student.contains("| `part2.q5.1.f_5` | $f_1 - f_2$ | — | ❌ incorrect |"))
    }

    /// t_8 = (f_6, f_4, f_2) corrected to (f_6, f_5, f_2): the sheet's
    /// Question 5.8 answers for f_4 (f_4 − f_6, was right) and f_5 (0, was
    /// right) become wrong; so do Question 6's f_4 and f_5, which follow
    /// from them (carried forward: half points).
    @Test("Regrade after one triplet of the answer key changes")
    func regrade() throws {
        let folder = try Self.canvasClass()
        let first = try GradingFixtures.run(folder, assignment: try Self.assignment())
        let changed = try GradingFixtures.assignmentFile(points: Self.points) { object in
            var part2 = object["part2"] as! [String: Any]
            var triplets = part2["triplets"] as! [[Int]]
            triplets[7] = [6, 5, 2]
            part2["triplets"] = triplets
            object["part2"] = part2
        }
        let second = try GradingFixtures.run(folder, assignment: changed, previous: first.out)
        let rows = try second.csv("regrade.csv")
        #expect(rows[0] == ["student_id", "check", "old_status", "new_status", "old_points", "new_points"])
        #expect(rows.contains(["12345", "part2.q5.8.f_4", "correct", "incorrect", "1.00", "0.00"]))
        #expect(rows.contains(["12345", "part2.q5.8.f_5", "correct", "incorrect", "1.00", "0.00"]))
        #expect(rows.contains(["12345", "part2.q6.f_4", "correct", "incorrect", "1.00", "0.50"]))
        #expect(try second.text("class-report.md").contains("## Regrade"))
    }

    @Test("Points: exact, rounded half up to two decimals")
    func rounding() throws {
        #expect(try Rational(1, 8).twoDecimals == "0.13")
        #expect(try Rational(5, 1000).twoDecimals == "0.01")
        #expect(try Rational(2, 3).twoDecimals == "0.67")
        #expect(Rational(0).twoDecimals == "0.00")
        #expect(try Rational(145, 2).twoDecimals == "72.50")
    }

    @Test("Ids and ages from LMS naming", arguments: [
        ("lastfirst_12345_67890_answers.md", "12345", [67890, 0]), ("lastfirst_LATE_12345_67891_answers-1.md", "12345", [67891, 1]),
        ("o_brien_12345_67892_answers-2.md", "12345", [67892, 2]), ("LATE_anon_Ab3dE_67893_answers.md", "anon_Ab3dE", [67893, 0]),
        ("lastfirst_12345_text.html", "12345", []),
        ("Full Name_12345_assignsubmission_file_", "12345", []), ("Full Name_12345_assignsubmission_file", "12345", []),
        ("Full Name_12345_assignsubmission_file_answers.md", "12345", []),
        ("Full Name_12345_assignsubmission_onlinetext_onlinetext.html", "12345", []),
        ("alice.md", "alice", []), ("bob", "bob", []),
    ])
    func ids(name: String, id: String, age: [Int]) {
        let parsed = LMSName(name, isFolder: !name.contains("."))
        #expect(parsed.key.value == id)
        #expect(parsed.age == age)
        #expect(parsed.key.fromLMS == (id != "alice" && id != "bob"))
    }
}
