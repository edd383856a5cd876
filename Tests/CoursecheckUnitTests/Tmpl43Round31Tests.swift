import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Testing

/// Classes of layout from sheets typeset from homework templates, round 31
/// (found by the outsiders' set unseen43; each class written here in other
/// words than the sheets'): an environment the preamble defines to print
/// its arguments as a title (the Overleaf template's `\newenvironment{problem}`
/// over a `trivlist`), and Question 5's parts headed by their enumerator and
/// their own triplet (`**(1)** $t_1 = (…)$`, `(a) triplet $t_1 = (…)$`,
/// `(2) triplet (f_1, f_3, f_4)`). Verdicts by hand from the assignment: with
/// the hinge inactive every gradient is 0; active, the anchor's is f_n − f_p,
/// the positive's f_p − f_a, the negative's f_a − f_n; t_1 = (f_1, f_2, f_5),
/// t_2 = (f_1, f_3, f_4).
@Suite("Classes of template layout, round 31: environments that print their arguments as a title, parts headed by their enumerator and triplet")
struct Tmpl43Round31Tests {
    typealias C = SheetClassesTests
    typealias R5 = StructureClassesRound5Tests

    static let q2 = C.q2, q3 = C.q3
    static let twoAndThree = ["part2.q2.f_a", "part2.q2.f_p", "part2.q2.f_n", "part2.q3.f_a", "part2.q3.f_p", "part2.q3.f_n"]

    // MARK: 1. Environments that print their arguments as a title

    static func latex(_ definition: String, _ body: String) -> String {
        "\\documentclass{article}\n\\usepackage{amsmath}\n\(definition)\n\\begin{document}\n\(body)\\end{document}\n"
    }

    /// Questions 2, 3 and part 5.1 each in the defined environment, opened
    /// by `open(title)`: a title the reader missed would leave the sheet
    /// with no question at all, or Question 3's answers under Question 2.
    static func problems(_ open: (String) -> String, close: String) -> String {
        "\(open("2"))\n\(q2)\n\(close)\n\n\(open("3"))\n\(q3)\n\(close)\n\n\(open("5.1"))\n\(R5.part(1))\n\(close)\n"
    }

    @Test("An environment whose opening prints its arguments heads its body with what it prints", arguments: [
        // A trivlist's label of a default word and the number (the Overleaf template's shape, other words).
        ("\\newenvironment{exercise}[2][Exercise]{\\begin{trivlist}\\item[\\hskip \\labelsep {\\bfseries #1}\\hskip \\labelsep {\\bfseries #2:}]}{\\end{trivlist}}",
         problems({ "\\begin{exercise}[Question]{\($0)}" }, close: "\\end{exercise}")),
        // The word written in the opening, the number its one argument.
        ("\\newenvironment{answer}[1]{\\par\\noindent\\textbf{Question~#1.}\\quad}{\\par}",
         problems({ "\\begin{answer}{\($0)}" }, close: "\\end{answer}")),
        // The optional first argument left to its default, which names the question.
        ("\\newenvironment{hw}[2][Q]{\\medskip\\noindent{\\large\\bfseries #1#2}\\\\}{}",
         problems({ "\\begin{hw}{\($0)}" }, close: "\\end{hw}")),
    ])
    func printedTitles(_ k: (definition: String, body: String)) throws {
        let sheet = Self.latex(k.definition, k.body)
        let c = try C.checks(sheet, name: "sheet.tex")
        C.expectRead(c, Self.twoAndThree + R5.ids(1))
        let wrong = try C.checks(sheet.replacingOccurrences(of: "f_p} = f_p - f_a", with: "f_p} = f_a - f_p"), name: "sheet.tex")
        C.expectRead(wrong, ["part2.q3.f_p"], .incorrect)
        C.expectRead(wrong, ["part2.q3.f_a", "part2.q3.f_n"])
    }

    @Test("An environment that prints no argument as text (none, a width, maths) heads nothing: the sheet has no question", arguments: [
        "\\newenvironment{sol}{\\textbf{Solution 2.}}{}",
        "\\newenvironment{sol}[1]{\\noindent\\rule{#1}{0.4pt}\\par}{}",
        "\\newenvironment{sol}[1]{\\textbf{Solution.} $#1$}{}",
    ])
    func printedNoTitle(_ definition: String) throws {
        let sheet = Self.latex(definition, "\\begin{sol}{2}\n\(Self.q2)\n\\end{sol}\n")
        #expect(throws: SheetError.noAnswers(path: "sheet.tex")) { try C.checks(sheet, name: "sheet.tex") }
    }

    // MARK: 2. Parts headed by their enumerator and their own triplet

    static let t1 = "(f_1, f_2, f_5)", t2 = "(f_1, f_3, f_4)"

