import CoursecheckAssignment
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import CoursecheckDocument
import Testing

/// Classes of notation and layout, round 28 (found by outsiders' sets; each
/// class written here in other words). Verdicts by hand from the
/// assignment: RNN 200·(100 + 200) + 2·200 = 60,400, LSTM 4·60,400 =
/// 241,600, bi-RNN 2·60,400 = 120,800.
@Suite("Classes of notation, round 28: Part I tables with symbol columns, display rows broken across lines, Question 4 by parts and labels, conditions")
struct ReadingClassesRound28Tests {
    typealias C = SheetClassesTests
    static let q4ids = ["part2.q4.all", "part2.q4.all.reasoning", "part2.q4.valid", "part2.q4.valid.reasoning"]

    static func q4(_ text: String) throws -> [String: Check] { try C.checks("## Question 4\n\n" + text + "\n") }

    @Test("A Part I table with columns headed by symbols (`$G$`, `$(G,D,L)$`) and no accuracy column: the symbols' figures are no accuracy", arguments: [
        "| Model | $G$ | $D$ | $L$ | Parameters |\n|---|---|---|---|---|\n| RNN | 1 | 1 | 1 | 60,400 |\n| LSTM | 4 | 1 | 1 | 241,600 |\n| bi-RNN | 1 | 2 | 1 | 120,800 |\n",
        "| Network | (h, g) | # params |\n|---|---|---|\n| RNN | (200, 1) | 60,400 |\n| LSTM | (200, 4) | 241,600 |\n| bi-RNN | (200, 1) | 120,800 |\n",
        "| model | $(G,D,L)$ | parameters |\n|---|---|---|\n| RNN | $(1,1,1)$ | 60,400 |\n| LSTM | $(4,1,1)$ | 241,600 |\n| bi-RNN | $(1,2,1)$ | 120,800 |\n",
    ])
    func symbolColumns(_ table: String) throws {
        let sheet = "# Part I\n\n" + table + "\n# Part II\n"
        let c = try C.checks(sheet)
        C.expectRead(c, ["part1.params.rnn", "part1.params.lstm", "part1.params.bi-rnn"])
        for model in ["rnn", "lstm", "bi-rnn"] {
            #expect(c["part1.accuracy.\(model)"]?.status == .missing, "\(model): \(c["part1.accuracy.\(model)"]?.status.rawValue ?? "absent")")
        }
        #expect(c.keys.filter { $0.hasPrefix("part1.params@") }.isEmpty)
        C.expectRead(try C.checks(sheet.replacingOccurrences(of: "241,600", with: "240,800")), ["part1.params.lstm"], .incorrect)
    }

    @Test("A column headed by a word after the parameters is still the accuracy (`| Model | Params | Test |`, `| … | % |`)", arguments: ["Test", "%", "Score"])
    func wordedColumn(_ heading: String) throws {
        let sheet = "# Part I\n\n| Model | Params | \(heading) |\n|---|---|---|\n| RNN | 60,400 | 61.2% |\n| LSTM | 241,600 | 84.5% |\n\n# Part II\n"
        let c = try C.checks(sheet)
        C.expectRead(c, ["part1.params.rnn", "part1.params.lstm"])
        C.expectRead(c, ["part1.accuracy.rnn", "part1.accuracy.lstm"], .unverifiable)
    }

    @Test("A symbol column before a worded one: `| Model | $G$ | Params | Test acc. |` reads the named accuracy, `| Model | $G$ | Params | Test |` the one worded column")
    func symbolThenWorded() throws {
        for heading in ["Test acc.", "Test"] {
            let sheet = "# Part I\n\n| Model | $G$ | Params | \(heading) |\n|---|---|---|---|\n| RNN | 1 | 60,400 | 61.2% |\n| LSTM | 4 | 241,600 | 84.5% |\n\n# Part II\n"
            let c = try C.checks(sheet)
            C.expectRead(c, ["part1.params.rnn", "part1.params.lstm"])
            C.expectRead(c, ["part1.accuracy.rnn", "part1.accuracy.lstm"], .unverifiable)
        }
    }

