import CoursecheckAssignment
import CoursecheckVerification
import Testing

/// Readings that a newcomer's review of the grammar's new notations showed
/// could turn a blank or wrong answer into a right one, or a right one into
/// a wrong one. Verdicts by hand from the assignment: Question 2 every
/// derivative 0; Question 3 ∂L/∂f_a = f_n − f_p; t_1 = (1, 2, 5), so in 5.1
/// ∂L/∂f_1 = f_5 − f_2; t_2 = (1, 3, 4); Question 6 ∂/∂f_1 = 2f_1 + f_4 +
/// f_5 − 2f_2 − 2f_3; Part I's RNN has 60,400 parameters.
@Suite("Precision guards: a blank, a note, a grouping, another triplet's head never become a verdict")
struct PrecisionGuardTests {
    typealias C = SheetClassesTests

    @Test("A head written with its '=' and left blank does not take the next head's value", arguments: [
        "## Question 2\n\n$\\frac{\\partial L}{\\partial f_a} =$\n\n$\\frac{\\partial L}{\\partial f_p} = 0$, $\\frac{\\partial L}{\\partial f_n} = 0$\n",
        "## Question 2\n\n$$\\frac{\\partial L}{\\partial f_a} =$$\n\n$$\\frac{\\partial L}{\\partial f_p} = \\frac{\\partial L}{\\partial f_n} = 0$$\n",
    ])
    func blankHead(sheet: String) throws {
        let c = try C.checks(sheet)
        C.expectRead(c, ["part2.q2.f_a"], .unparsable)
        C.expectRead(c, ["part2.q2.f_p", "part2.q2.f_n"])
    }

    @Test("A brace's note that is maths (a result, a factor) is not dropped: unparsable; words are", arguments: [
        ("\\underbrace{(f_5 - f_2) + (f_4 - f_3) + (f_1 - f_2) + (f_1 - f_3)}_{= 2f_1 - f_2 - f_3} = 2f_1 + f_4 + f_5 - 2f_2 - 2f_3", Status.unparsable),
        ("\\underbrace{(f_5 - f_2) + (f_4 - f_3)}_{t_1,\\ t_2} + (f_1 - f_2) + (f_1 - f_3) = 2f_1 + f_4 + f_5 - 2f_2 - 2f_3", .unparsable),
        ("\\underbrace{(f_5 - f_2) + (f_4 - f_3)}_{\\text{from the first two}} + (f_1 - f_2) + (f_1 - f_3) = 2f_1 + f_4 + f_5 - 2f_2 - 2f_3", .correct),
    ])
    func braceNotes(value: String, status: Status) throws {
        let c = try C.checks("## Question 6\n\n$$\\frac{\\partial L}{\\partial f_1} = \(value)$$\n")
        C.expectRead(c, ["part2.q6.f_1"], status)
    }

    @Test("Thousands are grouped by three: 604,00 and 6 0400 are no grouping of 60,400; '60,400 k' is 60.4 million", arguments: [
        ("| Model | Parameters | Accuracy |\n|---|---|---|\n| RNN | 604,00 | 61,5 % |\n", Status.unparsable),
        ("| Model | Parameters | Accuracy |\n|---|---|---|\n| RNN | 6\u{202F}0400 | 61.5 % |\n", .unparsable),
        ("| Model | Parameters | Accuracy |\n|---|---|---|\n| RNN | 60\u{202F}400 | 61.5 % |\n", .correct),
        ("- RNN: 60,400 k parameters, 61.5 %\n", .incorrect),
        ("- RNN: 60.4k parameters, 61.5 %\n", .correct),
    ])
    func grouping(partOne: String, status: Status) throws {
        let c = try C.checks("## Part I\n\n" + partOne)
        C.expectRead(c, ["part1.params.rnn"], status)
    }

    @Test("Under a model named alone, a line naming one figure that cannot be read is unparsable there, and the model's lines go on")
    func unreadFigureLine() throws {
        for line in ["- parameters: 2 x 30,200", "- parameters: 60,400, 120,800"] {
            let c = try C.checks("## Part I\n\n**RNN**\n\n\(line)\n- test accuracy: 64.64%\n")
            C.expectRead(c, ["part1.params.rnn"], .unparsable)
            C.expectRead(c, ["part1.accuracy.rnn"], .unverifiable)
            #expect(c.keys.allSatisfy { !$0.contains("test-accuracy") }, "\(c.keys.sorted())")
        }
    }

    @Test("Under Question 5.k, another triplet's derivative is not this question's answer")
    func otherTripletsHead() throws {
        // t_2's loss under 5.1 with 5.1's right value: not 5.1's answer.
        let c = try C.checks("## Question 5.1\n\n$$\\frac{\\partial L_{t_2}}{\\partial f_1} = f_5 - f_2$$\n")
        C.expectRead(c, ["part2.q5.1.f_1"], .unparsable)
    }

    @Test("Under Question 5.k a triplet equal to another's is still this question's: wrong, or given twice")
    func otherTripletUnderK() throws {
        let triplets = TripletListTests.triplets
        var sections = triplets
        sections[1] = triplets[0]   // 5.2 names t_1's samples
        let alone = TripletListTests.perSection(sections) { _, t in "Triplet $(f_\(t[0]), f_\(t[1]), f_\(t[2]))$:" }
        C.expectRead(try C.checks(alone), ["part2.q5.triplets"], .incorrect)
        let list = "## Question 5\n\n" + triplets.enumerated().map { k, t in "$t_\(k + 1) = (f_\(t[0]), f_\(t[1]), f_\(t[2]))$" }.joined(separator: ", ") + "\n\n"
        let withList = list + "### Question 5.2\n\nTriplet $(f_1, f_2, f_5)$:\n"
        C.expectRead(try C.checks(withList), ["part2.q5.triplets"], .unparsable)
    }

    @Test("LaTeX's struck-out text (\\sout, \\xout, \\st) is withdrawn, as Markdown's ~~…~~ is", arguments: ["sout", "xout", "st"])
    func struckOutLaTeX(command: String) throws {
        let sheet = "\\documentclass{article}\n\\usepackage{ulem}\n\\begin{document}\n\\section*{Question 3}\n"
            + "\\\(command){$\\frac{\\partial L}{\\partial f_a} = f_p - f_n$} $\\frac{\\partial L}{\\partial f_a} = f_n - f_p$\n\\end{document}\n"
        C.expectRead(try C.checks(sheet, name: "sheet.tex"), ["part2.q3.f_a"])
        // The right answer struck and a wrong one left standing.
        let wrong = "\\documentclass{article}\n\\begin{document}\n\\section*{Question 3}\n"
            + "\\\(command){$\\frac{\\partial L}{\\partial f_a} = f_n - f_p$} $\\frac{\\partial L}{\\partial f_a} = f_p - f_n$\n\\end{document}\n"
        C.expectRead(try C.checks(wrong, name: "sheet.tex"), ["part2.q3.f_a"], .incorrect)
    }
}
