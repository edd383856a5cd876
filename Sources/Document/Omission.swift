/// Something in a sheet that is not read because it is not rendered, or
/// is not an answer: the student's reader never sees it, so neither does
/// coursecheck. Listed, so that a question whose only content was left out
/// says so instead of looking empty.
public struct Omission: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case htmlComment = "an HTML comment"
        case hidden = "a hidden element (hidden, aria-hidden or display:none)"
        case image = "an image"
        case latexComment = "a LaTeX comment"
        case conditional = "text between \\iffalse and \\fi"
        case codeCell = "a notebook code cell"
        case prompt = "a notebook's In/Out prompt (`In [3]:`)"
        case deleted = "deleted text (tracked changes)"
        case script = "a script or style element"
        case hiddenText = "hidden text (Word's hidden font)"
        case struckOut = "struck-out text, withdrawn by its writer"
        case footnote = "a footnote's text (a note set apart from the answers)"
    }

    public var kind: Kind
    public var location: SourceLocation

    public init(_ kind: Kind, at location: SourceLocation) {
        self.kind = kind
        self.location = location
    }
}
