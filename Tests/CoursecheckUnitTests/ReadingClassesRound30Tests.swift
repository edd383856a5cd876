import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Testing

/// Classes of notation and layout, round 30 (found by the outsiders' sets
/// unseen36 and unseen38–40; each class written here in other words than the
/// sheets'). Verdicts by hand from the assignment: for t_2 = (f_1, f_3, f_4)
/// the anchor's gradient is f_4 − f_3, the positive's f_3 − f_1, the
/// negative's f_1 − f_4, and f_2, f_5, f_6 get 0.
@Suite("Classes of notation, round 30: the article 'a' in a remark, the others' zero, a product restating a count, a class's count")
struct ReadingClassesRound30Tests {
    typealias C = SheetClassesTests

    static let part52 = "### 5.2\n\n$\\frac{\\partial L}{\\partial f_1} = f_4 - f_3$, $\\frac{\\partial L}{\\partial f_3} = f_3 - f_1$, "
        + "$\\frac{\\partial L}{\\partial f_4} = f_1 - f_4$; the others get $0$.\n"
    static let ids52 = ["part2.q5.2.f_1", "part2.q5.2.f_3", "part2.q5.2.f_4", "part2.q5.2.f_2", "part2.q5.2.f_5", "part2.q5.2.f_6"]

    @Test("A remark in brackets whose words hold the article 'a' is words, not maths in roles", arguments: [
        "Using Question 3 for every triplet (only its three members get a gradient).",
        "Same rule as before (each of the anchor, positive and negative gets a gradient, nobody else).",
        "Per triplet I reuse Q3 (the sample that is not in it has a zero gradient).",
    ])
    func articleInRemark(_ line: String) throws {
        let sheet = "## Question 5\n\n" + line + "\n\n" + Self.part52
        let c = try C.checks(sheet)
        C.expectRead(c, Self.ids52)
        #expect(!c.keys.contains { $0.hasPrefix("part2.q5@") })
        // A wrong answer after the remark is still read, and wrong.
        let wrong = try C.checks(sheet.replacingOccurrences(of: "= f_1 - f_4", with: "= f_4 - f_1"))
        C.expectRead(wrong, ["part2.q5.2.f_4"], .incorrect)
    }

    @Test("The anchor's letter in a bracket beside maths is still the anchor's: '(a, p, n)' is no article")
    func roleLetterStaysMaths() throws {
        // The rule in roles before the parts, as in Question 3: no triplet's answer.
        let sheet = "## Question 5\n\nFor each triplet $(a, p, n)$ the anchor gets $f_n - f_p$.\n\n" + Self.part52
        let c = try C.checks(sheet)
        C.expectRead(c, Self.ids52)
    }

    static let three52 = "### 5.2\n\n$\\frac{\\partial L}{\\partial f_1} = f_4 - f_3$, $\\frac{\\partial L}{\\partial f_3} = f_3 - f_1$, "
        + "$\\frac{\\partial L}{\\partial f_4} = f_1 - f_4$"

    @Test("A zero after words of the rest ('the others get', 'everything else') is the rest's, never a line of the last answer", arguments: [
        "; the others get $0$.", ". The others get $0$.", ", the rest have $0$.", "; everything else $0$.",
        "; while $f_2$, $f_5$ and $f_6$ get $0$.", ", whereas $f_2$, $f_5$ and $f_6$ have $0$.",
    ])
    func othersZero(_ tail: String) throws {
        let c = try C.checks("## Question 5\n\n" + Self.three52 + tail + "\n")
        C.expectRead(c, Self.ids52)
        // The last answer wrong: read as written, and wrong.
        let wrong = try C.checks("## Question 5\n\n" + Self.three52.replacingOccurrences(of: "= f_1 - f_4", with: "= f_4 - f_1") + tail + "\n")
        C.expectRead(wrong, ["part2.q5.2.f_4"], .incorrect)
        C.expectRead(wrong, ["part2.q5.2.f_2", "part2.q5.2.f_5", "part2.q5.2.f_6"])
    }

