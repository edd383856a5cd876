import CoursecheckAssignment
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Testing

/// Classes of notation found on sheets that organise Questions 5 and 6 by
/// sample, by role or as tuples (round 28, set unseen31), each written here
/// in other words. Verdicts by hand from the assignment: t_1 = (f_1, f_2,
/// f_5), so in Question 5.1 ∂L/∂f_1 = f_5 − f_2, ∂L/∂f_2 = f_2 − f_1,
/// ∂L/∂f_5 = f_1 − f_5 and the other three derivatives are 0.
@Suite("Classes of notation, round 28 (unseen31): rules in roles before the parts, roles in words, zeros in words")
struct Org31Round28Tests {
    typealias C = SheetClassesTests

    static func unread(_ c: [String: Check]) -> [String] { c.keys.filter { $0.contains("@") }.sorted() }

    static let zeros51 = ["part2.q5.1.f_3", "part2.q5.1.f_4", "part2.q5.1.f_6"]
    static let nonZero51 = ["part2.q5.1.f_1", "part2.q5.1.f_2", "part2.q5.1.f_5"]

    @Test("Question 3's rule restated in Question 5 before its parts, as a tuple or a list of derivatives for the roles, answers no triplet", arguments: [
        "$$\\left[\\nabla_{f_a} L, \\nabla_{f_p} L, \\nabla_{f_n} L\\right] = \\left[f_n - f_p, f_p - f_a, f_a - f_n\\right]$$",
        "$$\\partial L/\\partial f_a = f_n - f_p, \\quad \\partial L/\\partial f_p = f_p - f_a, \\quad \\partial L/\\partial f_n = f_a - f_n$$",
        "$$\\left(\\frac{\\partial L_k}{\\partial f_{a}}, \\frac{\\partial L_k}{\\partial f_{p}}, \\frac{\\partial L_k}{\\partial f_{n}}\\right) = \\left(f_n - f_p, f_p - f_a, f_a - f_n\\right)$$",
    ])
    func ruleInRolesBeforeParts(_ rule: String) throws {
        let sheet = "## Question 5\n\nFor any triplet with the hinge active,\n\n" + rule + "\n\n### 5.1\n\n" + C.q51 + "\n\nThe other three are $0$.\n"
        let c = try C.checks(sheet)
        C.expectRead(c, Self.nonZero51 + Self.zeros51)
        #expect(Self.unread(c).isEmpty, "\(Self.unread(c))")
        // Alone, with no part answered, it is reported at its place.
        #expect(!Self.unread(try C.checks("## Question 5\n\n" + rule + "\n")).isEmpty)
    }

    @Test("A derivative for a role whose value names samples, no triplet named, is still no answer and is reported")
    func roleWithSamplesUnplaced() throws {
        let c = try C.checks("## Question 5\n\n$$\\frac{\\partial L}{\\partial f_a} = f_5 - f_2$$\n\n### 5.1\n\n" + C.q51 + "\n")
        C.expectRead(c, Self.nonZero51)
        #expect(!Self.unread(c).isEmpty)
    }

    @Test("A plain-text line of a sample's roles in words (`Sample f₂: positive in t₁, …`, `f3: anchor once (t5); …`) heads its working; no answer")
    func rolesInWordsPlain() throws {
        let sheet = "Q6\n\nSample f₂: positive in t₁, anchor in t₃ and t₄, negative in t₆ and t₈.\n\n    dL/df2 = -2f1 - f2 - f3 + f4 + f5 + 2f6\n\n"
            + "f3: anchor once (t5); positive twice (t2, t4); negative once (t7).\n\n    dL/df3 = -2f1 - f2 + f3 + f5 + f6\n\n"
            + "f_4: never anchor; positive twice (t7, t8); negative twice (t2, t4).\n"
        let c = try C.checks(sheet, name: "sheet.txt")
        C.expectRead(c, ["part2.q6.f_2", "part2.q6.f_3"])
        #expect(Self.unread(c).isEmpty, "\(Self.unread(c))")
        let wrong = try C.checks(sheet.replacingOccurrences(of: "+ f5 + 2f6", with: "+ f5 + f6"), name: "sheet.txt")
        C.expectRead(wrong, ["part2.q6.f_2"], .incorrect)
        // A line with maths after its colon is no line of roles: still read (here, reported).
        let valued = try C.checks(sheet.replacingOccurrences(of: "f3: anchor once (t5)", with: "f3: anchor once, f5 - f1"), name: "sheet.txt")
        #expect(!Self.unread(valued).isEmpty || valued["part2.q6.f_2"]?.status != .correct)
    }

