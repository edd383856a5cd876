import Foundation
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Testing

/// Classes of notation and layout, round 34 (found by the outsiders' sets
/// unseen48–50 and review 14/15's leftovers; written here in other words
/// than the sheets'). Verdicts by hand from the assignment: Question 3,
/// ∂L/∂f_a = f_n − f_p, ∂L/∂f_p = f_p − f_a, ∂L/∂f_n = f_a − f_n; t_1 = (f_1,
/// f_2, f_5), so ∂L/∂f_1 = f_5 − f_2, ∂L/∂f_2 = f_2 − f_1, ∂L/∂f_5 = f_1 −
/// f_5 and f_3, f_4, f_6 get 0; summed over the eight triplets, ∂L/∂f_1 =
/// 2f_1 + f_4 + f_5 − 2f_2 − 2f_3, ∂L/∂f_4 = f_1 + f_2 − 2f_6, ∂L/∂f_6 =
/// 2f_2 + f_3 − 2f_4 − f_5.
@Suite("Classes of notation, round 34: tables of contributions, conditions before a colon, parts by a triplet's label, prose naming a question, zeros w.r.t. plain names")
struct ReadingClassesRound34LayoutTests {
    typealias C = SheetClassesTests

    static func table(working: String, rows: [(String, String, String)]) -> String {
        "## Question 6\n\n| Embedding | \(working) | Gradient |\n|---|---|---|\n"
            + rows.map { "| \($0.0) | \($0.1) | \($0.2) |" }.joined(separator: "\n") + "\n"
    }

    @Test("A plain-text column of working before the gradient's column is the result's steps", arguments: ["Contributions", "Terms per triplet", "Steps"])
    func workingColumnInPlainText(_ working: String) throws {
        let c = try C.checks(Self.table(working: working, rows: [
            ("f1", "(f1 - f3) + (f5 - f2) + (f1 - f2) + (f4 - f3)", "f4 + f5 + 2f1 - 2f2 - 2f3"),
            ("f4", "(f2 - f4) + (f4 - f6) + (f1 - f4) + (f4 - f6)", "f1 + f2 - 2f6"),
            // Planted: the working comes to −f5, the result says +f5.
            ("f6", "(f6 - f5) + (f2 - f6) + (f2 - f4) + (f3 - f4)", "2f2 + f3 - 2f4 + f5"),
        ]))
        C.expectRead(c, ["part2.q6.f_1", "part2.q6.f_4", "part2.q6.f_1.steps", "part2.q6.f_4.steps"])
        C.expectRead(c, ["part2.q6.f_6"], .incorrect)
        #expect([.inconsistent, .incorrect].contains(c["part2.q6.f_6.steps"]?.status), "\(c["part2.q6.f_6.steps"]?.status.rawValue ?? "absent")")
    }

    @Test("A condition in brackets that ends its words with a colon or a stop answers nothing", arguments: [
        "With the hinge active (L > 0):", "Margin violated (loss > 0).", "Active case (L_t > 0):",
    ])
    func conditionBeforeColon(_ line: String) throws {
        for (fa, status) in [("f_n - f_p", Status.correct), ("f_p - f_n", Status.incorrect)] {
            let c = try C.checks("Question 3\n\n\(line)\n\ndL/df_a = \(fa)\ndL/df_p = f_p - f_a\ndL/df_n = f_a - f_n\n", name: "sheet.txt")
            C.expectRead(c, ["part2.q3.f_a"], status)
            C.expectRead(c, ["part2.q3.f_p", "part2.q3.f_n"])
            #expect(!c.keys.contains { $0.hasPrefix("part2.q3@") }, "\(c.keys.filter { $0.hasPrefix("part2.q3@") })")
        }
    }

    @Test("Question 5's heading, a dash, the word triplet and the triplet's label heads that part", arguments: [
        "Task 5 - triplet t1", "Question 5 — triplet t_1", "Problem 5, Triplet t₁",
    ])
    func partByTripletLabel(_ heading: String) throws {
        for (five, status) in [("f_1 - f_5", Status.correct), ("f_5 - f_1", Status.incorrect)] {
            let text = "Question 5\n\n\(heading)\n\n    d/df_1 L = f_5 - f_2\n    d/df_2 L = f_2 - f_1\n    d/df_3 L = 0\n    d/df_4 L = 0\n    d/df_5 L = \(five)\n    d/df_6 L = 0\n"
            let c = try C.checks(text, name: "sheet.txt")
            C.expectRead(c, ["part2.q5.1.f_1", "part2.q5.1.f_2", "part2.q5.1.f_3"])
            C.expectRead(c, ["part2.q5.1.f_5"], status)
        }
    }

    @Test("A sentence that opens by naming an earlier question is prose, not that question's heading", arguments: [
        "Part 2 / question 5 results, summed per sample over the triplets:",
        "Question 5 answers added together for every sample give",
        "Part II | Q5 gradients collected per embedding:",
    ])
    func questionNamedInProse(_ sentence: String) throws {
        for (four, status) in [("f_1 + f_2 - 2f_6", Status.correct), ("f_1 + f_2 - f_6", Status.incorrect)] {
            let text = "## Question 6\n\n\(sentence)\n\n$$\\frac{\\partial L}{\\partial f_1} = 2f_1 + f_4 + f_5 - 2f_2 - 2f_3$$\n\n$$\\frac{\\partial L}{\\partial f_4} = \(four)$$\n"
            let c = try C.checks(text)
            C.expectRead(c, ["part2.q6.f_1"])
            C.expectRead(c, ["part2.q6.f_4"], status)
        }
    }

    @Test("Zeros in words for samples named in plain text after w.r.t., beside the sheet's own maths", arguments: [
        "The gradients w.r.t. %@ are zero.", "(the gradient wrt %@ is 0)", "Those with respect to %@ are all 0.",
    ])
    func zerosForPlainNames(_ sentence: String) throws {
        // Right: f_3, f_4 and f_6 are outside t_1. Planted: f_5 given 0 (it is f_1 − f_5) and f_6 a value.
        for (names, extra, wrong) in [("f_3, f_4 and f_6", "", [String]()), ("f3, f4, f5", ", \\frac{\\partial L}{\\partial f_6} = f_1 - f_5", ["part2.q5.1.f_5", "part2.q5.1.f_6"])] {
            let maths = "$$\\frac{\\partial L}{\\partial f_1} = f_5 - f_2, \\frac{\\partial L}{\\partial f_2} = f_2 - f_1\(extra)\(wrong.isEmpty ? ", \\frac{\\partial L}{\\partial f_5} = f_1 - f_5" : "")$$"
            let words = sentence.replacingOccurrences(of: "%@", with: names)
            let c = try C.checks("## Question 5.1\n\n\(maths)\n\n\(words)\n")
            C.expectRead(c, ["part2.q5.1.f_1", "part2.q5.1.f_2", "part2.q5.1.f_3", "part2.q5.1.f_4"])
            if wrong.isEmpty {
                C.expectRead(c, ["part2.q5.1.f_5", "part2.q5.1.f_6"])
            } else {
                C.expectRead(c, wrong, .incorrect)
            }
        }
    }
}
