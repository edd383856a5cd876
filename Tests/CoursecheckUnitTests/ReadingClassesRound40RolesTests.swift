import Foundation
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Testing

/// Classes of notation, round 40: Question 5 by roles — the roles stated
/// before a part's answers and closed by a colon (`f_a = f_1, f_p = f_3,
/// f_n = f_4:`), then the gradients by sample and "the rest are 0"; a
/// bullet per sample under the triplet (`- f₁: f₄ − f₃`); a row opened by
/// a role's word and its sample (`anchor f₁: ∂L/∂fₐ = fₙ − fₚ = f₄ − f₃`);
/// the gradients in a sentence, a clause per sample (`The gradient w.r.t.
/// f1 is f4 - f3, w.r.t. f3 it is f3 - f1 …; for f2, f5 and f6 it is 0.`)
/// (found beside unseen72; written here in other words and triplets than
/// its sheets'). Verdicts by hand from the assignment's triplets, t_2 =
/// (1, 3, 4), t_5 = (3, 1, 5): the anchor gets f_n − f_p, the positive f_p
/// − f_a, the negative f_a − f_n, the others 0.
@Suite("Classes of notation, round 40: Question 5 by roles")
struct ReadingClassesRound40RolesTests {
    typealias C = SheetClassesTests

    static func part(_ k: Int) -> [String] { (1...6).map { "part2.q5.\(k).f_\($0)" } }
    static func ids(_ k: Int, _ samples: [Int]) -> [String] { samples.map { "part2.q5.\(k).f_\($0)" } }
    /// Question 5.2's checks, the triplets' and any stray place under Question 5 that are flagged.
    static func flagged(_ c: [String: Check]) -> [String] {
        c.filter { entry in
            ["part2.q5.2", "part2.q5@", "part2.q5.triplets"].contains { entry.key.hasPrefix($0) }
                && [Status.missing, .unparsable, .inconsistent].contains(entry.value.status)
        }.keys.sorted()
    }
    /// Question 5.2 under its heading, `body` its text.
    static func part2(_ body: String) -> String { "## Question 5\n\n### 5.2\n\n\(body)\n" }

    // MARK: The roles closed by a colon, then "the rest are 0"

    @Test("The roles closed by a colon state the part's triplet; the rest after a semicolon are 0", arguments: [
        ("f_a = f_1, f_p = f_3, f_n = f_4:\n\ndL/df_1 = f_4 - f_3, dL/df_3 = f_3 - f_1, dL/df_4 = f_1 - f_4; the rest are 0", "sheet.md"),
        ("fa = f1, fp = f3, fn = f4:\n\ndL/df1 = f4 - f3, dL/df3 = f3 - f1, dL/df4 = f1 - f4; others 0", "sheet.txt"),
        ("fₐ = f₁, fₚ = f₃, fₙ = f₄:\n\n∂L/∂f₁ = f₄ − f₃, ∂L/∂f₃ = f₃ − f₁, ∂L/∂f₄ = f₁ − f₄; all other samples get 0", "sheet.md"),
        ("$f_a = f_1$, $f_p = f_3$, $f_n = f_4$:\n\n$\\frac{\\partial L}{\\partial f_1} = f_4 - f_3$, $\\frac{\\partial L}{\\partial f_3} = f_3 - f_1$, $\\frac{\\partial L}{\\partial f_4} = f_1 - f_4$; everything else is zero.", "sheet.md"),
        ("f_a = f_1, f_p = f_3, f_n = f_4.\n\ndL/df_1 = f_4 - f_3, dL/df_3 = f_3 - f_1, dL/df_4 = f_1 - f_4\n\nthe rest are 0", "sheet.md"),
    ])
    func rolesClosedByColon(_ body: String, _ name: String) throws {
        let c = try C.checks(Self.part2(body), name: name)
        C.expectRead(c, Self.part(2))
        #expect(c["part2.q5.triplets"]?.status == .correct, "\(c["part2.q5.triplets"]?.status.rawValue ?? "absent")")
        #expect(Self.flagged(c).isEmpty, "\(Self.flagged(c))")
    }

    @Test("A wrong value after roles closed by a colon reads incorrect", arguments: [
        ("f_a = f_1, f_p = f_3, f_n = f_4:\n\ndL/df_1 = f_4 - f_3, dL/df_3 = f_3 - f_1, dL/df_4 = f_4 - f_1; the rest are 0", "sheet.md"),
        ("fₐ = f₁, fₚ = f₃, fₙ = f₄:\n\n∂L/∂f₁ = f₄ − f₃, ∂L/∂f₃ = f₃ − f₁, ∂L/∂f₄ = f₄ − f₁; others 0", "sheet.md"),
    ])
    func rolesClosedByColonWrongValue(_ body: String, _ name: String) throws {
        let c = try C.checks(Self.part2(body), name: name)
        C.expectRead(c, Self.ids(2, [1, 2, 3, 5, 6]))
        C.expectRead(c, ["part2.q5.2.f_4"], .incorrect)
    }

