import CoursecheckAssignment
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Foundation
import Testing

/// One answer as a student writes it, and how it must be read.
struct NotationEntry: Decodable, Sendable, CustomTestStringConvertible {
    var question: String?
    var text: String?
    var sheet: String?
    var id: String
    /// The canonical form of the answer read, or
    var reading: String?
    /// a substring of the reason it cannot be read.
    var error: String?

    var testDescription: String { "\(id): \(text ?? sheet ?? "")" }

    /// The sheet the entry is read from.
    var sheetText: String { sheet ?? "Question \(question ?? "")\n\n\(text ?? "")\n" }

    static let all: [NotationEntry] = {
        struct File: Decodable { var entries: [NotationEntry] }
        let url = PackagePaths.fixtures.appendingPathComponent("notation/catalogue.json")
        guard let data = try? Data(contentsOf: url), let file = try? JSONDecoder().decode(File.self, from: data) else { return [] }
        return file.entries
    }()
}

@Suite("The notation catalogue: every answer as written, read exactly or refused with its reason")
struct NotationCatalogueTests {
    @Test("The catalogue holds at least 100 entries")
    func size() {
        #expect(NotationEntry.all.count >= 100)
    }

    @Test("Each entry reads as written down", arguments: NotationEntry.all)
    func entry(_ entry: NotationEntry) throws {
        let assignment = try Assignment.load(from: PackagePaths.assignment.path)
        let text = try SheetDocument.read(data: Data(entry.sheetText.utf8), name: "entry.md")
        let report = try Verifier.verify(document: text, assignment: assignment)
        let check = report.checks.first { $0.id.description == entry.id }
        if let reading = entry.reading {
            let parsed = SheetParser(part: assignment.part2).parse(text)
            let claims = parsed.derivatives.first { $0.key.description == entry.id }?.value ?? []
            #expect(claims.count == 1, "\(claims.count) claims; problems: \(parsed.problems.map(\.message))")
            #expect(claims.first?.answer.description == reading, "read \(claims.first?.answer.description ?? "nothing")")
            let stray = report.checks.filter { $0.status == .unparsable }
            #expect(stray.isEmpty, "\(stray.map { "\($0.id): \($0.evidence)" })")
        } else {
            let error = try #require(entry.error)
            #expect(check?.status != .correct && check?.status != .incorrect, "\(check?.status.rawValue ?? "none"): \(check?.evidence ?? "")")
            let reasons = report.checks.filter { $0.status == .unparsable }.map(\.evidence)
            #expect(reasons.contains { $0.contains(error) }, "\(reasons)")
        }
    }
}