    @Test("Words of the rest with a verb no reading gives to them go to a person, not onto the last answer")
    func othersUnread() throws {
        let c = try C.checks("## Question 5\n\n" + Self.three52 + ". Others get $0$ too.\n")
        #expect(c["part2.q5.2.f_4"]?.status == .correct)
        #expect(c["part2.q5.2.f_4"]?.claimed.contains("= 0") == false)
        #expect(["part2.q5.2.f_2", "part2.q5.2.f_5", "part2.q5.2.f_6"].allSatisfy { c[$0]?.status != .correct })
    }

    static func q4(_ text: String) throws -> [String: Check] { try C.checks("## Question 4\n\n" + text + "\n") }

    @Test("Choices in words after the two counts of one sentence, to one of their values, restate that count's working")
    func productRestates() throws {
        let text = "There are $6 \\cdot 5 \\cdot 4 = 120$ ordered triplets, and $6 \\cdot 2 \\cdot 3 = 36$ valid ones: "
            + "6 picks for the anchor, 2 picks for the positive and 3 picks for the negative."
        C.expectRead(try Self.q4(text), ["part2.q4.all", "part2.q4.all.reasoning", "part2.q4.valid", "part2.q4.valid.reasoning"])
        let wrong = try Self.q4(text.replacingOccurrences(of: "6 \\cdot 2 \\cdot 3 = 36", with: "3 \\cdot 2 \\cdot 3 = 18"))
        C.expectRead(wrong, ["part2.q4.valid"], .incorrect)
    }

    @Test("'— for each class, N choices …' after a count heads the aside, not the count; a class's count never totalled goes to a person")
    func classAside() throws {
        let text = "All: $6 \\cdot 5 \\cdot 4 = 120$.\n\nValid: $2 \\cdot (3 \\cdot 2 \\cdot 3) = 36$ — in each class, 3 anchors, 2 positives and 3 negatives from the other class."
        C.expectRead(try Self.q4(text), ["part2.q4.all", "part2.q4.valid"])
        C.expectRead(try Self.q4(text.replacingOccurrences(of: "2 \\cdot (3 \\cdot 2 \\cdot 3) = 36", with: "2 \\cdot (3 \\cdot 3 \\cdot 3) = 54")),
                     ["part2.q4.valid"], .incorrect)
        // Said of one class only, and never totalled: for a person.
        let part = try Self.q4("All: $6 \\cdot 5 \\cdot 4 = 120$.\n\nValid: $3 \\cdot 2 \\cdot 3 = 18$ for each class.")
        #expect(part["part2.q4.valid"]?.status == .unparsable)
        // Totalled in a later block: the total is read.
        let totalled = try Self.q4("All: $120$.\n\nPer class: $3 \\cdot 2 \\cdot 3 = 18$.\n\nBoth classes: $2 \\cdot 18 = 36$ valid.")
        C.expectRead(totalled, ["part2.q4.valid"])
    }

    static let partOneRows = "RNN & 60,400 & 64.2\\% \\\\\nLSTM & 241,600 & 81.8\\% \\\\\nbi-RNN & 120,800 & 67.5\\% \\\\\n"
        + "bi-LSTM & 483,200 & 83.4\\% \\\\\n2-level bi-RNN & 361,600 & 63.9\\% \\\\\n2-level bi-LSTM & 1,446,400 & 84.3\\% \\\\\n"
    static let partOneIDs = ["rnn", "lstm", "bi-rnn", "bi-lstm", "2-level-bi-rnn", "2-level-bi-lstm"].map { "part1.params." + $0 }

