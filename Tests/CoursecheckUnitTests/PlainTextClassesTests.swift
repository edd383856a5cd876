import CoursecheckAssignment
import CoursecheckDocument
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Foundation
import Testing

/// Classes of notation in plain-text sheets (found by an outsider's sheets,
/// /work/notes/unseen11 at the time, written here in other words).
/// Verdicts by hand from the assignment, as in round 4: t_2 = (1, 3, 4);
/// hinge active, ∂/∂f_a = f_n − f_p, ∂/∂f_p = f_p − f_a, ∂/∂f_n = f_a − f_n,
/// 0 for the samples outside the triplet; 6·5·4 = 120 triplets, 6·2·3 = 36
/// valid; ∂L/∂f_4 = (f_1 − f_4) + (f_2 − f_4) + (f_4 − f_6) + (f_4 − f_6).
@Suite("Classes of notation in plain text: arrows in prose, bracketed triplets, zeros for a set, sums over lines, calculations in parentheses")
struct PlainTextClassesTests {
    typealias C = SheetClassesTests
    typealias R4 = LayoutClassesRound4Tests
    typealias Case = LayoutClassesRound4Tests.Case

    static let zeros52 = ["part2.q5.2.f_2", "part2.q5.2.f_5", "part2.q5.2.f_6"]

    @Test("An arrow between words joins clauses: it is prose, not maths that answers nothing", arguments: [
        Case(label: "'->' between words before an indented block", file: "sheet.txt",
             sheet: "Question 3\n----------\n\nMargin active -> take the gradient of each distance:\n\n    dL/df_a = f_n - f_p\n    dL/df_p = f_p - f_a\n    dL/df_n = f_a - f_n\n",
             ids: R4.roles3, from: "dL/df_p = f_p - f_a", to: "dL/df_p = f_a - f_p", wrong: "part2.q3.f_p"),
        Case(label: "'→' between words, answers on lines of their own", file: "sheet.txt",
             sheet: "Question 3:\nThe hinge is active → both distances count.\ndL/df_a = f_n - f_p\ndL/df_p = f_p - f_a\ndL/df_n = f_a - f_n\n",
             ids: R4.roles3, from: "dL/df_n = f_a - f_n", to: "dL/df_n = f_n - f_a", wrong: "part2.q3.f_n"),
    ])
    func arrowInProse(_ k: Case) throws {
        try R4.run(k)
    }

    @Test("A triplet stated in brackets or parentheses after a heading is the triplet stated", arguments: [
        Case(label: "[t2 = (…)]", file: "sheet.txt",
             sheet: "Question 5.2   [t2 = (f_1, f_3, f_4)]\n\n    dL/df_1 = f_4 - f_3\n    dL/df_3 = f_3 - f_1\n    dL/df_4 = f_1 - f_4\n",
             ids: R4.ids52, from: "dL/df_3 = f_3 - f_1", to: "dL/df_3 = f_1 - f_3", wrong: "part2.q5.2.f_3"),
        Case(label: "(t2 = (…))", file: "sheet.txt",
             sheet: "Question 5.2 (t2 = (f1, f3, f4))\n\n    dL/df1 = f4 - f3\n    dL/df3 = f3 - f1\n    dL/df4 = f1 - f4\n",
             ids: R4.ids52, from: "dL/df4 = f1 - f4", to: "dL/df4 = f4 - f1", wrong: "part2.q5.2.f_4"),
    ])
    func bracketedTriplet(_ k: Case) throws {
        try Self.run(k)
    }

    /// As `LayoutClassesRound4Tests.run`, the triplet list aside.
    static func run(_ k: Case, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let c = try C.checks(k.sheet, name: k.file)
        C.expectRead(c, k.ids, sourceLocation: sourceLocation)
        expectNothingFlagged(c, sourceLocation: sourceLocation)
        #expect(k.sheet.contains(k.from), "the planted text is not in the sheet", sourceLocation: sourceLocation)
        let w = try C.checks(k.sheet.replacingOccurrences(of: k.from, with: k.to), name: k.file)
        C.expectRead(w, [k.wrong], .incorrect, sourceLocation: sourceLocation)
        C.expectRead(w, k.ids.filter { $0 != k.wrong }, sourceLocation: sourceLocation)
    }

