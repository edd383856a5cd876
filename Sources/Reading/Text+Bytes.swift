import Foundation

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

    /// The text with every `target` replaced by `replacement`, exactly as
    /// Foundation's `replacingOccurrences(of:with:)` gives it. When text
    /// and target are ASCII there are no composed characters for
    /// Foundation's comparison to see, so a byte search finds the same
    /// occurrences (left to right, none overlapping) without bridging the
    /// text to `NSString`; other text goes to Foundation.
    func replacingBytes(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, utf8.allSatisfy({ $0 < 0x80 }), target.utf8.allSatisfy({ $0 < 0x80 }) else {
            return replacingOccurrences(of: target, with: replacement)
        }
        guard containsBytes(target) else { return self }
        let hay = Array(utf8), needle = Array(target.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(hay.count)
        var i = 0
        while i < hay.count {
            if i + needle.count <= hay.count, hay[i] == needle[0], hay[i..<(i + needle.count)].elementsEqual(needle) {
                result += replacement.utf8
                i += needle.count
            } else {
                result.append(hay[i])
                i += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// The text without spaces at its two ends, exactly as
    /// `trimmingCharacters(in: .whitespaces)` gives it: in ASCII text those
    /// are the space and the tab, trimmed as bytes; other text goes to
    /// Foundation.
    func trimmingBlanks() -> String {
        guard isASCIIText else { return trimmingCharacters(in: .whitespaces) }
        let bytes = utf8
        guard let first = bytes.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }) else { return "" }
        let last = bytes.lastIndex(where: { $0 != 0x20 && $0 != 0x09 })!
        return String(self[first...last])
    }

    /// Whether every scalar of the text is ASCII.
    var isASCIIText: Bool { utf8.allSatisfy { $0 < 0x80 } }
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