    static func part(_ k: Int) -> String {
        let t = R5.triplets[k - 1], (a, p, n) = (t[0], t[1], t[2])
        return "$$\n\\begin{aligned}\n\\frac{\\partial L}{\\partial f_\(a)} &= f_\(n) - f_\(p) \\\\\n"
            + "\\frac{\\partial L}{\\partial f_\(p)} &= f_\(p) - f_\(a) \\\\\n\\frac{\\partial L}{\\partial f_\(n)} &= f_\(a) - f_\(n)\n\\end{aligned}\n$$\n"
    }

    @Test("Under Question 5, an enumerator then the statement of its own triplet, alone on the line, heads that part", arguments: [
        ("## Question 5\n\n**(1)** $t_1 = \(t1)$\n\n\(part(1))\n**(2)** $t_2 = \(t2)$\n\n\(part(2))", "sheet.md"),
        ("## Question 5\n\n*(a)* triplet $t_1 = \(t1)$:\n\n\(part(1))\n*(b)* triplet $t_2 = \(t2)$:\n\n\(part(2))", "sheet.md"),
        ("QUESTION 5\n\n(1) triplet (f_1, f_2, f_5)\n\n    dL/df_1 = f_5 - f_2\n    dL/df_2 = f_2 - f_1\n    dL/df_5 = f_1 - f_5\n\n"
            + "(2) triplet (f_1, f_3, f_4)\n\n    dL/df_1 = f_4 - f_3\n    dL/df_3 = f_3 - f_1\n    dL/df_4 = f_1 - f_4\n", "sheet.txt"),
        ("\\documentclass{article}\n\\begin{document}\n\\section*{Question 5}\n\\subsection*{(a) $t_1 = \(t1)$}\n\\[ \\frac{\\partial L}{\\partial f_1} = f_5 - f_2, \\quad "
            + "\\frac{\\partial L}{\\partial f_2} = f_2 - f_1, \\quad \\frac{\\partial L}{\\partial f_5} = f_1 - f_5 \\]\n"
            + "\\subsection*{(b) $t_2 = \(t2)$}\n\\[ \\frac{\\partial L}{\\partial f_1} = f_4 - f_3, \\quad \\frac{\\partial L}{\\partial f_3} = f_3 - f_1, \\quad "
            + "\\frac{\\partial L}{\\partial f_4} = f_1 - f_4 \\]\n\\end{document}\n", "sheet.tex"),
    ])
    func enumeratedTriplets(_ k: (sheet: String, file: String)) throws {
        let c = try C.checks(k.sheet, name: k.file)
        C.expectRead(c, R5.ids(1) + R5.ids(2) + ["part2.q5.triplets"])
        // A wrong answer in part 2 is part 2's, and wrong.
        let planted = k.sheet.replacingOccurrences(of: "= f_1 - f_4", with: "= f_4 - f_1")
        #expect(planted != k.sheet)
        let wrong = try C.checks(planted, name: k.file)
        C.expectRead(wrong, ["part2.q5.2.f_4"], .incorrect)
        C.expectRead(wrong, R5.ids(1))
        // A triplet copied wrong under its enumerator is reported, not taken.
        let miscopied = try C.checks(k.sheet.replacingOccurrences(of: "(f_1, f_3, f_4)", with: "(f_1, f_4, f_3)"), name: k.file)
        #expect(miscopied["part2.q5.triplets"]?.status != .correct)
    }

    @Test("An enumerator whose triplet is another's, or a line that goes on after the triplet, heads no part")
    func enumeratedTripletsNot() throws {
        // `(2) $t_3 = …$`: which part is meant cannot be told.
        let other = try C.checks("## Question 5\n\n**(2)** $t_3 = (f_2, f_1, f_6)$\n\n\(Self.part(2))")
        #expect(other["part2.q5.2.f_1"]?.status != .correct)
        #expect(other["part2.q5.3.f_1"]?.status != .correct)
        // The members alone without the word `triplet` are no statement of a part.
        let bare = try C.checks("## Question 5\n\n(2) (f_1, f_3, f_4)\n\n\(Self.part(2))")
        #expect(bare["part2.q5.2.f_1"]?.status != .correct)
    }
}

extension Tmpl43Round31Tests {
    // MARK: 3. A part's letter joined to the question's number

    @Test("Under Question 5, the part's letter joined to the number (5a), 5b.) heads the part, its triplet's members after it read as the part's", arguments: [
        "Problem 5:\n\n5a) (f1, f2, f5)\n\n    dL/df1 = f5 - f2\n    dL/df2 = f2 - f1\n    dL/df5 = f1 - f5\n\n"
            + "5b) (f1, f3, f4)\n\n    dL/df1 = f4 - f3\n    dL/df3 = f3 - f1\n    dL/df4 = f1 - f4\n",
        "Problem 5:\n\n5a.\n    dL/df1 = f5 - f2\n    dL/df2 = f2 - f1\n    dL/df5 = f1 - f5\n\n"
            + "5b.\n    dL/df1 = f4 - f3\n    dL/df3 = f3 - f1\n    dL/df4 = f1 - f4\n",
    ])
    func letterJoined(_ sheet: String) throws {
        let c = try C.checks(sheet, name: "sheet.txt")
        C.expectRead(c, R5.ids(1) + R5.ids(2))
        let wrong = try C.checks(sheet.replacingOccurrences(of: "dL/df4 = f1 - f4", with: "dL/df4 = f4 - f1"), name: "sheet.txt")
        C.expectRead(wrong, ["part2.q5.2.f_4"], .incorrect)
        C.expectRead(wrong, R5.ids(1))
    }

