import CoursecheckAssignment
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Foundation
import Testing

/// Classes of notation and layout, round 16 (found by two outsiders' sets,
/// each class written here in other words). Verdicts by hand from the
/// assignment: classes {f_1, f_2, f_3} and {f_4, f_5, f_6}; 6·5·4 = 120
/// ordered triplets of distinct samples, 6·2·3 = 36 valid ones; hinge active,
/// ∂/∂f_a = f_n − f_p, ∂/∂f_p = f_p − f_a, ∂/∂f_n = f_a − f_n.
@Suite("Classes of notation, round 16: the labels' words in Question 4, sets of indices, general facts in any derivative form")
struct ReadingClassesRound16Tests {
    typealias C = SheetClassesTests
    typealias R4 = LayoutClassesRound4Tests
    typealias Case = LayoutClassesRound4Tests.Case
    static let q4ids = ["part2.q4.all", "part2.q4.all.reasoning", "part2.q4.valid", "part2.q4.valid.reasoning"]

    @Test("A class written as a set of indices (`\\{1, 2, 3\\}`) describes; it is no calculation", arguments: [
        "The two classes are $\\{1,2,3\\}$ and $\\{4,5,6\\}$.",
        "With $C_1 = \\{1, 2, 3\\}$ and $C_2 = \\{4, 5, 6\\}$ as the classes,",
    ])
    func setOfIndices(_ classes: String) throws {
        let sheet = "## Question 4\n\nOrdered triplets of distinct samples: $6 \\cdot 5 \\cdot 4 = 120$.\n\nValid triplets. \(classes) Anchor: 6 choices, positive: 2, negative: 3, so $6 \\cdot 2 \\cdot 3 = 36$ valid triplets.\n"
        let c = try C.checks(sheet)
        C.expectRead(c, Self.q4ids)
        let w = try C.checks(sheet.replacingOccurrences(of: "= 36$", with: "= 18$"))
        #expect(w["part2.q4.valid"]?.status == .incorrect, "\(w["part2.q4.valid"]?.status.rawValue ?? "absent")")
    }

    @Test("A block that names no count but restricts a role to a class ('from the other class') counts the valid triplets", arguments: [
        "Each class gives 3 anchors, 2 positives and 3 negatives from the other class, so 18 per class; both classes: $2 \\cdot 18 = 36$.",
        "Anchor and positive share the same class (3 and then 2 ways), the negative comes from a different class (3 ways): $2 \\cdot 3 \\cdot 2 \\cdot 3 = 36$.",
    ])
    func classWords(_ block: String) throws {
        let sheet = "## Question 4\n\nIgnoring the labels, anchor, positive and negative are 3 distinct samples in order: $6 \\cdot 5 \\cdot 4 = 120$.\n\n\(block)\n"
        let c = try C.checks(sheet)
        C.expectRead(c, Self.q4ids)
        let w = try C.checks(sheet.replacingOccurrences(of: "= 36$", with: "= 30$"))
        #expect(w["part2.q4.valid"]?.status == .incorrect, "\(w["part2.q4.valid"]?.status.rawValue ?? "absent")")
        #expect(w["part2.q4.all"]?.status == .correct)
    }

    @Test("A class word that is negated ('need not be from the same class') gives no kind")
    func classWordNegated() throws {
        let c = try C.checks("## Question 4\n\nThe positive need not be from the same class here: $6 \\cdot 5 \\cdot 4 = 120$.\n")
        #expect(c["part2.q4.valid"]?.status != .correct)
        #expect(c["part2.q4.valid"]?.status != .incorrect, "\(c["part2.q4.valid"]?.status.rawValue ?? "absent")")
    }

    @Test("A restated question, or a line naming both counts, passes no kind on; 'order matters' says all", arguments: [
        "*How many triplets are there, and how many of them are valid?*",
        "*Number of triplets (all / valid).*",
    ])
    func restatedQuestion(_ restated: String) throws {
        let sheet = "## Question 4\n\n\(restated)\n\nAnchor, positive and negative are different samples and the order matters: $6 \\times 5 \\times 4 = 120$ triplets.\n\nValid ones: anchor 6 ways, positive 2, negative 3: $6 \\times 2 \\times 3 = 36$ valid triplets.\n"
        let c = try C.checks(sheet)
        C.expectRead(c, Self.q4ids)
        let w = try C.checks(sheet.replacingOccurrences(of: "= 120$", with: "= 216$"))
        #expect(w["part2.q4.all"]?.status == .incorrect, "\(w["part2.q4.all"]?.status.rawValue ?? "absent")")
    }

    @Test("A derivative over a bare letter (`x`, `y`, `u`) in any form states a general fact, no answer", arguments: [
        Case(label: "fraction operator", sheet: "## Question 3\n\nUsing $\\frac{\\partial}{\\partial x}\\tfrac12\\|x-y\\|^2 = x-y$:\n\n\(C.q3)\n",
             ids: R4.roles3, from: R4.q3Plant.0, to: R4.q3Plant.1, wrong: "part2.q3.f_a"),
        Case(label: "upright d over d x", sheet: "## Question 3\n\nRecall $\\frac{\\mathrm{d}}{\\mathrm{d}\\mathbf{u}} \\frac{1}{2}\\|\\mathbf{u} - \\mathbf{v}\\|^2 = \\mathbf{u} - \\mathbf{v}$.\n\n\(C.q3)\n",
             ids: R4.roles3, from: R4.q3Plant.0, to: R4.q3Plant.1, wrong: "part2.q3.f_a"),
        Case(label: "partial with a subscript", sheet: "## Question 3\n\nSince $\\partial_{y} \\tfrac12 \\|y - z\\|^2 = y - z$, we get\n\n\(C.q3)\n",
             ids: R4.roles3, from: R4.q3Plant.0, to: R4.q3Plant.1, wrong: "part2.q3.f_a"),
        Case(label: "plain text slash", file: "sheet.txt",
             sheet: "Question 3\n\nWe use d/dx (1/2 ||x - y||^2) = x - y.\n\ndL/dfa = fn - fp\ndL/dfp = fp - fa\ndL/dfn = fa - fn\n",
             ids: R4.roles3, from: "dL/dfa = fn - fp", to: "dL/dfa = fp - fn", wrong: "part2.q3.f_a"),
    ])
    func generalFact(_ k: Case) throws {
        try R4.run(k)
    }

    @Test("A derivative over a sample's letter with an index is no general fact: a wrong one stays wrong")
    func sampleIsNoGeneralLetter() throws {
        let c = try C.checks("## Question 3\n\n$\\frac{\\partial L}{\\partial f_a} = f_p - f_n$, $\\frac{\\partial L}{\\partial f_p} = f_p - f_a$, $\\frac{\\partial L}{\\partial f_n} = f_a - f_n$\n")
        #expect(c["part2.q3.f_a"]?.status == .incorrect)
    }
}
