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

    /// Question 5.6's answers with f_5's (t_6 = (5, 6, 2): f_5 is the
    /// anchor, its gradient f_2 − f_6) written `first`, then `note`.
    static func corrected(_ first: String, _ note: String, separate: Bool = true) -> String {
        "**Question 5.6**\n\n- $\\frac{\\partial L}{\\partial f_2} = f_5 - f_2$\n- $\\frac{\\partial L}{\\partial f_5} = \(first)$\n"
            + (separate ? "\n" : "") + note + "\n"
    }

    @Test("A correction's head alone before words that give its value and the value: the corrected answer", arguments: [
        ("Correction: $\\frac{\\partial L}{\\partial f_5}$ should be VALUE.", true),
        ("Correction: $\\frac{\\partial L}{\\partial f_5}$ should be VALUE, since f_5 is the anchor here.", true),
        ("Correction: $\\frac{\\partial L}{\\partial f_5}$ is actually VALUE.", true),
        // The note on the list item's next line (Markdown's lazy continuation): in the answer's own block.
        ("Correction: $\\frac{\\partial L}{\\partial f_5}$ should be VALUE.", false),
    ])
    func correctionHeadAlone(_ note: String, _ separate: Bool) throws {
        // A right first answer made wrong by the correction: incorrect, never correct.
        let w = try C.checks(Self.corrected("f_2 - f_6", note.replacingOccurrences(of: "VALUE", with: "$f_6 - f_2$"), separate: separate))
        C.expectRead(w, ["part2.q5.6.f_5"], .incorrect)
        // A wrong first answer corrected to the right one.
        let c = try C.checks(Self.corrected("f_6 - f_2", note.replacingOccurrences(of: "VALUE", with: "$f_2 - f_6$"), separate: separate))
        C.expectRead(c, ["part2.q5.6.f_5", "part2.q5.6.f_2"])
    }

    @Test("A correction that could not be read takes back the answer it names, in its own block too")
    func unreadCorrectionInOwnBlock() throws {
        // The value after words the reader does not take as giving it.
        let w = try C.checks(Self.corrected("f_2 - f_6", "Correction: $\\frac{\\partial L}{\\partial f_5}$ is off, the sign flips to $f_6 - f_2$.", separate: false))
        #expect(w["part2.q5.6.f_5"]?.status != .correct, "\(w["part2.q5.6.f_5"]?.status.rawValue ?? "absent")")
        // Review 25's c08: the answer it names is not the block's last.
        let c08 = try C.checks("**Question 5.6**\n\n- $\\frac{\\partial L}{\\partial f_5} = f_2 - f_6$, $\\frac{\\partial L}{\\partial f_6} = f_6 - f_5$\n"
            + "Correction: $\\frac{\\partial L}{\\partial f_5}$ is off, the sign flips to $f_6 - f_2$.\n")
        #expect(c08["part2.q5.6.f_5"]?.status != .correct, "\(c08["part2.q5.6.f_5"]?.status.rawValue ?? "absent")")
        // (Review 25's c08k, the same in plain text: ReadingClassesRound44LeadTests.)
    }

    @Test("A correction naming its question, written at the sheet's end, is read under that question", arguments: [
        "Correction to Question 3: $\\frac{\\partial L}{\\partial f_p}$ is VALUE.",
        "Correction for Q3: $\\frac{\\partial L}{\\partial f_p}$ is VALUE.",
        "Correction (Question 3): $\\frac{\\partial L}{\\partial f_p}$ is VALUE.",
        "**Correction to Question 3:** $\\frac{\\partial L}{\\partial f_p}$ should be VALUE.",
        "NB: sign flipped above in Question 3, it is $\\frac{\\partial L}{\\partial f_p} = VALUE_BARE$.",
        "Correction: I made a typo in Q3; $\\frac{\\partial L}{\\partial f_p}$ should be VALUE.",
    ])
    func correctionNamingQuestion(_ note: String) throws {
        // `VALUE` in maths of its own, `VALUE_BARE` inside the note's maths.
        func sheet(_ first: String, _ value: String) -> String {
            "## Question 3\n\n$\\frac{\\partial L}{\\partial f_a} = f_n - f_p$, $\\frac{\\partial L}{\\partial f_p} = \(first)$\n\n"
                + "## Question 4\n\nAll: $6 \\cdot 5 \\cdot 4 = 120$.\n\n## Corrections\n\n"
                + note.replacingOccurrences(of: "VALUE_BARE", with: value).replacingOccurrences(of: "VALUE", with: "$\(value)$") + "\n"
        }
        // Right first, corrected to wrong (f_p's gradient is f_p − f_a): incorrect, never correct.
        let w = try C.checks(sheet("f_p - f_a", "f_a - f_p"))
        C.expectRead(w, ["part2.q3.f_p"], .incorrect)
        C.expectRead(w, ["part2.q3.f_a", "part2.q4.all"])
        // Wrong first, corrected to right.
        let c = try C.checks(sheet("f_a - f_p", "f_p - f_a"))
        C.expectRead(c, ["part2.q3.f_p", "part2.q3.f_a", "part2.q4.all"])
    }

    @Test("A correction of a Part I count, named by its model, replaces the count", arguments: [
        "Correction (Part I, RNN): 80,400 parameters",
        "Correction (Part I, RNN):  80,400 parameters",
        "Correction: RNN: 80,400 parameters",
    ])
    func partOneCorrection(_ note: String) throws {
        let sheet = "Part I\n\n- RNN: 60,400 parameters, test accuracy 68.5%\n- LSTM: 241,600 parameters, test accuracy 82.2%\n\n"
            + "Part II\n\nQuestion 2\n\n$\\frac{\\partial L}{\\partial f_a} = 0$\n\n" + note + "\n"
        // RNN has 200·(100 + 200) + 2·200 = 60,400: the corrected 80,400 is wrong.
        let w = try C.checks(sheet)
        C.expectRead(w, ["part1.params.rnn"], .incorrect)
        C.expectRead(w, ["part1.params.lstm"])
    }

    @Test("'Each class has 3 samples, so …' states the class's size: what the sentence computes is no count per class")
    func classSize() throws {
        let q4 = "## Question 4\n\nAll: $6 \\cdot 5 \\cdot 4 = 120$ triplets.\n\n"
            + "A valid triplet needs the positive in the anchor's class. Each class has 3 samples, so once the anchor is fixed "
            + "(6 ways) there are 2 positives and 3 negatives: VALID valid triplets.\n"
        let c = try C.checks(q4.replacingOccurrences(of: "VALID", with: "6 · 2 · 3 = 36"))
        C.expectRead(c, ["part2.q4.valid", "part2.q4.valid.reasoning"])
        // Planted slip: one class only (6 · 2 · 3 is no longer what the words give).
        let w = try C.checks(q4.replacingOccurrences(of: "VALID", with: "3 · 2 · 3 = 18"))
        C.expectRead(w, ["part2.q4.valid"], .incorrect)
    }

    @Test("A first attempt taken back with 'but' is no count of the sheet's", arguments: [
        "I first got $6^3 = 216$, but that is wrong because the samples must be distinct, so the number of triplets is $6 \\cdot 5 \\cdot 4 = ALL$.",
        "I first had $216$ but the three must differ: $6 \\cdot 5 \\cdot 4 = ALL$ triplets.",
    ])
    func firstAttempt(_ line: String) throws {
        let q4 = "## Question 4\n\n\(line)\n\nValid triplets: $6 \\cdot 2 \\cdot 3 = 36$.\n"
        let c = try C.checks(q4.replacingOccurrences(of: "ALL", with: "120"))
        C.expectRead(c, ["part2.q4.all", "part2.q4.valid"])
        // Planted slip after the attempt: the sheet's count is wrong.
        let w = try C.checks(q4.replacingOccurrences(of: "ALL", with: "100"))
        C.expectRead(w, ["part2.q4.all"], .incorrect)
    }

    @Test("A first attempt not turned from by 'but' is not taken back")
    func firstAttemptKept() throws {
        // "I first got 216." alone: the only count, and a wrong one.
        let c = try C.checks("## Question 4\n\nI first got $6^3 = 216$ triplets in all.\n\nValid triplets: $6 \\cdot 2 \\cdot 3 = 36$.\n")
        C.expectRead(c, ["part2.q4.all"], .incorrect)
        // Review 25's q01: a "But" opening the next sentence turns from nothing said before it.
        let d = try C.checks("## Question 4\n\nI first got $6 \\cdot 5 \\cdot 4 = 120$ for all triplets. But for the valid ones I got $36$.\n")
        C.expectRead(d, ["part2.q4.all", "part2.q4.valid"])
    }

    @Test("A correction naming the question a part belongs to stays in the part (review 25's k08)")
    func correctionNamingWholeQuestion() throws {
        let sheet = "## Question 5\n\n### 5.3\n\n$\\frac{\\partial L}{\\partial f_1} = f_1 - f_2$, $\\frac{\\partial L}{\\partial f_6} = f_2 - f_6$\n\n"
            + "Correction to Question 5: $\\frac{\\partial L}{\\partial f_6} = f_6 - f_2$\n"
        // t_3 = (2, 1, 6): f_6's gradient is f_2 − f_6; the correction's is wrong.
        let w = try C.checks(sheet)
        #expect(w["part2.q5.3.f_6"]?.status != .correct, "\(w["part2.q5.3.f_6"]?.status.rawValue ?? "absent")")
    }

    @Test("A correction's bracket names the model only when its text names none; a correction is no answer over rows after it")
    func partOneCorrectionPlaces() throws {
        let head = "Part I\n\n- RNN: 60,400 parameters, test accuracy 68.5%\n- LSTM: 241,600 parameters, test accuracy 82.2%\n\n"
        // Review 25's n07: the text names the LSTM; its 241,601 is the LSTM's, wrong, and the RNN keeps its right count.
        let n07 = try C.checks(head + "Part II\n\nQuestion 2\n\n$\\frac{\\partial L}{\\partial f_a} = 0$\n\nCorrection (Part I, RNN): the LSTM has 241,601 parameters.\n")
        C.expectRead(n07, ["part1.params.rnn"])
        #expect(n07["part1.params.lstm"]?.status != .correct, "\(n07["part1.params.lstm"]?.status.rawValue ?? "absent")")
        // Review 25's n14: a correction before the final table's right count is not the answer over it.
        let n14 = try C.checks("Part I\n\nCorrection: RNN: 70,400 parameters\n\n| Model | Params | Acc |\n|---|---|---|\n| RNN | 60,400 | 68.5% |\n| LSTM | 241,600 | 82.2% |\n")
        #expect(n14["part1.params.rnn"]?.status != .incorrect, "\(n14["part1.params.rnn"]?.status.rawValue ?? "absent")")
        #expect(n14["part1.params.rnn"]?.status != .correct, "\(n14["part1.params.rnn"]?.status.rawValue ?? "absent")")
    }

    @Test("Under parts headed by their numbers, a triplet label names no other part (review 25's l08, l10)")
    func labelsUnderHeadings() throws {
        // `### 5.4` over a label typed `t5 = (2,3,4)` (t_4's members): the heading holds.
        let sheet = "## Question 5\n\n### 5.4\n\nt5 = (2,3,4)\n\ndL/df2 = f4 - f3, dL/df3 = f3 - f2, dL/df4 = f2 - f4\n"
        let c = try C.checks(sheet, name: "sheet.md")
        C.expectRead(c, ["part2.q5.4.f_2", "part2.q5.4.f_3", "part2.q5.4.f_4"])
        // Labels counted from 0 under each heading (`t0` … under 5.1): still the heading's part.
        let zero = try C.checks("## Question 5\n\n### 5.1\n\nt0 = (1,2,5)\n\ndL/df1 = f5 - f2\n\n### 5.2\n\nt1 = (1,3,4)\n\ndL/df1 = f4 - f3\n", name: "sheet.md")
        C.expectRead(zero, ["part2.q5.1.f_1", "part2.q5.2.f_1"])
    }
}
