import CoursecheckAssignment
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Testing

/// Classes of notation and layout, round 24 (found by outsiders' sets
/// written in the way of terse notes, structured write-ups and revised
/// sheets; each class written here in other words). Verdicts by hand from
/// the assignment: RNN 200·(100 + 200) + 2·200 = 60,400, LSTM 4·60,400 =
/// 241,600; 6·5·4 = 120 ordered triplets, 6·2·3 = 36 valid; Question 3
/// ∂L/∂f_a = f_n − f_p, ∂L/∂f_p = f_p − f_a, ∂L/∂f_n = f_a − f_n; t_1 =
/// (1, 2, 5) gives f_5 − f_2, f_2 − f_1, f_1 − f_5 for f_1, f_2, f_5; t_8 =
/// (6, 4, 2) gives f_2 − f_4, f_4 − f_6, f_6 − f_2 for f_6, f_4, f_2;
/// Question 6 ∂L/∂f_1 = 2f_1 − 2f_2 − 2f_3 + f_4 + f_5 and ∂L/∂f_2 =
/// −2f_1 − f_2 − f_3 + f_4 + f_5 + 2f_6.
@Suite("Classes of notation, round 24: counts clause by clause, summary tables, retractions, struck-out values, zero for named samples")
struct ReadingClassesRound24Tests {
    typealias C = SheetClassesTests
    static let q4ids = ["part2.q4.all", "part2.q4.all.reasoning", "part2.q4.valid", "part2.q4.valid.reasoning"]
    static let q3 = "$\\frac{\\partial L}{\\partial f_a} = f_n - f_p$, $\\frac{\\partial L}{\\partial f_p} = f_p - f_a$, $\\frac{\\partial L}{\\partial f_n} = f_a - f_n$"
    static let q3ids = ["part2.q3.f_a", "part2.q3.f_p", "part2.q3.f_n"]
    static let q61 = "\\frac{\\partial L}{\\partial f_1} = 2f_1 - 2f_2 - 2f_3 + f_4 + f_5"
    static let q62 = "\\frac{\\partial L}{\\partial f_2} = -2f_1 - f_2 - f_3 + f_4 + f_5 + 2f_6"
    static let q58 = "$\\frac{\\partial L}{\\partial f_6} = f_2 - f_4$, $\\frac{\\partial L}{\\partial f_4} = f_4 - f_6$, $\\frac{\\partial L}{\\partial f_2} = f_6 - f_2$"

    /// The checks that name no answer but a place (`part2.q6@12:3`): text that could not be read.
    static func unread(_ c: [String: Check]) -> [String] { c.keys.filter { $0.contains("@") }.sorted() }

    @Test("Question 4 in clauses of one kind each, a figure and its working in brackets: `total = 120 (6 * 5 * 4, order counts), valid = 36 (…)`", arguments: [
        "total = 120 (6 * 5 * 4, order counts), valid = 36 (anchor 6, positive 2, negative 3)",
        "120 (6 x 5 x 4, order counts) altogether. valid ones: 36 (anchor 6, pos 2, neg 3)",
        "6*5*4 = 120 possible; 6*2*3 = 36 valid",
    ])
    func countsByClause(_ line: String) throws {
        let sheet = "## Question 4\n\n" + line + "\n"
        C.expectRead(try C.checks(sheet), Self.q4ids)
        // Each figure is its own clause's: a wrong one is wrong, the other stays right.
        let wrong = try C.checks(sheet.replacingOccurrences(of: "120", with: "125"))
        C.expectRead(wrong, ["part2.q4.all"], .incorrect)
        C.expectRead(wrong, ["part2.q4.valid", "part2.q4.valid.reasoning"])
        #expect(wrong["part2.q4.all.reasoning"]?.status != .correct)
    }

    @Test("Two clauses whose kinds are swapped are read as written: each count wrong, never the other's")
    func swappedClauses() throws {
        let c = try C.checks("## Question 4\n\n6*2*3 = 36 possible, 6*5*4 = 120 valid\n")
        C.expectRead(c, ["part2.q4.all", "part2.q4.valid"], .incorrect)
    }

