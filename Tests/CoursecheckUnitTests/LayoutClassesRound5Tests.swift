import CoursecheckAssignment
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Foundation
import Testing

/// Classes of notation, round 5. Verdicts by hand from the assignment, as in
/// round 4: t_1 = (1,2,5), t_2 = (1,3,4); hinge active, ∂/∂f_a = f_n − f_p,
/// ∂/∂f_p = f_p − f_a, ∂/∂f_n = f_a − f_n, 0 for the samples outside the triplet.
@Suite("Classes of notation, round 5: a derivative by cases of its sample's index, capital roles, tuple equations, a derivative named twice in its chain, gradients w.r.t. samples in prose, triplets stated in Question 5")
struct LayoutClassesRound5Tests {
    typealias C = SheetClassesTests
    typealias R4 = LayoutClassesRound4Tests
    typealias Case = LayoutClassesRound4Tests.Case

    static let all51 = R4.ids51 + ["part2.q5.1.f_3", "part2.q5.1.f_4", "part2.q5.1.f_6"]
    static let allTriplets = "$t_1 = (f_1, f_2, f_5)$, $t_2 = (f_1, f_3, f_4)$, $t_3 = (f_2, f_1, f_6)$, $t_4 = (f_2, f_3, f_4)$, $t_5 = (f_3, f_1, f_5)$, $t_6 = (f_5, f_6, f_2)$, $t_7 = (f_6, f_4, f_3)$ and $t_8 = (f_6, f_4, f_2)$"
    static let all52 = R4.ids52 + ["part2.q5.2.f_2", "part2.q5.2.f_5", "part2.q5.2.f_6"]

    @Test("∂L/∂f_i = cases by the index: `i = 1`, `i \\in \\{…\\}`, `\\text{if } i = 3`, `otherwise`, `i \\notin`, roles `i = a`", arguments: [
        Case(label: "i = 1 rows, 0 & i \\in \\{3, 4, 6\\}",
             sheet: "## Question 5\n\n### 5.1\n\n$$\\frac{\\partial L_1}{\\partial f_i} = \\begin{cases} f_5 - f_2 & i = 1 \\\\ f_2 - f_1 & i = 2 \\\\ f_1 - f_5 & i = 5 \\\\ 0 & i \\in \\{3, 4, 6\\} \\end{cases}$$\n",
             ids: all51, from: "f_1 - f_5 & i = 5", to: "f_5 - f_1 & i = 5", wrong: "part2.q5.1.f_5"),
        Case(label: "dcases, bold samples, \\text{if } i = 3, \\text{otherwise}",
             sheet: "## Question 5\n\n### 5.2\n\n$$\\frac{\\partial L}{\\partial \\mathbf{f}_i} = \\begin{dcases} \\mathbf{f}_4 - \\mathbf{f}_3 & \\text{if } i = 1 \\\\ \\mathbf{f}_3 - \\mathbf{f}_1 & \\text{if } i = 3 \\\\ \\mathbf{f}_1 - \\mathbf{f}_4 & \\text{if } i = 4 \\\\ 0 & \\text{otherwise} \\end{dcases}$$\n",
             ids: all52, from: "\\mathbf{f}_3 - \\mathbf{f}_1 & \\text{if } i = 3", to: "\\mathbf{f}_1 - \\mathbf{f}_3 & \\text{if } i = 3", wrong: "part2.q5.2.f_3"),
        Case(label: "a LaTeX document: \\nabla_{f_j}, i ∉ {…} as j \\notin \\{1,2,5\\}, a comma after each condition",
             file: "sheet.tex",
             sheet: "\\documentclass{article}\n\\begin{document}\n\\section*{Question 5}\n\\subsection*{5.1}\n\\[ \\nabla_{f_j} L = \\begin{cases} f_5 - f_2, & j = 1, \\\\ f_2 - f_1, & j = 2, \\\\ f_1 - f_5, & j = 5, \\\\ 0, & j \\notin \\{1, 2, 5\\}. \\end{cases} \\]\n\\end{document}\n",
             ids: all51, from: "f_5 - f_2, & j = 1", to: "f_5 + f_2, & j = 1", wrong: "part2.q5.1.f_1"),
        Case(label: "Question 3 by role: i = a, i = p, i = n",
             sheet: "## Question 3\n\n$$\\frac{\\partial L}{\\partial f_i} = \\begin{cases} f_n - f_p & i = a \\\\ f_p - f_a & i = p \\\\ f_a - f_n & i = n \\end{cases}$$\n",
             ids: R4.roles3, from: "f_p - f_a & i = p", to: "f_a - f_p & i = p", wrong: "part2.q3.f_p"),
    ])
    func indexCases(_ k: Case) throws {
        try R4.run(k)
    }

