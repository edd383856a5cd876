import CoursecheckGrading
import CoursecheckTestSupport
import Foundation
import Testing

/// The class report's smaller promises: a question no one can score is
/// "n/a", labels are never cut, the standard deviation says which it is, a
/// deeply nested sheet is found or its place is named.
@Suite("Grading: class report")
struct GradingReportTests {
    @Test("The facility chart and table show a question with n = 0 as n/a; the picture holds its longest label; σ is the population's")
    func report() throws {
        let folder = try GradingFixtures.folder(files: [
            "a_1_1_x.md": try Sheets.submitted(), "b_2_1_x.md": try Sheets.flippedQ3(),
        ])
        let run = try GradingFixtures.run(folder)
        let svg = try run.text("question-facility.svg")
        // part1.accuracy is out of the maximum: no bar, "n/a", never "0.00".
        let accuracy = try #require(svg.range(of: ">part1.accuracy</text>"))
        let before = svg[..<accuracy.lowerBound].components(separatedBy: "\n").suffix(2).joined()
        #expect(before.contains(">n/a</text>") && !before.contains("<rect"))
        // Width and height leave room for the longest label turned 45°: 10
        // characters of 7 px, about 49.5 px down and left of its anchor.
        let height = Double(svg.components(separatedBy: "height=\"")[1].prefix { $0 != "\"" })!
        let needed: Double = 220 + 70 * 0.7071
        #expect(height >= needed - 0.1)
        let firstLabel = try #require(svg.range(of: "text-anchor=\"end\" transform=\"rotate(-45 "))
        let anchorX = Double(svg[firstLabel.upperBound...].prefix { $0 != " " })!
        let reach: Double = 14 * 7 * 0.7071
        #expect(anchorX - reach >= 0)  // "part1.params" and longer labels start inside the picture
        let markdown = try run.text("class-report.md")
        #expect(markdown.contains("| `part1.accuracy` | 0.00 | 0 | n/a | n/a | — | n/a | n/a | n/a |"))
        // Percents 96.15 and 92.31: mean 94.23, σ (population) 1.92.
        #expect(markdown.contains("mean 94.23, median 94.23, population standard deviation (σ, over the class as a whole) 1.92."))
        let scores = try run.json("class-report.json")["scores"] as! [String: Any]
        #expect(scores["population_standard_deviation_percent"] as? String == "1.92")
        let questions = try run.json("class-report.json")["questions"] as! [[String: Any]]
        #expect(questions.first { $0["question"] as? String == "part1.accuracy" }?["facility"] as? String == "n/a")
    }

    @Test("A sheet nested deep in a student's folder is found; one deeper than the walk goes is named, not 'no file'")
    func nesting() throws {
        let deep = (1...5).map { "d\($0)" }.joined(separator: "/")
        let deeper = (1...9).map { "d\($0)" }.joined(separator: "/")
        let run = try GradingFixtures.run(try GradingFixtures.folder(files: [
            "alice/\(deep)/answers.md": try Sheets.submitted(),
            "bob/\(deeper)/answers.md": try Sheets.submitted(),
        ]))
        let grades = try run.grades()
        #expect(grades["alice"]![2] == "graded" && grades["alice"]![3] == "75.00")
        #expect(grades["bob"]![2] == "unreadable" && grades["bob"]![6].contains("more than 8 folders deep: not read: bob/d1/d2/d3/d4/d5/d6/d7"))
    }

    /// The Moodle and Gradescope downloads, zipped as the LMS serves them.
    @Test("Moodle's download as a zip, Gradescope's export as a folder: the same grades as the other form")
    func otherForms() throws {
        let moodle = try GradingFixtures.folder("moodle", files: [
            "Ann Lee_1001_assignsubmission_file_answers.md": try Sheets.submitted(),
            "Bob Ray_1002_assignsubmission_file/answers.md": try Sheets.flippedQ3(),
            "Bob Ray_1002_assignsubmission_onlinetext/onlinetext.html": "<p>See the file.</p>\n",
        ])
        var builder = ZipBuilder()
        for path in try FileManager.default.subpathsOfDirectory(atPath: moodle.path).sorted() {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: moodle.appendingPathComponent(path).path, isDirectory: &isDirectory)
            if !isDirectory.boolValue { builder.add(path, try String(contentsOf: moodle.appendingPathComponent(path), encoding: .utf8)) }
        }
        let zipped = try GradingFixtures.run(try builder.write("moodle.zip")).grades()
        #expect(zipped["1001"]![3] == "75.00" && zipped["1002"]![3] == "72.00" && zipped.count == 2)

        let export = try GradingFixtures.folder("assignment_4711_export", files: [
            "submission_metadata.yml": GradingLMSTests.metadata,
            "submission_900001/answers.md": try Sheets.submitted(),
            "submission_900002/answers.md": try Sheets.flippedQ3(),
        ])
        let grades = try GradingFixtures.run(export).grades()
        #expect(grades["111"]![3] == "75.00" && grades["222"]![3] == "72.00" && grades["333"]![3] == "72.00")
        #expect(grades["mail@x.edu"]![2] == "unreadable" && grades["mail@x.edu"]![6].contains("no folder for this submission"))
    }
}
