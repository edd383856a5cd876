import CoursecheckTestSupport
import Foundation
import Testing

/// The plain-text classes of `PlainTextClassesTests` by generation: one
/// meaning (Question 5.2's zeros for a set; Question 6's ∂L/∂f_4 as a sum
/// of heads, its values and its result over three lines) rendered through
/// seeded choices of equivalent notations, written here as literal strings,
/// each sheet read as `verify` reads a `.txt`. Every rendering of the right
/// answers reads correct; every one with a slip planted never does.
@Suite("Plain text by generation: zeros for a set, sums over lines")
struct PlainTextGenerationTests {
    typealias C = SheetClassesTests

    static let seeds: [UInt64] = [1, 19, 2026]

    static func pick<T>(_ options: [T], _ rng: inout SeededRandom) -> T {
        options[Int(rng.next() % UInt64(options.count))]
    }

    /// `dL2/df_i = 0 for i in {2, 5, 6}` in one of many spellings, and the
    /// set it names.
    static func zeroLine(_ rng: inout SeededRandom, set: [Int]) -> String {
        let letter = pick(["i", "j", "k"], &rng)
        let head = pick(["dL2/df_\(letter)", "dL2/df\(letter)", "dL_2/df_\(letter)", "∂L₂/∂f_\(letter)", "∂L2/∂f\(letter)",
                         "d L2 / d f_\(letter)", "dL(t2)/df_\(letter)", "dL2/df_{\(letter)}"], &rng)
        let separator = pick([", ", ",", " , "], &rng)
        let members = set.map(String.init).joined(separator: separator)
        let braces = pick([("{", "}"), ("{ ", " }")], &rng)
        let words = pick(["for", "for all", ""], &rng)
        let member = pick(["in", "∈"], &rng)
        let end = pick(["", ".", ","], &rng)
        return "\(head) = 0 \(words) \(letter) \(member) \(braces.0)\(members)\(braces.1)\(end)".replacingOccurrences(of: "  ", with: " ")
    }

    @Test("Zeros for a set in plain text, through seeded spellings", arguments: seeds)
    func zeroSets(seed: UInt64) throws {
        var rng = SeededRandom(seed: seed)
        for n in 0..<12 {
            let line = Self.zeroLine(&rng, set: [2, 5, 6])
            let indent = Self.pick(["    ", ""], &rng)
            let sheet = "Question 5.2\n\n\(indent)dL2/df_1 = f_4 - f_3\n\(indent)\(line)\n"
            let c = try C.checks(sheet, name: "sheet.txt")
            for id in PlainTextClassesTests.zeros52 {
                #expect(c[id]?.status == .correct, "seed \(seed), sheet \(n): \(line) — \(id): \(c[id]?.status.rawValue ?? "absent") \(c[id]?.evidence ?? "")")
            }
            // f_4, the triplet's negative, put in the set: never correct.
            var planted = SeededRandom(seed: seed &+ UInt64(n))
            let wrong = Self.zeroLine(&planted, set: [2, 4, 5, 6])
            let w = try C.checks("Question 5.2\n\n\(indent)dL2/df_4 = f_1 - f_4\n\(indent)\(wrong)\n", name: "sheet.txt")
            #expect(w["part2.q5.2.f_4"]?.status != .correct, "FALSE VERDICT, seed \(seed), sheet \(n): \(wrong)")
        }
    }

    @Test("Question 6 over three lines of plain text, through seeded spellings", arguments: seeds)
    func sumsOverLines(seed: UInt64) throws {
        var rng = SeededRandom(seed: seed)
        for n in 0..<8 {
            let (head, term) = Self.pick([("dL/df_4", "dL#/df_4"), ("dL/df4", "dL#/df4"), ("∂L/∂f₄", "∂L#/∂f₄"), ("dL/df_4", "dL_#/df_4"),
                                          ("dL/df_4", "dL(t#)/df_4"), ("d L / d f_4", "d L_# / d f_4")], &rng)
            let sum = [2, 4, 7, 8].map { term.replacingOccurrences(of: "#", with: String($0)) }.joined(separator: " + ")
            let indent = Self.pick(["            ", "  ", "", "\t"], &rng)
            let block = Self.pick(["    ", ""], &rng)
            let twice = Self.pick(["2f_6", "2*f_6", "2 f_6", "2·f_6"], &rng)
            let values = "(f_1 - f_4) + (f_2 - f_4) + (f_4 - f_6) + (f_4 - f_6)"
            func sheet(_ result: String) -> String {
                "Question 6\n\n" + ["\(head) = \(sum)", "\(indent)= \(values)", "\(indent)= \(result)"].map { block + $0 }.joined(separator: "\n") + "\n"
            }
            let c = try C.checks(sheet("f_1 + f_2 - \(twice)"), name: "sheet.txt")
            for id in ["part2.q6.f_4", "part2.q6.f_4.steps"] {
                #expect(c[id]?.status == .correct, "seed \(seed), sheet \(n): \(sheet("f_1 + f_2 - \(twice)")) — \(id): \(c[id]?.status.rawValue ?? "absent") \(c[id]?.evidence ?? "")")
            }
            let w = try C.checks(sheet("f_1 + f_2 - f_6"), name: "sheet.txt")
            #expect(w["part2.q6.f_4"]?.status == .incorrect, "seed \(seed), sheet \(n): \(w["part2.q6.f_4"]?.status.rawValue ?? "absent")")
        }
    }
}
