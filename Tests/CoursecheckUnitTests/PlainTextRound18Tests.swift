import CoursecheckAssignment
import CoursecheckDocument
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Foundation
import Testing

/// Classes of notation in plain-text sheets found by outsiders' sheets
/// (/work/notes/unseen18 and unseen19 at the time), each written here in
/// other words. Verdicts by hand from the assignment: the eight triplets
/// t_1 = (1, 2, 5) … t_8 = (6, 4, 2); hinge active, ∂/∂f_a = f_n − f_p,
/// ∂/∂f_p = f_p − f_a, ∂/∂f_n = f_a − f_n, 0 for the samples outside the
/// triplet (t_2 = (1, 3, 4): f_2, f_5, f_6).
@Suite("Plain text, round 18: subscripts of subscripts, sub-questions with their triplet in brackets, products in words, words around maths, labels in sentences, Question 6 in sentences")
struct PlainTextRound18Tests {
    typealias C = SheetClassesTests
    typealias R4 = LayoutClassesRound4Tests
    typealias Case = LayoutClassesRound4Tests.Case

    static let zeros52 = PlainTextClassesTests.zeros52

    // MARK: Subscripts

    @Test("A subscript's letter with a subscript of its own glued to it (`nabla_f_p L`) is ∇ over f_p, in plain text and in Markdown written without delimiters", arguments: [
        Case(label: "nabla_f_a L, one per line (.txt)", file: "sheet.txt",
             sheet: "Question 3\n\nnabla_f_a L = f_n - f_p\nnabla_f_p L = f_p - f_a\nnabla_f_n L = f_a - f_n\n",
             ids: R4.roles3, from: "nabla_f_p L = f_p - f_a", to: "nabla_f_p L = f_a - f_p", wrong: "part2.q3.f_p"),
        Case(label: "grad_f_n(L) in a sentence, commas between (.txt)", file: "sheet.txt",
             sheet: "Question 3\n\nWith the margin violated, grad_f_a(L) = f_n - f_p, grad_f_p(L) = f_p - f_a, grad_f_n(L) = f_a - f_n.\n",
             ids: R4.roles3, from: "grad_f_n(L) = f_a - f_n", to: "grad_f_n(L) = f_n - f_a", wrong: "part2.q3.f_n"),
        Case(label: "grad_f_a L in a Markdown list", file: "sheet.md",
             sheet: "**3.**\n\n1. grad_f_a L = f_n - f_p\n2. grad_f_p L = f_p - f_a\n3. grad_f_n L = f_a - f_n\n",
             ids: R4.roles3, from: "grad_f_a L = f_n - f_p", to: "grad_f_a L = f_p - f_n", wrong: "part2.q3.f_a"),
    ])
    func subscriptOfSubscript(_ k: Case) throws {
        try R4.run(k)
    }

    @Test("In TeX a subscript's letter with a subscript of its own stays a double subscript: not read")
    func doubleSubscriptInTeX() throws {
        let c = try C.checks("## Question 3\n\n$\\nabla_f_a L = f_n - f_p$\n", name: "sheet.md")
        #expect(c["part2.q3.f_a"]?.status != .correct)
    }

    // MARK: Sub-questions' headings

    static let bracketed = "Question 5\n\n5.2   [t2]\n  dL/df1 = f4 - f3\n  dL/df2 = 0\n  dL/df3 = f3 - f1\n  dL/df4 = f1 - f4\n  dL/df5 = 0\n  dL/df6 = 0\n"

    @Test("A sub-question's number with its triplet named in brackets (`5.2   [t2]`, `5.2 (triplet 2)`) alone on its line heads the sub-question")
    func numberWithTripletInBrackets() throws {
        for sheet in [Self.bracketed, Self.bracketed.replacingOccurrences(of: "[t2]", with: "(triplet 2)")] {
            let c = try C.checks(sheet, name: "sheet.txt")
            C.expectRead(c, R4.ids52 + Self.zeros52)
            R4.expectNothingFlagged(c)
            let planted = try C.checks(sheet.replacingOccurrences(of: "dL/df3 = f3 - f1", with: "dL/df3 = f1 - f3"), name: "sheet.txt")
            C.expectRead(planted, ["part2.q5.2.f_3"], .incorrect)
        }
    }

