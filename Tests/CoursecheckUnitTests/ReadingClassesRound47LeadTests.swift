import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Foundation
import Testing

/// Round 47: a value corrected inline with "actually" ("$A$; actually no,
/// $B$", "$A$, actually $B$", "$A$; no, actually, it is $B$"). Verdicts by
/// hand, as round 46's: for t_1 = (1, 2, 5), ∂L₁/∂f₁ = f_5 − f_2. Before this
/// round "actually" took nothing back and the `;` forgot the sample the first
/// value was stated for: a right value "corrected" to a wrong one read
/// correct (a false correct, old).
@Suite("Classes of notation, round 47: the lead's")
struct ReadingClassesRound47LeadTests {
    typealias C = SheetClassesTests
    typealias R46 = ReadingClassesRound46LeadTests

    @Test("A value corrected inline with 'actually': the correction is the answer, right or wrong", arguments: [
        ("; actually no, ", true), ("; actually, ", true), (", actually ", true), ("; no, actually, it is ", true),
        ("; no, actually, it is ", false), ("; hmm, actually it should be ", true), ("; actually, it is ", false),
    ])
    func actuallyCorrects(_ words: String, _ tex: Bool) throws {
        let name = tex ? "sheet.md" : "sheet.txt"
        let right = try C.checks(R46.q51("f_2 - f_5", words, "f_5 - f_2", tex: tex), name: name)
        C.expectRead(right, R46.q51)
        let wrong = try C.checks(R46.q51("f_5 - f_2", words, "f_2 - f_5", tex: tex), name: name)
        C.expectRead(wrong, ["part2.q5.1.f_1"], .incorrect)
        C.expectRead(wrong, Array(R46.q51.dropFirst()))
    }

    @Test("In plain text, a value after 'actually no' or 'no, sorry' with no verb is not read: the answer it corrects is for a person", arguments: [
        "; actually no, ", ", actually no, ", "; no, sorry, ", "; actually it's ",
    ])
    func plainTextCorrectionUnread(_ words: String) throws {
        // Right then wrong, and wrong then right: neither is graded (before: the first was).
        for (first, second) in [("f5 - f2", "f2 - f5"), ("f2 - f5", "f5 - f2")] {
            let c = try C.checks(R46.q51(first, words, second, tex: false), name: "sheet.txt")
            C.expectRead(c, ["part2.q5.1.f_1"], .unparsable)
            C.expectRead(c, Array(R46.q51.dropFirst()))
        }
    }

    @Test("'Actually' after a full stop takes the answer before it back: the wrong value after it is never graded as the first")
    func actuallyAfterFullStop() throws {
        let c = try C.checks(R46.q51("f_5 - f_2", ". Actually no, it is ", "f_2 - f_5"))
        let f1 = try #require(c["part2.q5.1.f_1"])
        #expect(f1.status == .incorrect || f1.status == .unparsable, "\(f1.status): \(f1.evidence)")
    }

    @Test("'actually' that corrects nothing ('is actually $A$', '$A$, actually quite simple', '$A$ actually.') leaves the value as read")
    func actuallyNotCorrecting() throws {
        // Emphasis before the only value.
        let emphatic = try C.checks("Question 2\n\nThe gradient with respect to $f_a$ is actually $0$, with respect to $f_p$ it is $0$ and with respect to $f_n$ it is $0$.\n")
        C.expectRead(emphatic, ["part2.q2.f_a", "part2.q2.f_p", "part2.q2.f_n"])
        let remark = try C.checks("Question 2\n\nThe gradient with respect to $f_a$ is $0$, actually quite simple, with respect to $f_p$ it is $0$ and with respect to $f_n$ it is $0$.\n")
        C.expectRead(remark, ["part2.q2.f_a", "part2.q2.f_p", "part2.q2.f_n"])
        let trailing = try C.checks("Question 2\n\nThe gradient with respect to $f_a$ is $0$ actually. With respect to $f_p$ it is $0$ and with respect to $f_n$ it is $0$.\n")
        C.expectRead(trailing, ["part2.q2.f_a", "part2.q2.f_p", "part2.q2.f_n"])
    }

