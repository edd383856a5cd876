import CoursecheckNotation
import CoursecheckTestSupport
import Foundation
import Testing

@Suite("The command table's documentation is generated from the table")
struct CommandTableDocumentationTests {
    static let begin = "<!-- command-table:begin -->\n", end = "<!-- command-table:end -->"

    @Test("The Notation and Reading READMEs hold exactly what the table renders (COURSECHECK_RECORD=failed rewrites them)",
          arguments: ["Sources/Notation/README.md", "Sources/Reading/README.md"])
    func readme(_ path: String) throws {
        let url = PackagePaths.root.appendingPathComponent(path)
        let text = try String(contentsOf: url, encoding: .utf8)
        let lower = try #require(text.range(of: Self.begin)), upper = try #require(text.range(of: Self.end))
        let current = String(text[lower.upperBound..<upper.lowerBound])
        let rendered = CommandTable.standard.markdown
        guard current != rendered else { return }
        if RecordMode.current(ProcessInfo.processInfo.environment).records(exists: true, differs: true) {
            try Data((String(text[..<lower.upperBound]) + rendered + String(text[upper.lowerBound...])).utf8).write(to: url)
            return
        }
        Issue.record("\(path)'s command table differs from CommandTable.standard; regenerate with COURSECHECK_RECORD=failed swift test --filter CommandTableDocumentation")
    }

    @Test("Every role family and package of the table appears in it")
    func families() {
        let markdown = CommandTable.standard.markdown
        for name in ["\\pdv", "\\dfrac", "\\bm", "\\vb", "\\operatorname", "\\tag", "\\intertext", "{pmatrix}", "`grad`", "∂"] {
            #expect(markdown.contains(name.hasPrefix("{") ? "`\(name.dropFirst().dropLast())`" : name), "\(name)")
        }
    }
}