    @Test("A display row of Part I broken across lines (`N_{\\text{bi-RNN}} &= 2 \\cdot (…) =⏎120{,}400`) is one row")
    func displayRowBroken() throws {
        let display = "$$\n\\begin{aligned}\nN_{\\text{RNN}} &= 200 \\cdot 100 + 200^2 + 2 \\cdot 200 = 60{,}400 \\\\\nN_{\\text{bi-RNN}} &= 2 \\cdot (200 \\cdot 100 + 200^2 + 2 \\cdot 200) =\n120{,}400\n\\end{aligned}\n$$\n"
        let sheet = "# Part I\n\n" + display + "\n# Part II\n"
        let c = try C.checks(sheet)
        C.expectRead(c, ["part1.params.rnn"])
        // 120,400 (a bias left out) is read, and wrong.
        C.expectRead(c, ["part1.params.bi-rnn"], .incorrect)
        C.expectRead(try C.checks(sheet.replacingOccurrences(of: "120{,}400", with: "120{,}800")), ["part1.params.bi-rnn"])
    }

    @Test("A fragment's line feeds joined keep every scalar's place")
    func linesJoinedKeepPlaces() {
        let f = Fragment("ab\ncd", start: CoursecheckDocument.SourceLocation(line: 3, column: 5))
        let j = f.linesJoined()
        #expect(j.text == "ab cd")
        for offset in 0..<5 { #expect(j.location(at: offset) == f.location(at: offset)) }
    }

    @Test("An abbreviation (`i.e.`, `e.g.`) ends no sentence: choices before it go with the count after it", arguments: [
        "All ordered triplets: $6 \\cdot 5 \\cdot 4 = 120$. Using the classes: anchor 6 ways, positive 2 ways, negative 3 ways, i.e. $6 \\cdot 2 \\cdot 3 = 36$ valid triplets.",
        "All ordered triplets: $6 \\cdot 5 \\cdot 4 = 120$. Respecting the labels: 6 choices for the anchor, 2 for the positive, 3 for the negative, e.g. $6 \\cdot 2 \\cdot 3 = 36$ valid triplets.",
    ])
    func abbreviations(_ text: String) throws {
        C.expectRead(try Self.q4(text), Self.q4ids)
        // Choices that do not give the count stated: the valid reasoning is not correct.
        let wrong = try Self.q4(text.replacingOccurrences(of: "3 ways", with: "4 ways").replacingOccurrences(of: "3 for the negative", with: "4 for the negative"))
        #expect(wrong["part2.q4.valid.reasoning"]?.status != .correct)
    }

    @Test("A count said of one class (`$3 \\times 2 \\times 3 = 18$ for each of the two classes`) is neither the count nor its reasoning; the count stated stands", arguments: [
        ("Total: $6 \\cdot 5 \\cdot 4 = 120$. Valid: $36$, namely $3 \\times 2 \\times 3 = 18$ for each of the two classes.", false),
        ("Total: $6 \\cdot 5 \\cdot 4 = 120$. For valid ones each class contributes $3 \\cdot 2 \\cdot 3 = 18$ and there are 2 classes, hence $36$.", false),
        ("Total: $6 \\cdot 5 \\cdot 4 = 120$.\n\nValid ones: per class we have 3 anchors, 2 positives and 3 negatives, and there are two classes: $6 \\cdot 2 \\cdot 3 = 36$.", true),
    ])
    func countOfOneClass(_ text: String, _ reasoned: Bool) throws {
        let c = try Self.q4(text)
        C.expectRead(c, ["part2.q4.all", "part2.q4.all.reasoning", "part2.q4.valid"])
        // Reasoning is what the sheet writes: the part times the classes is not made up.
        #expect(c["part2.q4.valid.reasoning"]?.status == (reasoned ? .correct : .missing), "\(c["part2.q4.valid.reasoning"]?.status.rawValue ?? "absent")")
        // The valid count stated as the part's is wrong, never read as right.
        let part = try Self.q4(text.replacingOccurrences(of: "$36$", with: "$18$").replacingOccurrences(of: "= 36$", with: "= 18$"))
        C.expectRead(part, ["part2.q4.valid"], .incorrect)
        // A part with no count of the whole stated leaves the count for a person or missing, never 18 read as it.
        let alone = try Self.q4("Total: $6 \\cdot 5 \\cdot 4 = 120$. Valid: each class gives $3 \\cdot 2 \\cdot 3 = 18$ and there are two classes.")
        #expect(alone["part2.q4.valid"]?.status != .correct && alone["part2.q4.valid"]?.claimed != "18")
    }

    @Test("A rate that describes the classes (`with three samples per class`) makes no count a part")
    func rateIsNoPart() throws {
        C.expectRead(try Self.q4("Ordered: $6 \\cdot 5 \\cdot 4 = 120$.\n\nValid: with three samples per class, $6 \\cdot 2 \\cdot 3 = 36$."), Self.q4ids)
    }

    @Test("Two counts named by no word, in the question's order and sizes (`(a) … (b) …`), are all and valid; in the other order they stay in doubt")
    func unnamedCountsInOrder() throws {
        C.expectRead(try Self.q4("(a) $6 \\cdot 5 \\cdot 4 = 120$\n\n(b) $6 \\cdot 2 \\cdot 3 = 36$"), Self.q4ids)
        let wrong = try Self.q4("(a) $6 \\cdot 5 \\cdot 4 = 120$\n\n(b) $6 \\cdot 3 \\cdot 3 = 54$")
        C.expectRead(wrong, ["part2.q4.valid"], .incorrect)
        let swapped = try Self.q4("(a) $6 \\cdot 2 \\cdot 3 = 36$\n\n(b) $6 \\cdot 5 \\cdot 4 = 120$")
        #expect(swapped["part2.q4.valid"]?.status != .correct)
    }

    @Test("Words of using the labels name the valid count, refusing them all triplets (`Not using the labels: …`, `Using the labels: …`)")
    func labelsUsedOrNot() throws {
        C.expectRead(try Self.q4("Not using the labels: $6 \\cdot 5 \\cdot 4 = 120$.\n\nUsing the labels (1, 1, 1, 2, 2, 2): $6 \\cdot 2 \\cdot 3 = 36$."), Self.q4ids)
        let wrong = try Self.q4("Not using the labels: $6 \\cdot 5 \\cdot 4 = 120$.\n\nUsing the labels (1, 1, 1, 2, 2, 2): $3 \\cdot 2 \\cdot 3 = 18$.")
        C.expectRead(wrong, ["part2.q4.valid"], .incorrect)
    }

    @Test("A remark on a line of its own in brackets is cut into its clauses: `total = 120; valid = 36⏎(ordered: 6 x 5 x 4; valid: anchor 6 x positive 2 x negative 3)`")
    func remarkLine() throws {
        let text = "total = 120 ; valid = 36\n(ordered: 6 x 5 x 4; valid: anchor 6 ways x positive 2 x negative 3)"
        C.expectRead(try C.checks("Q4\n" + text + "\n", name: "sheet.txt"), Self.q4ids)
        let wrong = try C.checks("Q4\n" + text.replacingOccurrences(of: "6 x 5 x 4", with: "6 x 6 x 4") + "\n", name: "sheet.txt")
        #expect(wrong["part2.q4.all.reasoning"]?.status != .correct)
    }

    @Test("An inequality (the hinge's case) is no answer and nothing for a person: `$d(a,p) + \\alpha < d(a,n)$`, `(L > 0)`")
    func conditions() throws {
        let sheet = "## Question 2\n\nHere $\\|f_a - f_p\\|^2 + \\alpha < \\|f_a - f_n\\|^2$, so the max picks 0:\n\n" + C.q2
            + "\n\n## Question 3\n\nNow the hinge is active ($L > 0$):\n\n" + ReadingClassesRound24Tests.q3 + "\n"
        let c = try C.checks(sheet)
        C.expectRead(c, ["part2.q2.f_a", "part2.q2.f_p", "part2.q2.f_n"] + ReadingClassesRound24Tests.q3ids)
        #expect(ReadingClassesRound24Tests.unread(c).isEmpty, "\(ReadingClassesRound24Tests.unread(c))")
    }

    @Test("A Part I row whose working names parts and then the total (`level 2: … = 240800, total $361600$`) is read as the total")
    func rowTotal() throws {
        let row = "- 2-level bi-RNN: level 1 is the bi-RNN (120800); level 2: $2 \\cdot (200 \\cdot 400 + 200 \\cdot 200 + 400) = 240800$, total $361600$\n"
        let sheet = "# Part I\n\n- RNN: $200 \\cdot 100 + 200 \\cdot 200 + 400 = 60400$\n" + row + "\n# Part II\n"
        C.expectRead(try C.checks(sheet), ["part1.params.rnn", "part1.params.2-level-bi-rnn"])
        C.expectRead(try C.checks(sheet.replacingOccurrences(of: "total $361600$", with: "total $360800$")), ["part1.params.2-level-bi-rnn"], .incorrect)
        // A "total" that is not the largest figure of the row is not taken for it.
        let part = try C.checks("# Part I\n\n- 2-level bi-RNN: level 1 total 120800; level 2 adds $240800$, so $361600$ altogether and more\n\n# Part II\n")
        #expect(part["part1.params.2-level-bi-rnn"]?.claimed != "120800")
    }

    @Test("Part I in sentences with thousands grouped by a space (`60 400 parameters`)")
    func spaceGroupedProse() throws {
        let sheet = "# Part I\n\nThe plain RNN has 60 400 parameters (63.1%). The 2-level bi-LSTM has 1 446 400 parameters (80.2%).\n\n# Part II\n"
        C.expectRead(try C.checks(sheet), ["part1.params.rnn", "part1.params.2-level-bi-lstm"])
        C.expectRead(try C.checks(sheet.replacingOccurrences(of: "1 446 400", with: "1 443 200")), ["part1.params.2-level-bi-lstm"], .incorrect)
    }

    @Test("A hypothetical in brackets makes only its own count hypothetical: `(a) $6 \\cdot 5 \\cdot 4 = 120$ (with repeats it would be $6^3 = 216$). (b) …`")
    func bracketedHypothetical() throws {
        C.expectRead(try Self.q4("(a) $6 \\cdot 5 \\cdot 4 = 120$ (with repeats it would be $6^3 = 216$).\n\n(b) $6 \\cdot 2 \\cdot 3 = 36$"), Self.q4ids)
        // Said outside brackets, the whole sentence is hypothetical: 216 is never the count.
        let c = try Self.q4("All: $6 \\cdot 5 \\cdot 4 = 120$. With repeats it would be $6^3 = 216$. Valid: $6 \\cdot 2 \\cdot 3 = 36$.")
        C.expectRead(c, Self.q4ids)
    }

    @Test("Words that say what is known about the labels (`Given the labels`) name no kind; words of the labels of the other kind after strong words of one are placed where they stand")
    func labelWordsPlaced() throws {
        C.expectRead(try Self.q4("Given the labels, there are $6 \\cdot 5 \\cdot 4 = 120$ ordered triplets. Valid: $6 \\cdot 2 \\cdot 3 = 36$."), Self.q4ids)
        let mixed = "Without the label rule any ordered choice works: $6 \\cdot 5 \\cdot 4 = 120$. With it: the anchor (6), the positive (2 left in its class), the negative (3 in the other class): $6 \\cdot 2 \\cdot 3 = 36$."
        C.expectRead(try Self.q4(mixed), ["part2.q4.all", "part2.q4.valid"])
        C.expectRead(try Self.q4(mixed.replacingOccurrences(of: "= 36$", with: "= 18$").replacingOccurrences(of: "6 \\cdot 2 \\cdot 3", with: "3 \\cdot 2 \\cdot 3")), ["part2.q4.valid"], .incorrect)
    }

    @Test("A zero announced in words with its samples named after it in maths (`the gradient is $0$ for $f_3$, $f_4$, $f_6$`) is theirs, never the last answer's next line")
    func zeroForNamedSamples() throws {
        let part = "## Question 5\n\n### 5.1\n\n$\\frac{\\partial L_1}{\\partial f_1} = f_5 - f_2$, $\\frac{\\partial L_1}{\\partial f_2} = f_2 - f_1$, $\\frac{\\partial L_1}{\\partial f_5} = f_1 - f_5$, and the gradient is $0$ for $f_3$, $f_4$, $f_6$.\n"
        let c = try C.checks(part)
        C.expectRead(c, (1...6).map { "part2.q5.1.f_\($0)" })
        // A wrong zero for a member of the triplet is wrong, and f_5's own answer stays right.
        let wrong = try C.checks(part.replacingOccurrences(of: "$0$ for $f_3$, $f_4$, $f_6$", with: "$0$ for $f_3$, $f_4$, $f_2$"))
        #expect(wrong["part2.q5.1.f_2"]?.status != .correct)
        C.expectRead(wrong, ["part2.q5.1.f_5"])
    }

    @Test("Question 6 pointing to a row elsewhere stands only when its words only point; words that correct the row leave it for a person")
    func pointerThatCorrects() throws {
        let q5 = "## Question 5\n\n| | $f_1$ | $f_2$ | $f_3$ | $f_4$ | $f_5$ | $f_6$ |\n|---|---|---|---|---|---|---|\n"
            + "| sum (Q6) | $2f_1 - 2f_2 - 2f_3 + f_4 + f_5$ | $-2f_1 - f_2 - f_3 + f_4 + f_5 + 2f_6$ | $-2f_1 - f_2 + f_3 + f_5 + f_6$ | $f_1 + f_2 - 2f_6$ | $f_1 + f_2 + f_3 - 2f_5 - f_6$ | $2f_2 + f_3 - 2f_4 - f_5$ |\n"
        let corrected = try C.checks(q5 + "\n## Question 6\n\nSee the last row of the table above, but its entry for the fourth sample is wrong.\n")
        #expect(corrected["part2.q6.f_4"]?.status == .unparsable, "\(corrected["part2.q6.f_4"]?.status.rawValue ?? "absent")")
    }

    @Test("Plain-text derivatives named before a value in words, with more after it (`…, and dL1/df5 is f5 - f1`): nothing of the line is dropped silently")
    func headsThenMore() throws {
        let c = try C.checks("Q5.1\ndL1/df1 = f5 - f2\ndL1/df2 = f2 - f1\ndL1/df3, dL1/df4 and dL1/df6 are 0, and dL1/df5 is f5 - f1.\n", name: "sheet.txt")
        #expect(c["part2.q5.1.f_5"]?.status != .missing && c["part2.q5.1.f_5"]?.status != .correct, "\(c["part2.q5.1.f_5"]?.status.rawValue ?? "absent")")
    }

    @Test("Review 8: pointing words that are not on the list of pointing (`its fourth entry is incorrect`, `isn't right`) leave Question 6 for a person", arguments: [
        "The batch gradients are the last row of the table above; its fourth entry is incorrect.",
        "See the last row of the table above, though the entry for the fourth sample isn't right.",
    ])
    func pointerNotOnlyPointing(_ words: String) throws {
        let q5 = "## Question 5\n\n| | $f_1$ | $f_2$ | $f_3$ | $f_4$ | $f_5$ | $f_6$ |\n|---|---|---|---|---|---|---|\n"
            + "| sum (Q6) | $2f_1 - 2f_2 - 2f_3 + f_4 + f_5$ | $-2f_1 - f_2 - f_3 + f_4 + f_5 + 2f_6$ | $-2f_1 - f_2 + f_3 + f_5 + f_6$ | $f_1 + f_2 - 2f_6$ | $f_1 + f_2 + f_3 - 2f_5 - f_6$ | $2f_2 + f_3 - 2f_4 - f_5$ |\n"
        let c = try C.checks(q5 + "\n## Question 6\n\n" + words + "\n")
        #expect(c["part2.q6.f_4"]?.status == .unparsable, "\(c["part2.q6.f_4"]?.status.rawValue ?? "absent")")
    }

    @Test("Review 8: words of the labels of one kind over two totals in the other order (`Without the labels: … 36. With the labels: … 120.`) leave both for a person")
    func labelWordsSwapped() throws {
        let c = try Self.q4("Without the labels: $6 \\cdot 2 \\cdot 3 = 36$. With the labels: $6 \\cdot 5 \\cdot 4 = 120$.")
        for id in ["part2.q4.all", "part2.q4.valid"] { #expect(c[id]?.status != .correct, "\(id): \(c[id]?.status.rawValue ?? "absent")") }
    }

    @Test("Review 8: a count corrected in words whose figure is not read (`(correction: valid = 18)`) leaves the counts for a person; one read is the last said")
    func correctedCount() throws {
        let c = try C.checks("Q4\nall = 120 ; valid = 36\n(correction: valid = 18)\n", name: "sheet.txt")
        #expect(c["part2.q4.valid"]?.status != .correct, "\(c["part2.q4.valid"]?.status.rawValue ?? "absent")")
        let read = try Self.q4("All: $6 \\cdot 5 \\cdot 4 = 120$.\n\nValid: $3 \\cdot 2 \\cdot 3 = 18$, wait, this is wrong: it is $2 \\cdot 3 \\cdot 2 \\cdot 3 = 36$.")
        C.expectRead(read, ["part2.q4.all", "part2.q4.valid"])
    }

    @Test("Review 8: a zero announced in words then another value for a sample after it (`$0$ for $f_3$, $f_4$, $f_6$ and $f_5 - f_1$ for $f_5$`) waits for nothing: never read as the others'")
    func zeroThenOtherValue() throws {
        let part = "## Question 5\n\n### 5.1\n\n$\\frac{\\partial L_1}{\\partial f_1} = f_5 - f_2$, $\\frac{\\partial L_1}{\\partial f_2} = f_2 - f_1$, and the gradient is $0$ for $f_3$, $f_4$, $f_6$ and $f_5 - f_1$ for $f_5$.\n"
        let c = try C.checks(part)
        for k in [3, 4, 6] { #expect(c["part2.q5.1.f_\(k)"]?.status != .incorrect, "f_\(k): \(c["part2.q5.1.f_\(k)"]?.status.rawValue ?? "absent")") }
        #expect(c["part2.q5.1.f_5"]?.status != .correct)
    }

    @Test("Review 8: words of summing after a count its sentence names valid (`Valid triplets: $… = 36$ in total.`) name no kind: the valid count, never all", arguments: ["in total.", "altogether.", "in all."])
    func summingAfterValid(_ tail: String) throws {
        let text = "All triplets: $6 \\cdot 5 \\cdot 4 = 120$.\n\nValid triplets: $6 \\cdot 2 \\cdot 3 = 36$ " + tail
        C.expectRead(try Self.q4(text), ["part2.q4.all", "part2.q4.valid"])
        let wrong = try Self.q4(text.replacingOccurrences(of: "= 36", with: "= 32"))
        C.expectRead(wrong, ["part2.q4.all"])
        #expect(wrong["part2.q4.valid"]?.status != .correct)
    }
}