    /// Nothing flagged but the triplet list, which a sheet of one part
    /// states in part (the others missing).
    static func expectNothingFlagged(_ c: [String: Check], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        R4.expectNothingFlagged(c.filter { $0.key != "part2.q5.triplets" }, sourceLocation: sourceLocation)
    }

    @Test("A wrong triplet in brackets is the triplet list's mistake, never read as right")
    func bracketedWrongTriplet() throws {
        let c = try C.checks("Question 5.2   [t2 = (f_1, f_4, f_3)]\n\n    dL/df_1 = f_4 - f_3\n", name: "sheet.txt")
        #expect(c["part2.q5.triplets"]?.status == .incorrect, "\(c["part2.q5.triplets"]?.status.rawValue ?? "absent")")
    }

    static let zeroSets = [
        "Question 5.2: t2 = (f1, f3, f4)\n\n    dL/df1 = f4 - f3\n    dL/df3 = f3 - f1\n    dL/df4 = f1 - f4\n    dL/dfj = 0 for j in {2, 5, 6}\n",
        "5.2)\n\n∂L₂/∂f₁ = f₄ − f₃\n∂L₂/∂f₃ = f₃ − f₁\n∂L₂/∂f₄ = f₁ − f₄\n∂L₂/∂f_k = 0 for k ∈ {2, 5, 6}\n",
        "Question 5.2\n\n    dL2/df_1 = f_4 - f_3\n    dL2/df_3 = f_3 - f_1\n    dL2/df_4 = f_1 - f_4\n    dL2/df_i = 0 for all i in {2,5,6}.\n",
    ]

    @Test("Zeros for a set of indices in plain text, '= 0 for i in {…}': one answer a listed sample", arguments: zeroSets)
    func zeroSet(_ sheet: String) throws {
        let c = try C.checks(sheet, name: "sheet.txt")
        C.expectRead(c, R4.ids52 + Self.zeros52)
        Self.expectNothingFlagged(c)
    }

    @Test("Zeros for a set in plain text: another value, or a sample of the triplet in the set, is never right", arguments: zeroSets)
    func zeroSetPlanted(_ sheet: String) throws {
        let value = sheet.replacingOccurrences(of: "= 0 for", with: "= f_1 for")
        #expect(value != sheet)
        C.expectRead(try C.checks(value, name: "sheet.txt"), Self.zeros52, .incorrect)
        // f_4 put in the set: its two answers disagree.
        let set = sheet.replacingOccurrences(of: "{2, 5, 6}", with: "{2, 4, 5, 6}").replacingOccurrences(of: "{2,5,6}", with: "{2,4,5,6}")
        #expect(set != sheet)
        let w = try C.checks(set, name: "sheet.txt")
        #expect(w["part2.q5.2.f_4"]?.status != .correct, "FALSE VERDICT: \(w["part2.q5.2.f_4"]?.evidence ?? "")")
        C.expectRead(w, Self.zeros52)
    }

