import Foundation

extension PandocHTML {
    /// The HTML with what a browser never shows marked before pandoc reads
    /// it: pandoc drops comments, and keeps `hidden` or `style` only on
    /// `div` and `span`, so a hidden paragraph would read like a shown one.
    /// Each comment, and each element with `hidden`, `aria-hidden="true"` or
    /// `display:none`, becomes an empty marker element (`data-coursecheck-
    /// omitted`), which pandoc keeps with its place among the blocks and the
    /// walker lists as left out.
    static func markUnrendered(_ data: Data) -> Data {
        let text = String(decoding: data, as: UTF8.self)
        let s = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        out.reserveCapacity(s.count)
        var i = 0
        var unclosedComment = false
        func marker(_ kind: String, block: Bool) -> String {
            block ? "<div data-coursecheck-omitted=\"\(kind)\"></div>" : "<span data-coursecheck-omitted=\"\(kind)\"></span>"
        }
        while i < s.count {
            guard s[i] == "<" else { out.append(s[i]); i += 1; continue }
            if HTMLScanner.isComment(s, at: i), !unclosedComment {
                if let end = HTMLScanner.commentEnd(s, from: i) {
                    out.append(contentsOf: marker("comment", block: false).unicodeScalars)
                    i = end
                    continue
                }
                unclosedComment = true
            }
            if let tag = HTMLScanner.tag(s, at: i), !tag.closing, tag.isHidden {
                let end = tag.isVoid ? i + tag.length : HTMLScanner.elementEnd(s, tag: tag, from: i)
                out.append(contentsOf: marker("hidden", block: HTMLScanner.blockElements.contains(tag.name)).unicodeScalars)
                i = end
                continue
            }
            out.append(s[i])
            i += 1
        }
        return Data(String(out).utf8)
    }
}
