import CoursecheckAssignment
import CoursecheckDocument
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Foundation
import Testing

/// Classes of notation and layout, round 8 (found by an outsider's sheets,
/// /work/notes/unseen8 at the time). Verdicts by hand from the assignment,
/// as in round 4: t_1 = (1,2,5), t_2 = (1,3,4); hinge active, ∂/∂f_a =
/// f_n − f_p, ∂/∂f_p = f_p − f_a, ∂/∂f_n = f_a − f_n, 0 for the samples
/// outside the triplet; 6·5·4 = 120 triplets, 6·2·3 = 36 valid.
@Suite("Classes of notation, round 8: w.r.t. clauses, named counts, role: N lists, array tables, [Q2], Solution n, [1] Part I, local numbering without a Part II heading")
struct ReadingClassesRound8Tests {
    typealias C = SheetClassesTests
    typealias R4 = LayoutClassesRound4Tests
    typealias Case = LayoutClassesRound4Tests.Case

    static let all51 = R4.ids51 + ["part2.q5.1.f_3", "part2.q5.1.f_4", "part2.q5.1.f_6"]
    static let all52 = R4.ids52 + ["part2.q5.2.f_2", "part2.q5.2.f_5", "part2.q5.2.f_6"]

    @Test("Each clause that names what its derivative is taken for is about that alone", arguments: [
        Case(label: "list items, each 'w.r.t. the <role> $f_x$: …'",
             sheet: "## Question 3\n\nWhen it is active,\n\n- w.r.t. the anchor $f_a$: $f_n - f_p$\n- w.r.t. the positive $f_p$: $f_p - f_a$\n- w.r.t. the negative $f_n$: $f_a - f_n$\n",
             ids: R4.roles3, from: "$f_p$: $f_p - f_a$", to: "$f_p$: $f_a - f_p$", wrong: "part2.q3.f_p"),
        Case(label: "one sentence: the samples it involves, then a clause per role after ':' and ';'",
             sheet: "## Question 5\n\n### 5.1\n\nThe loss of $t_1$ only involves $f_1$, $f_2$ and $f_5$: with respect to the anchor $f_1$ it is $f_5 - f_2$; with respect to the positive $f_2$ it is $f_2 - f_1$; with respect to the negative $f_5$ it is $f_1 - f_5$.\nFor the samples that are not in the triplet, $\\frac{\\partial L}{\\partial f_3} = 0$, $\\frac{\\partial L}{\\partial f_4} = 0$, $\\frac{\\partial L}{\\partial f_6} = 0$.\n",
             ids: all51, from: "$f_2$ it is $f_2 - f_1$", to: "$f_2$ it is $f_1 - f_2$", wrong: "part2.q5.1.f_2"),
    ])
    func clauses(_ k: Case) throws {
        try R4.run(k)
    }

    @Test("A count named by a letter and its kind, N_{\\text{all}} := …, |T_{valid}| = …, is that count; N_1 or n = 6 is no count", arguments: [
        ("$N_{\\text{all}} \\coloneqq 6 \\cdot 5 \\cdot 4 = 120$ (anchor, positive, negative all distinct).\n\n$N_{\\text{valid}} \\coloneqq 6 \\cdot 2 \\cdot 3 = 36$.\n", "6 \\cdot 5 \\cdot 4 = 120", "6 \\cdot 5 \\cdot 4 = 210"),
        ("$|T_{valid}| = 6 \\cdot 2 \\cdot 3 = 36$ and $|T_{all}| := 6 \\cdot 5 \\cdot 4 = 120$.\n", "6 \\cdot 2 \\cdot 3 = 36", "6 \\cdot 2 \\cdot 4 = 48"),
        ("$n_\\mathrm{total} = 120$ and $n_\\mathrm{valid} = 36$ (that is, $6 \\cdot 5 \\cdot 4$ and $6 \\cdot 2 \\cdot 3$).\n", "n_\\mathrm{valid} = 36", "n_\\mathrm{valid} = 18"),
    ])
    func namedCounts(_ body: String, _ from: String, _ to: String) throws {
        let c = try C.checks("## Question 4\n\n" + body)
        C.expectRead(c, ["part2.q4.all", "part2.q4.valid"])
        let w = try C.checks("## Question 4\n\n" + body.replacingOccurrences(of: from, with: to))
        let planted = from.contains("120") ? "part2.q4.all" : "part2.q4.valid"
        #expect(w[planted]?.status == .incorrect, "\(w[planted]?.status.rawValue ?? "absent"): \(w[planted]?.evidence ?? "")")
    }

