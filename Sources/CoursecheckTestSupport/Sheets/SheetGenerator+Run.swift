import CoursecheckMaths
import CoursecheckAssignment
import CoursecheckDocument
import CoursecheckNotation
import CoursecheckVerification
import Foundation

/// Verifies sheets in-process, as `coursecheck verify` does (the document
/// read by its format registry, then `Verifier.verify`), with the
/// assignment's references computed once.
public struct SheetVerifier: Sendable {
    let assignment: Assignment
    let part1: Part1References?
    let part2: Part2References

    public init() throws {
        assignment = try Assignment.load(from: PackagePaths.assignment.path)
        part2 = try Part2References(assignment)
        part1 = try assignment.part1.map { try Part1References($0) }
    }

    /// Each check's status by its id; a sheet that cannot be read at all
    /// is one verdict, `sheet: <error>`.
    public func verdicts(_ data: Data, name: String, table: CommandTable = .standard) -> [String: String] {
        reading(data, name: name, table: table).verdicts
    }

    /// The verdicts, and the command-table entries the reading looked up
    /// (recorded by the reader as it read, not worked out from the text).
    public func reading(_ data: Data, name: String, table: CommandTable = .standard) -> (verdicts: [String: String], used: Set<CommandTable.Key>) {
        do {
            return reading(try SheetDocument.read(data: data, name: name), table: table)
        } catch {
            return (["sheet": "\(error)"], [])
        }
    }

    /// The same for a document already read (its front end knows no maths,
    /// so one document serves every table).
    public func reading(_ document: SheetDocument, table: CommandTable = .standard) -> (verdicts: [String: String], used: Set<CommandTable.Key>) {
        let parsed = Verifier.parse(document, assignment: assignment, table: table)
        do {
            let report = try Verifier.verify(parsed: parsed, assignment: assignment, references: part2, part1References: part1)
            var verdicts: [String: String] = [:]
            for check in report.checks where verdicts[check.id.description] == nil { verdicts[check.id.description] = "\(check.status)" }
            return (verdicts, parsed.usedEntries)
        } catch {
            return (["sheet": "\(error)"], parsed.usedEntries)
        }
    }
}

extension SheetGenerator {
    /// The canonical form of a sheet's claims: plain Markdown, `## Question N`
    /// headings, one `$$…$$` per answer with `\frac{\partial L}{\partial f_i}`,
    /// Part I as a pipe table. What every variant of the same claims must
    /// verify to.
    public static func canonical(_ c: SheetContent) -> String {
        func sample(_ s: Symbol) -> String { "f_" + Renderings.index(s) }
        func terms(_ t: SubmittedAnswers.Terms) -> String {
            if t.isEmpty { return "0" }
            var text = ""
            for (n, term) in t.enumerated() {
                let sign: String = term.0 < 0 ? (n == 0 ? "-" : " - ") : (n == 0 ? "" : " + ")
                let coefficient: String = term.0.magnitude == 1 ? "" : "\(term.0.magnitude)"
                text += sign + coefficient + sample(term.1)
            }
            return text
        }
        func derivatives(_ statements: [(Symbol, [SubmittedAnswers.Terms]?, SubmittedAnswers.Terms)]) -> String {
            statements.map { v, working, result in
                let sides = (working.map { [$0.map { "(" + terms($0) + ")" }.joined(separator: " + ")] } ?? []) + [terms(result)]
                return "$$\\frac{\\partial L}{\\partial \(sample(v))} = " + sides.joined(separator: " = ") + "$$"
            }.joined(separator: "\n\n")
        }
        var out = ["# Part I", "| Model | Total # of parameters in RNN/LSTM layer(s) | Test accuracy % |", "| --- | --- | --- |"]
            .joined(separator: "\n") + "\n"
        out += c.models.map { "| \($0.name) | \(grouped($0.parameters)) | \($0.accuracy)% |" }.joined(separator: "\n")
        out += "\n\n# Part II\n\n## Question 2\n\n" + derivatives(c.question2.map { ($0.0, nil as [SubmittedAnswers.Terms]?, $0.1) })
        out += "\n\n## Question 3\n\n" + derivatives(c.question3.map { ($0.0, nil as [SubmittedAnswers.Terms]?, $0.1) })
        out += "\n\n## Question 4\n\nIf we are considering all permutations then we have 5 choices for the anchor, 4 choices for the positive and 3 choices for the negative."
        out += "\n\nWhich gives: $6 \\cdot 5 \\cdot 4 = \(c.allTriplets)$ unique triplets."
        out += "\n\nIf we only consider valid triplets. Then we have 6 choices for the anchor, 2 choices for a positive and 3 choices for a negative."
        out += "\n\nThis gives: $6 \\cdot 2 \\cdot 3 = \(c.validTriplets)$ unique triplets."
        out += "\n\n## Question 5\n\nFirst converting the list of triplets to the embedding space we get:\n\n$$"
        let triplets: [String] = c.triplets.enumerated().map { k, t in "t_\(k + 1) = (f_\(t[0]), f_\(t[1]), f_\(t[2]))" }
        out += triplets.joined(separator: ", ") + "$$"
        for k in 1...8 {
            let statements: [(Symbol, [SubmittedAnswers.Terms]?, SubmittedAnswers.Terms)] =
                c.question5[k - 1].enumerated().map { (Symbol.sample($0.offset + 1), nil, $0.element) }
            out += "\n\n## Question 5.\(k)\n\n" + derivatives(statements)
        }
        let q6: [(Symbol, [SubmittedAnswers.Terms]?, SubmittedAnswers.Terms)] =
            c.question6.enumerated().map { (Symbol.sample($0.offset + 1), $0.element.working, $0.element.result) }
        out += "\n\n## Question 6\n\n" + derivatives(q6)
        return out + "\n"
    }

