import CoursecheckAssignment
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Testing

/// Classes of notation in terse plain-text and Markdown sheets
/// (/work/notes/unseen22 at the time), each written here in other words.
/// Verdicts by hand from the assignment: t_2 = (1, 3, 4) and t_3 = (2, 1, 6),
/// hinge active, so for t_2 ∂/∂f_1 = f_4 − f_3, ∂/∂f_3 = f_3 − f_1,
/// ∂/∂f_4 = f_1 − f_4, and for t_3 ∂/∂f_1 = f_1 − f_2, ∂/∂f_2 = f_6 − f_1,
/// ∂/∂f_6 = f_2 − f_6; 0 for the other samples.
@Suite("Plain text, round 20b: terse lines, one part of Question 5 a line")
struct PlainTextRound20bTests {
    typealias C = SheetClassesTests
    typealias R4 = LayoutClassesRound4Tests

    static let all52 = R4.ids52 + PlainTextClassesTests.zeros52
    static let all53 = R4.ids53 + ["part2.q5.3.f_3", "part2.q5.3.f_4", "part2.q5.3.f_5"]

    struct Line: CustomTestStringConvertible, Sendable {
        var label: String
        var file: String
        var sheet: String
        var testDescription: String { label }
    }

    @Test("A line opening with its part's label, then the part's answers (`t2: …; …`, `triplet 2 (f1, f3, f4): …`, `(b) t2: …`, `$t_2$: $…$`, `(2) $…$`) is that part", arguments: [
        Line(label: "label and colon, answers split by commas", file: "sheet.txt", sheet: """
            Question 5
            t2: dL/df_1 = f_4 - f_3, dL/df_2 = 0, dL/df_3 = f_3 - f_1, dL/df_4 = f_1 - f_4, dL/df_5 = 0, dL/df_6 = 0
            t3: dL/df_1 = f_1 - f_2, dL/df_2 = f_6 - f_1, dL/df_3 = 0, dL/df_4 = 0, dL/df_5 = 0, dL/df_6 = f_2 - f_6
            """),
        Line(label: "the triplet's word, its members, then answers split by semicolons", file: "sheet.txt", sheet: """
            Q5
            triplet 2 (f1, f3, f4): dL/df1 = f4 - f3; dL/df2 = 0; dL/df3 = f3 - f1; dL/df4 = f1 - f4; dL/df5 = 0; dL/df6 = 0
            triplet 3 (f2, f1, f6): dL/df1 = f1 - f2; dL/df2 = f6 - f1; dL/df3 = 0; dL/df4 = 0; dL/df5 = 0; dL/df6 = f2 - f6
            """),
        Line(label: "a letter and the label agreeing", file: "sheet.txt", sheet: """
            5)
            (b) t_2: dL/df1 = f4-f3 ; dL/df2 = 0 ; dL/df3 = f3-f1 ; dL/df4 = f1-f4 ; dL/df5 = 0 ; dL/df6 = 0
            (c) t_3: dL/df1 = f1-f2 ; dL/df2 = f6-f1 ; dL/df3 = 0 ; dL/df4 = 0 ; dL/df5 = 0 ; dL/df6 = f2-f6
            """),
        Line(label: "the label in maths in a bulleted list", file: "sheet.md", sheet: """
            ## Question 5
            * $t_2$: $\\partial L/\\partial f_1 = f_4 - f_3$, $\\partial L/\\partial f_2 = 0$, $\\partial L/\\partial f_3 = f_3 - f_1$, $\\partial L/\\partial f_4 = f_1 - f_4$, $\\partial L/\\partial f_5 = 0$, $\\partial L/\\partial f_6 = 0$
            * $t_3$: $\\partial L/\\partial f_1 = f_1 - f_2$, $\\partial L/\\partial f_2 = f_6 - f_1$, $\\partial L/\\partial f_3 = 0$, $\\partial L/\\partial f_4 = 0$, $\\partial L/\\partial f_5 = 0$, $\\partial L/\\partial f_6 = f_2 - f_6$
            """),
        Line(label: "the part's number in parentheses before its maths", file: "sheet.md", sheet: """
            ## Question 5
            * (2) $dL/df_1 = f_4 - f_3$; $dL/df_2 = 0$; $dL/df_3 = f_3 - f_1$; $dL/df_4 = f_1 - f_4$; $dL/df_5 = 0$; $dL/df_6 = 0$
            * (3) $dL/df_1 = f_1 - f_2$; $dL/df_2 = f_6 - f_1$; $dL/df_3 = 0$; $dL/df_4 = 0$; $dL/df_5 = 0$; $dL/df_6 = f_2 - f_6$

            ## Question 6
            * $dL/df_4 = f_1 + f_2 - 2f_6$
            """),
    ])
    func labelledLine(_ k: Line) throws {
        let c = try C.checks(k.sheet, name: k.file)
        C.expectRead(c, Self.all52 + Self.all53)
        // The sheet answers only these parts: the rest is missing, nothing
        // is flagged (the list of triplets lacks the others, when stated,
        // but t_2 and t_3 are right).
        let list = c["part2.q5.triplets"]?.evidence ?? ""
        #expect(!list.contains("t_2") && !list.contains("t_3"), "\(list)")
        let flagged = c.filter { $0.key != "part2.q5.triplets" && [.incorrect, .inconsistent, .unparsable].contains($0.value.status) }.map { "\($0.key): \($0.value.evidence)" }
        #expect(flagged.isEmpty, "\(flagged.sorted())")
        // A wrong sign on t_3's line is that part's, incorrect.
        let wrong = k.sheet.replacingOccurrences(of: "f_6 - f_1", with: "f_1 - f_6").replacingOccurrences(of: "f6 - f1", with: "f1 - f6")
            .replacingOccurrences(of: "f6-f1", with: "f1-f6")
        let w = try C.checks(wrong, name: k.file)
        C.expectRead(w, ["part2.q5.3.f_2"], .incorrect)
        C.expectRead(w, R4.ids52)
    }

