import Foundation

/// Test sheets made from the submitted sheet by planting or fixing answers.
public enum SheetVariant {
    /// The submitted sheet's text.
    public static func submitted() throws -> String {
        try String(contentsOf: PackagePaths.submittedSheet, encoding: .utf8)
    }

    /// The submitted sheet with each `(old, new)` replacement made exactly
    /// once; a replacement that does not match is a broken test.
    public static func submitted(replacing replacements: [(String, String)]) throws -> String {
        var text = try submitted()
        for (old, new) in replacements {
            guard let range = text.range(of: old) else {
                throw VariantError(message: "text to replace not found: \(old)")
            }
            text.replaceSubrange(range, with: new)
        }
        return text
    }

    /// Writes `text` to a new temporary file and returns its path.
    public static func write(_ text: String, name: String = "sheet.md") throws -> URL {
        let url = try PackagePaths.temporaryFolder().appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    public struct VariantError: Error, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }
}
