import CoursecheckAssignment
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Testing

/// Classes of notation in plain-text sheets left unread after rounds 16–19
/// (/work/notes/unseen19's e-mails at the time), each written here in other
/// words. Verdicts by hand from the assignment: t_2 = (1, 3, 4), hinge
/// active, so ∂/∂f_1 = f_4 − f_3, ∂/∂f_3 = f_3 − f_1, ∂/∂f_4 = f_1 − f_4 and
/// 0 for f_2, f_5, f_6.
@Suite("Plain text, round 20: a value in words in the clause after maths on the same line")
struct PlainTextRound20Tests {
    typealias C = SheetClassesTests
    typealias R4 = LayoutClassesRound4Tests

    static let zeros52 = PlainTextClassesTests.zeros52

    static let maths52 = "dL/df1 = f4 - f3, dL/df3 = f3 - f1, dL/df4 = f1 - f4"

    @Test("A clause giving zero in words after the maths of its line (`…; the gradients with respect to f2, f5, f6 are zero.`, `…, and it does not depend on f2, f5, f6 (gradient 0).`, `…, while for f2, f5 and f6 it is 0.`) answers the samples it names", arguments: [
        "; the gradients with respect to f2, f5, f6 are zero.",
        ", and it does not depend on f2, f5, f6 (gradient 0).",
        ", while for f2, f5 and f6 it is 0.",
        "; f2, f5, f6: the derivative is zero.",
    ])
    func zeroClauseAfterMaths(_ clause: String) throws {
        let sheet = "Question 5\n\n5.2\nFor t2 we get \(Self.maths52)\(clause)\n"
        let c = try C.checks(sheet, name: "sheet.txt")
        C.expectRead(c, R4.ids52 + Self.zeros52)
        R4.expectNothingFlagged(c)
        // The maths before the clause is still read: a wrong last side is incorrect.
        let wrongMaths = try C.checks(sheet.replacingOccurrences(of: "dL/df4 = f1 - f4", with: "dL/df4 = f4 - f1"), name: "sheet.txt")
        C.expectRead(wrongMaths, ["part2.q5.2.f_4"], .incorrect)
        // A sample of the triplet named among the zeros is a wrong zero.
        let wrongZero = try C.checks(sheet.replacingOccurrences(of: ", dL/df4 = f1 - f4", with: "").replacingOccurrences(of: "f2, f5", with: "f2, f4, f5"), name: "sheet.txt")
        C.expectRead(wrongZero, ["part2.q5.2.f_4"], .incorrect)
    }

    @Test("A zero in words under a condition after the maths (`…; the gradient is 0 only if the hinge is inactive`) answers no sample")
    func conditionalZeroClause() throws {
        let sheet = "Question 5\n\n5.2\n\(Self.maths52); for f2, f5 and f6 the gradient is 0 only if the hinge is inactive.\n"
        let c = try C.checks(sheet, name: "sheet.txt")
        C.expectRead(c, R4.ids52)
        for id in Self.zeros52 { #expect(c[id]?.status != .correct, "\(id)") }
    }
}