    @Test("A wrong triplet in a line's label is the triplet list's mistake, never read as right")
    func wrongTripletInLabel() throws {
        let c = try C.checks("Q5\nt2 (f1, f4, f3): dL/df1 = f3 - f4; dL/df3 = f1 - f3\n", name: "sheet.txt")
        #expect(c["part2.q5.triplets"]?.status == .incorrect, "\(c["part2.q5.triplets"]?.status.rawValue ?? "absent")")
    }

    @Test("A triplet stated alone (`t2 = (f1, f3, f4)`, `t2=(…), t3=(…)`) opens no part: the derivatives after it stay unlabelled")
    func statementIsNoLabel() throws {
        let c = try C.checks("Q5\nt2=(f1, f3, f4), t3=(f2, f1, f6)\ndL/df1 = f4 - f3\n", name: "sheet.txt")
        #expect(c["part2.q5.triplets"]?.status != .incorrect)
        #expect(c["part2.q5.2.f_1"]?.status != .correct)
    }

    @Test("Statements on a plain-text line set apart by bars (`dL/df1 = f4 - f3 | dL/df2 = 0 | …`) are read one by one; bars of an absolute value or a norm stay maths")
    func barsBetweenStatements() throws {
        let sheet = "Q5\n5.2) dL/df1 = f4 - f3 | dL/df2 = 0 | dL/df3 = f3 - f1 | dL/df4 = f1 - f4 | dL/df5 = 0 | dL/df6 = 0\n"
        let c = try C.checks(sheet, name: "sheet.txt")
        C.expectRead(c, Self.all52)
        let w = try C.checks(sheet.replacingOccurrences(of: "dL/df4 = f1 - f4", with: "dL/df4 = f4 - f1"), name: "sheet.txt")
        C.expectRead(w, ["part2.q5.2.f_4"], .incorrect)
        C.expectRead(w, ["part2.q5.2.f_1", "part2.q5.2.f_3"])
        // A piece that states nothing: the bars are not separators, nothing is read as right.
        let abs = try C.checks("Q5\n5.2) dL/df1 = | f4 - f3 | and so on\n", name: "sheet.txt")
        #expect(abs["part2.q5.2.f_1"]?.status != .correct)
    }