    /// Conditions that do not say which samples: never a verdict on a guess.
    @Test("Cases not read stay unparsable: an index beyond the samples, one named twice, a range, another letter, `otherwise` beside roles", arguments: [
        "f_5 - f_2 & i = 1 \\\\ f_2 - f_1 & i = 2 \\\\ f_1 - f_5 & i = 5 \\\\ 0 & i = 7",
        "f_5 - f_2 & i = 1 \\\\ f_2 - f_1 & i = 1, 2 \\\\ f_1 - f_5 & i = 5 \\\\ 0 & \\text{otherwise}",
        "f_5 - f_2 & i = 1 \\\\ f_2 - f_1 & i = 2 \\\\ f_1 - f_5 & i = 5 \\\\ 0 & i \\geq 3",
        "f_5 - f_2 & k = 1 \\\\ f_2 - f_1 & k = 2 \\\\ f_1 - f_5 & k = 5 \\\\ 0 & \\text{otherwise}",
        "f_5 - f_2 & i = a \\\\ f_2 - f_1 & i = p \\\\ f_1 - f_5 & i = n \\\\ 0 & \\text{otherwise}",
    ])
    func unreadCases(_ rows: String) throws {
        let c = try C.checks("## Question 5\n\n### 5.1\n\n$$\\frac{\\partial L}{\\partial f_i} = \\begin{cases} \(rows) \\end{cases}$$\n")
        for id in Self.all51 {
            #expect(c[id]?.status == .unparsable, "\(id): \(c[id]?.status.rawValue ?? "absent") — \(c[id]?.evidence ?? "")")
        }
    }

