import Foundation
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Testing

/// Classes of notation and layout, round 36 (the outsiders' sets
/// unseen60–61; each written here in other words than the sheets').
/// Verdicts by hand: Question 3's gradients are f_n − f_p, f_p − f_a,
/// f_a − f_n; of six samples in two classes of three there are
/// 6·5·4 = 120 ordered triplets, 6·2·3 = 36 of them valid.
@Suite("Classes of notation, round 36: a number named by 'the' in a remark, Question 4's blocks opened by a label")
struct ReadingClassesRound36Tests {
    typealias C = SheetClassesTests

    /// Question 3 in plain text after a sentence of working; `fn` is the
    /// answer for f_n.
    static func question3(after sentence: String, fn: String) -> String {
        "## Question 3\n\n\(sentence)\n\ndL/dfa = fn - fp\ndL/dfp = fp - fa\ndL/dfn = \(fn)\n"
    }

    @Test("A number after 'the' in a remark names that number in the working: no maths for a person", arguments: [
        "Differentiating the norms (the ½ cancels the 2):",
        "Each square's derivative doubles, and the 1/2 in front undoes that, so:",
        "Then the 2 from the exponent meets the ½ and both go, leaving",
    ])
    func numberNamedByThe(_ sentence: String) throws {
        let c = try C.checks(Self.question3(after: sentence, fn: "fa - fn"))
        #expect(!c.keys.contains { $0.hasPrefix("part2.q3@") }, "the sentence read as maths: \(c.keys.filter { $0.contains("@") })")
        C.expectRead(c, ["part2.q3.f_a", "part2.q3.f_p", "part2.q3.f_n"])
        let wrong = try C.checks(Self.question3(after: sentence, fn: "fn - fa"))
        C.expectRead(wrong, ["part2.q3.f_n"], .incorrect)
    }

    /// Question 4 in two blocks, each opened by a label; `valid` is the
    /// second block's reasoning and result.
    static func labelled(_ allLabel: String, _ validLabel: String, valid: String) -> String {
        "## Question 4\n\n\(allLabel) choose the anchor, then the positive among the other five, then the negative: 6 x 5 x 4 = 120\n\n\(validLabel) \(valid)\n"
    }

    @Test("A block opened by a label counts the label's kind, whatever words of order or summing its reasoning uses", arguments: [
        ("All triplets:", "Valid triplets:"),
        ("(a) all:", "(b) valid:"),
        ("4a) All triplets:", "4b) Valid ones:"),
        ("How many triplets overall?", "How many of them are valid?"),
        ("Number of triplets.", "Number of valid triplets."),
        ("Total:", "Valid (ordered):"),
    ])
    func labelledBlocks(_ allLabel: String, _ validLabel: String) throws {
        let reasoning = "ordered (anchor, positive) pairs inside one class, 3 x 2 per class and 12 in total; with 3 negatives each: 12 x 3 ="
        let c = try C.checks(Self.labelled(allLabel, validLabel, valid: "\(reasoning) 36"))
        C.expectRead(c, ["part2.q4.all", "part2.q4.all.reasoning", "part2.q4.valid", "part2.q4.valid.reasoning"])
        let wrong = try C.checks(Self.labelled(allLabel, validLabel, valid: "\(reasoning) 72"))
        C.expectRead(wrong, ["part2.q4.valid"], .incorrect)
        C.expectRead(wrong, ["part2.q4.all"])
    }

    @Test("A part marker whose words name the other kind gives no kind: the words decide, never the marker")
    func markerAgainstWords() throws {
        // The parts written in the other order than the question's.
        let sheet = "## Question 4\n\n(a) Valid triplets: 6 x 2 x 3 = 36\n\n(b) All triplets: 6 x 5 x 4 = 120\n"
        let c = try C.checks(sheet)
        C.expectRead(c, ["part2.q4.all", "part2.q4.valid"])
        let wrong = try C.checks(sheet.replacingOccurrences(of: "6 x 2 x 3 = 36", with: "6 x 2 x 2 = 24"))
        C.expectRead(wrong, ["part2.q4.valid"], .incorrect)
        C.expectRead(wrong, ["part2.q4.all"])
    }

    @Test("Under a valid label, 'Total N' after the classes' figures is the count they sum, not the first class's figure", arguments: [
        "Total", "In total", "Altogether",
    ])
    func totalAfterClassFigures(_ word: String) throws {
        func sheet(_ total: Int) -> String {
            "## Question 4\n\nAll triplets: 6 x 5 x 4 = 120\n\nValid ones: with the anchor in the first class, 3*2*3 = 18. With it in the second: also 18. \(word) \(total).\n"
        }
        let c = try C.checks(sheet(36))
        C.expectRead(c, ["part2.q4.all", "part2.q4.valid"])
        // Before, the first class's 18 was read as the valid count: a right 36 graded incorrect.
        let wrong = try C.checks(sheet(54))
        C.expectRead(wrong, ["part2.q4.valid"], .incorrect)
    }

    @Test("A part's Roman numeral with a title of its subject heads it: 'I. Model comparison', 'II. Triplets'", arguments: [
        "I. Model comparison", "I. MODEL COMPARISON", "I. Recurrent models",
    ])
    func romanPartTitle(_ heading: String) throws {
        func sheet(_ lstm: String) -> String {
            "\(heading)\n\n| Model | Parameters | Accuracy |\n|---|---|---|\n| RNN | 60400 | 80 |\n| LSTM | \(lstm) | 81 |\n\nII. Triplets and their loss\n\n## Question 3\n\n- dL/dfa = fn - fp\n- dL/dfp = fp - fa\n- dL/dfn = fa - fn\n"
        }
        let c = try C.checks(sheet("241600"))
        C.expectRead(c, ["part1.params.rnn", "part1.params.lstm", "part2.q3.f_a"])
        // One bias vector per gate: 240800, a slip.
        let wrong = try C.checks(sheet("240800"))
        C.expectRead(wrong, ["part1.params.lstm"], .incorrect)
    }
}
