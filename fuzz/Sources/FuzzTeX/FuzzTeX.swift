import CoursecheckAssignment
import CoursecheckReading
import Foundation

/// Reads arbitrary bytes as a LaTeX sheet (comments, sections, environments,
/// tabular rows). A trap, a sanitizer report or a hang is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTeX(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard var text = try? SheetText(data: Data(bytes: data, count: size), path: "fuzz.tex") else { return 0 }
    text.readAsLaTeX()
    let sheet = fuzzParser.parse(text)
    var total = sheet.problems.count + sheet.models.count
    for claims in sheet.derivatives.values { for claim in claims { total += claim.answer.description.count } }
    return total < 0 ? 1 : 0
}
