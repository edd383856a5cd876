import Foundation
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Testing

/// Classes of notation, round 34: terse plain-text sheets (found by the
/// outsiders' set unseen52; each written here in other words than the
/// sheets'). Verdicts by hand from the assignment: Question 2's three
/// derivatives are 0 (hinge inactive), Question 3's are f_n − f_p, f_p − f_a,
/// f_a − f_n; t_1 = (f_1, f_2, f_5), so ∂L/∂f_1 = f_5 − f_2, ∂L/∂f_2 = f_2 −
/// f_1, ∂L/∂f_5 = f_1 − f_5, and f_3, f_4, f_6 get 0; t_1, t_5, t_6 hold f_5,
/// so ∂L/∂f_5 of the sum is (f_1 − f_5) + (f_3 − f_5) + (f_2 − f_6) = f_1 +
/// f_2 + f_3 − 2f_5 − f_6; Question 4 counts 6·5·4 = 120 and 6·2·3 = 36.
@Suite("Classes of notation, round 34 (terse sheets): all three zero in words, the rest's zero in brackets or after names, triplet lists beside a head, labelled counts")
struct ReadingClassesRound34TerseTests {
    typealias C = SheetClassesTests

    static let q2 = ["part2.q2.f_a", "part2.q2.f_p", "part2.q2.f_n"]

    @Test("Question 2 answered in words: one value for all three derivatives", arguments: [
        "all zero, since the hinge is off (L = 0 there)",
        "hinge off => loss constant => the three derivatives are zero",
        "gradients are all 0",
        "0 loss -> so all grads = 0",
    ])
    func allThreeInWords(_ line: String) throws {
        let c = try C.checks("Q2\n\(line)\n", name: "sheet.txt")
        C.expectRead(c, Self.q2)
    }

    @Test("All three in words under Question 3 is a wrong answer, read as one")
    func allThreeWrongInQuestionThree() throws {
        let c = try C.checks("Q3\nthe three derivatives are all 0\n", name: "sheet.txt")
        C.expectRead(c, ["part2.q3.f_a", "part2.q3.f_p", "part2.q3.f_n"], .incorrect)
    }

    @Test("Words that name a role or except one are not all three: a person reads them", arguments: [
        "all 0 except the anchor",
        "all 0 but f_a",
    ])
    func notAllThree(_ line: String) throws {
        let c = try C.checks("Q2\n\(line)\n", name: "sheet.txt")
        for id in Self.q2 { #expect(c[id]?.status != .correct, "\(id)") }
    }

    /// Question 5.1 on one plain-text line, the zeros given by `rest`.
    static func part(_ rest: String, five: String = "f1 - f5") -> String {
        "Question 5\n\n5.1: dL/df1 = f5 - f2, dL/df2 = f2 - f1, dL/df5 = \(five)\(rest)\n"
    }
    static let outside = ["part2.q5.1.f_3", "part2.q5.1.f_4", "part2.q5.1.f_6"]
    static let inside = ["part2.q5.1.f_1", "part2.q5.1.f_2", "part2.q5.1.f_5"]

    @Test("The samples left given a value in brackets after the answers, or after a word of derivatives", arguments: [
        " (the rest 0)",
        " (all others are 0)",
        " (everything else 0)",
        "; all the other grads 0",
        "; for f3, f4 and f6: 0",
    ])
    func restInBrackets(_ rest: String) throws {
        let c = try C.checks(Self.part(rest), name: "sheet.txt")
        C.expectRead(c, Self.outside + Self.inside)
        // A wrong answer beside them still reads wrong.
        let wrong = try C.checks(Self.part(rest, five: "f1 - f2"), name: "sheet.txt")
        C.expectRead(wrong, ["part2.q5.1.f_5"], .incorrect)
        C.expectRead(wrong, Self.outside)
    }

    @Test("A wrong value for the rest in brackets reads wrong; names that take in an answered sample are not correct")
    func wrongRest() throws {
        let c = try C.checks(Self.part(" (others 1)"), name: "sheet.txt")
        C.expectRead(c, Self.outside, .incorrect)
        let named = try C.checks(Self.part("; for f3, f5: 0"), name: "sheet.txt")
        #expect(named["part2.q5.1.f_5"]?.status != .correct)
    }

    @Test("A range of samples in words over the parts (`f1…f6`) names them: no value")
    func rangeInWords() throws {
        let c = try C.checks("Question 5\nderivatives w.r.t. f1...f6 with the hinge on:\n\n5.1: dL/df1 = f5 - f2, dL/df2 = f2 - f1, dL/df5 = f1 - f5, others 0\n",
                             name: "sheet.txt")
        C.expectRead(c, Self.outside + Self.inside)
        #expect(!c.keys.contains { $0.hasPrefix("part2.q5@") })
    }

    @Test("Question 6: the triplets summed, listed in brackets between the head and its `=`", arguments: [
        ("dL/df5 (t1, t5, t6) = (f1 - f5) + (f3 - f5) + (f2 - f6) = f1 + f2 + f3 - 2f5 - f6", Status.correct),
        ("dL/df5 (t_1,5,6) = (f1 - f5) + (f3 - f5) + (f2 - f6) = f1 + f2 + f3 - 2f5 - f6", Status.correct),
        ("dL/df5 (t1, t5, t6) = (f1 - f5) + (f3 - f5) + (f2 - f6) = f1 + f3 - 2f5", Status.incorrect),
    ])
    func tripletListBesideHead(_ line: String, _ status: Status) throws {
        let c = try C.checks("Question 6\n\n\(line)\n", name: "sheet.txt")
        C.expectRead(c, ["part2.q6.f_5"], status)
    }

    @Test("Question 4: a label with an aside in brackets, factors per role, an arrow to the count and a remark after it", arguments: [
        ("-> 36", Status.correct),
        ("-> 34", Status.incorrect),
    ])
    func labelledFactors(_ valid: String, _ status: Status) throws {
        let sheet = "Question 4\n- all (order counts): 6 choices for a, 5 for p, 4 for n -> 120 (no sample twice)\n- valid (p shares a's class): a: 6, p: 2, n: 3 \(valid)\n"
        let c = try C.checks(sheet, name: "sheet.txt")
        C.expectRead(c, ["part2.q4.all"])
        C.expectRead(c, ["part2.q4.valid"], status)
    }

    @Test("Question 4: a factor's noun before a bracketed product (`2 classes * (3*2*3)`)", arguments: [
        ("= 36", true),
        ("= 38", false),
    ])
    func nounBeforeBracket(_ result: String, _ right: Bool) throws {
        let sheet = "Question 4\nall: 6*5*4 = 120\nvalid: 2 classes * (3*2*3) \(result)\n"
        let c = try C.checks(sheet, name: "sheet.txt")
        if right {
            C.expectRead(c, ["part2.q4.valid", "part2.q4.valid.reasoning"])
        } else {
            #expect(c["part2.q4.valid"]?.status != .correct)
        }
    }
}
