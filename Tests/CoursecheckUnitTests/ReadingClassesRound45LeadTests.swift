import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Foundation
import Testing

/// Round 45: words after a value that change it, whichever path read the
/// value (review 26's f21 and f22). Verdicts by hand: with the hinge active
/// ∂L/∂f_a = f_n − f_p, ∂L/∂f_p = f_p − f_a, ∂L/∂f_n = f_a − f_n; for t_1 =
/// (1, 2, 5): f_5 − f_2, f_2 − f_1, 0, 0, f_1 − f_5, 0. Twice a right value
/// is wrong, so a sheet that writes one must never read correct; it goes to
/// a person (unparsable, with its place), since what the writer means by
/// the words is theirs to say.
@Suite("Classes of notation, round 45: the lead's")
struct ReadingClassesRound45LeadTests {
    typealias C = SheetClassesTests
    static let q3 = ["part2.q3.f_a", "part2.q3.f_p", "part2.q3.f_n"]
    static let tex = (a: #"$\frac{\partial L}{\partial f_a} = f_n - f_p$"#, p: #"$\frac{\partial L}{\partial f_p} = f_p - f_a$"#,
                      n: #"$\frac{\partial L}{\partial f_n} = f_a - f_n$"#)

    @Test("Words right after a head's value that change it: the value is for a person", arguments: [
        (tex.a + " times 2, " + tex.p + ", " + tex.n, "sheet.md"),
        (tex.a + " (halved), " + tex.p + ", " + tex.n, "sheet.md"),
        (tex.a + " with the sign flipped; " + tex.p + "; " + tex.n, "sheet.md"),
        (tex.a + " up to a factor of 2; " + tex.p + "; " + tex.n, "sheet.md"),
        ("∂L/∂fₐ = fₙ − fₚ, which is then divided by 2\n∂L/∂fₚ = fₚ − fₐ\n∂L/∂fₙ = fₐ − fₙ", "sheet.md"),
        ("dL/dfa = fn - fp times 2\ndL/dfp = fp - fa\ndL/dfn = fa - fn", "sheet.txt"),
        ("dL/dfa = fn - fp, doubled\ndL/dfp = fp - fa\ndL/dfn = fa - fn", "sheet.txt"),
        ("dL/dfa = fn - fp squared\ndL/dfp = fp - fa\ndL/dfn = fa - fn", "sheet.txt"),
        ("dL/dfa = fn - fp, then Doubled\ndL/dfp = fp - fa\ndL/dfn = fa - fn", "sheet.txt"),
        (tex.a + " over 2, " + tex.p + ", " + tex.n, "sheet.md"),
    ])
    func changedRightAfter(_ answer: String, _ name: String) throws {
        let c = try C.checks("Question 3\n\n\(answer)\n", name: name)
        C.expectRead(c, ["part2.q3.f_a"], .unparsable)
        C.expectRead(c, ["part2.q3.f_p", "part2.q3.f_n"])
    }

    @Test("Words after a value that say why, or a squared noun, change nothing", arguments: [
        (tex.a + " (the ½ cancels the 2 from the square), " + tex.p + ", " + tex.n, "sheet.md"),
        (tex.a + " since $f_a$ appears twice, " + tex.p + ", " + tex.n, "sheet.md"),
        (tex.a + ", " + tex.p + ", " + tex.n + ". The 1/2 in front of each squared distance cancels the 2.", "sheet.md"),
        ("dL/dfa = fn - fp, since fa appears twice\ndL/dfp = fp - fa\ndL/dfn = fa - fn", "sheet.txt"),
        (tex.a + " over the triplet's three samples, " + tex.p + ", " + tex.n, "sheet.md"),
    ])
    func explanationsAfter(_ answer: String, _ name: String) throws {
        C.expectRead(try C.checks("Question 3\n\n\(answer)\n", name: name), Self.q3)
    }

    @Test("One change for every value in the sentence ('each times 2'): every value is for a person", arguments: [
        ("The gradients are " + tex.a + ", " + tex.p + " and " + tex.n + ", each times 2.", "sheet.md"),
        ("$$" + #"\frac{\partial L}{\partial f_a} = f_n - f_p, \quad \frac{\partial L}{\partial f_p} = f_p - f_a, \quad \frac{\partial L}{\partial f_n} = f_a - f_n"#
            + "$$\nall multiplied by 2.", "sheet.md"),
        ("dL/dfa = fn - fp, dL/dfp = fp - fa, dL/dfn = fa - fn, all three doubled", "sheet.txt"),
        ("The anchor's gradient is fn - fp, the positive's is fp - fa and the negative's is fa - fn, each times 2.", "sheet.txt"),
        ("The anchor's gradient is $f_n - f_p$, the positive's is $f_p - f_a$ and the negative's is $f_a - f_n$, both of the last two halved.", "sheet.md"),
    ])
    func changeOfEvery(_ answer: String, _ name: String) throws {
        let c = try C.checks("Question 3\n\n\(answer)\n", name: name)
        for id in Self.q3 where !(answer.contains("last two") && id == "part2.q3.f_a") {
            #expect(c[id]?.status == .unparsable, "\(id): \(c[id]?.status.rawValue ?? "absent")")
        }
        // Without the words, the same sentence reads right.
        let plain = answer.replacingOccurrences(of: ", each times 2", with: "").replacingOccurrences(of: "\nall multiplied by 2.", with: "")
            .replacingOccurrences(of: ", all three doubled", with: "").replacingOccurrences(of: ", both of the last two halved", with: "")
        C.expectRead(try C.checks("Question 3\n\n\(plain)\n", name: name), Self.q3)
    }

    @Test("Question 5: a triplet's values with words after them that change them")
    func tripletChanged() throws {
        let sheet = "Question 5.1\n\n" + #"$\frac{\partial L_1}{\partial f_1} = f_5 - f_2$ times two, $\frac{\partial L_1}{\partial f_2} = f_2 - f_1$, "#
            + #"$\frac{\partial L_1}{\partial f_5} = f_1 - f_5$, the others $0$."# + "\n"
        let c = try C.checks(sheet)
        C.expectRead(c, ["part2.q5.1.f_1"], .unparsable)
        C.expectRead(c, ["part2.q5.1.f_2", "part2.q5.1.f_5"])
        // (The rest is not given 0 past a value left for a person.)
        for id in ["part2.q5.1.f_3", "part2.q5.1.f_4", "part2.q5.1.f_6"] {
            #expect(c[id]?.status != .incorrect, "\(id): \(c[id]?.status.rawValue ?? "absent")")
        }
    }

    @Test("A value in words then its samples, then other values for other samples: each value its own samples", arguments: [
        "The gradient is 0 for f_3, f_4 and f_6, f_5 - f_2 for f_1, F2 for f_2 and f_1 - f_5 for f_5.",
        "The gradient is 0 for f3, f4 and f6; f5 - f2 for f1, F2 for f2 and f1 - f5 for f5.",
        "The gradient is zero for f3, f4 and f6, f5 - f2 for f1, F2 for f2 and f1 - f5 for f5.",
    ])
    func namesThenOtherValues(_ sentence: String) throws {
        func sheet(_ f2: String) -> String {
            "Question 5.1\n\n" + sentence.replacingOccurrences(of: "F2", with: sentence.contains("f_") ? f2.replacingOccurrences(of: "f", with: "f_") : f2) + "\n"
        }
        let ids = (1...6).map { "part2.q5.1.f_\($0)" }
        // (Before, the 0 went to every sample the sentence named: f_1, f_2
        // and f_5 read incorrect on a right sheet.)
        C.expectRead(try C.checks(sheet("f2 - f1"), name: "sheet.txt"), ids)
        let flipped = try C.checks(sheet("f1 - f2"), name: "sheet.txt")
        C.expectRead(flipped, ["part2.q5.1.f_2"], .incorrect)
        C.expectRead(flipped, ids.filter { $0 != "part2.q5.1.f_2" })
    }

    @Test("A value in words for samples named in a sentence not read as their derivatives is for a person, never missing")
    func valueInWordsUnread() throws {
        let c = try C.checks("Question 5.1\n\nIt is 0 for f3, f4 and f6, and f5 - f2 for f1.\n", name: "sheet.txt")
        C.expectRead(c, ["part2.q5.1.f_3", "part2.q5.1.f_4", "part2.q5.1.f_6"], .unparsable)
        // A sample given 0 among them, where its answer is not 0, never reads correct.
        let w = try C.checks("Question 5.1\n\nThe gradient is 0 for f3, f4, f6 and f1, f2 - f1 for f2 and f1 - f5 for f5.\n", name: "sheet.txt")
        C.expectRead(w, ["part2.q5.1.f_1"], .incorrect)
        C.expectRead(w, ["part2.q5.1.f_2", "part2.q5.1.f_3", "part2.q5.1.f_5"])
    }

    @Test("Review 27: more words that change a value, each sending it to a person", arguments: [
        (tex.a + ", with the sign changed, " + tex.p + ", " + tex.n, "sheet.md"),
        (tex.a + " (×2), " + tex.p + ", " + tex.n, "sheet.md"),
        (tex.a + ", but we double it, " + tex.p + ", " + tex.n, "sheet.md"),
        (tex.a + ", or rather the negative of that, " + tex.p + ", " + tex.n, "sheet.md"),
        (#"$\frac{\partial L}{\partial f_a} = f_n - f_p \text{ times } 2$, "# + tex.p + ", " + tex.n, "sheet.md"),
        (tex.a + " [note: times 2], " + tex.p + ", " + tex.n, "sheet.md"),
        (tex.a + " (sign reversed), " + tex.p + ", " + tex.n, "sheet.md"),
        (tex.a + " times 2 (the 2 does not cancel here), " + tex.p + ", " + tex.n, "sheet.md"),
        ("dL/df_a = f_n - f_p; times 2 because of the half\ndL/df_p = f_p - f_a\ndL/df_n = f_a - f_n", "sheet.txt"),
        ("Doubled: " + tex.a + ", " + tex.p + ", " + tex.n, "sheet.md"),
    ])
    func moreChanges(_ answer: String, _ name: String) throws {
        let c = try C.checks("Question 3\n\n\(answer)\n", name: name)
        C.expectRead(c, ["part2.q3.f_a"], .unparsable)
    }

    @Test("Review 27: a block whose words change every value, in any sentence or line of it", arguments: [
        ("Question 5.1\n\nIn the first triplet the anchor is sample 1, the positive sample 2 and the negative sample 5, so its loss has gradient f_5 - f_2 with respect to f_1, f_2 - f_1 with respect to f_2 and f_1 - f_5 with respect to f_5. The remaining embeddings, f_3, f_4 and f_6, get 0. All of these are multiplied by 2.\n",
         ["part2.q5.1.f_1", "part2.q5.1.f_2", "part2.q5.1.f_5"]),
        ("Question 5.4\n\nTriplet 4 is (2, 3, 4): sample 2 is the anchor, 3 the positive and 4 the negative. Differentiating, I get f4 - f3 for f2, f3 - f2 for f3 and f2 - f4 for f4, while the gradients with respect to f1, f5 and f6 are zero, since I reversed every sign.\n",
         ["part2.q5.4.f_2", "part2.q5.4.f_3", "part2.q5.4.f_4"]),
        ("Question 3\n\nThe anchor's gradient is fn - fp, the positive's is fp - fa and the negative's is fa - fn, all 2x as large.\n",
         ["part2.q3.f_a", "part2.q3.f_p", "part2.q3.f_n"]),
        ("Question 6\n\nSample 1 appears in triplets 1, 2, 3 and 5, so dL/df_1 = 2f_1 - 2f_2 - 2f_3 + f_4 + f_5. This should be halved.\n",
         ["part2.q6.f_1"]),
    ])
    func everyValueChanged(_ sheet: String, _ ids: [String]) throws {
        let c = try C.checks(sheet, name: "sheet.txt")
        C.expectRead(c, ids, .unparsable)
    }

    @Test("A gradient operator before a sample, nothing after: `grad fa = …`, `∇f₁ = …`, as `grad_fa = …`", arguments: [
        ("grad fa = fn - fp\ngrad fp = fp - fa\ngrad fn = fa - fn", "sheet.txt"),
        ("∇fₐ = fₙ − fₚ\n∇fₚ = fₚ − fₐ\n∇fₙ = fₐ − fₙ", "sheet.md"),
    ])
    func gradBeforeSample(_ answer: String, _ name: String) throws {
        C.expectRead(try C.checks("Question 3\n\n\(answer)\n", name: name), Self.q3)
        let flipped = answer.replacingOccurrences(of: "fp - fa", with: "fa - fp").replacingOccurrences(of: "fₚ − fₐ", with: "fₐ − fₚ")
        let c = try C.checks("Question 3\n\n\(flipped)\n", name: name)
        C.expectRead(c, ["part2.q3.f_p"], .incorrect)
    }

    @Test("A count of triplets per anchor (or class) is a part, not a total stated")
    func perAnchor() throws {
        let sheet = "Question 4\n\nAll: 6 * 5 * 4 = 120 triplets.\nValid: each anchor has 2 possible positives and 3 possible negatives, i.e. 2 * 3 = 6 triplets per anchor, and with 6 anchors that is 36 valid triplets.\n"
        let c = try C.checks(sheet, name: "sheet.txt")
        C.expectRead(c, ["part2.q4.valid"])
        // (Before, "6 triplets per anchor" was a total stated, and the reasoning inconsistent.)
        #expect([.correct, .unverifiable].contains(c["part2.q4.valid.reasoning"]?.status), "\(c["part2.q4.valid.reasoning"]?.status.rawValue ?? "absent")")
        let wrong = try C.checks(sheet.replacingOccurrences(of: "that is 36", with: "that is 30"), name: "sheet.txt")
        C.expectRead(wrong, ["part2.q4.valid"], .incorrect)
    }

    @Test("'0 with respect to every other sample' gives the rest its 0")
    func zeroWithRespectToTheRest() throws {
        let sheet = "Question 5.1\n\nFor the first triplet (1, 2, 5), the gradient of its loss with respect to f₁ is f₅ − f₂, with respect to f₂ it is f₂ − f₁, with respect to f₅ it is f₁ − f₅, and it is 0 with respect to every other sample.\n"
        C.expectRead(try C.checks(sheet, name: "sheet.md"), (1...6).map { "part2.q5.1.f_\($0)" })
        let wrong = try C.checks(sheet.replacingOccurrences(of: "and it is 0", with: "and it is f₁"), name: "sheet.md")
        for id in ["part2.q5.1.f_3", "part2.q5.1.f_4", "part2.q5.1.f_6"] {
            #expect(wrong[id]?.status == .incorrect || wrong[id]?.status == .unparsable, "\(id): \(wrong[id]?.status.rawValue ?? "absent")")
        }
    }
}