    @Test("A clause that names both kinds is not cut: `all 120 and valid, in total, 36` stays for a person")
    func clauseOfBothKinds() throws {
        let c = try C.checks("## Question 4\n\nall 120 and valid, in total, 36\n")
        #expect(c["part2.q4.valid"]?.status != .correct)
    }

    @Test("Part I under a bold Roman numeral or a numbered title of its subject (`**I**`, `1) Parameters and accuracy` in notes)", arguments: [
        ("**I**\n\n- RNN: 60,400 parameters, 61.2%\n- LSTM: 241,600 parameters, 84.1%\n\n**II**\n\nQ3:\n\n", "sheet.md"),
        ("1) Parameters and accuracy\nRNN: 60400 params, 61.2%\nLSTM: 241600 params, 84.1%\n\nQ3:\n", "sheet.txt"),
    ])
    func partOneHeadings(_ head: String, _ name: String) throws {
        let q3 = name.hasSuffix(".txt") ? "dL/dfa = fn - fp, dL/dfp = fp - fa, dL/dfn = fa - fn" : Self.q3
        let sheet = head + q3 + "\n"
        let c = try C.checks(sheet, name: name)
        C.expectRead(c, ["part1.params.rnn", "part1.params.lstm"] + Self.q3ids)
        C.expectRead(try C.checks(sheet.replacingOccurrences(of: "241,600", with: "240,800").replacingOccurrences(of: "241600", with: "240800"), name: name),
                     ["part1.params.lstm"], .incorrect)
    }

    @Test("A remark in words with an implication after a plain-text value (`= 0 (margin met => loss flat)`) is no part of it")
    func remarkWithImplication() throws {
        let sheet = "Q2\ndL/dfa = dL/dfp = dL/dfn = 0 (margin met => loss flat here)\n"
        C.expectRead(try C.checks(sheet, name: "sheet.txt"), ["part2.q2.f_a", "part2.q2.f_p", "part2.q2.f_n"])
        let wrong = try C.checks(sheet.replacingOccurrences(of: "= 0 (", with: "= fa - fp ("), name: "sheet.txt")
        #expect(wrong["part2.q2.f_a"]?.status != .correct)
    }

    @Test("A table of answers by question (a summary: `| Q3 | … |`, a row going on with an empty first cell) is read under each question")
    func summaryTable() throws {
        let body = "## Question 3\n\n" + Self.q3 + "\n\n## Question 6\n\n$$" + Self.q61 + "$$\n\n$$" + Self.q62 + "$$\n\n"
        let table = "## At a glance\n\n| Question | Final answer |\n|---|---|\n| Q3 | " + Self.q3 + " |\n| Q4 | 120 ordered triplets, 36 of them valid |\n| Q6 | $" + Self.q61 + "$ |\n| | $" + Self.q62 + "$ |\n"
        let c = try C.checks(body + table)
        C.expectRead(c, Self.q3ids + ["part2.q4.all", "part2.q4.valid", "part2.q6.f_1", "part2.q6.f_2"])
        #expect(Self.unread(c).isEmpty, "\(Self.unread(c))")
        // A summary that differs from the body is never the right answer.
        let wrong = try C.checks(body + table.replacingOccurrences(of: "+ 2f_6$ |", with: "+ f_6$ |"))
        #expect(wrong["part2.q6.f_2"]?.status != .correct)
        // Alone, the table is the sheet's answers.
        C.expectRead(try C.checks(table), Self.q3ids + ["part2.q4.all", "part2.q4.valid", "part2.q6.f_1", "part2.q6.f_2"])
    }

    @Test("Definitions for a general index are no answers: `t_k = (\\text{anchor}, …)`; `h_i := f(x_i)` declares the samples' letter")
    func generalDefinitions() throws {
        let q5 = "## Question 5\n\nConvention: $t_k = (\\text{anchor}, \\text{positive}, \\text{negative})$.\n\n### 5.1\n\n" + C.q51 + "\n"
        let c = try C.checks(q5)
        C.expectRead(c, ["part2.q5.1.f_1", "part2.q5.1.f_2", "part2.q5.1.f_5"])
        #expect(Self.unread(c).isEmpty, "\(Self.unread(c))")
        let h = "## Question 3\n\nWrite $h_i := f(x_i)$.\n\n$\\frac{\\partial L}{\\partial h_a} = h_n - h_p$, $\\frac{\\partial L}{\\partial h_p} = h_p - h_a$, $\\frac{\\partial L}{\\partial h_n} = h_a - h_n$\n"
        C.expectRead(try C.checks(h), Self.q3ids)
        C.expectRead(try C.checks(h.replacingOccurrences(of: "= h_n - h_p", with: "= h_p - h_n")), ["part2.q3.f_a"], .incorrect)
    }

