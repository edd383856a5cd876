import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Testing

/// Classes of notation and layout, round 29 (found by the outsiders' sets
/// unseen33–35; each class written here in other words than the sheets').
/// Verdicts by hand from the assignment: 6·5·4 = 120 ordered triplets,
/// 6·2·3 = 36 valid; for t_2 = (f_1, f_3, f_4) the negative's gradient is
/// f_1 − f_4 and f_2, f_5, f_6 get 0; in Question 6 ∂L/∂f_6 =
/// 2f_2 + f_3 − 2f_4 − f_5.
@Suite("Classes of notation, round 29: restated questions, 'N of them valid', the rest named before its zero, checks of the answers, other languages' count words")
struct ReadingClassesRound29Tests {
    typealias C = SheetClassesTests
    static let q4ids = ["part2.q4.all", "part2.q4.all.reasoning", "part2.q4.valid", "part2.q4.valid.reasoning"]

    static func q4(_ text: String) throws -> [String: Check] { try C.checks("## Question 4\n\n" + text + "\n") }

    @Test("A question restated in the answer's paragraph names no count: its 'in all' and 'valid' are the question's", arguments: [
        "How many ordered triplets exist in all, and how many are valid?\nDropping the labels: 6 anchors, 5 positives, 4 negatives, so $120$ triplets. Valid: $36$.",
        "*Which of them are valid, and how many are there altogether?*\nDropping the labels: 6 anchors, 5 positives, 4 negatives, so $120$ triplets. Valid: $36$.",
        "The labels are 1, 1, 1, 2, 2, 2. How many valid triplets are there, and how many in total?\nDropping the labels: 6 anchors, 5 positives, 4 negatives, so $120$ triplets. Valid: $36$.",
    ])
    func restatedQuestion(_ text: String) throws {
        let c = try Self.q4(text)
        C.expectRead(c, ["part2.q4.all", "part2.q4.all.reasoning", "part2.q4.valid"])
        // A wrong total after the question is read, and wrong.
        C.expectRead(try Self.q4(text.replacingOccurrences(of: "$120$", with: "$216$").replacingOccurrences(of: "5 positives, 4 negatives", with: "6 positives, 6 negatives")),
                     ["part2.q4.all"], .incorrect)
    }

    @Test("A question restated in a LaTeX macro of the student's own, on the line before the answer, names no count")
    func restatedQuestionMacro() throws {
        let tex = """
            \\documentclass{article}
            \\newcommand{\\ask}[1]{\\par\\emph{#1}\\par}
            \\begin{document}
            \\subsection*{Question 4}
            \\ask{Count the triplets of distinct samples in all. How many of them are valid?}
            Ignoring the labels we get $6 \\cdot 5 \\cdot 4 = 120$ triplets. Valid: $36$.
            \\end{document}
            """
        let c = try C.checks(tex, name: "sheet.tex")
        C.expectRead(c, ["part2.q4.all", "part2.q4.all.reasoning", "part2.q4.valid"])
        #expect(c["part2.q4.valid.reasoning"]?.status != .inconsistent)
    }

    @Test("A doubt is no question: 'Valid: 36? Total: 120.' reads both, and a wrong doubted figure is wrong")
    func doubtIsNoQuestion() throws {
        let c = try Self.q4("Valid: 36? Total: 120.")
        C.expectRead(c, ["part2.q4.all", "part2.q4.valid"])
        C.expectRead(try Self.q4("Valid: 54? Total: 120."), ["part2.q4.valid"], .incorrect)
    }

