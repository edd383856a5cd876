import CoursecheckAssignment
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Foundation
import Testing

/// Classes of layout found on sheets written by others: how a sheet marks its
/// questions and how it lays out Part I. Verdicts by hand from the
/// assignment (input 100, hidden 200, two biases): RNN 200·(100+200+2) =
/// 60,400 parameters, LSTM 4 × 60,400 = 241,600, bi-RNN 120,800, bi-LSTM
/// 483,200, 2-level bi-RNN 120,800 + 2·200·(400+200+2) = 361,600, 2-level
/// bi-LSTM 4 × 361,600 = 1,446,400. Question 2: every derivative 0; Question
/// 3: ∂L/∂f_a = f_n − f_p, ∂L/∂f_p = f_p − f_a, ∂L/∂f_n = f_a − f_n.
@Suite("Classes of layout: LaTeX bold question numbers, headings in German, Part I as nested lists, rows on one line, accuracies without %, siunitx")
struct LayoutClassesTests {
    static let roles = ["f_a", "f_p", "f_n"]

    // MARK: Headings

    @Test("LaTeX: a bold number starts a question as Markdown's `**2.**` does (`\\noindent\\textbf{2.}`, `\\textbf{3}.`, `\\item \\textbf{2.}`)", arguments: [
        ("\\noindent\\textbf{2.} ", "\\noindent\\textbf{3.} "),
        ("\\textbf{2}. ", "\\textbf{3}. "),
        ("\\noindent\\textit{2.}\n\n", "\\noindent\\textit{3.}\n\n"),
    ])
    func latexBoldNumbers(two: String, three: String) throws {
        func sheet(_ q3a: String) -> String {
            "\\documentclass{article}\n\\begin{document}\n\\section*{Part II}\n"
                + "\(two)Inactive: $\\frac{\\partial L}{\\partial f_a} = \\frac{\\partial L}{\\partial f_p} = \\frac{\\partial L}{\\partial f_n} = 0$.\n\n"
                + "\(three)Active: $\\frac{\\partial L}{\\partial f_a} = \(q3a)$, $\\frac{\\partial L}{\\partial f_p} = f_p - f_a$, "
                + "$\\frac{\\partial L}{\\partial f_n} = f_a - f_n$.\n\n\\end{document}\n"
        }
        let c = try SheetClassesTests.checks(sheet("f_n - f_p"), name: "sheet.tex")
        SheetClassesTests.expectRead(c, Self.roles.map { "part2.q2.\($0)" } + Self.roles.map { "part2.q3.\($0)" }, .correct)
        // A planted slip under the same heading: the sign of ∂L/∂f_a turned.
        let wrong = try SheetClassesTests.checks(sheet("f_p - f_n"), name: "sheet.tex")
        SheetClassesTests.expectRead(wrong, ["part2.q3.f_a"], .incorrect)
        SheetClassesTests.expectRead(wrong, ["part2.q3.f_p", "part2.q3.f_n"], .correct)
    }

    @Test("Headings in German: `Teil II`, `Aufgabe 3`")
    func german() throws {
        func sheet(_ q3p: String) -> String {
            "# Lösungen\n\n## Teil II\n\n### Aufgabe 2\n\n$\\partial L/\\partial f_a = \\partial L/\\partial f_p = \\partial L/\\partial f_n = 0$\n\n"
                + "### Aufgabe 3\n\n$\\partial L/\\partial f_a = f_n - f_p$, $\\partial L/\\partial f_p = \(q3p)$, $\\partial L/\\partial f_n = f_a - f_n$\n"
        }
        SheetClassesTests.expectRead(try SheetClassesTests.checks(sheet("f_p - f_a")), Self.roles.map { "part2.q2.\($0)" } + Self.roles.map { "part2.q3.\($0)" }, .correct)
        SheetClassesTests.expectRead(try SheetClassesTests.checks(sheet("f_a - f_p")), ["part2.q3.f_p"], .incorrect)
    }

