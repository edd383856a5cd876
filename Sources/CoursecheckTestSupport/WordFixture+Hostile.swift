import Foundation
import ZIPFoundation

/// Hostile Word files for the catalogue of bad inputs: each breaks one rule
/// the reader keeps (DocxArchive, XMLNode).
extension WordFixture {
    static let minimalBody = paragraph("Question 3", style: "Heading2")

    /// Writes the hostile file `kind` into `folder` as `name`.
    public static func writeHostile(_ kind: String, to folder: URL, name: String) throws {
        let url = folder.appendingPathComponent(name)
        try hostile(kind).write(to: url)
    }

    public static func hostile(_ kind: String) throws -> Data {
        switch kind {
        case "bomb":
            // 70 MiB of spaces inside the body deflate to a few tens of KiB.
            let padding = String(repeating: " ", count: 70 * 1024 * 1024)
            return try docx(document(body: minimalBody + padding))
        case "xxe":
            let xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE w:document [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <w:document xmlns:w="\(w)"><w:body><w:p><w:r><w:t>&secret;</w:t></w:r></w:p></w:body></w:document>
                """
            return try docx(xml)
        case "entity-expansion":
            var entities = "<!ENTITY a0 \"lol\">"
            for i in 1...10 { entities += "<!ENTITY a\(i) \"" + String(repeating: "&a\(i - 1);", count: 10) + "\">" }
            let xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE w:document [\(entities)]>
                <w:document xmlns:w="\(w)"><w:body><w:p><w:r><w:t>&a10;</w:t></w:r></w:p></w:body></w:document>
                """
            return try docx(xml)
        case "symlink":
            let archive = try Archive(data: Data(), accessMode: .create)
            try add("word/document.xml", Data("/etc/passwd".utf8), to: archive, type: .symlink)
            return archive.data!
        case "escaping-name":
            return try docx(document(body: minimalBody), extra: [("../../evil.xml", Data("x".utf8))])
        case "duplicate":
            return try docx(document(body: minimalBody), extra: [("word/document.xml", Data(document(body: paragraph("Question 4")).utf8))])
        case "too-many-entries":
            return storedZip(entries: [("word/document.xml", Data(document(body: minimalBody).utf8))]
                             + (0..<20_001).map { ("word/media/empty\($0).bin", Data()) })
        case "no-document":
            let archive = try Archive(data: Data(), accessMode: .create)
            try add("word/other.xml", Data("<x/>".utf8), to: archive)
            return archive.data!
        case "deep":
            let depth = 100_000
            let body = String(repeating: "<w:sdt><w:sdtContent>", count: depth) + String(repeating: "</w:sdtContent></w:sdt>", count: depth)
            return try docx(document(body: body))
        case "not-xml":
            return try docx("<w:document xmlns:w=\"\(w)\"><w:body><w:p>")
        case "invalid-utf8":
            // An element name with a byte that is not UTF-8 (FuzzWord's finding).
            var xml = Data(document(body: "<w:p><w:r><w:t>Question 3</w:t></w:r></w:p><w:p><w:X/></w:p>").utf8)
            let marker = Data("<w:X/>".utf8)
            if let range = xml.range(of: marker) { xml.replaceSubrange(range, with: Data([0x3C, 0x77, 0x3A, 0xC3, 0x2F, 0x3E])) }
            return try docxData(xml)
        case "deflate-runs-out":
            // A deflate stream that opens a stored block of 65 535 bytes and
            // ends: ZIPFoundation's inflate loops for ever on it.
            let xml = Data(document(body: minimalBody).utf8)
            return rawZip(entries: [("word/document.xml", 8, Data([0x00, 0xFF, 0xFF, 0x00, 0x00]), xml.crc32(checksum: 0), xml.count)])
        case "truncated":
            let whole = try docx(document(body: minimalBody))
            return whole.prefix(whole.count / 2)
        default:
            throw CocoaError(.featureUnsupported)
        }
    }

    /// A .docx whose document part is the given bytes.
    public static func docxData(_ documentBytes: Data) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        try add("word/document.xml", documentBytes, to: archive)
        return archive.data!
    }

    /// A zip of stored (uncompressed) entries written byte by byte: for more
    /// entries than a zip library adds in reasonable time.
    static func storedZip(entries: [(String, Data)]) -> Data {
        rawZip(entries: entries.map { ($0.0, 0, $0.1, $0.1.crc32(checksum: 0), $0.1.count) })
    }

    /// A zip written byte by byte from entries as given: name, method,
    /// the bytes as stored, the CRC-32 and size of the contents they claim.
    static func rawZip(entries: [(String, Int, Data, UInt32, Int)]) -> Data {
        var out = Data()
        var central = Data()
        func u16(_ v: Int, _ d: inout Data) { withUnsafeBytes(of: UInt16(v).littleEndian) { d.append(contentsOf: $0) } }
        func u32(_ v: UInt32, _ d: inout Data) { withUnsafeBytes(of: v.littleEndian) { d.append(contentsOf: $0) } }
        for (name, method, bytes, crc, size) in entries {
            let offset = UInt32(out.count)
            let nameBytes = Data(name.utf8)
            u32(0x0403_4B50, &out); u16(20, &out); u16(0, &out); u16(method, &out); u16(0, &out); u16(0x21, &out)
            u32(crc, &out); u32(UInt32(bytes.count), &out); u32(UInt32(size), &out)
            u16(nameBytes.count, &out); u16(0, &out); out.append(nameBytes); out.append(bytes)
            u32(0x0201_4B50, &central); u16(20, &central); u16(20, &central); u16(0, &central); u16(method, &central)
            u16(0, &central); u16(0x21, &central); u32(crc, &central); u32(UInt32(bytes.count), &central)
            u32(UInt32(size), &central); u16(nameBytes.count, &central); u16(0, &central); u16(0, &central)
            u16(0, &central); u16(0, &central); u32(0, &central); u32(offset, &central); central.append(nameBytes)
        }
        let centralOffset = UInt32(out.count)
        out.append(central)
        u32(0x0605_4B50, &out); u16(0, &out); u16(0, &out); u16(entries.count, &out); u16(entries.count, &out)
        u32(UInt32(central.count), &out); u32(centralOffset, &out); u16(0, &out)
        return out
    }
}
