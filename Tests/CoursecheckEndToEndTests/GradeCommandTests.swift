import CoursecheckTestSupport
import Foundation
import Testing

/// `coursecheck grade` and `verify --format gradescope` as a user runs them.
@Suite("coursecheck grade on the command line")
struct GradeCommandTests {
    private func classFolder(_ files: [String: String]) throws -> URL {
        let folder = try PackagePaths.temporaryFolder().appendingPathComponent("class")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        return folder
    }

    @Test("Every submission graded: exit 0, one summary line and the Canvas note")
    func graded() throws {
        let folder = try classFolder(["smithjohn_12345_67890_answers.md": try SheetVariant.submitted()])
        let out = try PackagePaths.temporaryFolder().appendingPathComponent("out")
        let run = try CommandRun.coursecheck(["grade", folder.path, "--output-dir", out.path, "--jobs", "2"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("graded 1, needs review 0, unreadable 0, no submission 0; wrote "))
        #expect(run.stdout.contains("Canvas will create a new assignment"))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("students/12345.md").path))
        let withColumn = try CommandRun.coursecheck(["grade", folder.path, "--output-dir", out.path, "--canvas-column", "Homework 3 (4711)"])
        #expect(!withColumn.stdout.contains("Canvas will create"))
        #expect(try String(contentsOf: out.appendingPathComponent("canvas.csv"), encoding: .utf8).hasPrefix("Student,ID,SIS User ID,SIS Login ID,Section,Homework 3 (4711)\n"))
    }

    @Test("Some need review: exit 1")
    func review() throws {
        let folder = try classFolder(["a_1_1_x.md": try SheetVariant.submitted(), "b_2_1_x.pdf": "%PDF"])
        let out = try PackagePaths.temporaryFolder().appendingPathComponent("out")
        let run = try CommandRun.coursecheck(["grade", folder.path, "--output-dir", out.path])
        #expect(run.status == 1)
        #expect(run.stdout.hasPrefix("graded 1, needs review 0, unreadable 1, no submission 0"))
    }

    @Test("Cannot run: exit 2 with one line", arguments: [
        ("missing", "no such file or folder"), ("file", "SUBMISSIONS must be a folder or a .zip of one"),
        ("readonly", "not writable"), ("notzip", "cannot read the zip file"),
    ])
    func cannotRun(kind: String, message: String) throws {
        let scratch = try PackagePaths.temporaryFolder()
        var submissions = scratch.appendingPathComponent("nothing")
        var out = scratch.appendingPathComponent("out")
        var unprivileged = false
        switch kind {
        case "file":
            submissions = scratch.appendingPathComponent("sheet.md")
            try Data("x".utf8).write(to: submissions)
        case "readonly":
            submissions = try classFolder(["a_1_1_x.md": "Question 3\n"])
            out = scratch.appendingPathComponent("locked")
            try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
            try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: out.path)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: scratch.path)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: submissions.path)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: submissions.deletingLastPathComponent().path)
            unprivileged = true
        case "notzip":
            submissions = scratch.appendingPathComponent("class.zip")
            try Data("not a zip".utf8).write(to: submissions)
        default: break
        }
        let arguments = ["grade", submissions.path, "--output-dir", out.path]
        let run = unprivileged ? try CommandRun.coursecheckUnprivileged(arguments) : try CommandRun.coursecheck(arguments)
        #expect(run.status == 2, "\(run.stdout)\(run.stderr)")
        #expect(run.stderr.contains(message), "\(run.stderr)")
        #expect(run.stderr.split(separator: "\n").count == 1)
    }

    @Test("A FIFO in SUBMISSIONS is skipped, never read: the run ends (under a time limit) and names it")
    func fifo() throws {
        let folder = try classFolder(["a_1_1_x.md": try SheetVariant.submitted()])
        #expect(mkfifo(folder.appendingPathComponent("b_2_1_x.md").path, 0o644) == 0)
        let out = try PackagePaths.temporaryFolder().appendingPathComponent("out")
        let run = try CommandRun.run(URL(fileURLWithPath: "/usr/bin/timeout"), ["60", PackagePaths.binary.path, "grade", folder.path, "--output-dir", out.path],
                                     in: PackagePaths.root)
        #expect(run.status == 1, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.hasPrefix("graded 1, needs review 0, unreadable 1, no submission 0"))
        #expect(try String(contentsOf: out.appendingPathComponent("grades.csv"), encoding: .utf8).contains("a FIFO (named pipe): not read: b_2_1_x.md"))
    }

    @Test("Input the command cannot use: exit 2 with one line (64 for a bad flag), and no output folder left behind", arguments: [
        "overrides", "inside", "scale",
    ])
    func nothingLeft(kind: String) throws {
        let folder = try classFolder(["a_1_1_x.md": try SheetVariant.submitted()])
        let scratch = try PackagePaths.temporaryFolder()
        var out = scratch.appendingPathComponent("made/out")
        var arguments: [String] = []
        switch kind {
        case "overrides":
            let overrides = scratch.appendingPathComponent("overrides.csv")
            try Data("student_id,check,status_or_points,reason\n1,part2.q5.1,correct,\n".utf8).write(to: overrides)
            arguments = ["--overrides", overrides.path]
        case "inside":
            out = folder.appendingPathComponent("out")
        default:
            arguments = ["--scale-to", "0"]
        }
        let run = try CommandRun.coursecheck(["grade", folder.path, "--output-dir", out.path] + arguments)
        #expect(run.status == (kind == "scale" ? 64 : 2), "\(run.stderr)")
        if kind != "scale" { #expect(run.stderr.split(separator: "\n").count == 1, "\(run.stderr)") }
        #expect(!FileManager.default.fileExists(atPath: out.path))
        #expect(!FileManager.default.fileExists(atPath: scratch.appendingPathComponent("made").path))
    }

    @Test("verify --format gradescope: Gradescope's results.json for one sheet, out of the assignment's one maximum")
    func gradescope() throws {
        let run = try CommandRun.coursecheck(["verify", PackagePaths.submittedSheet.path, "--format", "gradescope"])
        #expect(run.status == 1)
        let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        // One point per check without a points section: 84 checks, the 6
        // accuracies out of the maximum; 78 counted, 3 wrong and not carried forward.
        #expect(json["score"] as? Double == 75)
        let tests = json["tests"] as! [[String: Any]]
        #expect(tests.count == 78)
        #expect(tests.reduce(0.0) { $0 + ($1["max_score"] as! Double) } == 78)
        #expect(tests.contains { $0["name"] as? String == "part2.q5.4.f_2" && $0["status"] as? String == "failed" })
        let models = try CommandRun.coursecheck(["models", "--format", "gradescope"])
        #expect(models.status == 64 && models.stderr.contains("--format gradescope is for `verify` only"))
    }

    /// autograder/run_autograder as Gradescope runs it, in a folder laid out
    /// like /autograder (AUTOGRADER_ROOT), with the release binary. The sheet
    /// is chosen as `grade` chooses it (review A3): a README or a PDF beside
    /// it changes nothing; with no readable sheet every test is at 0 of its
    /// maximum, 78 in all, as `grade` writes it.
    @Test("The Gradescope autograder script",
          arguments: ["sheet", "readme", "pdf", "two", "readme-only", "none", "binary"])
    func autograder(kind: String) throws {
        let root = try PackagePaths.temporaryFolder()
        let source = root.appendingPathComponent("source"), submission = root.appendingPathComponent("submission")
        for folder in [source, submission] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        try FileManager.default.copyItem(at: PackagePaths.binary, to: source.appendingPathComponent("coursecheck"))
        try FileManager.default.copyItem(at: PackagePaths.assignment, to: source.appendingPathComponent("assignment.json"))
        func put(_ name: String, _ text: String) throws { try Data(text.utf8).write(to: submission.appendingPathComponent(name)) }
        let readme = "my answers are in solutions.md\n"
        switch kind {
        case "sheet": try put("answers.md", try SheetVariant.submitted())
        case "readme": try put("solutions.md", try SheetVariant.submitted()); try put("README.txt", readme)
        case "pdf": try put("solutions.md", try SheetVariant.submitted()); try put("a-scan.pdf", "%PDF")
        case "two":
            // Two sheets with different verdicts: the first by name graded, provisionally.
            try put("a.md", try SheetVariant.submitted(replacing: [("\\frac{\\partial L^t}{\\partial f_a} = f_n - f_p", "\\frac{\\partial L^t}{\\partial f_a} = f_p - f_n")]))
            try put("b.md", try SheetVariant.submitted())
        case "readme-only": try put("README.txt", readme)
        case "binary": try Data([0xff, 0x00, 0xfe]).write(to: submission.appendingPathComponent("answers.md"))
        default: try put("scan.pdf", "%PDF")
        }
        var environment = ProcessInfo.processInfo.environment
        environment["AUTOGRADER_ROOT"] = root.path
        let run = try CommandRun.run(URL(fileURLWithPath: "/bin/bash"), [PackagePaths.root.appendingPathComponent("autograder/run_autograder").path],
                                     in: root, environment: environment)
        #expect(run.status == 0, "\(run.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: root.appendingPathComponent("results/results.json"))) as! [String: Any]
        let tests = try #require(json["tests"] as? [[String: Any]])
        // One maximum for everyone: 78 points in 78 tests, readable or not.
        #expect(tests.count == 78 && tests.reduce(0.0) { $0 + ($1["max_score"] as! Double) } == 78)
        let output = json["output"] as? String ?? ""
        switch kind {
        case "sheet", "readme", "pdf": #expect(json["score"] as? Double == 75 && !output.contains("Provisional"), "\(output)")
        case "two": #expect(json["score"] as? Double == 74 && output.contains("Provisional"), "\(output)")
        case "binary":
            #expect(json["score"] as? Double == 0 && output.contains("not graded") && output.contains("invalid UTF-8"), "\(output)")
        case "readme-only": #expect(json["score"] as? Double == 0 && output.contains("not graded"), "\(output)")
        default: #expect(json["score"] as? Double == 0 && output.contains("not graded") && output.contains("PDF is not read"), "\(output)")
        }
        if json["score"] as? Double == 0 { #expect(tests.allSatisfy { $0["score"] as? Double == 0 }) }
    }

    @Test("verify with a folder is only for --format gradescope")
    func folderNeedsGradescope() throws {
        let run = try CommandRun.coursecheck(["verify", PackagePaths.fixtures.appendingPathComponent("answers").path])
        #expect(run.status == 2 && run.stderr.contains("only --format gradescope reads a submission folder"), "\(run.stderr)")
    }
}
