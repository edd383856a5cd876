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
@Suite("Plain text, round 18: subscripts of subscripts, a sub-question's number with its triplet in brackets, times before a bracket")
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
}