    @Test("More classes: capital roles f_A/f_P/f_N, a tuple equation (∂L/∂f_1, …) = (…), ∂E/∂f_1 = Σ_k ∂E_k/∂f_1 = …, 'the gradient w.r.t. $f_1$ is …' after 'For $t_1 = (…)$'", arguments: [
        Case(label: "capital roles in Question 3",
             sheet: "## Question 3\n\n$$\\begin{aligned} \\frac{\\partial L}{\\partial f_A} &= f_N - f_P \\\\ \\frac{\\partial L}{\\partial f_P} &= f_P - f_A \\\\ \\frac{\\partial L}{\\partial f_N} &= f_A - f_N \\end{aligned}$$\n",
             ids: R4.roles3, from: "&= f_P - f_A", to: "&= f_A - f_P", wrong: "part2.q3.f_p"),
        Case(label: "a tuple equation per triplet",
             file: "sheet.tex",
             sheet: "\\documentclass{article}\n\\begin{document}\n\\section*{Question 5}\n\\subsection*{Q5.1}\n\\[ \\left(\\frac{\\partial L_1}{\\partial f_1}, \\frac{\\partial L_1}{\\partial f_2}, \\frac{\\partial L_1}{\\partial f_3}, \\frac{\\partial L_1}{\\partial f_4}, \\frac{\\partial L_1}{\\partial f_5}, \\frac{\\partial L_1}{\\partial f_6}\\right) = \\left(f_5 - f_2, f_2 - f_1, 0, 0, f_1 - f_5, 0\\right) \\]\n\\end{document}\n",
             ids: all51, from: "f_2 - f_1, 0, 0, f_1 - f_5", to: "f_2 - f_1, 0, 0, f_5 - f_1", wrong: "part2.q5.1.f_5"),
        Case(label: "Question 6: the derivative named again as a sum over the triplets in its chain",
             sheet: "## Question 6\n\n$$\\frac{\\partial E}{\\partial f_1} = \\sum_{k \\in \\{1,2,3,5\\}} \\frac{\\partial E_k}{\\partial f_1} = (f_5 - f_2) + (f_4 - f_3) + (f_1 - f_2) + (f_1 - f_3) = \(R4.q6f1)$$\n",
             ids: ["part2.q6.f_1"], from: "(f_1 - f_3) = \(R4.q6f1)", to: "(f_3 - f_1) = -2f_2 + f_4 + f_5", wrong: "part2.q6.f_1"),
        Case(label: "For $t_1 = (…)$ the gradient w.r.t. $f_1$ is …",
             sheet: "## Question 5\n\nThe triplets are \(Self.allTriplets).\n\nFor $t_1 = (f_1, f_2, f_5)$ the gradient w.r.t. $f_1$ is $f_5 - f_2$, the gradient w.r.t. $f_2$ is $f_2 - f_1$ and the gradient w.r.t. $f_5$ is $f_1 - f_5$; the gradients w.r.t. $f_3$, $f_4$ and $f_6$ are all $0$.\n",
             ids: all51, from: "w.r.t. $f_2$ is $f_2 - f_1$", to: "w.r.t. $f_2$ is $f_1 - f_2$", wrong: "part2.q5.1.f_2"),
        Case(label: "a lone sample after 'is' stays the value: '… with respect to $f_2$ is $f_2$' planted",
             sheet: "## Question 5\n\nThe triplets are \(Self.allTriplets).\n\nFor $t_1 = (f_1, f_2, f_5)$ the gradient with respect to $f_1$ is $f_5 - f_2$, the gradient with respect to $f_2$ is $f_2 - f_1$ and the gradient with respect to $f_5$ is $f_1 - f_5$; the gradients with respect to $f_3$, $f_4$ and $f_6$ are all $0$.\n",
             ids: all51, from: "to $f_2$ is $f_2 - f_1$", to: "to $f_2$ is $f_2$", wrong: "part2.q5.1.f_2"),
        Case(label: "Question 6: '$f_2$ appears in …' starting the paragraph after a display is not that display's last side",
             sheet: "## Question 6\n\n$f_1$ appears in $t_1$, $t_2$, $t_3$, $t_5$:\n\n$$\\frac{\\partial L}{\\partial f_1} = (f_5 - f_2) + (f_4 - f_3) + (f_1 - f_2) + (f_1 - f_3) = \(R4.q6f1)$$\n\n$f_2$ appears in $t_1$, $t_3$, $t_4$, $t_6$, $t_8$:\n",
             ids: ["part2.q6.f_1"], from: "(f_1 - f_3) = \(R4.q6f1)", to: "(f_3 - f_1) = -2f_2 + f_4 + f_5", wrong: "part2.q6.f_1"),
    ])
    func moreClasses(_ k: Case) throws {
        try R4.run(k)
    }

    /// Triplets listed together say which derivative follows none: an
    /// unlabelled derivative after them is not given to the last.
    @Test("A list of the triplets does not label the derivative after it; the rule in roles before any triplet answers nothing")
    func tripletListAndRule() throws {
        let listed = try C.checks("## Question 5\n\nThe triplets are $t_1 = (f_1, f_2, f_5)$, $t_2 = (f_1, f_3, f_4)$.\n\n$\\frac{\\partial L}{\\partial f_1} = f_4 - f_3$\n")
        #expect([.missing, .unparsable].contains(listed["part2.q5.2.f_1"]?.status))
        #expect([.missing, .unparsable].contains(listed["part2.q5.1.f_1"]?.status))
        #expect(listed.values.contains { $0.status == .unparsable && $0.evidence.contains("derivative without a triplet") })
        let rule = try C.checks("## Question 5\n\nEvery hinge is active, so the anchor gets $f_n - f_p$, the positive $f_p - f_a$, the negative $f_a - f_n$ and the other samples $0$.\n\n### 5.1\n\n\(C.q51)\n")
        C.expectRead(rule, R4.ids51)
        #expect(!rule.values.contains { $0.status == .unparsable }, "\(rule.values.filter { $0.status == .unparsable }.map(\.evidence))")
    }

