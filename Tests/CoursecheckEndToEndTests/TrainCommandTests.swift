import CoursecheckTestSupport
import Foundation
import Testing

/// A folder with the long-range task in CSV (train and test) and GloVe
/// vectors of dimension `dimension`.
private func dataFolder(count: Int = 120, length: Int = 8, dimension: Int = 8) throws -> URL {
    let folder = try PackagePaths.temporaryFolder()
    let data = SyntheticText(count: count, length: length, seed: 21)
    let test = SyntheticText(count: count / 3, length: length, seed: 22)
    try data.csv().write(to: folder.appendingPathComponent("train.csv"), atomically: false, encoding: .utf8)
    try test.csv().write(to: folder.appendingPathComponent("test.csv"), atomically: false, encoding: .utf8)
    try SyntheticText.glove(SyntheticText.vectors(dimension: dimension, seed: 23))
        .write(to: folder.appendingPathComponent("vectors.txt"), atomically: false, encoding: .utf8)
    return folder
}

private func write(_ text: String, _ name: String, in folder: URL) throws -> String {
    let url = folder.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try text.write(to: url, atomically: false, encoding: .utf8)
    return url.path
}

@Suite("coursecheck train and accuracy-reference")
struct TrainCommandTests {
    private func small(_ folder: URL, _ extra: [String] = []) -> [String] {
        ["--data", folder.appendingPathComponent("train.csv").path, "--test-data", folder.appendingPathComponent("test.csv").path,
         "--embeddings", folder.appendingPathComponent("vectors.txt").path, "--input-size", "8", "--hidden-size", "8",
         "--epochs", "2"] + extra
    }

