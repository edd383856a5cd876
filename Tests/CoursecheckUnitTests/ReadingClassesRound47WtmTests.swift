import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Foundation
import Testing

/// Round 47 (wtm): Question 5's parts labelled `5.k, t_k = (…): …`,
/// Question 5 grouped by sample (`**Gradients with respect to $f_1$**` over
/// `- $L_1$: $f_5 - f_2$`, …), and an answer's result corrected in its
/// place (`… = A, I mean B`, `… = A — scratch that, B`, `… = A (wait, no:
/// B)`). Found beside unseen90; written here in other words than its
/// sheets'. Verdicts by hand from the assignment's triplets t_1 = (1, 2,
/// 5), t_2 = (1, 3, 4), t_3 = (2, 1, 6), t_4 = (2, 3, 4): with the hinge
/// active the anchor gets f_n − f_p, the positive f_p − f_a, the negative
/// f_a − f_n, the others 0. Question 6: ∂L/∂f_4 = (f_1 − f_4) + (f_2 − f_4)
/// + (f_4 − f_6) + (f_4 − f_6) = f_1 + f_2 − 2f_6.
@Suite("Classes of notation, round 47 (wtm): parts after a comma, groups by sample, results corrected in place")
struct ReadingClassesRound47WtmTests {
    typealias C = SheetClassesTests
    static let samples = (1...6).map { "f_\($0)" }
    static func ids(_ k: Int) -> [String] { samples.map { "part2.q5.\(k).\($0)" } }

    /// Question 5 as a list, an item per part: `- 5.k, t_k = (…): dL/df_a = …; dL/df_x = … = 0`.
    static func commaParts(f5of1: String) -> String {
        "Question 5\n\nAll active, the samples outside a triplet get 0:\n\n"
            + "- 5.1, t_1 = (f_1, f_2, f_5): dL/df_1 = f_5 - f_2, dL/df_2 = f_2 - f_1, dL/df_5 = \(f5of1); dL/df_3 = dL/df_4 = dL/df_6 = 0\n"
            + "- 5.2, t_2 = (f_1, f_3, f_4): dL/df_1 = f_4 - f_3, dL/df_3 = f_3 - f_1, dL/df_4 = f_1 - f_4; dL/df_2 = dL/df_5 = dL/df_6 = 0\n"
            + "- 5.3, t_3 = (f_2, f_1, f_6): dL/df_2 = f_6 - f_1, dL/df_1 = f_1 - f_2, dL/df_6 = f_2 - f_6; dL/df_3 = dL/df_4 = dL/df_5 = 0\n"
    }

    @Test("`5.k, t_k = (…): …` labels part k; the next item's label is no value of the part before")
    func partAfterComma() throws {
        let right = try C.checks(Self.commaParts(f5of1: "f_1 - f_5"))
        C.expectRead(right, Self.ids(1) + Self.ids(2) + Self.ids(3))
        let wrong = try C.checks(Self.commaParts(f5of1: "f_2 - f_5"))
        C.expectRead(wrong, ["part2.q5.1.f_5"], .incorrect)
        C.expectRead(wrong, Self.ids(2) + Self.ids(3))
        // (Another triplet's label after the comma labels nothing.)
        let other = try C.checks(Self.commaParts(f5of1: "f_1 - f_5").replacingOccurrences(of: "- 5.2, t_2", with: "- 5.2, t_3"))
        C.expectRead(other, ["part2.q5.2.f_1"], .missing)
    }

    /// Question 5 grouped by sample: a heading per sample, an item per triplet's loss.
    static func grouped(_ heading: (Int) -> String, f5of1: String = "f_1 - f_5") -> String {
        let values: [Int: [String]] = [1: ["f_5 - f_2", "f_4 - f_3", "f_1 - f_2", "0"], 5: [f5of1, "0", "0", "0"]]
        var text = "Question 5\n\nWith $t_1 = (f_1, f_2, f_5)$, $t_2 = (f_1, f_3, f_4)$, $t_3 = (f_2, f_1, f_6)$, $t_4 = (f_2, f_3, f_4)$, all active, sample by sample:\n\n"
        for s in [1, 5] {
            text += heading(s) + "\n\n"
            for (k, v) in values[s]!.enumerated() { text += "- $L_\(k + 1)$: $\(v)$\n" }
            text += "\n"
        }
        return text
    }