    @Test("An answer the sheet takes back (\"Oops, that was wrong\", \"Correction:\", \"Redone:\") gives way to the one after it", arguments: [
        "Oops, that was wrong (I dropped the sign of the hinge). Redone:",
        "Correction: the signs were flipped.",
        "Scratch that, I mixed up the roles.",
    ])
    func retraction(_ words: String) throws {
        let first = "$\\frac{\\partial L}{\\partial f_a} = f_p - f_n$, $\\frac{\\partial L}{\\partial f_p} = f_a - f_p$, $\\frac{\\partial L}{\\partial f_n} = f_n - f_a$"
        let sheet = "## Question 3\n\nFirst attempt: " + first + "\n\n" + words + "\n\n" + Self.q3 + "\n\n## Question 4\n\n$6 \\cdot 5 \\cdot 4 = 120$ ordered triplets.\n"
        C.expectRead(try C.checks(sheet), Self.q3ids)
        // Taken back, then wrong again: the second answer is graded.
        let wrongAfter = try C.checks(sheet.replacingOccurrences(of: "\n\n" + Self.q3, with: "\n\n" + Self.q3.replacingOccurrences(of: "= f_n - f_p", with: "= f_n + f_p")))
        C.expectRead(wrongAfter, ["part2.q3.f_a"], .incorrect)
        // Without words that take it back, two answers are for a person.
        let twice = try C.checks(sheet.replacingOccurrences(of: words, with: "Another way to write it:"))
        C.expectRead(twice, Self.q3ids, .inconsistent)
    }

    @Test("A value struck out after its derivative's `=` (`$… =$ ~~$…$~~`) states nothing; the answer after it is the sheet's")
    func struckOutValue() throws {
        let sheet = "## Question 6\n\n$\\frac{\\partial L}{\\partial f_1} =$ ~~$2f_1 - f_2 - 2f_3 + f_4$~~\n\nFixed: I first forgot the term $f_5 - f_2$ of $t_1$.\n\n$$\\frac{\\partial L}{\\partial f_1} = (f_5 - f_2) + (f_4 - f_3) + (f_1 - f_2) + (f_1 - f_3) = 2f_1 - 2f_2 - 2f_3 + f_4 + f_5$$\n"
        let c = try C.checks(sheet)
        C.expectRead(c, ["part2.q6.f_1", "part2.q6.f_1.steps"])
        #expect(Self.unread(c).isEmpty, "\(Self.unread(c))")
        // Only the struck value: nothing is stated (the question's text is
        // left for a person), never a verdict on the withdrawn value.
        let only = try C.checks("## Question 6\n\n$\\frac{\\partial L}{\\partial f_1} =$ ~~$2f_1 - 2f_2 - 2f_3 + f_4 + f_5$~~\n")
        #expect(only["part2.q6.f_1"]?.status == .missing || only["part2.q6.f_1"]?.status == .unparsable)
    }

    @Test("\"Zero for $f_3$, $f_4$ and $f_6$.\" gives those samples 0, and only them")
    func zeroForNamed() throws {
        let sheet = "## Question 5\n\n### 5.1\n\n" + C.q51 + "\n\nZero for $f_3$, $f_4$ and $f_6$.\n"
        C.expectRead(try C.checks(sheet), ["part2.q5.1.f_3", "part2.q5.1.f_4", "part2.q5.1.f_6", "part2.q5.1.f_5"])
        let wrong = try C.checks(sheet.replacingOccurrences(of: "and $f_6$.", with: "and $f_5$."))
        #expect(wrong["part2.q5.1.f_5"]?.status != .correct)
        #expect(wrong["part2.q5.1.f_6"]?.status != .correct)
    }

