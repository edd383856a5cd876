import CoursecheckAssignment
import CoursecheckNumerics
import CoursecheckReading
import CoursecheckReporting
import CoursecheckVerification
import Foundation

/// The reference results kept under fixtures/golden/, one file per subject,
/// and the reports of `make report`: everything `coursecheck regenerate`
/// recomputes from fixtures/assignment.json and fixtures/answers/submitted.md.
public enum Goldens {
    public static let assignmentPath = "fixtures/assignment.json"
    public static let sheetPath = "fixtures/answers/submitted.md"

    /// Numbers in JSON goldens match within these: integers always exactly.
    public static let absoluteTolerance = 1e-12
    public static let relativeTolerance = 1e-9

    /// Computes every golden for the project rooted at `root`.
    public static func compute(root: URL) throws -> [GoldenFile] {
        let assignmentURL = root.appendingPathComponent(assignmentPath)
        let assignmentText = try String(contentsOf: assignmentURL, encoding: .utf8)
        // Found under the root as fixtures/assignment.json: reports name it so.
        let (assignment, source) = try Assignment.locate(explicit: nil, folder: root.path)
        let strategy = Snapshotting<JSONValue, String>.json(absolute: absoluteTolerance, relative: relativeTolerance)
        // Computed once, for the goldens and for the report.
        let computed = try Part2References(assignment)
        let references = computed.questions.compactMap { q in computed.references[q.id].map { (q, $0) } }
        var files = [
            try GoldenFile(path: "fixtures/golden/part2-expressions.json", value: expressions(references, assignment), as: strategy),
            try GoldenFile(path: "fixtures/golden/part2-counts.json", value: counts(assignment), as: strategy),
        ]
        if let part1 = assignment.part1 {
            files.append(try GoldenFile(path: "fixtures/golden/part1-inventories.json", value: inventories(part1, assignment), as: strategy))
        }
        files.append(try GoldenFile(path: "fixtures/golden/numerics.json", value: numerics(references, assignment), as: strategy))

        var document = try SheetDocument.read(path: root.appendingPathComponent(sheetPath).path)
        document.path = sheetPath
        let report = try Verifier.verify(document: document, assignment: assignment, source: source, references: computed)
        files.append(try GoldenFile(path: "reports/answer-report.md", value: report, as: .markdown))
        files.append(try GoldenFile(path: "reports/answer-report.json", value: report, as: .json))
        // The course's assignment built into the binary, kept identical to
        // fixtures/assignment.json.
        files.append(GoldenFile(path: BuiltInAssignment.sourcePath, text: BuiltInAssignment.source(for: assignmentText), diffing: .lines))
        return files
    }

    /// Where the goldens come from: the library versions and settings that
    /// produced them.
    static func provenance(_ a: Assignment, _ extra: [String: JSONValue] = [:]) -> JSONValue {
        var p: [String: JSONValue] = [
            "generator": .string("coursecheck regenerate"),
            "gsl_version": .string(gslVersion),
            "cblas": .string(BLAS.provider),
            "seed": .int(Int(a.reference.seed)),
        ]
        p.merge(extra) { $1 }
        return .object(p)
    }
}
