import CoursecheckAssignment
import CoursecheckGrading
import CoursecheckMaths
import CoursecheckTestSupport
import Foundation
import Testing
import ZIPFoundation

/// `coursecheck grade` on small classes whose scores are worked out by hand.
///
/// The assignment is fixtures/assignment.json with a points section:
/// Question 5.1 is worth 3 (½ per check), `part2.q4.all` 2, everything else
/// 1 per check, and an answer carried forward earns half. The submitted sheet
/// then scores, by question: Part I counts 7/7; accuracies unverifiable
/// (left out); Q2 3/3; Q3 3/3; Q4 2 + 0 (its reasoning is inconsistent) +
/// 1 + 1 = 4/5; Q5's list 1/1; Q5.1 5·½ = 2.5/3 (f_5 wrong); Q5.2, 5.3,
/// 5.5–5.8 6/6 each; Q5.4 5/6 (f_2 wrong); Q6 10 + ½ + ½ = 11/12 (f_2 and f_5
/// carried forward from 5.4 and 5.1, working shown). Total 72.5 of 76:
/// 95.39 %.
@Suite("Grading a class")
struct GradingTests {
    static let points = #"{"questions": {"part2.q5.1": 3}, "checks": {"part2.q4.all": 2}, "carried_forward": 0.5}"#

