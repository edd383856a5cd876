import CoursecheckTestSupport
import Foundation
import Testing

/// Exit statuses as the README documents them, for every command, and the
/// binary used outside the project.
@Suite("The command line: exit statuses, and any working folder")
struct CommandLineTests {
    /// A usage error per command: an unknown option, or a flag value that
    /// does not parse or is out of range.
    @Test("Usage errors exit 64 with the usage, for every command", arguments: [
        ["verify", "fixtures/answers/submitted.md", "--format", "yaml"],
        ["verify"],
        ["models", "--hidden-size", "0"],
        ["models", "--bias", "three"],
        ["gradcheck", "--colour"],
        ["bench", "--model", "rnn", "--batch", "0"],
        ["bench"],
        ["regenerate", "--force"],
        ["frobnicate"],
    ])
    func usage(arguments: [String]) throws {
        let run = try CommandRun.coursecheck(arguments)
        #expect(run.status == 64, "\(arguments): \(run.stderr)")
        #expect(run.stderr.contains("Error:") && run.stderr.contains("Usage:"), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    /// Input a command cannot use: exit 2 and one line, for every command.
    @Test("Unusable input exits 2 with one line on stderr, for every command", arguments: [
        (["verify", "fixtures/answers/submitted.md", "--assignment", "no-such.json"], "no-such.json: cannot read the assignment file"),
        (["models", "--assignment", "no-such.json"], "no-such.json: cannot read the assignment file"),
        (["gradcheck", "--assignment", "fixtures/bad/assignment-not-json.json"], "fixtures/bad/assignment-not-json.json:"),
        (["bench", "--model", "gru"], "no model 'gru'"),
        (["verify", "fixtures/bad/empty.md"], "no recognisable answers"),
    ])
    func unusable(case: ([String], String)) throws {
        let run = try CommandRun.coursecheck(`case`.0)
        #expect(run.status == 2, "\(`case`.0): \(run.stderr)")
        #expect(run.stderr.hasPrefix("coursecheck: error: ") && run.stderr.split(separator: "\n").count == 1, "\(run.stderr)")
        #expect(run.stderr.contains(`case`.1), "\(run.stderr)")
    }

    @Test("Outside the project the built-in assignment is used, and the report says so")
    func anyFolder() throws {
        let folder = try PackagePaths.temporaryFolder()
        try FileManager.default.copyItem(at: PackagePaths.submittedSheet, to: folder.appendingPathComponent("sheet.md"))
        let run = try CommandRun.coursecheck(["verify", "sheet.md"], in: folder)
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stdout.contains("Assignment: the assignment built into coursecheck (SHA-256 "))
        let json = try CommandRun.coursecheck(["verify", "sheet.md", "--format", "json"], in: folder)
        #expect(json.stdout.contains("\"origin\": \"built-in\""))
        // The same verdicts as in the project, where fixtures/assignment.json is found.
        let inProject = try CommandRun.coursecheck(["verify", PackagePaths.submittedSheet.path, "--format", "json"])
        let statuses = { (text: String) throws in try ReportJSON(text).statuses }
        #expect(try statuses(json.stdout) == statuses(inProject.stdout))
        for command in [["models"], ["gradcheck"]] {
            #expect(try CommandRun.coursecheck(command, in: folder).status == 0, "\(command)")
        }
    }

    @Test("--help exits 0 with the usage on standard output, for the tool and every command",
          arguments: [[], ["verify"], ["models"], ["gradcheck"], ["bench"], ["regenerate"]])
    func help(command: [String]) throws {
        let run = try CommandRun.coursecheck(command + ["--help"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("USAGE: coursecheck"), "\(run.stdout)")
        #expect(run.stderr.isEmpty)
    }

    @Test("regenerate outside the project says where to run it, exit 2")
    func regenerateElsewhere() throws {
        let folder = try PackagePaths.temporaryFolder()
        let run = try CommandRun.coursecheck(["regenerate", "--check"], in: folder)
        #expect(run.status == 2)
        #expect(run.stderr.contains("run it from the project's root"), "\(run.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}
