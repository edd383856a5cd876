import CoursecheckAssignment
import CoursecheckReading
import Foundation

/// The assignment every input is read against: the committed one, read once.
private let part: Assignment.TripletPart = {
    let path = ProcessInfo.processInfo.environment["COURSECHECK_ASSIGNMENT"] ?? "../fixtures/assignment.json"
    do { return try Assignment.load(from: path).part2 } catch { fatalError("fuzz: cannot load \(path): \(error)") }
}()

/// Part I's model names, so that list rows naming them are read.
private let models: [String] = {
    let path = ProcessInfo.processInfo.environment["COURSECHECK_ASSIGNMENT"] ?? "../fixtures/assignment.json"
    return ((try? Assignment.load(from: path))?.part1?.models.map(\.name)) ?? []
}()

/// Reads arbitrary bytes as a LaTeX sheet (comments, sections, environments,
/// tabular rows). A trap, a sanitizer report or a hang is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTeX(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard var text = try? SheetText(data: Data(bytes: data, count: size), path: "fuzz.tex") else { return 0 }
    text.readAsLaTeX()
    let sheet = SheetParser(part: part, models: models).parse(text)
    var total = sheet.problems.count + sheet.models.count
    for claims in sheet.derivatives.values { for claim in claims { total += claim.answer.description.count } }
    return total < 0 ? 1 : 0
}