    @Test("'N of them valid', 'N of which are valid', 'N of the 120 are valid': N is the valid count and the count before it all", arguments: [
        "$6 \\cdot 5 \\cdot 4 = 120$ ordered choices; $36$ of them valid.",
        "There are 120 triplets, 36 of which are valid.",
        "All: $6 \\cdot 5 \\cdot 4 = 120$, valid: $6 \\cdot 2 \\cdot 3 = 36$, hence 36 of the 120 are valid.",
        "In the end 36 of the 120 triplets are valid.",
    ])
    func ofThemValid(_ text: String) throws {
        let c = try Self.q4(text)
        C.expectRead(c, ["part2.q4.all", "part2.q4.valid"])
        let wrong = try Self.q4(text.replacingOccurrences(of: "36", with: "18").replacingOccurrences(of: "6 \\cdot 2 \\cdot 3", with: "3 \\cdot 2 \\cdot 3"))
        C.expectRead(wrong, ["part2.q4.valid"], .incorrect)
        C.expectRead(wrong, ["part2.q4.all"])
    }

    @Test("The classes a product of choices runs over multiply it: `3 anchors per class × 2 positives × 3 negatives × 2 classes`")
    func classesMultiply() throws {
        let text = "$6 \\times 5 \\times 4 = 120$ triplets; $36$ of them valid ($3$ anchors per class $\\times$ $2$ positives $\\times$ $3$ negatives $\\times$ $2$ classes)."
        C.expectRead(try Self.q4(text), Self.q4ids)
        // Choices that give another count than the one stated are not its reasoning.
        let wrong = try Self.q4(text.replacingOccurrences(of: "$3$ negatives", with: "$4$ negatives"))
        #expect(wrong["part2.q4.valid.reasoning"]?.status != .correct)
    }

    @Test("Count words in the languages students mix in: 'Todas:', 'Alle:', 'Válidas:', 'Gültige'", arguments: [
        ("Todas: $6 \\cdot 5 \\cdot 4 = 120$.\n\nVálidas: $6 \\cdot 2 \\cdot 3 = 36$.", "= 36$", "= 18$"),
        ("Alle: $6 \\cdot 5 \\cdot 4 = 120$.\n\nGültige Tripel: $6 \\cdot 2 \\cdot 3 = 36$.", "= 36$", "= 18$"),
        ("Triplets: $6 \\cdot 5 \\cdot 4 = 120$, dont $6 \\cdot 2 \\cdot 3 = 36$ valides.", "= 36$", "= 18$"),
    ])
    func otherLanguages(_ text: String, _ right: String, _ wrong: String) throws {
        let c = try Self.q4(text)
        C.expectRead(c, ["part2.q4.all", "part2.q4.valid"])
        let w = try Self.q4(text.replacingOccurrences(of: right, with: wrong).replacingOccurrences(of: "6 \\cdot 2 \\cdot 3", with: "3 \\cdot 2 \\cdot 3"))
        C.expectRead(w, ["part2.q4.valid"], .incorrect)
    }

    static let t2 = "$\\frac{\\partial L}{\\partial f_1} = f_4 - f_3$ for the anchor, $\\frac{\\partial L}{\\partial f_3} = f_3 - f_1$ for the positive and $\\frac{\\partial L}{\\partial f_4} = f_1 - f_4$ for the negative."

    @Test("The rest named in brackets before its zero ('Everything else ($f_2$, $f_5$, $f_6$) gets $0$', 'The others, $f_2$, …, get $0$') is theirs, never the last answer's next line", arguments: [
        "Everything else ($f_2$, $f_5$, $f_6$) gets $0$.",
        "The others, $f_2$, $f_5$ and $f_6$, get $0$.",
        "All other samples ($f_2$, $f_5$, $f_6$) receive $0$.",
    ])
    func restBeforeZero(_ words: String) throws {
        let sheet = "## Question 5\n\n### 5.2\n\n" + Self.t2 + " " + words + "\n"
        let c = try C.checks(sheet)
        C.expectRead(c, ["part2.q5.2.f_1", "part2.q5.2.f_3", "part2.q5.2.f_4", "part2.q5.2.f_2", "part2.q5.2.f_5", "part2.q5.2.f_6"])
        // A wrong answer before the words stays wrong; the zero is not chained to it.
        let wrong = try C.checks(sheet.replacingOccurrences(of: "= f_1 - f_4$", with: "= f_4 - f_1$"))
        C.expectRead(wrong, ["part2.q5.2.f_4"], .incorrect)
        let claimed = wrong["part2.q5.2.f_4"]?.claimed ?? ""
        #expect(claimed == "f_4 - f_1", "\(claimed)")
    }

