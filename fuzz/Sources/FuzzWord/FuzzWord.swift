import CoursecheckAssignment
import CoursecheckReading
import Foundation
import ZIPFoundation

/// Reads arbitrary bytes as a Word document. Bytes that start like a zip
/// ("PK") are the .docx itself (the archive's caps and checks); any other
/// bytes are its `word/document.xml`, zipped here, so that the XML parser,
/// the walk of paragraphs, tables and styles, and Office Math → TeX are
/// fuzzed without the fuzzer having to forge a zip. Any error thrown is a
/// clean rejection; a trap, a sanitizer report or a hang is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWord(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var bytes = Data(bytes: data, count: size)
    if !bytes.starts(with: [0x50, 0x4B]) {
        guard let archive = try? Archive(data: Data(), accessMode: .create) else { return 0 }
        let xml = bytes
        try? archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(xml.count),
                              compressionMethod: .none) { position, length in
            xml.subdata(in: Int(position)..<Int(position) + length)
        }
        guard let zipped = archive.data else { return 0 }
        bytes = zipped
    }
    guard let document = try? SheetDocument.read(data: bytes, name: "fuzz.docx") else { return 0 }
    let sheet = fuzzParser.parse(document)
    var total = sheet.problems.count + sheet.models.count + document.omitted.count
    for claims in sheet.derivatives.values { for claim in claims { total += claim.answer.description.count } }
    return total < 0 ? 1 : 0
}
