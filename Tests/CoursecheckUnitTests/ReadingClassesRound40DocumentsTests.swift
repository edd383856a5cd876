import Foundation
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Testing

/// Classes of notation, round 40: documents laid out by lettered parts in
/// plain text (`A.` and `B.` alone on their lines) and in LaTeX with TeX's
/// control space (`\section*{A.\ Recurrent encoders}`); Part I sentences
/// that name the model another is made from in a clause of its own
/// (`Making the RNN bidirectional, the bi-RNN has …`); derivative heads in
/// brackets (`\left(\frac{\partial L}{\partial f_a}\right) = …`); tables of
/// Question 5 whose rows are named by the triplet's members alone
/// (`| (1, 2, 5) | … |` under `(a, p, n)`) or by a label in `\text{…}`
/// (`\text{5.1}\ (1,2,5) & …`); and a plain-text line of roles closed by
/// a colon (`anchor f_1, positive f_2, negative f_5:`). Written in other
/// words than unseen72's and unseen73's sheets that showed them. Verdicts by
/// hand from the assignment: an RNN cell has 200·100 + 200·200 + 2·200 =
/// 60,400 parameters, an LSTM four times that, two directions double them;
/// t_1 = (1, 2, 5), t_2 = (1, 3, 4): the anchor gets f_n − f_p, the positive
/// f_p − f_a, the negative f_a − f_n, the others 0.
@Suite("Classes of notation, round 40: lettered parts, opening clauses, bracketed heads, tables by members")
struct ReadingClassesRound40DocumentsTests {
    typealias C = SheetClassesTests

    // MARK: Parts by a letter alone, and TeX's control space in a part's title

    static let plainPartOne = "RNN: 60,400 parameters, test accuracy 61.5%\nLSTM: 241,600 parameters, test accuracy 71.0%\n"
        + "bi-RNN: 120,800 parameters, test accuracy 63.0%\nbi-LSTM: 483,200 parameters, test accuracy 73.5%\n"
        + "2-level bi-RNN: 361,600 parameters, test accuracy 65.5%\n2-level bi-LSTM: 1,446,400 parameters, test accuracy 74.0%\n"
    static let plainPartTwo = "B.2\n\ndL/dfa = 0, dL/dfp = 0, dL/dfn = 0\n\nB.3\n\ndL/dfa = fn - fp, dL/dfp = fp - fa, dL/dfn = fa - fn\n\n"
        + "B.4\n\nAll: 6 * 5 * 4 = 120. Valid: 6 * 2 * 3 = 36.\n"
    static let readIDs = ["part1.params.rnn", "part1.params.bi-rnn", "part1.params.2-level-bi-lstm",
                          "part2.q2.f_a", "part2.q3.f_a", "part2.q3.f_n", "part2.q4.all", "part2.q4.valid"]

    @Test("A part's capital letter alone on its line heads Part I at the top and Part II after it", arguments: [
        ("A.", "B."), ("A", "B"), ("(A)", "(B)"), ("A)", "B)"), ("**A.**", "**B.**"),
    ])
    func partLetterAlone(_ a: String, _ b: String) throws {
        let sheet = "Homework 3, Jo Bloggs\n\n\(a)\n\n\(Self.plainPartOne)\n\(b)\n\n\(Self.plainPartTwo)"
        let c = try C.checks(sheet, name: "sheet.txt")
        C.expectRead(c, Self.readIDs)
        // Planted slip: the bi-RNN counted with one direction's biases only.
        let wrong = try C.checks(sheet.replacingOccurrences(of: "120,800 parameters", with: "120,400 parameters"), name: "sheet.txt")
        C.expectRead(wrong, ["part1.params.bi-rnn"], .incorrect)
        C.expectRead(wrong, ["part1.params.rnn", "part2.q3.f_a"])
    }

