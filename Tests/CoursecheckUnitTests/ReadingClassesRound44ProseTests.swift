import Foundation
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Testing

/// Classes of notation, round 44: answers written inside sentences — a
/// paragraph per triplet opened by its ordinal and its roles' players in
/// words (`In the fourth triplet the anchor is sample 2, the positive
/// sample 3 and the negative sample 4, …`) or by `Triplet 4 is (2, 3, 4):`;
/// a value before "with respect to f_k" (or "for f_k") in plain text with
/// a sentence of the rest after it on the same line; "the remaining
/// embeddings, f_1, f_5 and f_6, get 0"; Question 6's paragraph per sample
/// opened by the triplets it appears in (found beside unseen76; written
/// here in other words than its sheets'). Verdicts by hand from the
/// assignment's triplet t_4 = (2, 3, 4): the anchor f_2 gets f_4 − f_3,
/// the positive f_3 gets f_3 − f_2, the negative f_4 gets f_2 − f_4, f_1,
/// f_5 and f_6 get 0; and from Question 6's sums ∂L/∂f_1 = 2f_1 − 2f_2 −
/// 2f_3 + f_4 + f_5 (t_1, t_2, t_3, t_5) and ∂L/∂f_4 = f_1 + f_2 − 2f_6
/// (t_2, t_4, t_7, t_8).
@Suite("Classes of notation, round 44: answers inside sentences")
struct ReadingClassesRound44ProseTests {
    typealias C = SheetClassesTests

    static func question5(_ text: String) -> String { "## Question 5\n\n\(text)\n" }
    static func question6(_ text: String) -> String { "## Question 6\n\n\(text)\n" }
    static let part4 = (1...6).map { "part2.q5.4.f_\($0)" }
    static let rest4 = ["part2.q5.4.f_1", "part2.q5.4.f_5", "part2.q5.4.f_6"]
    static func stray(_ c: [String: Check]) -> [String] { c.keys.filter { $0.contains("@") }.sorted() }

    // MARK: A triplet opened by its ordinal and its roles in words, values before "with respect to"

    @Test("'In the fourth triplet the anchor is sample 2, the positive sample 3 and the negative sample 4, …' states t_4 and labels its paragraph", arguments: [
        ("In the fourth triplet the anchor is sample 2, the positive sample 3 and the negative sample 4, so the loss has gradient $f_4 - f_3$ with respect to $f_2$, $f_3 - f_2$ with respect to $f_3$ and $f_2 - f_4$ with respect to $f_4$. The remaining embeddings, $f_1$, $f_5$ and $f_6$, get $0$.", "sheet.md"),
        ("In the fourth triplet the anchor is sample 2, the positive sample 3 and the negative sample 4, so the loss has gradient f_4 - f_3 with respect to f_2, f_3 - f_2 with respect to f_3 and f_2 - f_4 with respect to f_4. The remaining embeddings, f_1, f_5 and f_6, get 0.", "sheet.md"),
        ("Triplet 4 is (2, 3, 4): sample 2 is the anchor, 3 the positive and 4 the negative. Differentiating, I get $f_4 - f_3$ for $f_2$, $f_3 - f_2$ for $f_3$ and $f_2 - f_4$ for $f_4$, while the gradients with respect to $f_1$, $f_5$ and $f_6$ are zero.", "sheet.md"),
        ("(4) In the fourth triplet the anchor is sample 2, the positive sample 3 and the negative sample 4, so its loss has gradient f₄ − f₃ with respect to f₂, f₃ − f₂ with respect to f₃ and f₂ − f₄ with respect to f₄. The remaining embeddings, f₁, f₅ and f₆, get 0.", "sheet.txt"),
        ("Triplet 4 is (2, 3, 4): sample 2 is the anchor, 3 the positive and 4 the negative. Differentiating, I get f4 - f3 for f2, f3 - f2 for f3 and f2 - f4 for f4, while the gradients with respect to f1, f5 and f6 are zero.", "sheet.txt"),
        ("The fourth triplet is (2, 3, 4), so the loss has gradient $f_4 - f_3$ with respect to $f_2$, $f_3 - f_2$ with respect to $f_3$ and $f_2 - f_4$ with respect to $f_4$. The remaining embeddings, $f_1$, $f_5$ and $f_6$, get $0$.", "sheet.md"),
    ])
    func ordinalWithRoles(_ text: String, _ name: String) throws {
        let c = try C.checks(Self.question5(text), name: name)
        C.expectRead(c, Self.part4)
        #expect(c["part2.q5.triplets"]?.status != .incorrect, "\(c["part2.q5.triplets"]?.evidence ?? "absent")")
        #expect(Self.stray(c).isEmpty, "\(Self.stray(c))")
    }

