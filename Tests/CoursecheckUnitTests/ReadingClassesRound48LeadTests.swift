import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Foundation
import Testing

/// Round 48 (lead): Questions 2 and 3 in one table whose columns name them,
/// in any script and right under Part II; questions headed by a numbered
/// line inside a paragraph; a dash after correcting words in plain text.
/// Verdicts by hand: with the halves, ∂L/∂f_a = f_n − f_p, ∂L/∂f_p = f_p −
/// f_a, ∂L/∂f_n = f_a − f_n when the hinge is active, all 0 when not.
@Suite("Classes of notation, round 48: the lead's")
struct ReadingClassesRound48LeadTests {
    typealias C = SheetClassesTests
    static let roles = ["f_a", "f_p", "f_n"]
    static let q2 = roles.map { "part2.q2.\($0)" }
    static let q3 = roles.map { "part2.q3.\($0)" }

    /// A table `| gradient | Q2: hinge inactive | Q3: hinge active |` with
    /// rows for f_a, f_p, f_n in `script` (TeX, Unicode, plain text), under
    /// `heading` ("" for none: right under Part II); `fn3` is Q3's f_n cell.
    static func rolesTable(_ script: String, heading: String, fn3: String? = nil) -> String {
        let rows: [(String, String)]
        switch script {
        case "tex": rows = [("$\\partial L/\\partial f_a$", "$f_n - f_p$"), ("$\\partial L/\\partial f_p$", "$f_p - f_a$"), ("$\\partial L/\\partial f_n$", fn3.map { "$\($0)$" } ?? "$f_a - f_n$")]
        case "unicode": rows = [("∂L/∂fₐ", "fₙ − fₚ"), ("∂L/∂fₚ", "fₚ − fₐ"), ("∂L/∂fₙ", fn3 ?? "fₐ − fₙ")]
        default: rows = [("dL/dfa", "fn - fp"), ("dL/dfp", "fp - fa"), ("dL/dfn", fn3 ?? "fa - fn")]
        }
        let table = "| gradient | Q2: hinge inactive | Q3: hinge active |\n|---|---|---|\n" + rows.map { "| \($0.0) | 0 | \($0.1) |" }.joined(separator: "\n")
        return "Part II\n\n" + (heading.isEmpty ? "" : heading + "\n\n") + table + "\n\nQuestion 4\n\nAll: $6 \\cdot 5 \\cdot 4 = 120$.\n"
    }

    @Test("Questions 2 and 3 in one table whose columns name them: in TeX, Unicode or plain text, under a heading for both or right under Part II", arguments: [
        ("tex", ""), ("unicode", ""), ("plain", ""), ("unicode", "Questions 2 & 3"), ("plain", "Question 2 / 3"), ("tex", "Questions 2 and 3"),
    ])
    func questionColumns(_ script: String, _ heading: String) throws {
        let right = try C.checks(Self.rolesTable(script, heading: heading))
        C.expectRead(right, Self.q2 + Self.q3)
        let wrong = try C.checks(Self.rolesTable(script, heading: heading, fn3: script == "tex" ? "f_n - f_a" : script == "unicode" ? "fₙ − fₐ" : "fn - fa"))
        C.expectRead(wrong, ["part2.q3.f_n"], .incorrect)
        C.expectRead(wrong, Self.q2 + ["part2.q3.f_a", "part2.q3.f_p"])
    }

