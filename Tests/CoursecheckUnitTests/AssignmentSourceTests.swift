import CoursecheckAssignment
import CoursecheckTestSupport
import Foundation
import Testing

@Suite("Which assignment: --assignment, the project's file, or the one built in; named by SHA-256")
struct AssignmentSourceTests {
    @Test("SHA-256 gives NIST's digests, across the padding boundaries",
          arguments: [
              ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
              ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
              ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
               "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
              ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
               "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
          ])
    func vectors(vector: (String, String)) {
        #expect(SHA256.hex(Array(vector.0.utf8)) == vector.1)
    }

    @Test("SHA-256 agrees with sha256sum on a million bytes and on every length near a block")
    func againstSha256sum() throws {
        let folder = try PackagePaths.temporaryFolder()
        var lengths = Array(50...130)
        lengths.append(1_000_000)
        for n in lengths {
            let bytes = (0..<n).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
            let url = folder.appendingPathComponent("data")
            try Data(bytes).write(to: url)
            let run = try CommandRun.run(URL(fileURLWithPath: "/usr/bin/sha256sum"), [url.path], in: folder)
            #expect(String(run.stdout.prefix(64)) == SHA256.hex(bytes), "length \(n)")
        }
    }

    @Test("SHA-256 given in pieces of every size equals the one-shot digest")
    func inPieces() {
        let bytes = (0..<1_000).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 17) }
        let whole = SHA256.hex(bytes)
        for piece in [1, 3, 63, 64, 65, 127, 500] {
            var hasher = SHA256.Hasher()
            for start in stride(from: 0, to: bytes.count, by: piece) { hasher.update(Array(bytes[start..<min(bytes.count, start + piece)])) }
            #expect(hasher.finalize() == whole, "pieces of \(piece)")
        }
    }

    @Test("The built-in assignment is fixtures/assignment.json, byte for byte")
    func builtInIsTheProjectFile() throws {
        let file = try String(contentsOf: PackagePaths.assignment, encoding: .utf8)
        #expect(Assignment.builtInText == file)
        #expect(BuiltInAssignment.source(for: file) == (try String(contentsOf: PackagePaths.root.appendingPathComponent(BuiltInAssignment.sourcePath), encoding: .utf8)))
    }

    @Test("The order: --assignment, then fixtures/assignment.json under the folder, then the built-in one")
    func order() throws {
        let empty = try PackagePaths.temporaryFolder()
        let (builtIn, builtInSource) = try Assignment.locate(explicit: nil, folder: empty.path)
        #expect(builtInSource.origin == "built-in")
        let project = try Assignment.locate(explicit: nil, folder: PackagePaths.root.path)
        #expect(project.1.origin == "fixtures/assignment.json")
        #expect(project.1.sha256 == builtInSource.sha256 && project.0 == builtIn)

        // A course's own key in its folder wins over the built-in one; --assignment over both.
        let course = try PackagePaths.temporaryFolder()
        try FileManager.default.createDirectory(at: course.appendingPathComponent("fixtures"), withIntermediateDirectories: true)
        let changed = try String(contentsOf: PackagePaths.assignment, encoding: .utf8).replacingOccurrences(of: "\"margin\": 1.0", with: "\"margin\": 2.0")
        try Data(changed.utf8).write(to: course.appendingPathComponent("fixtures/assignment.json"))
        let local = try Assignment.locate(explicit: nil, folder: course.path)
        #expect(local.1.origin == "fixtures/assignment.json" && local.0.part2.margin == 2 && local.1.sha256 != builtInSource.sha256)
        let given = try Assignment.locate(explicit: PackagePaths.assignment.path, folder: course.path)
        #expect(given.1.origin == PackagePaths.assignment.path && given.0.part2.margin == 1)
        #expect(throws: AssignmentError.self) { try Assignment.locate(explicit: course.appendingPathComponent("none.json").path, folder: course.path) }
    }

    @Test("The raw string of the generated source survives quotes followed by #")
    func rawDelimiter() {
        let source = BuiltInAssignment.source(for: "{\"a\": \"x\"##\"}\n")
        #expect(source.contains("= ###\"\"\""))
        #expect(source.contains("\"\"\"###"))
    }
}
