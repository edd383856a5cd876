import CoursecheckAssignment
import CoursecheckMaths
import CoursecheckReading
import Foundation

/// Reads arbitrary bytes as a Markdown sheet: validation, the block parser
/// (containers, leaves, inlines, HTML), sections, maths, claims, tables. Any
/// error thrown is a clean rejection; a trap, a sanitizer report or a hang
/// is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSheet(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    guard let document = try? SheetDocument.read(data: bytes, name: "fuzz.md") else { return 0 }
    let sheet = fuzzParser.parse(document)
    // Touch what the checks would read, so that it is computed.
    var total = sheet.problems.count + sheet.models.count + document.omitted.count
    for claims in sheet.derivatives.values {
        for claim in claims {
            total += claim.answer.description.count + claim.firstSideTerms.count
            _ = try? LinearExpression.sum(claim.sides)
        }
    }
    for count in sheet.counts.values { total += count.products.map(\.value).count + count.chains.count }
    for problem in sheet.problems { total += sheet.place(problem.location).count }
    return total < 0 ? 1 : 0
}
