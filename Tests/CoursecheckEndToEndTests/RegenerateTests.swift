import CoursecheckTestSupport
import Foundation
import Testing

private func modificationDates(_ root: URL) throws -> [String: Date] {
    var dates: [String: Date] = [:]
    for path in try FileManager.default.subpathsOfDirectory(atPath: root.path) {
        let attributes = try FileManager.default.attributesOfItem(atPath: root.appendingPathComponent(path).path)
        dates[path] = attributes[.modificationDate] as? Date
    }
    return dates
}

@Suite("coursecheck regenerate")
struct RegenerateTests {
    @Test("--check on a clean tree passes and writes nothing")
    func cleanCheck() throws {
        let root = try GoldenAssertion.copyProject()
        let before = try modificationDates(root)
        let run = try CommandRun.coursecheck(["regenerate", "--check"], in: root)
        #expect(run.status == 0, "\(run.stdout)")
        #expect(run.stdout.contains("all 7 goldens match"))
        #expect(try modificationDates(root) == before)
    }

    @Test("A tampered golden fails --check with a diff naming the file and the entry; regenerate restores it")
    func tampered() throws {
        let root = try GoldenAssertion.copyProject()
        let counts = root.appendingPathComponent("fixtures/golden/part2-counts.json")
        let original = try String(contentsOf: counts, encoding: .utf8)
        try original.replacingOccurrences(of: "\"valid\": 36", with: "\"valid\": 35").write(to: counts, atomically: true, encoding: .utf8)
        let check = try CommandRun.coursecheck(["regenerate", "--check"], in: root)
        #expect(check.status == 1)
        #expect(check.stdout.contains("fixtures/golden/part2-counts.json: differs"))
        #expect(check.stdout.contains("valid: expected 35, found 36"))
        let fix = try CommandRun.coursecheck(["regenerate"], in: root)
        #expect(fix.status == 0 && fix.stdout.contains("wrote fixtures/golden/part2-counts.json"))
        #expect(try String(contentsOf: counts, encoding: .utf8) == original)
    }

    @Test("Changing the assignment (hidden 128, new triplets, a third class) regenerates consistent goldens and report")
    func changedAssignment() throws {
        let root = try GoldenAssertion.copyProject()
        let path = root.appendingPathComponent("fixtures/assignment.json")
        var json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: path)) as? [String: Any])
        var part1 = try #require(json["part1"] as? [String: Any])
        var part2 = try #require(json["part2"] as? [String: Any])
        part1["hidden_size"] = 128
        part2["labels"] = [1, 1, 2, 2, 3, 3]
        part2["triplets"] = [[1, 2, 3], [3, 4, 5], [5, 6, 1]]
        json["part1"] = part1
        json["part2"] = part2
        try JSONSerialization.data(withJSONObject: json).write(to: path)

        let run = try CommandRun.coursecheck(["regenerate"], in: root)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        let golden = { (name: String) throws -> [String: Any] in
            let data = try Data(contentsOf: root.appendingPathComponent("fixtures/golden/\(name)"))
            return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        }
        // Worked out by hand: three classes of two give 3·(2·1·4) = 24 valid
        // triplets of 120; an RNN with hidden 128 has 128·(100 + 128 + 2) = 29,440.
        let counts = try golden("part2-counts.json")
        #expect(counts["all"] as? Int == 120 && counts["valid"] as? Int == 24)
        let inventories = try golden("part1-inventories.json")
        let two = try #require((inventories["conventions"] as? [String: Any])?["two"] as? [[String: Any]])
        #expect(two.first?["parameters"] as? Int == 29_440)
        // t_1 = (f_1, f_2, f_3): ∂L/∂f_1 = f_3 − f_2.
        let derivatives = try #require(try golden("part2-expressions.json")["derivatives"] as? [String: Any])
        #expect((derivatives["part2.q5.1.f_1"] as? [String: Any])?["expected"] as? String == "f_3 - f_2")
        #expect(derivatives["part2.q5.4.f_1"] == nil)

        let report = try ReportJSON(String(contentsOf: root.appendingPathComponent("reports/answer-report.json"), encoding: .utf8))
        #expect(report["part1.params.rnn"]?.status == "incorrect")
        #expect(report["part1.params.rnn"]?.expected == "29,440")
        #expect(report["part2.q4.valid"]?.status == "incorrect")
        #expect(report.checks.contains { $0.id.hasPrefix("part2.q5.4@") && $0.status == "unparsable" })
        let check = try CommandRun.coursecheck(["regenerate", "--check"], in: root)
        #expect(check.status == 0)
    }
}