    static let q6f6 = "$$\\frac{\\partial L}{\\partial f_6} = (f_2 - f_6) + (f_6 - f_5) + (f_3 - f_4) + (f_2 - f_4) = 2f_2 + f_3 - 2f_4 - f_5$$"

    @Test("A sentence that checks the answers ('Check: …', 'sanity', '✓', 'I verified') or says they add up to zero answers nothing", arguments: [
        "Check: adding all six right-hand sides gives $0$.",
        "Sanity check: the six results sum to $0$ ✓",
        "(I verified that the coefficients of all six lines add to $\\mathbf{0}$.)",
        "The six gradients together sum to $0$, as they must.",
    ])
    func checksAnswerNothing(_ words: String) throws {
        let sheet = "## Question 6\n\n" + Self.q6f6 + "\n\n" + words + "\n"
        let c = try C.checks(sheet)
        C.expectRead(c, ["part2.q6.f_6"])
        // A wrong last side before the check stays wrong.
        C.expectRead(try C.checks(sheet.replacingOccurrences(of: "= 2f_2 + f_3 - 2f_4 - f_5$$", with: "= 2f_2 + f_3 - 2f_4 + f_5$$")), ["part2.q6.f_6"], .incorrect)
    }

    @Test("A zero that is an answer still reads after words of summing a single answer's terms ('summing its two terms gives $0$' is not the whole)")
    func singleSumStillAnswers() throws {
        // Question 5's f_2 in t_2 is 0: "summing" with no word of the whole answers it.
        let sheet = "## Question 5\n\n### 5.2\n\n" + Self.t2 + " For $f_2$, summing its terms gives $0$.\n"
        let c = try C.checks(sheet)
        #expect(c["part2.q5.2.f_2"]?.status != .incorrect)
    }

    @Test("A Part I row that sets another convention aside reads the student's own count: the one declared ('my answer is', 'I use'), never the one in a clause of another case ('if both biases are counted', 'would be')", arguments: [
        ("- RNN: 60,400\n- LSTM: total 241,600 if both biases are counted; my answer is 240,800", "240,800"),
        ("- RNN: 60,400\n- LSTM: 241,600 would be the count with two biases; I use 240,800.", "240,800"),
        ("- RNN: 60,400\n- LSTM: 240,800 (it would be 241,600 if both biases were counted)", "240,800"),
        ("- RNN: 60,400\n- LSTM: 4 × 60,400 = 241,600 (if both biases are counted)", "241,600"),
    ])
    func conventionSetAside(_ rows: String, _ answer: String) throws {
        let c = try C.checks("# Part I\n\n" + rows + "\n\n# Part II\n")
        C.expectRead(c, ["part1.params.rnn"])
        // 240,800 (one bias) is wrong; 241,600 right: the verdict follows the declared figure only.
        C.expectRead(c, ["part1.params.lstm"], answer == "241,600" ? .correct : .incorrect)
        #expect(c["part1.params.lstm"]?.claimed == answer, "\(c["part1.params.lstm"]?.claimed ?? "absent")")
    }

    static let t1 = "$\\frac{\\partial L}{\\partial f_1} = f_5 - f_2$, $\\frac{\\partial L}{\\partial f_2} = f_2 - f_1$, $\\frac{\\partial L}{\\partial f_5} = f_1 - f_5$"

    @Test("A value stated with an exception ('$0$ except for …', 'other than …', 'but not for …') goes to a person: never chained onto the last answer, never given to the samples named", arguments: [
        "; for the rest the derivative is $0$, excepting $f_1$, $f_2$ and $f_5$.",
        ". The derivative equals $0$ for every sample other than $f_1$, $f_2$ and $f_5$.",
        ". It is $0$ for $f_3$, $f_4$ and $f_6$ but not for $f_5$, where it is $f_5 - f_1$.",
    ])
    func exceptionGoesToAPerson(_ words: String) throws {
        let c = try C.checks("## Question 5\n\n### 5.1\n\n" + Self.t1 + words + "\n")
        // The answers written before the words stand.
        C.expectRead(c, ["part2.q5.1.f_1", "part2.q5.1.f_2", "part2.q5.1.f_5"])
        // The zeros are for a person, and said so at their place.
        for id in ["part2.q5.1.f_3", "part2.q5.1.f_4", "part2.q5.1.f_6"] {
            #expect(c[id]?.status == .unparsable, "\(id): \(c[id]?.status.rawValue ?? "absent")")
        }
        #expect(c.keys.contains { $0.hasPrefix("part2.q5.1@") })
    }

