import CoursecheckGrading
import CoursecheckTestSupport
import Foundation
import Testing

/// Overrides that do not apply stop the run (exit 2) naming the row, and
/// nothing is written.
@Suite("Grading: overrides")
struct GradingOverridesTests {
    static func refused(_ rows: String) throws -> String {
        let folder = try GradingFixtures.folder(files: ["smith_12345_1_answers.md": try Sheets.submitted()])
        let out = try PackagePaths.temporaryFolder().appendingPathComponent("out")
        var message = ""
        do {
            _ = try GradingFixtures.run(folder, out: out, overrides: "student_id,check,status_or_points,reason\n" + rows)
        } catch {
            message = (error as? LocalizedError)?.errorDescription ?? "\(error)"
        }
        #expect(!FileManager.default.fileExists(atPath: out.path))
        return message
    }

    @Test("Each kind of row that cannot apply, named with its line", arguments: [
        ("99999,part2.q3.f_a,correct,", "overrides.csv:2: student '99999' has no submission and is not on the roster"),
        ("12345,part2.q9.f_1,correct,", "overrides.csv:2: 'part2.q9.f_1' is no check of the assignment"),
        ("12345,part2.q5.1,correct,", "overrides.csv:2: 'part2.q5.1' is a question (Part II · Question 5.1); an override names one of its checks: part2.q5.1.f_1, part2.q5.1.f_2, part2.q5.1.f_3, …"),
        ("12345,part2.q5.1.f_5,5,", "overrides.csv:2: 5.00 points is more than part2.q5.1.f_5's maximum of 1.00"),
        ("12345,part1.accuracy.lstm,1,", "overrides.csv:2: 1.00 points is more than part1.accuracy.lstm's maximum of 0.00 (it is out of the maximum: no sheet can have it verified)"),
        ("12345,part2.q5.1.f_5,correct,\n12345,part2.q5.1.f_5,0.5,", "overrides.csv:3: part2.q5.1.f_5 of student '12345' is already decided at"),
    ])
    func refusals(row: String, message: String) throws {
        let text = try Self.refused(row)
        #expect(text.hasSuffix(message) || text.contains(message), "\(text)")
    }

    @Test("A word that is no status is refused when the file is read", arguments: ["passed", "full", "-1", "1e3", "0x10"])
    func notAStatus(value: String) throws {
        let path = try GradingFixtures.write("student_id,check,status_or_points,reason\n12345,part2.q5.1.f_5,\(value),\n", "overrides.csv")
        #expect(throws: CSVFileError.self) { try Overrides.load(path) }
    }

    @Test("Points are exact decimals: 0.1 + 0.2 is 0.3; a status override is scored as that status")
    func exact() throws {
        let folder = try GradingFixtures.folder(files: ["smith_12345_1_answers.md": try Sheets.submitted()])
        let run = try GradingFixtures.run(folder, overrides: "student_id,check,status_or_points,reason\n"
            + "12345,part2.q5.1.f_5,0.1,half a sign\n12345,part2.q5.4.f_2,0.2,\n12345,part2.q4.all.reasoning,correct,read as 6·5·4\n")
        // 75 + 0.1 + 0.2 + 1 = 76.3 of 78.
        #expect(Array(try run.grades()["12345"]!.dropFirst(3).prefix(3)) == ["76.30", "78.00", "97.82"])
        #expect(try run.text("students/12345.md").contains("overridden by a grader: read as 6·5·4"))
    }

    /// Rows that name a real student and a real place, but cannot apply
    /// (review A6): the run stops before anything is written.
    @Test("A place with no text in the sheet, a student whose only file cannot be read, a rostered student without a submission: exit 2 naming the row")
    func unapplied() throws {
        let folder = try GradingFixtures.folder(files: ["smith_12345_1_answers.md": try Sheets.submitted()])
        #expect(mkfifo(folder.appendingPathComponent("fifo_88888_1_answers.md").path, 0o644) == 0)
        let roster = "id,name,email,sis_id\n12345,Ann Smith,,\n88888,Fi Fo,,\n77777,No Show,,\n"
        let header = "student_id,check,status_or_points,reason\n"
        for (rows, message) in [
            ("12345,part2.q5.1@999:1,incorrect,typo\n", "overrides.csv:2: part2.q5.1@999:1 applies to nothing: smith_12345_1_answers.md of student '12345' has no text at that place"),
            ("12345,part2.q5.1.f_5,correct,\n88888,part2.q3.f_a,correct,\n", "overrides.csv:3: student '88888' has no sheet that could be read ("),
            ("77777,part2.q3.f_a,correct,\n", "overrides.csv:2: student '77777' has no submission (only on the roster): the override cannot apply"),
        ] {
            let out = try PackagePaths.temporaryFolder().appendingPathComponent("out")
            let error = try #require(throws: GradeError.self) {
                try GradingFixtures.run(folder, out: out, roster: roster, overrides: header + rows)
            }
            #expect(error.message.hasSuffix(message) || error.message.contains(message), "\(error.message)")
            #expect(!FileManager.default.fileExists(atPath: out.path))
        }
        // The same class with a row that applies is graded.
        let run = try GradingFixtures.run(folder, roster: roster, overrides: header + "12345,part2.q5.1.f_5,correct,\n")
        #expect(try run.grades()["12345"]?[3] == "76.00")
    }
}