    /// A run: `count` sheets from `seed`, each verified in-process and
    /// compared with its canonical form's verdicts.
    public struct Run: Sendable {
        public var count = 0
        public var distinct = 0
        public var throughPandoc = 0
        public var failures: [(variant: Int, message: String, sheet: Sheet)] = []
        public var coverage: [String: [String: Int]] = [:]
        public var seconds = 0.0
        /// Variants that failed, by the axis values they share (to find a failing class).
        public var failingValues: [String: Int] = [:]
        /// Every rendered sheet, in order, with its canonical form's
        /// verdicts and the command-table entries its reading looked up (for
        /// the mutation test).
        public var sheets: [Sheet] = []
        public var expected: [[String: String]] = []
        public var used: [Set<CommandTable.Key>] = []

        /// One line per axis: how many values it covered, and how often each.
        public var report: String {
            var lines = ["\(count) whole-sheet variants drawn, \(distinct) distinct (\(throughPandoc) through pandoc), \(failures.count) failing, "
                + String(format: "%.1f s", seconds) + ", \(coverage.count) axes"]
            for (axis, values) in coverage.sorted(by: { $0.key < $1.key }) {
                lines.append("  \(axis): \(values.count) values — " + values.sorted { $0.key < $1.key }.map { "\($0.key.debugDescription) \($0.value)" }.joined(separator: ", "))
            }
            return lines.joined(separator: "\n")
        }
    }

    /// The answers the unslipped canonical sheet has correct: where slips are planted.
    public static func plantable(_ verifier: SheetVerifier) -> [String] {
        let text = canonical(.submitted)
        let verdicts = verifier.verdicts(Data(text.utf8), name: "sheet.md")
        return SheetContent.answers.filter { verdicts[$0] == "correct" }
    }

    /// Where a variant's verdicts `got` fail its canonical form's
    /// `expected`: every verdict that differs, and a planted slip read as
    /// correct (or correct in the canonical form). Empty when it passes.
    public static func problems(_ sheet: Sheet, got: [String: String], expected: [String: String]) -> [String] {
        var problems: [String] = []
        for id in Set(expected.keys).union(got.keys).sorted() where expected[id] != got[id] {
            problems.append("\(id): \(expected[id] ?? "absent") → \(got[id] ?? "absent")")
        }
        if let slip = sheet.slip {
            if got[slip.answer] == "correct" { problems.insert("planted \(slip.kind) in \(slip.answer) read as correct", at: 0) }
            if expected[slip.answer] == "correct" { problems.insert("planted \(slip.kind) in \(slip.answer) correct in the canonical form", at: 0) }
        }
        return problems
    }

    public static func run(count: Int, seed: UInt64, excluding: Set<String> = [], pandocLimit: Int = 150,
                           verifier: SheetVerifier) -> Run {
        let start = Date()
        var generator = SheetGenerator(seed: seed, plantable: plantable(verifier), excluding: excluding)
        var run = Run()
        var texts = Set<String>()
        var canonicals: [String: [String: String]] = [:]
        for n in 0..<count {
            generator.pandocAllowed = run.throughPandoc < pandocLimit
            let sheet: Sheet
            do { sheet = try generator.next() } catch {
                run.failures.append((n, "not rendered: \(error)", Sheet(format: .md, data: Data(), text: "", axes: [:], content: .submitted)))
                continue
            }
            run.count += 1
            if sheet.format.throughPandoc { run.throughPandoc += 1 }
            texts.insert(sheet.text)
            for (axis, value) in sheet.axes { run.coverage[axis, default: [:]][value, default: 0] += 1 }
            let key = canonical(sheet.content)
            let expected: [String: String]
            if let known = canonicals[key] { expected = known } else {
                expected = verifier.verdicts(Data(key.utf8), name: "sheet.md")
                canonicals[key] = expected
            }
            let (got, used) = verifier.reading(sheet.data, name: sheet.name)
            run.sheets.append(sheet)
            run.expected.append(expected)
            run.used.append(used)
            let problems = Self.problems(sheet, got: got, expected: expected)
            if !problems.isEmpty {
                let more = problems.count > 6 ? " (and \(problems.count - 6) more)" : ""
                run.failures.append((n, problems.prefix(6).joined(separator: "; ") + more, sheet))
                for (axis, value) in sheet.axes { run.failingValues["\(axis)=\(value)", default: 0] += 1 }
            }
        }
        run.distinct = texts.count
        run.seconds = Date().timeIntervalSince(start)
        return run
    }
}
