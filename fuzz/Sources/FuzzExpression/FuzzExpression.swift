import CoursecheckMaths

/// Parses arbitrary bytes (as UTF-8, invalid sequences replaced) as an
/// expression chain. Any ExpressionError is a clean rejection.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExpression(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    guard let sides = try? ExpressionParser.parseChain(text[...]) else { return 0 }
    var length = 0
    for side in sides {
        length += side.description.count
        _ = try? side.scaled(by: Rational(-3))
    }
    return length < 0 ? 1 : 0
}
