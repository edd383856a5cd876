import Foundation
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Testing

/// Classes of notation, round 35 (unseen56's first run; each written here in
/// other words than the sheets'): a sentence that opens by naming a sample
/// after a chain closed by a full stop, the rule in roles stated in a sentence
/// before Question 5's parts, a numbered list of the parts whose sixth item
/// is no Question 6, and bold paragraph headings of the parts. The
/// triplets are the assignment's: t1 = (1, 2, 5), t2 = (1, 3, 4), t3 = (2, 1,
/// 6), t4 = (2, 3, 4), t5 = (3, 1, 5), t6 = (5, 6, 2), t7 = (6, 4, 3), t8 =
/// (6, 4, 2); by hand, the anchor's derivative is f_n − f_p, the positive's
/// f_p − f_a, the negative's f_a − f_n, every other sample's 0.
@Suite("Classes of notation, round 35: sentences that open with a sample, the rule in roles in a sentence, numbered items of the parts, bold part headings")
struct ReadingClassesRound35SentencesTests {
    typealias C = SheetClassesTests

    static let triplets = [(1, 2, 5), (1, 3, 4), (2, 1, 6), (2, 3, 4), (3, 1, 5), (5, 6, 2), (6, 4, 3), (6, 4, 2)]

    /// Part k's six derivatives on one plain-text line, `dL/dfi = …`; the
    /// value for `wrong` (a sample) is replaced by `f1 + f2` when given.
    static func derivatives(_ k: Int, wrong: Int? = nil) -> String {
        let (a, p, n) = triplets[k - 1]
        return (1...6).map { i -> String in
            let value = i == wrong ? "f1 + f2"
                : i == a ? "f\(n) - f\(p)" : i == p ? "f\(p) - f\(a)" : i == n ? "f\(a) - f\(n)" : "0"
            return "dL/df\(i) = \(value)"
        }.joined(separator: ", ")
    }

    // MARK: A sentence that opens by naming a sample

    /// Question 6 in paragraphs, each opening with the sample it is about
    /// and closing its chain with a full stop; `three` is f_3's result.
    static func sixInParagraphs(three: String) -> String {
        """
        ## Question 6

        Each sample collects the gradients of the triplets it is in.

        Sample f_1 is in t1, t2, t3 and t5, so summing: dL/df_1 = (f_5 - f_2) + (f_4 - f_3) + (f_1 - f_2) + (f_1 - f_3) = 2f_1 - 2f_2 - 2f_3 + f_4 + f_5.

        f_3 is in t2, t4, t5 and t7, so summing: dL/df_3 = (f_3 - f_1) + (f_3 - f_2) + (f_5 - f_1) + (f_6 - f_3) = \(three).

        f_4 shows up in t2, t4, t7 and t8, so summing: dL/df_4 = (f_1 - f_4) + (f_2 - f_4) + (f_4 - f_6) + (f_4 - f_6) = f_1 + f_2 - 2f_6.

        """
    }

    @Test("A paragraph opening with a sample's name after a chain closed by a full stop is no further side of that chain", arguments: ["sheet.md", "sheet.txt"])
    func sampleOpensNextParagraph(_ name: String) throws {
        let c = try C.checks(Self.sixInParagraphs(three: "-2f_1 - f_2 + f_3 + f_5 + f_6"), name: name)
        C.expectRead(c, ["part2.q6.f_1", "part2.q6.f_3", "part2.q6.f_4", "part2.q6.f_1.steps", "part2.q6.f_3.steps"])
        #expect(!c.keys.contains { $0.hasPrefix("part2.q6@") })
        // A wrong result in the middle paragraph still reads wrong, and only it.
        let wrong = try C.checks(Self.sixInParagraphs(three: "-2f_1 - f_2 + f_3 + f_5 - f_6"), name: name)
        C.expectRead(wrong, ["part2.q6.f_3"], .incorrect)
        C.expectRead(wrong, ["part2.q6.f_1", "part2.q6.f_4"])
    }

    @Test("A sample that ends a line of working on its own line still goes on with the chain (no words after it)")
    func sampleAloneStillContinues() throws {
        let sheet = "Question 6\n\ndL/df_5 = (f_1 - f_5) + (f_3 - f_5) + (f_2 - f_6)\n= f_1 + f_2 + f_3 - 2f_5 - f_6\n"
        let c = try C.checks(sheet, name: "sheet.txt")
        C.expectRead(c, ["part2.q6.f_5"])
        let wrong = try C.checks(sheet.replacingOccurrences(of: "- 2f_5 - f_6\n", with: "- 2f_5 + f_6\n"), name: "sheet.txt")
        C.expectRead(wrong, ["part2.q6.f_5"], .incorrect)
    }

    // MARK: The rule in roles in a sentence before the parts

    /// Question 5 opened by a sentence giving each role's value by its
    /// role's name, then part 1 on a line; `rule` is the anchor's value in
    /// that sentence, `wrong` a sample of part 1 given a wrong value.
    static func ruleThenPart(rule: String = "f_n - f_p", wrong: Int? = nil) -> String {
        "Question 5\n\nWhen the hinge is active, the derivatives come out as \(rule) for the anchor, f_p - f_a for the positive and f_a - f_n for the negative; all remaining samples get 0.\n\nt1 (1, 2, 5): \(derivatives(1, wrong: wrong))\n"
    }

