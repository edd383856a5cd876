import CoursecheckAssignment
import CoursecheckReading
import Foundation

/// Reads arbitrary bytes as a Jupyter notebook, each Markdown cell its own
/// blocks. Any error thrown is a clean rejection.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNotebook(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let document = try? SheetDocument.read(data: Data(bytes: data, count: size), name: "fuzz.ipynb") else { return 0 }
    let sheet = fuzzParser.parse(document)
    return sheet.problems.count + sheet.derivatives.count < 0 ? 1 : 0
}