    @Test("A LaTeX heading set centred or in a size of its own ('\\begin{center}\\textbf{\\Large Question 4}\\end{center}') heads its question", arguments: [
        "\\begin{center}\\textbf{\\Large Question 4}\\end{center}", "\\centering\\textbf{Question 4}", "{\\large\\textbf{Question 4}}", "\\textbf{\\small Question 4}",
        "{\\Large \\textbf{Question 4}}",
    ])
    func latexHeadingInSize(_ heading: String) throws {
        let tex = "\\documentclass{article}\n\\begin{document}\n\\section*{Question 3}\nSee above.\n\n" + heading
            + "\n\nAll: $6 \\cdot 5 \\cdot 4 = 120$. Valid: $6 \\cdot 2 \\cdot 3 = 36$.\n\\end{document}\n"
        C.expectRead(try C.checks(tex, name: "sheet.tex"), ["part2.q4.all", "part2.q4.valid"])
        let wrong = try C.checks(tex.replacingOccurrences(of: "6 \\cdot 2 \\cdot 3 = 36", with: "6 \\cdot 3 \\cdot 3 = 54"), name: "sheet.tex")
        C.expectRead(wrong, ["part2.q4.valid"], .incorrect)
    }

    @Test("A table of the models before any heading, after a title and a note, is Part I's")
    func partOneTableWithoutHeading() throws {
        let rows = Self.partOneRows.replacingOccurrences(of: " \\\\\n", with: " |\n").replacingOccurrences(of: " & ", with: " | ")
            .replacingOccurrences(of: "\\%", with: "").split(separator: "\n").map { "| " + $0 }.joined(separator: "\n")
        let md = "Assignment 3 (M. Ortega)\n\n(accuracies in %)\n\n| model | #params | acc |\n|---|---|---|\n" + rows + "\n\n**Q4**\n\nAll: $120$. Valid: $36$.\n"
        let c = try C.checks(md)
        C.expectRead(c, Self.partOneIDs)
        let wrong = try C.checks(md.replacingOccurrences(of: "| 241,600 |", with: "| 240,600 |"))
        C.expectRead(wrong, ["part1.params.lstm"], .incorrect)
        // A table of anything else before the first heading is still no answer.
        let other = try C.checks("Notes\n\n| symbol | meaning |\n|---|---|\n| $f_i$ | embedding |\n| $L$ | loss |\n\n**Q4**\n\nAll: $120$. Valid: $36$.\n")
        #expect(other["part1.params.rnn"]?.status == .missing)
    }

    @Test("The roles' order before the triplets' list, '(a, p, n):', states no answer", arguments: ["sheet.txt", "sheet.md"])
    func rolesOrderLabel(_ name: String) throws {
        let text = "Question 5\n\nTriplets (a, p, n):\n\n    t1 = (f1, f2, f5)\n    t2 = (f1, f3, f4)\n\n5.2)\n\n    dL/df1 = f4 - f3\n    dL/df3 = f3 - f1\n    dL/df4 = f1 - f4\n    dL/df2 = 0\n    dL/df5 = 0\n    dL/df6 = 0\n"
        let c = try C.checks(text, name: name)
        C.expectRead(c, Self.ids52)
        #expect(!c.keys.contains { $0.hasPrefix("part2.q5@") })
        C.expectRead(try C.checks(text.replacingOccurrences(of: "f1 - f4", with: "f4 - f1"), name: name), ["part2.q5.2.f_4"], .incorrect)
    }

    @Test("A count whose sentence names only its own kind after it is of that kind, whatever the sentence before named")
    func kindNamedAfter() throws {
        let text = "If every ordered triplet of distinct samples is counted, there are $6 \\cdot 5 \\cdot 4 = 120$ of them. "
            + "Only $6 \\cdot 2 \\cdot 3 = 36$ of them are valid: 6 choices for the anchor, 2 for the positive and 3 for the negative."
        C.expectRead(try Self.q4(text), ["part2.q4.all", "part2.q4.valid"])
        C.expectRead(try Self.q4(text.replacingOccurrences(of: "6 \\cdot 2 \\cdot 3 = 36", with: "6 \\cdot 3 \\cdot 3 = 54")), ["part2.q4.valid"], .incorrect)
        // Both kinds after it: for a person.
        let both = try Self.q4("There are 120 ordered triplets. Of these, 36 triplets in total are valid.")
        #expect(both["part2.q4.valid"]?.status != .correct)
    }

