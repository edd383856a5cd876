import CoursecheckAssignment
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Testing

/// Classes of layout, round 29 (found on two outsiders' sets, an ordinary
/// section's and an evening section's; each class written here in other
/// words). Verdicts by hand from the assignment: t_1 = (f_1, f_2, f_5),
/// so ∂L/∂f_1 = f_5 − f_2, ∂L/∂f_2 = f_2 − f_1, ∂L/∂f_5 = f_1 − f_5, the
/// others 0; t_2 = (f_1, f_3, f_4): f_4 − f_3, f_3 − f_1, f_1 − f_4;
/// t_3 = (f_2, f_1, f_6): ∂/∂f_1 = f_1 − f_2, ∂/∂f_2 = f_6 − f_1,
/// ∂/∂f_6 = f_2 − f_6.
@Suite("Classes of layout, round 29 (lay34): Question 5's parts by a heading `Q5 / t_k`, rows `t_k (members)`, grids cut by indentation")
struct Lay34Round29Tests {
    typealias C = SheetClassesTests

    static let ids2 = ["part2.q5.2.f_1", "part2.q5.2.f_3", "part2.q5.2.f_4"]
    static let ids3 = ["part2.q5.3.f_1", "part2.q5.3.f_2", "part2.q5.3.f_6"]
    static let q52 = "$\\frac{\\partial L}{\\partial f_1} = f_4 - f_3$, $\\frac{\\partial L}{\\partial f_3} = f_3 - f_1$, $\\frac{\\partial L}{\\partial f_4} = f_1 - f_4$"
    static let q53 = "$\\frac{\\partial L}{\\partial f_1} = f_1 - f_2$, $\\frac{\\partial L}{\\partial f_2} = f_6 - f_1$, $\\frac{\\partial L}{\\partial f_6} = f_2 - f_6$"

    @Test("Question 5's heading then a triplet's label alone (`### Question 5 / t_2`, `### Q5 - $t_{3}$:`) heads that part", arguments: [
        ("### Question 5 / t_2", "### Q5 - $t_{3}$:"), ("**Q5 / $t_2$**", "**Q5 / $t_3$**"), ("Q5 – t₂", "Q5 – t₃"),
    ])
    func questionThenLabel(_ first: String, _ second: String) throws {
        let sheet = "# Part II\n\n## Question 5\n\n\(first)\n\n\(Self.q52)\n\n\(second)\n\n\(Self.q53)\n"
        let c = try C.checks(sheet)
        C.expectRead(c, Self.ids2 + Self.ids3)
        // A slip is read, and wrong.
        let w = try C.checks(sheet.replacingOccurrences(of: "f_6 - f_1", with: "f_1 - f_6"))
        C.expectRead(w, ["part2.q5.3.f_2"], .incorrect)
        C.expectRead(w, Self.ids2 + ["part2.q5.3.f_1", "part2.q5.3.f_6"])
    }

    @Test("Question 5's heading that states triplets (`## Q5 / $t_1 = (…)$, $t_2 = (…)$`) heads no part")
    func questionThenStatements() throws {
        let sheet = "# Part II\n\n## Q5 / $t_1 = (f_1, f_2, f_5)$, $t_2 = (f_1, f_3, f_4)$\n\n\(C.q51)\n"
        let c = try C.checks(sheet)
        #expect(c["part2.q5.1.f_1"]?.status == .unparsable, "\(c["part2.q5.1.f_1"]?.status.rawValue ?? "absent")")
    }

    static let header = "| | $\\partial L/\\partial f_1$ | $\\partial L/\\partial f_2$ | $\\partial L/\\partial f_3$ | $\\partial L/\\partial f_4$ | $\\partial L/\\partial f_5$ | $\\partial L/\\partial f_6$ |\n|---|---|---|---|---|---|---|\n"