    @Test("Values in the roles, each followed by the role it is for, before Question 5's parts: the rule restated, no part's answer")
    func ruleInRolesBeforeParts() throws {
        let c = try C.checks(Self.ruleThenPart(), name: "sheet.txt")
        C.expectRead(c, (1...6).map { "part2.q5.1.f_\($0)" })
        #expect(!c.keys.contains { $0.hasPrefix("part2.q5@") })
        // A wrong part answer beside the rule still reads wrong.
        let wrong = try C.checks(Self.ruleThenPart(wrong: 2), name: "sheet.txt")
        C.expectRead(wrong, ["part2.q5.1.f_2"], .incorrect)
    }

    @Test("A wrong value in the rule's sentence is graded nowhere: no check reads it, let alone as correct")
    func wrongRuleInRoles() throws {
        let c = try C.checks(Self.ruleThenPart(rule: "f_p - f_n"), name: "sheet.txt")
        for (id, check) in c where check.status == .correct {
            #expect(!check.claimed.replacingOccurrences(of: " ", with: "").contains("f_p-f_n"), "\(id) read the rule's value")
        }
        // The rule alone, no part answered: for a person, never correct.
        let alone = try C.checks("Question 5\n\nThe derivatives are f_p - f_n for the anchor, f_p - f_a for the positive and f_a - f_n for the negative.\n", name: "sheet.txt")
        #expect(alone.values.allSatisfy { !$0.id.description.hasPrefix("part2.q5") || $0.status != .correct })
    }

    // MARK: A numbered list of the parts

    /// Question 5 as a list `k) tk = (…): …` under plain-text headings
    /// (`5.` over a rule), Question 6 after it; `wrong` plants a wrong value
    /// for f_6 in item 6.
    static func numberedParts(wrong: Bool = false) -> String {
        let items = (1...8).map { k in
            let (a, p, n) = triplets[k - 1]
            return "\(k)) t\(k) = (\(a), \(p), \(n)):  \(derivatives(k, wrong: wrong && k == 6 ? 6 : nil))"
        }.joined(separator: "\n\n")
        return "5.\n--\n\n\(items)\n\n\n6.\n--\n\ndL/df5 = (f1 - f5) + (f3 - f5) + (f2 - f6) = f1 + f2 + f3 - 2f5 - f6\n"
    }

    @Test("An item numbered 6 in a running list of Question 5's parts, naming t6, is part 5.6, not Question 6", arguments: ["sheet.txt", "sheet.md"])
    func numberedItemInPartList(_ name: String) throws {
        let c = try C.checks(Self.numberedParts(), name: name)
        C.expectRead(c, (6...8).flatMap { k in (1...6).map { "part2.q5.\(k).f_\($0)" } })
        C.expectRead(c, ["part2.q6.f_5"])
        #expect(!c.keys.contains { $0.hasPrefix("part2.q7") || $0.hasPrefix("part2.q8") })
        let wrong = try C.checks(Self.numberedParts(wrong: true), name: name)
        C.expectRead(wrong, ["part2.q5.6.f_6"], .incorrect)
    }

    @Test("An item 6 that names no triplet after part 5.5 still heads Question 6")
    func itemSixWithoutTriplet() throws {
        let sheet = "Part II\n\n5.5) t5 = (3, 1, 5):  \(Self.derivatives(5))\n\n6) dL/df5 = (f1 - f5) + (f3 - f5) + (f2 - f6) = f1 + f2 + f3 - 2f5 - f6\n"
        let c = try C.checks(sheet, name: "sheet.txt")
        C.expectRead(c, ["part2.q6.f_5"])
    }

    // MARK: Bold paragraph headings of the parts

    /// Question 5 with each part under a bold line stating its triplet by
    /// role, its answers on the lines below in the same paragraph; `wrong`
    /// plants a wrong value for part 2's positive.
    static func boldHeadedParts(wrong: Bool = false) -> String {
        let parts = (1...3).map { k in
            let (a, p, n) = triplets[k - 1]
            let positive = wrong && k == 2 ? "f_\(a) - f_\(p)" : "f_\(p) - f_\(a)"
            return "**Triplet \(k) — (a, p, n) = (\(a), \(p), \(n))**\n"
                + "dL/df_\(a) = f_\(n) - f_\(p)  \ndL/df_\(p) = \(positive)  \ndL/df_\(n) = f_\(a) - f_\(n)  \nThe other derivatives vanish.\n"
        }.joined(separator: "\n")
        return "## Question 5\n\n\(parts)"
    }

    @Test("A bold line stating a triplet over its answers in one paragraph heads that part")
    func boldPartHeadingOverAnswers() throws {
        let c = try C.checks(Self.boldHeadedParts())
        for k in 1...3 {
            let (a, p, n) = Self.triplets[k - 1]
            C.expectRead(c, [a, p, n].map { "part2.q5.\(k).f_\($0)" })
        }
        #expect(!c.keys.contains { $0.hasPrefix("part2.q5@") })
        let wrong = try C.checks(Self.boldHeadedParts(wrong: true))
        C.expectRead(wrong, ["part2.q5.2.f_3"], .incorrect)
        C.expectRead(wrong, ["part2.q5.2.f_1", "part2.q5.2.f_4"])
    }
}
