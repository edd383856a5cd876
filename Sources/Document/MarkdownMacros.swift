
extension SheetDocument {
    /// The macros of a Markdown sheet's displays that typeset nothing but
    /// definitions: Quarto's, MathJax's and Typora's idiom of a leading
    /// `$$ \newcommand{\f}[1]{\mathbf{f}_{#1}} $$` (a block that shows
    /// nothing and defines the macros for every maths span of the page,
    /// as a LaTeX preamble does). Such a display may stand before the first
    /// heading, in no question; its definitions become the document's
    /// (`macros`), read by the maths grammar as a LaTeX preamble's are. A
    /// display that also writes maths of its own keeps its definitions to
    /// itself and the spans after it (the grammar reads them in place).
    func withDefinitionDisplays() -> SheetDocument {
        var document = self
        func visit(_ blocks: [Block]) {
            for block in blocks {
                switch block.kind {
                case .displayMath(let m): take(m)
                case .paragraph(let inlines):
                    for case .math(let m) in inlines where m.display { take(m) }
                case .listItem(_, let children), .quote(_, let children): visit(children)
                default: continue
                }
            }
        }
        func take(_ m: MathSource) {
            var scalars = Array(m.tex.text.unicodeScalars)
            guard m.tex.text.contains("\\") else { return }
            let collected = LaTeXMacros.collect(&scalars)
            guard !collected.definitions.isEmpty, scalars.allSatisfy(\.properties.isWhitespace) else { return }
            document.macros += collected.definitions
        }
        visit(blocks)
        return document
    }
}