    @Test("A table row labelled by a triplet's label then its members (`| t1 (f1, f2, f5) |`, `| $t_{2}$ $(f_1, f_3, f_4)$ |`) is that triplet's; the members go to the triplets check")
    func rowLabelThenMembers() throws {
        let sheet = "# Part II\n\n## Question 5\n\n" + Self.header
            + "| t1 (f1, f2, f5) | f5 - f2 | f2 - f1 | 0 | 0 | f1 - f5 | 0 |\n"
            + "| $t_{2}$ $(f_1, f_3, f_4)$ | $f_4 - f_3$ | $0$ | $f_3 - f_1$ | $f_1 - f_4$ | $0$ | $0$ |\n"
        let c = try C.checks(sheet)
        C.expectRead(c, (1...6).map { "part2.q5.1.f_\($0)" } + (1...6).map { "part2.q5.2.f_\($0)" })
        // Members that are not the triplet's are stated, and wrong.
        let w = try C.checks(sheet.replacingOccurrences(of: "t1 (f1, f2, f5)", with: "t1 (f1, f2, f6)"))
        #expect(w["part2.q5.triplets"]?.evidence.contains("t_1 is [1, 2, 6]") == true, "\(w["part2.q5.triplets"]?.evidence ?? "absent")")
        #expect(w["part2.q5.triplets"]?.status == .incorrect)
    }

    @Test("A plain-text grid whose header is indented deeper than its rows (code, then a paragraph, to Markdown) is one table", arguments: [
        ("            grad f1     grad f2     grad f3     grad f4     grad f5     grad f6\n", "  t1 (1,2,5)  ", "  t2 (1,3,4)  "),
        ("                 ∂L/∂f₁   ∂L/∂f₂   ∂L/∂f₃   ∂L/∂f₄   ∂L/∂f₅   ∂L/∂f₆\n", " 5.1 (1, 2, 5)   ", " 5.2 (1, 3, 4)   "),
    ])
    func gridCutByIndentation(_ header: String, _ one: String, _ two: String) throws {
        let sheet = "Part II\n\nQuestion 5\n\n" + header
            + one + "f5 - f2     f2 - f1     0           0           f1 - f5     0\n"
            + two + "f4 - f3     0           f3 - f1     f1 - f4     0           0\n"
        let c = try C.checks(sheet, name: "sheet.txt")
        C.expectRead(c, (1...6).map { "part2.q5.1.f_\($0)" } + (1...6).map { "part2.q5.2.f_\($0)" })
        let w = try C.checks(sheet.replacingOccurrences(of: "f4 - f3", with: "f3 - f4"), name: "sheet.txt")
        C.expectRead(w, ["part2.q5.2.f_1"], .incorrect)
        // Rows apart from the header by a blank line are no part of its grid.
        let apart = try C.checks(sheet.replacingOccurrences(of: header, with: header + "\n"), name: "sheet.txt")
        #expect(apart["part2.q5.1.f_1"]?.status != .correct)
    }

    @Test("Part I: a line labelled by its model whose words explain working to the count (`RNN: … both biases give $… = 60\\,400$ parameters; accuracy …`) gives that result")
    func explainedWorking() throws {
        let line = "RNN: input and recurrent weights plus both biases give $200 \\cdot (100 + 200 + 2) = 60\\,400$ parameters; accuracy 64.1 %."
        let sheet = "# Part I\n\n\(line)\n\n# Part II\n\n## Question 2\n\n\(C.q2)\n"
        C.expectRead(try C.checks(sheet), ["part1.params.rnn"])
        C.expectRead(try C.checks(sheet), ["part1.accuracy.rnn"], .unverifiable)
        C.expectRead(try C.checks(sheet.replacingOccurrences(of: "60\\,400", with: "60\\,200")), ["part1.params.rnn"], .incorrect)
    }

