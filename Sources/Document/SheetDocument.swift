/// A sheet as its reader sees it: blocks of text and maths, whatever format
/// it came in. Every front end (Markdown and plain text, LaTeX, notebooks,
/// Word, HTML) builds this one model; the question readers walk its blocks.
///
/// Only what is rendered is in the blocks. What a front end left out
/// (comments, hidden elements, images, code cells) is listed in `omitted`,
/// so that a question whose only content was left out can say so; what it
/// could not make sense of (a maths delimiter left open) is in `problems`.
public struct SheetDocument: Sendable {
    /// The sheet's name in messages.
    public var path: String
    public var format: SheetFormat
    public var blocks: [Block]
    public var omitted: [Omission] = []
    public var problems: [Problem] = []
    /// How a `SourceLocation` reads in this sheet.
    public var places: PlaceStyle = .lines
    /// Macros the document defines for its maths (a LaTeX document's
    /// `\newcommand`, `\def`), handed over as data: the maths grammar
    /// expands them where they are used, so that places stay the student's.
    public var macros: [MacroDefinition] = []

    /// Something a front end could not make sense of, at its place.
    public struct Problem: Sendable {
        public var location: SourceLocation
        /// Why, without the text it was found in (`unclosed '$$'`).
        public var message: String
        /// Advice that goes with it, if any.
        public var detail: String?

        public init(location: SourceLocation, message: String, detail: String? = nil) {
            self.location = location
            self.message = message
            self.detail = detail
        }
    }

    public init(path: String, format: SheetFormat, blocks: [Block]) {
        self.path = path
        self.format = format
        self.blocks = blocks
    }
}

/// A macro a document defines: `\newcommand{\pd}[2]{\frac{\partial #1}{\partial #2}}`
/// is `pd`, 2 parameters, that body; `[2][x]` gives the first parameter a
/// default. The body is TeX source, as written.
public struct MacroDefinition: Sendable, Equatable {
    public var name: String
    public var parameters: Int
    public var body: String
    public var defaultArgument: String?

    public init(name: String, parameters: Int, body: String, defaultArgument: String? = nil) {
        self.name = name
        self.parameters = parameters
        self.body = body
        self.defaultArgument = defaultArgument
    }
}

/// How a `SourceLocation` of a sheet reads in a message.
public enum PlaceStyle: Sendable, Equatable {
    /// Line and column of the file (Markdown, LaTeX).
    case lines
    /// A notebook: the cells' first lines, in the numbering of the cells'
    /// lines counted on (a blank line between cells).
    case cells([Int])
    /// Word and HTML: the line is the paragraph's number in the document.
    case paragraphs

    /// `12:5`, `cell 4, line 2, column 5`, `paragraph 40`.
    public func describe(_ location: SourceLocation) -> String {
        switch self {
        case .lines:
            return "\(location.line):\(location.column)"
        case .cells(let starts):
            guard let cell = starts.lastIndex(where: { $0 <= location.line }) else { return "\(location.line):\(location.column)" }
            return "cell \(cell + 1), line \(location.line - starts[cell] + 1), column \(location.column)"
        case .paragraphs:
            return "paragraph \(location.line)"
        }
    }
}

/// A leaf block with what contains it: the question readers walk these.
public struct Leaf: Sendable {
    public var block: Block
    /// The marker of the list item this block opens (its first block), if any.
    public var marker: ListMarker?
    /// Depth of list nesting (0 outside lists).
    public var listDepth: Int
    /// Inside a block quote or callout.
    public var quoted: Bool
}

extension SheetDocument {
    /// The leaf blocks in reading order; containers are walked through.
    public var leaves: [Leaf] {
        var result: [Leaf] = []
        func walk(_ blocks: [Block], depth: Int, quoted: Bool) {
            for block in blocks {
                switch block.kind {
                case .listItem(let marker, let children):
                    let start = result.count
                    walk(children, depth: depth + 1, quoted: quoted)
                    if result.count > start {
                        result[start].marker = marker
                    } else {
                        // An empty item still carries its marker (`\item[Question 3]`).
                        result.append(Leaf(block: Block(.paragraph([]), at: block.location), marker: marker,
                                           listDepth: depth + 1, quoted: quoted))
                    }
                case .quote(_, let children):
                    walk(children, depth: depth, quoted: true)
                case .html(_, let rendered):
                    walk(rendered, depth: depth, quoted: quoted)
                default:
                    result.append(Leaf(block: block, marker: nil, listDepth: depth, quoted: quoted))
                }
            }
        }
        walk(blocks, depth: 0, quoted: false)
        return result
    }
}
