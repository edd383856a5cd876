import CoursecheckMaths
import CoursecheckNotation

/// Reads arbitrary bytes (as UTF-8, invalid sequences replaced) as a chain
/// of linear forms with the grammar's reader (`Statements.chain`), every
/// symbol allowed. Any NotationError is a clean rejection.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExpression(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let tree = MathParser.parse(text)
    let item = MathItem(separator: .start, nodes: tree.nodes)
    guard let sides = try? Statements.chain(item.sides, in: tree, allowed: nil) else { return 0 }
    var length = 0
    for side in sides {
        length += side.description.count
        _ = try? side.scaled(by: Rational(-3))
    }
    return length < 0 ? 1 : 0
}
