import Foundation
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Testing

/// Review 19's findings on round 37, written in other words than its
/// sheets: a remark that corrects a count is not set aside as reasoning,
/// and Question 6's listed terms are checked only as the working of the
/// sample they list. Verdicts by hand: 36 valid triplets; f_1 is in t_1,
/// t_2, t_3, t_5 with terms f_5 − f_2, f_4 − f_3, f_1 − f_2, f_1 − f_3;
/// ∂L/∂f_4 of Question 6 is f_1 + f_2 − 2f_6.
@Suite("Classes of notation, round 37: review 19's corrections in remarks and lists of another sample")
struct ReadingClassesRound37ReviewTests {
    typealias C = SheetClassesTests

    @Test("A remark correcting the count after it ('no wait', 'actually', 'so N in all') is never set aside: the count before it does not read correct", arguments: [
        "Valid: 36 (no wait: with the anchor's class fixed it is 3 * 2 * 2 = 12 per class, so 24 in all).",
        "Valid triplets: 36 (actually each class only gives 3 * 2 * 2 = 12, which makes 24 altogether).",
    ])
    func correctingRemark(_ valid: String) throws {
        let c = try C.checks("## Question 4\n\nOrdered triplets: 6 * 5 * 4 = 120.\n\n\(valid)\n")
        #expect(c["part2.q4.valid"]?.status != .correct)
    }

    /// f_1's terms listed, then the sum of f_4 (plain text).
    static let otherSamplesList = "Question 6\n\nf1 is in t1, t2, t3, t5 (t1: f5 - f2, t2: f4 - f3, t3: f1 - f2, t5: f1 - f3)\n"
        + "=> dL/df4 = (f1 - f4) + (f2 - f4) + (f4 - f6) + (f4 - f6) = f1 + f2 - 2*f6\n"

    @Test("A list of another sample's terms right before a sum is not that sum's working: a right sum's working does not read incorrect")
    func listOfAnotherSample() throws {
        let c = try C.checks(Self.otherSamplesList, name: "sheet.txt")
        C.expectRead(c, ["part2.q6.f_4"])
        #expect(c["part2.q6.f_4.steps"]?.status != .incorrect)
        // Planted slip: the sum's result wrong reads incorrect.
        let w = try C.checks(Self.otherSamplesList.replacingOccurrences(of: "= f1 + f2 - 2*f6", with: "= f1 + f2 - f6"), name: "sheet.txt")
        #expect(w["part2.q6.f_4"]?.status != .correct)
    }
}

/// Review 19's older wrong → correct: a count followed by a remark that
/// corrects it to another figure. Which is the answer is for a person.
@Suite("Classes of notation, round 37: a remark correcting the count before it")
struct ReadingClassesRound37CorrectionTests {
    typealias C = SheetClassesTests

    @Test("A remark with words of correction whose last figure differs from the count: the count never reads correct, and goes to a person", arguments: [
        "Valid triplets: 36 (on second thought the negative has only 2 choices, so really 6 * 2 * 2 = 24).",
        "Valid: 36 (typo, I meant: per class 3 * 2 * 2 = 12 and again 12, so 24 overall).",
    ])
    func correctedInRemark(_ valid: String) throws {
        let c = try C.checks("## Question 4\n\nOrdered triplets: 6 * 5 * 4 = 120.\n\n\(valid)\n")
        #expect(c["part2.q4.valid"]?.status != .correct)
        #expect(c["part2.q4.valid"]?.status == .unparsable)
    }

    @Test("A remark that restates the count (really 36) or has no words of correction is no correction")
    func remarkAgreeing() throws {
        let c = try C.checks("## Question 4\n\nOrdered triplets: 6 * 5 * 4 = 120.\n\nValid triplets: 36 (really, 6 * 2 * 3 = 36).\n")
        C.expectRead(c, ["part2.q4.valid"])
        // Planted slip: a wrong count with an agreeing remark reads incorrect.
        let w = try C.checks("## Question 4\n\nOrdered triplets: 6 * 5 * 4 = 120.\n\nValid triplets: 24 (really, 6 * 2 * 2 = 24).\n")
        C.expectRead(w, ["part2.q4.valid"], .incorrect)
    }
}
