import CoursecheckAssignment
@_spi(Testing) import CoursecheckGrading
import CoursecheckMaths
import CoursecheckTestSupport
import CoursecheckTraining
import Foundation

/// Classes laid out as each LMS lays them out, made of the submitted sheet
/// and variants whose grades are worked out by hand.
///
/// Without a points section every check is worth 1 and an answer carried
/// forward earns full points. The catalogue has 84 checks; the six test
/// accuracies cannot be verified on any sheet, so the maximum is 78 for
/// everyone. The submitted sheet: Part I 7/7; Q2 3/3; Q3 3/3; Q4 3/4 (the
/// reasoning behind `all` is inconsistent); Q5's list 1/1; Q5.1 5/6 (f_5);
/// Q5.2, 5.3, 5.5–5.8 6/6; Q5.4 5/6 (f_2); Q6 12/12 (f_2 and f_5 carried
/// forward, working shown). 75/78 = 96.15 %.
enum Sheets {
    static func submitted() throws -> String { try SheetVariant.submitted() }

    /// Question 3's three answers with their signs flipped: 72/78 = 92.31 %.
    static func flippedQ3() throws -> String {
        try SheetVariant.submitted(replacing: [
            ("\\frac{\\partial L^t}{\\partial f_a} = f_n - f_p, \\frac{\\partial L^t}{\\partial f_p} = f_p - f_a, \\frac{\\partial L^t}{\\partial f_n} = f_a - f_n",
             "\\frac{\\partial L^t}{\\partial f_a} = f_p - f_n, \\frac{\\partial L^t}{\\partial f_p} = f_a - f_p, \\frac{\\partial L^t}{\\partial f_n} = f_n - f_a"),
        ])
    }

    /// One answer unreadable (g_1 is no sample): Q5.2's f_1 0 provisionally,
    /// 74/78 = 94.87 %, under review.
    static func unparsable() throws -> String {
        try SheetVariant.submitted(replacing: [("= f_4 - f_3, \\frac", "= f_4 - g_1, \\frac")])
    }

    /// Question 6 with results only, no working: the six `.steps` checks are
    /// unverifiable on this sheet and earn what the sum they support earns
    /// (all six: four correct, two carried forward in full): 75/78 again.
    static func noWorking() throws -> String {
        try SheetVariant.submitted(replacing: [
            ("= (f_5 - f_2) + (f_4 - f_3) + (f_1 - f_2) + (f_1 - f_3) =", "="),
            ("= (f_2 - f_1) + (f_6 - f_1) + (f_4 - f_2) + (f_5 - f_2) + (f_6 - f_2) =", "="),
            ("= (f_3 - f_1) + (f_3 - f_2) + (f_5 - f_1) + (f_6 - f_3) =", "="),
            ("= (f_1 - f_4) + (f_2 - f_4) + (f_4 - f_6) + (f_4 - f_6) =", "="),
            ("= (f_1 - f_2) + (f_3 - f_5) + (f_2 - f_6) =", "="),
            ("= (f_2 - f_6) + (f_6 - f_5) + (f_3 - f_4) + (f_2 - f_4) =", "="),
        ])
    }
}

enum GradingFixtures {
    /// The committed assignment with a points section, written to a file.
    static func assignmentFile(points: String? = nil, editing: (inout [String: Any]) -> Void = { _ in }) throws -> URL {
        let data = try Data(contentsOf: PackagePaths.assignment)
        var object = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        if let points { object["points"] = try JSONSerialization.jsonObject(with: Data(points.utf8)) }
        editing(&object)
        let url = try PackagePaths.temporaryFolder().appendingPathComponent("assignment.json")
        try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]).write(to: url)
        return url
    }

    static func folder(_ name: String = "class", files: [String: String]) throws -> URL {
        let folder = try PackagePaths.temporaryFolder().appendingPathComponent(name)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return folder
    }

    static func write(_ text: String, _ name: String) throws -> String {
        let url = try PackagePaths.temporaryFolder().appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    struct Run {
        var out: URL
        var summary: GradeSummary

        func text(_ name: String) throws -> String { try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8) }
        func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path) }

        /// A CSV's rows, parsed as a spreadsheet would (CSV.swift).
        func csv(_ name: String) throws -> [[String]] {
            let table = try CSVTable.read(out.appendingPathComponent(name).path)
            return [table.header] + table.rows
        }

        /// grades.csv's data rows by student id.
        func grades() throws -> [String: [String]] {
            Dictionary(try csv("grades.csv").dropFirst(2).map { ($0[0], $0) }, uniquingKeysWith: { a, _ in a })
        }

        func json(_ name: String) throws -> [String: Any] {
            try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent(name))) as! [String: Any]
        }
    }

    static func run(_ submissions: URL, out: URL? = nil, assignment: URL? = nil, roster: String? = nil, overrides: String? = nil,
                    previous: URL? = nil, jobs: Int = 1, feedback: Feedback = .full, canvasColumn: String? = nil,
                    scaleTo: String? = nil, exportProvisional: Bool = false, canvasGradebook: String? = nil,
                    moodleWorksheet: String? = nil, accuracyReference: AccuracyReference? = nil,
                    failWriting: String? = nil) throws -> Run {
        let out = try out ?? PackagePaths.temporaryFolder().appendingPathComponent("out")
        let spec = try Assignment.load(from: (assignment ?? PackagePaths.assignment).path)
        let rosterValue = try roster.map { try Roster.load(try write($0, "roster.csv")) }
        let overridesValue = try overrides.map { try Overrides.load(try write($0, "overrides.csv")) } ?? Overrides()
        var options = GradeOptions(
            submissions: submissions, outputDirectory: out, assignment: spec, roster: rosterValue, overrides: overridesValue,
            previous: previous, jobs: jobs, feedback: feedback, canvasColumn: canvasColumn,
            scaleTo: scaleTo.flatMap { Rational(decimalText: $0) }, exportProvisional: exportProvisional,
            canvasGradebook: canvasGradebook, moodleWorksheet: moodleWorksheet, accuracyReference: accuracyReference)
        options.failWriting = failWriting
        let summary = try GradeRun.run(options)
        return Run(out: out, summary: summary)
    }

    /// Every file and folder under `folder`, with its bytes (nil for a folder).
    static func snapshot(_ folder: URL) throws -> [String: Data?] {
        var result: [String: Data?] = [:]
        for relative in try FileManager.default.subpathsOfDirectory(atPath: folder.path) {
            var isDirectory: ObjCBool = false
            let url = folder.appendingPathComponent(relative)
            _ = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
            result[relative] = isDirectory.boolValue ? .some(nil) : try Data(contentsOf: url)
        }
        return result
    }

    /// The sum of printed decimals, in hundredths (no floating point).
    static func cents(_ values: [String]) -> Int {
        values.reduce(0) { sum, text in
            let parts = text.split(separator: ".")
            return sum + Int(parts[0])! * 100 + (parts.count > 1 ? Int(parts[1])! : 0)
        }
    }

    static func cents(_ value: Any?) -> Int { Int(((value as? Double) ?? .nan) * 100 + 0.5) }
}