    private func expectUnusable(_ arguments: [String], mentions: String) throws {
        let run = try CommandRun.coursecheck(arguments)
        #expect(run.status == 2, "\(arguments): \(run.stderr)")
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.split(separator: "\n").count == 1, "\(run.stderr)")
        #expect(run.stderr.hasPrefix("coursecheck: error: "), "\(run.stderr)")
        #expect(run.stderr.contains(mentions), "expected '\(mentions)' in: \(run.stderr)")
    }

    @Test("train prints the same bytes for --jobs 1 and --jobs 2, and its JSON has the schema's fields")
    func deterministic() throws {
        let folder = try dataFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let one = try CommandRun.coursecheck(["train", "--model", "2-level-bi-lstm", "--jobs", "1", "--format", "json"] + small(folder))
        let two = try CommandRun.coursecheck(["train", "--model", "2-level-bi-lstm", "--jobs", "2", "--format", "json"] + small(folder))
        #expect(one.status == 0, "\(one.stderr)")
        #expect(one.stdout == two.stdout)
        #expect(one.stderr.isEmpty, "no progress bar in a pipe: \(one.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(one.stdout.utf8)) as! [String: Any]
        #expect(json["schema"] as? String == "coursecheck.train/1")
        for key in ["model", "seed", "epochs", "n_test", "validation_accuracy", "test_accuracy", "test_standard_error", "history"] {
            #expect(json[key] != nil, "\(key)")
        }
        #expect(json["n_test"] as? Int == 40)
        let markdown = try CommandRun.coursecheck(["train", "--model", "rnn"] + small(folder))
        #expect(markdown.stdout.contains("| test |") && markdown.stdout.contains("| Epoch |"))
    }

    @Test("Malformed data and vectors: exit 2 with one line naming the file")
    func malformed() throws {
        let folder = try dataFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let vectors = folder.appendingPathComponent("vectors.txt").path
        let test = folder.appendingPathComponent("test.csv").path
        func run(data: String, embeddings: String = vectors, _ extra: [String] = [], mentions: String) throws {
            try expectUnusable(["train", "--model", "rnn", "--data", data, "--embeddings", embeddings, "--input-size", "8",
                                "--hidden-size", "4", "--epochs", "1"] + extra, mentions: mentions)
        }
        // aclImdb: a folder missing, a bad rating in a name.
        let imdb = folder.appendingPathComponent("imdb")
        try SyntheticText(count: 20, length: 5, seed: 1).writeIMDB(to: imdb, trainCount: 16)
        try FileManager.default.removeItem(at: imdb.appendingPathComponent("test/neg"))
        try run(data: imdb.path, mentions: "test/neg: folder missing")
        try FileManager.default.createDirectory(at: imdb.appendingPathComponent("test/neg"), withIntermediateDirectories: true)
        _ = try write("alpha w1", "test/neg/3_11.txt", in: imdb)
        try run(data: imdb.path, mentions: "3_11.txt: the rating '11' in the name is not a whole number from 1 to 10")
        // Vectors: a ragged row, the wrong dimension, a value that is not a number, word2vec's header.
        try run(data: folder.appendingPathComponent("train.csv").path,
                embeddings: write("alpha 1 2 3 4 5 6 7 8\nbeta 1 2 3\n", "ragged.txt", in: folder), ["--test-data", test],
                mentions: "ragged.txt:2: 3 values, expected 8")
        try run(data: folder.appendingPathComponent("train.csv").path,
                embeddings: write("alpha 1 2 3\nbeta 1 2 3\n", "three.txt", in: folder), ["--test-data", test],
                mentions: "three.txt: vectors of dimension 3, but the input size is 8")
        try run(data: folder.appendingPathComponent("train.csv").path,
                embeddings: write("alpha 1 2 3 4 5 6 7 x\n", "nan.txt", in: folder), ["--test-data", test],
                mentions: "nan.txt:1: value 8 is not a finite number")
        try run(data: folder.appendingPathComponent("train.csv").path,
                embeddings: write("2 5\nalpha 1 2 3 4 5\n", "w2v.txt", in: folder), ["--test-data", test],
                mentions: "w2v.txt: vectors of dimension 5, but the input size is 8")
        // Text: empty, a label outside the map, a column missing, a ragged row, bad JSON, an unknown format.
        try run(data: write("text,label\nalpha w1,1\n\"  \",0\n", "empty.csv", in: folder), ["--test-data", test],
                mentions: "empty.csv:3: empty text")
        try run(data: folder.appendingPathComponent("train.csv").path, ["--test-data", write("text,label\nalpha w1,2\n", "other.csv", in: folder),
                                                                         "--label-map", "0=0,1=1"],
                mentions: "other.csv:2: label '2' is not in the label map ('0', '1')")
        try run(data: write("review,label\nalpha,1\n", "column.csv", in: folder), ["--test-data", test],
                mentions: "column.csv: no column 'text' (the header has 'review', 'label')")
        try run(data: write("text,label\nalpha w1,1\nbeta,0,extra\n", "row.csv", in: folder), ["--test-data", test],
                mentions: "row.csv:3: 3 fields, the header has 2")
        try run(data: write("{\"text\": \"alpha\", \"label\": 1}\n{\"text\": \"beta\" \"label\": 0}\n", "bad.jsonl", in: folder),
                ["--test-data", test], mentions: "bad.jsonl:2: not a JSON object")
        try run(data: write("{\"text\": \"alpha\"}\n", "nolabel.jsonl", in: folder), ["--test-data", test],
                mentions: "nolabel.jsonl:1: no key 'label'")
        try run(data: write("alpha,1\n", "data.xlsx", in: folder), ["--test-data", test], mentions: "cannot tell the data's format")
        try run(data: folder.appendingPathComponent("train.csv").path, mentions: "no test split: give --test-data")
        try run(data: folder.appendingPathComponent("missing.csv").path, ["--test-data", test], mentions: "missing.csv: no such file or folder")
    }

    @Test("accuracy-reference killed at any moment, even mid-epoch, resumes and writes the same bytes as a run never stopped")
    func resumes() throws {
        let folder = try dataFolder(count: 240, length: 10)
        defer { try? FileManager.default.removeItem(at: folder) }
        let arguments = ["accuracy-reference", "--seeds", "2", "--models", "rnn,bi-lstm", "--checkpoint-every", "0"] + small(folder, ["--epochs", "4"])
        let clean = folder.appendingPathComponent("clean.json").path
        let whole = try CommandRun.coursecheck(arguments + ["--output", clean])
        #expect(whole.status == 0, "\(whole.stderr)")
        #expect(whole.stderr.contains("warning: with K = 2 seeds the 99 % band is wide"))

        let killed = folder.appendingPathComponent("killed.json").path
        let progress = killed + ".progress"
        // What the run has saved so far: its checkpoints (each written by a
        // rename, so a new inode) and its finished results.
        func saved() -> String {
            var parts: [String] = []
            for sub in ["running", "results"] {
                let dir = progress + "/" + sub
                for name in ((try? FileManager.default.subpathsOfDirectory(atPath: dir)) ?? []).sorted() {
                    var info = stat()
                    if stat(dir + "/" + name, &info) == 0 { parts.append("\(name):\(info.st_ino):\(info.st_mtim.tv_nsec)") }
                }
            }
            return parts.joined(separator: ",")
        }
        var state: UInt64 = 99
        var kills = 0
        for _ in 0..<60 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            // Killed once the run has saved something 0–3 more times (0: at
            // a random moment of its start), so that every run is killed
            // part-way, mid-epoch as often as not, and each one moves on.
            let target = Int(state >> 62)
            let process = Process()
            process.executableURL = PackagePaths.binary
            process.arguments = arguments + ["--output", killed]
            process.currentDirectoryURL = PackagePaths.root
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            var last = saved()
            try process.run()
            if target == 0 { Thread.sleep(forTimeInterval: 0.05 * Double((state >> 40) & 0xFF) / 255) }
            var changes = 0
            while process.isRunning, changes < target {
                Thread.sleep(forTimeInterval: 0.002)
                let now = saved()
                if now != last { changes += 1; last = now }
            }
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                kills += 1
            }
            process.waitUntilExit()
            if FileManager.default.fileExists(atPath: killed) { break }
        }
        #expect(kills >= 5, "only \(kills) runs were killed")
        if !FileManager.default.fileExists(atPath: killed) {
            let rest = try CommandRun.coursecheck(arguments + ["--output", killed])
            #expect(rest.status == 0, "\(rest.stderr)")
        }
        let a = try Data(contentsOf: URL(fileURLWithPath: clean))
        let b = try Data(contentsOf: URL(fileURLWithPath: killed))
        #expect(a == b)
        #expect(String(decoding: a, as: UTF8.self).contains("\"schema\": \"coursecheck.accuracy/2\""))
    }

    @Test("A progress folder made for another recipe, or with runs of an encoder the assignment now specifies otherwise, is refused; points edited, it serves")
    func otherRecipe() throws {
        let folder = try dataFolder(count: 60, length: 5)
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("r.json").path
        let first = try CommandRun.coursecheck(["accuracy-reference", "--seeds", "2", "--models", "rnn", "--output", out] + small(folder, ["--epochs", "1"]))
        #expect(first.status == 0, "\(first.stderr)")
        try expectUnusable(["accuracy-reference", "--seeds", "2", "--models", "rnn", "--output", out] + small(folder, ["--epochs", "1", "--dropout", "0.1"]),
                           mentions: "made for another recipe")
        // The assignment with a points section: the same Part I, so the runs
        // are reused and the same bytes written. Its RNN made 2-level: refused.
        let text = try String(contentsOf: PackagePaths.assignment, encoding: .utf8)
        let before = try String(contentsOfFile: out, encoding: .utf8)
        let pointed = try write(text.replacingOccurrences(of: "\"part1\": {", with: "\"points\": {\"questions\": {\"part1.accuracy\": 6}},\n  \"part1\": {"),
                                "pointed.json", in: folder)
        let again = try CommandRun.coursecheck(["accuracy-reference", "--assignment", pointed, "--seeds", "2", "--models", "rnn", "--output", out]
                                               + small(folder, ["--epochs", "1"]))
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try String(contentsOfFile: out, encoding: .utf8) == before)
        let rnn = "\"name\": \"RNN\",\n        \"cell\": \"rnn\",\n        \"levels\": "
        #expect(text.contains(rnn + "1,"))
        let deeper = try write(text.replacingOccurrences(of: rnn + "1,", with: rnn + "2,"), "deeper.json", in: folder)
        try expectUnusable(["accuracy-reference", "--assignment", deeper, "--seeds", "2", "--models", "rnn", "--output", out] + small(folder, ["--epochs", "1"]),
                           mentions: "has runs of 'rnn' as a 1-level RNN, and the assignment in use specifies a 2-level RNN")
    }

    @Test("A damaged checkpoint (bad sizes, a bad epoch, cut short, not ours) is one clear line, exit 2, never a trap",
          arguments: ["size -1", "size 2^61", "epoch -1", "truncated", "garbage"])
    func damagedCheckpoint(damage: String) throws {
        let folder = try dataFolder(count: 60, length: 5)
        defer { try? FileManager.default.removeItem(at: folder) }
        let checkpoint = folder.appendingPathComponent("ckpt")
        let arguments = ["train", "--model", "rnn", "--checkpoint", checkpoint.path, "--format", "json"] + small(folder, ["--epochs", "1"])
        let first = try CommandRun.coursecheck(arguments)
        #expect(first.status == 0, "\(first.stderr)")
        let file = checkpoint.appendingPathComponent("checkpoint.bin")
        var data = try Data(contentsOf: file)
        let newline = try #require(data.firstIndex(of: 0x0A))
        var header = try JSONSerialization.jsonObject(with: data[..<newline]) as! [String: Any]
        switch damage {
        case "size -1": header["sizes"] = [-1] + (header["sizes"] as! [Int]).dropFirst()
        case "size 2^61": header["sizes"] = [1 << 61] + (header["sizes"] as! [Int]).dropFirst()
        case "epoch -1": header["epoch"] = -1
        default: break
        }
        switch damage {
        case "truncated": data = data.prefix(data.count - 8)
        case "garbage": data = Data("{\"x\": 1}\n".utf8) + data[(newline + 1)...]
        default: data = try JSONSerialization.data(withJSONObject: header, options: [.sortedKeys]) + data[newline...]
        }
        try data.write(to: file)
        try expectUnusable(arguments, mentions: "checkpoint.bin: ")
    }

    /// Everything that changes what the runs see changes the data's
    /// fingerprint: a resume with other data options is refused, never a
    /// silent reuse of runs made on other data.
    @Test("A progress folder made with another text column, label map or a corrected label of the same size is refused")
    func otherData() throws {
        let folder = try dataFolder(count: 60, length: 5)
        defer { try? FileManager.default.removeItem(at: folder) }
        // A second text column: the same words in reverse order.
        func twoColumns(_ name: String) throws -> String {
            let original = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            var rows = ["text,summary,label"]
            for line in original.split(separator: "\n").dropFirst() {
                let parts = line.split(separator: ",")
                let text = parts[0].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                rows.append("\"\(text)\",\"\(text.split(separator: " ").reversed().joined(separator: " "))\",\(parts[1])")
            }
            return try write(rows.joined(separator: "\n") + "\n", "two-" + name, in: folder)
        }
        let data = try twoColumns("train.csv"), test = try twoColumns("test.csv")
        let out = folder.appendingPathComponent("r.json").path
        func arguments(_ extra: [String]) -> [String] {
            ["accuracy-reference", "--seeds", "2", "--models", "rnn", "--output", out, "--data", data,
             "--test-data", test, "--embeddings", folder.appendingPathComponent("vectors.txt").path,
             "--input-size", "8", "--hidden-size", "8", "--epochs", "1"] + extra
        }
        let first = try CommandRun.coursecheck(arguments([]))
        #expect(first.status == 0, "\(first.stderr)")
        let again = try CommandRun.coursecheck(arguments([]))
        #expect(again.status == 0 && again.stdout == first.stdout, "\(again.stderr)")
        try expectUnusable(arguments(["--text-column", "summary"]), mentions: "other data")
        try expectUnusable(arguments(["--label-map", "0=1,1=0"]), mentions: "other data")
        // One label corrected in place: the file keeps its name and size.
        let text = try String(contentsOfFile: data, encoding: .utf8)
        let corrected = text.hasSuffix(",0\n") ? String(text.dropLast(2)) + "1\n" : String(text.dropLast(2)) + "0\n"
        #expect(corrected.utf8.count == text.utf8.count)
        try corrected.write(toFile: data, atomically: false, encoding: .utf8)
        try expectUnusable(arguments([]), mentions: "other data")
    }

    @Test("verify --accuracy-reference: judged at the assignment's sizes; refused for other sizes or another assignment")
    func verifyWithReference() throws {
        // 300 test examples: most fractions k/300 did not survive a reader
        // that parses doubles inexactly (n = 20's all did).
        let folder = try dataFolder(count: 900, length: 5, dimension: 100)
        defer { try? FileManager.default.removeItem(at: folder) }
        let reference = folder.appendingPathComponent("reference.json").path
        let made = try CommandRun.coursecheck([
            "accuracy-reference", "--seeds", "2", "--epochs", "1", "--output", reference,
            "--data", folder.appendingPathComponent("train.csv").path, "--test-data", folder.appendingPathComponent("test.csv").path,
            "--embeddings", folder.appendingPathComponent("vectors.txt").path])
        #expect(made.status == 0, "\(made.stderr)")
        let run = try CommandRun.coursecheck(["verify", "fixtures/answers/submitted.md", "--accuracy-reference", reference, "--format", "json"])
        #expect(run.status <= 1, "\(run.stderr)")
        let report = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        let checks = (report["checks"] as! [[String: Any]]).filter { ($0["id"] as! String).hasPrefix("part1.accuracy.") }
        #expect(checks.count == 6)
        // Each verdict as the band's rule gives it, worked out here from the
        // file's runs (its counts of correct test examples), not from the
        // statistics it states: m and s of k/300 over the K = 2 runs, s
        // floored at 0.005, σ = √(s²(1 + 1/2) + m(1 − m)/300), and the
        // tabulated t(0.995, 1) = 63.656741 and t(0.9995, 1) = 636.619249.
        let file = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: reference))) as! [String: Any]
        #expect(file["schema"] as? String == "coursecheck.accuracy/2")
        #expect(file["assignment_sha256"] == nil)
        let claims = ["rnn": 0.6464, "lstm": 0.8603, "bi-rnn": 0.6872, "bi-lstm": 0.8649, "2-level-bi-rnn": 0.6139, "2-level-bi-lstm": 0.73]
        let encoders = (file["encoders"] as! [[String: Any]]).map { "\($0["name"]!) \($0["cell"]!) \($0["levels"]!) \($0["bidirectional"] as! Bool)" }
        #expect(encoders == ["RNN rnn 1 false", "LSTM lstm 1 false", "bi-RNN rnn 1 true", "bi-LSTM lstm 1 true",
                             "2-level bi-RNN rnn 2 true", "2-level bi-LSTM lstm 2 true"])
        for model in file["models"] as! [[String: Any]] {
            let slug = model["slug"] as! String
            let check = try #require(checks.first { $0["id"] as? String == "part1.accuracy.\(slug)" })
            #expect(model["n_test"] as? Int == 300)
            let runs = (model["runs"] as! [[String: Any]]).map { Double($0["test_correct"] as! Int) / 300 }
            #expect(runs.count == 2)
            let m = (runs[0] + runs[1]) / 2
            let s = max(abs(runs[0] - runs[1]) / 2.0.squareRoot(), 0.005)
            let sigma = (s * s * 1.5 + m * (1 - m) / 300).squareRoot()
            let (inner, outer) = (63.656741 * sigma, 636.619249 * sigma)
            let band = model["band"] as! [String: Double]
            #expect(abs(band["0.995"]! - inner) < 1e-6 && abs(band["0.9995"]! - outer) < 1e-5, "\(slug): \(band) against \(inner), \(outer)")
            let distance = abs(try #require(claims[slug]) - m)
            let expected = distance <= inner ? "correct" : distance > outer ? "incorrect" : "unverifiable"
            #expect(check["status"] as? String == expected, "\(slug): \(check)")
            #expect((check["evidence"] as! String).contains("on K = 2 seeds"), "\(check)")
        }
        // The Gradescope script with the reference in the bundle.
        let root = try PackagePaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let source = root.appendingPathComponent("source"), submission = root.appendingPathComponent("submission")
        for f in [source, submission] { try FileManager.default.createDirectory(at: f, withIntermediateDirectories: true) }
        try FileManager.default.copyItem(at: PackagePaths.binary, to: source.appendingPathComponent("coursecheck"))
        try FileManager.default.copyItem(at: PackagePaths.assignment, to: source.appendingPathComponent("assignment.json"))
        try FileManager.default.copyItem(atPath: reference, toPath: source.appendingPathComponent("accuracy-reference.json").path)
        try FileManager.default.copyItem(at: PackagePaths.submittedSheet, to: submission.appendingPathComponent("answers.md"))
        var environment = ProcessInfo.processInfo.environment
        environment["AUTOGRADER_ROOT"] = root.path
        let graded = try CommandRun.run(URL(fileURLWithPath: "/bin/bash"), [PackagePaths.root.appendingPathComponent("autograder/run_autograder").path],
                                        in: root, environment: environment)
        #expect(graded.status == 0, "\(graded.stderr)")
        let results = try String(contentsOf: root.appendingPathComponent("results/results.json"), encoding: .utf8)
        // What verify writes with the reference (how Gradescope shows
        // advisory checks is Grading's decision).
        let direct = try CommandRun.coursecheck(["verify", "fixtures/answers/submitted.md", "--accuracy-reference", reference,
                                                 "--format", "gradescope"])
        let without = try CommandRun.coursecheck(["verify", "fixtures/answers/submitted.md", "--format", "gradescope"])
        func summary(_ json: String) throws -> String {
            (try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any])["output"] as! String
        }
        let (withScript, withVerify, plain) = (try summary(results), try summary(direct.stdout), try summary(without.stdout))
        #expect(withScript == withVerify)
        #expect(withVerify != plain, "\(plain)")

        // The assignment with a points section that gives the accuracies
        // points (another SHA-256, the same Part I): the reference still
        // serves, with the same verdicts. An assignment whose LSTM has two
        // levels, or other sizes: refused.
        let text = try String(contentsOf: PackagePaths.assignment, encoding: .utf8)
        let pointed = try write(text.replacingOccurrences(of: "\"part1\": {", with: "\"points\": {\"questions\": {\"part1.accuracy\": 6}},\n  \"part1\": {"),
                                "pointed.json", in: folder)
        let repointed = try CommandRun.coursecheck(["verify", "fixtures/answers/submitted.md", "--assignment", pointed,
                                                    "--accuracy-reference", reference, "--format", "json"])
        #expect(repointed.status <= 1, "\(repointed.stderr)")
        func accuracyStatuses(_ json: String) throws -> [String] {
            let report = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
            return (report["checks"] as! [[String: Any]]).filter { ($0["id"] as! String).hasPrefix("part1.accuracy.") }.map { "\($0["id"]!) \($0["status"]!)" }
        }
        #expect(try accuracyStatuses(repointed.stdout) == (try accuracyStatuses(run.stdout)))
        let lstm = "\"name\": \"LSTM\",\n        \"cell\": \"lstm\",\n        \"levels\": "
        #expect(text.contains(lstm + "1,"))
        let other = try write(text.replacingOccurrences(of: lstm + "1,", with: lstm + "2,"), "assignment.json", in: folder)
        try expectUnusable(["verify", "fixtures/answers/submitted.md", "--assignment", other, "--accuracy-reference", reference],
                           mentions: "model 'lstm' was trained as a 1-level LSTM; the assignment in use specifies a 2-level LSTM")
        let small = folder.appendingPathComponent("small.json").path
        let tiny = try CommandRun.coursecheck(["accuracy-reference", "--seeds", "2", "--models", "rnn", "--output", small]
                                              + self.small(try dataFolder(count: 60, length: 5), ["--epochs", "1"]))
        #expect(tiny.status == 0, "\(tiny.stderr)")
        try expectUnusable(["verify", "fixtures/answers/submitted.md", "--accuracy-reference", small], mentions: "made for input size 8, hidden size 8")
        try expectUnusable(["verify", "fixtures/answers/submitted.md", "--accuracy-reference", folder.appendingPathComponent("none.json").path],
                           mentions: "none.json: no such file")

        // grade: the same reference judges a class; refused in the same cases,
        // and then nothing is written.
        let submissions = folder.appendingPathComponent("class")
        _ = try write(try String(contentsOf: PackagePaths.submittedSheet, encoding: .utf8), "smithjohn_12345_67890_answers.md", in: submissions)
        let graded2 = try CommandRun.coursecheck(["grade", submissions.path, "--output-dir", folder.appendingPathComponent("out").path,
                                                  "--accuracy-reference", reference])
        #expect(graded2.status <= 1, "\(graded2.stderr)")
        let student = try String(contentsOf: folder.appendingPathComponent("out/students/12345.json"), encoding: .utf8)
        #expect(student.contains("on K = 2 seeds"))
        for (arguments, mentions) in [(["--assignment", other, "--accuracy-reference", reference], "model 'lstm' was trained as a 1-level LSTM"),
                                      (["--accuracy-reference", small], "made for input size 8, hidden size 8")] {
            let refused = folder.appendingPathComponent("refused").path
            try expectUnusable(["grade", submissions.path, "--output-dir", refused] + arguments, mentions: mentions)
            #expect(!FileManager.default.fileExists(atPath: refused))
        }
    }
}
