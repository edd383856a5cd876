import CoursecheckAssignment
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Testing

/// Classes of working and self-checking, round 29 (found on a set of sheets
/// by careful students; each class written here in other words). Verdicts
/// by hand from the assignment: t_1 = (f_1, f_2, f_5), so in Question 5.1
/// ∂L/∂f_1 = f_5 − f_2, ∂L/∂f_2 = f_2 − f_1, ∂L/∂f_5 = f_1 − f_5, the rest 0;
/// Question 6: ∂L/∂f_1 = (f_5 − f_2) + (f_4 − f_3) + (f_1 − f_2) + (f_1 − f_3)
/// = 2f_1 − 2f_2 − 2f_3 + f_4 + f_5 (f_1 is the anchor of t_1 and t_2 and
/// the positive of t_3 and t_5); Part I: RNN 200·(100 + 200) + 2·200 =
/// 60,400, bi-RNN 120,800, 2-level bi-RNN 120,800 + 2·(200·400 + 200² +
/// 400) = 361,600.
@Suite("Working and self-checks, round 29: the others after samples named, derivatives named in checks and notes on drafts, figures given as examples, parts totalled, role columns")
struct Work35Round29Tests {
    typealias C = SheetClassesTests
    static let q51 = ["part2.q5.1.f_1", "part2.q5.1.f_2", "part2.q5.1.f_3", "part2.q5.1.f_4", "part2.q5.1.f_5", "part2.q5.1.f_6"]
    static let q6f1 = "$$\\frac{\\partial L}{\\partial f_1} = (f_5 - f_2) + (f_4 - f_3) + (f_1 - f_2) + (f_1 - f_3) = 2f_1 - 2f_2 - 2f_3 + f_4 + f_5$$"

    static func problems(_ c: [String: Check], _ prefix: String) -> [String] {
        c.filter { $0.key.hasPrefix(prefix) && [.unparsable, .inconsistent].contains($0.value.status) }.map(\.key)
    }

    @Test("\"The others\" said before a part's answers, after the sentence named the triplet's samples, are the samples it did not name", arguments: [
        "The anchor is $f_1$, the positive $f_2$ and the negative $f_5$. All the other gradients are $0$.",
        "Anchor: $f_1$; positive: $f_2$; negative: $f_5$; the remaining three derivatives are $0$.",
    ])
    func othersAfterNamed(_ words: String) throws {
        let answers = "$$\\frac{\\partial L}{\\partial f_1} = f_5 - f_2$$\n\n$$\\frac{\\partial L}{\\partial f_2} = f_2 - f_1$$\n\n$$\\frac{\\partial L}{\\partial f_5} = f_1 - f_5$$\n"
        let c = try C.checks("## Question 5.1\n\n" + words + "\n\n" + answers)
        C.expectRead(c, Self.q51)
        // A wrong answer after it is still wrong.
        let wrong = try C.checks("## Question 5.1\n\n" + words + "\n\n" + answers.replacingOccurrences(of: "f_5 - f_2", with: "f_2 - f_5"))
        C.expectRead(wrong, ["part2.q5.1.f_1"], .incorrect)
    }

    @Test("A derivative named alone in a sentence that checks it (`I verified $∂L/∂f_1$ term by term: $f_1$ is …`) waits for no value")
    func headInCheck() throws {
        for words in ["I verified $\\partial L/\\partial f_1$ term by term: $f_1$ is the anchor in $t_1$, $t_2$ and the positive in $t_3$, $t_5$.",
                      "Sanity check of $\\frac{\\partial L}{\\partial f_1}$ once more: $f_1 - f_2$ and $f_1 - f_3$ come from $t_3$ and $t_5$."] {
            let c = try C.checks("## Question 6\n\n" + Self.q6f1 + "\n\n" + words + "\n")
            C.expectRead(c, ["part2.q6.f_1"])
            #expect(Self.problems(c, "part2.q6").isEmpty, "\(Self.problems(c, "part2.q6"))")
        }
    }