    // Question 4 (verdicts by hand: 6·5·4 = 120 ordered triplets of distinct
    // samples; valid: classes {1,2,3} and {4,5,6}, 3·2·3 = 18 per class, 36).

    /// The statuses of Question 4's four checks.
    static func q4(_ text: String) throws -> [String: Status] {
        let c = try C.checks("Question 4\n\n" + text + "\n")
        return c.filter { $0.key.hasPrefix("part2.q4.") }.mapValues(\.status)
    }

    @Test("'With the constraint' names the valid count, 'without any constraint' all of them")
    func constraintWords() throws {
        let say = { (total: String) in "Without any constraint, a triplet is an anchor (6 ways), a different positive (5 ways) and a negative different from both (4 ways): $6 \\times 5 \\times 4 = 120$. With the constraint, take the first class: the anchor is one of its 3 samples, the positive one of the 2 others, and the negative one of the 3 samples of the other class, giving $3 \\times 2 \\times 3 = 18$. The second class gives 18 as well, so doubling, \(total) valid triplets." }
        let right = try Self.q4(say("36"))
        #expect(right["part2.q4.all"] == .correct && right["part2.q4.valid"] == .correct && right["part2.q4.all.reasoning"] == .correct, "\(right)")
        #expect([.correct, .unverifiable].contains(right["part2.q4.valid.reasoning"]), "\(right)")
        let wrong = try Self.q4(say("72"))
        #expect(wrong["part2.q4.valid"] == .incorrect && wrong["part2.q4.all"] == .correct, "\(wrong)")
    }

    @Test("A product that counts the anchor and positive ('$3 \\cdot 2 = 6$ ways to choose the anchor and positive') claims nothing per class")
    func pairProductPerClass() throws {
        let say = { (negatives: Int) in "All: $6 \\cdot 5 \\cdot 4 = 120$.\n\nValid triplets: per class, $3 \\cdot 2 = 6$ ways to choose the anchor and positive inside the class and \(negatives) ways to pick the negative outside, \(6 * negatives) per class; adding the two classes, $\(6 * negatives) + \(6 * negatives) = \(12 * negatives)$." }
        let right = try Self.q4(say(3))
        #expect(right["part2.q4.valid"] == .correct && right["part2.q4.valid.reasoning"] == .correct, "\(right)")
        let wrong = try Self.q4(say(2))
        #expect(wrong["part2.q4.valid"] == .incorrect, "\(wrong)")
    }

    @Test("Per-class figures alone before the total: the counts read right; a total changed is a contradiction (review 29: steps that do not add up must not pass)")
    func loneStepsBeforeTotal() throws {
        let say = { (total: String) in "All: $6 \\times 5 \\times 4 = 120$ triplets.\n\nValid: for the class of samples 1, 2, 3 we need anchor and positive from it ($3 \\times 2 = 6$ ordered ways) and the negative from the other class ($3$ ways), $18$ triplets. For the other class it is the same, $18$. Summing both classes: $\(total)$ valid triplets." }
        let right = try Self.q4(say("36"))
        #expect(right["part2.q4.valid"] == .correct, "\(right)")
        // (Steps that do not add up, `$18$ … the same, $12$. Summing: $36$`, are never correct reasoning.)
        let badSteps = try Self.q4(say("36").replacingOccurrences(of: "it is the same, $18$", with: "it is the same, $12$"))
        #expect(badSteps["part2.q4.valid.reasoning"] != .correct && badSteps["part2.q4.valid.reasoning"] != nil, "\(badSteps)")
        // (A total changed after it is still a contradiction: `$48$ valid triplets … $36$`.)
        let changed = try Self.q4("All: $6 \\times 5 \\times 4 = 120$ triplets.\n\nValid: $6 \\cdot 2 \\cdot 4 = 48$ valid triplets. So there are $48$. Summing both classes: $36$ valid triplets.")
        #expect(changed["part2.q4.valid.reasoning"] == .inconsistent, "\(changed)")
        let wrong = try Self.q4(say("38"))
        #expect(wrong["part2.q4.valid"] == .incorrect, "\(wrong)")
    }

