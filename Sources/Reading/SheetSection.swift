import CoursecheckAssignment

/// A part of a sheet under one heading: `Part II`, `Question 5`,
/// `Question 5.3`. A heading is a heading block, a line of a paragraph
/// (`**Question 5.3**`, `Question 5.3:`, `Q 5.3 -`, `5.3)`), or a list
/// item's label (`\item[Question 3]`); what follows it on its line is the
/// section's first text.
public struct SheetSection: Sendable {
    public enum Heading: Equatable, Sendable {
        case part(Int)
        case question(Int, sub: Int?)
    }

    public var heading: Heading
    public var location: SourceLocation
    /// The leaf blocks under the heading, in reading order, up to the next
    /// heading.
    public var leaves: [Leaf]

    /// The Part II question the section answers, if it is one.
    public var question: QuestionID? {
        guard case let .question(n, sub) = heading else { return nil }
        return .partII(n, sub: sub)
    }
}

extension SheetSection {
    /// Splits a sheet's leaves into sections at its headings; what comes
    /// before the first heading is not an answer.
    public static func split(_ document: SheetDocument) -> [SheetSection] {
        var sections: [SheetSection] = []
        func add(_ leaf: Leaf) {
            guard !sections.isEmpty else { return }
            sections[sections.count - 1].leaves.append(leaf)
        }
        for leaf in document.leaves {
            // `\item[Question 3]`'s label, or a number alone on its line
            // (`3)`, which Markdown reads as an empty list item).
            let empty: Bool = { if case .paragraph(let i) = leaf.block.kind { return i.isEmpty }; return false }()
            if let marker = leaf.marker, marker.ordinal == nil || empty, let (heading, _, _, _) = parseHeading(Substring(marker.text)) {
                // `\item[Question 3] …`: the label is the heading.
                sections.append(SheetSection(heading: heading, location: leaf.block.location, leaves: []))
                var body = leaf
                body.marker = nil
                add(body)
                continue
            }
            let inlines: [Inline]
            switch leaf.block.kind {
            case .paragraph(let i), .heading(_, let i): inlines = i
            default:
                add(leaf)
                continue
            }
            // A heading block that is a question's number alone (`### 5.2`).
            if case .heading = leaf.block.kind, let heading = numberHeading(inlines) {
                sections.append(SheetSection(heading: heading, location: leaf.block.location, leaves: []))
                continue
            }
            var pending: [Inline] = []
            var first = true
            for line in ParagraphLines.lines(inlines) {
                if let (heading, location, remainder) = headingLine(line) {
                    if !pending.isEmpty { add(paragraphLeaf(pending, like: leaf, first: first)) }
                    first = false
                    pending = remainder
                    sections.append(SheetSection(heading: heading, location: location, leaves: []))
                } else {
                    pending += line
                }
            }
            if !pending.isEmpty, pending.contains(where: { !ParagraphLines.isBlank($0) }) {
                add(paragraphLeaf(pending, like: leaf, first: first))
            }
        }
        return sections
    }

    /// A heading block's text that is a number alone, `5.2` or `3`, with
    /// or without its punctuation: the block says it is a heading.
    static func numberHeading(_ inlines: [Inline]) -> Heading? {
        let text = Inline.source(of: inlines).trimmingWhitespace()
        guard !text.isEmpty, text.count <= 6, text.first?.isNumber == true else { return nil }
        let scalars = Array((text.last?.isNumber == true ? text + ")" : text).unicodeScalars)
        return bareNumber(scalars, from: 0)
    }

    /// The heading a line starts with, where it is, and the rest of the line.
    static func headingLine(_ line: [Inline]) -> (Heading, SourceLocation, [Inline])? {
        guard case .text(let text)? = line.first else { return nil }
        let content = text.text.last == "\n" ? text.text.dropLast() : text.text
        guard let (heading, column, _, remainderColumn) = parseHeading(content) else { return nil }
        let rest = text.slice(min(remainderColumn - 1, text.count)..<text.count)
        var remainder: [Inline] = rest.text.isEmpty ? [] : [.text(rest)]
        remainder += line.dropFirst()
        return (heading, text.location(at: column - 1), remainder)
    }

    /// Lines of a block as a paragraph leaf of the section; a heading
    /// block's remainder is a paragraph, and a list item keeps its marker
    /// only on its first lines.
    static func paragraphLeaf(_ inlines: [Inline], like leaf: Leaf, first: Bool) -> Leaf {
        let start: SourceLocation = {
            switch inlines.first {
            case .text(let t)?: t.start
            case .math(let m)?: m.location
            case nil: leaf.block.location
            }
        }()
        var result = leaf
        result.block = Block(.paragraph(Inline.merged(inlines)), at: start)
        if !first { result.marker = nil }
        return result
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

/// A paragraph's inlines cut at its line breaks.
enum ParagraphLines {
    /// The lines of `inlines`: each line's last text keeps its line feed, so
    /// that lines put together again are the paragraph; a maths span stays
    /// whole on the line where it starts.
    static func lines(_ inlines: [Inline]) -> [[Inline]] {
        var lines: [[Inline]] = [[]]
        for inline in inlines {
            guard case .text(let text) = inline else {
                lines[lines.count - 1].append(inline)
                continue
            }
            var start = 0
            var offset = 0
            var cut = FragmentSlicer(text)
            for scalar in text.text.unicodeScalars {
                offset += 1
                if scalar == "\n" {
                    lines[lines.count - 1].append(.text(cut.slice(start..<offset)))
                    lines.append([])
                    start = offset
                }
            }
            if start < offset { lines[lines.count - 1].append(.text(cut.slice(start..<offset))) }
        }
        if lines.last?.isEmpty == true, lines.count > 1 { lines.removeLast() }
        return lines
    }

    static func isBlank(_ inline: Inline) -> Bool {
        if case .text(let t) = inline { return t.text.allSatisfy(\.isWhitespace) }
        return false
    }
}
