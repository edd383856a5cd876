import Foundation

/// The formats' writers: each block written as a student writes it in
/// Markdown (also plain text and a notebook's cells), LaTeX and HTML.
extension SheetGenerator {
    /// `N` in a heading pattern (a capital N after a space, `Q`, `{`, `>`, `#` or at the start) stands for the question's number.
    static func heading(_ pattern: String, _ number: String) -> String {
        var out = ""
        var previous: Character = " "
        for c in pattern {
            out += c == "N" && " Q{>#*".contains(previous) ? number : String(c)
            previous = c
        }
        return out
    }

    static func inlines(_ runs: [SheetBlock.Inline], math: (String) -> String, text: (String) -> String = { $0 }) -> String {
        runs.map { run in
            switch run {
            case .text(let t): text(t)
            case .math(let m): math(m)
            }
        }.joined()
    }

    // MARK: Markdown, plain text, notebooks

    mutating func markdownChunks(_ blocks: [SheetBlock]) -> [[String]] {
        let txt = axes["file format"] == "txt"
        let pattern = pick("heading style", txt
            ? ["Question N", "Question N:", "QN:", "QN.", "N)", "QUESTION N"]
            : ["## Question N", "### Question N", "# Question N", "**Question N**", "**N.**", "N)", "QN:", "Question N:", "**QN**", "## QN", "#### N"])
        let bullet = pick("list marker", ["-", "*", "+"])
        let partPattern = pattern.hasPrefix("#") ? "# N" : "N"
        func inline(_ runs: [SheetBlock.Inline]) -> String { Self.inlines(runs, math: { "$" + $0 + "$" }) }
        func write(_ block: SheetBlock) -> String {
            switch block {
            case let .heading(number, part):
                return part ? Self.heading(partPattern, number) : Self.heading(pattern, number)
            case .paragraph(let runs): return inline(runs)
            case .display(let text): return text
            case .plain(let text): return text
            case let .list(items, ordered):
                return items.enumerated().map { (ordered ? "\($0.offset + 1)." : bullet) + " " + inline($0.element) }.joined(separator: "\n")
            case let .table(header, rows):
                return (["| " + header.joined(separator: " | ") + " |", "|" + header.map { _ in " --- |" }.joined()]
                    + rows.map { "| " + $0.map(inline).joined(separator: " | ") + " |" }).joined(separator: "\n")
            case .quote(let inner):
                return inner.map(write).joined(separator: "\n\n").split(separator: "\n", omittingEmptySubsequences: false)
                    .map { $0.isEmpty ? ">" : "> " + $0 }.joined(separator: "\n")
            case .cellBreak: return ""
            }
        }
        // Chunks: one per heading's section, split again at cell breaks.
        var chunks: [[String]] = [[]]
        for block in blocks {
            if case .heading = block, !chunks[chunks.count - 1].isEmpty { chunks.append([]) }
            if case .cellBreak = block { chunks[chunks.count - 1].append("\u{0}"); continue }
            chunks[chunks.count - 1].append(write(block))
        }
        return chunks
    }

    mutating func markdown(_ blocks: [SheetBlock]) -> String {
        markdownChunks(blocks).flatMap { $0.filter { $0 != "\u{0}" } }.joined(separator: "\n\n") + "\n"
    }

    /// A Jupyter notebook (nbformat 4) of Markdown cells, split as the
    /// cells axis says; a code cell between questions, as notebooks have.
    mutating func notebook(_ blocks: [SheetBlock]) -> String {
        let chunks = markdownChunks(blocks)
        let split = pick("notebook cells", ["one cell", "cell per question", "heading apart", "cell per question"])
        var cells: [[String]] = []
        for chunk in chunks {
            let parts = chunk.split(separator: "\u{0}").map(Array.init)
            switch split {
            case "one cell":
                if cells.isEmpty { cells.append([]) }
                cells[0] += parts.flatMap { $0 }
            case "heading apart":
                cells.append([parts[0][0]])
                if parts[0].count > 1 { cells.append(Array(parts[0].dropFirst())) }
                cells += parts.dropFirst()
            default:
                cells += parts
            }
        }
        // A JSON string literal, as Foundation writes it.
        func json(_ s: String) -> String {
            String(decoding: try! JSONEncoder().encode(s), as: UTF8.self)
        }
        let written = cells.enumerated().map { n, cell -> String in
            let source = cell.joined(separator: "\n\n").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let lines = source.enumerated().map { json($0.element + ($0.offset < source.count - 1 ? "\n" : "")) }
            let markdown = "  {\n   \"cell_type\": \"markdown\",\n   \"metadata\": {},\n   \"source\": [\n    " + lines.joined(separator: ",\n    ") + "\n   ]\n  }"
            return n == 1 ? "  {\n   \"cell_type\": \"code\",\n   \"execution_count\": 1,\n   \"metadata\": {},\n   \"outputs\": [],\n   \"source\": [\"import numpy as np\"]\n  },\n" + markdown : markdown
        }
        return "{\n \"cells\": [\n" + written.joined(separator: ",\n") + "\n ],\n \"metadata\": {\"kernelspec\": {\"name\": \"python3\", \"display_name\": \"Python 3\", \"language\": \"python\"}},\n \"nbformat\": 4,\n \"nbformat_minor\": 5\n}\n"
    }