    @Test("A letter alone where no part begins heads nothing: an answer's or a list's letter", arguments: ["A.", "B.", "(B)"])
    func letterOutOfPlace(_ letter: String) throws {
        let sheet = "## Part II\n\n### Question 3\n\n\(letter)\n\n\(C.q3)\n\n### Question 4\n\n\(letter)\n\nAll: $6 \\cdot 5 \\cdot 4 = 120$. Valid: $6 \\cdot 2 \\cdot 3 = 36$.\n"
        let c = try C.checks(sheet)
        C.expectRead(c, ["part2.q3.f_a", "part2.q3.f_p", "part2.q3.f_n", "part2.q4.all", "part2.q4.valid"])
    }

    static func tex(_ partOne: String, _ partTwo: String) -> String {
        "\\documentclass{article}\n\\usepackage{amsmath}\n\\begin{document}\n\n\\section*{\(partOne)}\n\n"
            + "\\begin{tabular}{lrr}\nModel & Parameters & Test accuracy \\\\\nRNN & 60{,}400 & 61.5\\% \\\\\nLSTM & 241{,}600 & 71.0\\% \\\\\n"
            + "bi-RNN & 120{,}800 & 63.0\\% \\\\\nbi-LSTM & 483{,}200 & 73.5\\% \\\\\n2-level bi-RNN & 361{,}600 & 65.5\\% \\\\\n"
            + "2-level bi-LSTM & 1{,}446{,}400 & 74.0\\% \\\\\n\\end{tabular}\n\n\\section*{\(partTwo)}\n\n"
            + "\\subsection*{B.2}\n\n\\[ \\frac{\\partial L}{\\partial f_a} = 0,\\quad \\frac{\\partial L}{\\partial f_p} = 0,\\quad \\frac{\\partial L}{\\partial f_n} = 0 \\]\n\n"
            + "\\subsection*{B.3}\n\n\\[ \\frac{\\partial L}{\\partial f_a} = f_n - f_p,\\quad \\frac{\\partial L}{\\partial f_p} = f_p - f_a,\\quad \\frac{\\partial L}{\\partial f_n} = f_a - f_n \\]\n\n"
            + "\\subsection*{B.4}\n\nAll: $6 \\cdot 5 \\cdot 4 = 120$. Valid: $6 \\cdot 2 \\cdot 3 = 36$.\n\n\\end{document}\n"
    }

    @Test("TeX's control space or tie after a part's letter or numeral is the title's space", arguments: [
        ("A.\\ Recurrent encoders", "B.\\ Triplet loss"),
        ("A.~Recurrent encoders", "B.~Triplet loss"),
        ("I.\\ RNN and LSTM parameters", "II.\\ Triplet loss gradients"),
    ])
    func controlSpaceInTitle(_ partOne: String, _ partTwo: String) throws {
        let sheet = Self.tex(partOne, partTwo)
        let c = try C.checks(sheet, name: "sheet.tex")
        C.expectRead(c, Self.readIDs)
        // Planted slip: the LSTM with one bias vector per gate.
        let wrong = try C.checks(sheet.replacingOccurrences(of: "241{,}600", with: "240{,}800"), name: "sheet.tex")
        C.expectRead(wrong, ["part1.params.lstm"], .incorrect)
        C.expectRead(wrong, ["part1.params.rnn"])
    }

    // MARK: Part I: the model another is made from, in a clause of its own

    static func partOne(_ text: String) -> String { "## Part I\n\n\(text)\n\n## Part II\n\n### Question 4\n\nAll: $120$. Valid: $36$.\n" }

