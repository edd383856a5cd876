import CoursecheckGrading
import CoursecheckTestSupport
import Foundation
import Testing
import ZIPFoundation

/// Class downloads built as each LMS builds them, folder and zip, with the
/// grades worked out by hand (`Sheets`: 75 the submitted sheet, 72 with
/// Question 3 wrong) in every export.
@Suite("Grading: LMS downloads")
struct GradingLMSTests {
    /// Canvas (`lib/content_zipper.rb`): `lastfirst_[LATE_]USERID_ATTACHMENTID_name`.
    /// Jane resubmitted: her first upload (attachment 60000, Question 3
    /// wrong, 72) and the latest, late (`answers-1.md`, attachment 60001,
    /// 75). Bob's PDF export was uploaded before his sheet (a later PDF
    /// would send him to review: `GradingResubmissionTests`). Cy uploaded notes.txt
    /// after his sheet: no answer can be recognised in it.
    static let canvasFiles: [String: @Sendable () throws -> String] = [
        "smithjohn_12345_59000_answers.md": Sheets.submitted,
        "doejane_22222_60000_answers.md": Sheets.flippedQ3,
        "doejane_LATE_22222_60001_answers-1.md": Sheets.submitted,
        "roebob_33333_61001_answers.md": Sheets.flippedQ3,
        "roebob_33333_61000_answers.pdf": { "%PDF-1.4 the same answers" },
        "deecy_44444_62000_answers.md": Sheets.submitted,
        "deecy_44444_62001_notes.txt": { "Remember to cite the lecture notes.\n" },
    ]

    static func canvasFolder() throws -> URL {
        try GradingFixtures.folder(files: try canvasFiles.mapValues { try $0() })
    }

    static func zip(_ files: [String: String]) throws -> URL {
        var builder = ZipBuilder()
        for (name, text) in files.sorted(by: { $0.key < $1.key }) { builder.add(name, text) }
        return try builder.write()
    }

    static func checkCanvas(_ run: GradingFixtures.Run) throws {
        let grades = try run.grades()
        #expect(grades["12345"]![3] == "75.00")
        #expect(grades["22222"]![2] == "graded" && grades["22222"]![3] == "75.00")  // the latest, not the first by name
        #expect(grades["33333"]![2] == "graded" && grades["33333"]![3] == "72.00")
        #expect(grades["44444"]![2] == "graded" && grades["44444"]![3] == "75.00")
        #expect(grades.count == 4)
        let jane = try run.text("students/22222.md")
        #expect(jane.contains("graded: doejane_LATE_22222_60001_answers-1.md"))
        #expect(jane.contains("superseded by doejane_LATE_22222_60001_answers-1.md: doejane_22222_60000_answers.md"))
        #expect(try run.text("students/33333.md").contains("roebob_33333_61000_answers.pdf: PDF is not read"))
        #expect(try run.text("students/44444.md").contains("deecy_44444_62001_notes.txt: no recognisable answers"))
        let canvas = try run.csv("canvas.csv")
        #expect(canvas.contains { $0[1] == "22222" && $0[5] == "75.00" })
        #expect(canvas.contains { $0[1] == "33333" && $0[5] == "72.00" })
        #expect((try run.json("gradescope/22222/results.json"))["score"] as? Double == 75)
        #expect(run.summary.exitStatus == 0)
    }

    @Test("Canvas folder: the latest submission by Canvas's ordering, LATE, a PDF and notes beside a sheet")
    func canvasFolder() throws {
        try Self.checkCanvas(try GradingFixtures.run(try Self.canvasFolder()))
    }

    @Test("Canvas zip, written on Windows (`\\` separators): the same grades")
    func canvasWindowsZip() throws {
        var builder = ZipBuilder()
        for (name, make) in Self.canvasFiles.sorted(by: { $0.key < $1.key }) { builder.add("submissions\\" + name, try make()) }
        try Self.checkCanvas(try GradingFixtures.run(try builder.write()))
    }

