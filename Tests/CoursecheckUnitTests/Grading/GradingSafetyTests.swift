import CoursecheckGrading
import CoursecheckTestSupport
import Foundation
import Testing

/// Nothing read from outside SUBMISSIONS, nothing that hangs, nothing of the
/// TA's deleted; CSV cells a spreadsheet cannot run.
@Suite("Grading: safety")
struct GradingSafetyTests {
    /// A UNIX-domain socket bound at `path`.
    static func makeSocket(_ path: String) throws {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            for (k, byte) in path.utf8.prefix(buffer.count - 1).enumerated() { buffer[k] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        close(fd)
        #expect(bound == 0, "bind \(path): \(String(cString: strerror(errno)))")
    }

    @Test("Links are never followed: to a file outside, to a folder outside, in the middle of a path; FIFOs, sockets and devices are skipped",
          .timeLimit(.minutes(1)))
    func specialFiles() throws {
        let outside = try GradingFixtures.folder("outside", files: ["secret.md": "Question 3\n\n$$\\frac{\\partial L}{\\partial f_a} = TOPSECRET$$\n"])
        let folder = try GradingFixtures.folder(files: [
            "good_10001_1_answers.md": try Sheets.submitted(),
            "Mo Ray_10007_assignsubmission_file/answers.md": try Sheets.submitted(),
        ])
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("link_10002_1_answers.md").path,
                                       withDestinationPath: outside.appendingPathComponent("secret.md").path)
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("Ann Lee_10003_assignsubmission_file").path, withDestinationPath: outside.path)
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("Mo Ray_10007_assignsubmission_file/sub").path, withDestinationPath: outside.path)
        #expect(mkfifo(folder.appendingPathComponent("fifo_10004_1_answers.md").path, 0o644) == 0)
        let socketPath = folder.appendingPathComponent("sock_10005_1_answers.md").path
        if socketPath.utf8.count < 100 { try Self.makeSocket(socketPath) }
        let device = mknod(folder.appendingPathComponent("dev_10006_1_answers.md").path, S_IFCHR | 0o666, dev_t((1 << 8) | 3)) == 0
        let run = try GradingFixtures.run(folder)
        let grades = try run.grades()
        #expect(grades["10001"]![3] == "75.00")
        #expect(grades["10002"]![2] == "unreadable" && grades["10002"]![6].contains("a symbolic link: not followed"))
        #expect(grades["10003"]![2] == "unreadable" && grades["10003"]![6].contains("a symbolic link: not followed"))
        #expect(grades["10004"]![2] == "unreadable" && grades["10004"]![6].contains("a FIFO (named pipe): not read"))
        if socketPath.utf8.count < 100 { #expect(grades["10005"]![6].contains("a socket: not read")) }
        if device { #expect(grades["10006"]![6].contains("a character device: not read")) }
        #expect(grades["10007"]![2] == "graded" && grades["10007"]![3] == "75.00")
        #expect(try run.text("students/10007.md").contains("sub: a symbolic link: not followed"))
        // Nothing of the file outside reached any output.
        for file in try manager.subpathsOfDirectory(atPath: run.out.path) {
            var isDirectory: ObjCBool = false
            _ = manager.fileExists(atPath: run.out.appendingPathComponent(file).path, isDirectory: &isDirectory)
            if !isDirectory.boolValue { #expect(!(try String(contentsOf: run.out.appendingPathComponent(file), encoding: .utf8)).contains("TOPSECRET"), "\(file)") }
        }
    }

    @Test("A file swapped for a link after the folder was listed is not read")
    func swappedAfterListing() throws {
        let outside = try GradingFixtures.folder("outside", files: ["secret.md": try Sheets.submitted()])
        let folder = try GradingFixtures.folder(files: ["a_10001_1_x.md": try Sheets.submitted()])
        let tree = try FolderTree(url: folder)
        let entry = try #require(tree.entries.first)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("a_10001_1_x.md"))
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("a_10001_1_x.md").path,
                                                   withDestinationPath: outside.appendingPathComponent("secret.md").path)
        #expect(throws: TreeReadError.self) { try tree.read(entry, limit: 1 << 20) }
    }

    @Test("The output folder inside SUBMISSIONS is refused, nothing written; an earlier output inside is skipped")
    func outputInside() throws {
        let folder = try GradingFixtures.folder(files: ["a_10001_1_x.md": try Sheets.submitted()])
        #expect(throws: GradeError.self) { try GradingFixtures.run(folder, out: folder.appendingPathComponent("out")) }
        #expect(throws: GradeError.self) { try GradingFixtures.run(folder, out: folder) }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
        // A folder coursecheck wrote, moved inside by hand: not a student.
        let first = try GradingFixtures.run(folder)
        try FileManager.default.copyItem(at: first.out, to: folder.appendingPathComponent("out"))
        let second = try GradingFixtures.run(folder)
        #expect(try second.grades().keys.sorted() == ["10001"])
        #expect(second.summary.problems.contains("out: an output folder of `coursecheck grade`: not read"))
    }

    @Test("Re-running into a folder: a TA's file stays, the previous run's stale files go, a folder without a manifest loses nothing")
    func manifest() throws {
        let folder = try GradingFixtures.folder(files: ["a_10001_1_x.md": try Sheets.submitted(), "b_10002_1_x.md": try Sheets.submitted()])
        let first = try GradingFixtures.run(folder)
        let out = first.out
        let regraded = try GradingFixtures.run(folder, out: out, previous: first.out)
        #expect(regraded.exists("regrade.csv"))
        try Data("my notes".utf8).write(to: out.appendingPathComponent("students/notes-for-10001.txt"))
        try FileManager.default.removeItem(at: folder.appendingPathComponent("b_10002_1_x.md"))
        let third = try GradingFixtures.run(folder, out: out)
        #expect(!third.exists("regrade.csv"))
        #expect(!third.exists("students/10002.md") && !third.exists("gradescope/10002"))
        #expect(third.exists("students/notes-for-10001.txt") && third.exists("students/10001.md"))
        #expect(third.summary.lines.contains { $0.hasPrefix("removed 4 files the previous run wrote and this one did not: gradescope/10002/results.json, regrade.csv") })
        // No manifest: nothing removed, and said.
        let bare = try PackagePaths.temporaryFolder().appendingPathComponent("bare")
        try FileManager.default.createDirectory(at: bare, withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: bare.appendingPathComponent("regrade.csv"))
        let fourth = try GradingFixtures.run(folder, out: bare)
        #expect(try fourth.text("regrade.csv") == "keep")
        #expect(fourth.summary.lines.contains { $0.contains("had no manifest of an earlier run: nothing in it was removed") })
    }

    @Test("A re-run that fails while writing (a full disk) leaves the previous run's files byte for byte, and no partial file or new folder",
          arguments: ["students/10001.md", "gradescope/10004/results.json", "grades.csv", "class-report.json", "question-facility.svg"])
    func failedRerunKeepsPrevious(failing: String) throws {
        let folder = try GradingFixtures.folder(files: ["a_10001_1_x.md": try Sheets.submitted(), "b_10002_1_x.md": try Sheets.flippedQ3()])
        let first = try GradingFixtures.run(folder)
        try Data("my notes".utf8).write(to: first.out.appendingPathComponent("students/notes-for-10001.txt"))
        let before = try GradingFixtures.snapshot(first.out)
        #expect(before["grades.csv"] != nil && before[".coursecheck-manifest"] != nil && before["gradescope/10002/results.json"] != nil)
        // The class grows, and the re-run fails part-way.
        for (name, text) in [("c_10003_1_x.md", try Sheets.unparsable()), ("d_10004_1_x.md", try Sheets.submitted())] {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
        #expect(throws: GradeError.self) { try GradingFixtures.run(folder, out: first.out, failWriting: failing) }
        let after = try GradingFixtures.snapshot(first.out)
        #expect(after.keys.sorted() == before.keys.sorted())
        #expect(after == before)
        // The same run without the failure replaces them.
        let third = try GradingFixtures.run(folder, out: first.out)
        #expect(try third.grades().keys.sorted() == ["10001", "10002", "10003", "10004"])
        #expect(!(try GradingFixtures.snapshot(first.out).keys.contains { $0.hasSuffix(".partial") }))
    }

    @Test("A first run that fails while writing leaves no folder behind")
    func failedFirstRun() throws {
        let folder = try GradingFixtures.folder(files: ["a_10001_1_x.md": try Sheets.submitted()])
        let out = try PackagePaths.temporaryFolder().appendingPathComponent("made/out")
        #expect(throws: GradeError.self) { try GradingFixtures.run(folder, out: out, failWriting: "class-report.md") }
        #expect(!FileManager.default.fileExists(atPath: out.deletingLastPathComponent().path))
    }

    @Test("A run that fails on its input leaves no folder behind")
    func failureLeavesNothing() throws {
        let out = try PackagePaths.temporaryFolder().appendingPathComponent("new/out")
        #expect(throws: GradeError.self) { try GradingFixtures.run(URL(fileURLWithPath: "/nonexistent-class"), out: out) }
        let folder = try GradingFixtures.folder(files: ["a_10001_1_x.md": try Sheets.submitted()])
        #expect(throws: GradeError.self) {
            try GradingFixtures.run(folder, out: out, overrides: "student_id,check,status_or_points,reason\n99999,part2.q3.f_a,correct,\n")
        }
        #expect(!FileManager.default.fileExists(atPath: out.path))
        #expect(!FileManager.default.fileExists(atPath: out.deletingLastPathComponent().path))
    }

    @Test("CSV cells that start a formula are neutralised; ids from plain file names too; LMS keys are kept and reported")
    func formulaInjection() throws {
        let folder = try GradingFixtures.folder(files: [
            "=1+2.md": try Sheets.submitted(),
            "@SUM(A1).md": try Sheets.unparsable(),
            "smith_12345_1_answers.md": try Sheets.submitted(),
            "-bad_23456_1_answers.md": "",
        ])
        let roster = "id,name,email,sis_id\n12345,\"=HYPERLINK(\"\"http://evil.test\"\",\"\"x\"\")\",+js@x.edu,-S1\n"
        let run = try GradingFixtures.run(folder, roster: roster, exportProvisional: true)
        let grades = try run.csv("grades.csv")
        #expect(grades.contains { $0[0] == "'=1+2" && $0[3] == "75.00" })
        #expect(grades.contains { $0[0] == "'@SUM(A1)" && $0[2] == "needs_review" && !$0[6].hasPrefix("=") })
        #expect(grades.contains { $0[0] == "12345" && $0[1] == "'=HYPERLINK(\"http://evil.test\",\"x\")" })
        // The reason names the file "-bad…": it is free text, neutralised when it leads.
        for name in ["grades.csv", "canvas.csv", "moodle.csv"] {
            for row in try run.csv(name) { for cell in row { #expect(!"=+@\t\r".contains(cell.first ?? " ") || cell == "+js@x.edu", "\(name): \(cell)") } }
        }
        let canvas = try run.csv("canvas.csv")
        #expect(canvas.contains { $0[1] == "12345" && $0[2] == "-S1" && $0[3] == "+js@x.edu" })
        #expect(run.summary.lines.contains { $0.contains("SIS User ID of student \"12345\" starts with \"-\"") })
        #expect(run.summary.lines.contains { $0.contains("SIS Login ID of student \"12345\" starts with \"+\"") })
    }
}