    @Test("A note on an earlier draft (`Correction:`, `edit:`) quotes it: its values and the derivatives it names alone answer nothing")
    func correctionNote() throws {
        for note in ["Correction: my draft had $(f_5 - f_1)$ as the first term; the line above uses $(f_5 - f_2)$.",
                     "**Edit:** in the first version $\\partial L/\\partial f_1$ had the opposite sign; $-(f_2 - f_5)$ is $f_5 - f_2$, as above.",
                     "edit: fixed the f_1 row, which read (f_5 - f_1) before; now (f_5 - f_2)."] {
            let c = try C.checks("## Question 6\n\n" + Self.q6f1 + "\n\n" + note + "\n")
            C.expectRead(c, ["part2.q6.f_1"])
            #expect(Self.problems(c, "part2.q6").isEmpty, "\(note): \(Self.problems(c, "part2.q6"))")
        }
        // A whole derivative stated after the label still answers: a second,
        // different answer is no longer the right one alone.
        let restated = try C.checks("## Question 6\n\n" + Self.q6f1 + "\n\nCorrection: $\\frac{\\partial L}{\\partial f_1} = 2f_1 - 2f_2 - f_3 + f_4 + f_5$.\n")
        #expect(restated["part2.q6.f_1"]?.status != .correct, "\(restated["part2.q6.f_1"]?.status.rawValue ?? "absent")")
    }

    static let partOne = "| Model | Parameters | Accuracy |\n|---|---|---|\n| RNN | 60,400 | 63.1% |\n| LSTM | 241,600 | 84.0% |\n| bi-RNN | 120,800 | 67.0% |\n"
        + "| bi-LSTM | 483,200 | 85.2% |\n| 2-level bi-RNN | 361,600 | 61.2% |\n| 2-level bi-LSTM | 1,446,400 | 72.9% |\n"

    @Test("A figure a remark gives as an example of another convention (\"e.g.\", \"for instance\") is not the model's answer", arguments: [
        "Were the biases merged, every block would lose 200 weights, e.g. 120,400 for the bi-RNN; the table keeps two.",
        "With a single bias vector each block has 200 fewer, for instance 120,400 for the bi-RNN. I keep PyTorch's count.",
    ])
    func exampleFigure(_ remark: String) throws {
        let c = try C.checks("# Part I\n\n" + Self.partOne + "\n> " + remark + "\n\n# Part II\n")
        C.expectRead(c, ["part1.params.rnn", "part1.params.bi-rnn", "part1.params.2-level-bi-rnn"])
        #expect(c.keys.filter { $0.hasPrefix("part1.params@") }.isEmpty, "\(c.keys.filter { $0.hasPrefix("part1.params@") })")
    }

    @Test("A model's line of working whose parts' figures come before the one \"together\" / \"combined\" labels: that one is the count")
    func partsTogether() throws {
        for word in ["together", "combined"] {
            let list = "- 2-level bi-RNN: first level $2 \\cdot 60\\,400 = 120\\,800$, second level $2 \\cdot 120\\,400 = 240\\,800$; \(word) $361\\,600$.\n"
            let c = try C.checks("# Part I\n\n" + Self.partOne + "\nHow the stacked one adds up:\n\n" + list + "\n# Part II\n")
            C.expectRead(c, ["part1.params.2-level-bi-rnn"])
            let wrong = try C.checks("# Part I\n\n" + Self.partOne.replacingOccurrences(of: "361,600", with: "241,200") + "\nHow:\n\n"
                                     + list.replacingOccurrences(of: "361\\,600", with: "241\\,200") + "\n# Part II\n")
            C.expectRead(wrong, ["part1.params.2-level-bi-rnn"], .incorrect)
        }
    }

    @Test("A column of the roles each sample plays beside its derivative (`| $f_1$ | anchor | $f_5 - f_2$ |`) holds no value")
    func roleColumn() throws {
        let table = "| | plays | gradient $\\nabla_{f_i} L$ |\n|---|---|---|\n| $f_1$ | (anchor) | $f_5 - f_2$ |\n| $f_2$ | pos. | $f_2 - f_1$ |\n| $f_3$ | | $0$ |\n| $f_4$ | | $0$ |\n| $f_5$ | **negative** | $f_1 - f_5$ |\n| $f_6$ | | $0$ |\n"
        let c = try C.checks("## Question 5.1\n\n" + table)
        C.expectRead(c, Self.q51)
        #expect(Self.problems(c, "part2.q5.1").isEmpty, "\(Self.problems(c, "part2.q5.1"))")
        let wrong = try C.checks("## Question 5.1\n\n" + table.replacingOccurrences(of: "$f_2 - f_1$", with: "$f_1 - f_2$"))
        C.expectRead(wrong, ["part2.q5.1.f_2"], .incorrect)
    }

