/// Builds a fragment from pieces of the source and text a front end makes
/// (`_{` for HTML's `<sub>`), keeping the place of every piece.
public struct FragmentBuilder {
    private var text = String.UnicodeScalarView()
    private var count = 0
    private var start: SourceLocation?
    private var jumps: [Fragment.Jump] = []
    /// Whether every piece was a fixed fragment (text a front end made):
    /// then the result is fixed at the first piece's place.
    private var allFixed = true

    public init() {}

    public var isEmpty: Bool { count == 0 }

    /// Appends a piece of the source with its places.
    public mutating func append(_ fragment: Fragment) {
        guard !fragment.text.isEmpty else { return }
        allFixed = allFixed && fragment.fixed
        mark(fragment.start)
        for jump in fragment.jumps { jumps.append(Fragment.Jump(offset: count + jump.offset, location: jump.location)) }
        let n = fragment.text.unicodeScalars.count
        text.append(contentsOf: fragment.text.unicodeScalars)
        count += n
    }

    /// Appends text that stands at `location` in the source.
    public mutating func append(_ string: String, at location: SourceLocation) {
        guard !string.isEmpty else { return }
        allFixed = false
        mark(location)
        text.append(contentsOf: string.unicodeScalars)
        count += string.unicodeScalars.count
    }

    private mutating func mark(_ location: SourceLocation) {
        if start == nil {
            start = location
        } else {
            if let last = jumps.last, last.offset == count { jumps.removeLast() }
            jumps.append(Fragment.Jump(offset: count, location: location))
        }
    }

    /// The fragment built; `fallback` is its place when nothing was appended.
    public func build(or fallback: SourceLocation) -> Fragment {
        if allFixed, count > 0 { return Fragment(Substring(String(text)), start: start ?? fallback, fixed: true) }
        return Fragment(Substring(String(text)), start: start ?? fallback, jumps: jumps.filter { $0.offset > 0 })
    }
}

extension Fragment {
    /// The fragment with each range (offsets in scalars, ascending and apart)
    /// replaced by its text, which stands where the range starts; the rest
    /// keeps its places (`dL/df1 => 0` with `=>` made `=`).
    public func replacing(_ pieces: [(range: Range<Int>, text: String)]) -> Fragment {
        var builder = FragmentBuilder()
        var from = 0
        for piece in pieces {
            builder.append(slice(from..<piece.range.lowerBound))
            builder.append(piece.text, at: location(at: piece.range.lowerBound))
            from = piece.range.upperBound
        }
        builder.append(slice(from..<count))
        return builder.build(or: start)
    }

    /// Lines with each one that `continues` the line before it (a row going
    /// on with `=`, a chain wrapped over two lines) joined to it by a space
    /// placed at its start, places kept.
    public static func joiningContinuations(_ lines: [Fragment], where continues: (_ previous: Fragment, _ line: Fragment) -> Bool) -> [Fragment] {
        var joined: [Fragment] = []
        for line in lines {
            if let last = joined.last, continues(last, line) {
                var builder = FragmentBuilder()
                builder.append(last)
                builder.append(" ", at: line.start)
                builder.append(line)
                joined[joined.count - 1] = builder.build(or: last.start)
            } else {
                joined.append(line)
            }
        }
        return joined
    }
}
