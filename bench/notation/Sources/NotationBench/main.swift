import CoursecheckMaths
import CoursecheckNotation
import Foundation

// Times reading every maths span of a sheet (default: the submitted sheet's
// `$$…$$` displays): today's Lexer + ExpressionParser (tokens split at
// top-level commas, each item's sides after its first `=` parsed) against
// the grammar (tokenize, parse, items, and each item read as a derivative
// statement, else as a count chain). Medians of alternating rounds.
let path = CommandLine.arguments.dropFirst().first ?? "../../fixtures/answers/submitted.md"
let rounds = Int(ProcessInfo.processInfo.environment["BENCH_ROUNDS"] ?? "") ?? 41, repeats = 20
let text = try String(contentsOfFile: path, encoding: .utf8)
let regex = try NSRegularExpression(pattern: #"\$\$([\s\S]*?)\$\$|\$([^$]+)\$"#)
let ns = text as NSString
let spans: [String] = regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { m in
    ns.substring(with: m.range(at: 1).location != NSNotFound ? m.range(at: 1) : m.range(at: 2))
}

func oldReading() -> Int {
    var total = 0
    for span in spans {
        let tokens = Lexer.tokenize(span[...])
        var items: [[Token]] = [[]]
        var depth = 0
        for t in tokens {
            switch t.kind {
            case .leftParen, .leftBrace: depth += 1
            case .rightParen, .rightBrace: depth = max(0, depth - 1)
            default: break
            }
            if depth == 0 && (t.kind == .comma || t.kind == .end) { items.append([]) } else { items[items.count - 1].append(t) }
        }
        for item in items where !item.isEmpty {
            guard let eq = item.firstIndex(where: { $0.kind == .equals }) else { continue }
            var side: [Token] = []
            for t in item[(eq + 1)...] + [Token(kind: .end, offset: 0, text: "")] {
                if t.kind == .equals || t.kind == .end {
                    if let v = try? ExpressionParser.parse(tokens: side + [Token(kind: .end, offset: 0, text: "")]) { total += v.coefficients.count }
                    side = []
                } else {
                    side.append(t)
                }
            }
        }
    }
    return total
}

func newReading() -> Int {
    var total = 0
    for span in spans {
        let parsed = MathSpan(span)
        for item in parsed.items {
            if case .success(let s)? = Statements.derivative(item, in: parsed.tree, naming: SampleNaming(bareRoles: true), allowed: nil) {
                total += s.answer.coefficients.count
            } else if let values = try? Statements.count(item, in: parsed.tree) {
                total += values.count
            }
        }
    }
    return total
}

func time(_ body: () -> Int) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    var sink = 0
    for _ in 0..<repeats { sink &+= body() }
    precondition(sink >= 0)
    return Double(DispatchTime.now().uptimeNanoseconds - start) / Double(repeats) / 1e6
}

var old: [Double] = [], new: [Double] = []
for _ in 0..<rounds {
    old.append(time(oldReading))
    new.append(time(newReading))
}
func median(_ xs: [Double]) -> Double { xs.sorted()[xs.count / 2] }
let characters = spans.reduce(0) { $0 + $1.count }
print("sheet: \(path): \(spans.count) maths spans, \(characters) characters")
print(String(format: "today's Lexer + ExpressionParser: %.3f ms per sheet (median of %d rounds)", median(old), rounds))
print(String(format: "grammar (tokens, tree, items, shapes): %.3f ms per sheet", median(new)))
print(String(format: "ratio grammar / today: %.2f", median(new) / median(old)))