    @Test("A calculation taken back by 'sorry' right after it, another after: the second is the answer")
    func correctedCalculation() throws {
        let say = { (first: Int, second: Int) in "For all triplets: 6 options for the anchor, then 5, then 4, $6 \\cdot 5 \\cdot 4 = \(first)$, sorry, $6 \\cdot 5 \\cdot 4 = \(second)$ triplets.\n\nFor valid triplets: $6 \\cdot 2 \\cdot 3 = 36$ valid triplets." }
        let right = try Self.q4(say(100, 120))
        #expect(right["part2.q4.all"] == .correct && right["part2.q4.all.reasoning"] == .correct, "\(right)")
        let wrong = try Self.q4(say(120, 100))
        #expect(wrong["part2.q4.all"] == .incorrect, "\(wrong)")
    }

    @Test("The valid count by subtracting the invalid ones: the clause that turns to the valid ones states it")
    func validBySubtraction() throws {
        let say = { (sameClass: Int) in "All triplets: $6 \\cdot 5 \\cdot 4 = 120$.\n\nValid triplets: count the ones that are *not* valid and subtract. Either the positive is from the other class ($6 \\cdot 3 \\cdot 4 = 72$), or the negative is from the anchor's class too ($6 \\cdot 2 \\cdot \(sameClass) = \(12 * sameClass)$). That is $\(72 + 12 * sameClass)$ invalid ones, so $120 - \(72 + 12 * sameClass) = \(48 - 12 * sameClass)$ valid triplets." }
        let right = try Self.q4(say(1))
        #expect(right["part2.q4.valid"] == .correct, "\(right)")
        let wrong = try Self.q4(say(2))
        #expect(wrong["part2.q4.valid"] == .incorrect, "\(wrong)")
    }

    @Test("A correction right after an answer's value under its head ('= $A$, actually no, $B$') replaces it; in a list of items it is for a person", arguments: [
        ", actually no, ", " — actually ", ", no, actually, ", ", I mean ", ", sorry, ",
    ])
    func correctionUnderHead(_ words: String) throws {
        typealias W = ReadingClassesRound47WtmTests
        C.expectRead(try C.checks(W.q51("f_2 - f_5", words, "f_5 - f_2")), ["part2.q5.1.f_1", "part2.q5.1.f_2"])
        let wrong = try C.checks(W.q51("f_5 - f_2", words, "f_2 - f_5"))
        C.expectRead(wrong, ["part2.q5.1.f_1"], .incorrect)
        C.expectRead(wrong, ["part2.q5.1.f_2"])
        // t_6 = (5, 6, 2) (verdicts by hand): ∂/∂f_5 = f_2 − f_6, ∂/∂f_6 = f_6 − f_5. In a list the
        // sentence runs on into the next item, so whether words qualify the value is not known: for a
        // person, right or wrong (never the first value graded).
        let list = { (first: String, second: String) in "Question 5.6\n\n- $\\partial L_6/\\partial f_1$: $0$\n"
            + "- $\\partial L_6/\\partial f_5$: $\(first)$\(words)$\(second)$\n- $\\partial L_6/\\partial f_6$: $f_6 - f_5$\n" }
        C.expectRead(try C.checks(list("f_6 - f_2", "f_2 - f_6")), ["part2.q5.6.f_5"], .unparsable)
        C.expectRead(try C.checks(list("f_2 - f_6", "f_6 - f_2")), ["part2.q5.6.f_5"], .unparsable)
    }

    @Test("A plain-text correction in brackets with words before a colon ('(wait, no, I dropped a term: C)', '(wait, no, for the negative it is: C)') is for a person")
    func bracketCorrectionWithReason() throws {
        // Question 6, ∂/∂f_5 (verdict by hand): f_1 + f_2 + f_3 − 2f_5 − f_6. (Review 29: words before the colon may
        // name another sample's value, so the bracket is not read as the correction.)
        for why in ["I dropped a term", "for the negative it is"] {
            for c in ["f1 + f2 + f3 - 2f5 - f6", "f1 + f2 + f3 - 2f5 - 2f6"] {
                let sheet = "Q6)\n    dL/df5 = f1 - f5 + f3 - f5 + f2 - f6 = f1 + f2 + f3 - f5 - f6 (wait, no, \(why): \(c))\n"
                C.expectRead(try C.checks(sheet, name: "sheet.txt"), ["part2.q6.f_5"], .unparsable)
            }
        }
    }

