import CoursecheckMaths
import CoursecheckNotation

/// Tokenizes and parses arbitrary bytes (as UTF-8, invalid sequences
/// replaced) as a maths span, TeX and plain text, with a macro defined, and
/// reads every shape off every item: derivative heads, triplets, linear forms,
/// counts. A trap, a sanitizer report or a hang is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMathTree(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let table = CommandTable.standard.defining("pd", parameters: 2, body: "\\frac{\\partial #1}{\\partial #2}")
    var total = 0
    for plain in [false, true] {
        let span = MathSpan(text, table: table, plainText: plain)
        for item in span.items {
            total += item.sides.count
            if case .success(let s)? = Statements.derivative(item, in: span.tree, naming: SampleNaming(bareRoles: plain), allowed: nil,
                                                             roles: [.anchor: .sample(1)]) {
                total += s.answer.description.count
            }
            if case .success(let t)? = TripletShape.read(item) { total += t.members.count }
            if let values = try? Statements.count(item, in: span.tree) { total += values.count }
        }
    }
    return total < 0 ? 1 : 0
}