@Suite("coursecheck regenerate, killed")
struct KilledRegenerateTests {
    /// Every golden after a run, by path.
    private func goldens(_ root: URL, _ paths: [String]) throws -> [String: String] {
        Dictionary(uniqueKeysWithValues: try paths.map { ($0, try String(contentsOf: root.appendingPathComponent($0), encoding: .utf8)) })
    }

    @Test("SIGKILL at 20 random moments: every golden is the old or the new file, and --check names exactly the stale ones")
    func killed() throws {
        // The old tree, and the same change regenerated to the end elsewhere.
        let root = try GoldenAssertion.copyProject()
        let done = try GoldenAssertion.copyProject()
        let seedChange = { (folder: URL) throws in
            let path = folder.appendingPathComponent("fixtures/assignment.json")
            let text = try String(contentsOf: path, encoding: .utf8)
            try Data(text.replacingOccurrences(of: "\"seed\": 20261127", with: "\"seed\": 99").utf8).write(to: path)
        }
        try seedChange(done)
        let start = Date()
        let full = try CommandRun.coursecheck(["regenerate"], in: done)
        let duration = Date().timeIntervalSince(start)
        #expect(full.status == 0)
        let paths = full.stdout.split(separator: "\n").compactMap { $0.hasPrefix("wrote ") ? String($0.dropFirst(6)) : nil }
        #expect(paths.count == 7, "\(full.stdout)")
        let old = try goldens(root, paths), new = try goldens(done, paths)
        #expect(paths.allSatisfy { old[$0] != new[$0] })
        try seedChange(root)

        var rng = SplitMix(seed: 20_261_128)
        for round in 0..<20 {
            // From the start to a little past the end of a whole run.
            let delay = Double.random(in: 0.05...(duration * 1.1), using: &rng)
            let process = Process()
            process.executableURL = PackagePaths.binary
            process.arguments = ["regenerate"]
            process.currentDirectoryURL = root
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()

            let now = try goldens(root, paths)
            var stale: Set<String> = []
            for path in paths {
                #expect(now[path] == old[path] || now[path] == new[path], "round \(round) (kill after \(delay) s): \(path) is torn")
                if now[path] != new[path] { stale.insert(path) }
            }
            let check = try CommandRun.coursecheck(["regenerate", "--check"], in: root)
            let named = Set(check.stdout.split(separator: "\n").compactMap { line in
                line.hasSuffix(": differs") || line.hasSuffix(": missing") ? String(line.split(separator: ":")[0]) : nil
            })
            #expect(named == stale, "round \(round) (kill after \(delay) s): --check names \(named.sorted()), stale \(stale.sorted())")
            #expect(check.status == (stale.isEmpty ? 0 : 1))
            // Back to the old tree for the next round.
            for path in paths { try Data(old[path]!.utf8).write(to: root.appendingPathComponent(path)) }
        }
        // The next complete run removes what killed runs left behind.
        #expect(try CommandRun.coursecheck(["regenerate"], in: root).status == 0)
        let leftovers = try FileManager.default.subpathsOfDirectory(atPath: root.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty, "\(leftovers)")
        #expect(try goldens(root, paths) == new)
    }
}
