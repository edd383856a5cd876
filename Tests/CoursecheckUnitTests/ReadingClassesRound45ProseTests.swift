import Foundation
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Testing

/// Classes of notation, round 45: round 44's prose (paragraphs per sample
/// and per triplet, `ReadingClassesRound44ProseTests`) brought back without
/// its false readings (review 26): a value that the words beside it change
/// ("times two", "twice", "halved", "divided by 2", "squared") is for a
/// person, and the clause of the rest cut from the values before it gives
/// its value only to the samples it names. Written here in other words and
/// other samples than the review's probes. Verdicts by hand: sample 4 has
/// f_1 − f_4 in t_2 (1, 3, 4), f_2 − f_4 in t_4 (2, 3, 4), f_4 − f_6 in
/// t_7 (6, 4, 3) and t_8 (6, 4, 2), 0 in t_1, t_3, t_5 and t_6; t_2's
/// anchor f_1 gets f_4 − f_3, its positive f_3 gets f_3 − f_1, its
/// negative f_4 gets f_1 − f_4, and f_2, f_5, f_6 get 0.
@Suite("Classes of notation, round 45: round 44's prose without its false readings")
struct ReadingClassesRound45ProseTests {
    typealias C = SheetClassesTests

    static func question5(_ text: String) -> String { "## Question 5\n\n\(text)\n" }
    static let sample4 = (1...8).map { "part2.q5.\($0).f_4" }
    static let opening4 = "Sample 4 (f4) is the negative in triplets 2 and 4 and the positive in triplets 7 and 8. Its gradient is "

    static func notCorrect(_ c: [String: Check], _ ids: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        for id in ids {
            #expect(c[id]?.status != .correct, "\(id): \(c[id]?.status.rawValue ?? "absent") — \(c[id]?.evidence ?? "")", sourceLocation: sourceLocation)
        }
    }

