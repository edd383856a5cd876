import CoursecheckMaths
import CoursecheckNotation

extension NotationGenerator {
    /// Reads a variant through the grammar with `table`: nil when it reads
    /// to exactly its value (and a planted slip never to the right one),
    /// otherwise what went wrong. Also the table entries it used.
    public static func check(_ variant: Variant, table: CommandTable = .standard) -> (failure: String?, used: Set<CommandTable.Key>) {
        switch variant.check {
        case let .derivatives(question, expected):
            let reading = NotationReading.read(variant.spans, question: question, table: table)
            if let e = reading.errors.first { return ("error at \(e.offset): \(e.message)", reading.used) }
            for answer in expected {
                let read = reading.answer(triplet: answer.triplet, variable: answer.variable)
                guard read.count == 1 else { return ("\(read.count) readings of ∂/∂\(answer.variable)", reading.used) }
                if let right = answer.right, read[0] == right {
                    return ("a planted slip read as the right value \(right) for ∂/∂\(answer.variable)", reading.used)
                }
                guard read[0] == answer.value else {
                    return ("∂/∂\(answer.variable) read as \(read[0]), not \(answer.value)", reading.used)
                }
            }
            return (nil, reading.used)
        case let .count(value, right):
            var used: Set<CommandTable.Key> = []
            var last: Rational?
            for span in variant.spans {
                let parsed = MathSpan(span.text, table: table, plainText: span.plainText)
                used.formUnion(parsed.tree.used)
                for item in parsed.items {
                    do {
                        last = try Statements.count(item, in: parsed.tree).last
                    } catch {
                        return ("error at \(error.offset): \(error.message)", used)
                    }
                }
            }
            if let right, last == right { return ("a planted wrong last side read as the right total \(right)", used) }
            return (last == value ? nil : "read \(last.map(\.description) ?? "nothing"), not \(value)", used)
        case let .triplets(expected, right):
            var used: Set<CommandTable.Key> = []
            var read: [Int: [Int]] = [:]
            for span in variant.spans {
                let parsed = MathSpan(span.text, table: table, plainText: span.plainText)
                used.formUnion(parsed.tree.used)
                for item in parsed.items {
                    switch TripletShape.read(item) {
                    case .success(let t)?: read[t.label] = t.members
                    case .failure(let e)?: return ("error at \(e.offset): \(e.message)", used)
                    case nil: return ("not a triplet: \(parsed.tree.text(item.range))", used)
                    }
                }
            }
            if let right, read == right { return ("planted swapped members read as the right list", used) }
            return (read == expected ? nil : "read \(read.sorted { $0.key < $1.key }), not \(expected.sorted { $0.key < $1.key })", used)
        }
    }

    /// A run: `count` variants drawn from `seed`, with the distinct
    /// renderings, the values of every axis covered, and the failures.
    public struct Run {
        public var variants: [Variant] = []
        public var used: [Set<CommandTable.Key>] = []
        public var failures: [(variant: Int, message: String)] = []
        public var distinct = 0
        public var coverage: [String: [String: Int]] = [:]

        /// One line per axis: how many values it covered, and how often each.
        public var report: String {
            var lines = ["\(variants.count) variants drawn, \(distinct) distinct, \(failures.count) failing"]
            for (axis, values) in coverage.sorted(by: { $0.key < $1.key }) {
                lines.append("  \(axis): \(values.count) values — " + values.sorted { $0.key < $1.key }.map { "\($0.key.debugDescription) \($0.value)" }.joined(separator: ", "))
            }
            return lines.joined(separator: "\n")
        }
    }

    public static func run(count: Int, seed: UInt64, table: CommandTable = .standard) -> Run {
        var generator = NotationGenerator(seed: seed)
        var run = Run()
        var texts = Set<String>()
        for n in 0..<count {
            let variant = generator.next()
            texts.insert(variant.text)
            for (axis, value) in variant.axes { run.coverage[axis, default: [:]][value, default: 0] += 1 }
            let (failure, used) = check(variant, table: table)
            if let failure { run.failures.append((n, failure)) }
            run.variants.append(variant)
            run.used.append(used)
        }
        run.distinct = texts.count
        return run
    }
}