    @Test("A sub-question's number with another triplet in brackets (`5.2 [t3]`) heads nothing: its answers are not given to either")
    func numberWithOtherTriplet() throws {
        let c = try C.checks(Self.bracketed.replacingOccurrences(of: "[t2]", with: "[t3]"), name: "sheet.txt")
        for id in R4.ids52 { #expect(c[id]?.status != .correct, "\(id)") }
        for id in R4.ids53 { #expect(c[id]?.status != .correct, "\(id)") }
    }

    // MARK: Counts

    static let timesBracket = "Question 4\n\nOrdered triplets of distinct samples: 6 * 5 * 4 = 120.\nValid ones: 6 x (2 x 3) = 36, an anchor, a positive of its class and a negative of the other.\n"

    @Test("`x` between a number and a bracket (`6 x (2 x 3)`) is times: the product is the count's reasoning")
    func timesBeforeBracket() throws {
        let c = try C.checks(Self.timesBracket, name: "sheet.txt")
        C.expectRead(c, ["part2.q4.all", "part2.q4.valid", "part2.q4.valid.reasoning"])
        let planted = try C.checks(Self.timesBracket.replacingOccurrences(of: "6 x (2 x 3) = 36", with: "6 x (2 x 3) = 38"), name: "sheet.txt")
        C.expectRead(planted, ["part2.q4.valid"], .incorrect)
        C.expectRead(planted, ["part2.q4.valid.reasoning"], .inconsistent)
        let after = try C.checks(Self.timesBracket.replacingOccurrences(of: "6 x (2 x 3) = 36", with: "(2 x 3) x 6 = 36"), name: "sheet.txt")
        C.expectRead(after, ["part2.q4.valid", "part2.q4.valid.reasoning"])
    }

    // MARK: Words around maths

    @Test("A colon that ends words before maths is theirs (`Putting these together: dL/dfa = …`): the derivative after it is read", arguments: [
        Case(label: "'Putting these together: dL/dfa = …; …'", file: "sheet.txt",
             sheet: "Question 3\n\nPutting these together: dL/dfa = fn - fp; dL/dfp = fp - fa; dL/dfn = fa - fn.\n",
             ids: R4.roles3, from: "dL/dfa = fn - fp", to: "dL/dfa = fp - fn", wrong: "part2.q3.f_a"),
    ])
    func colonEndsWords(_ k: Case) throws {
        try R4.run(k)
    }

    @Test("Working whose role is named in the words after it (`gives (fa - fp) for the anchor`) is working in roles, before the answers", arguments: [
        Case(label: "'the first distance gives (fa - fp) for the anchor and -(fa - fp) for the positive'", file: "sheet.txt",
             sheet: "Question 3\n\nDifferentiating, the first distance gives (fa - fp) for the anchor and -(fa - fp) for the positive; the second gives -(fa - fn) for the anchor and (fa - fn) for the negative. Hence dL/dfa = fn - fp, dL/dfp = fp - fa, dL/dfn = fa - fn.\n",
             ids: R4.roles3, from: "dL/dfn = fa - fn", to: "dL/dfn = fn - fa", wrong: "part2.q3.f_n"),
    ])
    func roleNamedAfter(_ k: Case) throws {
        try R4.run(k)
    }

    @Test("A condition on the loss written with single bars (`0.5 |fa - fp|^2 - … + alpha <= 0`) answers nothing", arguments: [
        Case(label: "'When 0.5 |fa - fp|^2 - 0.5 |fa - fn|^2 + alpha <= 0 the loss is 0, so …'", file: "sheet.txt",
             sheet: "Question 2\n\nWhen 0.5 |fa - fp|^2 - 0.5 |fa - fn|^2 + alpha <= 0 the loss is 0, so dL/dfa = 0, dL/dfp = 0, dL/dfn = 0.\n",
             ids: R4.roles2, from: "dL/dfp = 0", to: "dL/dfp = fp - fa", wrong: "part2.q2.f_p"),
    ])
    func conditionWithBars(_ k: Case) throws {
        try R4.run(k)
    }

    // MARK: A triplet's label in a sentence

    static let labelInSentence = "Question 5\n\nThe triplets: t1 = (f1, f2, f5), t2 = (f1, f3, f4), t3 = (f2, f1, f6), t4 = (f2, f3, f4), t5 = (f3, f1, f5), t6 = (f5, f6, f2), t7 = (f6, f4, f3), t8 = (f6, f4, f2)\n\nIn t2, f1 is the anchor, f3 the positive and f4 the negative; therefore dL/df1 = f4 - f3, dL/df3 = f3 - f1, dL/df4 = f1 - f4.\n"

    @Test("A triplet's label starting a sentence of plain text or after 'in' / 'for' (`In t2, f1 is the anchor, …`) labels its paragraph's derivatives")
    func labelInSentence() throws {
        let k = Case(label: "In t2, …", file: "sheet.txt", sheet: Self.labelInSentence, ids: R4.ids52,
                     from: "dL/df3 = f3 - f1", to: "dL/df3 = f1 - f3", wrong: "part2.q5.2.f_3")
        try R4.run(k)
        let starts = Self.labelInSentence.replacingOccurrences(of: "In t2, f1 is the anchor,", with: "t2 has anchor f1, positive f3 and negative f4;").replacingOccurrences(of: " f3 the positive and f4 the negative;", with: "")
        try R4.run(Case(label: "t2 has anchor …", file: "sheet.txt", sheet: starts, ids: R4.ids52,
                        from: "dL/df4 = f1 - f4", to: "dL/df4 = f4 - f1", wrong: "part2.q5.2.f_4"))
    }

    @Test("Two triplets' labels in one paragraph of plain text: its derivatives are given to neither")
    func twoLabelsInSentence() throws {
        let c = try C.checks(Self.labelInSentence.replacingOccurrences(of: "In t2, f1", with: "As in t3, in t2 f1"), name: "sheet.txt")
        for id in R4.ids52 + R4.ids53 { #expect(c[id]?.status != .correct, "\(id)") }
    }

    // MARK: Counts in words

    static let nounsInProduct = "Question 4\n\nIgnoring labels: 6 * 5 * 4 = 120 ordered triplets.\nValid triplets have a positive of the anchor's class and a negative of the other: 6 anchors x 2 positives x 3 negatives = 36.\n"

    @Test("A product of numbers with their nouns in plain text (`6 anchors x 2 positives x 3 negatives = 36`) is a calculation with its result")
    func nounsInProduct() throws {
        let c = try C.checks(Self.nounsInProduct, name: "sheet.txt")
        C.expectRead(c, ["part2.q4.all", "part2.q4.all.reasoning", "part2.q4.valid", "part2.q4.valid.reasoning"])
        let planted = try C.checks(Self.nounsInProduct.replacingOccurrences(of: "3 negatives = 36", with: "3 negatives = 20"), name: "sheet.txt")
        C.expectRead(planted, ["part2.q4.valid"], .incorrect)
        C.expectRead(planted, ["part2.q4.valid.reasoning"], .inconsistent)
        C.expectRead(planted, ["part2.q4.all", "part2.q4.all.reasoning"])
    }

    static let kindAfter = "Question 4\n\nThe anchor is any of the 6 samples, the positive any of the 5 others and the negative any of the last 4: 6 * 5 * 4 = 120 triplets altogether.\nOnly 36 of them are valid.\n"

    @Test("A count whose own sentence names its kind after it (`… = 120 triplets altogether.`) is that kind, another sentence naming the other")
    func kindAfterInSentence() throws {
        let c = try C.checks(Self.kindAfter, name: "sheet.txt")
        C.expectRead(c, ["part2.q4.all", "part2.q4.all.reasoning", "part2.q4.valid"])
        let planted = try C.checks(Self.kindAfter.replacingOccurrences(of: "6 * 5 * 4 = 120", with: "6 * 5 * 4 = 100"), name: "sheet.txt")
        C.expectRead(planted, ["part2.q4.all"], .incorrect)
    }

    // MARK: Question 6 in sentences

    static let q6 = "Question 6\n\nIn general dL/df_i = sum over the triplets with i as anchor of (f_n - f_p) + sum with i as positive of (f_p - f_a) + sum with i as negative of (f_a - f_n).\n\nRoles (anchor/positive/negative): f_4: 0/2/2.\n\nf_4 (positive in t_7, t_8; negative in t_2, t_4): dL/df_4 = (f_4 - f_6) + (f_4 - f_6) + (f_1 - f_4) + (f_2 - f_4) = f_1 + f_2 - 2f_6\n"

    @Test("Question 6 in plain text: the terms of a rule for a general index in its sentence, a tally per role (`f_4: 0/2/2`) and a sample's roles in brackets before its answer (`f_4 (positive in t_7, t_8; …): dL/df_4 = …`) answer nothing; the answer is read", arguments: [
        Case(label: "rule, tally, roles in brackets", file: "sheet.txt", sheet: q6, ids: ["part2.q6.f_4"],
             from: "(f_2 - f_4) = f_1 + f_2 - 2f_6", to: "(f_2 - f_4) = f_1 + f_2 - f_6", wrong: "part2.q6.f_4"),
    ])
    func questionSixInSentences(_ k: Case) throws {
        try R4.run(k)
    }

    @Test("A tally is no answer, but a sample's answer written as a fraction is still read")
    func tallyIsNoFraction() throws {
        let c = try C.checks("Question 6\n\ndL/df_4 = 2/2 f_1 + f_2 - 2f_6\n", name: "sheet.txt")
        #expect(c["part2.q6.f_4"]?.status == .correct)
    }
}