    @Test("What is left, in words, in a triplet's part after its answers (\"Everything else is zero.\", \"All else is 0.\", \"The rest are zero.\") is the part's other derivatives", arguments: [
        "Everything else is zero.", "All else is 0.", "The rest are zero.",
    ])
    func restInWords(_ words: String) throws {
        let sheet = "## Question 5\n\n### 5.1\n\n" + C.q51 + "\n\n" + words + "\n"
        let c = try C.checks(sheet)
        C.expectRead(c, Self.nonZero51 + Self.zeros51)
        #expect(Self.unread(c).isEmpty, "\(Self.unread(c))")
        // In Question 6 the words give no sample a value.
        let q6 = try C.checks("## Question 6\n\n$\\frac{\\partial L}{\\partial f_1} = 2f_1 - 2f_2 - 2f_3 + f_4 + f_5$\n\n" + words + "\n")
        #expect(q6["part2.q6.f_2"]?.status == .missing, "\(q6["part2.q6.f_2"]?.status.rawValue ?? "absent")")
    }

    @Test("Samples named, a colon, then a value in words (`$f_3$, $f_4$ and $f_6$: zero (not involved).`, `f3, f4, f6: 0`) is theirs", arguments: [
        ("$f_3$, $f_4$ and $f_6$: zero (not involved).", "sheet.md"),
        ("$f_3$, $f_4$, $f_6$: 0.", "sheet.md"),
    ])
    func namesColonValue(_ words: String, _ name: String) throws {
        let sheet = "## Question 5\n\n### 5.1\n\n" + C.q51 + "\n\n" + words + "\n"
        let c = try C.checks(sheet, name: name)
        C.expectRead(c, Self.nonZero51 + Self.zeros51)
        #expect(Self.unread(c).isEmpty, "\(Self.unread(c))")
        // Words after the value other than a remark: not read as theirs.
        let more = try C.checks(sheet.replacingOccurrences(of: words, with: "$f_3$, $f_4$, $f_6$: zero when the margin is met, else $f_3$."), name: name)
        #expect(more["part2.q5.1.f_3"]?.status != .correct)
    }

    @Test("The same in plain text: `f3, f4, f6: zero (not in t1)`")
    func namesColonValuePlain() throws {
        let sheet = "5.1\n\n    dL1/df1 = f5 - f2\n    dL1/df2 = f2 - f1\n    dL1/df5 = f1 - f5\n\nf3, f4, f6: zero (not in t1).\n"
        let c = try C.checks(sheet, name: "sheet.txt")
        C.expectRead(c, Self.nonZero51 + Self.zeros51)
        #expect(Self.unread(c).isEmpty, "\(Self.unread(c))")
        let unless = try C.checks(sheet.replacingOccurrences(of: "zero (not in t1).", with: "zero, unlike f2."), name: "sheet.txt")
        #expect(unless["part2.q5.1.f_3"]?.status != .correct)
    }