    @Test("A letter joined to another question's number, or beyond (h), is no part: 4a) under Question 5 heads nothing")
    func letterJoinedNot() throws {
        let c = try C.checks("Problem 5:\n\n4a) (f1, f2, f5)\n\n    dL/df1 = f5 - f2\n", name: "sheet.txt")
        #expect(c["part2.q5.1.f_1"]?.status != .correct)
    }

    // MARK: 4. A triplet's word and number in emphasis, then its statement

    @Test("*Triplet k:* then $t_k = (…)$ heads part k; a label whose number is not the statement's heads nothing")
    func wordLabelThenStatement() throws {
        let sheet = "## Question 5\n\n*Triplet 1:* $t_1 = \(Self.t1)$\n\n\(Self.part(1))\n**Triplet 2.** $t_2 = \(Self.t2)$\n\n\(Self.part(2))"
        let c = try C.checks(sheet)
        C.expectRead(c, R5.ids(1) + R5.ids(2) + ["part2.q5.triplets"])
        let other = try C.checks("## Question 5\n\n*Triplet 2:* $t_3 = (f_2, f_1, f_6)$\n\n\(Self.part(2))")
        #expect(other["part2.q5.2.f_1"]?.status != .correct)
    }

    // MARK: 5. Part I: the model's name, then the figure's words, before the colon

    @Test("A list row `RNN test accuracy: 63.3%` or `LSTM number of parameters: 241,600` is the model's figure", arguments: [
        "Part I\n\n- RNN number of parameters: 60,400\n- LSTM number of parameters: 241,600\n- RNN test accuracy: 63.3%\n- LSTM test accuracy: 85.9%\n",
        "Problem 1:\n\n    RNN: 100*200 + 200*200 + 2*200 = 60,400\n    LSTM: 4*(100*200 + 200*200 + 2*200) = 241,600\n\n"
            + "- RNN test accuracy: 63.3%\n- LSTM test accuracy: 85.9%\n\nProblem 2:\n\n    dL/dfa = 0\n",
    ])
    func figureWordsInLabel(_ sheet: String) throws {
        let c = try C.checks(sheet, name: "sheet.txt")
        C.expectRead(c, ["part1.params.rnn", "part1.params.lstm"])
        C.expectRead(c, ["part1.accuracy.rnn", "part1.accuracy.lstm"], .unverifiable)
        // The LSTM counted with one bias vector, its working (where written) coming to it.
        let planted = sheet.replacingOccurrences(of: "241,600", with: "240,800").replacingOccurrences(of: "200*200 + 2*200) = 240,800", with: "200*200 + 200) = 240,800")
        let wrong = try C.checks(planted, name: "sheet.txt")
        C.expectRead(wrong, ["part1.params.lstm"], .incorrect)
    }

    @Test("A label with other words than the figure's (`RNN dropout ablation accuracy:`) is no row of the model: not its accuracy")
    func figureWordsInLabelNot() throws {
        let c = try C.checks("Part I\n\n- RNN dropout ablation accuracy: 50.1%\n- RNN: 60,400 parameters\n", name: "sheet.txt")
        C.expectRead(c, ["part1.params.rnn"])
        C.expectRead(c, ["part1.accuracy.rnn"], .missing)
        C.expectRead(c, ["part1.params.rnn-dropout-ablation-accuracy"], .unparsable)
    }
}

extension Tmpl43Round31Tests {
    @Test("Under Question 6, parts named by their joined labels in words (`Summing 5a) through 5h):`) are references, no maths to read")
    func joinedLabelsReferred() throws {
        let sheet = "Problem 5:\n\n5a) (f1, f2, f5)\n\n    dL/df1 = f5 - f2\n    dL/df2 = f2 - f1\n    dL/df5 = f1 - f5\n\n"
            + "Problem 6:\n\nSumming 5a) through 5h):\n\n    dL/df4 = (f1 - f4) + (f2 - f4) + (f4 - f6) + (f4 - f6) = f1 + f2 - 2f6\n"
        let c = try C.checks(sheet, name: "sheet.txt")
        C.expectRead(c, R5.ids(1) + ["part2.q6.f_4"])
        #expect(!c.keys.contains { $0.hasPrefix("part2.q6@") }, "\(c.keys.filter { $0.hasPrefix("part2.q6@") })")
        let wrong = try C.checks(sheet.replacingOccurrences(of: "= f1 + f2 - 2f6", with: "= f1 + f2 - f6"), name: "sheet.txt")
        #expect(wrong["part2.q6.f_4"]?.status != .correct)
    }
}