    @Test("'N triplets in all' and a count's name are not the count of all triplets when their own sentence says 'valid'", arguments: [
        ("The valid triplets: 36 triplets in all ($6 \\cdot 2 \\cdot 3$). Without the label constraint: $6 \\cdot 5 \\cdot 4 = 120$.\n",
         Status.correct),
        ("There are $6 \\cdot 5 \\cdot 4 = 120$ ordered triplets. Of these, 36 triplets in total are valid, since $6 \\cdot 2 \\cdot 3 = 36$.\n",
         Status.unparsable),
        ("All triplets: $6 \\cdot 5 \\cdot 4 = 120$.\n\nValid triplets: $N_{total} = 6 \\cdot 2 \\cdot 3 = 36$.\n",
         Status.unparsable),
    ])
    func inAllOrNamedAgainstValid(_ body: String, _ valid: Status) throws {
        let c = try C.checks("## Question 4\n\n" + body)
        #expect(c["part2.q4.all"]?.status == .correct, "all: \(c["part2.q4.all"]?.status.rawValue ?? "absent") \(c["part2.q4.all"]?.claimed ?? "")")
        #expect(c["part2.q4.valid"]?.status == valid, "valid: \(c["part2.q4.valid"]?.status.rawValue ?? "absent") \(c["part2.q4.valid"]?.claimed ?? "")")
    }

    @Test("A name that says no kind, or a definition of n, states no count")
    func namesWithoutKind() throws {
        let c = try C.checks("## Question 4\n\n$N_1 = 6 \\cdot 5 \\cdot 4 = 120$.\n\n$n = 6$ samples.\n")
        for id in ["part2.q4.all", "part2.q4.valid"] {
            #expect(c[id]?.status != .correct && c[id]?.status != .incorrect, "\(id): \(c[id]?.status.rawValue ?? "absent")")
        }
    }

    @Test("'(anchor: 6 choices, positive: 5, negative: 4)' after a count is no product of 5 negatives")
    func roleLabelsInParentheses() throws {
        let c = try C.checks("## Question 4\n\nThere are $6 \\cdot 5 \\cdot 4 = 120$ triplets in all (anchor: 6 choices, positive: 5, negative: 4; all distinct).\n\nThere are $6 \\cdot 2 \\cdot 3 = 36$ valid triplets.\n")
        C.expectRead(c, ["part2.q4.all", "part2.q4.all.reasoning", "part2.q4.valid", "part2.q4.valid.reasoning"])
    }

    /// (The whole list stated first: the rows' own statements go to the triplets check too, round 16.)
    static let arrayTable = """
        ## Question 5

        The triplets: $t_1 = (f_1, f_2, f_5)$, $t_2 = (f_1, f_3, f_4)$, $t_3 = (f_2, f_1, f_6)$, $t_4 = (f_2, f_3, f_4)$, $t_5 = (f_3, f_1, f_5)$, $t_6 = (f_5, f_6, f_2)$, $t_7 = (f_6, f_4, f_3)$, $t_8 = (f_6, f_4, f_2)$.

        $$
        \\begin{array}{l|cccccc}
         & \\frac{\\partial L}{\\partial f_1} & \\frac{\\partial L}{\\partial f_2} & \\frac{\\partial L}{\\partial f_3} & \\frac{\\partial L}{\\partial f_4} & \\frac{\\partial L}{\\partial f_5} & \\frac{\\partial L}{\\partial f_6} \\\\ \\hline
        t_1 = (f_1,f_2,f_5) & f_5 - f_2 & f_2 - f_1 & 0 & 0 & f_1 - f_5 & 0 \\\\
        t_2 = (f_1,f_3,f_4) & f_4 - f_3 & 0 & f_3 - f_1 & f_1 - f_4 & 0 & 0
        \\end{array}
        $$

        """

    @Test("Question 5 as one LaTeX array: a row per triplet stated, a column per derivative")
    func arrayTable() throws {
        try R4.run(Case(label: "array", sheet: Self.arrayTable, ids: Self.all51 + Self.all52,
                        from: "& f_3 - f_1 & f_1 - f_4", to: "& f_1 - f_3 & f_1 - f_4", wrong: "part2.q5.2.f_3"))
    }

    @Test("Question 5 as one LaTeX array in a LaTeX sheet's \\[ … \\]")
    func arrayTableInLaTeX() throws {
        let body = Self.arrayTable.replacingOccurrences(of: "## Question 5", with: "\\section*{Question 5}").replacingOccurrences(of: ".\n\n$$", with: ".\n\n\\[")
            .replacingOccurrences(of: "\\end{array}\n$$", with: "\\end{array}\n\\]")
        try R4.run(Case(label: "array in LaTeX", file: "sheet.tex", sheet: body, ids: Self.all51 + Self.all52,
                        from: "& f_5 - f_2 & f_2 - f_1", to: "& f_2 - f_5 & f_2 - f_1", wrong: "part2.q5.1.f_1"))
    }

