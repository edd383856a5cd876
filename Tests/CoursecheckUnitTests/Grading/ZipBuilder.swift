import CoursecheckTestSupport
import Foundation

/// Zips written byte by byte, as LMSs and operating systems write them,
/// including what a zip library would refuse to write: Windows `\` names,
/// entries flagged encrypted, a damaged local header, a method other than
/// stored or deflate, two entries with one name, Unix symbolic links.
struct ZipBuilder {
    struct Entry {
        var name: String
        var data: Data
        var method: UInt16 = 0
        var flags: UInt16 = 0x0800
        /// Unix mode in the external attributes (0o120777 for a link).
        var unixMode: UInt32? = nil
        var damageLocalHeader = false
        var crc: UInt32? = nil
        /// The central record's extra field, and values written there in
        /// place of the true ones (0xFFFFFFFF: "in the ZIP64 field").
        var centralExtra = Data()
        var centralCompressed: UInt32? = nil
        var centralOffset: UInt32? = nil
    }

    /// A ZIP64 end of central directory before the classic one: a locator
    /// pointing at `locatorOffset` (the record's true place when nil), and
    /// the record's values (the true ones when nil).
    struct Zip64 {
        var locatorOffset: UInt64? = nil
        var count: UInt64? = nil
        var size: UInt64? = nil
        var offset: UInt64? = nil
        /// The classic record's count, size and offset at their maximum.
        var saturateClassic = false
    }

    var entries: [Entry] = []
    var zip64: Zip64? = nil

    mutating func add(_ name: String, _ text: String) { entries.append(Entry(name: name, data: Data(text.utf8))) }
    mutating func add(_ entry: Entry) { entries.append(entry) }

    static func crc32(_ data: Data) -> UInt32 {
        var table = [UInt32](repeating: 0, count: 256)
        for i in 0..<256 {
            var c = UInt32(i)
            for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
            table[i] = c
        }
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }

    func data() -> Data {
        var out = Data(), directory = Data()
        func u16(_ v: UInt16, _ d: inout Data) { d.append(UInt8(v & 0xFF)); d.append(UInt8(v >> 8)) }
        func u32(_ v: UInt32, _ d: inout Data) { u16(UInt16(v & 0xFFFF), &d); u16(UInt16(v >> 16), &d) }
        func u64(_ v: UInt64, _ d: inout Data) { u32(UInt32(v & 0xFFFF_FFFF), &d); u32(UInt32(v >> 32), &d) }
        for entry in entries {
            let name = Data(entry.name.utf8)
            let crc = entry.crc ?? ZipBuilder.crc32(entry.data)
            let offset = UInt32(out.count)
            u32(entry.damageLocalHeader ? 0xDEAD_BEEF : 0x0403_4b50, &out)
            u16(20, &out); u16(entry.flags, &out); u16(entry.method, &out); u16(0, &out); u16(0x21, &out)
            u32(crc, &out); u32(UInt32(entry.data.count), &out); u32(UInt32(entry.data.count), &out)
            u16(UInt16(name.count), &out); u16(0, &out)
            out.append(name); out.append(entry.data)
            u32(0x0201_4b50, &directory)
            u16(entry.unixMode == nil ? 20 : (3 << 8) | 20, &directory); u16(20, &directory)
            u16(entry.flags, &directory); u16(entry.method, &directory); u16(0, &directory); u16(0x21, &directory)
            u32(crc, &directory); u32(entry.centralCompressed ?? UInt32(entry.data.count), &directory)
            u32(UInt32(entry.data.count), &directory)
            u16(UInt16(name.count), &directory); u16(UInt16(entry.centralExtra.count), &directory)
            u16(0, &directory); u16(0, &directory); u16(0, &directory)
            u32((entry.unixMode ?? 0) << 16, &directory); u32(entry.centralOffset ?? offset, &directory)
            directory.append(name)
            directory.append(entry.centralExtra)
        }
        let start = UInt32(out.count)
        out.append(directory)
        if let zip64 {
            let at = UInt64(out.count)
            u32(0x0606_4b50, &out); u64(44, &out); u16(45, &out); u16(45, &out); u32(0, &out); u32(0, &out)
            u64(zip64.count ?? UInt64(entries.count), &out); u64(zip64.count ?? UInt64(entries.count), &out)
            u64(zip64.size ?? UInt64(directory.count), &out); u64(zip64.offset ?? UInt64(start), &out)
            u32(0x0706_4b50, &out); u32(0, &out); u64(zip64.locatorOffset ?? at, &out); u32(1, &out)
        }
        let saturated = zip64?.saturateClassic == true
        u32(0x0605_4b50, &out); u16(0, &out); u16(0, &out)
        u16(saturated ? 0xFFFF : UInt16(entries.count), &out); u16(saturated ? 0xFFFF : UInt16(entries.count), &out)
        u32(saturated ? 0xFFFF_FFFF : UInt32(directory.count), &out); u32(saturated ? 0xFFFF_FFFF : start, &out); u16(0, &out)
        return out
    }

    func write(_ name: String = "class.zip") throws -> URL {
        let url = try PackagePaths.temporaryFolder()
        let file = url.appendingPathComponent(name)
        try data().write(to: file)
        return file
    }
}
