/// Jupyter's prompts as notebook exports print them: `In [3]:` before a
/// code cell and `Out[3]:` before its result (nbconvert's and JupyterLab's
/// HTML, a notebook pasted into Markdown). They are the notebook's count
/// of runs, never an answer: a paragraph that is a prompt and nothing else
/// is left out and listed, as a code cell is.
enum NotebookPrompts {
    /// Whether `text` is one prompt: `In`, `Out` or `Out[3]`'s form, a run
    /// number or blank in brackets (`In [ ]:`, `In [*]:` while it runs), a
    /// colon; spaces (no-break too) anywhere between.
    static func isPrompt(_ text: Substring) -> Bool {
        // (Asked of every paragraph: one that does not open on `I` or `O`
        // and close on `:` is none, without collecting its scalars.)
        let scalars = text.unicodeScalars
        guard let first = scalars.first(where: { !$0.properties.isWhitespace }), first == "I" || first == "O",
              scalars.last(where: { !$0.properties.isWhitespace }) == ":" else { return false }
        let s = Array(text.unicodeScalars.filter { !$0.properties.isWhitespace })
        for word in ["In", "Out"] {
            let w = Array(word.unicodeScalars)
            guard s.count > w.count + 2, Array(s[..<w.count]) == w, s[w.count] == "[", s.last == ":", s[s.count - 2] == "]" else { continue }
            let inside = s[(w.count + 1)..<(s.count - 2)]
            return inside.allSatisfy { ("0"..."9").contains($0) } || inside == ["*"]
        }
        return false
    }

    /// `blocks` without the paragraphs that are a prompt, in containers
    /// too; each one left out is listed in `omitted`.
    static func removing(_ blocks: [Block], omitted: inout [Omission]) -> [Block] {
        var result: [Block] = []
        for var block in blocks {
            switch block.kind {
            case .paragraph(let inlines):
                let written = inlines.allSatisfy { if case .text = $0 { true } else { false } }
                if written, isPrompt(Substring(Inline.source(of: inlines))) {
                    omitted.append(Omission(.prompt, at: block.location))
                    continue
                }
            case .listItem(let marker, let children):
                block.kind = .listItem(marker, removing(children, omitted: &omitted))
            case .quote(let callout, let children):
                block.kind = .quote(callout: callout, removing(children, omitted: &omitted))
            case .html(let raw, let rendered):
                block.kind = .html(raw: raw, rendered: removing(rendered, omitted: &omitted))
            default:
                break
            }
            result.append(block)
        }
        return result
    }
}
