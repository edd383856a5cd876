import Foundation

extension SheetText {
    /// Largest Word or HTML file read: mostly its pictures; the Markdown
    /// pandoc makes of it is held to `maximumBytes`.
    public static let maximumConvertedBytes = 64 * 1024 * 1024

    /// How many bytes of a file called `name` a reader needs: one past its
    /// limit, enough to know it is too large without loading all of it.
    public static func readLimit(name: String) -> Int {
        (Pandoc.Input(path: name) != nil ? maximumConvertedBytes : maximumBytes) + 1
    }

    /// What `read(path:)` does once the bytes are read: the format from
    /// `name`'s extension (or `\documentclass` for LaTeX), the size limits,
    /// Word and HTML through pandoc on its standard input. `name` names the
    /// sheet in every message; `size` is the file's size when known (`data`
    /// may hold only its first `readLimit(name:)` bytes).
    public static func read(data: Data, name: String, size: Int? = nil) throws -> SheetText {
        let bytes = max(size ?? data.count, data.count)
        if let input = Pandoc.Input(path: name) {
            guard bytes <= maximumConvertedBytes else {
                throw SheetError.tooLarge(path: name, bytes: bytes, limit: maximumConvertedBytes)
            }
            return try SheetText(convertedFrom: data, name: name, input: input)
        }
        if (name as NSString).pathExtension.lowercased() == "odt" { throw refuseOpenDocument(path: name) }
        guard bytes <= maximumBytes else { throw SheetError.tooLarge(path: name, bytes: bytes, limit: maximumBytes) }
        if name.lowercased().hasSuffix(".ipynb") {
            return try SheetText(notebook: data, path: name)
        }
        var text = try SheetText(data: data, path: name)
        if name.lowercased().hasSuffix(".tex") || text.lines.contains(where: { $0.hasPrefix("\\documentclass") || $0.hasPrefix("\\begin{document}") }) {
            text.readAsLaTeX()
        }
        return text
    }
}
