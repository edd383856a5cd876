import CoursecheckNotation
import CoursecheckReading
import CoursecheckTestSupport
import Foundation
import Testing

/// `COURSECHECK_VARIANTS=N` for a longer run (default 2,200 whole sheets).
private let sheetCount = ProcessInfo.processInfo.environment["COURSECHECK_VARIANTS"].flatMap(Int.init) ?? 2_200

/// Axis values the reader does not read yet, left out of the run so that
/// it stays green and honest; each is a class in the findings, with a
/// minimal example (/work/notes/gen-findings.md, for the Reading module's
/// owner). An entry is `axis=value`, or values that fail only together
/// joined by ` & `. Remove an entry when the reader learns it: the run then
/// draws it again.
let knownGaps: Set<String> = []

@Suite("The whole-sheet generator: the submitted sheet in every layout and format verifies as its canonical form")
struct SheetGeneratorTests {
    @Test("The canonical form of the submitted sheet's claims verifies as fixtures/answers/submitted.md does")
    func canonical() throws {
        let verifier = try SheetVerifier()
        let canonical = verifier.verdicts(Data(SheetGenerator.canonical(.submitted).utf8), name: "sheet.md")
        let submitted = verifier.verdicts(try Data(contentsOf: PackagePaths.submittedSheet), name: "submitted.md")
        #expect(canonical == submitted)
        #expect(canonical.count > 60, "\(canonical.count) checks")
        // Slips are planted only in answers the sheet has right, so a slip makes a right answer wrong.
        #expect(SheetGenerator.plantable(verifier).count > 30)
    }

    @Test("Every whole-sheet variant verifies to its canonical form's verdicts; a planted slip never reads as correct")
    func variants() throws {
        let verifier = try SheetVerifier()
        let run = SheetGenerator.run(count: sheetCount, seed: 1919, excluding: knownGaps, verifier: verifier)
        print(run.report)
        if !run.failures.isEmpty {
            print("failing axis values: " + run.failingValues.sorted { $0.value > $1.value }.prefix(30).map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        }
        #expect(run.distinct >= min(2_000, sheetCount * 3 / 4), "\(run.distinct) distinct sheets")
        #expect(run.coverage.count >= 12, "\(run.coverage.count) axes")
        #expect(run.throughPandoc <= 150)
        // COURSECHECK_SHEET_DUMP=folder writes the failing sheets there, to run `coursecheck verify` on.
        if let folder = ProcessInfo.processInfo.environment["COURSECHECK_SHEET_DUMP"] {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for (n, message, sheet) in run.failures {
                try sheet.data.write(to: URL(fileURLWithPath: folder).appendingPathComponent("\(n).\(sheet.format.rawValue)"))
                try Data((message + "\n" + sheet.axes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "\n") + "\n").utf8)
                    .write(to: URL(fileURLWithPath: folder).appendingPathComponent("\(n).txt.why"))
            }
        }
        for (n, message, sheet) in run.failures.prefix(8) {
            Issue.record("sheet \(n) (\(sheet.format.rawValue), \(sheet.axes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", "))): \(message)")
        }
        #expect(run.failures.count == 0, "\(run.failures.count) of \(run.count) sheets fail")
    }

    @Test("Mutation: without any one command-table entry the sheets' readings use, some sheet that uses it fails")
    func mutation() throws {
        let start = Date()
        let verifier = try SheetVerifier()
        // A run of its own, smaller than `variants`' (the entries it
        // exercises are those of the standard table its readings looked up).
        let run = SheetGenerator.run(count: min(sheetCount, 500), seed: 2323, excluding: knownGaps, verifier: verifier)
        #expect(run.failures.isEmpty, "\(run.failures.count) of \(run.count) sheets fail with the whole table")
        let standard = Set(CommandTable.standard.keys)
        var users: [CommandTable.Key: [Int]] = [:]
        for (n, keys) in run.used.enumerated() where run.failures.allSatisfy({ $0.variant != n }) {
            for key in keys where standard.contains(key) { users[key, default: []].append(n) }
        }
        let exercised = users.keys.sorted()
        let all = ProcessInfo.processInfo.environment["COURSECHECK_MUTATION"] == "all"
        var random = SeededRandom(seed: 31)
        let sample = all ? exercised : Array(exercised.shuffled(using: &random).prefix(20))
        // Each entry against the sheets that use it, in a seeded order
        // (those read without pandoc first: they cost a tenth), until one
        // fails; at most `bound` of them.
        let bound = 40
        var documents: [Int: SheetDocument] = [:]
        var verified = 0
        var touched = Set<Int>()
        for key in sample {
            let table = CommandTable.standard.removing(key)
            let candidates = users[key]!.shuffled(using: &random).sorted { !run.sheets[$0].format.throughPandoc && run.sheets[$1].format.throughPandoc }
            var tried = 0
            var failure: String?
            for n in candidates.prefix(bound) {
                let sheet = run.sheets[n]
                let document: SheetDocument
                if let known = documents[n] { document = known } else {
                    document = try SheetDocument.read(data: sheet.data, name: sheet.name)
                    documents[n] = document
                }
                tried += 1
                touched.insert(n)
                let problems = SheetGenerator.problems(sheet, got: verifier.reading(document, table: table).verdicts, expected: run.expected[n])
                if let first = problems.first {
                    failure = "sheet \(n) (\(sheet.format.rawValue)): \(first)"
                    break
                }
            }
            verified += tried
            print("  without \(key) (used by \(candidates.count) sheets): " + (failure.map { "fails at the \(tried). tried, \($0)" } ?? "none of \(tried) fails"))
            #expect(failure != nil, "removing \(key) changes no verdict of the \(tried) sheets (of \(candidates.count)) whose reading uses it")
        }
        print("sheet mutation: \(sample.count) of \(exercised.count) exercised table entries removed one at a time (from \(run.count) sheets); "
            + "\(verified) verifications of \(touched.count) distinct sheets; " + String(format: "%.1f s", Date().timeIntervalSince(start)))
    }

    @Test("Known gaps: drawn without the list, the only sheets that fail are those an entry names")
    func knownGapsAreTheFailures() throws {
        let verifier = try SheetVerifier()
        let run = SheetGenerator.run(count: 300, seed: 7, verifier: verifier)
        var seen: Set<String> = []
        for (n, message, sheet) in run.failures {
            let values = Set(sheet.axes.map { "\($0.key)=\($0.value)" })
            let named = knownGaps.filter { $0.components(separatedBy: " & ").allSatisfy(values.contains) }
            seen.formUnion(named)
            #expect(!named.isEmpty, "sheet \(n) fails outside the known gaps: \(message)")
        }
        print("known gaps: \(run.failures.count) of \(run.count) sheets drawn without the list fail, "
            + "all in \(seen.count) of \(knownGaps.count) known gaps: \(seen.sorted())")
        // A gap the reader has closed should leave the list; one that no draw reached says nothing.
        #expect(!seen.isEmpty || run.failures.isEmpty)
    }
}
