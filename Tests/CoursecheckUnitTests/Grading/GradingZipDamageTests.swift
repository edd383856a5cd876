import CoursecheckGrading
import CoursecheckTestSupport
import Foundation
import Testing

/// Damaged and crafted zips (review A2): every ZIP64 value checked before
/// use, every sum checked for overflow, every extra-field read bounded by
/// the field and the record. Each damage is one unreadable entry (the rest
/// graded) or one unreadable archive (one line, exit 2), never a trap.
@Suite("Grading: damaged and crafted zips")
struct GradingZipDamageTests {
    /// `n` little-endian bytes of `value`.
    static func le(_ value: UInt64, _ n: Int) -> Data { Data((0..<n).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }) }

    /// A ZIP64 extra field (id 1) holding `values`, its declared length
    /// `declared` (the values' own by default).
    static func zip64Extra(_ values: [UInt64], declared: Int? = nil) -> Data {
        le(1, 2) + le(UInt64(declared ?? 8 * values.count), 2) + values.reduce(Data()) { $0 + le($1, 8) }
    }

    static func write(_ data: Data, _ name: String) throws -> URL {
        let url = try PackagePaths.temporaryFolder().appendingPathComponent(name)
        try data.write(to: url)
        return url
    }

    @Test("The review's z64.zip: a ZIP64 locator pointing at 2⁶⁴−1 before a sound classic record: noted, the class graded")
    func locatorOutOfRange() throws {
        var builder = ZipBuilder()
        builder.add("aaa_10001_1_answers.md", try Sheets.submitted())
        builder.zip64 = ZipBuilder.Zip64(locatorOffset: UInt64.max)
        let run = try GradingFixtures.run(try builder.write("z64.zip"))
        #expect(try run.grades()["10001"]?[3] == "75.00")
        #expect(run.summary.problems == ["z64.zip: a damaged ZIP64 end of central directory; the classic one was read"])
    }

    @Test("A ZIP64 end record that cannot be used when the classic one defers to it: one line, nothing written",
          arguments: [
            (ZipBuilder.Zip64(locatorOffset: UInt64.max, saturateClassic: true), "damaged ZIP64 end of central directory"),
            (ZipBuilder.Zip64(offset: 0xFFFF_FFFF_FFFF_FFF0, saturateClassic: true), "damaged ZIP64 end of central directory"),
            (ZipBuilder.Zip64(size: 1 << 63, saturateClassic: true), "damaged ZIP64 end of central directory"),
            (ZipBuilder.Zip64(size: 100, offset: UInt64(Int64.max) - 10, saturateClassic: true), "the central directory lies outside the file"),
          ])
    func unusableZip64End(zip64: ZipBuilder.Zip64, reason: String) throws {
        var builder = ZipBuilder()
        builder.add("aaa_10001_1_answers.md", try Sheets.submitted())
        builder.zip64 = zip64
        let url = try builder.write("z64.zip")
        let error = try #require(throws: ZipArchive.Unreadable.self) { try ZipArchive(url: url) }
        #expect(error.reason == reason)
        let out = try PackagePaths.temporaryFolder().appendingPathComponent("out")
        let refused = try #require(throws: GradeError.self) { try GradingFixtures.run(url, out: out) }
        #expect(refused.message == "\(url.path): cannot read the zip file: \(reason)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test("A sound ZIP64 end record (the classic one at its maximum) is read: the class graded")
    func soundZip64End() throws {
        var builder = ZipBuilder()
        builder.add("aaa_10001_1_answers.md", try Sheets.submitted())
        builder.add("bbb_10002_1_answers.md", try Sheets.flippedQ3())
        builder.zip64 = ZipBuilder.Zip64(saturateClassic: true)
        let run = try GradingFixtures.run(try builder.write())
        let grades = try run.grades()
        #expect(grades["10001"]?[3] == "75.00" && grades["10002"]?[3] == "72.00")
        #expect(run.summary.problems.isEmpty)
    }

    @Test("The review's trunc-extra.zip and other damaged ZIP64 extra fields: that student unreadable with the reason, the rest graded")
    func damagedExtraFields() throws {
        let sheet = Data(try Sheets.submitted().utf8)
        var builder = ZipBuilder()
        builder.add("aaa_10001_1_answers.md", try Sheets.submitted())
        // Sizes "in the ZIP64 field", whose header declares 8 bytes and
        // holds none; the valid one gives the true size.
        builder.add(ZipBuilder.Entry(name: "ccc_10003_1_answers.md", data: sheet, centralExtra: Self.zip64Extra([]),
                                     centralCompressed: 0xFFFF_FFFF))
        // A local offset of 2⁶³.
        builder.add(ZipBuilder.Entry(name: "ddd_10004_1_answers.md", data: sheet, centralExtra: Self.zip64Extra([1 << 63]),
                                     centralOffset: 0xFFFF_FFFF))
        // A compressed size of 2⁶³ − 5: offset + size overflows.
        builder.add(ZipBuilder.Entry(name: "eee_10005_1_answers.md", data: sheet, centralExtra: Self.zip64Extra([UInt64(Int64.max) - 4]),
                                     centralCompressed: 0xFFFF_FFFF))
        // At its maximum with no ZIP64 field at all.
        builder.add(ZipBuilder.Entry(name: "fff_10006_1_answers.md", data: sheet, centralCompressed: 0xFFFF_FFFF))
        // A sound ZIP64 field giving the true compressed size.
        builder.add(ZipBuilder.Entry(name: "ggg_10007_1_answers.md", data: Data(try Sheets.flippedQ3().utf8),
                                     centralExtra: Self.zip64Extra([UInt64(Data(try Sheets.flippedQ3().utf8).count)]),
                                     centralCompressed: 0xFFFF_FFFF))
        // Last, as in the review: the record's extra area holds only the
        // field's header (4 bytes) and the record ends the directory.
        builder.add(ZipBuilder.Entry(name: "bbb_10002_1_answers.md", data: sheet, centralExtra: Self.le(1, 2) + Self.le(8, 2),
                                     centralCompressed: 0xFFFF_FFFF))
        let run = try GradingFixtures.run(try builder.write())
        let grades = try run.grades()
        #expect(grades["10001"]?[3] == "75.00" && grades["10007"]?[3] == "72.00")
        for (id, reason) in [("10002", "its ZIP64 extra field is cut short"), ("10003", "its ZIP64 extra field is cut short"),
                             ("10004", "a ZIP64 size or offset of 2⁶³ or more"), ("10005", "its data runs past the end of the file"),
                             ("10006", "its ZIP64 extra field is missing")] {
            #expect(grades[id]?[2] == "unreadable", "\(id)")
            #expect(grades[id]?[6].contains("damaged zip entry (\(reason))") == true, "\(id): \(grades[id]?[6] ?? "")")
        }
        #expect(run.summary.exitStatus == 1)
    }

    @Test("3,000 seeded damages of a zip (bytes changed, mostly in its directory and end records; cut short): never a trap")
    func mutations() throws {
        var builder = ZipBuilder()
        builder.add("aaa_10001_1_answers.md", "Question 3\n")
        builder.add(ZipBuilder.Entry(name: "bbb_10002_1_answers.md", data: Data("Question 4\n".utf8),
                                     centralExtra: Self.zip64Extra([11]), centralCompressed: 0xFFFF_FFFF))
        builder.add("ccc/10003.md", "x")
        builder.zip64 = ZipBuilder.Zip64(saturateClassic: true)
        let original = builder.data()
        let folder = try PackagePaths.temporaryFolder()
        let url = folder.appendingPathComponent("fuzz.zip")
        var rng = SplitMix(seed: 20)
        var opened = 0
        for _ in 0..<3000 {
            var data = original
            for _ in 0..<Int.random(in: 1...6, using: &rng) {
                // Three in four in the last 200 bytes (the directory and end records).
                let at = Bool.random(using: &rng) || Bool.random(using: &rng)
                    ? Int.random(in: max(0, data.count - 200)..<data.count, using: &rng) : Int.random(in: 0..<data.count, using: &rng)
                data[at] = [0x00, 0xFF, 0x01, 0x7F, 0x80, UInt8.random(in: 0...255, using: &rng)].randomElement(using: &rng)!
            }
            if Int.random(in: 0..<8, using: &rng) == 0 { data = data.prefix(Int.random(in: 0..<data.count, using: &rng)) }
            try data.write(to: url)
            guard let archive = try? ZipArchive(url: url) else { continue }
            opened += 1
            for entry in archive.entries { _ = try? archive.read(entry, limit: 1 << 16) }
        }
        // Most damages leave the archive readable: the entries were read.
        #expect(opened > 1000)
    }
}