    @Test("A planted sign flip before 'with respect to' reads incorrect, the rest as written", arguments: [
        ("In the fourth triplet the anchor is sample 2, the positive sample 3 and the negative sample 4, so the loss has gradient $f_4 - f_3$ with respect to $f_2$, $f_3 - f_2$ with respect to $f_3$ and $f_4 - f_2$ with respect to $f_4$. The remaining embeddings, $f_1$, $f_5$ and $f_6$, get $0$.", "sheet.md"),
        ("In the fourth triplet the anchor is sample 2, the positive sample 3 and the negative sample 4, so the loss has gradient f_4 - f_3 with respect to f_2, f_3 - f_2 with respect to f_3 and f_4 - f_2 with respect to f_4. The remaining embeddings, f_1, f_5 and f_6, get 0.", "sheet.md"),
        ("Triplet 4 is (2, 3, 4): sample 2 is the anchor, 3 the positive and 4 the negative. Differentiating, I get $f_4 - f_3$ for $f_2$, $f_3 - f_2$ for $f_3$ and $f_4 - f_2$ for $f_4$, while the gradients with respect to $f_1$, $f_5$ and $f_6$ are zero.", "sheet.md"),
    ])
    func ordinalWithRolesSignFlip(_ text: String, _ name: String) throws {
        let c = try C.checks(Self.question5(text), name: name)
        C.expectRead(c, ["part2.q5.4.f_4"], .incorrect)
        C.expectRead(c, ["part2.q5.4.f_2", "part2.q5.4.f_3"] + Self.rest4)
    }

    @Test("Two values swapped between their samples read incorrect, never correct", arguments: ["sheet.md", "sheet.txt"])
    func ordinalWithRolesSwapped(_ name: String) throws {
        let text = "In the fourth triplet the anchor is sample 2, the positive sample 3 and the negative sample 4, so the loss has gradient f_3 - f_2 with respect to f_2, f_4 - f_3 with respect to f_3 and f_2 - f_4 with respect to f_4. The remaining embeddings, f_1, f_5 and f_6, get 0."
        let c = try C.checks(Self.question5(text), name: name)
        C.expectRead(c, ["part2.q5.4.f_2", "part2.q5.4.f_3"], .incorrect)
        C.expectRead(c, ["part2.q5.4.f_4"] + Self.rest4)
    }