    static let q3Head = "\\frac{\\partial L}{\\partial f_p}"

    /// What the review of round 5 found: readings that must stay for a person.
    @Test("Never a verdict on a guess: a lone sample after an answer, triplets stated away from their derivatives, the rule in roles alone, a capital index")
    func guarded() throws {
        // A last side `\implies f_p`, and `$f_p$` alone in the next paragraph: the student's final value, never dropped.
        for sheet in ["## Question 3\n\n$\(Self.q3Head) = f_p - f_a \\implies f_p$\n",
                      "## Question 3\n\n$\(Self.q3Head) = f_p - f_a$\n\n$f_p$\n"] {
            let c = try C.checks(sheet)
            #expect(c["part2.q3.f_p"]?.status != .correct, "\(sheet): \(c["part2.q3.f_p"]?.evidence ?? "")")
        }
        // A chain continued in an inline maths that is its own paragraph is still read.
        let continued = try C.checks("## Question 3\n\n$\(Self.q3Head) = (f_p - f_a) + 0$\n\n$= f_p - f_a$\n")
        C.expectRead(continued, ["part2.q3.f_p"])
        // Triplets stated each with a comment, then a derivative under a bare `$t_1$`: no triplet is
        // guessed from the list (not t_8, the last stated); the bare label names t_1 (round 16).
        let comments = (1...8).map { k in "$t_\(k) = \(["(f_1, f_2, f_5)", "(f_1, f_3, f_4)", "(f_2, f_1, f_6)", "(f_2, f_3, f_4)", "(f_3, f_1, f_5)", "(f_5, f_6, f_2)", "(f_6, f_4, f_3)", "(f_6, f_4, f_2)"][k - 1])$: its anchor comes first.\n" }
        let list = try C.checks("## Question 5\n\n" + comments.joined(separator: "\n") + "\nFor $t_1$: $\\frac{\\partial L}{\\partial f_1} = f_5 - f_2$, $\\frac{\\partial L}{\\partial f_3} = 0$\n")
        for id in ["part2.q5.8.f_1", "part2.q5.8.f_3"] {
            #expect([.missing, .unparsable].contains(list[id]?.status), "\(id): \(list[id]?.status.rawValue ?? "absent")")
        }
        #expect(list["part2.q5.1.f_1"]?.status == .correct)
        // A triplet stated after its working labels nothing in the next paragraph.
        let after = try C.checks("## Question 5\n\n$\\frac{\\partial L_1}{\\partial f_1} = f_5 - f_2$ (for $t_1 = (f_1, f_2, f_5)$).\n\n$\\frac{\\partial L}{\\partial f_3} = f_4 - f_3$\n")
        #expect([.missing, .unparsable].contains(after["part2.q5.1.f_3"]?.status), "\(after["part2.q5.1.f_3"]?.evidence ?? "")")
        // A triplet stated with other members than the assignment's labels nothing.
        let renumbered = try C.checks("## Question 5\n\nFor $t_1 = (f_1, f_3, f_4)$ the gradient w.r.t. $f_1$ is $f_4 - f_3$.\n")
        #expect([.missing, .unparsable].contains(renumbered["part2.q5.1.f_1"]?.status))
        // The rule in roles and nothing else under Question 5: shown to a person.
        let rule = try C.checks("## Question 5\n\nEvery hinge is active, so the anchor gets $f_n - f_p$ and the positive $f_p - f_a$.\n")
        #expect(rule.values.contains { $0.status == .unparsable && $0.evidence.contains("f_n - f_p") })
        // A condition on `I` is none on the index `i`.
        let capital = try C.checks("## Question 5\n\n### 5.1\n\n$$\\frac{\\partial L}{\\partial f_i} = \\begin{cases} f_5 - f_2 & I = 1 \\\\ f_2 - f_1 & i = 2 \\\\ f_1 - f_5 & i = 5 \\\\ 0 & \\text{otherwise} \\end{cases}$$\n")
        #expect(capital["part2.q5.1.f_1"]?.status == .unparsable)
    }

