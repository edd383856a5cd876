import CoursecheckTestSupport
import Foundation
import Testing

@Suite("coursecheck verify: input that cannot be used exits 2 with one line on stderr")
struct InputErrorTests {
    private func expectUnusable(_ arguments: [String], mentions: String) throws {
        let run = try CommandRun.coursecheck(arguments)
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        let lines = run.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(run.stderr)")
        #expect(run.stderr.contains(mentions), "\(run.stderr)")
    }

    @Test("A sheet that does not exist")
    func noSuchFile() throws {
        try expectUnusable(["verify", "fixtures/answers/no-such-sheet.md"], mentions: "no-such-sheet.md: cannot read the sheet: no such file")
    }

    @Test("A directory")
    func directory() throws {
        try expectUnusable(["verify", "fixtures"], mentions: "it is a directory")
    }

    @Test("An empty sheet has no recognisable answers")
    func empty() throws {
        let url = try SheetVariant.write("")
        try expectUnusable(["verify", url.path], mentions: "no recognisable answers")
    }

    @Test("A bad assignment file")
    func badAssignment() throws {
        let folder = try PackagePaths.temporaryFolder()
        let text = try String(contentsOf: PackagePaths.assignment, encoding: .utf8)
            .replacingOccurrences(of: "\"margin\": 1.0", with: "\"margin\": -1")
        let url = folder.appendingPathComponent("assignment.json")
        try Data(text.utf8).write(to: url)
        try expectUnusable(["verify", "fixtures/answers/submitted.md", "--assignment", url.path], mentions: "part2.margin must be a finite number > 0")
    }

    @Test("--output into a missing folder leaves no file behind")
    func missingFolder() throws {
        let folder = try PackagePaths.temporaryFolder()
        let target = folder.appendingPathComponent("nope/report.md")
        try expectUnusable(["verify", "fixtures/answers/submitted.md", "--output", target.path], mentions: "does not exist")
        #expect(!FileManager.default.fileExists(atPath: target.path))
    }

    @Test("--output writes the report and nothing else")
    func output() throws {
        let folder = try PackagePaths.temporaryFolder()
        let target = folder.appendingPathComponent("report.json")
        let run = try CommandRun.coursecheck(["verify", "fixtures/answers/submitted.md", "--format", "json", "--output", target.path])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        let written = try String(contentsOf: target, encoding: .utf8)
        #expect(try ReportJSON(written).checks.count == 84)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.json"])
    }
}