    @Test("Roles in words that are not that triplet's label nothing and are reported, never read correct")
    func ordinalWithWrongRoles() throws {
        let c = try C.checks(Self.question5("In the fourth triplet the anchor is sample 3, the positive sample 2 and the negative sample 4, so the loss has gradient $f_4 - f_3$ with respect to $f_2$, $f_3 - f_2$ with respect to $f_3$ and $f_2 - f_4$ with respect to $f_4$."))
        C.expectRead(c, ["part2.q5.triplets"], .incorrect)
        for id in ["part2.q5.4.f_2", "part2.q5.4.f_3", "part2.q5.4.f_4"] { #expect(c[id]?.status != .correct, "\(id): \(c[id]?.status.rawValue ?? "absent")") }
    }

    @Test("Roles said after the members that are not theirs label nothing", arguments: ["sheet.md", "sheet.txt"])
    func saidRolesDisagree(_ name: String) throws {
        let c = try C.checks(Self.question5("Triplet 4 is (2, 3, 4): sample 3 is the anchor, 2 the positive and 4 the negative. Differentiating, I get f4 - f3 for f2, f3 - f2 for f3 and f2 - f4 for f4, while the gradients with respect to f1, f5 and f6 are zero."), name: name)
        for id in ["part2.q5.4.f_2", "part2.q5.4.f_3", "part2.q5.4.f_4"] { #expect(c[id]?.status != .correct, "\(id): \(c[id]?.status.rawValue ?? "absent")") }
    }

    @Test("An item's number in brackets that is not the ordinal's triplet labels nothing")
    func itemNumberDisagrees() throws {
        let c = try C.checks(Self.question5("(3) In the fourth triplet the anchor is sample 2, the positive sample 3 and the negative sample 4, so its loss has gradient f4 - f3 with respect to f2, f3 - f2 with respect to f3 and f2 - f4 with respect to f4."), name: "sheet.txt")
        for id in ["part2.q5.4.f_2", "part2.q5.3.f_2"] { #expect(c[id]?.status != .correct, "\(id): \(c[id]?.status.rawValue ?? "absent")") }
    }

    @Test("Roles in words out of their order (the negative first) state no triplet")
    func rolesOutOfOrder() throws {
        let c = try C.checks(Self.question5("In the fourth triplet the negative is sample 4, the anchor sample 2 and the positive sample 3, so the loss has gradient $f_4 - f_3$ with respect to $f_2$."))
        #expect(c["part2.q5.4.f_2"]?.status != .correct, "\(c["part2.q5.4.f_2"]?.evidence ?? "absent")")
    }

    // MARK: "The remaining embeddings, …, get 0"

    static func remaining(_ value: String) -> String {
        "## Question 5\n\n### 5.4\n\nThe gradient is $f_4 - f_3$ with respect to $f_2$, $f_3 - f_2$ with respect to $f_3$ and $f_2 - f_4$ with respect to $f_4$. The remaining embeddings, $f_1$, $f_5$ and $f_6$, get \(value).\n"
    }

    @Test("'The remaining embeddings, $f_1$, $f_5$ and $f_6$, get $0$' gives those samples 0")
    func remainingEmbeddings() throws {
        let c = try C.checks(Self.remaining("$0$"))
        C.expectRead(c, Self.part4)
    }

    @Test("A planted non-zero value for the remaining embeddings never reads correct")
    func remainingEmbeddingsWrong() throws {
        let c = try C.checks(Self.remaining("$f_2 - f_4$"))
        for id in Self.rest4 { #expect(c[id]?.status != .correct, "\(id): \(c[id]?.status.rawValue ?? "absent")") }
    }


    // MARK: Question 5, a paragraph per sample across the triplets

    static let sample4 = (1...8).map { "part2.q5.\($0).f_4" }

    @Test("'Sample 4 (f4) is …. Its gradient is A in triplet 2, … and it is 0 in triplets …' gives each triplet its value", arguments: [
        ("Sample 4 (f4) is the negative in triplets 2 and 4 and the positive in triplets 7 and 8. Its gradient is f1 - f4 in triplet 2, f2 - f4 in triplet 4, f4 - f6 in triplet 7 and f4 - f6 in triplet 8, and it is 0 in triplets 1, 3, 5 and 6, where sample 4 does not appear.", "sheet.txt"),
        ("Sample 4 (f₄) plays the negative twice and the positive twice. Its gradients are f₁ − f₄ in triplet 2, f₂ − f₄ in triplet 4, f₄ − f₆ in triplet 7, f₄ − f₆ in triplet 8 and zero in triplets 1, 3, 5 and 6.", "sheet.txt"),
        ("Sample 4 is in four triplets. Its gradient is f_4 - f_6 in t8, f_1 - f_4 in t2, f_4 - f_6 in t7, f_2 - f_4 in t4, and it is 0 in triplets 1, 3, 5 and 6 since it does not appear there.", "sheet.md"),
        ("Sample 4 ($f_4$) is the negative in triplets 2 and 4 and the positive in triplets 7 and 8. Its gradient is $f_1 - f_4$ in triplet 2, $f_2 - f_4$ in triplet 4, $f_4 - f_6$ in triplet 7 and $f_4 - f_6$ in triplet 8, and it is $0$ in triplets 1, 3, 5 and 6, where sample 4 does not appear.", "sheet.md"),
        ("Sample 4 ($\\mathbf{f}_4$) is the negative twice. Its gradient is $\\mathbf{f}_1 - \\mathbf{f}_4$ in triplet 2, $\\mathbf{f}_2 - \\mathbf{f}_4$ in triplet 4, $\\mathbf{f}_4 - \\mathbf{f}_6$ in triplet 7 and $\\mathbf{f}_4 - \\mathbf{f}_6$ in triplet 8, and it is $0$ in triplets 1, 3, 5 and 6.", "sheet.md"),
        ("Sample f4: in triplet 2 we get f1 - f4, in triplet 4 we get f2 - f4, in t7 it is f4 - f6 and in t8 it is f4 - f6; it is zero in t1, t3, t5 and t6.", "sheet.txt"),
        ("Sample $f_4$: in $t_2$ it is $f_1 - f_4$, in $t_4$ it is $f_2 - f_4$, in $t_7$ it is $f_4 - f_6$ and in $t_8$ it is $f_4 - f_6$; it is 0 in $t_1$, $t_3$, $t_5$ and $t_6$.", "sheet.md"),
    ])
    func samplePerTriplet(_ text: String, _ name: String) throws {
        let c = try C.checks(Self.question5(text), name: name)
        C.expectRead(c, Self.sample4)
        #expect(Self.stray(c).isEmpty, "\(Self.stray(c))")
    }

    @Test("A planted sign flip in a TeX paragraph per sample reads incorrect there only")
    func samplePerTripletWrongTeX() throws {
        let c = try C.checks(Self.question5("Sample 4 ($f_4$) is the negative in triplets 2 and 4 and the positive in triplets 7 and 8. Its gradient is $f_1 - f_4$ in triplet 2, $f_2 - f_4$ in triplet 4, $f_6 - f_4$ in triplet 7 and $f_4 - f_6$ in triplet 8, and it is $0$ in triplets 1, 3, 5 and 6."))
        C.expectRead(c, ["part2.q5.7.f_4"], .incorrect)
        C.expectRead(c, Self.sample4.filter { $0 != "part2.q5.7.f_4" })
    }

    @Test("A planted sign flip in one triplet reads incorrect there only; two triplets' values swapped read incorrect")
    func samplePerTripletWrong() throws {
        let flipped = try C.checks(Self.question5("Sample 4 (f4) is the negative in triplets 2 and 4 and the positive in triplets 7 and 8. Its gradient is f1 - f4 in triplet 2, f4 - f2 in triplet 4, f4 - f6 in triplet 7 and f4 - f6 in triplet 8, and it is 0 in triplets 1, 3, 5 and 6."), name: "sheet.txt")
        C.expectRead(flipped, ["part2.q5.4.f_4"], .incorrect)
        C.expectRead(flipped, Self.sample4.filter { $0 != "part2.q5.4.f_4" })
        let swapped = try C.checks(Self.question5("Sample 4 (f4) is the negative in triplets 2 and 4 and the positive in triplets 7 and 8. Its gradient is f1 - f4 in triplet 7, f2 - f4 in triplet 4, f4 - f6 in triplet 2 and f4 - f6 in triplet 8, and it is 0 in triplets 1, 3, 5 and 6."), name: "sheet.txt")
        C.expectRead(swapped, ["part2.q5.2.f_4", "part2.q5.7.f_4"], .incorrect)
    }

    @Test("A planted swap of two triplets' values after 'in t_k it is' reads incorrect, never correct")
    func samplePerTripletColonSwapped() throws {
        let c = try C.checks(Self.question5("Sample $f_4$: in $t_2$ it is $f_2 - f_4$, in $t_4$ it is $f_1 - f_4$, in $t_7$ it is $f_4 - f_6$ and in $t_8$ it is $f_4 - f_6$; it is 0 in $t_1$, $t_3$, $t_5$ and $t_6$."))
        C.expectRead(c, ["part2.q5.2.f_4", "part2.q5.4.f_4"], .incorrect)
        C.expectRead(c, ["part2.q5.7.f_4", "part2.q5.8.f_4", "part2.q5.1.f_4"])
    }

    @Test("A paragraph per sample that names another sample in its brackets, or a triplet twice, is left for a person", arguments: [
        "Sample 4 (f3) is the negative in triplets 2 and 4. Its gradient is f1 - f4 in triplet 2, f2 - f4 in triplet 4, f4 - f6 in triplet 7 and f4 - f6 in triplet 8, and it is 0 in triplets 1, 3, 5 and 6.",
        "Sample 4 (f4) is the negative in triplets 2 and 4. Its gradient is f1 - f4 in triplet 2, f2 - f4 in triplet 4, f4 - f6 in triplet 7 and f4 - f6 in triplet 8, and it is 0 in triplets 1, 3, 4 and 6.",
    ])
    func samplePerTripletRefused(_ text: String) throws {
        let c = try C.checks(Self.question5(text), name: "sheet.txt")
        for id in ["part2.q5.2.f_4", "part2.q5.4.f_4", "part2.q5.2.f_3"] { #expect(c[id]?.status != .correct, "\(id): \(c[id]?.status.rawValue ?? "absent")") }
    }

    // MARK: Question 6, a paragraph per sample opened by the triplets it appears in

    static let sample1 = "Sample 1 appears in triplets 1, 2, 3 and 5, so dL/df_1 = (f_5 - f_2) + (f_4 - f_3) + (f_1 - f_2) + (f_1 - f_3) = "
    static let sample4q6 = "Sample 4 appears in triplets 2, 4, 7 and 8, so dL/df_4 = (f_1 - f_4) + (f_2 - f_4) + (f_4 - f_6) + (f_4 - f_6) = f_1 + f_2 - 2f_6."

    @Test("Question 6: 'Sample 1 appears in triplets 1, 2, 3 and 5, so dL/df_1 = … = …' in plain text, the next paragraph's numbers no maths of it", arguments: [
        "sheet.md", "sheet.txt",
    ])
    func appearsInTriplets(_ name: String) throws {
        let c = try C.checks(Self.question6(Self.sample1 + "2f_1 - 2f_2 - 2f_3 + f_4 + f_5.\n\n" + Self.sample4q6), name: name)
        C.expectRead(c, ["part2.q6.f_1", "part2.q6.f_4"])
    }

    @Test("Question 6: a planted sign slip in the first paragraph's result reads incorrect; the next stays correct", arguments: [
        "sheet.md", "sheet.txt",
    ])
    func appearsInTripletsWrong(_ name: String) throws {
        let c = try C.checks(Self.question6(Self.sample1 + "2f_1 - 2f_2 - 2f_3 + f_4 - f_5.\n\n" + Self.sample4q6), name: name)
        #expect(c["part2.q6.f_1"]?.status == .incorrect || c["part2.q6.f_1"]?.status == .inconsistent, "\(c["part2.q6.f_1"]?.evidence ?? "absent")")
        C.expectRead(c, ["part2.q6.f_4"])
    }

    @Test("Question 6: a clause naming another sample than its head's is not set aside (the line is read as before, never as that sample's)")
    func appearsInTripletsOtherSample() throws {
        let c = try C.checks(Self.question6("Sample 4 appears in triplets 1, 2, 3 and 5, so dL/df_1 = (f_5 - f_2) + (f_4 - f_3) + (f_1 - f_2) + (f_1 - f_3) = 2f_1 - 2f_2 - 2f_3 + f_4 + f_5."), name: "sheet.txt")
        #expect(c["part2.q6.f_4"]?.status != .correct, "\(c["part2.q6.f_4"]?.evidence ?? "absent")")
    }
}