    @Test("An arrow alone at the end of a plain-text line ('Q3) hinge active ->') is no value")
    func trailingArrow() throws {
        let say = { (n: String) in "Q3) hinge active ->\n    dL/dfa = fn - fp, dL/dfp = fp - fa, dL/dfn = \(n)\n" }
        let right = try C.checks(say("fa - fn"), name: "sheet.txt")
        C.expectRead(right, ["part2.q3.f_a", "part2.q3.f_p", "part2.q3.f_n"])
        #expect(!right.keys.contains { $0.hasPrefix("part2.q3@") }, "\(right.keys.sorted())")
        C.expectRead(try C.checks(say("fn - fa"), name: "sheet.txt"), ["part2.q3.f_n"], .incorrect)
    }

    @Test("'each half squared norm' names the loss's terms; it changes no value")
    func halfSquaredNorm() throws {
        let say = { (n: String) in "Question 3\n\nWhen it is active, $L = \\tfrac12\\|f_a - f_p\\|^2 - \\tfrac12\\|f_a - f_n\\|^2 + \\alpha$, and differentiating each half squared norm gives\n\n"
            + "$$\\frac{\\partial L}{\\partial f_a} = (f_a - f_p) - (f_a - f_n) = f_n - f_p$$\n\n$$\\frac{\\partial L}{\\partial f_p} = f_p - f_a, \\quad \\frac{\\partial L}{\\partial f_n} = \(n)$$\n" }
        C.expectRead(try C.checks(say("f_a - f_n")), ["part2.q3.f_a", "part2.q3.f_p", "part2.q3.f_n"])
        C.expectRead(try C.checks(say("f_n - f_a")), ["part2.q3.f_n"], .incorrect)
    }

    @Test("Pairs counted in the valid count's reasoning ('$\\binom{3}{2} = 3$ unordered pairs', 'can be ordered in 2 ways') are neither all triplets nor a class's")
    func pairsInValidReasoning() throws {
        let say = { (negatives: Int) in "For all triplets: $6 \\cdot 5 \\cdot 4 = 120$.\n\nFor valid triplets, the anchor and positive are two different samples of the same class. Inside one class there are $\\binom{3}{2} = 3$ unordered pairs, and each pair can be ordered in 2 ways, so 6 ordered pairs per class and 12 for both classes. The negative is then any of the \(negatives) samples of the other class: $12 \\cdot \(negatives) = \(12 * negatives)$ valid triplets." }
        let right = try Self.q4(say(3))
        #expect(right == ["part2.q4.all": .correct, "part2.q4.all.reasoning": .correct, "part2.q4.valid": .correct, "part2.q4.valid.reasoning": .correct], "\(right)")
        let wrong = try Self.q4(say(4))
        #expect(wrong["part2.q4.valid"] == .incorrect && wrong["part2.q4.all"] == .correct, "\(wrong)")
    }

    @Test("A new sentence that corrects a right value to a wrong one ('$A$. Sorry, $B$.', 'Actually,', 'Scratch that,', 'Oops,') never leaves the right value graded (review 29: old false correct)", arguments: [
        ". Sorry, ", ". Actually, ", ". Scratch that, ", ". Oops, ",
    ])
    func sentenceCorrection(_ words: String) throws {
        for tex in [true, false] {
            let c = try C.checks(R46.q51("f_5 - f_2", words, "f_2 - f_5", tex: tex), name: tex ? "sheet.md" : "sheet.txt")
            let f1 = try #require(c["part2.q5.1.f_1"])
            #expect(f1.status == .incorrect || f1.status == .unparsable, "\(tex) \(words): \(f1.status) \(f1.evidence)")
        }
    }
}
