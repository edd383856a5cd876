import CoursecheckGrading
import CoursecheckTestSupport
import Foundation
import Testing
import ZIPFoundation

/// Zips read entry by entry from their central directory: one entry that
/// cannot be read is reported with its reason and the rest is graded.
@Suite("Grading: zips")
struct GradingZipTests {
    @Test("An encrypted entry, a damaged local header, an unsupported method: each reported; every other student graded")
    func unreadableEntries() throws {
        var builder = ZipBuilder()
        builder.add("aaa_10001_1_answers.md", try Sheets.submitted())
        builder.add(ZipBuilder.Entry(name: "bbb_10002_1_answers.md", data: Data(try Sheets.submitted().utf8), flags: 0x0801))
        builder.add(ZipBuilder.Entry(name: "ccc_10003_1_answers.md", data: Data(try Sheets.submitted().utf8), damageLocalHeader: true))
        builder.add(ZipBuilder.Entry(name: "ddd_10004_1_answers.md", data: Data(try Sheets.submitted().utf8), method: 14))
        builder.add(ZipBuilder.Entry(name: "eee_10005_1_answers.md", data: Data(try Sheets.submitted().utf8), crc: 1))
        builder.add("zzz_10009_1_answers.md", try Sheets.flippedQ3())
        let run = try GradingFixtures.run(try builder.write())
        let grades = try run.grades()
        #expect(grades["10001"]![3] == "75.00" && grades["10009"]![3] == "72.00")
        #expect(grades["10002"]![2] == "unreadable" && grades["10002"]![6].contains("encrypted"))
        #expect(grades["10003"]![2] == "unreadable" && grades["10003"]![6].contains("damaged zip entry (no local header"))
        #expect(grades["10004"]![2] == "unreadable" && grades["10004"]![6].contains("compression method 14 is not supported"))
        #expect(grades["10005"]![2] == "unreadable" && grades["10005"]![6].contains("CRC-32 does not match"))
        #expect(run.summary.exitStatus == 1)
    }

    @Test("Two entries with one name: both kept, the student sent to review")
    func duplicates() throws {
        var builder = ZipBuilder()
        builder.add("aaa_10001_1_answers.md", try Sheets.submitted())
        builder.add("aaa_10001_1_answers.md", try Sheets.flippedQ3())
        builder.add("bbb_10002_1_answers.md", try Sheets.submitted())
        let run = try GradingFixtures.run(try builder.write())
        let grades = try run.grades()
        #expect(grades["10001"]![2] == "needs_review")
        #expect(grades["10001"]![6].contains("the zip holds 2 entries named aaa_10001_1_answers.md: each is kept"))
        #expect(grades["10002"]![2] == "graded")
    }

    @Test("Paths that leave the folder, absolute paths, drive letters and links are skipped and reported; nothing is written outside")
    func escapes() throws {
        var builder = ZipBuilder()
        builder.add("aaa_10001_1_answers.md", try Sheets.submitted())
        builder.add("..\\evil_10002_1_x.md", "pwned")
        builder.add("/etc/evil_10003_1_x.md", "pwned")
        builder.add("C:\\evil_10004_1_x.md", "pwned")
        builder.add(ZipBuilder.Entry(name: "link_10005_1_x.md", data: Data("/etc/passwd".utf8), unixMode: 0o120777))
        let zip = try builder.write()
        let run = try GradingFixtures.run(zip)
        let grades = try run.grades()
        #expect(grades["10001"]![2] == "graded")
        #expect(grades["10002"]![6].contains("its path leaves the folder"))
        #expect(grades["10003"]![6].contains("its path leaves the folder"))
        #expect(grades["10004"]![6].contains("its path leaves the folder"))
        #expect(grades["10005"]![6].contains("a symbolic link: not followed"))
        #expect(!FileManager.default.fileExists(atPath: zip.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("evil_10002_1_x.md").path))
    }

