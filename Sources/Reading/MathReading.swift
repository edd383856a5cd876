import CoursecheckMaths
import CoursecheckNotation

/// The seam between the question readers and the maths grammar
/// (`CoursecheckNotation`): every maths span of a sheet — inline and
/// displayed maths, table cells, plain-text lines, Word's Office Math and
/// HTML's maths (both TeX by then) — is read here into a tree and items,
/// with the sheet's command table carried from span to span, so that a
/// macro the sheet defines (in its LaTeX preamble, or in a span with
/// `\newcommand`) is known to every span after it.
final class MathContext {
    /// The table as the sheet has left it so far.
    private(set) var table: CommandTable
    /// Every table entry a span read in this context looked up (for the
    /// whole-sheet generator's mutation test: the entries a sheet's reading
    /// depends on).
    private(set) var used: Set<CommandTable.Key> = []

    /// `table` (the standard one unless a test removes an entry) with the
    /// document's own macros (a LaTeX document's `\newcommand`/`\def`,
    /// which its front end hands over as data instead of expanding them in
    /// maths).
    init(table: CommandTable = .standard, macros: [MacroDefinition] = []) {
        var table = table
        for macro in macros {
            table = table.defining(macro.name, parameters: macro.parameters, body: macro.body,
                                   defaultArgument: macro.defaultArgument)
        }
        self.table = table
    }

    /// A fragment read by the grammar; `plainText` when it is a line of
    /// text rather than TeX (line breaks end items, `f1` is f₁). The
    /// macros it defines stay for the spans after it.
    func read(_ fragment: Fragment, plainText: Bool) -> MathReading {
        let span = self.span(fragment.text, plainText: plainText)
        table = span.tree.table
        var reading = MathReading(fragment: fragment, span: span)
        if plainText {
            // Prose words of a line of text separate its maths, as `\text{…}` does in TeX.
            let naming = SampleNaming(bareRoles: true)
            reading.items = MathItem.splittingHeads(MathItem.splittingProse(span.items, in: span.tree, naming: naming),
                                                    in: span.tree, naming: naming)
        }
        return reading
    }

    /// A span read with the table as it stands, its lookups recorded; the
    /// macros it defines are not kept (`read` keeps them).
    func span(_ text: Substring, plainText: Bool = false) -> MathSpan {
        let span = MathSpan(text, table: table, plainText: plainText)
        used.formUnion(span.tree.usedEntries)
        return span
    }

    func span(_ text: String, plainText: Bool = false) -> MathSpan {
        span(Substring(text), plainText: plainText)
    }

    /// Lookups made in another context (one started from this one's table).
    func record(_ entries: Set<CommandTable.Key>) {
        used.formUnion(entries)
    }
}

/// A maths fragment read by the grammar: its tree and items, and the
/// fragment that places every offset of the grammar (Unicode scalars of
/// the span) in the student's file.
struct MathReading {
    var fragment: Fragment
    var span: MathSpan

    var tree: MathTree { span.tree }
    /// The span's items (in plain text, with its prose words taken out).
    var items: [MathItem]

    init(fragment: Fragment, span: MathSpan) {
        self.fragment = fragment
        self.span = span
        items = span.items
    }

    /// Where the scalar at `offset` of the span is.
    func location(_ offset: Int) -> SourceLocation { fragment.location(at: offset) }

    /// The source of a range, white space folded.
    func text(_ range: Range<Int>) -> String { tree.text(range) }
}