    @Test("Counts stated first: '**120** triplets in all and **36** valid ones'")
    func countsInAllAndValidOnes() throws {
        let sheet = "## Question 4\n\n**120** triplets in all and **36** valid ones.\n\nWorking: the anchor has 6 options, the positive 5, the negative 4: $6 \\times 5 \\times 4 = 120$. For a valid one the anchor has 6 options, the positive 2 and the negative 3: $6 \\times 2 \\times 3 = 36$.\n"
        let c = try C.checks(sheet)
        C.expectRead(c, ["part2.q4.all", "part2.q4.valid"])
        let w = try C.checks(sheet.replacingOccurrences(of: "**36** valid", with: "**48** valid"))
        #expect(w["part2.q4.valid"]?.status == .incorrect, "\(w["part2.q4.valid"]?.evidence ?? "")")
        C.expectRead(w, ["part2.q4.all"])
    }

    @Test("Parts numbered in parentheses, Q5(1), and a footnote's definition set apart", arguments: [
        Case(label: "plain-text Q5(1)", file: "sheet.txt",
             sheet: "Q5.\n\nQ5(1)\n    dL/df1 = f5 - f2\n    dL/df2 = f2 - f1\n    dL/df5 = f1 - f5\n",
             ids: R4.ids51, from: "dL/df2 = f2 - f1", to: "dL/df2 = f1 - f2", wrong: "part2.q5.1.f_2"),
        Case(label: "a footnote after the last answer",
             sheet: "## Question 3\n\nWhen the hinge is active[^act]:\n\n$$\\frac{\\partial L}{\\partial f_a} = f_n - f_p, \\quad \\frac{\\partial L}{\\partial f_p} = f_p - f_a, \\quad \\frac{\\partial L}{\\partial f_n} = f_a - f_n$$\n\n[^act]: i.e. when $\\tfrac12\\|f_a-f_p\\|^2 - \\tfrac12\\|f_a-f_n\\|^2 + \\alpha > 0$; otherwise see Q2.\n",
             ids: R4.roles3, from: "= f_a - f_n$$", to: "= f_n - f_a$$", wrong: "part2.q3.f_n"),
    ])
    func partsAndFootnotes(_ k: Case) throws {
        try R4.run(k)
    }

    // Round 9 (a second outsider's sheets, unseen9: first run 17/40, 38 right answers graded wrong).