    @Test("Roles stated after their words with `=` (`anchor $= f_1$`) or in brackets (`$(a = f_1, p = f_2, n = f_5)$`) are role statements, checked against the triplet", arguments: [
        "anchor $= f_1$, positive $= f_2$, negative $= f_5$\n\n",
        "Roles $(a = f_1, p = f_2, n = f_5)$\n\n",
    ])
    func rolesStated(_ roles: String) throws {
        let answers = "$$\\frac{\\partial L}{\\partial f_1} = f_5 - f_2, \\quad \\frac{\\partial L}{\\partial f_2} = f_2 - f_1, \\quad \\frac{\\partial L}{\\partial f_5} = f_1 - f_5$$\n\nThe others are $0$.\n"
        let c = try C.checks("## Question 5.1\n\n" + roles + answers)
        C.expectRead(c, Self.q51)
        #expect(Self.problems(c, "part2.q5.1").isEmpty, "\(Self.problems(c, "part2.q5.1"))")
        // A role that is not the triplet's is reported at its place.
        let swapped = try C.checks("## Question 5.1\n\n" + roles.replacingOccurrences(of: "f_5", with: "f_6") + answers)
        #expect(!Self.problems(swapped, "part2.q5.1@").isEmpty, "\(swapped.keys.filter { $0.hasPrefix("part2.q5.1") })")
    }

    @Test("Some of a part's roles named in running words after its own label (`In $t_1$ the anchor is $f_1$, so …`) state nothing more: no problem when they agree")
    func someRolesInWords() throws {
        let text = "## Question 5.1\n\nIn $t_1$ the positive is $f_2$, so $\\frac{\\partial L}{\\partial f_2} = f_2 - f_1$; the anchor $f_1$ gets $\\frac{\\partial L}{\\partial f_1} = f_5 - f_2$ and $\\frac{\\partial L}{\\partial f_5} = f_1 - f_5$. The other gradients are $0$.\n"
        let c = try C.checks(text)
        C.expectRead(c, Self.q51)
        #expect(c["part2.q5.triplets"]?.status != .unparsable, "\(c["part2.q5.triplets"]?.evidence ?? "")")
        let wrong = try C.checks(text.replacingOccurrences(of: "the positive is $f_2$", with: "the positive is $f_3$"))
        #expect(wrong["part2.q5.triplets"]?.status == .unparsable, "\(wrong["part2.q5.triplets"]?.status.rawValue ?? "absent")")
    }

    @Test("A value stated for the loss named in maths (`$L^t$ is identically $0$ here`) answers no derivative")
    func lossInMaths() throws {
        for words in ["Below the margin $L^t$ is identically $0$ in a neighbourhood:", "Here $L^t = \\max(0, \\cdot)$ gives $0$, flat nearby:"] {
            let c = try C.checks("## Question 2\n\n" + words + "\n\n" + C.q2 + "\n")
            C.expectRead(c, ["part2.q2.f_a", "part2.q2.f_p", "part2.q2.f_n"])
            #expect(Self.problems(c, "part2.q2").isEmpty, "\(Self.problems(c, "part2.q2"))")
        }
    }

    @Test("Every item of a check (`Check: the coefficients of $f_1$ are $2, -2, 0, 1$, …`) and a derivative it sums (`Check: $\\sum_i \\partial L/\\partial f_i = 0$`) answer nothing")
    func checkItems() throws {
        for check in ["Check: the coefficients of $f_1$ down the six rows are $2, -2, -2, 1, 1, 0$, adding up to $0$.",
                      "Check: $\\sum_{j=1}^{6} \\frac{\\partial L}{\\partial f_j} = 0$, as it must.",
                      "As a check I compared each line with finite differences; they agree to $10^{-7}$."] {
            let c = try C.checks("## Question 6\n\n" + Self.q6f1 + "\n\n" + check + "\n")
            C.expectRead(c, ["part2.q6.f_1"])
            #expect(Self.problems(c, "part2.q6").isEmpty, "\(check): \(Self.problems(c, "part2.q6"))")
        }
    }

    @Test("Part I working labelled by a part of a model (`one LSTM gate block, level 2:  …`, `RNN cell, d_in = 400:  …`) is no row; a row whose name and count one space parts is one")
    func partOneWorkingLines() throws {
        let rows = "RNN              60400   acc 63.1%\nLSTM            241600   acc 84.0%\nbi-RNN          120800   acc 67.0%\nbi-LSTM         483200   acc 85.2%\n"
            + "2-level bi-RNN  361600   acc 61.2%\n2-level bi-LSTM 1446400  acc 72.9%\n"
        let working = "Working:\n  one LSTM gate block, level 2:  200*400 + 200*200 + 2*200 = 120,400\n  RNN cell, d_in = 100:  200*100 + 200*200 + 400 = 60,400\n"
        let c = try C.checks("PART I\n\n" + rows + "\n" + working + "\nPART II\n", name: "sheet.txt")
        C.expectRead(c, ["part1.params.rnn", "part1.params.lstm", "part1.params.bi-rnn", "part1.params.bi-lstm", "part1.params.2-level-bi-rnn", "part1.params.2-level-bi-lstm"])
        let unread = c.filter { $0.key.hasPrefix("part1.params") && $0.value.status == .unparsable }.map(\.key)
        #expect(unread.isEmpty, "\(unread)")
        let wrong = try C.checks("PART I\n\n" + rows.replacingOccurrences(of: "1446400", with: "1446000") + "\n" + working + "\nPART II\n", name: "sheet.txt")
        C.expectRead(wrong, ["part1.params.2-level-bi-lstm"], .incorrect)
    }

