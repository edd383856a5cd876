import Foundation

/// A text sheet's bytes as text: UTF-8 without a byte-order mark, no NUL,
/// line endings LF (CRLF and CR become LF), maths letters as plain letters.
/// A sheet saved on Windows, or pasted from Word, reads exactly like one
/// typed anywhere else.
public enum SheetBytes {
    /// Largest accepted text sheet, in bytes.
    public static let maximumBytes = 4 * 1024 * 1024

    /// The text of `data`; a NUL byte or invalid UTF-8 is an error naming
    /// its line and column.
    public static func text(_ data: Data, path: String) throws -> String {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        try validate(bytes, path: path)
        // ASCII without carriage returns is its own text: no line ends to
        // make `\n`, no maths letters to make plain.
        if !bytes.contains(where: { $0 >= 0x80 || $0 == 0x0D }) { return String(decoding: bytes, as: UTF8.self) }
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        var previousCR = false
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
            if scalar == "\r" {
                scalars.append("\n")
                previousCR = true
                continue
            }
            if scalar == "\n", previousCR { previousCR = false; continue }
            previousCR = false
            scalars.append(plainLetter(scalar))
        }
        return String(scalars)
    }

    /// Rejects invalid UTF-8 and NUL bytes, naming the line and column.
    private static func validate(_ bytes: Data.SubSequence, path: String) throws {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var location = SourceLocation(line: 1, column: 1)
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\0" {
                    throw SheetError.notText(path: path, at: location, reason: "it contains a NUL byte (binary data?)")
                }
                if scalar == "\n" {
                    location = SourceLocation(line: location.line + 1, column: 1)
                } else {
                    location.column += 1
                }
            case .emptyInput:
                return
            case .error:
                throw SheetError.notText(path: path, at: location, reason: "invalid UTF-8")
            }
        }
    }

    /// Word and many editors write maths letters as the Mathematical
    /// Alphanumeric Symbols (𝑓 U+1D453, 𝐟 U+1D41F, 𝟏 U+1D7CF) and their
    /// older homes in Letterlike Symbols (ℎ U+210E). Their compatibility
    /// decomposition (NFKC) is the plain letter or digit; one scalar stays
    /// one scalar, so columns do not move.
    public static func plainLetter(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let v = scalar.value
        // (Below the Letterlike Symbols nothing is folded: no set is asked.)
        guard v >= 0x2100, (0x1D400...0x1D7FF).contains(v) || letterlike.contains(v) else { return scalar }
        let folded = String(scalar).precomposedStringWithCompatibilityMapping.unicodeScalars
        guard folded.count == 1, let plain = folded.first, plain.isASCII else { return scalar }
        return plain
    }

    /// The Letterlike Symbols that stand in the holes of the maths
    /// alphabets: ℎ ℬ ℰ ℱ ℋ ℐ ℒ ℳ ℛ ℯ ℊ ℴ ℂ ℍ ℕ ℙ ℚ ℝ ℤ ℭ ℌ ℑ ℜ ℨ.
    static let letterlike: Set<UInt32> = [
        0x210E, 0x212C, 0x2130, 0x2131, 0x210B, 0x2110, 0x2112, 0x2133, 0x211B, 0x212F, 0x210A, 0x2134,
        0x2102, 0x210D, 0x2115, 0x2119, 0x211A, 0x211D, 0x2124, 0x212D, 0x210C, 0x2111, 0x211C, 0x2128,
    ]

    /// `text` with maths letters made plain (for text a front end reads
    /// from XML or JSON, already decoded).
    public static func plainLetters(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value >= 0x2100 }) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { scalars.append(plainLetter(scalar)) }
        return String(scalars)
    }
}
