import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Foundation
import Testing

/// Round 46: a student's correction written inline after a value ("$A$, or
/// rather $B$", "$A$; no, sorry, it is $B$", "$A$, I mean $B$"), a remark
/// in brackets that opens on "I" in plain text, "for $f_a$ we get …" after
/// "Differentiating", and "it is also 0". Verdicts by hand: for t_1 = (1, 2,
/// 5), ∂L₁/∂f₁ = f_5 − f_2, ∂L₁/∂f₂ = f_2 − f_1, ∂L₁/∂f₅ = f_1 − f_5, the rest
/// 0; Question 3: f_n − f_p, f_p − f_a, f_a − f_n; Question 2: all 0.
/// Before this round the value before the correction was graded: a right
/// value corrected to a wrong one read correct.
@Suite("Classes of notation, round 46: the lead's")
struct ReadingClassesRound46LeadTests {
    typealias C = SheetClassesTests
    static let q51 = ["part2.q5.1.f_1", "part2.q5.1.f_2", "part2.q5.1.f_3", "part2.q5.1.f_4", "part2.q5.1.f_5", "part2.q5.1.f_6"]

    /// Question 5.1 in prose, the gradient for f_1 written as `first`, then
    /// `words`, then `second`; f_3, f_4, f_6 said to be 0.
    static func q51(_ first: String, _ words: String, _ second: String, tex: Bool = true) -> String {
        let s = { (k: Int) in tex ? "$f_\(k)$" : "f\(k)" }
        let v = { (x: String) in tex ? "$\(x)$" : x }
        return "Question 5.1\n\nIn \(tex ? "$t_1$" : "t1") the anchor is \(s(1)), the positive is \(s(2)) and the negative is \(s(5)).\n"
            + "So the gradient with respect to \(s(1)) is \(v(first))\(words)\(v(second)), with respect to \(s(2)) it is \(v("f_2 - f_1")), "
            + "and with respect to \(s(5)) it is \(v("f_1 - f_5")).\n\(s(3)), \(s(4)) and \(s(6)) are not in this triplet, so their gradients are 0.\n"
    }

    @Test("A value corrected inline: the correction is the answer, right or wrong", arguments: [
        (", or rather ", true), ("; no, sorry, it is ", true), (", I mean ", true), (", or rather ", false), ("; no, sorry, it is ", false),
    ])
    func inlineCorrection(_ words: String, _ tex: Bool) throws {
        let name = tex ? "sheet.md" : "sheet.txt"
        // Wrong, then corrected to the right value: correct.
        let right = try C.checks(Self.q51("f_2 - f_5", words, "f_5 - f_2", tex: tex), name: name)
        C.expectRead(right, Self.q51)
        // Right, then "corrected" to a wrong value: the answer is the wrong one.
        let wrong = try C.checks(Self.q51("f_5 - f_2", words, "f_2 - f_5", tex: tex), name: name)
        C.expectRead(wrong, ["part2.q5.1.f_1"], .incorrect)
        C.expectRead(wrong, Array(Self.q51.dropFirst()))
    }

    @Test("A remark in brackets after a plain-text value that opens on 'I' is words, not maths")
    func remarkOpeningOnI() throws {
        let right = try C.checks(Self.q51("f_2 - f_5", ", or rather ", "f_5 - f_2 (I had the order mixed up at first)", tex: false), name: "sheet.txt")
        C.expectRead(right, Self.q51)
        let wrong = try C.checks(Self.q51("f_5 - f_2", ", or rather ", "f_2 - f_5 (I had the order mixed up at first)", tex: false), name: "sheet.txt")
        C.expectRead(wrong, ["part2.q5.1.f_1"], .incorrect)
    }

    @Test("'Differentiating …: for $f_a$ we get …' gives each role its value; without a word of derivatives it stays for a person")
    func differentiatingWeGet() throws {
        let say = { (n: String) in "Question 3\n\nDifferentiating term by term (the halves cancel the factor 2): for $f_a$ we get $f_n - f_p$, for $f_p$ we get $f_p - f_a$, and for $f_n$ we get \(n).\n" }
        let right = try C.checks(say("$f_a - f_n$"))
        C.expectRead(right, ["part2.q3.f_a", "part2.q3.f_p", "part2.q3.f_n"])
        let wrong = try C.checks(say("$f_n - f_a$"))
        C.expectRead(wrong, ["part2.q3.f_n"], .incorrect)
        C.expectRead(wrong, ["part2.q3.f_a", "part2.q3.f_p"])
        let bare = try C.checks("Question 3\n\nFor $f_a$ we get $f_n - f_p$, for $f_p$ we get $f_p - f_a$, and for $f_n$ we get $f_a - f_n$.\n")
        C.expectRead(bare, ["part2.q3.f_a"], .unparsable)
    }

