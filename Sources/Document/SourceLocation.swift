/// A 1-based line and column (in Unicode scalars) in a sheet. In a Word or
/// HTML sheet the line is the paragraph's number and the column is 1
/// (`SheetDocument.place` says which).
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

/// A piece of sheet text with the place of each of its scalars in the
/// student's file. Between jumps, a line feed moves to column 1 of the next
/// line and any other scalar one column on; a jump says where the source
/// resumes after text was taken out (a block quote's `> `, a list item's
/// indentation), so that a paragraph inside a quote still maps every offset
/// to its own line and column. A `fixed` fragment is text a front end made
/// (TeX from Word's Office Math, from pandoc): every offset is at `start`.
public struct Fragment: Sendable {
    /// Where the source resumes at scalar `offset` of the text.
    public struct Jump: Sendable, Equatable {
        public var offset: Int
        public var location: SourceLocation

        public init(offset: Int, location: SourceLocation) {
            self.offset = offset
            self.location = location
        }
    }

    public var text: Substring
    public var start: SourceLocation
    /// Jumps at increasing offsets, all greater than 0.
    public var jumps: [Jump]
    public var fixed: Bool

    public init(_ text: Substring, start: SourceLocation, jumps: [Jump] = [], fixed: Bool = false) {
        self.text = text
        self.start = start
        self.jumps = jumps
        self.fixed = fixed
    }

    /// The location of the scalar at `offset` from the fragment's start.
    public func location(at offset: Int) -> SourceLocation {
        guard !fixed, offset > 0 else { return start }
        if jumps.isEmpty {
            // (No jumps: a line feed moves to the next line, any other
            // scalar one column on, counted on the UTF-8 bytes that start
            // scalars — the cursor's walk without decoding them.)
            var location = start
            var walked = 0
            for byte in text.utf8 where byte & 0xC0 != 0x80 {
                guard walked < offset else { break }
                if byte == 0x0A {
                    location.line += 1
                    location.column = 1
                } else {
                    location.column += 1
                }
                walked += 1
            }
            return location
        }
        var cursor = LocationCursor(self)
        return cursor.location(at: offset)
    }

    /// The scalars `range` (offsets) of the fragment, with their places.
    public func slice(_ range: Range<Int>) -> Fragment {
        let scalars = text.unicodeScalars
        let lower = scalars.index(scalars.startIndex, offsetBy: range.lowerBound, limitedBy: scalars.endIndex) ?? scalars.endIndex
        let upper = scalars.index(lower, offsetBy: range.count, limitedBy: scalars.endIndex) ?? scalars.endIndex
        let shifted = jumps.filter { $0.offset > range.lowerBound && $0.offset < range.upperBound }
            .map { Jump(offset: $0.offset - range.lowerBound, location: $0.location) }
        return Fragment(Substring(scalars[lower..<upper]), start: location(at: range.lowerBound), jumps: shifted, fixed: fixed)
    }

    /// The fragment's lines (split at line feeds), each with its place.
    public func lines() -> [Fragment] {
        var result: [Fragment] = []
        var offset = 0
        var lineStart = 0
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                result.append(slice(lineStart..<offset))
                lineStart = offset + 1
            }
            offset += 1
        }
        result.append(slice(lineStart..<offset))
        return result
    }

    /// The fragment with each line feed a space (TeX's reading of a line
    /// break inside maths), every scalar keeping its place.
    public func linesJoined() -> Fragment {
        guard text.unicodeScalars.contains("\n") else { return self }
        var cursor = LocationCursor(self)
        var joined = String.UnicodeScalarView(), added: [Jump] = []
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            if scalar == "\n" {
                joined.append(" ")
                added.append(Jump(offset: offset + 1, location: cursor.location(at: offset + 1)))
            } else {
                joined.append(scalar)
            }
        }
        let kept = jumps.filter { j in !added.contains { $0.offset == j.offset } }
        return Fragment(Substring(String(joined)), start: start, jumps: (kept + added).sorted { $0.offset < $1.offset }, fixed: fixed)
    }

    /// Number of Unicode scalars.
    public var count: Int { text.unicodeScalars.count }
}

/// Maps increasing offsets of a fragment to locations in time linear in the
/// fragment's length, however many offsets are asked for.
public struct LocationCursor {
    private let scalars: Substring.UnicodeScalarView
    private var index: Substring.UnicodeScalarView.Index
    private var offset = 0
    private var location: SourceLocation
    private var nextJump = 0
    private let fragment: Fragment

    public init(_ fragment: Fragment) {
        self.fragment = fragment
        scalars = fragment.text.unicodeScalars
        index = scalars.startIndex
        location = fragment.start
    }

    /// The location at `target`; starts again from the beginning when asked
    /// for an offset behind the last one.
    public mutating func location(at target: Int) -> SourceLocation {
        if fragment.fixed { return fragment.start }
        if target < offset { self = LocationCursor(fragment) }
        while offset < target, index < scalars.endIndex {
            if scalars[index] == "\n" {
                location.line += 1
                location.column = 1
            } else {
                location.column += 1
            }
            scalars.formIndex(after: &index)
            offset += 1
            while nextJump < fragment.jumps.count, fragment.jumps[nextJump].offset <= offset {
                if fragment.jumps[nextJump].offset == offset { location = fragment.jumps[nextJump].location }
                nextJump += 1
            }
        }
        return location
    }
}

/// Cuts a fragment into slices at increasing offsets in time linear in its
/// length (a paragraph of many maths spans is cut once, not rescanned for
/// each).
public struct FragmentSlicer {
    public let fragment: Fragment
    private let indices: [Substring.UnicodeScalarView.Index]
    private var cursor: LocationCursor

    public init(_ fragment: Fragment) {
        self.fragment = fragment
        var indices = Array(fragment.text.unicodeScalars.indices)
        indices.append(fragment.text.unicodeScalars.endIndex)
        self.indices = indices
        cursor = LocationCursor(fragment)
    }

    public var count: Int { indices.count - 1 }

    /// The location of offset `offset` (fastest when asked in increasing order).
    public mutating func location(at offset: Int) -> SourceLocation {
        cursor.location(at: min(offset, count))
    }

    /// The scalars `range` with their places.
    public mutating func slice(_ range: Range<Int>) -> Fragment {
        let lower = min(range.lowerBound, count), upper = min(max(range.upperBound, lower), count)
        let jumps = fragment.jumps
        // First jump after `lower`, by bisection.
        var lo = 0, hi = jumps.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if jumps[mid].offset <= lower { lo = mid + 1 } else { hi = mid }
        }
        var inside: [Fragment.Jump] = []
        var k = lo
        while k < jumps.count, jumps[k].offset < upper {
            inside.append(Fragment.Jump(offset: jumps[k].offset - lower, location: jumps[k].location))
            k += 1
        }
        let text = fragment.text.unicodeScalars[indices[lower]..<indices[upper]]
        return Fragment(Substring(text), start: location(at: lower), jumps: inside, fixed: fragment.fixed)
    }
}
