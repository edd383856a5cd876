/// A block of a sheet, as pandoc's AST and CommonMark see one: containers
/// (list items, block quotes, HTML blocks) hold blocks; leaves (headings,
/// paragraphs, display maths, tables, code) hold text and maths. Every block
/// knows where it starts in the student's file.
public struct Block: Sendable {
    public enum Kind: Sendable {
        /// `# Question 3`, `\subsection*{Question 3}`, a Word heading style.
        case heading(level: Int, [Inline])
        /// Text and maths; soft line breaks stay in the text as line feeds.
        case paragraph([Inline])
        /// Maths displayed on its own (`$$…$$` alone, `\begin{align*}`,
        /// a Word equation paragraph, a ```` ```math ```` block).
        case displayMath(MathSource)
        /// A list item: its marker and its blocks.
        case listItem(ListMarker, [Block])
        case table(Table)
        /// `> …`; a callout (`> [!NOTE]`) names its kind.
        case quote(callout: String?, [Block])
        /// Code, shown as written: read as plain-text maths.
        case code(language: String?, Fragment)
        /// Raw HTML in a Markdown sheet: its source and what it renders
        /// (comments, hidden elements and images taken out).
        case html(raw: Fragment, rendered: [Block])
    }

    public var kind: Kind
    public var location: SourceLocation

    public init(_ kind: Kind, at location: SourceLocation) {
        self.kind = kind
        self.location = location
    }
}

/// A run of a paragraph: text, or maths.
public enum Inline: Sendable {
    case text(Fragment)
    case math(MathSource)
}

/// Maths as the student wrote it: its TeX source (Word's Office Math and
/// pandoc's MathML are turned into TeX by the front end) and its place.
public struct MathSource: Sendable {
    /// The TeX between the delimiters, with the place of each scalar.
    public var tex: Fragment
    /// Displayed (`$$`, `\[`, an environment, a Word equation paragraph) or
    /// inline (`$`, `\(`).
    public var display: Bool
    /// How it was delimited: `$`, `$$`, `\(`, `\[`, `\begin{align*}`,
    /// `` $` ``, `math` (a fenced block), `omml` (Word), `pandoc` (HTML).
    public var delimiter: String
    /// Where the opening delimiter is.
    public var location: SourceLocation

    public init(tex: Fragment, display: Bool, delimiter: String, location: SourceLocation) {
        self.tex = tex
        self.display = display
        self.delimiter = delimiter
        self.location = location
    }
}

/// A list item's marker: `-`, `*`, `1.`, `2)`, `\item`, `\item[Question 3]`'s
/// label, a Word numbering.
public struct ListMarker: Sendable, Equatable {
    public var text: String
    /// The number of an ordered item.
    public var ordinal: Int?
    /// 0 for a top-level list, 1 inside another list's item, …
    public var depth: Int
    /// A label with maths read as text and maths (`\item[Triplet 6,
    /// $(f_5, f_6, f_2)$]`), for a reader that takes what it states; nil
    /// for a label without maths or a marker that is no label.
    public var inlines: [Inline]?

    public init(text: String, ordinal: Int?, depth: Int, inlines: [Inline]? = nil) {
        self.text = text
        self.ordinal = ordinal
        self.depth = depth
        self.inlines = inlines
    }

    /// Markers are equal by what they print (`inlines` is the same text read).
    public static func == (a: ListMarker, b: ListMarker) -> Bool {
        a.text == b.text && a.ordinal == b.ordinal && a.depth == b.depth
    }
}

/// A table: rows of cells, the first `headerRows` of them a header.
public struct Table: Sendable {
    public struct Cell: Sendable {
        public var inlines: [Inline]
        public var location: SourceLocation

        public init(inlines: [Inline], location: SourceLocation) {
            self.inlines = inlines
            self.location = location
        }

        /// The cell's source: text as written, maths with its delimiters.
        public var source: String { Inline.source(of: inlines) }
    }

    public var rows: [[Cell]]
    public var headerRows: Int

    public init(rows: [[Cell]], headerRows: Int) {
        self.rows = rows
        self.headerRows = headerRows
    }
}

extension Inline {
    /// Inlines as written: text as it is, maths between `$` (inline) or
    /// `$$` (display), whatever delimiters the sheet used.
    public static func source(of inlines: [Inline]) -> String {
        var result = ""
        for inline in inlines {
            switch inline {
            case .text(let t): result += t.text
            case .math(let m): result += m.display ? "$$\(m.tex.text)$$" : "$\(m.tex.text)$"
            }
        }
        return result
    }

    /// Inlines with each run of adjacent text made one text (cutting a
    /// paragraph into lines and putting lines together leaves them apart).
    public static func merged(_ inlines: [Inline]) -> [Inline] {
        var result: [Inline] = []
        var builder: FragmentBuilder?
        for inline in inlines {
            switch inline {
            case .text(let t):
                if builder == nil { builder = FragmentBuilder() }
                builder!.append(t)
            case .math:
                if let b = builder, !b.isEmpty { result.append(.text(b.build(or: SourceLocation(line: 1, column: 1)))) }
                builder = nil
                result.append(inline)
            }
        }
        if let b = builder, !b.isEmpty { result.append(.text(b.build(or: SourceLocation(line: 1, column: 1)))) }
        return result
    }

    /// The text runs only, maths left out: the prose of a paragraph.
    public static func prose(of inlines: [Inline]) -> String {
        inlines.map { if case .text(let t) = $0 { String(t.text) } else { " " } }.joined()
    }
}