    @Test("'it is also 0' (an adverb that changes nothing before a value in words)", arguments: ["also 0", "again zero", "likewise 0"])
    func adverbBeforeZero(_ value: String) throws {
        let c = try C.checks("Question 2\n\nWhen the hinge is inactive the gradient with respect to $f_a$ is $0$, with respect to $f_p$ it is $0$ and with respect to $f_n$ it is \(value).\n")
        C.expectRead(c, ["part2.q2.f_a", "part2.q2.f_p", "part2.q2.f_n"])
    }

    /// Part I with each count restated as the result of its working after
    /// "since" (verdicts by hand: an RNN layer has 200·(100 + 200) + 2·200 =
    /// 60,400 parameters, an LSTM 4 × that = 241,600, a bi-RNN 120,800).
    static func part1(_ rnn: String) -> String {
        "## Part I\n\n\(rnn)\n"
            + "LSTM: 241,600 parameters, since 4*60,400 = 241,600, with a test accuracy of 85.9%.\n"
            + "The bidirectional RNN has 120,800 parameters in its recurrent layer(s), since 2*60,400 = 120,800, and reached 67.5 % test accuracy.\n"
            + "\n## Part II\n\nQuestion 2\n\n$\\frac{\\partial L}{\\partial f_a} = 0$\n"
    }

    @Test("A Part I count restated as the result of its working after 'since' is that count, its working judged")
    func countSinceWorking() throws {
        let right = try C.checks(Self.part1("RNN: 60,400 parameters, since 200*(100 + 200) + 2*200 = 60,400, with a test accuracy of 58.72 %."))
        C.expectRead(right, ["part1.params.rnn", "part1.params.lstm", "part1.params.bi-rnn"])
        let sentence = try C.checks(Self.part1("The RNN has 60,400 parameters in its recurrent layer(s), since 200*(100 + 200) + 2*200 = 60,400, and reached 60.3% test accuracy."))
        C.expectRead(sentence, ["part1.params.rnn"])
        // A wrong count with its (wrong) working: incorrect.
        let wrong = try C.checks(Self.part1("RNN: 80,400 parameters, since 200*(100 + 200) + 2*200 = 80,400, with a test accuracy of 58.72 %."))
        C.expectRead(wrong, ["part1.params.rnn"], .incorrect)
        let wrongSentence = try C.checks(Self.part1("The RNN has 60,200 parameters, as 200*(100 + 200) + 200 = 60,200, and reached 60.3% test accuracy."))
        C.expectRead(wrongSentence, ["part1.params.rnn"], .incorrect)
        // A working that comes to another figure: which is the count is for a person.
        let other = try C.checks(Self.part1("RNN: 60,400 parameters, since 200*(100 + 200) + 2*200 = 60,600, with a test accuracy of 58.72 %."))
        C.expectRead(other, ["part1.params.rnn"], .unparsable)
    }

    @Test("A remark in brackets that says what cancels ('the squares' factor 2') is words; one that scales stays for a person", arguments: [
        ("(the halves cancel the squares' factor 2)", true), ("(the halves cancel the factor 2)", true),
        ("(the halves cancel, times 2)", false), ("(times 2)", false),
    ])
    func cancellingRemark(_ remark: String, _ words: Bool) throws {
        let say = { (n: String) in "Question 3\n\nDifferentiating term by term \(remark): for fa we get fn - fp, for fp we get fp - fa, and for fn we get \(n).\n" }
        let right = try C.checks(say("fa - fn"), name: "sheet.txt")
        C.expectRead(right, ["part2.q3.f_a", "part2.q3.f_p", "part2.q3.f_n"])
        // The remark read as words leaves nothing unplaced; one that scales is reported.
        #expect(right.keys.contains { $0.hasPrefix("part2.q3@") } == !words)
        let wrong = try C.checks(say("fn - fa"), name: "sheet.txt")
        C.expectRead(wrong, ["part2.q3.f_n"], .incorrect)
    }