    @Test("A part's label alone on its line (`Triplet 2`, `t_3 (2,1,6):`, `$t_2$:`), its answers on the lines under it, heads the part", arguments: [
        Line(label: "the word and the number, answers indented under it", file: "sheet.txt", sheet: """
            Q5
            Triplet 2
              dL/df1 = f4 - f3
              dL/df3 = f3 - f1
              dL/df4 = f1 - f4
            Triplet 3
              dL/df1 = f1 - f2
              dL/df2 = f6 - f1
              dL/df6 = f2 - f6
            """),
        Line(label: "the label with its members and a colon", file: "sheet.txt", sheet: """
            Q5
            t_2 (1,3,4):
            dL/df1 = f4 - f3, dL/df3 = f3 - f1, dL/df4 = f1 - f4

            t_3 (2,1,6):
            dL/df1 = f1 - f2, dL/df2 = f6 - f1, dL/df6 = f2 - f6
            """),
        Line(label: "the label in maths, a list of answers under it", file: "sheet.md", sheet: """
            ### Question 5
            $t_2$:
            - $dL/df_1 = f_4 - f_3$
            - $dL/df_3 = f_3 - f_1$
            - $dL/df_4 = f_1 - f_4$

            $t_3$:
            - $dL/df_1 = f_1 - f_2$
            - $dL/df_2 = f_6 - f_1$
            - $dL/df_6 = f_2 - f_6$
            """),
    ])
    func labelAlone(_ k: Line) throws {
        let c = try C.checks(k.sheet, name: k.file)
        C.expectRead(c, R4.ids52 + R4.ids53)
        let flagged = c.filter { $0.key != "part2.q5.triplets" && [.incorrect, .inconsistent, .unparsable].contains($0.value.status) }.map { "\($0.key): \($0.value.evidence)" }
        #expect(flagged.isEmpty, "\(flagged.sorted())")
        let wrong = k.sheet.replacingOccurrences(of: "f_6 - f_1", with: "f_1 - f_6").replacingOccurrences(of: "f6 - f1", with: "f1 - f6")
        C.expectRead(try C.checks(wrong, name: k.file), ["part2.q5.3.f_2"], .incorrect)
    }

    @Test("A gradient in words with no loss written (`grad wrt fa`, `gradient w.r.t. f_p`) and `=>` giving its value in plain text", arguments: [
        "gradient wrt fa => fn - fp\ngradient wrt fp => fp - fa\ngradient wrt fn => fa - fn\n",
        "grad w.r.t. f_a = f_n - f_p\ngrad w.r.t. f_p = f_p - f_a\ngrad w.r.t. f_n = f_a - f_n\n",
        "dL/dfa => fn - fp\ndL/dfp => fp - fa\ndL/dfn => fa - fn\n",
    ])
    func gradientInWordsArrow(_ lines: String) throws {
        let sheet = "Question 3\nactive hinge:\n" + lines
        let c = try C.checks(sheet, name: "sheet.txt")
        C.expectRead(c, R4.roles3)
        let w = try C.checks(sheet.replacingOccurrences(of: "fp - fa", with: "fa - fp").replacingOccurrences(of: "f_p - f_a", with: "f_a - f_p"), name: "sheet.txt")
        C.expectRead(w, ["part2.q3.f_p"], .incorrect)
    }

    @Test("An arrow between two statements (`L = 0 => dL/dfa = 0`) or after more than a derivative is no result arrow")
    func arrowBetweenStatements() throws {
        let c = try C.checks("Question 2\nL = 0 => grad wrt fa = f_n - f_p\n", name: "sheet.txt")
        #expect(c["part2.q2.f_a"]?.status == .incorrect, "\(c["part2.q2.f_a"]?.status.rawValue ?? "absent")")
        let two = try C.checks("Question 2\ndL/dfa => 0 => 1\n", name: "sheet.txt")
        #expect(two["part2.q2.f_a"]?.status != .correct)
    }