    @Test("'would' makes its own clause hypothetical, not an earlier clause of its sentence; a remark line in brackets that says what would be holds no count of the sheet's", arguments: [
        "(a) $6 \\cdot 5 \\cdot 4 = 120$, whereas with repeats it would be $6^3 = 216$.\n\n(b) $6 \\cdot 2 \\cdot 3 = 36$.",
        "All: $6 \\cdot 5 \\cdot 4 = 120$, but with repeats it would be $216$. Valid: $6 \\cdot 2 \\cdot 3 = 36$.",
        "all = 6*5*4 = 120; valid = 6*2*3 = 36\n(all would be 216 with repeats; valid unordered: 6)",
        "all = 6*5*4 = 120; valid = 6*2*3 = 36\n(unordered, all would be 20 and valid 6)",
    ])
    func wouldClause(_ text: String) throws {
        C.expectRead(try Self.q4(text), Self.q4ids)
        // The sheet's own wrong count is still read, and wrong.
        let wrong = try Self.q4(text.replacingOccurrences(of: "= 36", with: "= 54").replacingOccurrences(of: "6 \\cdot 2 \\cdot 3", with: "6 \\cdot 3 \\cdot 3").replacingOccurrences(of: "6*2*3", with: "6*3*3"))
        C.expectRead(wrong, ["part2.q4.valid"], .incorrect)
    }

    @Test("A role's choices said as the pool it is one of ('the anchor is still one of the six', 'the negative one of the three with the other label') are reasoning")
    func oneOfThePool() throws {
        let text = "All: 120.\n\nValid triplets: the anchor is still one of the six, the positive can only be one of the two others with its label and the negative one of the three with the other label, so 36."
        let c = try Self.q4(text)
        C.expectRead(c, ["part2.q4.valid", "part2.q4.valid.reasoning"])
        // Words whose choices give another count than the one stated are not its reasoning.
        let wrong = try Self.q4(text.replacingOccurrences(of: "one of the two others", with: "one of the three others"))
        #expect(wrong["part2.q4.valid.reasoning"]?.status == .inconsistent, "\(wrong["part2.q4.valid.reasoning"]?.status.rawValue ?? "absent")")
    }

    @Test("A zero listed after a part's answers with its samples ('…, and $0$ for $f_2$, $f_5$, $f_6$ since they are not in it') is theirs")
    func listedZero() throws {
        let sheet = "## Question 5\n\n### 5.2\n\n$t_2 = (f_1, f_3, f_4)$: $\\frac{\\partial L}{\\partial f_1} = f_4 - f_3$, $\\frac{\\partial L}{\\partial f_3} = f_3 - f_1$, "
            + "$\\frac{\\partial L}{\\partial f_4} = f_1 - f_4$, and $0$ for $f_2$, $f_5$, $f_6$ since they are not in this triplet.\n"
        let c = try C.checks(sheet)
        C.expectRead(c, ["part2.q5.2.f_1", "part2.q5.2.f_3", "part2.q5.2.f_4", "part2.q5.2.f_2", "part2.q5.2.f_5", "part2.q5.2.f_6"])
        // A triplet member in the list: its zero is no answer of its own kind, never graded correct.
        let wrong = try C.checks(sheet.replacingOccurrences(of: "for $f_2$, $f_5$", with: "for $f_2$, $f_4$"))
        #expect(wrong["part2.q5.2.f_4"]?.status != .correct)
    }