    @Test("'it is $A$, which is $B$': B is the answer, A its working (review 28's e11, e19)", arguments: ["which is", "i.e.", "so"])
    func whichIsAfterStated(_ words: String) throws {
        let say = { (last: String) in "Question 3\n\nDifferentiating: for $f_a$ we get $(f_a - f_p) - (f_a - f_n)$, \(words) $\(last)$, for $f_p$ we get $f_p - f_a$, and for $f_n$ we get $f_a - f_n$.\n" }
        C.expectRead(try C.checks(say("f_n - f_p")), ["part2.q3.f_a", "part2.q3.f_p", "part2.q3.f_n"])
        let wrong = try C.checks(say("f_p - f_n"))
        C.expectRead(wrong, ["part2.q3.f_a"], .incorrect)
        C.expectRead(wrong, ["part2.q3.f_p", "part2.q3.f_n"])
    }

    @Test("'or rather' and 'I mean' that lead to words, or a value qualified after it, correct nothing (review 28's e02, c08, c10)")
    func correctionWordsNotCorrecting() throws {
        // A wrong value, then words about something else: the wrong value stands.
        for tail in [", or rather the descent direction is ", ", or rather its negative "] {
            for tex in [true, false] {
                let c = try C.checks(Self.q51("f_2 - f_5", tail, "f_5 - f_2", tex: tex), name: tex ? "sheet.md" : "sheet.txt")
                // (Its second value unread, the answer is for a person: never correct.)
                let f1 = try #require(c["part2.q5.1.f_1"])
                #expect(f1.status == .incorrect || f1.status == .unparsable, "\(f1.status)")
            }
        }
        // A right value, then "I mean" a value qualified by words after it: for a person, never incorrect.
        let qualified = try C.checks(Self.q51("f_5 - f_2", ", I mean, ", "f_2 - f_5").replacingOccurrences(of: "$f_2 - f_5$,", with: "$f_2 - f_5$ when the loss is negated,"))
        #expect(qualified["part2.q5.1.f_1"]?.status == .unparsable)
    }

    @Test("A value the words beside it change keeps the samples named for it: the next value is the next sample's alone (review 28's d08)")
    func changedValueKeepsItsSample() throws {
        let c = try C.checks("Question 3\n\nDifferentiating term by term: for fa we get fn - fp (the halves cancel, then the whole doubled), for fp we get fp - fa, and for fn we get fa - fn.\n", name: "sheet.txt")
        C.expectRead(c, ["part2.q3.f_a"], .unparsable)
        C.expectRead(c, ["part2.q3.f_p", "part2.q3.f_n"])
    }

    @Test("Question 2 in plain text, a value in words in each clause: each sample its own")
    func zeroClausesInTurn() throws {
        let right = try C.checks("Question 2\n\nInactive hinge means this triplet contributes nothing, so its gradient with respect to fₐ is 0, with respect to fₚ it is 0 and with respect to fₙ it is also 0.\n", name: "sheet.txt")
        C.expectRead(right, ["part2.q2.f_a", "part2.q2.f_p", "part2.q2.f_n"])
        let wrong = try C.checks("Question 2\n\nInactive hinge means this triplet contributes nothing, so its gradient with respect to fa is 0, with respect to fp it is 0 and with respect to fn it is fa - fn.\n", name: "sheet.txt")
        // (A clause of another value after the last 0 leaves the line as it was: for a person.)
        let n = try #require(wrong["part2.q2.f_n"])
        #expect(n.status == .unparsable || n.status == .incorrect, "\(n.status)")
    }

    @Test("A second value right after the answer whose words are not read: for a person, never the first graded", arguments: [
        ", or rather, on second thought, ", ", which is really ",
    ])
    func secondValueUnread(_ words: String) throws {
        // Right then wrong, and wrong then right: neither reads as the first value's verdict.
        let c = try C.checks(Self.q51("f_5 - f_2", words, "f_2 - f_5"))
        C.expectRead(c, ["part2.q5.1.f_1"], .unparsable)
        C.expectRead(c, Array(Self.q51.dropFirst()))
        C.expectRead(try C.checks(Self.q51("f_2 - f_5", words, "f_5 - f_2")), ["part2.q5.1.f_1"], .unparsable)
    }
}