    @Test("Triplets restated in some parts only: the others are not restated, no error; a triplet written wrong is")
    func someTripletsRestated() throws {
        let sheet = "## Question 5\n\n### 5.1\n\n" + C.q51 + "\n\n### 5.8\n\nThis part uses $t_8 = (6, 4, 2)$.\n\n" + Self.q58 + "\n"
        let c = try C.checks(sheet)
        C.expectRead(c, ["part2.q5.triplets", "part2.q5.8.f_6", "part2.q5.8.f_4", "part2.q5.8.f_2"])
        C.expectRead(try C.checks(sheet.replacingOccurrences(of: "(6, 4, 2)", with: "(6, 4, 3)")), ["part2.q5.triplets"], .incorrect)
    }

    @Test("A summary's Part I rows name their model after the part (`| Part I, 2-level bi-RNN | 361,600 |`); a LaTeX table's header need not be marked")
    func summaryRowsOfPartOne() throws {
        let md = "## Summary\n\n| Question | Answer |\n|---|---|\n| Part I, RNN | 60,400 |\n| Part I, LSTM | 241,600 |\n| Part I, 2-level bi-RNN | 361,600 |\n| Q3 | " + Self.q3 + " |\n"
        let c = try C.checks(md)
        C.expectRead(c, ["part1.params.rnn", "part1.params.lstm", "part1.params.2-level-bi-rnn"] + Self.q3ids)
        C.expectRead(try C.checks(md.replacingOccurrences(of: "361,600", with: "281,600")), ["part1.params.2-level-bi-rnn"], .incorrect)
        let tex = "\\documentclass{article}\n\\begin{document}\n\\section*{Summary of answers}\n\\begin{tabular}{ll}\n\\hline\nQuestion & Answer \\\\\n\\hline\nQ3 & " + Self.q3 + " \\\\\nQ4 & 120 triplets, 36 valid \\\\\n\\hline\n\\end{tabular}\n\\end{document}\n"
        C.expectRead(try C.checks(tex, name: "sheet.tex"), Self.q3ids + ["part2.q4.all", "part2.q4.valid"])
    }

    @Test("`120 triplets, 36 valid`: a number whose kind's adjective ends its clause is that count, the other number the other count", arguments: [
        ("120 triplets, 36 valid", 120, 36), ("36 triplets, 18 valid", 36, 18), ("120 possible; 36 valid", 120, 36), ("20 possible, 36 valid", 20, 36),
    ])
    func countWithTrailingKind(_ line: String, _ all: Int, _ valid: Int) throws {
        let c = try C.checks("## Question 4\n\n" + line + "\n")
        C.expectRead(c, ["part2.q4.all"], all == 120 ? .correct : .incorrect)
        C.expectRead(c, ["part2.q4.valid"], valid == 36 ? .correct : .incorrect)
    }

    @Test("Before the parts, \"samples outside the triplet get $0$\" states the rule, no answer; the parts' answers are read")
    func zeroOutsideRule() throws {
        let c = try C.checks("## Question 5\n\nThe anchor gets $f_n - f_p$, the positive $f_p - f_a$ and the negative $f_a - f_n$; samples outside the triplet get $0$.\n\n### 5.1\n\n" + C.q51 + "\n")
        C.expectRead(c, ["part2.q5.1.f_1", "part2.q5.1.f_2", "part2.q5.1.f_5"])
        #expect(Self.unread(c).isEmpty, "\(Self.unread(c))")
    }

    @Test("The hinge written with a placeholder among its arguments (`\\max(0, \\cdot) = 0`) is no answer")
    func hingeWithPlaceholder() throws {
        let c = try C.checks("## Question 2\n\nInactive hinge: $\\max(0, \\cdot) = 0$ near the point, so\n\n$$\\frac{\\partial L}{\\partial f_a} = \\frac{\\partial L}{\\partial f_p} = \\frac{\\partial L}{\\partial f_n} = 0$$\n")
        C.expectRead(c, ["part2.q2.f_a", "part2.q2.f_p", "part2.q2.f_n"])
        #expect(Self.unread(c).isEmpty, "\(Self.unread(c))")
    }