    /// Moodle 3.x (flat files, and folders `…_file_/`) and 4.x (folders
    /// `…_file/`), file and online-text submissions.
    @Test("Moodle 3.x and 4.x names, file and online-text submissions")
    func moodle() throws {
        // Part II only, typed as online text: Part I's seven counts missing, 75 − 7 = 68.
        let submitted = try Sheets.submitted()
        let html = try Self.html(String(submitted[submitted.range(of: "Part II")!.lowerBound...]))
        let folder = try GradingFixtures.folder(files: [
            // 3.x, flat.
            "Ann Lee_1001_assignsubmission_file_answers.md": try Sheets.submitted(),
            // 3.x, a folder per student and plugin; an online text saying where the answers are.
            "Bob Ray_1002_assignsubmission_file_/answers.md": try Sheets.flippedQ3(),
            "Bob Ray_1002_assignsubmission_onlinetext_/onlinetext.html": "<p>My answers are in the attached file.</p>\n",
            // 4.x folders; the answers typed as online text only.
            "Cy Dee_1003_assignsubmission_onlinetext/onlinetext.html": html,
            // 4.x: two sheets of one submission with different verdicts.
            "Di Eve_1004_assignsubmission_file/answers.md": try Sheets.submitted(),
            "Di Eve_1004_assignsubmission_file/answers-v2.md": try Sheets.flippedQ3(),
            // 4.x: a copy of the same sheet: same verdicts, no review.
            "Ed Fay_1005_assignsubmission_file/answers.md": try Sheets.submitted(),
            "Ed Fay_1005_assignsubmission_file/answers (copy).md": try Sheets.submitted(),
            // A sheet nested two folders deep inside the submission.
            "Flo Gee_1006_assignsubmission_file/hw3/final/answers.md": try Sheets.flippedQ3(),
        ])
        let run = try GradingFixtures.run(folder)
        let grades = try run.grades()
        #expect(grades["1001"]![2] == "graded" && grades["1001"]![3] == "75.00")
        #expect(grades["1002"]![2] == "graded" && grades["1002"]![3] == "72.00")
        #expect(try run.text("students/1002.md").contains("onlinetext.html: no recognisable answers"))
        #expect(grades["1003"]![2] == "graded" && grades["1003"]![3] == "68.00" && grades["1003"]![5] == "87.18")
        #expect(grades["1004"]![2] == "needs_review" && grades["1004"]![6].contains("answers-v2.md")
            && grades["1004"]![6].contains("answers.md") && grades["1004"]![6].contains("different verdicts"))
        #expect(grades["1005"]![2] == "graded" && grades["1005"]![3] == "75.00")
        #expect(grades["1006"]![2] == "graded" && grades["1006"]![3] == "72.00")
        #expect(grades.count == 6)
    }

    /// The sheet as HTML with MathJax delimiters, as Moodle's online-text
    /// editor stores it.
    static func html(_ markdown: String) throws -> String {
        let source = try SheetVariant.write(markdown)
        let run = try CommandRun.run(URL(fileURLWithPath: "/usr/bin/pandoc"), [source.path, "-t", "html", "--mathjax"], in: source.deletingLastPathComponent())
        return run.stdout
    }

    /// Gradescope's export: `assignment_N_export/`, a folder per submission,
    /// `submission_metadata.yml` with Ruby-symbol keys; a group of two; one
    /// submitter known by email only.
    static let metadata = """
        submission_900001:
          :submitters:
          - :name: Solo Student
            :sid: '111'
            :email: solo@x.edu
          :created_at: 2026-04-26 17:34:00.861687000 Z
          :score: 0.0
        submission_900002:
          :submitters:
          - :name: Pair One
            :sid: 222
            :email: one@x.edu
          - :name: Pair Two
            :sid: '333'
            :email: two@x.edu
          :created_at: 2026-04-26 18:00:00.000000000 Z
          :score: 0.0
          :results:
            score: 0.0
            output: |-
              ===
              not a student
        submission_900003:
          :submitters:
          - :name: Mail Only
            :email: mail@x.edu

        """

    @Test("Gradescope's export (zip): students by sid, else email; a group graded for each member; the metadata is no student")
    func gradescope() throws {
        let root = "assignment_4711_export/"
        var builder = ZipBuilder()
        builder.add(root + "submission_metadata.yml", Self.metadata)
        builder.add(root + "submission_900001/answers.md", try Sheets.submitted())
        builder.add(root + "submission_900002/answers.md", try Sheets.flippedQ3())
        builder.add(root + "submission_900003/hw.md", try Sheets.submitted())
        let run = try GradingFixtures.run(try builder.write("export.zip"))
        let grades = try run.grades()
        #expect(Set(grades.keys) == ["111", "222", "333", "mail@x.edu"])
        #expect(run.summary.problems.isEmpty)
        #expect(grades["111"]![1] == "Solo Student" && grades["111"]![3] == "75.00")
        #expect(grades["222"]![1] == "Pair One" && grades["222"]![3] == "72.00")
        #expect(grades["333"]![1] == "Pair Two" && grades["333"]![3] == "72.00")
        #expect(grades["mail@x.edu"]![3] == "75.00")
        #expect(try run.text("students/222.md").contains("group submission submission_900002, with Pair Two (333)"))
        #expect((try run.json("gradescope/333/results.json"))["score"] as? Double == 72)
        #expect(try run.csv("moodle.csv").contains { $0[0] == "222" && $0[2] == "one@x.edu" && $0[4] == "72.00" })
        #expect(try run.csv("canvas.csv").contains { $0[0] == "Pair Two" && $0[1] == "333" && $0[5] == "72.00" })
        #expect(run.summary.exitStatus == 0)
    }

    /// Canvas's gradebook export as Canvas writes it: the assignment column
    /// `Title (id)`, a Points Possible row (100 here), read-only columns, a
    /// test student.
    static let gradebook = """
        Student,ID,SIS User ID,SIS Login ID,Section,Homework 3 (4711),Quiz 1 (4700),Current Score,Final Score
            Points Possible,,,,,100.00,10.00,(read only),(read only)
        "Smith, John",12345,S1,jsmith,Section A,,9.00,90.00,90.00
        "Doe, Jane",22222,S2,jdoe,Section A,,8.00,80.00,80.00
        "=HYPERLINK(""http://x.test"",""Bob"")",33333,@S3,rbob,Section B,,7.00,70.00,70.00
        "Absent, Al",99999,S9,aal,Section B,,6.00,60.00,60.00
        "Student, Test",88888,,tstudent,Section A,,,,

        """

    @Test("Canvas round trip: the gradebook export is the roster, and comes back with the column filled, scaled to its Points Possible")
    func canvasRoundTrip() throws {
        let path = try GradingFixtures.write(Self.gradebook, "gradebook.csv")
        let run = try GradingFixtures.run(try Self.canvasFolder(), canvasColumn: "Homework 3 (4711)", canvasGradebook: path)
        let rows = try run.csv("canvas-gradebook.csv")
        #expect(rows.count == 8)  // header, Points Possible, five rows, and 44444 added: no row dropped
        #expect(rows[0] == ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", "Homework 3 (4711)", "Quiz 1 (4700)", "Current Score", "Final Score"])
        #expect(rows[1][5] == "100.00" && rows[1][6] == "10.00")
        // 75/78·100 = 96.15; 72/78·100 = 92.31; other columns untouched.
        #expect(rows[2] == ["Smith, John", "12345", "S1", "jsmith", "Section A", "96.15", "9.00", "90.00", "90.00"])
        #expect(rows[3][1] == "22222" && rows[3][5] == "96.15")
        // A name that is a formula is neutralised; the SIS id, a key, is not.
        #expect(rows[4] == ["'=HYPERLINK(\"http://x.test\",\"Bob\")", "33333", "@S3", "rbob", "Section B", "92.31", "7.00", "70.00", "70.00"])
        #expect(rows[5][1] == "99999" && rows[5][5] == "")
        #expect(rows[7][1] == "44444" && rows[7][5] == "96.15")
        #expect(run.summary.lines.contains { $0.hasPrefix("canvas-gradebook.csv: 3 grades filled in 'Homework 3 (4711)'; 1 graded student not in the export added") })
        #expect(run.summary.lines.contains { $0.contains("SIS User ID of student \"33333\" starts with \"@\"") })
        #expect(run.summary.lines.contains("canvas.csv: grades written out of 100.00, scaled from the assignment's maximum of 78.00 (with the decimals that keep each percent that of grades.csv)"))
        // Names from the export; a rostered student without a submission.
        let grades = try run.grades()
        #expect(grades["12345"]![1] == "Smith, John")
        #expect(grades["99999"]![2] == "no_submission")
        #expect(grades["33333"]![1] == "'=HYPERLINK(\"http://x.test\",\"Bob\")")
        #expect(try run.csv("canvas.csv")[1][5] == "100.00")
    }

    @Test("A gradebook column that does not exist, and --scale-to against Points Possible: exit 2, nothing written")
    func canvasRefusals() throws {
        let path = try GradingFixtures.write(Self.gradebook, "gradebook.csv")
        let out = try PackagePaths.temporaryFolder().appendingPathComponent("out")
        #expect(throws: CSVFileError.self) { try GradingFixtures.run(try Self.canvasFolder(), out: out, canvasColumn: "Homework 4 (1)", canvasGradebook: path) }
        #expect(throws: GradeError.self) {
            try GradingFixtures.run(try Self.canvasFolder(), out: out, canvasColumn: "Homework 3 (4711)", scaleTo: "50", canvasGradebook: path)
        }
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    /// Moodle's grading worksheet, as "Download grading worksheet" writes it.
    static let worksheet = """
        Identifier,Full name,Email address,Status,Grade,Maximum Grade,Grade can be changed,Last modified (submission),Online text,Last modified (grade),Feedback comments
        Participant 1001,Ann Lee,ann@x.edu,Submitted for grading,,10.00,Yes,"Monday, 1 June 2026, 10:00 AM",,-,
        Participant 1002,Bob Ray,bob@x.edu,Submitted for grading,,10.00,Yes,"Monday, 1 June 2026, 10:05 AM",,-,
        Participant 1007,No Show,ns@x.edu,No submission,,10.00,Yes,-,,-,

        """

    @Test("Moodle round trip: the worksheet is the roster, and comes back with Grade and Feedback comments filled, out of its Maximum Grade")
    func moodleRoundTrip() throws {
        let folder = try GradingFixtures.folder(files: [
            "Ann Lee_1001_assignsubmission_file/answers.md": try Sheets.submitted(),
            "Bob Ray_1002_assignsubmission_file/answers.md": try Sheets.flippedQ3(),
            "Zed Late_1009_assignsubmission_file/answers.md": try Sheets.unparsable(),
        ])
        let path = try GradingFixtures.write(Self.worksheet, "worksheet.csv")
        let run = try GradingFixtures.run(folder, moodleWorksheet: path)
        let rows = try run.csv("moodle-worksheet.csv")
        #expect(rows[0].count == 11 && rows.count == 5)
        // 75/78 is 96.15 % in every file, so 9.615 of 10 (9.62 would be 96.2 %);
        // 72/78 is 92.31 %: 9.231.
        #expect(rows[1][0] == "Participant 1001" && rows[1][4] == "9.615" && rows[1][10].hasPrefix("graded by coursecheck (75.00 / 78.00 points, 96.15 %)"))
        #expect(rows[2][4] == "9.231" && rows[2][7] == "Monday, 1 June 2026, 10:05 AM" && rows[2][9] == "-")
        #expect(rows[3][0] == "Participant 1007" && rows[3][4] == "" && rows[3][10] == "")
        // Not in the worksheet, under review: added, no grade.
        #expect(rows[4][0] == "Participant 1009" && rows[4][4] == "" && rows[4][10].hasPrefix("not graded yet"))
        #expect(try run.grades()["1001"]![1] == "Ann Lee")
        #expect(try run.grades()["1007"]![2] == "no_submission")
        #expect(try run.csv("moodle.csv").contains { $0[0] == "1002" && $0[2] == "bob@x.edu" && $0[4] == "9.231" })
    }

    @Test("--roster reads Canvas's gradebook export and Moodle's grading worksheet as they are")
    func rosters() throws {
        let canvas = try Roster.load(try GradingFixtures.write(Self.gradebook, "gradebook.csv"))
        #expect(canvas.source == .canvasGradebook && canvas.students.count == 5)
        #expect(canvas.students["12345"] == Roster.Student(id: "12345", name: "Smith, John", sisID: "S1", login: "jsmith", section: "Section A"))
        let moodle = try Roster.load(try GradingFixtures.write(Self.worksheet, "worksheet.csv"))
        #expect(moodle.source == .moodleWorksheet && moodle.students.keys.sorted() == ["1001", "1002", "1007"])
        #expect(moodle.students["1002"] == Roster.Student(id: "1002", name: "Bob Ray", email: "bob@x.edu"))
    }

    @Test("moodle.csv drops no row: email-only and SIS-only students, and graded students not on the roster")
    func moodleKeepsEveryRow() throws {
        let folder = try GradingFixtures.folder(files: [
            "a_1_1_x.md": try Sheets.submitted(), "b_2_1_x.md": try Sheets.submitted(), "c_3_1_x.md": try Sheets.flippedQ3(),
        ])
        let run = try GradingFixtures.run(folder, roster: "id,name,email,sis_id\n1,Ann,ann@x.edu,\n2,Bo,,S2\n")
        let rows = try run.csv("moodle.csv")
        #expect(rows.count == 4)
        #expect(rows[1] == ["1", "", "ann@x.edu", "Ann", "75.00", "graded by coursecheck (75.00 / 78.00 points, 96.15 %)"])
        #expect(rows[2].prefix(5) == ["2", "S2", "", "Bo", "75.00"])
        #expect(rows[3].prefix(5) == ["3", "", "", "", "72.00"])
    }

    /// Review B6: only `submission_<digits>` keys are submissions.
    @Test("Top-level metadata keys that are not submission_NNN are no students; each is noted under the download")
    func gradescopeExtraKeys() throws {
        let root = "assignment_4711_export/"
        var builder = ZipBuilder()
        builder.add(root + "submission_metadata.yml", "a0: &a0\n  - x\nsubmission_:\n  :submitters: []\n" + Self.metadata)
        builder.add(root + "submission_900001/answers.md", try Sheets.submitted())
        builder.add(root + "submission_900002/answers.md", try Sheets.flippedQ3())
        builder.add(root + "submission_900003/hw.md", try Sheets.submitted())
        let run = try GradingFixtures.run(try builder.write("export.zip"))
        #expect(Set(try run.grades().keys) == ["111", "222", "333", "mail@x.edu"])
        #expect(!(try run.csv("canvas.csv").contains { $0[1] == "a0" || $0[1] == "submission_" }))
        #expect(run.summary.problems == [
            "assignment_4711_export/submission_metadata.yml: the top-level key 'a0' is not a submission (submission_NNN): not read",
            "assignment_4711_export/submission_metadata.yml: the top-level key 'submission_' is not a submission (submission_NNN): not read",
        ])
    }
}
