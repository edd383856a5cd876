import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Foundation
import Testing

/// Round 44: Questions 2 and 3 answered in sentences, each student in
/// their own words. Verdicts by hand: with the hinge inactive all three
/// gradients are 0; active, ∂L/∂f_a = f_n − f_p, ∂L/∂f_p = f_p − f_a,
/// ∂L/∂f_n = f_a − f_n.
@Suite("Classes of notation, round 44: the lead's")
struct ReadingClassesRound44LeadTests {
    typealias C = SheetClassesTests
    static let q2 = ["part2.q2.f_a", "part2.q2.f_p", "part2.q2.f_n"]
    static let q3 = ["part2.q3.f_a", "part2.q3.f_p", "part2.q3.f_n"]

    @Test("Question 2: one value for the three roles, said in words", arguments: [
        "The gradient is 0 for the anchor, for the positive and for the negative.",
        "Every gradient is zero in this case (anchor, positive and negative alike).",
        "The gradients are trivially zero for all three embeddings.",
        "Zero for all three (f_a, f_p, f_n).",
        "No gradient flows to fa, fp or fn: all three are 0.",
    ])
    func allThreeInWords(_ sentence: String) throws {
        C.expectRead(try C.checks("Question 2\n\n\(sentence)\n"), Self.q2)
        // The same words under Question 3 give the three a wrong value.
        C.expectRead(try C.checks("Question 3\n\n\(sentence)\n"), Self.q3, .incorrect)
    }