    @Test("The rest named in an earlier clause leaves the answer's chain alone: a wrong result after 'as for the others, this simplifies to' is wrong", arguments: [
        ("; as for the others, this simplifies to $f_4 - f_1$.", "part2.q5.2.f_4"),
        (", which, like the rest, expands to $f_4 - f_1$.", "part2.q5.2.f_4"),
    ])
    func restInEarlierClause(_ tail: String, _ id: String) throws {
        let sheet = "## Question 5\n\n### 5.2\n\n$\\frac{\\partial L}{\\partial f_1} = f_4 - f_3$, $\\frac{\\partial L}{\\partial f_3} = f_3 - f_1$, "
            + "$\\frac{\\partial L}{\\partial f_4} = -(f_4 - f_1)$" + tail + "\n"
        C.expectRead(try C.checks(sheet), [id], .incorrect)
    }

    @Test("The rest's zero, with maths after it in the part that could not be read, goes to a person: it may be one of theirs")
    func restThenUnread() throws {
        let sheet = "## Question 5\n\n### 5.2\n\n" + Self.three52 + ". The rest have $0$. Finally $f_2$ has $f_2 - f_1$ as well.\n"
        let c = try C.checks(sheet)
        #expect(c["part2.q5.2.f_2"]?.status == .unparsable)
        C.expectRead(c, ["part2.q5.2.f_1", "part2.q5.2.f_3", "part2.q5.2.f_4"])
    }

    @Test("In plain text, 'a' before a verb is the anchor named ('the gradient for a is …'), not the article")
    func anchorBeforeVerb() throws {
        let text = "Question 3\n\nThe gradient for a is fp - fn, for p it is fp - fa, for n it is fa - fn.\n"
        let c = try C.checks(text, name: "sheet.txt")
        C.expectRead(c, ["part2.q3.f_a"], .incorrect)
    }

    @Test("Choices in words after the counts restate only the count right before them: working for 120 after '36 valid ones:' is for a person")
    func restatesOnlyNearest() throws {
        let c = try Self.q4("There are $120$ triplets in total and $36$ valid ones: 6 choices for the anchor, 5 for the positive and 4 for the negative.")
        #expect(c["part2.q4.all.reasoning"]?.status != .correct)
        #expect(c["part2.q4.valid.reasoning"]?.status != .correct)
    }

    @Test("A table of the models before a heading of Part I is not Part I's answer")
    func tableBeforePartOneHeading() throws {
        let md = "Handout: sizes\n\n| model | levels | hidden |\n|---|---|---|\n| RNN | 1 | 200 |\n| LSTM | 1 | 200 |\n| bi-RNN | 1 | 200 |\n\n"
            + "## Part I\n\n- RNN: 60,400\n- LSTM: 241,600\n- bi-RNN: 120,800\n"
        let c = try C.checks(md)
        C.expectRead(c, ["part1.params.rnn", "part1.params.lstm", "part1.params.bi-rnn"])
    }