    @Test("A note in square brackets after a plain-text value (`[ok]`, `[checked]`) is no part of it")
    func squareBracketNote() throws {
        let sheet = "Q6\n  dL/df1 = 2f1 - 2f2 - 2f3 + f4 + f5 [ok]\n  dL/df2 = -2f1 - f2 - f3 + f4 + f5 + 2f6 [checked]\n"
        C.expectRead(try C.checks(sheet, name: "sheet.txt"), ["part2.q6.f_1", "part2.q6.f_2"])
        let wrong = try C.checks(sheet.replacingOccurrences(of: "+ 2f6 [", with: "+ f6 ["), name: "sheet.txt")
        C.expectRead(wrong, ["part2.q6.f_2"], .incorrect)
    }

    // The review of this round's rules (helper's sheets, /work/notes/review5-sheets at the time), each in other words.

    @Test("Words that call a quoted answer wrong (\"it is wrong to write $…$\", \"my first attempt was wrong, I had $…$\") withdraw nothing")
    func retractionQuotingAnAnswer() throws {
        let wrong = "$\\frac{\\partial L}{\\partial f_a} = f_p - f_n$"
        let c = try C.checks("## Question 3\n\n" + wrong + "\n\nIt would be wrong to write $\\frac{\\partial L}{\\partial f_a} = f_n - f_p$ here.\n")
        #expect(c["part2.q3.f_a"]?.status != .correct, "\(c["part2.q3.f_a"]?.evidence ?? "")")
        let right = try C.checks("## Question 3\n\n" + Self.q3 + "\n\nMy first attempt was wrong, I had " + wrong + " there.\n")
        #expect(right["part2.q3.f_a"]?.status != .incorrect, "\(right["part2.q3.f_a"]?.evidence ?? "")")
    }

    @Test("A later clause of the same kind is the count (`… all = 20 (unordered)` after `all = 120 (…)`), never dropped")
    func laterClauseOfSameKind() throws {
        let c = try C.checks("## Question 4\n\ntotal = 120 (6 x 5 x 4) if order counts. As sets, total = 20. valid = 36 (anchor 6, pos 2, neg 3)\n")
        C.expectRead(c, ["part2.q4.all"], .incorrect)
    }

    @Test("A triplet list written in one place that leaves one out is wrong")
    func listLeavesOneOut() throws {
        let list = "$t_1 = (f_1, f_2, f_5)$, $t_2 = (f_1, f_3, f_4)$, $t_3 = (f_2, f_1, f_6)$, $t_4 = (f_2, f_3, f_4)$, $t_5 = (f_3, f_1, f_5)$, $t_6 = (f_5, f_6, f_2)$, $t_7 = (f_6, f_4, f_3)$"
        let c = try C.checks("## Question 5\n\nThe triplets: " + list + ".\n\n### 5.1\n\n" + C.q51 + "\n")
        C.expectRead(c, ["part2.q5.triplets"], .incorrect)
    }

    @Test("A summary table's first row that names a question holds an answer, header or not; one with figures naming none makes no table of questions")
    func summaryFirstRows() throws {
        let body = "## Question 6\n\n$$\\frac{\\partial L}{\\partial f_4} = f_1 + f_2 - 2f_6$$\n\n## Summary\n\n"
        let c = try C.checks(body + "| Q6, $f_4$ | $\\frac{\\partial L}{\\partial f_4} = f_1 + f_2 - f_6$ |\n|---|---|\n| Q4 | 120 triplets, 36 valid |\n")
        #expect(c["part2.q6.f_4"]?.status != .correct, "\(c["part2.q6.f_4"]?.evidence ?? "")")
        let tex = "\\documentclass{article}\n\\begin{document}\n\\section*{Part I}\n\\begin{tabular}{lr}\nModel & Parameters \\\\\nRNN & 60,400 \\\\\nLSTM & 241,600 \\\\\n\\end{tabular}\n\\section*{Summary}\n\\begin{tabular}{ll}\nLSTM (Part I) & 250,000 \\\\\nQ4 & 120 triplets, 36 valid \\\\\n\\end{tabular}\n\\end{document}\n"
        let t = try C.checks(tex, name: "sheet.tex")
        #expect(t["part1.params.lstm"]?.status != .correct, "\(t["part1.params.lstm"]?.evidence ?? "")")
    }