    @Test("Part I: words that make the working's result a part or a supposition (`per gate block`, `one direction`, `level 2`, `would`) leave the line for a person", arguments: [
        "LSTM: per gate block, $200 \\cdot (100 + 200 + 2) = 60\\,400$ parameters.",
        "bi-RNN: one direction has $200 \\cdot (100 + 200 + 2) = 60\\,400$ parameters.",
        "2-level bi-RNN: level 2 alone, $2 \\cdot 200 \\cdot (400 + 200 + 2) = 240\\,800$ parameters.",
        "LSTM: with one gate block it would be $200 \\cdot (100 + 200 + 2) = 60\\,400$.",
    ])
    func partialWorking(_ line: String) throws {
        let c = try C.checks("# Part I\n\n\(line)\n\n# Part II\n\n## Question 2\n\n\(C.q2)\n")
        let slug = line.hasPrefix("LSTM") ? "lstm" : line.hasPrefix("bi-RNN") ? "bi-rnn" : "2-level-bi-rnn"
        C.expectRead(c, ["part1.params.\(slug)"], .unparsable)
    }

    @Test("Before Question 5's parts, a sentence about the triplets that gives the other samples a value (`for every triplet (the other three samples get $0$)`) is the rule for the samples outside each")
    func otherSamplesOfTriplets() throws {
        let rule = "I use Question 3 for every triplet (the other three samples get $0$)."
        let sheet = "# Part II\n\n## Question 5\n\n\(rule)\n\n### 5.1\n\n\(C.q51)\n"
        C.expectRead(try C.checks(sheet), (1...6).map { "part2.q5.1.f_\($0)" })
        // A sentence that names no triplet says nothing of which samples are the others.
        let unnamed = try C.checks(sheet.replacingOccurrences(of: "every triplet", with: "every part"))
        C.expectRead(unnamed, ["part2.q5.1.f_3"], .unparsable)
    }

    @Test("A plain-text line stating a triplet and ending in a colon (`t2 = (f1, f3, f4):`) over its answers states that triplet")
    func tripletThenColon() throws {
        let sheet = "# Part II\n\n## Question 5\n\n**5.2** t2 = (f1, f3, f4):\n\n- dL/df1 = f4 - f3\n- dL/df3 = f3 - f1\n- dL/df4 = f1 - f4\n"
        let c = try C.checks(sheet)
        C.expectRead(c, ["part2.q5.triplets"] + Self.ids2)
        let w = try C.checks(sheet.replacingOccurrences(of: "(f1, f3, f4):", with: "(f1, f4, f3):"))
        C.expectRead(w, ["part2.q5.triplets"], .incorrect)
    }

    @Test("A numbered list whose first item is Part I's heading (`1. Part I`) numbers the questions: its item `2. …` is Question 2; a list of Part I's rows under its heading stays Part I's")
    func questionsNumberedByItems() throws {
        let sheet = "hw\n\n1. Part I\n\n   RNN: 60,400 parameters, test accuracy 64.1%\n   LSTM: 241,600 parameters, test accuracy 85.0%\n\n"
            + "2. grad_fa L = 0; grad_fp L = 0; grad_fn L = 0\n\n3. grad_fa L = fn - fp; grad_fp L = fp - fa; grad_fn L = fa - fn\n"
        let c = try C.checks(sheet, name: "sheet.txt")
        C.expectRead(c, ["part1.params.rnn", "part1.params.lstm"] + C.roles.map { "part2.q2.\($0)" } + C.roles.map { "part2.q3.\($0)" })
        let w = try C.checks(sheet.replacingOccurrences(of: "grad_fn L = fa - fn", with: "grad_fn L = fn - fa"), name: "sheet.txt")
        C.expectRead(w, ["part2.q3.f_n"], .incorrect)
        let rows = "# Part I\n\n1) RNN: 60,400 parameters, test accuracy 64.1%\n2) LSTM: 241,600 parameters, test accuracy 85.0%\n\n# Part II\n\n## Question 2\n\n\(C.q2)\n"
        C.expectRead(try C.checks(rows), ["part1.params.rnn", "part1.params.lstm"] + C.roles.map { "part2.q2.\($0)" })
    }
}