    /// t_2 = (f_1, f_3, f_4): ∂L_2/∂f_1 = f_4 − f_3, ∂L_2/∂f_2 = 0.
    @Test("A table with a row per sample and a column per triplet's loss (`| $\\nabla_{f_1}$ | … |` under `| | $\\ell_1$ | $\\ell_2$ |`, `L^{(k)}`) reads each cell as that triplet's derivative", arguments: [
        ["$\\ell_1$", "$\\ell_2$", "$\\nabla_{f_1}$", "$\\nabla_{f_2}$"],
        ["$L^{(1)}$", "$L^{(2)}$", "$\\partial/\\partial f_1$", "$\\partial/\\partial f_2$"],
    ])
    func tableBySample(_ keys: [String]) throws {
        let (l1, l2, r1, r2) = (keys[0], keys[1], keys[2], keys[3])
        let table = "| | \(l1) | \(l2) |\n|---|---|---|\n| \(r1) | $f_5 - f_2$ | $f_4 - f_3$ |\n| \(r2) | $f_2 - f_1$ | $0$ |\n"
        let c = try C.checks("## Question 5\n\n" + table)
        C.expectRead(c, ["part2.q5.1.f_1", "part2.q5.2.f_1", "part2.q5.1.f_2", "part2.q5.2.f_2"])
        #expect(Self.unread(c).isEmpty, "\(Self.unread(c))")
        let wrong = try C.checks("## Question 5\n\n" + table.replacingOccurrences(of: "$f_4 - f_3$", with: "$f_3 - f_4$"))
        C.expectRead(wrong, ["part2.q5.2.f_1"], .incorrect)
    }

    @Test("Maths in the roles alone under a sub-heading after the answers (`#### Negatives ($f_a - f_n$)`) is the rule, no line of the last answer")
    func roleMathsInHeading() throws {
        let sheet = "## Question 5\n\n#### Anchors ($f_n - f_p$)\n\n$\\frac{\\partial L_1}{\\partial f_1} = f_5 - f_2$\n\n#### Negatives ($f_a - f_n$)\n\n$\\frac{\\partial L_1}{\\partial f_5} = f_1 - f_5$\n"
        let c = try C.checks(sheet)
        C.expectRead(c, ["part2.q5.1.f_1", "part2.q5.1.f_5"])
        #expect(Self.unread(c).isEmpty, "\(Self.unread(c))")
    }

    @Test("\"Samples outside $t_k$ get $0$\" in the rule before the parts is the rule's zero")
    func samplesOutsideInMaths() throws {
        let sheet = "## Question 5\n\nThe anchor's gradient is $f_n - f_p$, the positive's $f_p - f_a$, the negative's $f_a - f_n$; samples outside $t_k$ get $0$.\n\n### 5.1\n\n" + C.q51 + "\n"
        let c = try C.checks(sheet)
        C.expectRead(c, Self.nonZero51)
        #expect(Self.unread(c).isEmpty, "\(Self.unread(c))")
    }

    @Test("Plain text: derivatives named before a value in words (`and dL1/df3, dL1/df4 and dL1/df6 are 0`, `∂L₁/∂f₃ and ∂L₁/∂f₆ are both zero`) each have it")
    func headsBeforeValuePlain() throws {
        for words in ["and dL1/df3, dL1/df4 and dL1/df6 are 0.", "dL1/df3, dL1/df4, dL1/df6 are all zero."] {
            let sheet = "5.1\n\n    dL1/df1 = f5 - f2\n    dL1/df2 = f2 - f1\n    dL1/df5 = f1 - f5\n\n" + words + "\n"
            let c = try C.checks(sheet, name: "sheet.txt")
            C.expectRead(c, Self.nonZero51 + Self.zeros51)
            #expect(Self.unread(c).isEmpty, "\(Self.unread(c))")
            // A derivative of the triplet's own sample named so is given the value too, and wrong.
            let own = try C.checks(sheet.replacingOccurrences(of: "dL1/df6", with: "dL1/df5"), name: "sheet.txt")
            #expect(own["part2.q5.1.f_5"]?.status != .correct)
        }
    }
}