    @Test("Part I as a list of working that ends in the count: the count is the last side, not the first factor")
    func partOneWorkingThenCount() throws {
        let sheet = """
            # Part I

            - **RNN**: $(200 \\cdot 100 + 200 \\cdot 200 + 2 \\cdot 200) = 60{,}400$ parameters; test accuracy 64.64%
            - **LSTM**: $4 \\cdot (200 \\cdot 100 + 200 \\cdot 200 + 2 \\cdot 200) = 241{,}600$ parameters; test accuracy 86.03%

            """
        let c = try C.checks(sheet)
        C.expectRead(c, ["part1.params.rnn", "part1.params.lstm"])
        let w = try C.checks(sheet.replacingOccurrences(of: "= 241{,}600$", with: "= 240{,}000$"))
        #expect(w["part1.params.lstm"]?.status == .incorrect, "\(w["part1.params.lstm"]?.evidence ?? "")")
        #expect(w["part1.params.lstm"]?.claimed == "240{,}000" || w["part1.params.lstm"]?.claimed == "240,000",
                "claimed \(w["part1.params.lstm"]?.claimed ?? "nothing")")
    }

    @Test("Part I: an '=' after a word or an opening bracket, or a number that starts more working, is no result of the row's working")
    func partOneEqualsThatStateNoResult() throws {
        let sheet = """
            # Part I

            - RNN: 60,400 (input = 100, hidden = 200)
            - LSTM: 241,600 (= 4 × 60,400)
            - bi-RNN: 120,800 = 2 × 60,400
            - bi-LSTM: 483,200 = 2 × 4 × 200 × (100 + 200 + 2)
            - 2-level bi-RNN: 120,800 + 240,800 = 361,600

            """
        let c = try C.checks(sheet)
        for id in ["part1.params.rnn", "part1.params.lstm", "part1.params.bi-rnn", "part1.params.bi-lstm", "part1.params.2-level-bi-rnn"] {
            #expect(c[id]?.status == .correct, "\(id): \(c[id]?.status.rawValue ?? "absent") claimed \(c[id]?.claimed ?? "nothing")")
        }
        // A row whose count is 60,000 names 60,400 only as what two biases
        // would give: never read as 60,400 (its clause states another case,
        // so the row's count is the 60,000, and wrong).
        let w = try C.checks(sheet.replacingOccurrences(of: "- RNN: 60,400 (input = 100, hidden = 200)",
                                                        with: "- RNN: 60,000 (one bias; two biases would give = 60,400)"))
        #expect(w["part1.params.rnn"]?.status == .incorrect, "\(w["part1.params.rnn"]?.status.rawValue ?? "absent"): \(w["part1.params.rnn"]?.claimed ?? "nothing") read")
        #expect(w["part1.params.rnn"]?.claimed == "60,000")
    }

    @Test("Part I in plain text: rows indented by two spaces, names with dot leaders")
    func partOnePlainIndentedLeaders() throws {
        let sheet = "PART I\n\n  RNN...................      60,400 params   64.64 %\n  LSTM..................     241,600 params   86.03 %\n\nPART II\n\n2/\n  dL/dfa = 0, dL/dfp = 0, dL/dfn = 0\n"
        let c = try C.checks(sheet, name: "sheet.txt")
        C.expectRead(c, ["part1.params.rnn", "part1.params.lstm", "part2.q2.f_a", "part2.q2.f_p", "part2.q2.f_n"])
        let w = try C.checks(sheet.replacingOccurrences(of: "241,600", with: "214,600"), name: "sheet.txt")
        #expect(w["part1.params.lstm"]?.status == .incorrect)
    }

    @Test("'2 classes for the anchor, 3 anchors in it, …' is a factor of the product: 2·3·2·3 holds")
    func classFactor() throws {
        let sheet = "## Question 4\n\nAll: $6 \\cdot 5 \\cdot 4 = 120$.\n\nValid: $2 \\cdot 3 \\cdot 2 \\cdot 3 = 36$ (2 classes for the anchor, 3 anchors in it, 2 positives left in the class, 3 negatives in the other class).\n"
        let c = try C.checks(sheet)
        C.expectRead(c, ["part2.q4.valid", "part2.q4.valid.reasoning"])
        // The words multiply to 36 only with the class: 3 of them make the product 54.
        let w = try C.checks(sheet.replacingOccurrences(of: "2 classes for the anchor", with: "3 classes for the anchor"))
        #expect(w["part2.q4.valid.reasoning"]?.status == .inconsistent, "\(w["part2.q4.valid.reasoning"]?.evidence ?? "")")
    }

    @Test("Headings: Q-2, Q-5.3, **2/**, 5.3/ in plain text")
    func dashAndSlashHeadings() throws {
        try Self.sameAsSubmitted { Self.replacingHeadings($0, part1: "Part I", part2: "Part II", question: { "## Q-\($0)" }) }
        try Self.sameAsSubmitted { Self.replacingHeadings($0, part1: "**Part I**", part2: "**Part II**", question: { "**\($0)/**" }) }
        try Self.sameAsSubmitted({ Self.replacingHeadings($0, part1: "PART I", part2: "PART II", question: { "\($0)/" }) }, name: "sheet.txt")
    }

    @Test("Question 5 in one aligned display with a \\text{Triplet k} (…) label at each triplet's first row")
    func rowLabels() throws {
        let sheet = """
            ## Question 5

            $t_1 = (f_1, f_2, f_5)$, $t_2 = (f_1, f_3, f_4)$, $t_3 = (f_2, f_1, f_6)$, $t_4 = (f_2, f_3, f_4)$, $t_5 = (f_3, f_1, f_5)$, $t_6 = (f_5, f_6, f_2)$, $t_7 = (f_6, f_4, f_3)$, $t_8 = (f_6, f_4, f_2)$

            $$\\begin{aligned}
            \\text{Triplet 1 } (f_1,f_2,f_5):\\quad & \\frac{\\partial L}{\\partial f_1} = f_5 - f_2, && \\frac{\\partial L}{\\partial f_2} = f_2 - f_1, && \\frac{\\partial L}{\\partial f_3} = 0, \\\\
            & \\frac{\\partial L}{\\partial f_4} = 0, && \\frac{\\partial L}{\\partial f_5} = f_1 - f_5, && \\frac{\\partial L}{\\partial f_6} = 0 \\\\[6pt]
            \\text{Triplet 2 } (f_1,f_3,f_4):\\quad & \\frac{\\partial L}{\\partial f_1} = f_4 - f_3, && \\frac{\\partial L}{\\partial f_2} = 0, && \\frac{\\partial L}{\\partial f_3} = f_3 - f_1, \\\\
            & \\frac{\\partial L}{\\partial f_4} = f_1 - f_4, && \\frac{\\partial L}{\\partial f_5} = 0, && \\frac{\\partial L}{\\partial f_6} = 0
            \\end{aligned}$$

            """
        try R4.run(Case(label: "row labels", sheet: sheet, ids: Self.all51 + Self.all52,
                        from: "f_6} = 0 \\\\[6pt]", to: "f_6} = f_6 - f_5 \\\\[6pt]", wrong: "part2.q5.1.f_6"))
    }

    @Test("A plain-text list of triplets set apart by two spaces")
    func tripletsBySpaces() throws {
        let sheet = "Q5\n  t1 = (f1, f2, f5)  t2 = (f1, f3, f4)  t3 = (f2, f1, f6)  t4 = (f2, f3, f4)  t5 = (f3, f1, f5)  t6 = (f5, f6, f2)  t7 = (f6, f4, f3)  t8 = (f6, f4, f2)\n"
        let c = try C.checks(sheet, name: "sheet.txt")
        C.expectRead(c, ["part2.q5.triplets"])
        let w = try C.checks(sheet.replacingOccurrences(of: "t6 = (f5, f6, f2)", with: "t6 = (f5, f2, f6)"), name: "sheet.txt")
        #expect(w["part2.q5.triplets"]?.status != .correct, "FALSE VERDICT: a miscopied triplet read as correct")
    }

    // Round 10 (a third outsider's sheets, unseen10: first run 4/40, 18 right answers graded wrong).

    @Test("'… so those derivatives are $0$' after a list item's answer is no next line of that answer")
    func thoseDerivatives() throws {
        let sheet = "## Question 5\n\n### 5.5\n\n- appears in $t_5$ (positive): $\\frac{\\partial L_5}{\\partial f_1} = f_1 - f_3$\n- does not appear in $t_4$, $t_6$, so those derivatives are $0$.\n"
        let c = try C.checks(sheet)
        // Before: read as f_1 - f_3 = 0 and graded incorrect.
        C.expectRead(c, ["part2.q5.5.f_1"])
    }

    @Test("The loss written out to be differentiated (norms, \\hinge(\\cdot), Word's ∥) is working, not an answer", arguments: [
        "Active hinge: differentiate $\\tfrac12\\|f_a - f_p\\|^2 - \\tfrac12\\|f_a - f_n\\|^2 + \\alpha$.",
        "Active hinge: differentiate $\\tfrac12 ∥f_a - f_p∥^2 - \\tfrac12 ∥f_a - f_n∥^2 + \\alpha$.",
        "Here $\\operatorname{hinge}(\\cdot) > 0$, hence",
    ])
    func lossAsWorking(_ line: String) throws {
        try R4.run(Case(label: line, sheet: "## Question 3\n\n\(line)\n\n$$\\frac{\\partial L}{\\partial f_a} = f_n - f_p, \\quad \\frac{\\partial L}{\\partial f_p} = f_p - f_a, \\quad \\frac{\\partial L}{\\partial f_n} = f_a - f_n$$\n",
                        ids: R4.roles3, from: "= f_a - f_n$$", to: "= f_n - f_a$$", wrong: "part2.q3.f_n"))
    }

    @Test("Headings after pictographs (### ❓ Question 2, ## ✏️ Part II) and in Spanish (Pregunta 5.1)")
    func pictographsAndSpanish() throws {
        try Self.sameAsSubmitted { Self.replacingHeadings($0, part1: "## 🧠 Part I", part2: "## ✏️ Part II", question: { "### ❓ Question \($0)" }) }
        try Self.sameAsSubmitted { Self.replacingHeadings($0, part1: "## Parte I", part2: "## Parte II", question: { "### Pregunta \($0)" }) }
    }

    @Test("Part I as working: the count the words call parameters (in bold, after →); working with no result said is unparsable, never its first factor")
    func partOneWorkingArrow() throws {
        let sheet = "## Part I\n\n- **RNN** — (W_ih 200·100 + W_hh 200·200 + b_ih, b_hh 2·200) → **60,400** parameters; test accuracy 0.6464\n- **LSTM** — 4 gates × (W_ih 200·100 + W_hh 200·200 + b_ih, b_hh 2·200); test accuracy 0.8603\n"
        let c = try C.checks(sheet)
        C.expectRead(c, ["part1.params.rnn"])
        #expect(c["part1.params.lstm"]?.status == .unparsable, "\(c["part1.params.lstm"]?.status.rawValue ?? "absent"): \(c["part1.params.lstm"]?.evidence ?? "")")
    }

    @Test("A Part I table whose header is accented, Nº de parámetros")
    func accentedHeader() throws {
        let sheet = "## Parte I\n\n| Modelo | Nº de parámetros | Exactitud en test |\n|---|---:|---:|\n| RNN | 60 400 | 64,64 % |\n| LSTM | 241 600 | 86,03 % |\n"
        let c = try C.checks(sheet)
        C.expectRead(c, ["part1.params.rnn", "part1.params.lstm"])
        #expect(c["part1.params.modelo"] == nil)
    }

    @Test("A plain-text remark in parentheses is no answer; role letters in a count's words count nothing")
    func remarksAndRoleLetters() throws {
        let q2 = "Q2.\n   (hinge inactive: L = 0 near the point)\n   dL/d(f_a) = 0\n   dL/d(f_p) = 0\n   dL/d(f_n) = 0\n"
        let c = try C.checks(q2, name: "sheet.txt")
        C.expectRead(c, ["part2.q2.f_a", "part2.q2.f_p", "part2.q2.f_n"])
        R4.expectNothingFlagged(c)
        let q4 = try C.checks("## Question 4\n\nAll triplets: $6 \\cdot 5 \\cdot 4 = 120$\n\nValid triplets (same class for $a,p$; other class for $n$): $6 \\cdot 2 \\cdot 3 = 36$\n")
        C.expectRead(q4, ["part2.q4.all", "part2.q4.valid", "part2.q4.valid.reasoning"])
    }

    @Test("The result in bold after working that ends in '=': $… = $ **$…$**")
    func boldResultAfterWorking() throws {
        try R4.run(Case(label: "bold result",
                        sheet: "## Question 6\n\n$\\partial L/\\partial f_4 = (f_1 - f_4) + (f_2 - f_4) + (f_4 - f_6) + (f_4 - f_6) = $ **$f_1 + f_2 - 2f_6$**\n",
                        ids: ["part2.q6.f_4"], from: "**$f_1 + f_2 - 2f_6$**", to: "**$f_1 + f_2 - f_6$**", wrong: "part2.q6.f_4"))
    }

    @Test("A gradient over a tuple of samples, ∂L_1/∂(f_1, …, f_6) = [row vector], and a row vector of role derivatives")
    func tupleGradient() throws {
        try R4.run(Case(label: "tuple head",
                        sheet: "## Question 5\n\n### 5.1\n\n$$\\frac{\\partial L_1}{\\partial (f_1, \\dots, f_6)} = \\begin{bmatrix} f_5 - f_2 & f_2 - f_1 & 0 & 0 & f_1 - f_5 & 0 \\end{bmatrix}$$\n",
                        ids: Self.all51, from: "& f_1 - f_5 &", to: "& f_5 - f_1 &", wrong: "part2.q5.1.f_5"))
        try R4.run(Case(label: "row of roles",
                        sheet: "## Question 3\n\n$$\\left[\\frac{\\partial L}{\\partial f_a},\\ \\frac{\\partial L}{\\partial f_p},\\ \\frac{\\partial L}{\\partial f_n}\\right] = \\begin{bmatrix} f_n - f_p & f_p - f_a & f_a - f_n \\end{bmatrix}$$\n",
                        ids: R4.roles3, from: "& f_p - f_a &", to: "& f_a - f_p &", wrong: "part2.q3.f_p"))
    }

    @Test("A gradient as a mapping, as in code: grad = {f_a: …}, dL1 = {f1: …}", arguments: [
        Case(label: "roles", sheet: "### Q3\n\n```\ngrad = {f_a: f_n - f_p, f_p: f_p - f_a, f_n: f_a - f_n}\n```\n",
             ids: R4.roles3, from: "f_p: f_p - f_a", to: "f_p: f_a - f_p", wrong: "part2.q3.f_p"),
        Case(label: "samples, labelled", sheet: "### Q5\n\n#### 5.1\n\n```python\ndL1 = {f1: f5 - f2, f2: f2 - f1, f3: 0, f4: 0, f5: f1 - f5, f6: 0}\n```\n",
             ids: all51, from: "f5: f1 - f5", to: "f5: f5 - f1", wrong: "part2.q5.1.f_5"),
    ])
    func mapping(_ k: Case) throws {
        try R4.run(k)
    }

    @Test("A mapping that names no gradient, or keys that are no samples, is not read as one")
    func mappingDoubtful() throws {
        for body in ["roles = {f_a: f_n - f_p, f_p: f_p - f_a, f_n: f_a - f_n}", "grad = {a: f_n - f_p, b: f_p - f_a, c: f_a - f_n}"] {
            let c = try C.checks("### Q3\n\n```\n\(body)\n```\n")
            for id in R4.roles3 {
                #expect(c[id]?.status != .correct && c[id]?.status != .incorrect, "\(body): \(id) \(c[id]?.status.rawValue ?? "absent")")
            }
        }
    }

    @Test("Jupyter's heading permalinks (<a class=\"anchor-link\">¶</a>) are not read")
    func jupyterAnchors() throws {
        let html = "<html><body><h2 id=\"q3\">Question 3<a class=\"anchor-link\" href=\"#q3\">&#182;</a></h2><p>$\\frac{\\partial L}{\\partial f_a} = f_n - f_p$, $\\frac{\\partial L}{\\partial f_p} = f_p - f_a$, $\\frac{\\partial L}{\\partial f_n} = f_a - f_n$</p></body></html>"
        let document = try SheetDocument.read(data: Data(html.utf8), name: "sheet.html")
        #expect(document.omitted.contains { $0.kind == .hidden })
        #expect(!Inline.source(of: document.leaves.flatMap { leaf -> [Inline] in
            if case .heading(_, let inlines) = leaf.block.kind { return inlines }
            return []
        }).contains("\u{00B6}"))
    }

    @Test("Review: a class factor beside the anchor's own choices is not a factor; clauses joined by 'and with respect to'")
    func reviewClassFactorAndClauses() throws {
        let q4 = try C.checks("## Question 4\n\nAll: $6 \\cdot 5 \\cdot 4 = 120$.\n\nValid: 6 choices for the anchor (2 classes for the anchor of 3 samples each), 2 for the positive, 3 for the negative: $6 \\cdot 2 \\cdot 3 = 36$ valid triplets.\n")
        C.expectRead(q4, ["part2.q4.valid", "part2.q4.valid.reasoning"])
        try R4.run(Case(label: "and with respect to",
                        sheet: "## Question 5\n\n### 5.1\n\nWith respect to the positive $f_2$, the derivative is $f_2 - f_1$ and with respect to the negative $f_5$ it is $f_1 - f_5$.\n",
                        ids: ["part2.q5.1.f_2", "part2.q5.1.f_5"], from: "it is $f_1 - f_5$", to: "it is $f_5 - f_1$", wrong: "part2.q5.1.f_5"))
    }

    @Test("Zeros for a set of indices, \\frac{\\partial L_1}{\\partial f_i} = 0 for i ∈ {3, 4, 6}; an evaluation bar without \\left.")
    func indexSetAndBar() throws {
        let sheet = "## Question 5\n\n### 5.1\n\n$$\\frac{\\partial L}{\\partial f_1}\\Big|_{t_1} = f_5 - f_2, \\quad \\frac{\\partial L}{\\partial f_2}\\Big|_{t_1} = f_2 - f_1, \\quad \\frac{\\partial L}{\\partial f_5}\\Big|_{t_1} = f_1 - f_5$$\n\n$$\\frac{\\partial L_{1}}{\\partial f_i} = 0 \\quad \\text{for } i \\in \\{3, 4, 6\\}$$\n"
        let c = try C.checks(sheet)
        C.expectRead(c, Self.all51)
        R4.expectNothingFlagged(c)
        // A value other than 0 for the set: each of its samples is wrong.
        let w = try C.checks(sheet.replacingOccurrences(of: "= 0 \\quad", with: "= f_1 \\quad"))
        C.expectRead(w, ["part2.q5.1.f_3", "part2.q5.1.f_4", "part2.q5.1.f_6"], .incorrect)
        // The bar's value planted wrong.
        let b = try C.checks(sheet.replacingOccurrences(of: "= f_2 - f_1", with: "= f_1 - f_2"))
        C.expectRead(b, ["part2.q5.1.f_2"], .incorrect)
    }

    @Test("A first row that sums derivatives, then rows that go on with '=': the sum is working, the last row the answer")
    func workingRows() throws {
        let sheet = "## Question 6\n\n$$\\begin{aligned} \\frac{\\partial L}{\\partial f_4} &= \\frac{\\partial L_2}{\\partial f_4} + \\frac{\\partial L_4}{\\partial f_4} + \\frac{\\partial L_7}{\\partial f_4} + \\frac{\\partial L_8}{\\partial f_4} \\\\ &= (f_1 - f_4) + (f_2 - f_4) + (f_4 - f_6) + (f_4 - f_6) \\\\ &= f_1 + f_2 - 2f_6 \\end{aligned}$$\n"
        let c = try C.checks(sheet)
        C.expectRead(c, ["part2.q6.f_4"])
        let w = try C.checks(sheet.replacingOccurrences(of: "&= f_1 + f_2 - 2f_6", with: "&= f_1 + f_2 - f_6"))
        #expect(w["part2.q6.f_4"]?.status == .incorrect, "\(w["part2.q6.f_4"]?.evidence ?? "")")
    }

    /// The submitted sheet with its headings rewritten: every check as the
    /// sheet itself gives it.
    static func sameAsSubmitted(_ rewrite: (String) -> String, name: String = "sheet.md",
                                sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let text = try String(contentsOf: PackagePaths.submittedSheet, encoding: .utf8)
        let rewritten = rewrite(text)
        #expect(rewritten != text, "the rewrite changed nothing", sourceLocation: sourceLocation)
        let want = try C.checks(text).mapValues(\.status)
        let got = try C.checks(rewritten, name: name).mapValues(\.status)
        let differing = Set(want.keys).union(got.keys).filter { want[$0] != got[$0] }.sorted()
            .map { "\($0): \(want[$0]?.rawValue ?? "absent") → \(got[$0]?.rawValue ?? "absent")" }
        #expect(differing.isEmpty, "\(differing)", sourceLocation: sourceLocation)
    }

    static func replacingHeadings(_ text: String, part1: String, part2: String, question: (String) -> String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            if line == "Part I" { return part1 }
            if line == "Part II" { return part2 }
            if line.hasPrefix("Question ") { return question(String(line.dropFirst("Question ".count))) }
            return String(line)
        }.joined(separator: "\n")
    }

    @Test("Headings: '**Solution n.**', '**[1] Part I**', '[Q5.1]' in plain text")
    func headings() throws {
        try Self.sameAsSubmitted { Self.replacingHeadings($0, part1: "**Solution 1.** (Part I)", part2: "", question: { "**Solution \($0).**" }) }
        try Self.sameAsSubmitted { Self.replacingHeadings($0, part1: "**[1] Part I**", part2: "**[2] Part II**", question: { "Question \($0)" }) }
        try Self.sameAsSubmitted({ Self.replacingHeadings($0, part1: "PART I", part2: "PART II", question: { "[Q\($0)]" }) }, name: "sheet.txt")
    }

    @Test("Part I as a list under '1.', then Part II numbered from 1 with no Part II heading: no Part II answer is judged")
    func localNumberingAfterPartOneAsList() throws {
        // Its Question 2 (under '1.') is wrong and its Question 3 (under
        // '2.') is Question 2's answer, 0: read as Question 2 it was correct.
        let sheet = """
            ## 1. Parameters

            - RNN: 60,400
            - LSTM: 241,600

            ## 1. Hinge inactive

            $$\\frac{\\partial L}{\\partial f_a} = f_n - f_p, \\frac{\\partial L}{\\partial f_p} = f_p - f_a, \\frac{\\partial L}{\\partial f_n} = f_a - f_n$$

            ## 2. Hinge active

            $$\\frac{\\partial L}{\\partial f_a} = 0, \\frac{\\partial L}{\\partial f_p} = 0, \\frac{\\partial L}{\\partial f_n} = 0$$

            """
        let c = try C.checks(sheet)
        C.expectRead(c, ["part1.params.rnn", "part1.params.lstm"])
        for id in ["part2.q2.f_a", "part2.q2.f_p", "part2.q2.f_n", "part2.q3.f_a", "part2.q3.f_p", "part2.q3.f_n"] {
            #expect(c[id]?.status == .unparsable, "\(id): \(c[id]?.status.rawValue ?? "absent") \(c[id]?.claimed ?? "")")
        }
    }

    @Test("Questions numbered from 1 after Part I with no Part II heading: every Part II answer is unparsable, none judged")
    func localNumberingWithoutPartTwoHeading() throws {
        let text = try String(contentsOf: PackagePaths.submittedSheet, encoding: .utf8)
        // Part II's heading taken out, its questions numbered 1 to 5 (5.k as 4.k).
        let local = Self.replacingHeadings(text, part1: "Part I", part2: "", question: { number in
            let parts = number.split(separator: ".")
            return "Question \(Int(parts[0])! - 1)" + (parts.count > 1 ? ".\(parts[1])" : "")
        })
        let c = try C.checks(local)
        let judged = c.filter { $0.key.hasPrefix("part2.") && [.correct, .incorrect, .inconsistent].contains($0.value.status) }
        #expect(judged.isEmpty, "\(judged.keys.sorted())")
        #expect(c["part2.q2.f_a"]?.status == .unparsable)
        // Part I is still read.
        #expect(c["part1.params.rnn"]?.status == .correct)
    }
}