    @Test("A group per sample: `- $L_k$: value` under a heading naming the sample with respect to which", arguments: [
        "**Gradients with respect to $f_#$**", "*With respect to $f_#$:*", "Derivatives w.r.t. $f_#$:",
    ])
    func groupsBySample(_ heading: String) throws {
        let head = { (s: Int) in heading.replacingOccurrences(of: "#", with: "\(s)") }
        let read = (1...4).flatMap { k in ["part2.q5.\(k).f_1", "part2.q5.\(k).f_5"] }
        let right = try C.checks(Self.grouped(head))
        C.expectRead(right, read)
        let wrong = try C.checks(Self.grouped(head, f5of1: "f_2 - f_5"))
        C.expectRead(wrong, ["part2.q5.1.f_5"], .incorrect)
        C.expectRead(wrong, read.filter { $0 != "part2.q5.1.f_5" })
        // (A corrected item: the correction is the value.)
        let corrected = try C.checks(Self.grouped(head, f5of1: "f_2 - f_5$ — scratch that, $f_1 - f_5"))
        C.expectRead(corrected, read)
        let miscorrected = try C.checks(Self.grouped(head, f5of1: "f_1 - f_5$ — scratch that, $f_2 - f_5"))
        C.expectRead(miscorrected, ["part2.q5.1.f_5"], .incorrect)
    }

    @Test("A sentence that says more than the sample is no group's heading: its items are not graded")
    func notAHeading() throws {
        let c = try C.checks(Self.grouped({ "The gradient with respect to $f_\($0)$ is listed by triplet, but only for some" }, f5of1: "f_2 - f_5"))
        C.expectRead(c, ["part2.q5.1.f_5"], .missing)
    }

    /// Question 5.1's f_1 written as `first`, then `words`, then `second`, and its f_2.
    static func q51(_ first: String, _ words: String, _ second: String, tail: String = "") -> String {
        "Question 5.1\n\n$\\frac{\\partial L_1}{\\partial f_1} = \(first)$\(words)$\(second)$\(tail)\n\n$\\frac{\\partial L_1}{\\partial f_2} = f_2 - f_1$\n"
    }

    @Test("A result corrected in its place by words alone: the correction is the answer", arguments: [
        (", I mean ", ""), (" — scratch that, ", ""), (", sorry, ", ""), (", wait, no, ", ""), (" (wait, no: ", ")"), (", or rather ", ""),
    ])
    func resultCorrected(_ words: String, _ close: String) throws {
        let right = try C.checks(Self.q51("f_2 - f_5", words, "f_5 - f_2", tail: close))
        C.expectRead(right, ["part2.q5.1.f_1", "part2.q5.1.f_2"])
        let wrong = try C.checks(Self.q51("f_5 - f_2", words, "f_2 - f_5", tail: close))
        C.expectRead(wrong, ["part2.q5.1.f_1"], .incorrect)
        C.expectRead(wrong, ["part2.q5.1.f_2"])
    }

    @Test("A correction that words after it qualify, or words before it, stays for a person")
    func correctionQualified() throws {
        let after = try C.checks(Self.q51("f_5 - f_2", ", I mean ", "f_2 - f_5", tail: " when the loss is negated"))
        #expect(after["part2.q5.1.f_1"]?.status != .correct)
        let before = try C.checks(Self.q51("f_5 - f_2", ", which my friend wrote as ", "f_2 - f_5"))
        #expect(before["part2.q5.1.f_1"]?.status != .correct)
    }

    @Test("Question 6: a result corrected in its place is checked against its working")
    func question6Corrected() throws {
        let say = { (first: String, second: String) in
            "Question 6\n\n$\\frac{\\partial L}{\\partial f_4} = (f_1 - f_4) + (f_2 - f_4) + (f_4 - f_6) + (f_4 - f_6) = \(first)$ — scratch that, $\(second)$\n"
        }
        let right = try C.checks(say("f_1 + f_2 - f_6", "f_1 + f_2 - 2f_6"))
        C.expectRead(right, ["part2.q6.f_4"])
        let wrong = try C.checks(say("f_1 + f_2 - 2f_6", "f_1 + f_2 - f_6"))
        C.expectRead(wrong, ["part2.q6.f_4"], .incorrect)
    }
}
