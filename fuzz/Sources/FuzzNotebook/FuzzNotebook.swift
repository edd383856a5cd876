import CoursecheckAssignment
import CoursecheckReading
import Foundation

/// Reads arbitrary bytes as a Jupyter notebook, then its Markdown cells as a
/// sheet. Any error thrown is a clean rejection.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNotebook(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let text = try? SheetText(notebook: Data(bytes: data, count: size), path: "fuzz.ipynb") else { return 0 }
    let sheet = fuzzParser.parse(text)
    return sheet.problems.count + sheet.derivatives.count < 0 ? 1 : 0
}
