import CoursecheckTestSupport
import Foundation
import Testing

/// One entry of fixtures/bad/catalogue.json.
struct BadInput: Decodable, Sendable, CustomTestStringConvertible {
    var name: String
    var args: [String]
    var exit: Int32
    var stderr: String?
    var setup: String?
    var checks: [String: String]?
    var evidence: [String: String]?
    var no_file: String?
    var same_as_lf: Bool?
    var unprivileged: Bool?

    var testDescription: String { name }

    static let catalogue: [BadInput] = {
        struct Catalogue: Decodable { var cases: [BadInput] }
        let url = PackagePaths.fixtures.appendingPathComponent("bad/catalogue.json")
        do {
            return try JSONDecoder().decode(Catalogue.self, from: Data(contentsOf: url)).cases
        } catch {
            fatalError("cannot read \(url.path): \(error)")
        }
    }()

    /// Makes the inputs the catalogue does not commit.
    func prepare(in tmp: URL) throws {
        let q3 = "Question 3\n\n$$\\frac{\\partial L^t}{\\partial f_a} = "
        func write(_ name: String, _ text: String) throws {
            try Data(text.utf8).write(to: tmp.appendingPathComponent(name))
        }
        switch setup {
        case "generate-100mb":
            let url = tmp.appendingPathComponent("huge.md")
            _ = FileManager.default.createFile(atPath: url.path, contents: Data("Question 3\n".utf8))
            let handle = try FileHandle(forWritingTo: url)
            try handle.truncate(atOffset: 100 * 1024 * 1024)
            try handle.close()
        case "generate-10mb-line":
            try write("long-line.md", q3 + String(repeating: "f_1 + ", count: 10 * 1024 * 1024 / 6) + "$$\n")
        case "generate-deep-100000":
            try write("deep.md", q3 + String(repeating: "(", count: 100_000) + "f_n" + String(repeating: ")", count: 100_000) + "$$\n")
        case "generate-deep-1000":
            try write("deep.md", q3 + String(repeating: "(", count: 1_000) + "f_n" + String(repeating: ")", count: 1_000) + "$$\n")
        case "unreadable":
            try write("unreadable.md", q3 + "f_n - f_p$$\n")
            try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: tmp.appendingPathComponent("unreadable.md").path)
        case "readonly-folder":
            let folder = tmp.appendingPathComponent("readonly")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
            try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.path)
        case let kind? where kind.hasPrefix("docx-"):
            try WordFixture.writeHostile(String(kind.dropFirst(5)), to: tmp, name: "sheet.docx")
        case nil:
            break
        case let other?:
            Issue.record("unknown setup \(other)")
        }
    }
}

@Suite("Hostile input: the catalogue in fixtures/bad/")
struct BadInputTests {
    @Test("The catalogue holds at least 25 inputs")
    func size() {
        #expect(BadInput.catalogue.count >= 25)
    }

    @Test("Each input ends in its documented outcome: a report, or one clear line on stderr", arguments: BadInput.catalogue)
    func outcome(_ input: BadInput) throws {
        let tmp = try PackagePaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        try input.prepare(in: tmp)
        var args = input.args.map { $0.replacingOccurrences(of: "{tmp}", with: tmp.path) }
        if input.checks != nil { args += ["--format", "json"] }
        let run: CommandRun
        if input.unprivileged == true {
            // nobody may not enter the folder the project sits in: give it a
            // copy of fixtures/ in the (world-readable) temporary folder.
            try FileManager.default.copyItem(at: PackagePaths.fixtures, to: tmp.appendingPathComponent("fixtures"))
            run = try CommandRun.coursecheckUnprivileged(args, in: tmp)
        } else {
            run = try CommandRun.coursecheck(args)
        }
        #expect(run.status == input.exit, "stdout: \(run.stdout.prefix(300)) stderr: \(run.stderr)")
        if input.exit == 2 {
            #expect(run.stdout.isEmpty)
            #expect(run.stderr.split(separator: "\n").count == 1, "\(run.stderr)")
            #expect(run.stderr.hasPrefix("coursecheck: error: "))
        }
        if let expected = input.stderr {
            #expect(run.stderr.contains(expected), "stderr: \(run.stderr)")
        }
        if let path = input.no_file?.replacingOccurrences(of: "{tmp}", with: tmp.path) {
            #expect(!FileManager.default.fileExists(atPath: path), "\(path) was left behind")
            let leftovers = (FileManager.default.enumerator(atPath: tmp.path)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".tmp") }
            #expect(leftovers.isEmpty)
        }
        guard let checks = input.checks else { return }
        let report = try ReportJSON(run.stdout)
        let ids = report.checks.map(\.id)
        #expect(Set(ids).count == ids.count, "every check id appears once")
        for (id, status) in checks {
            #expect(report[id]?.status == status, "\(id): \(report[id]?.status ?? "absent") — \(report[id]?.evidence ?? "")")
        }
        for (id, fragment) in input.evidence ?? [:] {
            #expect(report[id]?.evidence.contains(fragment) == true, "\(id): \(report[id]?.evidence ?? "absent")")
        }
        if input.same_as_lf == true {
            let original = try Data(contentsOf: PackagePaths.root.appendingPathComponent(input.args[1]))
            let clean = String(decoding: original.dropFirst(3), as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
            let url = tmp.appendingPathComponent("clean.md")
            try Data(clean.utf8).write(to: url)
            let lf = try ReportJSON(try CommandRun.coursecheck(["verify", url.path, "--format", "json"]).stdout)
            #expect(lf.checks.map(\.status) == report.checks.map(\.status))
            #expect(lf.checks.map(\.claimed) == report.checks.map(\.claimed))
        }
    }
}
