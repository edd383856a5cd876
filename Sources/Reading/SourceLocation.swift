

/// A 1-based line and column (in Unicode scalars) in a sheet.
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }
}

/// A piece of sheet text with the location of its first scalar, so that an
/// offset within it maps back to a line and column.
public struct Fragment: Sendable {
    public var text: Substring
    public var start: SourceLocation

    public init(_ text: Substring, start: SourceLocation) {
        self.text = text
        self.start = start
    }

    /// The location of the scalar at `offset` from the fragment's start.
    public func location(at offset: Int) -> SourceLocation {
        var location = start
        for scalar in text.unicodeScalars.prefix(offset) {
            if scalar == "\n" {
                location.line += 1
                location.column = 1
            } else {
                location.column += 1
            }
        }
        return location
    }
}

/// Maps increasing offsets of a fragment to locations in time linear in the
/// fragment's length, however many offsets are asked for.
public struct LocationCursor {
    private let scalars: Substring.UnicodeScalarView
    private var index: Substring.UnicodeScalarView.Index
    private var offset = 0
    private var location: SourceLocation
    private let fragment: Fragment

    public init(_ fragment: Fragment) {
        self.fragment = fragment
        scalars = fragment.text.unicodeScalars
        index = scalars.startIndex
        location = fragment.start
    }

    /// The location at `target`; falls back to a scan from the start when
    /// asked for an offset behind the last one.
    public mutating func location(at target: Int) -> SourceLocation {
        if target < offset { return fragment.location(at: target) }
        while offset < target, index < scalars.endIndex {
            if scalars[index] == "\n" {
                location.line += 1
                location.column = 1
            } else {
                location.column += 1
            }
            scalars.formIndex(after: &index)
            offset += 1
        }
        return location
    }
}
