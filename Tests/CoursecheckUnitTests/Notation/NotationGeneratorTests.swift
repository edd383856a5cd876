import CoursecheckNotation
import CoursecheckTestSupport
import Foundation
import Testing

/// `COURSECHECK_VARIANTS=N` for a longer run (default 3,000).
private let variantCount = ProcessInfo.processInfo.environment["COURSECHECK_VARIANTS"].flatMap(Int.init) ?? 3_000

@Suite("The notation generator: one meaning through many notations reads to one value")
struct NotationGeneratorTests {
    @Test("Every variant reads to exactly its canonical value; a planted slip never to the right one")
    func variants() {
        let run = NotationGenerator.run(count: variantCount, seed: 19)
        print(run.report)
        #expect(run.distinct >= min(2_000, variantCount / 2), "\(run.distinct) distinct variants")
        #expect(run.coverage.count >= 12, "\(run.coverage.count) axes")
        for (n, message) in run.failures.prefix(10) {
            Issue.record("variant \(n): \(message) ⟦\(run.variants[n].text)⟧")
        }
        #expect(run.failures.isEmpty, "\(run.failures.count) of \(run.variants.count) variants fail")
    }

    @Test("Mutation: without any one command-table entry the generator exercises, its variants fail")
    func mutation() {
        let run = NotationGenerator.run(count: min(variantCount, 2_000), seed: 23)
        var users: [CommandTable.Key: [Int]] = [:]
        for (n, keys) in run.used.enumerated() { for key in keys { users[key, default: []].append(n) } }
        let exercised = users.keys.sorted()
        let all = ProcessInfo.processInfo.environment["COURSECHECK_MUTATION"] == "all"
        var random = SeededRandom(seed: 29)
        let sample = all ? exercised : Array(exercised.shuffled(using: &random).prefix(20))
        print("mutation: \(sample.count) of \(exercised.count) exercised table entries removed one at a time")
        for key in sample {
            let table = CommandTable.standard.removing(key)
            let variants = users[key]!.prefix(200)
            let failing = variants.filter { NotationGenerator.check(run.variants[$0], table: table).failure != nil }
            print("  without \(key): \(failing.count) of \(variants.count) variants fail")
            #expect(!failing.isEmpty, "removing \(key) changes no reading of the \(variants.count) variants that use it")
        }
    }
}