    static func notIncorrect(_ c: [String: Check], _ ids: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        for id in ids {
            #expect(c[id]?.status != .incorrect && c[id]?.status != .inconsistent,
                    "\(id): \(c[id]?.status.rawValue ?? "absent") — \(c[id]?.evidence ?? "")", sourceLocation: sourceLocation)
        }
    }

    // MARK: A paragraph per sample, one value changed by its words

    @Test("A value in a paragraph per sample that words change (a planted wrong answer) never reads correct; the other triplets keep their rows", arguments: [
        (opening4 + "f1 - f4 in triplet 2, f2 - f4 times two in triplet 4, f4 - f6 in triplet 7 and f4 - f6 in triplet 8, and it is 0 in triplets 1, 3, 5 and 6.", 4),
        (opening4 + "f1 - f4 in triplet 2, f2 - f4 in triplet 4, twice f4 - f6 in triplet 7 and f4 - f6 in triplet 8, and it is 0 in triplets 1, 3, 5 and 6.", 7),
        (opening4 + "f1 - f4 divided by 2 in triplet 2, f2 - f4 in triplet 4, f4 - f6 in triplet 7 and f4 - f6 in triplet 8, and it is 0 in triplets 1, 3, 5 and 6.", 2),
        (opening4 + "f1 - f4 in triplet 2, f2 - f4 in triplet 4, f4 - f6 in triplet 7 and f4 - f6 squared in triplet 8, and it is 0 in triplets 1, 3, 5 and 6.", 8),
        ("Sample f4: in triplet 2 we get f1 - f4, in triplet 4 we get f2 - f4 halved, in t7 it is f4 - f6 and in t8 it is f4 - f6; it is zero in t1, t3, t5 and t6.", 4),
    ])
    func samplePerTripletChanged(_ text: String, _ changed: Int) throws {
        let c = try C.checks(Self.question5(text), name: "sheet.txt")
        let id = "part2.q5.\(changed).f_4"
        Self.notCorrect(c, [id])
        C.expectRead(c, Self.sample4.filter { $0 != id })
    }

    @Test("In TeX, a paragraph per sample with a value that words change is left as it was: that value never reads correct")
    func samplePerTripletChangedTeX() throws {
        let c = try C.checks(Self.question5("Sample 4 ($f_4$) is the negative twice. Its gradient is $f_1 - f_4$ in triplet 2, $f_2 - f_4$ times two in triplet 4, $f_4 - f_6$ in triplet 7 and $f_4 - f_6$ in triplet 8, and it is $0$ in triplets 1, 3, 5 and 6."))
        Self.notCorrect(c, ["part2.q5.4.f_4"])
        Self.notIncorrect(c, Self.sample4.filter { $0 != "part2.q5.4.f_4" })
    }

    @Test("A reason that changes every value leaves the paragraph to a person")
    func samplePerTripletReasonChanges() throws {
        let c = try C.checks(Self.question5(Self.opening4 + "f1 - f4 in triplet 2, f2 - f4 in triplet 4, f4 - f6 in triplet 7 and f4 - f6 in triplet 8, and it is 0 in triplets 1, 3, 5 and 6, since I dropped the half and all are times 2."), name: "sheet.txt")
        Self.notCorrect(c, ["part2.q5.2.f_4", "part2.q5.4.f_4", "part2.q5.7.f_4", "part2.q5.8.f_4"])
    }

    // MARK: A paragraph per triplet, a value before "for f_k" changed by its words

    static let triplet2 = "Triplet 2 is (1, 3, 4): sample 1 is the anchor, 3 the positive and 4 the negative. Differentiating, I get "
    static let rest2 = ", while the gradients with respect to f2, f5 and f6 are zero."
    static let part2 = (1...6).map { "part2.q5.2.f_\($0)" }

    @Test("A value before 'for f_k' that words change (planted) never reads correct; the values after it are read as before", arguments: [
        "twice f4 - f3 for f1, f3 - f1 for f3 and f1 - f4 for f4",
        "f4 - f3 doubled for f1, f3 - f1 for f3 and f1 - f4 for f4",
        "f4 - f3 halved for f1, f3 - f1 for f3 and f1 - f4 for f4",
    ])
    func heldValueChanged(_ values: String) throws {
        let c = try C.checks(Self.question5(Self.triplet2 + values + Self.rest2), name: "sheet.txt")
        Self.notCorrect(c, ["part2.q5.2.f_1"])
        C.expectRead(c, ["part2.q5.2.f_2", "part2.q5.2.f_3", "part2.q5.2.f_4", "part2.q5.2.f_5", "part2.q5.2.f_6"])
    }

    @Test("A changed value or an aside later in the sentence: the right values are never read incorrect, the changed one never correct, the rest's 0 given to its own samples only", arguments: [
        ("f4 - f3 for f1, f3 - f1 times 2 for f3 and f1 - f4 for f4", true),
        ("f4 - f3 for f1, f3 - f1 for f3 and twice f1 - f4 for f4", true),
        ("f4 - f3 for f1, f3 - f1 (as the positive) for f3 and f1 - f4 for f4", false),
    ])
    func laterValueChangedOrAside(_ values: String, _ changed: Bool) throws {
        for name in ["sheet.txt", "sheet.md"] {
            let c = try C.checks(Self.question5(Self.triplet2 + values + Self.rest2), name: name)
            Self.notIncorrect(c, Self.part2)
            if changed { Self.notCorrect(c, [values.contains("times 2") ? "part2.q5.2.f_3" : "part2.q5.2.f_4"]) }
            C.expectRead(c, ["part2.q5.2.f_2", "part2.q5.2.f_5", "part2.q5.2.f_6"])
        }
    }

    // MARK: The clause of the rest names its own samples

    @Test("A value 'for f4 and f2' gives f2 no 0 from the rest's clause after it (a planted wrong answer for f2 never reads correct)", arguments: [
        ("I get f4 - f3 for f1, f3 - f1 for f3 and f1 - f4 for f4 and f2, while the gradients with respect to f5 and f6 are zero.", "part2.q5.2.f_2"),
        ("I get f4 - f3 for f1, f1 - f4 for f4 and f3, while the gradients with respect to f2, f5 and f6 are zero.", "part2.q5.2.f_3"),
        ("I get f4 - f3 for f1, f3 - f1 for f3 and f1 - f4 for f4 and f6; the gradients with respect to f2 and f5 are zero.", "part2.q5.2.f_6"),
    ])
    func restClauseOwnSamples(_ text: String, _ planted: String) throws {
        let c = try C.checks("## Question 5\n\n### 5.2\n\n\(text)\n", name: "sheet.txt")
        Self.notCorrect(c, [planted])
        C.expectRead(c, ["part2.q5.2.f_1", "part2.q5.2.f_4"])
        C.expectRead(c, Self.part2.filter { $0 != planted && !["part2.q5.2.f_1", "part2.q5.2.f_4", "part2.q5.2.f_3"].contains($0) })
    }

    @Test("The rest's clause still gives 0 to the samples it names (right sheet, names before and after the value)", arguments: [
        "I get f4 - f3 for f1, f3 - f1 for f3 and f1 - f4 for f4, while the gradients with respect to f2, f5 and f6 are zero.",
        "dL/df1 = f4 - f3, dL/df3 = f3 - f1 and dL/df4 = f1 - f4, whereas it is zero for f2, f5 and f6.",
        "dL/df1 = f4 - f3, dL/df3 = f3 - f1 and dL/df4 = f1 - f4; the gradients with respect to f2, f5 and f6 are zero.",
    ])
    func restClauseRight(_ text: String) throws {
        let c = try C.checks("## Question 5\n\n### 5.2\n\n\(text)\n", name: "sheet.txt")
        C.expectRead(c, Self.part2)
    }

    // MARK: A paragraph opened on another triplet under a part

    @Test("Under part 5.7, a paragraph opened on t_8 gives none of its values to t_7 (t_7's right answers stay correct)")
    func otherTripletUnderPart() throws {
        let c = try C.checks(Self.question5("(7) For triplet 7, (6, 4, 3), I get ∂L₇/∂f₆ = f₃ − f₄, ∂L₇/∂f₄ = f₄ − f₆ and ∂L₇/∂f₃ = f₆ − f₃, and ∂L₇/∂f₁ = ∂L₇/∂f₂ = ∂L₇/∂f₅ = 0.\n\n(8) Triplet 8 is (6, 4, 2): sample 6 is the anchor, 4 the positive and 2 the negative. Differentiating, I get f₄ − f₆ for f₆, f₄ − f₆ for f₄ and f₆ − f₂ for f₂, while the gradients with respect to f₁, f₃ and f₅ are zero."), name: "sheet.txt")
        C.expectRead(c, (1...6).map { "part2.q5.7.f_\($0)" })
        // (t_8's anchor is planted wrong: f₄ − f₆ for f₆.)
        Self.notCorrect(c, ["part2.q5.8.f_6"])
    }
}
