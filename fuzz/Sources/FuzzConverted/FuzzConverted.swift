import CoursecheckAssignment
import CoursecheckReading
import Foundation

/// Reads arbitrary bytes as the Markdown pandoc makes of a Word or HTML
/// sheet: escapes undone outside maths, `matrix` as `aligned`, MathML's
/// `{= …}` groups opened, then parsed. (pandoc itself is not fuzzed here: it
/// runs as a separate process with a time and an output limit.)
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzConverted(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let markdown = String(validating: UnsafeBufferPointer(start: data, count: size), as: UTF8.self) else { return 0 }
    let typed = SheetText.typedText(pandocMarkdown: markdown, matrixIsAligned: true)
    guard let text = try? SheetText(data: Data(typed.utf8), path: "fuzz.docx") else { return 0 }
    let sheet = fuzzParser.parse(text)
    var total = sheet.problems.count + sheet.models.count
    for claims in sheet.derivatives.values { for claim in claims { total += claim.answer.description.count } }
    return total < 0 ? 1 : 0
}