    // MARK: Part I

    @Test("Part I as a list of models, each with its figures in the lines under it", arguments: [
        "- **RNN**\n  - parameters: 60,400\n  - test accuracy: 64.10%\n- **LSTM**\n  - parameters: COUNT\n  - test accuracy: 86.20%\n",
        "RNN\n  params = 60400\n  acc 64.10 %\n\nLSTM:\n  params = COUNT\n  accuracy 86.20 %\n",
        "### RNN\n\n- number of parameters: 60 400\n- accuracy: 64.10 %\n\n### LSTM\n\n- number of parameters: COUNT\n- accuracy: 86.20 %\n",
    ])
    func nested(layout: String) throws {
        let c = try SheetClassesTests.checks("# Part I\n\n" + layout.replacingOccurrences(of: "COUNT", with: "241,600"))
        SheetClassesTests.expectRead(c, ["part1.params.rnn", "part1.params.lstm"], .correct)
        SheetClassesTests.expectRead(c, ["part1.accuracy.rnn", "part1.accuracy.lstm"], .unverifiable)
        // Planted: the LSTM counted with three gates (3 × 60,400 = 181,200).
        let wrong = try SheetClassesTests.checks("# Part I\n\n" + layout.replacingOccurrences(of: "COUNT", with: "181,200"))
        SheetClassesTests.expectRead(wrong, ["part1.params.lstm"], .incorrect)
        SheetClassesTests.expectRead(wrong, ["part1.params.rnn"], .correct)
    }

    @Test("Lines under a model that say more than one figure's name are not its figures")
    func nestedProse() throws {
        let c = try SheetClassesTests.checks("# Part I\n\n- **RNN**\n  - parameters: 60,400\n- **LSTM**\n  - it has 4 gates, so 241,600\n")
        SheetClassesTests.expectRead(c, ["part1.params.rnn"], .correct)
        #expect(c["part1.params.lstm"]?.status == .missing, "\(c["part1.params.lstm"]?.status.rawValue ?? "absent")")
    }

    @Test("Part I's rows on one line, separated by `;`")
    func semicolonRows() throws {
        func sheet(_ biLSTM: String) -> String {
            "**Part I** — RNN: 60,400 params (61.2%); LSTM: 241,600 params (85.0%); bi-RNN: 120,800 params (66.1%); "
                + "bi-LSTM: \(biLSTM) params (86.4%); 2-level bi-RNN: 361,600 params (60.3%); 2-level bi-LSTM: 1,446,400 params (84.9%).\n"
        }
        let c = try SheetClassesTests.checks(sheet("483,200"))
        let slugs = ["rnn", "lstm", "bi-rnn", "bi-lstm", "2-level-bi-rnn", "2-level-bi-lstm"]
        SheetClassesTests.expectRead(c, slugs.map { "part1.params.\($0)" }, .correct)
        SheetClassesTests.expectRead(c, slugs.map { "part1.accuracy.\($0)" }, .unverifiable)
        // Planted: the bi-LSTM not doubled for its two directions.
        SheetClassesTests.expectRead(try SheetClassesTests.checks(sheet("241,600")), ["part1.params.bi-lstm"], .incorrect)
    }