    @Test("Read as well: a head broken across lines in a cases block; 'w.r.t' without its last dot; a plain-text derivative in words")
    func readAsWell() throws {
        let broken = try C.checks("## Question 5\n\n### 5.1\n\n$$\\frac{\\partial L_1}\n      {\\partial f_i} = \\begin{cases} f_5 - f_2 & i = 1 \\\\ f_2 - f_1 & i = 2 \\\\ f_1 - f_5 & i = 5 \\\\ 0 & \\text{otherwise} \\end{cases}$$\n")
        C.expectRead(broken, Self.all51)
        let noDot = try C.checks("## Question 5\n\nThe triplets are \(Self.allTriplets).\n\nFor $t_1 = (f_1, f_2, f_5)$ the gradient w.r.t $f_1$ is $f_5 - f_2$.\n")
        C.expectRead(noDot, ["part2.q5.1.f_1"])
        let words = try C.checks("QUESTION 3\n\n  grad of L w.r.t. f_a = f_n - f_p\n  gradient of L with respect to f_p = f_p - f_a\n  derivative of L wrt f_n = f_a - f_n\n", name: "sheet.txt")
        C.expectRead(words, R4.roles3)
        let wrong = try C.checks("QUESTION 3\n\n  grad of L w.r.t. f_a = f_p - f_n\n", name: "sheet.txt")
        C.expectRead(wrong, ["part2.q3.f_a"], .incorrect)
        // `5.1  t1 = (…)` heading a plain-text block: the triplet stated, and the label of the block's derivatives.
        let block = "QUESTION 5\n\n5.1  t1 = (f_1, f_2, f_5)\n  dL/df1 = f5 - f2\n  dL/df2 = f2 - f1\n  dL/df5 = f1 - f5\n  dL/df3 = 0\n  dL/df4 = 0\n  dL/df6 = 0\n"
        C.expectRead(try C.checks(block, name: "sheet.txt"), Self.all51)
        C.expectRead(try C.checks(block.replacingOccurrences(of: "dL/df2 = f2 - f1", with: "dL/df2 = f1 - f2"), name: "sheet.txt"), ["part2.q5.1.f_2"], .incorrect)
        // `5.1  t1=(1,2,5):  dL/df1 = …, …` one line a triplet: the first derivative after the colon is read too.
        let line = "QUESTION 5\n\nEvery hinge is active; for each triplet (a, p, n) the anchor gets fₙ − fₚ and the positive fₚ − fₐ:\n\n5.1  t1=(1,2,5):  dL/df1 = f5 - f2, dL/df2 = f2 - f1, dL/df5 = f1 - f5, dL/df3 = dL/df4 = dL/df6 = 0\n"
        let read = try C.checks(line, name: "sheet.txt")
        C.expectRead(read, Self.all51)
        let unread = read.filter { $0.key != "part2.q5.triplets" && $0.value.status == .unparsable }
        #expect(unread.isEmpty, "\(unread.map { "\($0.key): \($0.value.evidence)" })")
        C.expectRead(try C.checks(line.replacingOccurrences(of: "dL/df1 = f5 - f2", with: "dL/df1 = f2 - f5"), name: "sheet.txt"), ["part2.q5.1.f_1"], .incorrect)
    }
}