    @Test("A note beside a value that scales it (`[times 2]`, `(doubled)`) is no remark: the line is for a person")
    func scalingNote() throws {
        for note in ["[times 2]", "(doubled, squared norm)"] {
            let c = try C.checks("Q3\ndL/dfa = fn - fp \(note)\n", name: "sheet.txt")
            #expect(c["part2.q3.f_a"]?.status != .correct, "\(note): \(c["part2.q3.f_a"]?.evidence ?? "")")
        }
    }

    @Test("\"we get the term $…$\" gives a value: the term is no mention there")
    func termAsValue() throws {
        let c = try C.checks("## Question 5\n\n### 5.1\n\nFor $f_1$ (the anchor) we get the term $f_4 - f_2$.\n")
        #expect(c["part2.q5.1.f_1"]?.status != .correct)
        #expect(c["part2.q5.1.f_1"]?.status != .missing)
    }

    @Test("Bold Roman numerals inside Question 5 head no part of the sheet: its answers stay Question 5's")
    func numeralsInsideQuestionFive() throws {
        let c = try C.checks("# Part II\n\n## Question 5\n\n**I**\n\n" + C.q51 + "\n\n**II**\n\n" + Self.q58 + "\n")
        #expect(c["part2.q5.1.f_1"]?.status != .missing, "\(c["part2.q5.1.f_1"]?.evidence ?? "")")
        #expect(c["part1.params.rnn"]?.status == .missing)
    }

    @Test("\"Samples outside the triplet get $0$\" gives 0 to each part's other samples, never to a sample of the triplet left out")
    func zeroOutsideGivesOthers() throws {
        let sheet = "## Question 5\n\nSamples outside the triplet get $0$.\n\n### 5.1\n\n$\\frac{\\partial L}{\\partial f_1} = f_5 - f_2$, $\\frac{\\partial L}{\\partial f_2} = f_2 - f_1$\n"
        let c = try C.checks(sheet)
        C.expectRead(c, ["part2.q5.1.f_3", "part2.q5.1.f_4", "part2.q5.1.f_6", "part2.q5.1.f_1", "part2.q5.1.f_2"])
        C.expectRead(c, ["part2.q5.1.f_5"], .missing)
    }

    @Test("Words of one kind with figures and no count read (`valid = 18 (…) per class, so 36 over both`) are for a person, never missing")
    func figuresWithoutCount() throws {
        let c = try C.checks("## Question 4\n\nall = 120 (6 x 5 x 4, order matters), valid = 18 (anchor 3, pos 2, neg 3) per class, so 36 over both classes\n")
        #expect(c["part2.q4.valid"]?.status == .unparsable, "\(c["part2.q4.valid"]?.status.rawValue ?? "")")
    }

    // The second review (review6-sheets at the time), each in other words.

    @Test("Words pointing ahead (\"Careful, it is wrong to write:\", \"a common mistake is …\") take back nothing; \"Oops, the one above is wrong, it should be $…$\" does")
    func retractionsAheadAndIntroduced() throws {
        let wrong = "$\\frac{\\partial L}{\\partial f_a} = f_p - f_n$"
        let right = "$\\frac{\\partial L}{\\partial f_a} = f_n - f_p$"
        let ahead = try C.checks("## Question 3\n\n" + wrong + "\n\nBeware, it is wrong to write:\n\n" + right + "\n")
        #expect(ahead["part2.q3.f_a"]?.status != .correct, "\(ahead["part2.q3.f_a"]?.evidence ?? "")")
        let fixed = try C.checks("## Question 3\n\n" + wrong + "\n\nOops, the one above is wrong, it should be " + right + ".\n")
        C.expectRead(fixed, ["part2.q3.f_a"])
    }