    // Review 9 (a newcomer's sheets against this round's rules): each a wrong answer once read as correct.

    @Test("A note on an earlier answer that gives a new value ('edit: … it is …', 'Correction: … is really …', 'Fixed: I now get …') never leaves the withdrawn answer graded correct alone", arguments: [
        "edit: the sign of the $f_5$ line was off, it is $f_5 - f_1$.",
        "Correction: the gradient for $f_5$ is really $f_5 - f_1$.",
        "Fixed: I now get $f_5 - f_1$ for $f_5$.",
    ])
    func noteWithNewValue(_ note: String) throws {
        let c = try C.checks("## Question 5\n\n### 5.1\n\n" + Self.t1 + ".\n\n" + note + "\n")
        // Either the correction is read (a label, or words that introduce
        // it: its wrong value is the answer, incorrect; round 40), or f_5 is
        // answered twice (inconsistent), or the note is for a person at its place.
        let f5 = c["part2.q5.1.f_5"]?.status
        #expect(f5 == .incorrect || f5 == .inconsistent || c.keys.contains { $0.hasPrefix("part2.q5.1@") }, "\(f5?.rawValue ?? "absent")")
        #expect(f5 != .correct || c.keys.contains { $0.hasPrefix("part2.q5.1@") })
    }

    @Test("A count named 'not valid' / 'invalid' / 'No válidas' / 'ungültige' is none of the question's: the valid count stays the one named valid", arguments: [
        "All: $6 \\cdot 5 \\cdot 4 = 120$. Valid: $84$. Not valid: $36$.",
        "All: $6 \\cdot 5 \\cdot 4 = 120$. Válidas: $84$. No válidas: $36$.",
        "All: $6 \\cdot 5 \\cdot 4 = 120$. Gültige Tripel: $84$ (ungültige: $36$).",
        "All: $6 \\cdot 5 \\cdot 4 = 120$. Valid: $84$; invalid: $36$.",
    ])
    func negatedValid(_ text: String) throws {
        let c = try Self.q4(text)
        // 84 is the sheet's (wrong) valid count; 36, named not valid, is never taken for it.
        #expect(c["part2.q4.valid"]?.status == .incorrect, "\(c["part2.q4.valid"]?.status.rawValue ?? "absent") \(c["part2.q4.valid"]?.claimed ?? "")")
        C.expectRead(c, ["part2.q4.all"])
    }

    @Test("A Part I row's figure in an example ('e.g. 4 × 60,400 = 241,600') or an exception ('241,600 except for the second bias, so 240,800') is not its count")
    func partOneExampleOrException() throws {
        for (row, claimed) in [("- LSTM: 214,600 (4 gates, e.g. 4 × 60,400 = 241,600 with two biases)", "214,600"),
                               ("- LSTM: 241,600 except for the second bias, so 240,800", "240,800")] {
            let c = try C.checks("# Part I\n\n- RNN: 60,400\n" + row + "\n\n# Part II\n")
            C.expectRead(c, ["part1.params.lstm"], .incorrect)
            #expect(c["part1.params.lstm"]?.claimed == claimed, "\(c["part1.params.lstm"]?.claimed ?? "absent")")
        }
    }

    @Test("A question that names one kind heads its answer ('Total: $120$. Which are valid? …: $36$'); a sentence that checks but corrects ('… instead, my final one') is no check")
    func questionNamingOneKind() throws {
        C.expectRead(try Self.q4("Total: $6 \\cdot 5 \\cdot 4 = 120$. Which are valid? Those with a same-class positive: $6 \\cdot 2 \\cdot 3 = 36$."), Self.q4ids)
        let c = try C.checks("## Question 6\n\n" + Self.q6f6 + "\n\nSanity: I recomputed it and get $2f_2 + f_3 - 2f_4 + f_5$ instead, so that is my final one.\n")
        // The corrected value is not passed over as a check: the answer is in doubt, or wrong.
        #expect(c["part2.q6.f_6"]?.status != .correct || c.keys.contains { $0.hasPrefix("part2.q6@") })
    }
}