    @Test("A set that is not of the samples' numbers stays unparsable")
    func zeroSetBeyondSamples() throws {
        let c = try C.checks("Question 5.2\n\n    dL2/df_1 = f_4 - f_3\n    dL2/df_i = 0 for i in {2, 5, 9}\n", name: "sheet.txt")
        for id in Self.zeros52 { #expect(c[id]?.status != .correct, "\(id): \(c[id]?.status.rawValue ?? "absent")") }
    }

    static let sumOverLines = "Question 6\n----------\n\ndL/df_i = sum over t of dLt/df_i, so:\n\n    dL/df_4 = dL2/df_4 + dL4/df_4 + dL7/df_4 + dL8/df_4\n            = (f_1 - f_4) + (f_2 - f_4) + (f_4 - f_6) + (f_4 - f_6)\n            = f_1 + f_2 - 2f_6\n"

    @Test("Question 6 over three lines of plain text: the heads summed, their values, the result")
    func sumOverLines() throws {
        let c = try C.checks(Self.sumOverLines, name: "sheet.txt")
        C.expectRead(c, ["part2.q6.f_4", "part2.q6.f_4.steps"])
        R4.expectNothingFlagged(c)
        let result = try C.checks(Self.sumOverLines.replacingOccurrences(of: "= f_1 + f_2 - 2f_6", with: "= f_1 + f_2 - f_6"), name: "sheet.txt")
        C.expectRead(result, ["part2.q6.f_4"], .incorrect)
        C.expectRead(result, ["part2.q6.f_4.steps"], .inconsistent)
        let working = try C.checks(Self.sumOverLines.replacingOccurrences(of: "(f_2 - f_4) +", with: "(f_2 - f_5) +"), name: "sheet.txt")
        C.expectRead(working, ["part2.q6.f_4.steps"], .inconsistent)
    }

    @Test("A sum of heads alone, no line going on with '=', is no answer")
    func sumOfHeadsAlone() throws {
        let c = try C.checks("Question 6\n\n    dL/df_4 = dL2/df_4 + dL4/df_4 + dL7/df_4 + dL8/df_4\n\nThe rest is left to the reader.\n", name: "sheet.txt")
        #expect(c["part2.q6.f_4"]?.status == .unparsable, "\(c["part2.q6.f_4"]?.status.rawValue ?? "absent")")
    }

    static let countsInParentheses = "Question 4\n----------\n\n    >>> from math import perm\n    >>> perm(6, 3)\n    120\n\nThat gives 120 triplets overall (6 x 5 x 4) and 36 valid ones (6 x 2 x 3).\n"

    @Test("A calculation in parentheses after a count in plain text is its reasoning")
    func countsInParentheses() throws {
        let c = try C.checks(Self.countsInParentheses, name: "sheet.txt")
        C.expectRead(c, ["part2.q4.all", "part2.q4.all.reasoning", "part2.q4.valid", "part2.q4.valid.reasoning"])
        let w = try C.checks(Self.countsInParentheses.replacingOccurrences(of: "(6 x 2 x 3)", with: "(6 x 2 x 4)"), name: "sheet.txt")
        C.expectRead(w, ["part2.q4.valid"])
        C.expectRead(w, ["part2.q4.valid.reasoning"], .inconsistent)
    }

    static let all52 = LayoutClassesRound4Tests.ids52 + zeros52

    @Test("A gradient in words over a tuple of samples, '... ' an ellipsis: one answer a sample", arguments: [
        Case(label: "'gradient of L_2 with respect to (f1, ..., f6) = (…)'", file: "sheet.txt",
             sheet: "Question 5.2\n\n    gradient of L_2 with respect to (f1, ..., f6) = (f4 - f3, 0, f3 - f1, f1 - f4, 0, 0)\n",
             ids: all52, from: "f3 - f1, f1 - f4", to: "f3 - f1, f4 - f1", wrong: "part2.q5.2.f_4"),
        Case(label: "'grad L(t2) w.r.t. [f_1, …, f_6] = […]', every sample named", file: "sheet.txt",
             sheet: "5.2)\n\ngrad L(t2) w.r.t. [f_1, f_2, f_3, f_4, f_5, f_6] = [f_4 - f_3, 0, f_3 - f_1, f_1 - f_4, 0, 0]\n",
             ids: all52, from: "[f_4 - f_3, 0,", to: "[f_4 - f_3, f_1,", wrong: "part2.q5.2.f_2"),
    ])
    func gradientOverTuple(_ k: Case) throws {
        try Self.run(k)
    }

    @Test("A tuple of values longer or shorter than the samples' is not read")
    func gradientOverTupleMismatch() throws {
        let c = try C.checks("Question 5.2\n\n    gradient of L_2 with respect to (f1, ..., f6) = (f4 - f3, 0, f3 - f1, f1 - f4, 0)\n", name: "sheet.txt")
        for id in Self.all52 { #expect(c[id]?.status == .unparsable, "\(id): \(c[id]?.status.rawValue ?? "absent")") }
    }
}
