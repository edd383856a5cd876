/// Text helpers of the reader's hot paths: asked of every line or maths
/// fragment, so they compare bytes rather than characters.
extension String {
    /// The text without the whitespace at its two ends.
    func trimmingWhitespace() -> String {
        // Most text reaches here already trimmed: its ends are checked as bytes first.
        if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x80, last > 0x20, last < 0x80 { return self }
        guard let start = firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let end = lastIndex(where: { !$0.isWhitespace })!
        return String(self[start...end])
    }
}

extension StringProtocol {
    /// Whether the ASCII `needle` occurs in the text: a byte search, without
    /// the generic searcher's cost on a hot path.
    func containsBytes(_ needle: StaticString) -> Bool {
        containsBytes(UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount))
    }

    /// Whether the ASCII `needle` occurs in the text.
    func containsBytes(_ needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { containsBytes($0) }
    }

    private func containsBytes(_ n: UnsafeBufferPointer<UInt8>) -> Bool {
        func search(_ hay: UnsafeBufferPointer<UInt8>) -> Bool {
            guard let first = n.first else { return true }
            guard hay.count >= n.count else { return false }
            for i in 0...(hay.count - n.count) where hay[i] == first {
                var j = 1
                while j < n.count && hay[i + j] == n[j] { j += 1 }
                if j == n.count { return true }
            }
            return false
        }
        if let found = utf8.withContiguousStorageIfAvailable(search) { return found }
        return Array(utf8).withUnsafeBufferPointer(search)
    }
}