    @Test("A step of a chain that differentiates an expression as written (`= \\frac{\\partial}{\\partial f_p}\\tfrac12\\|f_a - f_p\\|^2 =`) is working; the last side is the answer")
    func operatorStep() throws {
        let q3 = "## Question 3\n\n$$\\frac{\\partial L}{\\partial f_a} = f_n - f_p$$\n\n$$\\frac{\\partial L}{\\partial f_p} = \\frac{\\partial}{\\partial f_p}\\left(\\tfrac12\\|f_a - f_p\\|^2\\right) = f_p - f_a$$\n\n"
            + "$$\\frac{\\partial L}{\\partial f_n} = -\\frac{\\partial}{\\partial f_n}\\tfrac12\\|f_a - f_n\\|^2 = f_a - f_n$$\n"
        let c = try C.checks(q3)
        C.expectRead(c, ["part2.q3.f_a", "part2.q3.f_p", "part2.q3.f_n"])
        let wrong = try C.checks(q3.replacingOccurrences(of: "= f_p - f_a$$", with: "= f_a - f_p$$"))
        C.expectRead(wrong, ["part2.q3.f_p"], .incorrect)
    }

    @Test("LaTeX: a first attempt struck out inside maths' text (`&= \\text{\\sout{$f_2 - f_5$}}\\ f_n - f_p = …`) leaves no empty item; the unstruck chain is the answer")
    func struckInMathText() throws {
        let tex = "\\subsection*{Question 5.1}\n\\begin{align*}\n\\frac{\\partial L}{\\partial f_1} &= \\text{\\sout{$f_2 - f_5$}}\\ f_n - f_p = f_5 - f_2 \\\\\n"
            + "\\frac{\\partial L}{\\partial f_2} &= f_2 - f_1 \\\\\n\\frac{\\partial L}{\\partial f_5} &= \\mbox{ \\sout{$f_5 - f_1$} } f_1 - f_5\n\\end{align*}\nThe other derivatives are $0$.\n"
        let c = try C.checks(tex, name: "sheet.tex")
        C.expectRead(c, Self.q51)
        #expect(Self.problems(c, "part2.q5.1").isEmpty, "\(Self.problems(c, "part2.q5.1"))")
        // The struck one right, the one kept wrong: wrong.
        let wrong = try C.checks(tex.replacingOccurrences(of: "f_n - f_p = f_5 - f_2", with: "f_p - f_n = f_2 - f_5")
            .replacingOccurrences(of: "\\sout{$f_2 - f_5$}", with: "\\sout{$f_5 - f_2$}"), name: "sheet.tex")
        C.expectRead(wrong, ["part2.q5.1.f_1"], .incorrect)
    }

    @Test("Working in roles beside the answers: `$\\nabla$` alone as a word, Question 3 derived by an operator on the loss as written, Question 6's rule in roles")
    func workingInRoles() throws {
        let text = "## Question 3\n\n" + C.q3 + "\n\n(Each is $\\nabla$ of a squared norm. Derivation: $\\frac{\\partial}{\\partial f_a}\\left[\\tfrac12\\|f_a - f_p\\|^2 - \\tfrac12\\|f_a - f_n\\|^2\\right] = (f_a - f_p) - (f_a - f_n)$.)\n\n"
            + "## Question 6\n\nEach sample collects $f_n - f_p$ where it anchors, $f_p - f_a$ where it is the positive and $f_a - f_n$ where it is the negative.\n\n" + Self.q6f1 + "\n"
        let c = try C.checks(text)
        C.expectRead(c, ["part2.q3.f_a", "part2.q3.f_p", "part2.q3.f_n", "part2.q6.f_1"])
        #expect(Self.problems(c, "part2.q3").isEmpty && Self.problems(c, "part2.q6").isEmpty, "\(Self.problems(c, "part2.q"))")
        // Without the answers, the working is for a person.
        let alone = try C.checks("## Question 6\n\nEach sample collects $f_n - f_p$ where it anchors, $f_p - f_a$ where it is the positive and $f_a - f_n$ where it is the negative.\n")
        #expect(!Self.problems(alone, "part2.q6@").isEmpty, "\(alone.keys.filter { $0.hasPrefix("part2.q6") })")
    }
}