    @Test("A 300-byte name and a file and a folder of the same name: read, graded, and written under a bounded file name")
    func unwritableNames() throws {
        var builder = ZipBuilder()
        let long = String(repeating: "x", count: 300)
        builder.add(long + ".md", try Sheets.submitted())
        builder.add("same", try Sheets.submitted())
        builder.add("same/answers.md", try Sheets.flippedQ3())
        builder.add("bbb_10002_1_answers.md", try Sheets.submitted())
        let run = try GradingFixtures.run(try builder.write())
        let grades = try run.grades()
        #expect(grades[long]![2] == "graded" && grades[long]![3] == "75.00")
        #expect(grades["same"]![2] == "needs_review" && grades["same"]![6].contains("different verdicts"))
        #expect(grades["10002"]![2] == "graded")
        let names = try FileManager.default.contentsOfDirectory(atPath: run.out.appendingPathComponent("students").path)
        #expect(names.allSatisfy { $0.utf8.count < 120 })
        #expect(names.contains { $0.hasPrefix(String(repeating: "x", count: 83) + "-") && $0.hasSuffix(".md") })
    }

    @Test("A zip bomb: an entry inflates only as far as a sheet may go; the archive's limit is never a student")
    func bomb() throws {
        let folder = try PackagePaths.temporaryFolder()
        let zipURL = folder.appendingPathComponent("bomb.zip")
        let archive = try Archive(url: zipURL, accessMode: .create)
        try archive.addEntry(with: "zeros_10001_1_x.md", type: .file, uncompressedSize: Int64(64 << 20), compressionMethod: .deflate) { _, chunk in
            Data(count: chunk)
        }
        let sheet = Data(try Sheets.submitted().utf8)
        try archive.addEntry(with: "good_10002_1_x.md", type: .file, uncompressedSize: Int64(sheet.count), compressionMethod: .deflate) { position, size in
            sheet.subdata(in: Int(position)..<Int(position) + size)
        }
        #expect((try FileManager.default.attributesOfItem(atPath: zipURL.path)[.size] as! Int) < 200_000)
        let run = try GradingFixtures.run(zipURL)
        let grades = try run.grades()
        #expect(grades["10001"]![2] == "unreadable" && grades["10001"]![6].contains("more than the limit of 4194304"))
        #expect(grades["10002"]![3] == "75.00")
        // The archive's own limit, made small: a problem of the download.
        let tree = try ZipArchive(url: zipURL, maximumEntries: 1)
        #expect(tree.problems == ["bomb.zip: more than 1 entries; the rest was not read"])
        let small = try ZipArchive(url: zipURL, maximumBytes: 1 << 20)
        let entry = try #require(small.entries.first { $0.name == "zeros_10001_1_x.md" })
        #expect(throws: TreeReadError.self) { try small.read(entry, limit: 4 << 20) }
    }

    @Test("Archive-level problems go to the class report and the run's problems, never into an LMS file")
    func archiveProblems() throws {
        var builder = ZipBuilder()
        builder.add("aaa_10001_1_answers.md", try Sheets.submitted())
        var data = builder.data()
        // The end record claims two entries; the directory holds one.
        data[data.count - 22 + 8] = 2
        data[data.count - 22 + 10] = 2
        let url = try PackagePaths.temporaryFolder().appendingPathComponent("cut.zip")
        try data.write(to: url)
        let run = try GradingFixtures.run(url)
        #expect(run.summary.problems == ["cut.zip: the central directory lists 2 entries but holds 1"])
        #expect(try run.text("class-report.md").contains("## The download\n\n- cut.zip: the central directory lists 2 entries but holds 1"))
        #expect(try run.csv("canvas.csv").count == 3)
        #expect(try run.csv("moodle.csv").allSatisfy { !$0[0].contains("zip") })
        #expect(try run.grades().keys.sorted() == ["10001"])
    }
}