    @Test("A table of both questions with a remark beside it that may change a cell (in maths, in plain words and samples, by a word of correction) is for a person", arguments: [
        ("", "Note: ∂L/∂fₙ in Q3 should be fₙ − fₐ."), ("", "Correction: in Q3 the last entry is fn - fa."),
        ("", "Oops: I flipped the last entry of Q3."), ("Questions 2 & 3", "Correction: in Q3 the last entry is fn - fa."),
        ("Questions 2 & 3", "Oops: the last entry of Q3 is flipped (it is fn - fa)."),
    ])
    func questionColumnsWithRemark(_ heading: String, _ remark: String) throws {
        for script in ["unicode", "plain", "tex"] {
            let sheet = Self.rolesTable(script, heading: heading).replacingOccurrences(of: "\n\nQuestion 4", with: "\n\n\(remark)\n\nQuestion 4")
            let c = try C.checks(sheet)
            // (The table's f_n of Question 3 is right, the remark makes it wrong: never graded correct.)
            for id in Self.q3 { #expect(c[id]?.status == .unparsable || c[id]?.status == .incorrect, "\(script) \(id): \(c[id]?.status.rawValue ?? "absent")") }
            #expect(c["part2.q3.f_n"]?.status != .correct)
        }
    }

    /// Part II's questions as numbered lines of one paragraph under its
    /// heading (plain text, or Markdown where `2.` cannot open a list).
    static func numberedLines(_ part: String, fn3: String = "fa - fn") -> String {
        "\(part)\n2. all zero: dL/dfa = dL/dfp = dL/dfn = 0\n3. dL/dfa = fn - fp ; dL/dfp = fp - fa ; dL/dfn = \(fn3)\n4. 120 (6*5*4), 36 valid (6*2*3)\n"
    }

    @Test("A line opening with the next question's number heads it, inside a paragraph too", arguments: [
        ("II.", "sheet.txt"), ("Part II", "sheet.txt"), ("Part 2", "sheet.md"), ("PART II", "sheet.md"),
    ])
    func numberedLineHeadsQuestion(_ part: String, _ name: String) throws {
        let sheet = "I.\nRNN: 60400 params, 63.1% test acc\n\n"
        let right = try C.checks(sheet + Self.numberedLines(part), name: name)
        C.expectRead(right, Self.q2 + Self.q3 + ["part2.q4.all", "part2.q4.valid"])
        let wrong = try C.checks(sheet + Self.numberedLines(part, fn3: "fn - fa"), name: name)
        C.expectRead(wrong, ["part2.q3.f_n"], .incorrect)
        C.expectRead(wrong, Self.q2 + ["part2.q3.f_a", "part2.q3.f_p"])
    }

    @Test("A numbered line after the line numbered before it is an item of an answer's own list, not the next question", arguments: [false, true])
    func numberedLineInAnswerList(_ wrongLast: Bool) throws {
        // Under Question 5.1, lines 1. … 6. list its answers by sample:
        // `6. …` is f_6's, no Question 6.
        let last = wrongLast ? "f6 - f1" : "0"
        let sheet = "Question 5\n\nt1 = (f1, f2, f5)\n\nQuestion 5.1\n\n1. dL/df1 = f5 - f2\n2. dL/df2 = f2 - f1\n3. dL/df3 = 0\n4. dL/df4 = 0\n5. dL/df5 = f1 - f5\n6. dL/df6 = \(last)\n"
        let c = try C.checks(sheet, name: "sheet.txt")
        C.expectRead(c, (1...5).map { "part2.q5.1.f_\($0)" })
        C.expectRead(c, ["part2.q5.1.f_6"], wrongLast ? .incorrect : .correct)
        C.expectRead(c, ["part2.q6.f_6"], .missing)
    }

    @Test("A paragraph that numbered a line without heading anything heads no question by a later number (`1. …` `2. …` `6. …` under Question 5.3)")
    func numberedLinesOfAnAnswer() throws {
        let sheet = "Question 5\n\nt3 = (f2, f1, f6)\n\nQuestion 5.3\n\n1. dL/df1 = f1 - f2\n2. dL/df2 = f6 - f1\n6. dL/df6 = f2 - f6\nOthers: dL/df3 = dL/df4 = dL/df5 = 0\n"
        let c = try C.checks(sheet, name: "sheet.txt")
        C.expectRead(c, (1...6).map { "part2.q5.3.f_\($0)" })
        C.expectRead(c, (1...6).map { "part2.q6.f_\($0)" }, .missing)
    }

    @Test("In plain text, a value after correcting words opening on a spaced minus is a dash or a sign: for a person; the same without the dash is the correction")
    func dashAfterCorrection() throws {
        let head = "Question 5\n\nt1 = (f1, f2, f5)\n\nQuestion 5.1\n\n"
        let rest = "dL/df2 = f2 - f1, dL/df3 = 0, dL/df4 = 0, dL/df5 = f1 - f5, dL/df6 = 0\n"
        // (Read as a sign, `- f5 - f2` is wrong; as a dash, `f5 - f2` right: neither is graded.)
        let dashed = try C.checks(head + "dL/df1 = f2 - f5 wait - f5 - f2\n" + rest, name: "sheet.txt")
        C.expectRead(dashed, ["part2.q5.1.f_1"], .unparsable)
        let right = try C.checks(head + "dL/df1 = f2 - f5 wait f5 - f2\n" + rest, name: "sheet.txt")
        C.expectRead(right, ["part2.q5.1.f_1"])
        let wrong = try C.checks(head + "dL/df1 = f5 - f2 wait f2 - f5\n" + rest, name: "sheet.txt")
        C.expectRead(wrong, ["part2.q5.1.f_1"], .incorrect)
    }

    /// A compact plain-text sheet: one line per part of Question 5, its
    /// question's label, the triplet's and the samples' (`Q5 t1: f1: …,
    /// f2: …`); `t1f1` is the first line's first value.
    static func compactQ5(_ t1f1: String, separator: String) -> String {
        let rows = [
            "f1: \(t1f1)\(separator) f2: f2 - f1\(separator) f3: 0\(separator) f4: 0\(separator) f5: f1 - f5\(separator) f6: 0",
            "f1: f4 - f3\(separator) f2: 0\(separator) f3: f3 - f1\(separator) f4: f1 - f4\(separator) f5: 0\(separator) f6: 0",
        ]
        return "Part II\nQ4: all = 6*5*4 = 120, valid = 6*2*3 = 36\nt1 = (f1, f2, f5), t2 = (f1, f3, f4)\n" + rows.enumerated().map { "Q5 t\($0 + 1): \($1)" }.joined(separator: "\n") + "\n"
    }

    @Test("A line per part with Question 5's label before the triplet's (`Q5 t1: f1: …, f2: …`) is that part; samples and values in pairs after commas or semicolons", arguments: [",", ";"])
    func compactPartLines(_ separator: String) throws {
        let ids = (1...2).flatMap { k in (1...6).map { "part2.q5.\(k).f_\($0)" } }
        let right = try C.checks(Self.compactQ5("f5 - f2", separator: separator), name: "sheet.txt")
        C.expectRead(right, ids)
        let wrong = try C.checks(Self.compactQ5("f2 - f5", separator: separator), name: "sheet.txt")
        C.expectRead(wrong, ["part2.q5.1.f_1"], .incorrect)
        C.expectRead(wrong, Array(ids.dropFirst()))
    }

    @Test("Question 4 as its two figures alone, all then valid (the first larger), with their products or without", arguments: [
        ("120 / 36", true), ("120; 36", true), ("120 and 36 (6*5*4 and 6*2*3)", true), ("120 (6*5*4), 36 (6*2*3)", true),
        ("120 / 18", false), ("120 and 18 (6*5*4 and 3*2*3)", false),
    ])
    func tersePair(_ text: String, _ right: Bool) throws {
        let c = try C.checks("Part II\n\nQuestion 4\n\n\(text)\n", name: "sheet.txt")
        C.expectRead(c, ["part2.q4.all"])
        C.expectRead(c, ["part2.q4.valid"], right ? .correct : .incorrect)
        if text.contains("(") {
            C.expectRead(c, ["part2.q4.all.reasoning"])
            C.expectRead(c, ["part2.q4.valid.reasoning"], right ? .correct : .incorrect)
        } else {
            C.expectRead(c, ["part2.q4.all.reasoning", "part2.q4.valid.reasoning"], .missing)
        }
    }

    @Test("Two figures whose order and sizes disagree (`36 / 120`) are for a person")
    func tersePairOutOfOrder() throws {
        let c = try C.checks("Part II\n\nQuestion 4\n\n36 / 120\n", name: "sheet.txt")
        C.expectRead(c, ["part2.q4.all", "part2.q4.valid"], .unparsable)
    }

    @Test("Values listed first, the samples they are for in a bracket closing the line: value i is sample i's", arguments: [
        "for f_a, f_p, f_n", "w.r.t. fa, fp, fn", "fa, fp and fn", "resp. f_a, f_p, f_n",
    ])
    func valuesThenSamples(_ bracket: String) throws {
        let sheet = { (fn: String) in "Part II\n\nQ2: 0, 0, 0 (\(bracket))\n\nQ3: fn - fp; fp - fa; \(fn) (\(bracket))\n" }
        let right = try C.checks(sheet("fa - fn"), name: "sheet.txt")
        C.expectRead(right, Self.q2 + Self.q3)
        let wrong = try C.checks(sheet("fn - fa"), name: "sheet.txt")
        C.expectRead(wrong, ["part2.q3.f_n"], .incorrect)
        C.expectRead(wrong, Self.q2 + ["part2.q3.f_a", "part2.q3.f_p"])
    }

    @Test("As many values as samples, or none is given: `0, 0 (for f_a, f_p, f_n)` is for a person")
    func valuesThenSamplesCounted() throws {
        let c = try C.checks("Part II\n\nQ2: 0, 0 (for f_a, f_p, f_n)\n\nQ3: fn - fp, fp - fa, fa - fn (for fa, fp)\n", name: "sheet.txt")
        C.expectRead(c, Self.q2 + Self.q3, .unparsable)
    }
}
