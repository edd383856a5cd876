import CoursecheckAssignment
import CoursecheckDocument
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Foundation
import Testing

/// Classes of notation in plain-text sheets found by outsiders' sheets
/// (/work/notes/unseen16 and unseen17 at the time), each written here in
/// other words. Verdicts by hand from the assignment: the eight triplets
/// t_1 = (1, 2, 5) … t_8 = (6, 4, 2); hinge active, ∂/∂f_a = f_n − f_p,
/// ∂/∂f_p = f_p − f_a, ∂/∂f_n = f_a − f_n, 0 for the samples outside the
/// triplet (t_2 = (1, 3, 4): f_2, f_5, f_6).
@Suite("Plain text, round 16: labels with a remark in brackets, subscript labels, remarks in words, Greek names, clauses, restated questions, zeros named in words")
struct PlainTextRound16Tests {
    typealias C = SheetClassesTests
    typealias R4 = LayoutClassesRound4Tests
    typealias Case = LayoutClassesRound4Tests.Case

    static let zeros52 = PlainTextClassesTests.zeros52

    static func triplets(_ sheet: String) throws -> Status? {
        try C.checks(sheet, name: "sheet.txt")["part2.q5.triplets"]?.status
    }

    // MARK: The list of triplets

    static let bracketLabel = "Question 5\n\nList of triplets [a / p / n]: t1 = (f1, f2, f5), t2 = (f1, f3, f4), t3 = (f2, f1, f6), t4 = (f2, f3, f4), t5 = (f3, f1, f5), t6 = (f5, f6, f2), t7 = (f6, f4, f3), t8 = (f6, f4, f2)\n"

    @Test("Words with a remark in brackets before the colon label the triplets after it: 'List of triplets [a / p / n]: t1 = (…), …'")
    func labelWithRemark() throws {
        #expect(try Self.triplets(Self.bracketLabel) == .correct)
        let swapped = Self.bracketLabel.replacingOccurrences(of: "t7 = (f6, f4, f3)", with: "t7 = (f6, f3, f4)")
        #expect(swapped != Self.bracketLabel)
        #expect(try Self.triplets(swapped) == .incorrect)
    }

    static let subscriptLabels = "Question 5\n\nThe eight triplets, in order:\n\n  t₁ = (f₁, f₂, f₅)   t₂ = (f₁, f₃, f₄)   t₃ = (f₂, f₁, f₆)   t₄ = (f₂, f₃, f₄)\n  t₅ = (f₃, f₁, f₅)   t₆ = (f₅, f₆, f₂)   t₇ = (f₆, f₄, f₃)   t₈ = (f₆, f₄, f₂)\n"

    @Test("Triplets set apart by spaces alone, their labels' indices in subscript digits (t₂ =), after words and a colon on a line of their own: each read")
    func subscriptLabels() throws {
        #expect(try Self.triplets(Self.subscriptLabels) == .correct)
        let swapped = Self.subscriptLabels.replacingOccurrences(of: "t₆ = (f₅, f₆, f₂)", with: "t₆ = (f₅, f₂, f₆)")
        #expect(swapped != Self.subscriptLabels)
        #expect(try Self.triplets(swapped) == .incorrect)
    }

    // MARK: Words around maths

    static let q3 = "dL/df_a = f_n - f_p\ndL/df_p = f_p - f_a\ndL/df_n = f_a - f_n\n"

    @Test("A remark in brackets, words about no sample (`(hinge > 0)`, `(alpha is constant)`), is prose: nothing flagged", arguments: [
        Case(label: "(hinge > 0)", file: "sheet.txt",
             sheet: "Question 3\n\nThe margin is violated here (hinge > 0), so:\n\n" + q3,
             ids: R4.roles3, from: "dL/df_p = f_p - f_a", to: "dL/df_p = f_a - f_p", wrong: "part2.q3.f_p"),
        Case(label: "(alpha is constant)", file: "sheet.txt",
             sheet: "Question 3\n\nOnly the squared distances depend on the samples (alpha is constant):\n\n" + q3,
             ids: R4.roles3, from: "dL/df_n = f_a - f_n", to: "dL/df_n = f_n - f_a", wrong: "part2.q3.f_n"),
    ])
    func remarkInBrackets(_ k: Case) throws {
        try R4.run(k)
    }