    // MARK: LaTeX

    mutating func latex(_ blocks: [SheetBlock]) -> String {
        let pattern = pick("heading style", ["\\section*{Question N}", "\\subsection*{Question N}", "\\section{Question N}", "\\textbf{Question N}",
                                             "\\paragraph{Question N}", "\\noindent\\textbf{N.}", "\\subsection*{QN}"])
        let preamble = pick("LaTeX preamble", ["amsmath", "amsmath, amssymb, bm, physics", "amsmath, mathtools"])
        func inline(_ runs: [SheetBlock.Inline]) -> String { Self.inlines(runs, math: { "$" + $0 + "$" }) }
        func write(_ block: SheetBlock) -> String {
            switch block {
            case let .heading(number, part):
                return part ? "\\section*{\(number)}" : Self.heading(pattern, number)
            case .paragraph(let runs): return inline(runs)
            case .display(let text): return text
            case .plain(let text): return text
            case let .list(items, ordered):
                let environment = ordered ? "enumerate" : "itemize"
                return "\\begin{\(environment)}\n" + items.map { "  \\item " + inline($0) }.joined(separator: "\n") + "\n\\end{\(environment)}"
            case let .table(header, rows):
                return "\\begin{tabular}{" + String(repeating: "l", count: header.count) + "}\n\\hline\n" + header.joined(separator: " & ") + " \\\\\n\\hline\n"
                    + rows.map { $0.map(inline).joined(separator: " & ") + " \\\\" }.joined(separator: "\n") + "\n\\hline\n\\end{tabular}"
            case .quote(let inner): return "\\begin{quote}\n" + inner.map(write).joined(separator: "\n\n") + "\n\\end{quote}"
            case .cellBreak: return ""
            }
        }
        let body = blocks.map(write).filter { !$0.isEmpty }.joined(separator: "\n\n")
        return "\\documentclass{article}\n\\usepackage{\(preamble)}\n\\begin{document}\n\n" + body + "\n\n\\end{document}\n"
    }

    // MARK: HTML (read through pandoc)

    mutating func html(_ blocks: [SheetBlock]) -> String {
        let pattern = pick("heading style", ["<h2>Question N</h2>", "<h3>Question N</h3>", "<p><strong>Question N</strong></p>", "<h2>QN</h2>"])
        func escape(_ s: String) -> String {
            s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        }
        func inline(_ runs: [SheetBlock.Inline]) -> String { Self.inlines(runs, math: { escape("\\(" + $0 + "\\)") }, text: escape) }
        func write(_ block: SheetBlock) -> String {
            switch block {
            case let .heading(number, part):
                return part ? "<h1>\(number)</h1>" : Self.heading(pattern, number)
            case .paragraph(let runs): return "<p>" + inline(runs) + "</p>"
            case .display(let text): return "<p>" + escape(text) + "</p>"
            case .plain(let text): return "<p>" + escape(text) + "</p>"
            case let .list(items, ordered):
                let tag = ordered ? "ol" : "ul"
                return "<\(tag)>\n" + items.map { "<li>" + inline($0) + "</li>" }.joined(separator: "\n") + "\n</\(tag)>"
            case let .table(header, rows):
                return "<table>\n<tr>" + header.map { "<th>" + escape($0) + "</th>" }.joined() + "</tr>\n"
                    + rows.map { "<tr>" + $0.map { "<td>" + inline($0) + "</td>" }.joined() + "</tr>" }.joined(separator: "\n") + "\n</table>"
            case .quote(let inner): return "<blockquote>\n" + inner.map(write).joined(separator: "\n") + "\n</blockquote>"
            case .cellBreak: return ""
            }
        }
        return "<!DOCTYPE html>\n<html>\n<head><meta charset=\"utf-8\"><title>Answers</title></head>\n<body>\n"
            + blocks.map(write).filter { !$0.isEmpty }.joined(separator: "\n") + "\n</body>\n</html>\n"
    }
}
