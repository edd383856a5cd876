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

/// Reads arbitrary bytes as a Jupyter notebook, then its Markdown cells as a
/// sheet. Any error thrown is a clean rejection.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNotebook(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let text = try? SheetText(notebook: Data(bytes: data, count: size), path: "fuzz.ipynb") else { return 0 }
    let sheet = SheetParser(part: part, models: models).parse(text)
    return sheet.problems.count + sheet.derivatives.count < 0 ? 1 : 0
}
