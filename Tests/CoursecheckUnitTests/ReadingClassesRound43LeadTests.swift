import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Foundation
import Testing

/// Round 43: which triplet a block of Question 5 is for is read off its
/// label, never off its place. Verdicts by hand: t_1 = (1, 2, 5) gives
/// f_5 − f_2, f_2 − f_1, f_1 − f_5 for f_1, f_2, f_5 and 0 for the rest;
/// t_4 = (2, 3, 4) gives f_4 − f_3, f_3 − f_2, f_2 − f_4 for f_2, f_3, f_4
/// and 0 for f_5.
@Suite("Classes of notation, round 43: the lead's")
struct ReadingClassesRound43LeadTests {
    typealias C = SheetClassesTests

    /// t_1's block, then t_4's (t_2 and t_3 skipped), each opened by `label`.
    static func skipped(_ label1: String, _ label4: String, t4f5: String = "0") -> String {
        "Q5\n\(label1)\ndL/df1 = f5 - f2, dL/df2 = f2 - f1\n\(label4)\n"
            + "dL/df2 = f4 - f3, dL/df3 = f3 - f2, dL/df4 = f2 - f4, dL/df5 = \(t4f5)\n"
    }

    @Test("A labelled triplet's line heads its own part, even when parts were skipped", arguments: [
        ("t1 = (1,2,5):", "t4 = (2,3,4):"),
        ("t1 = (1,2,5)", "t4 = (2,3,4)"),
        ("t_1 = (f_1, f_2, f_5):", "t_4 = (f_2, f_3, f_4):"),
        ("Triplet 1, (a,p,n) = (1,2,5)", "Triplet 4, (a,p,n) = (2,3,4)"),
    ])
    func labelledSkip(_ label1: String, _ label4: String) throws {
        let c = try C.checks(Self.skipped(label1, label4), name: "sheet.txt")
        C.expectRead(c, ["part2.q5.1.f_1", "part2.q5.1.f_2", "part2.q5.4.f_2", "part2.q5.4.f_3", "part2.q5.4.f_4", "part2.q5.4.f_5"])
        // Review 24's p29b: t_4's wrong f_5 (t_1's value) read as t_1's f_5, correct.
        let w = try C.checks(Self.skipped(label1, label4, t4f5: "f1 - f5"), name: "sheet.txt")
        C.expectRead(w, ["part2.q5.4.f_5"], .incorrect)
        #expect(w["part2.q5.1.f_5"]?.status != .correct, "\(w["part2.q5.1.f_5"]?.status.rawValue ?? "absent")")
    }

    @Test("A line opened by another triplet's label under a part begun by a statement is that triplet's")
    func labelledLineUnderStatedPart() throws {
        let sheet = "Q5\nt1 = (1,2,5)\ndL/df1 = f5 - f2\nt4: dL/df2 = f4 - f3, dL/df5 = f1 - f5\n"
        let c = try C.checks(sheet, name: "sheet.txt")
        C.expectRead(c, ["part2.q5.1.f_1", "part2.q5.4.f_2"])
        C.expectRead(c, ["part2.q5.4.f_5"], .incorrect)
        #expect(c["part2.q5.1.f_5"]?.status != .correct, "\(c["part2.q5.1.f_5"]?.status.rawValue ?? "absent")")
    }
}