    @Test("An accuracy the words name, without %: a percentage above 1, a fraction when the sheet's are all fractions")
    func accuracyWithoutPercent() throws {
        let percent = try SheetClassesTests.checks("Part I\n\n- RNN: 60,400 parameters, accuracy 64.64\n- LSTM: 241,600 parameters, test acc = 86.03\n")
        #expect(percent["part1.accuracy.rnn"]?.claimed == "64.64")
        SheetClassesTests.expectRead(percent, ["part1.accuracy.rnn", "part1.accuracy.lstm"], .unverifiable)
        let fractions = try SheetClassesTests.checks("PART I\n\n RNN: 6.04e4 parameters   acc = 0.6464\nLSTM: 2.416e5 parameters   acc = 0.8603\n")
        SheetClassesTests.expectRead(fractions, ["part1.params.rnn", "part1.params.lstm"], .correct)
        #expect(fractions["part1.accuracy.lstm"]?.claimed == "0.8603")
        SheetClassesTests.expectRead(fractions, ["part1.accuracy.rnn", "part1.accuracy.lstm"], .unverifiable)
        // One fraction among percentages cannot be told: unparsable, not judged.
        let mixed = try SheetClassesTests.checks("Part I\n\n- RNN: 60,400 parameters, 64.64 %\n- LSTM: 241,600 parameters, accuracy 0.8603\n")
        SheetClassesTests.expectRead(mixed, ["part1.accuracy.lstm"], .unparsable)
        // Planted: a wrong count beside an accuracy without % still reads as wrong.
        SheetClassesTests.expectRead(try SheetClassesTests.checks("Part I\n\n- RNN: 60,600 parameters, accuracy 64.64\n"), ["part1.params.rnn"], .incorrect)
    }

    @Test("LaTeX tables: siunitx's `\\num`/`\\SI`, thin spaces before `\\%`, and a decimal comma")
    func latexFigures() throws {
        func sheet(_ lstm: String) -> String {
            "\\documentclass{article}\n\\usepackage{siunitx}\n\\begin{document}\n\\section*{Part I}\n\\begin{tabular}{lrr}\n\\toprule\n"
                + "Model & Parameters & Test accuracy \\\\\n\\midrule\n"
                + "RNN & \\num{60400} & \\SI{63.02}{\\percent} \\\\\n"
                + "LSTM & \(lstm) & 85.10\\,\\% \\\\\n"
                + "bi-RNN & 120\\,800 & 66,75 \\% \\\\\n\\bottomrule\n\\end{tabular}\n\\end{document}\n"
        }
        let c = try SheetClassesTests.checks(sheet("\\num{241600}"), name: "sheet.tex")
        SheetClassesTests.expectRead(c, ["part1.params.rnn", "part1.params.lstm", "part1.params.bi-rnn"], .correct)
        SheetClassesTests.expectRead(c, ["part1.accuracy.rnn", "part1.accuracy.lstm", "part1.accuracy.bi-rnn"], .unverifiable)
        // Planted: the LSTM's count with one bias (4 × 200 × 301 = 240,800).
        SheetClassesTests.expectRead(try SheetClassesTests.checks(sheet("\\num{240800}"), name: "sheet.tex"), ["part1.params.lstm"], .incorrect)
        // A unit that is not a percentage is no accuracy.
        #expect(TableRow.percentage("\\SI{63.02}{\\metre}") == nil)
        #expect(TableRow.percentage("66,75 %") == 66.75)
        #expect(TableRow.percentage("66,750 %") == nil)
    }

    @Test("German figures: thousands grouped by dots where decimals take a comma; a dotted number without that context is not guessed")
    func germanFigures() throws {
        func sheet(_ lstm: String) -> String {
            "## Teil I\n\n| Modell | Anzahl Parameter | Testgenauigkeit |\n|---|---|---|\n| RNN | 60.400 | 61,20 % |\n"
                + "| LSTM | \(lstm) | 85,35 % |\n| 2-level bi-LSTM | 1.446.400 | 83,02 % |\n"
        }
        let c = try SheetClassesTests.checks(sheet("241.600"))
        SheetClassesTests.expectRead(c, ["part1.params.rnn", "part1.params.lstm", "part1.params.2-level-bi-lstm"], .correct)
        #expect(c["part1.accuracy.lstm"]?.status == .unverifiable)
        // Planted: the LSTM with one bias vector (4 × 200 × 301 = 240,800).
        SheetClassesTests.expectRead(try SheetClassesTests.checks(sheet("240.800")), ["part1.params.lstm"], .incorrect)
        // With accuracies written with a dot, `60.400` could be a decimal: not read.
        let dotted = try SheetClassesTests.checks("## Part I\n\n| Model | Parameters | Accuracy |\n|---|---|---|\n| RNN | 60.400 | 61.20 % |\n")
        SheetClassesTests.expectRead(dotted, ["part1.params.rnn"], .unparsable)
    }

