import Foundation

/// A Jupyter notebook: each Markdown cell is parsed as Markdown on its own
/// (maths never runs from one cell into the next, as Jupyter renders them);
/// a raw cell is shown as written, so it is read as code; code cells and
/// their outputs are not answers and are listed as left out. Lines are
/// numbered across the cells (a blank line between two), and a place reads
/// `cell 4, line 2, column 5`.
enum NotebookReader {
    struct Notebook: Decodable {
        struct Cell: Decodable {
            var cell_type: String
            var source: Source
        }
        /// A cell's source: one string, or a list of lines.
        struct Source: Decodable {
            var text: String
            init(from decoder: any Decoder) throws {
                let container = try decoder.singleValueContainer()
                if let s = try? container.decode(String.self) { text = s } else { text = try container.decode([String].self).joined() }
            }
        }
        var cells: [Cell]
    }

    static func document(_ data: Data, path: String) throws -> SheetDocument {
        let notebook: Notebook
        do {
            notebook = try JSONDecoder().decode(Notebook.self, from: data)
        } catch {
            throw SheetError.unreadable(path: path, reason: "not a Jupyter notebook (no list of cells with a cell_type and a source)")
        }
        var reader = MarkdownReader()
        var blocks: [Block] = []
        var starts: [Int] = []
        var line = 1
        for cell in notebook.cells {
            // A cell's text is checked like a text sheet's (no NUL, maths
            // letters made plain, line endings folded).
            let text = try SheetBytes.text(Data(cell.source.text.utf8), path: path)
            starts.append(line)
            let lines = SourceLine.lines(of: text[...], firstLine: line)
            switch cell.cell_type {
            case "markdown":
                blocks += reader.blocks(lines)
            case "raw":
                blocks.append(Block(.code(language: nil, SourceLine.fragment(lines)), at: SourceLocation(line: line, column: 1)))
            default:
                if text.contains(where: { !$0.isWhitespace }) {
                    reader.omitted.append(Omission(.codeCell, at: SourceLocation(line: line, column: 1)))
                }
            }
            line += lines.count + 1
        }
        var document = SheetDocument(path: path, format: .notebook, blocks: blocks)
        document.omitted = reader.omitted
        document.problems = reader.problems
        document.places = .cells(starts)
        return document.withDefinitionDisplays()
    }
}