    /// The committed assignment with `points`, written to a file.
    static func assignmentFile(points: String = points, editing: (inout [String: Any]) -> Void = { _ in }) throws -> URL {
        let data = try Data(contentsOf: PackagePaths.assignment)
        var object = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        object["points"] = try JSONSerialization.jsonObject(with: Data(points.utf8))
        editing(&object)
        let url = try PackagePaths.temporaryFolder().appendingPathComponent("assignment.json")
        try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]).write(to: url)
        return url
    }

    static func submitted() throws -> String { try SheetVariant.submitted() }

    /// A sheet with one answer unreadable (g_1 is no sample).
    static func unparsable() throws -> String {
        try SheetVariant.submitted(replacing: [("= f_4 - f_3, \\frac", "= f_4 - g_1, \\frac")])
    }

    /// A class in Canvas's naming, with a wrong sheet, bad files and junk.
    static func canvasClass() throws -> URL {
        let folder = try PackagePaths.temporaryFolder().appendingPathComponent("class")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("__MACOSX"), withIntermediateDirectories: true)
        func write(_ name: String, _ text: String) throws { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        try write("smithjohn_12345_67890_answers.md", try submitted())
        try write("doejane_LATE_22222_67891_answers.md", try unparsable())
        try write("roebob_33333_67892_answers.pdf", "%PDF-1.4\n")
        try write("emptyeve_44444_67893_answers.md", "")
        try Data([0xff, 0xfe, 0x00, 0x41]).write(to: folder.appendingPathComponent("binbill_55555_67894_answers.md"))
        try Data(count: 5 << 20).write(to: folder.appendingPathComponent("hugehal_66666_67895_answers.md"))
        try write(".DS_Store", "junk")
        try write("__MACOSX/._smithjohn_12345_67890_answers.md", "junk")
        return folder
    }

    static func run(_ submissions: URL, assignment: URL? = nil, roster: String? = nil, overrides: String? = nil,
                    previous: URL? = nil, jobs: Int = 1, feedback: Feedback = .full) throws -> (URL, GradeSummary) {
        let out = try PackagePaths.temporaryFolder().appendingPathComponent("out")
        let spec = try Assignment.load(from: (try assignment ?? assignmentFile()).path)
        var rosterValue: Roster?
        if let roster {
            let url = try PackagePaths.temporaryFolder().appendingPathComponent("roster.csv")
            try Data(roster.utf8).write(to: url)
            rosterValue = try Roster.load(url.path)
        }
        var overridesValue = Overrides()
        if let overrides {
            let url = try PackagePaths.temporaryFolder().appendingPathComponent("overrides.csv")
            try Data(overrides.utf8).write(to: url)
            overridesValue = try Overrides.load(url.path)
        }
        let summary = try GradeRun.run(GradeOptions(submissions: submissions, outputDirectory: out, assignment: spec, roster: rosterValue,
                                                    overrides: overridesValue, previous: previous, jobs: jobs, feedback: feedback))
        return (out, summary)
    }

    static func text(_ folder: URL, _ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    static func rows(_ csv: String) -> [[String]] {
        csv.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }

    @Test("Canvas naming: ids, scores worked out by hand, statuses and reasons, exact headers")
    func canvas() throws {
        let roster = "id,name,email,sis_id,section\n12345,John Smith,js@x.edu,S1,A\n22222,Jane Doe,jd@x.edu,S2,A\n99999,Al Absent,aa@x.edu,S9,B\n"
        let (out, summary) = try Self.run(try Self.canvasClass(), roster: roster)
        #expect(summary.exitStatus == 1)
        let grades = Self.rows(try Self.text(out, "grades.csv"))
        #expect(grades[0] == ["student_id", "name", "status", "score", "max_score", "percent", "needs_review_reason", "part1.params",
                              "part1.accuracy", "part2.q2", "part2.q3", "part2.q4", "part2.q5", "part2.q5.1", "part2.q5.2", "part2.q5.3",
                              "part2.q5.4", "part2.q5.5", "part2.q5.6", "part2.q5.7", "part2.q5.8", "part2.q6"])
        // points_possible: the catalogue's maxima (accuracies 6 checks, Q6 12): 82.
        #expect(grades[1] == ["points_possible", "", "", "82.00", "82.00", "100.00", "", "7.00", "6.00", "3.00", "3.00", "5.00", "1.00",
                              "3.00", "6.00", "6.00", "6.00", "6.00", "6.00", "6.00", "6.00", "12.00"])
        let byID = Dictionary(uniqueKeysWithValues: grades.dropFirst(2).map { ($0[0], $0) })
        #expect(Array(byID["12345"]!.prefix(6)) == ["12345", "John Smith", "graded", "72.50", "76.00", "95.39"])
        #expect(Array(byID["12345"]!.dropFirst(7)) == ["7.00", "0.00", "3.00", "3.00", "4.00", "1.00", "2.50", "6.00", "6.00", "5.00",
                                                       "6.00", "6.00", "6.00", "6.00", "11.00"])
        // One answer unreadable: 0 for it provisionally (Q5.2's f_1, 1 point), and review.
        let jane = byID["22222"]!
        #expect(Array(jane.prefix(6)) == ["22222", "Jane Doe", "needs_review", "71.50", "76.00", "94.08"])
        #expect(jane[6].contains("part2.q5.2.f_1: "))
        #expect(byID["33333"]![2] == "unreadable" && byID["33333"]![6].hasPrefix("PDF is not read"))
        #expect(byID["44444"]![2] == "unreadable" && byID["44444"]![6].contains("no recognisable answers"))
        #expect(byID["55555"]![2] == "unreadable" && byID["55555"]![6].contains("binbill_55555_67894_answers.md:1:1: not a text sheet"))
        #expect(byID["33333"]![6].hasSuffix("not on the roster"))
        #expect(byID["66666"]![2] == "unreadable" && byID["66666"]!.joined(separator: ",").contains("more than the limit of 4194304"))
        #expect(Array(byID["99999"]!.prefix(3)) == ["99999", "Al Absent", "no_submission"])
        #expect(byID.count == 7)  // junk and __MACOSX are no students

        let canvas = Self.rows(try Self.text(out, "canvas.csv"))
        #expect(canvas[0] == ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", "coursecheck"])
        #expect(canvas[1] == ["Points Possible", "", "", "", "", "82.00"])
        #expect(canvas.contains(["John Smith", "12345", "S1", "js@x.edu", "A", "72.50"]))
        let moodle = Self.rows(try Self.text(out, "moodle.csv"))
        #expect(moodle[0] == ["ID number", "Grade", "Feedback comments"])
        #expect(moodle[1][0...1] == ["S1", "72.50"])

        // The student's own report and JSON score; Gradescope's results.
        #expect(try Self.text(out, "students/12345.md").contains("**72.50 / 76.00** (95.39 %)"))
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("students/12345.json"))) as! [String: Any]
        #expect((json["score"] as? [String: Any])?["total"] as? String == "72.50")
        #expect(json["schema"] as? String == "coursecheck.report/1")
        let gradescope = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("gradescope/12345/results.json"))) as! [String: Any]
        #expect(gradescope["score"] as? Double == 72.5)
        let tests = gradescope["tests"] as! [[String: Any]]
        #expect(tests.allSatisfy { ["name", "number", "score", "max_score", "status", "output", "visibility"].allSatisfy($0.keys.contains) })
        let first = try #require(tests.first { $0["name"] as? String == "part2.q5.1.f_5" })
        #expect(first["max_score"] as? Double == 0.5 && first["score"] as? Double == 0 && first["status"] as? String == "failed")

        // responses.jsonl: a line per student and check; class report.
        let responses = try Self.text(out, "responses.jsonl").split(separator: "\n")
        #expect(responses.contains { $0.contains("\"check\": \"part2.q5.4.f_2\"") && $0.contains("\"answer\": \"f_4 - f_2\"")
            && $0.contains("\"diagnosis\": [\"substitution\", \"role-swap\"]") && $0.contains("\"student_id\": \"12345\"") })
        let report = try Self.text(out, "class-report.md")
        #expect(report.contains("| graded | 1 |\n| needs_review | 1 |\n| unreadable | 4 |\n| no_submission | 1 |"))
        #expect(report.contains("- `part2.q5.1.f_5`: $f_1 - f_2$ — 2 (12345, 22222)"))
        #expect(report.contains("  - 2 students: substitution: f_2 (the positive) written where f_5 (the negative) belongs"))
        #expect(report.contains("![Score histogram](score-histogram.svg)"))
        #expect(try Self.text(out, "score-histogram.svg").hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        let classJSON = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("class-report.json"))) as! [String: Any]
        #expect(classJSON["schema"] as? String == "coursecheck.class/1")
    }

    @Test("--jobs 1 and --jobs 2 write the same bytes")
    func jobs() throws {
        let folder = try Self.canvasClass()
        // More students than a chunk, so that chunks and threads interleave.
        for k in 0..<20 {
            try Data((k % 3 == 0 ? try Self.unparsable() : try Self.submitted()).utf8)
                .write(to: folder.appendingPathComponent("student\(k)_\(60000 + k)_1_answers.md"))
        }
        let (one, _) = try Self.run(folder, jobs: 1)
        let (two, _) = try Self.run(folder, jobs: 2)
        let files = try FileManager.default.subpathsOfDirectory(atPath: one.path).sorted()
        #expect(files == (try FileManager.default.subpathsOfDirectory(atPath: two.path).sorted()))
        #expect(files.contains("students/60001.md"))
        for file in files {
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: one.appendingPathComponent(file).path, isDirectory: &isDirectory)
            if isDirectory.boolValue { continue }
            #expect(try Data(contentsOf: one.appendingPathComponent(file)) == Data(contentsOf: two.appendingPathComponent(file)), "\(file)")
        }
    }

    @Test("Moodle naming: a folder per student")
    func moodle() throws {
        let folder = try PackagePaths.temporaryFolder().appendingPathComponent("moodle")
        let jane = folder.appendingPathComponent("Jane Doe_22222_assignsubmission_file_")
        try FileManager.default.createDirectory(at: jane, withIntermediateDirectories: true)
        try Data(try Self.submitted().utf8).write(to: jane.appendingPathComponent("answers.md"))
        let bob = folder.appendingPathComponent("Bob Roe_33333_assignsubmission_file_")
        try FileManager.default.createDirectory(at: bob, withIntermediateDirectories: true)
        try Data("%PDF".utf8).write(to: bob.appendingPathComponent("scan.pdf"))
        let (out, summary) = try Self.run(folder)
        let grades = Self.rows(try Self.text(out, "grades.csv"))
        #expect(grades[2].prefix(4) == ["22222", "", "graded", "72.50"])
        #expect(grades[3][2] == "unreadable" && grades[3][6].hasPrefix("PDF is not read"))
        #expect(summary.exitStatus == 1)
    }

    @Test("A zip: graded like its folder; an entry that leaves its folder is reported and not written")
    func zip() throws {
        let folder = try PackagePaths.temporaryFolder()
        let zipURL = folder.appendingPathComponent("class.zip")
        let archive = try Archive(url: zipURL, accessMode: .create)
        let sheet = Data(try Self.submitted().utf8)
        try archive.addEntry(with: "smithjohn_12345_67890_answers.md", type: .file, uncompressedSize: Int64(sheet.count),
                             compressionMethod: .deflate) { position, size in sheet.subdata(in: Int(position)..<Int(position) + size) }
        let evil = Data("pwned".utf8)
        try archive.addEntry(with: "../evil_77777_1_x.md", type: .file, uncompressedSize: Int64(evil.count)) { position, size in
            evil.subdata(in: Int(position)..<Int(position) + size)
        }
        let (out, summary) = try Self.run(zipURL)
        #expect(!FileManager.default.fileExists(atPath: out.deletingLastPathComponent().appendingPathComponent("evil_77777_1_x.md").path))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent(".unpacked").path))
        let grades = Self.rows(try Self.text(out, "grades.csv"))
        #expect(grades[2].prefix(4) == ["12345", "", "graded", "72.50"])
        #expect(grades[3][0] == "77777" && grades[3][2] == "unreadable" && grades[3][6].contains("its path leaves the folder"))
        #expect(summary.exitStatus == 1)
    }

    @Test("A zip bomb stops at the byte limit, and what was inflated is removed")
    func zipBomb() throws {
        let folder = try PackagePaths.temporaryFolder()
        let zipURL = folder.appendingPathComponent("bomb.zip")
        let archive = try Archive(url: zipURL, accessMode: .create)
        let size = 4 << 20
        try archive.addEntry(with: "zeros_1_1_x.md", type: .file, uncompressedSize: Int64(size), compressionMethod: .deflate) { _, chunk in
            Data(count: chunk)
        }
        let compressed = try FileManager.default.attributesOfItem(atPath: zipURL.path)[.size] as! Int
        #expect(compressed < 100_000)
        let target = folder.appendingPathComponent("unpacked")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        let result = try SafeZip.extract(zipURL, into: target, maximumBytes: 1 << 20)
        #expect(result.stopped?.contains("zip bomb") == true)
        #expect(!FileManager.default.fileExists(atPath: target.appendingPathComponent("zeros_1_1_x.md").path))
    }

    @Test("An override decides an answer under review; the student is then graded")
    func overrides() throws {
        let (out, summary) = try Self.run(try Self.canvasClass(),
                                          overrides: "student_id,check,status_or_points,reason\n22222,part2.q5.2.f_1,correct,g_1 is a typo for f_3\n")
        let grades = Self.rows(try Self.text(out, "grades.csv"))
        let jane = try #require(grades.first { $0[0] == "22222" })
        // Every review item decided: graded, with the point the grader gave.
        #expect(jane[2] == "graded" && jane[3] == "72.50" && jane[6] == "")
        #expect(try Self.text(out, "students/22222.md").contains("overridden by a grader: g_1 is a typo for f_3"))
        #expect(summary.exitStatus == 1)  // the unreadable files remain
    }

    @Test("Feedback with verdicts only hides the expected answers and diagnoses")
    func verdictsOnly() throws {
        let (out, _) = try Self.run(try Self.canvasClass(), feedback: .verdicts)
        let student = try Self.text(out, "students/12345.md")
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
        let (first, _) = try Self.run(folder)
        let changed = try Self.assignmentFile { object in
            var part2 = object["part2"] as! [String: Any]
            var triplets = part2["triplets"] as! [[Int]]
            triplets[7] = [6, 5, 2]
            part2["triplets"] = triplets
            object["part2"] = part2
        }
        let (second, _) = try Self.run(folder, assignment: changed, previous: first)
        let rows = Self.rows(try Self.text(second, "regrade.csv"))
        #expect(rows[0] == ["student_id", "check", "old_status", "new_status", "old_points", "new_points"])
        #expect(rows.contains(["12345", "part2.q5.8.f_4", "correct", "incorrect", "1.00", "0.00"]))
        #expect(rows.contains(["12345", "part2.q5.8.f_5", "correct", "incorrect", "1.00", "0.00"]))
        #expect(rows.contains(["12345", "part2.q6.f_4", "correct", "incorrect", "1.00", "0.50"]))
        #expect(try Self.text(second, "class-report.md").contains("## Regrade"))
    }

    @Test("Points: exact, rounded half up to two decimals")
    func rounding() throws {
        #expect(try Rational(1, 8).twoDecimals == "0.13")
        #expect(try Rational(5, 1000).twoDecimals == "0.01")
        #expect(try Rational(2, 3).twoDecimals == "0.67")
        #expect(Rational(0).twoDecimals == "0.00")
        #expect(try Rational(145, 2).twoDecimals == "72.50")
    }

    @Test("Ids from LMS naming", arguments: [
        ("lastfirst_12345_67890_answers.md", "12345"), ("lastfirst_LATE_12345_67890_answers-1.md", "12345"),
        ("Full Name_12345_assignsubmission_file_", "12345"), ("alice.md", "alice"), ("bob", "bob"),
    ])
    func ids(name: String, id: String) {
        #expect(Submissions.studentID(name) == id)
    }
}