    @Test("\"The rest are 0\" when a triplet's sample was left out gives it 0: incorrect, never correct", arguments: [
        "f_a = f_1, f_p = f_3, f_n = f_4:\n\ndL/df_1 = f_4 - f_3, dL/df_3 = f_3 - f_1; the rest are 0",
        "fₐ = f₁, fₚ = f₃, fₙ = f₄:\n\n∂L/∂f₁ = f₄ − f₃, ∂L/∂f₃ = f₃ − f₁; others 0",
    ])
    func restOmitsATripletSample(_ body: String) throws {
        let c = try C.checks(Self.part2(body))
        C.expectRead(c, Self.ids(2, [1, 2, 3, 5, 6]))
        #expect(c["part2.q5.2.f_4"]?.status != .correct, "\(c["part2.q5.2.f_4"]?.status.rawValue ?? "absent")")
    }

    @Test("Roles closed by a colon that are not the part's triplet are never read correct")
    func rolesClosedByColonWrongTriplet() throws {
        let c = try C.checks(Self.part2("f_a = f_1, f_p = f_4, f_n = f_3:\n\ndL/df_1 = f_3 - f_4, dL/df_4 = f_4 - f_1, dL/df_3 = f_1 - f_3; the rest are 0"))
        #expect(c["part2.q5.triplets"]?.status != .correct)
        for id in Self.ids(2, [1, 3, 4]) { #expect(c[id]?.status != .correct, "\(id): \(c[id]?.status.rawValue ?? "absent")") }
    }

    @Test("\"The rest\" after a gradient that could not be read is for a person, never 0")
    func restAfterUnreadGradient() throws {
        let c = try C.checks(Self.part2("f_a = f_1, f_p = f_3, f_n = f_4:\n\ndL/df_1 = f_4 - f_3, grad_2(x3) = x3 - x1, dL/df_4 = f_1 - f_4; the rest are 0"))
        for id in Self.ids(2, [2, 3, 5, 6]) {
            #expect(c[id]?.status != .correct && c[id]?.status != .incorrect, "\(id): \(c[id]?.status.rawValue ?? "absent")")
        }
    }

    // MARK: A bullet per sample under the triplet

    @Test("A bullet per sample, the sample and a colon before its value, under the part's triplet", arguments: [
        ("(f₁, f₃, f₄)\n- f₁: f₄ − f₃\n- f₃: f₃ − f₁\n- f₄: f₁ − f₄\n- f₂, f₅, f₆: 0", "sheet.md", Status.correct),
        ("(f1, f3, f4)\n- f1: f4 - f3\n- f3: f3 - f1\n- f4: f1 - f4\n- f2, f5, f6: 0", "sheet.txt", Status.correct),
        ("(f_1, f_3, f_4)\n\n- f_1: f_4 - f_3\n- f_3: f_3 - f_1\n- f_4: f_1 - f_4\n- everything else: 0", "sheet.md", Status.correct),
        ("$(f_1, f_3, f_4)$\n\n- $f_1$: $f_4 - f_3$\n- $f_3$: $f_3 - f_1$\n- $f_4$: $f_1 - f_4$\n- the rest: $0$", "sheet.md", Status.correct),
        // Planted slip: the negative's sign turned.
        ("(f₁, f₃, f₄)\n- f₁: f₄ − f₃\n- f₃: f₃ − f₁\n- f₄: f₄ − f₁\n- f₂, f₅, f₆: 0", "sheet.md", Status.incorrect),
        ("(f1, f3, f4)\n- f1: f4 - f3\n- f3: f3 - f1\n- f4: f4 - f1\n- f2, f5, f6: 0", "sheet.txt", Status.incorrect),
        ("$(f_1, f_3, f_4)$\n\n- $f_1$: $f_4 - f_3$\n- $f_3$: $f_3 - f_1$\n- $f_4$: $f_4 - f_1$\n- the rest: $0$", "sheet.md", Status.incorrect),
        // Planted slip: the negative left out, "the rest" gives it 0.
        ("(f1, f3, f4)\n\n- f1: f4 - f3\n- f3: f3 - f1\n- the rest: 0", "sheet.md", Status.incorrect),
    ])
    func bulletPerSample(_ body: String, _ name: String, _ f4: Status) throws {
        let c = try C.checks(Self.part2(body), name: name)
        C.expectRead(c, Self.ids(2, [1, 2, 3, 5, 6]))
        C.expectRead(c, ["part2.q5.2.f_4"], f4)
    }

    @Test("A bullet opened by a role, or by several samples before a value in samples, stays for a person", arguments: [
        "(f₁, f₃, f₄)\n- a: f₄ − f₃\n- p: f₃ − f₁\n- n: f₁ − f₄",
        "(f₁, f₃, f₄)\n- f₁, f₃: f₄ − f₃",
    ])
    func bulletNotOneSample(_ body: String) throws {
        let c = try C.checks("## Question 2\n\n$\\frac{\\partial L}{\\partial f_a} = 0$\n\n" + Self.part2(body))
        C.expectRead(c, ["part2.q2.f_a"])
        for id in Self.ids(2, [1, 3]) { #expect([.missing, .unparsable].contains(c[id]?.status), "\(id): \(c[id]?.status.rawValue ?? "absent")") }
    }

    // MARK: A row opened by a role's word and its sample

    @Test("A row opened by a role's word and its sample, the rule applied after the colon", arguments: [
        ("positive f₃: ∂L/∂fₚ = fₚ − fₐ = f₃ − f₁", Status.correct),
        // Planted slip: the positive's sign turned.
        ("positive f₃: ∂L/∂fₚ = fₐ − fₚ = f₁ − f₃", Status.incorrect),
    ])
    func roleWordRow(_ positive: String, _ f3: Status) throws {
        let body = "fₐ = f₁, fₚ = f₃, fₙ = f₄:\n\nanchor f₁: ∂L/∂fₐ = fₙ − fₚ = f₄ − f₃\n\(positive)\nnegative f₄: ∂L/∂fₙ = fₐ − fₙ = f₁ − f₄\neverything else: 0"
        let c = try C.checks(Self.part2(body))
        C.expectRead(c, Self.ids(2, [1, 2, 4, 5, 6]))
        C.expectRead(c, ["part2.q5.2.f_3"], f3)
        #expect(Self.flagged(c).isEmpty, "\(Self.flagged(c))")
    }

    @Test("A row whose role's word or sample is not the derivative's is for a person", arguments: [
        // The negative of t_2 is f₄, not f₃.
        "negative f₃: ∂L/∂fₙ = fₐ − fₙ = f₁ − f₃",
        // The sample opening the row is not the derivative's variable.
        "f₃: ∂L/∂fₙ = fₐ − fₙ = f₁ − f₄",
    ])
    func roleWordRowDisagrees(_ row: String) throws {
        let body = "fₐ = f₁, fₚ = f₃, fₙ = f₄:\n\nanchor f₁: ∂L/∂fₐ = fₙ − fₚ = f₄ − f₃\n\(row)"
        let c = try C.checks(Self.part2(body))
        C.expectRead(c, ["part2.q5.2.f_1"])
        for id in Self.ids(2, [3, 4]) { #expect(c[id]?.status != .correct, "\(id): \(c[id]?.status.rawValue ?? "absent")") }
    }

    // MARK: The gradients in a sentence, a clause per sample

    @Test("A clause per sample after the roles in words, the samples left in a clause of their own", arguments: [
        ("Anchor f1, positive f3, negative f4. The gradient w.r.t. f1 is f4 - f3, w.r.t. f3 it is f3 - f1 and w.r.t. f4 it is f1 - f4; for f2, f5 and f6 it is 0.",
         "sheet.md", Status.correct),
        ("Anchor f1, positive f3, negative f4. The gradient wrt f1 is f4 - f3, wrt f3 it is f3 - f1 and wrt f4 it is f1 - f4; the rest are 0.",
         "sheet.txt", Status.correct),
        ("Anchor f₁, positive f₃, negative f₄. The gradient with respect to f₁ is f₄ − f₃, with respect to f₃ it is f₃ − f₁ and with respect to f₄ it is f₁ − f₄; for the other samples it is 0.",
         "sheet.md", Status.correct),
        // Planted slips: the negative's sign turned.
        ("Anchor f1, positive f3, negative f4. The gradient w.r.t. f1 is f4 - f3, w.r.t. f3 it is f3 - f1 and w.r.t. f4 it is f4 - f1; for f2, f5 and f6 it is 0.",
         "sheet.md", Status.incorrect),
        ("Anchor f1, positive f3, negative f4. The gradient wrt f1 is f4 - f3, wrt f3 it is f3 - f1 and wrt f4 it is f4 - f1; the rest are 0.",
         "sheet.txt", Status.incorrect),
    ])
    func clausePerSample(_ body: String, _ name: String, _ f4: Status) throws {
        let c = try C.checks(Self.part2(body), name: name)
        C.expectRead(c, Self.ids(2, [1, 2, 3, 5, 6]))
        C.expectRead(c, ["part2.q5.2.f_4"], f4)
    }
}