    @Test("A sentence naming the three roles but giving them other values is no value for all three")
    func otherValuesNamed() throws {
        let c = try C.checks("Question 3\n\nThe gradient is 0 for the anchor, f_p - f_a for the positive and f_a - f_n for the negative.\n")
        for id in Self.q3 { #expect(c[id]?.status != .correct, "\(id): \(c[id]?.status.rawValue ?? "absent")") }
        let d = try C.checks("Question 2\n\nThe gradient is 0 for the anchor and for the positive.\n")
        #expect(d["part2.q2.f_n"]?.status != .correct, "\(d["part2.q2.f_n"]?.status.rawValue ?? "absent")")
    }

    @Test("Question 3: a role's value after a clause naming it", arguments: [
        ("For the anchor it's $A$, for the positive it's $P$, for the negative it's $N$.", "sheet.md"),
        ("The positive gets $P$, and the anchor, which sits in both norms, gets $A$, while the negative gets $N$.", "sheet.md"),
        ("Here we differentiate. The anchor has gradient $A$, the positive has gradient $P$, and the negative has gradient $N$.", "sheet.md"),
        ("The partial derivative w.r.t. the anchor embedding is $A$; w.r.t. the positive embedding, $P$; w.r.t. the negative embedding, $N$.", "sheet.md"),
        ("For the anchor it's A, for the positive it's P, for the negative it's N.", "sheet.txt"),
        ("the positive has gradient P, the negative has gradient N, and the anchor has gradient A.", "sheet.txt"),
        ("Gradient wrt the anchor: A; wrt the positive: P; wrt the negative: N.", "sheet.txt"),
    ])
    func roleClauses(_ sentence: String, _ name: String) throws {
        func written(_ a: String, _ p: String, _ n: String) -> String {
            "Question 3\n\n" + sentence.replacingOccurrences(of: "A", with: a).replacingOccurrences(of: "P", with: p)
                .replacingOccurrences(of: "N", with: n) + "\n"
        }
        let (a, p, n) = name == "sheet.md" ? ("f_n - f_p", "f_p - f_a", "f_a - f_n") : ("fn - fp", "fp - fa", "fa - fn")
        C.expectRead(try C.checks(written(a, p, n), name: name), Self.q3)
        // A sign flipped on the positive reads incorrect, the others still right.
        let w = try C.checks(written(a, name == "sheet.md" ? "f_a - f_p" : "fa - fp", n), name: name)
        C.expectRead(w, ["part2.q3.f_p"], .incorrect)
        C.expectRead(w, ["part2.q3.f_a", "part2.q3.f_n"])
    }

    @Test("Words beside a value that change it leave it for a person (review 26)", arguments: [
        ("For the anchor it's $f_n - f_p$ times two.", "sheet.md"),
        ("The anchor has gradient fn - fp times 2.", "sheet.txt"),
        ("For the anchor it's fn - fp divided by two.", "sheet.txt"),
        ("With respect to f_a I get f_n - f_p times 2.", "sheet.txt"),
        ("For the anchor it's $f_n - f_p$ plus $f_a$.", "sheet.md"),
        ("For the anchor it's $f_n - f_p$ squared.", "sheet.md"),
        ("For the anchor it's twice $f_n - f_p$.", "sheet.md"),
        ("For the anchor it's fn - fp over 2.", "sheet.txt"),
        ("For the anchor it's fn - fp, for the positive it's fp - fa, for the negative it's fa - fn, all times 2 since I dropped the half.", "sheet.txt"),
        ("For the anchor it's $f_n - f_p$, for the positive it's $f_p - f_a$, for the negative it's $f_a - f_n$, all times 2 since I dropped the half.", "sheet.md"),
    ])
    func changedByWords(_ sentence: String, _ name: String) throws {
        let c = try C.checks("Question 3\n\n\(sentence)\n", name: name)
        #expect(c["part2.q3.f_a"]?.status != .correct, "\(c["part2.q3.f_a"]?.status.rawValue ?? "absent")")
    }

    @Test("A role clause before the role's own sample names it; the value is not the sample")
    func roleThenSample() throws {
        let c = try C.checks("Question 3\n\nThe gradient wrt the anchor f_a is f_n - f_p.\n", name: "sheet.txt")
        #expect(c["part2.q3.f_a"]?.status != .incorrect, "\(c["part2.q3.f_a"]?.status.rawValue ?? "absent")")
    }

    @Test("'partial derivative' in words is no derivative's ∂; 'I' before a verb is the writer", arguments: [
        "Every partial derivative vanishes: dL/df_a = 0, dL/df_p = 0, dL/df_n = 0.",
    ])
    func partialInWords(_ sentence: String) throws {
        let c = try C.checks("Question 2\n\n\(sentence)\n", name: "sheet.txt")
        C.expectRead(c, Self.q2)
        #expect(!c.keys.contains { $0.hasPrefix("part2.q2@") }, "\(c.keys.filter { $0.hasPrefix("part2.q2@") })")
        let i = try C.checks("Question 3\n\nWith respect to f_a I get f_n - f_p, with respect to f_p I get f_p - f_a, and with respect to f_n I get f_n - f_a.\n",
                             name: "sheet.txt")
        C.expectRead(i, ["part2.q3.f_a", "part2.q3.f_p"])
        C.expectRead(i, ["part2.q3.f_n"], .incorrect)
    }

    @Test("'the other three samples' gives its value to three samples left, never to all six")
    func otherThree() throws {
        let read = try C.checks("Question 5.1\n\ndL/df_1 = f_5 - f_2, dL/df_2 = f_2 - f_1, dL/df_5 = f_1 - f_5, and the partial derivative is zero for the other three samples.\n",
                                name: "sheet.txt")
        C.expectRead(read, ["part2.q5.1.f_1", "part2.q5.1.f_2", "part2.q5.1.f_5", "part2.q5.1.f_3", "part2.q5.1.f_4", "part2.q5.1.f_6"])
        // Its answers not read as such, six are left: the zero is none of theirs
        // (unseen85 s10 had read 0 for f_1, f_2 and f_5, incorrect).
        let unread = try C.checks("Question 5.1\n\nd/df_1 is f_5 − f_2, d/df_2 is f_2 − f_1, d/df_5 is f_1 − f_5, and the partial derivative is zero for the other three samples.\n",
                                  name: "sheet.txt")
        for id in ["part2.q5.1.f_1", "part2.q5.1.f_2", "part2.q5.1.f_5"] {
            #expect(unread[id]?.status != .incorrect, "\(id): \(unread[id]?.status.rawValue ?? "absent")")
        }
    }

    @Test("A plain-text correction naming its sample by a head takes back that answer (review 25's c08k)")
    func plainCorrection() throws {
        for (sheet, name) in [("Question 5.6\n\n- dL/df5 = f2 - f6, dL/df6 = f6 - f5\n  Correction: dL/df5 is off, the sign flips to f6 - f2\n", "sheet.md"),
                              ("Question 5.6\n\ndL/df5 = f2 - f6, dL/df6 = f6 - f5\nCorrection: dL/df5 is off, the sign flips to f6 - f2\n", "sheet.txt")] {
            let c = try C.checks(sheet, name: name)
            #expect(c["part2.q5.6.f_5"]?.status != .correct, "\(name): \(c["part2.q5.6.f_5"]?.status.rawValue ?? "absent")")
        }
    }
}