    @Test("A count said of another case (\"… all would be 20\") or of a part in a clause of its own (\"for a fixed anchor: valid = 6\") is not the count")
    func hypotheticalAndPartialCounts() throws {
        let c = try C.checks("## Question 4\n\ntotal = 120 (6 x 5 x 4). Were the order irrelevant, the total would be 20.\n\nvalid = 36 (6 x 2 x 3), for a fixed anchor: valid = 6\n")
        C.expectRead(c, ["part2.q4.all", "part2.q4.valid"])
        let w = try C.checks("## Question 4\n\ntotal = 20 (6 x 5 x 4 / 6). Were the order relevant, the total would be 120.\n")
        #expect(w["part2.q4.all"]?.status != .correct)
    }

    @Test("A summary's Question 4 rows name their count after the question (`| Q4 valid | 30 |`)")
    func summaryCountRows() throws {
        let c = try C.checks("## Question 4\n\nall = 120 (6 x 5 x 4), valid = 36 (6 x 2 x 3)\n\n## Final answers\n\n| Q4 all | 120 |\n|---|---|\n| Q4 valid | 30 |\n")
        #expect(c["part2.q4.valid"]?.status != .correct, "\(c["part2.q4.valid"]?.evidence ?? "")")
        C.expectRead(c, ["part2.q4.all"])
    }

    @Test("Words before a table of samples that deny its cells are derivatives (\"these are not the gradients\") announce nothing")
    func deniedAnnouncement() throws {
        let c = try C.checks("## Question 5\n\nThe distances first (these are not the gradients):\n\n| | $f_1$ | $f_2$ | $f_5$ |\n|---|---|---|---|\n| $t_1$ | $f_5 - f_2$ | $f_2 - f_1$ | $f_1 - f_5$ |\n")
        #expect(c["part2.q5.1.f_1"]?.status != .correct)
    }

    @Test("A count written as a letter's value (`$n = 120$`) is no size: never simply missing")
    func letterValueCount() throws {
        let c = try C.checks("## Question 4\n\nWith $n = 120$ ordered triplets, of which $m = 36$ are valid.\n")
        #expect(c["part2.q4.all"]?.status != .missing, "\(c["part2.q4.all"]?.status.rawValue ?? "")")
    }

    @Test("After \"sum over … of\" the first side is the summand (`sum over the anchors of 5*4 = 6*20 = 120`), not a false equation")
    func summandFirstSide() throws {
        let c = try C.checks("## Question 4\n\nAll triplets: sum over the anchors of 5*4 = 6*20 = 120.\n")
        C.expectRead(c, ["part2.q4.all", "part2.q4.all.reasoning"])
        let w = try C.checks("## Question 4\n\nAll triplets: sum over the anchors of 5*4 = 6*20 = 100.\n")
        #expect(w["part2.q4.all"]?.status == .incorrect)
        #expect(w["part2.q4.all.reasoning"]?.status != .correct)
    }

    @Test("A summary row naming Question 6's sample (`| Q6, $\\mathbf f_4$ | … |`) is that derivative's value; the steps are those of the line that shows working")
    func summaryRowNamesSample() throws {
        let body = "## Question 6\n\n$$\\frac{\\partial L}{\\partial f_4} = (f_1 - f_4) + (f_2 - f_4) + (f_4 - f_6) + (f_4 - f_6) = f_1 + f_2 - 2f_6$$\n\n## Summary\n\n| Question | Answer |\n|---|---|\n| Q6, $\\mathbf f_4$ | $f_1 + f_2 - 2f_6$ |\n| Q4 | 120 triplets, 36 valid |\n"
        let c = try C.checks(body)
        C.expectRead(c, ["part2.q6.f_4", "part2.q6.f_4.steps"])
        #expect(Self.unread(c).isEmpty, "\(Self.unread(c))")
        let w = try C.checks(body.replacingOccurrences(of: "| $f_1 + f_2 - 2f_6$ |", with: "| $f_1 + f_2 - f_6$ |"))
        #expect(w["part2.q6.f_4"]?.status != .correct)
        // Working that is false, its result restated alone in the summary: the steps are still checked.
        let s = try C.checks(body.replacingOccurrences(of: "2f_6$$", with: "f_6$$").replacingOccurrences(of: "| $f_1 + f_2 - 2f_6$ |", with: "| $f_1 + f_2 - f_6$ |"))
        C.expectRead(s, ["part2.q6.f_4"], .incorrect)
        C.expectRead(s, ["part2.q6.f_4.steps"], .inconsistent)
    }
}
