import Foundation

/// Checks a zip's own structure before ZIPFoundation reads it from memory:
/// its in-memory file traps when asked to seek past the end of the bytes
/// (found by FuzzWord: a central directory whose offset lies beyond the
/// data). Every offset it will read at — the end record, each central
/// directory entry, each local header, each entry's data and descriptor —
/// must lie within the bytes; ZIP64 archives (never written for a Word
/// document of the sizes read here) are refused.
enum ZipPreflight {
    /// Why the bytes cannot be handed to the zip library, or nil.
    static func problem(_ data: Data) -> String? {
        let bytes = [UInt8](data)
        let count = bytes.count
        func u16(_ i: Int) -> Int { Int(bytes[i]) | Int(bytes[i + 1]) << 8 }
        func u32(_ i: Int) -> Int { u16(i) | u16(i + 2) << 16 }
        func signature(_ i: Int, _ value: Int) -> Bool { i >= 0 && i + 4 <= count && u32(i) == value }
        guard count >= 22 else { return "not a zip archive" }
        // The end record, searched from the end as the library does.
        var end = count - 22
        while end >= 0, !signature(end, 0x0605_4B50) { end -= 1 }
        guard end >= 0 else { return "not a zip archive" }
        if signature(end - 20, 0x0706_4B50) { return "a ZIP64 archive" }
        let entries = u16(end + 10), size = u32(end + 12), offset = u32(end + 16)
        if entries == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF { return "a ZIP64 archive" }
        guard offset + size <= count else { return "its central directory lies outside the file" }
        var p = offset
        for _ in 0..<entries {
            guard p + 46 <= count, signature(p, 0x0201_4B50) else { return "a damaged central directory" }
            let flags = u16(p + 8), method = u16(p + 10)
            let compressed = u32(p + 20), uncompressed = u32(p + 24)
            let nameLength = u16(p + 28), extraLength = u16(p + 30), commentLength = u16(p + 32)
            let local = u32(p + 42)
            if compressed == 0xFFFF_FFFF || uncompressed == 0xFFFF_FFFF || local == 0xFFFF_FFFF { return "a ZIP64 archive" }
            guard local + 30 <= count, signature(local, 0x0403_4B50) else { return "an entry whose header lies outside the file" }
            var dataEnd = local + 30 + u16(local + 26) + u16(local + 28) + (method == 0 ? uncompressed : compressed)
            if flags & 0x8 != 0 { dataEnd += 16 }
            guard dataEnd <= count else { return "an entry whose data lies outside the file" }
            p += 46 + nameLength + extraLength + commentLength
        }
        return nil
    }
}
