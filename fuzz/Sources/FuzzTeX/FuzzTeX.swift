import CoursecheckAssignment
import CoursecheckReading
import Foundation

/// Reads arbitrary bytes as a LaTeX sheet (comments, \\iffalse, macros,
/// sections, lists, environments, tabular). A trap, a sanitizer report or a
/// hang is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTeX(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let document = try? SheetDocument.read(data: Data(bytes: data, count: size), name: "fuzz.tex") else { return 0 }
    let sheet = fuzzParser.parse(document)
    var total = sheet.problems.count + sheet.models.count
    for claims in sheet.derivatives.values { for claim in claims { total += claim.answer.description.count } }
    return total < 0 ? 1 : 0
}
