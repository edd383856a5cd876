@_spi(Testing) import CoursecheckGoldens
import CoursecheckReporting
import CoursecheckTestSupport
import Foundation
import Testing

@Suite("Goldens: kept, compared with tolerance, regenerated on purpose")
struct GoldenTests {
    @Test("Every golden matches a fresh computation")
    func goldensMatch() throws {
        let failure = try GoldenAssertion.check()
        #expect(failure == nil, Comment(rawValue: failure ?? ""))
    }

    @Test("Line diffs name the first differing line and column")
    func lineDiff() {
        let message = Diffing<String>.lines.diff("a\nbcd\ne", "a\nbXd\ne")
        #expect(message?.hasPrefix("line 2, column 2:") == true, "\(message ?? "nil")")
        #expect(Diffing<String>.lines.diff("same", "same") == nil)
    }

    @Test("JSON diffs name the entry; floats match within tolerance, integers and strings exactly")
    func jsonDiff() throws {
        let diffing = Diffing<JSONValue>.json(absolute: 1e-12, relative: 1e-9)
        let golden = try JSONValue(parsing: #"{"models": [{"parameters": 60400, "error": 0.5, "name": "RNN"}]}"#)
        let close = try JSONValue(parsing: #"{"models": [{"parameters": 60400, "error": 0.5000000001, "name": "RNN"}]}"#)
        #expect(diffing.diff(golden, close) == nil)
        let far = try JSONValue(parsing: #"{"models": [{"parameters": 60401, "error": 0.6, "name": "RNN", "extra": true}]}"#)
        let message = try #require(diffing.diff(golden, far))
        #expect(message.contains("models[0].parameters: expected 60400, found 60401"))
        #expect(message.contains("models[0].error: expected 0.5, found 0.6"))
        #expect(message.contains("models[0].extra: not in the golden"))
    }

    @Test("Canonical JSON: sorted keys, fixed numbers, the same bytes for the same value")
    func canonical() throws {
        let value = JSONValue.object(["b": .int(2), "a": .array([.number(0.5), .string("x\"y")]), "c": .bool(true)])
        #expect(value.text == "{\n  \"a\": [0.5, \"x\\\"y\"],\n  \"b\": 2,\n  \"c\": true\n}\n")
        #expect(try JSONValue(parsing: value.text) == value)
    }

    @Test("Record modes: chosen by COURSECHECK_RECORD, never on CI")
    func recordModes() {
        #expect(RecordMode.current([:]) == .never)
        #expect(RecordMode.current(["COURSECHECK_RECORD": "failed"]) == .failed)
        #expect(RecordMode.current(["COURSECHECK_RECORD": "all", "CI": "true"]) == .never)
        #expect(RecordMode.missing.records(exists: false, differs: true))
        #expect(!RecordMode.missing.records(exists: true, differs: true))
        #expect(RecordMode.failed.records(exists: true, differs: true) && !RecordMode.failed.records(exists: true, differs: false))
    }

    @Test("An injected failure between two writes leaves every golden either old or new, never torn")
    func interruptedWrite() throws {
        let root = try GoldenAssertion.copyProject()
        let assignment = root.appendingPathComponent(Goldens.assignmentPath)
        let old = try String(contentsOf: assignment, encoding: .utf8)
        // A new seed changes the provenance of every JSON golden.
        try old.replacingOccurrences(of: "\"seed\": 20261127", with: "\"seed\": 99").write(to: assignment, atomically: true, encoding: .utf8)
        let files = try Goldens.compute(root: root)
        let before = try files.map { try String(contentsOf: root.appendingPathComponent($0.path), encoding: .utf8) }
        struct Injected: Error {}
        var written = 0
        #expect(throws: Injected.self) {
            try Goldens.write(files, root: root) { _ in
                if written == 2 { throw Injected() }
                written += 1
            }
        }
        var changed = 0
        for (file, old) in zip(files, before) {
            let now = try String(contentsOf: root.appendingPathComponent(file.path), encoding: .utf8)
            #expect(now == old || now == file.text, "\(file.path) is torn")
            if now != old { changed += 1 }
        }
        #expect(changed == 2)
        let leftovers = try FileManager.default.subpathsOfDirectory(atPath: root.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }
}