    @Test("A remark in brackets that names a sample or states `=` is no remark: it is not passed over")
    func remarkWithSample() throws {
        let c = try C.checks("Question 3\n\nThe hinge is active here (margin = f_1 - f_2):\n\n" + Self.q3, name: "sheet.txt")
        #expect(c.values.contains { $0.status == .unparsable }, "\(c.filter { $0.value.status != .correct }.map { "\($0.key): \($0.value.status.rawValue)" })")
    }

    @Test("A Greek letter spelled out in a loss written in ASCII, after a clause and a comma, is the letter: the loss answers nothing", arguments: [
        Case(label: "'…, hence we differentiate 0.5 ||fa - fp||^2 - 0.5 ||fa - fn||^2 + alpha'", file: "sheet.txt",
             sheet: "Question 3\n\nThe hinge loss is active, hence we differentiate 0.5 ||fa - fp||^2 - 0.5 ||fa - fn||^2 + alpha\n\n" + q3,
             ids: R4.roles3, from: "dL/df_a = f_n - f_p", to: "dL/df_a = f_p - f_n", wrong: "part2.q3.f_a"),
        Case(label: "'The max is its first argument, we expand (a - p)^2 / 2 - (a - n)^2 / 2 + beta:'", file: "sheet.txt",
             sheet: "Question 3\n\nThe max is its first argument, we expand (a - p)^2 / 2 - (a - n)^2 / 2 + beta:\n\n" + q3,
             ids: R4.roles3, from: "dL/df_a = f_n - f_p", to: "dL/df_a = f_p - f_n", wrong: "part2.q3.f_a"),
    ])
    func greekInAsciiLoss(_ k: Case) throws {
        try R4.run(k)
    }

    @Test("A clause of words before a comma is kept in its sentence: maths after it that speaks of no loss is still reported")
    func clauseKept() throws {
        let c = try C.checks("Question 3\n\nThe samples move, so we look at 2 f_a - f_p\n\n" + Self.q3, name: "sheet.txt")
        #expect(c.values.contains { $0.status == .unparsable })
    }

    // MARK: Restated questions and zeros in words

    static let restated = "Question 5.2\n\nQ: Give the gradient of L w.r.t. each of f_1, ..., f_6 for t_2.\n\ndL/df1 = f4 - f3\ndL/df3 = f3 - f1\ndL/df4 = f1 - f4\n\nFor f2, f5 and f6 the derivative is 0 (not in t2).\n"

    @Test("A line 'Q: …' restates the question, and a sentence naming samples gives them its value in words: all six read")
    func restatedAndZerosInWords() throws {
        let c = try C.checks(Self.restated, name: "sheet.txt")
        C.expectRead(c, R4.ids52 + Self.zeros52)
        PlainTextClassesTests.expectNothingFlagged(c)
    }

    @Test("Zeros in words for a sample of the triplet are never right: its two answers disagree, the sample left out is missing")
    func zerosInWordsPlanted() throws {
        let planted = Self.restated.replacingOccurrences(of: "For f2, f5 and f6", with: "For f2, f4 and f6")
        #expect(planted != Self.restated)
        let c = try C.checks(planted, name: "sheet.txt")
        C.expectRead(c, ["part2.q5.2.f_4"], .inconsistent)
        C.expectRead(c, ["part2.q5.2.f_5"], .missing)
        C.expectRead(c, ["part2.q5.2.f_2", "part2.q5.2.f_6"])
    }

    static let zerosInBrackets = "Question 5.2\n\ndL/df1 = f4 - f3\ndL/df3 = f3 - f1\ndL/df4 = f1 - f4\n\nWith respect to the other samples (f2, f5, f6) the gradient is zero.\n"

    @Test("Samples in brackets in the words of a value are the samples named, never a triplet")
    func zerosInBrackets() throws {
        let c = try C.checks(Self.zerosInBrackets, name: "sheet.txt")
        C.expectRead(c, R4.ids52 + Self.zeros52)
        PlainTextClassesTests.expectNothingFlagged(c)
        let planted = try C.checks(Self.zerosInBrackets.replacingOccurrences(of: "(f2, f5, f6)", with: "(f2, f4, f6)"), name: "sheet.txt")
        C.expectRead(planted, ["part2.q5.2.f_4"], .inconsistent)
        #expect(planted["part2.q5.triplets"]?.status != .incorrect)
    }
}