    @Test("A calculation on the valid count 'in all' or 'in total' sums the classes: it is the valid count", arguments: [
        "All: $6 \\cdot 5 \\cdot 4 = 120$.\n\nValid: $3 \\cdot 2 \\cdot 3 = 18$ — for each class, so $2 \\cdot 18 = 36$ in all.",
        "All: $120$.\n\nValid: $18$, so $2 \\cdot 18 = 36$ in total.",
        "All: $6 \\cdot 5 \\cdot 4 = 120$.\n\nValid: $3 \\cdot 2 \\cdot 3 = 18$ per class, so $2 \\cdot 18 = 36$.",
    ])
    func sumsTheClasses(_ text: String) throws {
        C.expectRead(try Self.q4(text), ["part2.q4.all", "part2.q4.valid"])
        C.expectRead(try Self.q4(text.replacingOccurrences(of: "2 \\cdot 18 = 36", with: "2 \\cdot 18 = 38")), ["part2.q4.valid"], .incorrect)
        // The valid count stated, a class's count beside it: no flag.
        let c = try Self.q4("Valid: $2 \\cdot 18 = 36$, since each class gives $3 \\cdot 2 \\cdot 3 = 18$.")
        #expect(c["part2.q4.valid"]?.status == .correct)
        #expect(!c.keys.contains { $0.hasPrefix("part2.q4@") })
    }

    /// Question 3 answered in the letter `x`.
    static let q3x = "## Question 3\n\n$\\frac{\\partial L}{\\partial x_a} = x_n - x_p$, $\\frac{\\partial L}{\\partial x_p} = x_p - x_a$, "
        + "$\\frac{\\partial L}{\\partial x_n} = x_a - x_n$\n"

    @Test("A sentence that is no renaming of the whole family leaves the letter unread: words after the handout's family, a denial, one member", arguments: [
        "I write $x_i$ for $f_i$ scaled to unit norm.",
        "I use $x_i$ for $f_i$'s raw input sequence.",
        "I do not write $x_i$ for $f_i$ here; $x_i$ is the token.",
        "I write $x_1$ for $f_1$ (the anchor of $t_1$).",
        "I write $x_i$ for $f_i$ minus the mean embedding.",
    ])
    func notARenaming(_ line: String) throws {
        let c = try C.checks("## Part II\n\n" + line + "\n\n" + Self.q3x)
        #expect(["part2.q3.f_a", "part2.q3.f_p", "part2.q3.f_n"].allSatisfy { c[$0]?.status != .correct })
        // A renaming of the whole family, closed by words of the sentence's end, reads.
        let renamed = try C.checks("## Part II\n\nI write $x_i$ for the handout's $f_i$ throughout.\n\n" + Self.q3x)
        C.expectRead(renamed, ["part2.q3.f_a", "part2.q3.f_p", "part2.q3.f_n"])
    }

    @Test("A tuple of every sample beside 'order' in words of another subject states no gradient's components")
    func orderOfAnotherSubject() throws {
        let md = "## Question 5\n\nSorting the samples by label in decreasing order gives $(f_6, f_5, f_4, f_3, f_2, f_1)$.\n\n"
            + "### 5.2\n\n$\\nabla L_2 = (0, 0, 0, f_1 - f_4, 0, 0)$\n"
        let c = try C.checks(md)
        // Read in that order, the row would give f_3 its value: it is not read so.
        #expect(c["part2.q5.2.f_3"]?.status != .correct)
        #expect(c["part2.q5.2.f_4"]?.status != .correct)
    }

    @Test("A grid's working line that names a model ('bi-LSTM, per direction: 2*241,600 = 483,200') goes to a person when the model is read nowhere else")
    func gridWorkingLine() throws {
        let grid = "# Part I\n\n```\nmodel     params     acc\nRNN       60,400     64%\nLSTM      241,600    86%\n"
            + "bi-LSTM, per direction:   2*241,600 = 483,200\n```\n"
        let c = try C.checks(grid)
        C.expectRead(c, ["part1.params.rnn", "part1.params.lstm"])
        #expect(c["part1.params.bi-lstm"]?.status == .unparsable)
        // Read elsewhere, the model's own row stands and nothing goes to a person.
        let both = try C.checks(grid.replacingOccurrences(of: "```\n", with: "bi-LSTM   483,200    88%\n```\n", options: [], range: grid.range(of: "```\n", options: .backwards)))
        C.expectRead(both, ["part1.params.bi-lstm"])
    }
}