    @Test("A model named in an opening clause closed by a comma takes no figure: the sentence's subject does", arguments: [
        ("Making the RNN bidirectional, the bi-RNN has 120,800 parameters and gets 67.3%.", "bi-rnn", Status.correct),
        ("Compared with the LSTM, the bi-LSTM has 483,200 parameters (80.1% test accuracy).", "bi-lstm", Status.correct),
        ("Like the RNN, the LSTM holds 241,600 parameters and reaches 71.0%.", "lstm", Status.correct),
        // Planted slips: the subject's wrong count reads incorrect, not the opening clause's model.
        ("Making the RNN bidirectional, the bi-RNN has 120,400 parameters and gets 67.3%.", "bi-rnn", Status.incorrect),
        ("Like the RNN, the LSTM holds 240,800 parameters and reaches 71.0%.", "lstm", Status.incorrect),
    ])
    func openingClauseModel(_ sentence: String, _ slug: String, _ status: Status) throws {
        let c = try C.checks(Self.partOne(sentence))
        C.expectRead(c, ["part1.params.\(slug)"], status)
        // The model of the opening clause is given nothing.
        for other in ["rnn", "lstm"] where other != slug {
            #expect(c["part1.params.\(other)"]?.status != .correct && c["part1.params.\(other)"]?.status != .incorrect,
                    "\(other): \(c["part1.params.\(other)"]?.status.rawValue ?? "absent")")
        }
    }

    @Test("A figure only the opening clause's model could own, or a subject that does not say its form, is not read", arguments: [
        ("Making the RNN bidirectional, it has 120,800 parameters and gets 67.3%.", ["rnn", "bi-rnn"]),
        ("Compared with the RNN, 120,800 parameters and 67.3% for this one.", ["rnn", "bi-rnn"]),
        // `bidirectional` outside the names may qualify `the RNN`, which owns the count.
        ("Making it bidirectional, the RNN has 120,800 parameters and the LSTM 483,200.", ["rnn", "lstm"]),
    ])
    func openingClauseDoubt(_ sentence: String, _ slugs: [String]) throws {
        let c = try C.checks(Self.partOne(sentence))
        for slug in slugs {
            let status = c["part1.params.\(slug)"]?.status
            #expect(status != .correct && status != .incorrect, "\(slug): \(status?.rawValue ?? "absent")")
        }
    }

    // MARK: A derivative's head in brackets

    @Test("A derivative head alone in brackets is that head", arguments: [
        ("$\\left(\\frac{\\partial L}{\\partial f_a}\\right) = f_n - f_p$, $\\left(\\frac{\\partial L}{\\partial f_p}\\right) = f_p - f_a$, $\\left(\\frac{\\partial L}{\\partial f_n}\\right) = f_a - f_n$", Status.correct),
        ("$\\left[\\frac{dL}{df_a}\\right] = f_n - f_p$, $\\left[\\frac{dL}{df_p}\\right] = f_p - f_a$, $\\left[\\frac{dL}{df_n}\\right] = f_a - f_n$", Status.correct),
        ("$(\\partial L/\\partial f_a) = f_n - f_p$, $(\\partial L/\\partial f_p) = f_p - f_a$, $(\\partial L/\\partial f_n) = f_a - f_n$", Status.correct),
        // Planted slip: the anchor's sign turned.
        ("$\\left(\\frac{\\partial L}{\\partial f_a}\\right) = f_p - f_n$, $\\left(\\frac{\\partial L}{\\partial f_p}\\right) = f_p - f_a$, $\\left(\\frac{\\partial L}{\\partial f_n}\\right) = f_a - f_n$", Status.incorrect),
    ])
    func headInBrackets(_ line: String, _ anchor: Status) throws {
        let c = try C.checks("## Question 3\n\n\(line)\n")
        C.expectRead(c, ["part2.q3.f_a"], anchor)
        C.expectRead(c, ["part2.q3.f_p", "part2.q3.f_n"])
    }

    @Test("A derivative between a norm's bars is no head of its own")
    func headInBars() throws {
        let c = try C.checks("## Question 3\n\n$\\left|\\frac{\\partial L}{\\partial f_a}\\right| = f_n - f_p$\n\n$\\frac{\\partial L}{\\partial f_p} = f_p - f_a$\n")
        C.expectRead(c, ["part2.q3.f_p"])
        #expect([.missing, .unparsable].contains(c["part2.q3.f_a"]?.status), "\(c["part2.q3.f_a"]?.status.rawValue ?? "absent")")
    }

    // MARK: Question 5's table, rows named by the triplet's members

    static let header = "| $(a,p,n)$ | $\\nabla_{f_1} L$ | $\\nabla_{f_2} L$ | $\\nabla_{f_3} L$ | $\\nabla_{f_4} L$ | $\\nabla_{f_5} L$ | $\\nabla_{f_6} L$ |\n|---|---|---|---|---|---|---|\n"
    static let row1 = "| (1, 2, 5) | $f_5 - f_2$ | $f_2 - f_1$ | $0$ | $0$ | $f_1 - f_5$ | $0$ |\n"
    static let row2 = "| (1, 3, 4) | $f_4 - f_3$ | $0$ | $f_3 - f_1$ | $f_1 - f_4$ | $0$ | $0$ |\n"
    static func part(_ k: Int) -> [String] { (1...6).map { "part2.q5.\(k).f_\($0)" } }

    @Test("Rows named by a triplet's members alone are that triplet's, in any order")
    func rowsByMembers() throws {
        for rows in [Self.row1 + Self.row2, Self.row2 + Self.row1] {
            let c = try C.checks("## Question 5\n\n\(Self.header)\(rows)")
            C.expectRead(c, Self.part(1) + Self.part(2))
        }
        // Planted slip: t_2's negative with its sign turned.
        let wrong = try C.checks("## Question 5\n\n\(Self.header)\(Self.row1)\(Self.row2.replacingOccurrences(of: "$f_1 - f_4$", with: "$f_4 - f_1$"))")
        C.expectRead(wrong, ["part2.q5.2.f_4"], .incorrect)
        C.expectRead(wrong, Self.part(1))
    }

    @Test("A row whose members are no triplet of the assignment names none: its cells are not read")
    func rowOfNoTriplet() throws {
        // (1, 2, 6) is no triplet; its cells are t_1's values with the negative moved.
        let c = try C.checks("## Question 5\n\n\(Self.header)\(Self.row1.replacingOccurrences(of: "(1, 2, 5)", with: "(1, 2, 6)"))")
        for id in Self.part(1) {
            #expect(c[id]?.status != .correct, "\(id): \(c[id]?.status.rawValue ?? "absent")")
        }
    }

    static func array(_ label1: String, _ label2: String) -> String {
        "## Question 5\n\n$$\n\\begin{array}{c|cccccc}\n(a,p,n) & \\frac{\\partial L}{\\partial f_1} & \\frac{\\partial L}{\\partial f_2} & \\frac{\\partial L}{\\partial f_3} & "
            + "\\frac{\\partial L}{\\partial f_4} & \\frac{\\partial L}{\\partial f_5} & \\frac{\\partial L}{\\partial f_6} \\\\ \\hline\n"
            + "\(label1) & f_5 - f_2 & f_2 - f_1 & 0 & 0 & f_1 - f_5 & 0 \\\\\n\(label2) & f_4 - f_3 & 0 & f_3 - f_1 & f_1 - f_4 & 0 & 0\n\\end{array}\n$$\n"
    }

    @Test("A maths array's rows labelled in words with TeX's spacing are the table's rows, not headings", arguments: [
        ("\\text{5.1}\\ (1,2,5)", "\\text{5.2}\\ (1,3,4)"),
        ("\\text{5.1}~(1,2,5)", "\\text{5.2}~(1,3,4)"),
        ("\\mathrm{Triplet}\\ 1", "\\mathrm{Triplet}\\ 2"),
        ("(1,2,5)", "(1,3,4)"),
    ])
    func arrayRowLabels(_ label1: String, _ label2: String) throws {
        let sheet = Self.array(label1, label2)
        let c = try C.checks(sheet)
        C.expectRead(c, Self.part(1) + Self.part(2))
        // Planted slip: t_2's anchor given t_1's value.
        let wrong = try C.checks(sheet.replacingOccurrences(of: "f_4 - f_3 & 0 & f_3 - f_1", with: "f_5 - f_2 & 0 & f_3 - f_1"))
        C.expectRead(wrong, ["part2.q5.2.f_1"], .incorrect)
        C.expectRead(wrong, Self.part(1))
    }

    // MARK: Plain text: the roles in words, closed by a colon

    @Test("A plain-text line of roles closed by a colon introduces the answers after it", arguments: [
        ("anchor f_1, positive f_2, negative f_5:", "d L / d f_1 = f_5 - f_2, d L / d f_2 = f_2 - f_1, d L / d f_5 = f_1 - f_5", Status.correct),
        ("Anchor f1, positive f2 and negative f5:", "dL/df1 = f5 - f2, dL/df2 = f2 - f1, dL/df5 = f1 - f5", Status.correct),
        // Planted slip: the positive's sign turned.
        ("anchor f_1, positive f_2, negative f_5:", "d L / d f_1 = f_5 - f_2, d L / d f_2 = f_1 - f_2, d L / d f_5 = f_1 - f_5", Status.incorrect),
    ])
    func rolesClosedByColon(_ roles: String, _ answers: String, _ f2: Status) throws {
        let sheet = "Question 5\n\nQuestion 5.1\n\n\(roles)\n\n\(answers)\n\nand the others vanish: d L / d f_3 = d L / d f_4 = d L / d f_6 = 0.\n"
        let c = try C.checks(sheet, name: "sheet.txt")
        C.expectRead(c, ["part2.q5.1.f_1", "part2.q5.1.f_3", "part2.q5.1.f_4", "part2.q5.1.f_5", "part2.q5.1.f_6"])
        C.expectRead(c, ["part2.q5.1.f_2"], f2)
        #expect(c.keys.filter { $0.hasPrefix("part2.q5.1@") }.isEmpty, "\(c.keys.filter { $0.hasPrefix("part2.q5.1@") })")
    }

    // MARK: Corrections after a value: in brackets, after an arrow, in a Part I cell

    static let q52Line = "dL/df_1 = f_4 - f_3, dL/df_2 = 0, dL/df_3 = f_3 - f_1, dL/df_4 = F4, dL/df_5 = 0, dL/df_6 = 0"
    static func q52(_ f4: String) -> String { "Question 5\n\nQuestion 5.2\n\n" + q52Line.replacingOccurrences(of: "F4", with: f4) + "\n" }
    static let q52IDs = ["part2.q5.2.f_1", "part2.q5.2.f_2", "part2.q5.2.f_3", "part2.q5.2.f_5", "part2.q5.2.f_6"]

    @Test("A value corrected in brackets that close its statement, in words of correction, is the correction", arguments: [
        ("f_4 - f_1 (no wait: f_1 - f_4)", Status.correct),
        ("f_4 - f_1 (oops, should be f_1 - f_4)", Status.correct),
        ("f_4 - f_1 (Correction: f_1 - f_4)", Status.correct),
        ("f_4 - f_1 (I mean f_1 - f_4)", Status.correct),
        // Planted slips: a right value corrected to a wrong one.
        ("f_1 - f_4 (no wait: f_4 - f_1)", Status.incorrect),
        ("f_1 - f_4 (correction: f_1 - f_3)", Status.incorrect),
    ])
    func bracketedCorrection(_ f4: String, _ status: Status) throws {
        let c = try C.checks(Self.q52(f4), name: "sheet.txt")
        C.expectRead(c, ["part2.q5.2.f_4"], status)
        C.expectRead(c, Self.q52IDs)
    }

    @Test("A bracket after a value without words of correction, or with words after the value, gives no verdict on either", arguments: [
        "f_1 - f_4 (check: f_1 - f_4)", "f_4 - f_1 (no wait: f_1 - f_4 I think)", "f_4 - f_1 (no wait, the sign)",
    ])
    func bracketNotACorrection(_ f4: String) throws {
        let c = try C.checks(Self.q52(f4), name: "sheet.txt")
        #expect(c["part2.q5.2.f_4"]?.status != .correct, "\(c["part2.q5.2.f_4"]?.status.rawValue ?? "absent")")
        C.expectRead(c, Self.q52IDs)
    }

    static let q6Working = "dL/df3 = (f3 - f1) + (f3 - f2) + (f5 - f1) + (f6 - f3) = "

    @Test("A value corrected after an arrow that ends its line, in words of correction, is the correction", arguments: [
        ("-2f1 - f2 + f3 + f5 - f6  --> correction: -2f1 - f2 + f3 + f5 + f6", Status.correct),
        ("-2f1 - f2 + f3 + f5 - f6 -> corrected: -2f1 - f2 + f3 + f5 + f6", Status.correct),
        // Planted slip: a right sum corrected to a wrong one.
        ("-2f1 - f2 + f3 + f5 + f6 --> correction: -2f1 - f2 + f3 + f5 - f6", Status.incorrect),
    ])
    func arrowCorrection(_ tail: String, _ status: Status) throws {
        let c = try C.checks("Question 6\n\n" + Self.q6Working + tail + "\n", name: "sheet.txt")
        C.expectRead(c, ["part2.q6.f_3"], status)
    }

    @Test("An arrow in a line of several statements, or to words, gives no verdict on the corrected value", arguments: [
        "dL/df4 = f1 + f2 - 2f6, " + q6Working + "-2f1 - f2 + f3 + f5 - f6 --> correction: -2f1 - f2 + f3 + f5 + f6",
        q6Working + "-2f1 - f2 + f3 + f5 - f6 --> correction: the sign of f6",
    ])
    func arrowNotACorrection(_ line: String) throws {
        let c = try C.checks("Question 6\n\ndL/df1 = 2f1 - 2f2 - 2f3 + f4 + f5\n\n" + line + "\n", name: "sheet.txt")
        C.expectRead(c, ["part2.q6.f_1"])
        #expect([.missing, .unparsable].contains(c["part2.q6.f_3"]?.status), "\(c["part2.q6.f_3"]?.status.rawValue ?? "absent")")
    }

    static func partOneTable(lstm: String) -> String {
        "## Part I\n\n| Model | Parameters | Test accuracy |\n|---|---|---|\n| RNN | 60,400 | 61.5% |\n| LSTM | \(lstm) | 71.0% |\n"
            + "| bi-RNN | 120,800 | 63.0% |\n| bi-LSTM | 483,200 | 73.5% |\n| 2-level bi-RNN | 361,600 | 65.5% |\n| 2-level bi-LSTM | 1,446,400 | 74.0% |\n"
    }

    @Test("A Part I count with the first figure in brackets, said to be the first, and the count again last, is the count", arguments: [
        ("241 600 (I first had 240 800 because I only counted one bias per gate; with two biases it is 241 600)", Status.correct),
        ("241,600 (originally 240,800 with one bias per gate; two biases give 241,600)", Status.correct),
        // Planted slip: the right count first, corrected to one bias per gate.
        ("240,800 (I first had 241,600, but with one bias per gate it is 240,800)", Status.incorrect),
    ])
    func revisedPartOneCount(_ cell: String, _ status: Status) throws {
        let c = try C.checks(Self.partOneTable(lstm: cell))
        C.expectRead(c, ["part1.params.lstm"], status)
        C.expectRead(c, ["part1.params.rnn", "part1.params.bi-lstm"])
    }

    @Test("A Part I count whose bracket ends on another figure, or says no first attempt, gives no verdict", arguments: [
        "241,600 (I first had 240,800)", "240,800 (with two biases it is 241,600)", "241,600 (240,800 with one bias)",
    ])
    func revisedCountUncertain(_ cell: String) throws {
        let c = try C.checks(Self.partOneTable(lstm: cell))
        #expect(c["part1.params.lstm"]?.status != .correct, "\(c["part1.params.lstm"]?.status.rawValue ?? "absent")")
        #expect(c["part1.params.lstm"]?.status != .incorrect, "\(c["part1.params.lstm"]?.status.rawValue ?? "absent")")
    }
}
