import Foundation

extension PandocHTML {
    /// A list item's marker that Word printed into the paragraph: its
    /// "Save as Web Page" exports write a list item as a paragraph
    /// (`<p class=MsoListParagraph>`) opening with the number or bullet
    /// Word drew (`1.`, `a)`, the Symbol font's `·`, Wingdings' `§`, `o`)
    /// and the tab after it as non-breaking spaces. That opening is the
    /// marker, not the item's text: the paragraph is a list item.
    ///
    /// Only a marker followed by a non-breaking space is one: a student who
    /// types `2. ` before a line types an ordinary space, and such a line
    /// stays a paragraph as written.
    static func renderedMarker(_ inlines: [Inline], depth: Int) -> (ListMarker, [Inline])? {
        guard case .text(let first)? = inlines.first else { return nil }
        let scalars = Array(first.text.unicodeScalars)
        var k = 0
        while k < scalars.count, scalars[k] == " " { k += 1 }
        let start = k
        let bullets: Set<Unicode.Scalar> = ["\u{B7}", "\u{2022}", "\u{A7}", "o", "\u{25AA}", "\u{25E6}", "\u{F0B7}", "\u{F0A7}", "-", "\u{2013}", "\u{D8}", "\u{FC}", "\u{2666}", "\u{27A2}"]
        var ordinal: Int?
        if k < scalars.count, bullets.contains(scalars[k]) {
            k += 1
        } else {
            var digits = 0
            while k < scalars.count, ("0"..."9").contains(scalars[k]), digits < 3 { k += 1; digits += 1 }
            if digits == 0, k < scalars.count, ("a"..."z").contains(scalars[k]) || ("A"..."Z").contains(scalars[k]) { k += 1 }
            guard k > start, k < scalars.count, scalars[k] == "." || scalars[k] == ")" else { return nil }
            if digits > 0 { ordinal = Int(String(String.UnicodeScalarView(scalars[start..<k]))) }
            k += 1
        }
        let markerEnd = k
        var sawNoBreak = false
        while k < scalars.count, scalars[k] == "\u{A0}" || scalars[k] == " " || scalars[k] == "\t" {
            if scalars[k] == "\u{A0}" { sawNoBreak = true }
            k += 1
        }
        guard sawNoBreak, k < scalars.count || inlines.count > 1 else { return nil }
        let text = String(String.UnicodeScalarView(scalars[start..<markerEnd]))
        var rest = Array(inlines.dropFirst())
        if k < scalars.count { rest.insert(.text(first.slice(k..<scalars.count)), at: 0) }
        return (ListMarker(text: text, ordinal: ordinal, depth: depth), rest)
    }
}