    @Test("Counts grouped by a narrow no-break space (U+202F), as phones and French typography write them")
    func narrowSpaces() throws {
        let c = try SheetClassesTests.checks("PART I\n\nRNN → 60\u{202F}400 params, 67.25 % test acc\nLSTM → 241\u{202F}700 params, 86.99 % test acc\n", name: "sheet.txt")
        SheetClassesTests.expectRead(c, ["part1.params.rnn"], .correct)
        // Planted: 241,700 is not the LSTM's 241,600.
        SheetClassesTests.expectRead(c, ["part1.params.lstm"], .incorrect)
    }

    /// t_2 = (f_1, f_3, f_4): ∂L/∂f_1 = f_4 − f_3, ∂L/∂f_3 = f_3 − f_1, ∂L/∂f_4 = f_1 − f_4.
    @Test("Question 5's parts numbered by Roman numerals or letters after a bold or heading number", arguments: [
        ("**5.i** triplet 1\n\n", "**5.ii** triplet 2\n\n"),
        ("**5(a)**\n\n", "**5(b)**\n\n"),
        ("### 5(a)\n\n", "### 5(b)\n\n"),
        ("### 5.i\n\n", "### 5.ii\n\n"),
    ])
    func romanParts(first: String, second: String) throws {
        func sheet(_ f4: String) -> String {
            "## Part II\n\n**5.** $t_1 = (f_1, f_2, f_5)$, $t_2 = (f_1, f_3, f_4)$\n\n"
                + first + "$\\partial L/\\partial f_1 = f_5 - f_2$, $\\partial L/\\partial f_2 = f_2 - f_1$, $\\partial L/\\partial f_5 = f_1 - f_5$\n\n"
                + second + "$\\partial L/\\partial f_1 = f_4 - f_3$, $\\partial L/\\partial f_3 = f_3 - f_1$, $\\partial L/\\partial f_4 = \(f4)$\n"
        }
        let c = try SheetClassesTests.checks(sheet("f_1 - f_4"))
        SheetClassesTests.expectRead(c, ["part2.q5.1.f_1", "part2.q5.1.f_2", "part2.q5.1.f_5", "part2.q5.2.f_1", "part2.q5.2.f_3", "part2.q5.2.f_4"], .correct)
        // Planted: the negative's sign turned in part ii.
        SheetClassesTests.expectRead(try SheetClassesTests.checks(sheet("f_4 - f_1")), ["part2.q5.2.f_4"], .incorrect)
    }
}

/// Part I's RNN has 60,400 parameters (200·(100 + 200 + 2)); Question 2's
/// derivatives are 0.
@Suite("Part headings drawn with rules, in words, or as a Roman numeral alone")
struct PartHeadingTests {
    typealias C = SheetClassesTests

    @Test("--- Part I ---, PART ONE, # I. start Part I; II. and PART TWO start Part II", arguments: [
        ("--- Part I ---", "--- Part II ---"), ("PART ONE", "PART TWO"), ("# I.", "# II."), ("== Part 1 ==", "== Part 2 =="),
    ])
    func partHeadings(one: String, two: String) throws {
        func sheet(_ rnn: String) -> String {
            "\(one)\n\n| Model | Parameters | Test accuracy |\n|---|---|---|\n| RNN | \(rnn) | 61.5 % |\n\n\(two)\n\n## Question 2\n\n\(C.q2)\n"
        }
        let right = try C.checks(sheet("60,400"))
        C.expectRead(right, ["part1.params.rnn"])
        C.expectRead(right, C.roles.map { "part2.q2.\($0)" })
        C.expectRead(try C.checks(sheet("60,000")), ["part1.params.rnn"], .incorrect)
    }
}
