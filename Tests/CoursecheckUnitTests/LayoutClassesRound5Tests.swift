import CoursecheckAssignment
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Foundation
import Testing

/// Classes of notation, round 5. Verdicts by hand from the assignment, as in
/// round 4: t_1 = (1,2,5), t_2 = (1,3,4); hinge active, ∂/∂f_a = f_n − f_p,
/// ∂/∂f_p = f_p − f_a, ∂/∂f_n = f_a − f_n, 0 for the samples outside the triplet.
@Suite("Classes of notation, round 5: a derivative by cases of its sample's index")
struct LayoutClassesRound5Tests {
    typealias C = SheetClassesTests
    typealias R4 = LayoutClassesRound4Tests
    typealias Case = LayoutClassesRound4Tests.Case

    static let all51 = R4.ids51 + ["part2.q5.1.f_3", "part2.q5.1.f_4", "part2.q5.1.f_6"]
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
}