    @Test("Under Question 5, a list numbered from 1 whose items each open with a derivative over a numbered sample: item k is part 5.k", arguments: [
        Line(label: "plain text, `k)` items", file: "sheet.txt", sheet: """
            Q5 (in the order of the triplets)
            1) dL/df1 = f5 - f2 , dL/df2 = f2 - f1 , dL/df5 = f1 - f5 , others 0
            2) dL/df1 = f4 - f3 , dL/df2 = 0 , dL/df3 = f3 - f1 , dL/df4 = f1 - f4 , dL/df5 = 0 , dL/df6 = 0
            3) dL/df1 = f1 - f2 , dL/df2 = f6 - f1 , dL/df3 = 0 , dL/df4 = 0 , dL/df5 = 0 , dL/df6 = f2 - f6
            """),
        Line(label: "Markdown, `k.` items in TeX", file: "sheet.md", sheet: """
            ## 5
            1. $\\partial L / \\partial f_1 = f_5 - f_2$, $\\partial L / \\partial f_2 = f_2 - f_1$, $\\partial L / \\partial f_5 = f_1 - f_5$
            2. $\\partial L / \\partial f_1 = f_4 - f_3$, $\\partial L / \\partial f_3 = f_3 - f_1$, $\\partial L / \\partial f_4 = f_1 - f_4$
            3. $\\partial L / \\partial f_1 = f_1 - f_2$, $\\partial L / \\partial f_2 = f_6 - f_1$, $\\partial L / \\partial f_6 = f_2 - f_6$

            ## 6
            $\\partial L / \\partial f_4 = f_1 + f_2 - 2 f_6$
            """),
    ])
    func numberedItems(_ k: Line) throws {
        let c = try C.checks(k.sheet, name: k.file)
        C.expectRead(c, R4.ids52 + R4.ids53 + ["part2.q5.1.f_1", "part2.q5.1.f_2", "part2.q5.1.f_5"])
        let flagged = c.filter { $0.key != "part2.q5.triplets" && [.incorrect, .inconsistent, .unparsable].contains($0.value.status) }.map { "\($0.key): \($0.value.evidence)" }
        #expect(flagged.isEmpty, "\(flagged.sorted())")
        let wrong = k.sheet.replacingOccurrences(of: "f_6 - f_1", with: "f_1 - f_6").replacingOccurrences(of: "f6 - f1", with: "f1 - f6")
        C.expectRead(try C.checks(wrong, name: k.file), ["part2.q5.3.f_2"], .incorrect)
    }

    @Test("A numbered list of steps under Question 5 (derivatives over roles, or not from 1) is no list of parts")
    func numberedSteps() throws {
        let c = try C.checks("Q5\n1) dL/dfa = fn - fp for every triplet\n2) dL/df1 = f5 - f2\n", name: "sheet.txt")
        #expect(c["part2.q5.2.f_1"]?.status != .incorrect)
        #expect(c["part2.q5.1.f_1"]?.status != .correct)
    }

    @Test("Two counts on a plain-text line set apart by a spaced slash (`6x5x4 = 120 / 6x2x3 = 36`) are two statements, never a false chain; a wrong one stays wrong")
    func slashBetweenCounts() throws {
        let c = try C.checks("Question 4\nall, then valid:\n6*5*4 = 120 / 6*2*3 = 36\n", name: "sheet.txt")
        for id in ["part2.q4.all", "part2.q4.all.reasoning", "part2.q4.valid", "part2.q4.valid.reasoning"] {
            #expect(c[id].map { $0.status != .incorrect && $0.status != .inconsistent } ?? true, "\(id): \(c[id]?.status.rawValue ?? "absent") \(c[id]?.evidence ?? "")")
        }
        // A false half keeps the chain as written: it is not read as right.
        let w = try C.checks("Question 4\nall, then valid:\n6*5*4 = 120 / 6*2*3 = 30\n", name: "sheet.txt")
        #expect(w["part2.q4.valid"]?.status != .correct)
        #expect(w["part2.q4.valid.reasoning"]?.status != .correct)
        // A true chain whose slash divides stays one chain: `720 / 6 = 120`.
        let d = try C.checks("Question 4\nall = 720 / 6 = 120\nvalid = 6*2*3 = 36\n", name: "sheet.txt")
        C.expectRead(d, ["part2.q4.all", "part2.q4.valid"])
    }

    @Test("A remark in words between a derivative and its `=` on a plain-text line (`dL/df4 (total) = …`, `dL/df_4 (summed over the triplets) = …`) says which derivative it is; the answer is read")
    func remarkBeforeEquals() throws {
        for head in ["dL/df4 (total)", "dL/df_4 (summed over the triplets)"] {
            let sheet = "Question 6\n\(head) = f1 + f2 - 2f6\n"
            C.expectRead(try C.checks(sheet, name: "sheet.txt"), ["part2.q6.f_4"])
            C.expectRead(try C.checks(sheet.replacingOccurrences(of: "- 2f6", with: "- f6"), name: "sheet.txt"), ["part2.q6.f_4"], .incorrect)
        }
    }
}
