import CoursecheckAssignment

/// A part of a sheet under one heading: `Part II`, `Question 5`,
/// `Question 5.3`. Headings may carry Markdown decoration (`## `, `**`) and
/// be abbreviated (`Q5.3`).
public struct SheetSection: Sendable {
    public enum Heading: Equatable, Sendable {
        case part(Int)
        case question(Int, sub: Int?)
    }

    public var heading: Heading
    public var location: SourceLocation
    /// The body: the lines after the heading line, up to the next heading,
    /// with the heading line's remainder (text after `Question 2:`) first.
    public var body: Fragment

    /// The Part II question the section answers, if it is one.
    public var question: QuestionID? {
        guard case let .question(n, sub) = heading else { return nil }
        return .partII(n, sub: sub)
    }
}

extension SheetSection {
    /// Splits a sheet into sections at its headings; text before the first
    /// heading is dropped.
    public static func split(_ sheet: SheetText) -> [SheetSection] {
        var sections: [SheetSection] = []
        var current: (heading: Heading, location: SourceLocation, bodyStart: SourceLocation, remainder: Substring, first: Int)?

        func close(before end: Int) {
            guard let c = current else { return }
            let rest = sheet.lines[min(c.first, end)..<end].joined(separator: "\n")
            let text = c.remainder.isEmpty ? Substring(rest) : Substring(c.remainder + "\n" + rest)
            let start = c.remainder.isEmpty ? SourceLocation(line: c.first + 1, column: 1) : c.bodyStart
            sections.append(SheetSection(heading: c.heading, location: c.location, body: Fragment(text, start: start)))
        }

        for (index, line) in sheet.lines.enumerated() {
            guard let (heading, column, remainder, remainderColumn) = parseHeading(line) else { continue }
            close(before: index)
            current = (heading, SourceLocation(line: index + 1, column: column),
                       SourceLocation(line: index + 1, column: remainderColumn), remainder, index + 1)
        }
        close(before: sheet.lines.count)
        return sections
    }
}

extension SheetSection.Heading {
    /// How the heading reads: `Part II`, `Question 5.3`.
    public var title: String {
        switch self {
        case .part(let p): "Part \(p == 1 ? "I" : "II")"
        case .question(let n, let sub?): "Question \(n).\(sub)"
        case .question(let n, nil): "Question \(n)"
        }
    }
}
